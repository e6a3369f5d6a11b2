/**
 * Documents that are not web pages, told by their type: the browser shows a PDF, an image or an
 * XML feed in a tab like a page, and the user who opens the popup there deserves to be told what
 * it is rather than "no article". Plain text is not among them: a .txt file can be an article.
 */
/** Also given when a PDF is recognised by its URL (src/shared/page-access.ts). */
export const PDF_REASON = 'This is a PDF shown in the browser’s PDF viewer, which extensions cannot read.';

export function documentKindReason(doc: Document): string | null {
  const type = (doc.contentType ?? '').toLowerCase();
  if (type === 'application/pdf') return PDF_REASON;
  if (type.startsWith('image/')) return 'This is an image, not an article.';
  if (/[/+]xml$/.test(type) && type !== 'application/xhtml+xml') return 'This is an XML file (a feed or data), not an article.';
  if (doc.body?.tagName.toUpperCase() === 'FRAMESET' || (!doc.body && doc.getElementsByTagName('frameset').length)) {
    return 'This page is made of frames: open the frame that holds the article on its own, then try again.';
  }
  return null;
}
