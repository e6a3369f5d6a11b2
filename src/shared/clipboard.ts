/**
 * Clipboard writes from the extension's own pages (popup, clean view), after the user's click:
 * plain text plus a text/html flavour so a paste into a document keeps its paragraphs, falling
 * back to plain text where a browser refuses text/html items.
 */
export async function writeClipboard(text: string, html?: string): Promise<'rich' | 'plain'> {
  if (html !== undefined && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return 'rich';
    } catch {
      // Some browsers/versions refuse text/html items: plain text below.
    }
  }
  await navigator.clipboard.writeText(text);
  return 'plain';
}
