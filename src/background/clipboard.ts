/**
 * Clipboard writes for the paths that have no extension page open (context menu, keyboard
 * command). A service worker has no clipboard, and Firefox has no offscreen documents, so the
 * one way that works in both browsers is to run a small function in the page the user just acted
 * on (activeTab covers it): `navigator.clipboard.writeText`, falling back to a hidden textarea +
 * `document.execCommand('copy')` (which leaves the page as it was: selection and focus restored).
 */
import { browser } from '../shared/browser.ts';

/** Runs inside the page (serialised by scripting.executeScript): must not use anything from outside. */
async function writeClipboardInPage(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Not focused / no user activation: try the legacy path below.
  }
  const focused = document.activeElement as HTMLElement | null;
  const selection = document.getSelection();
  const ranges = selection ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i)) : [];
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  (document.body ?? document.documentElement).append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  selection?.removeAllRanges();
  for (const r of ranges) selection?.addRange(r);
  focused?.focus?.();
  return ok;
}

export async function writeClipboardInTab(tabId: number, text: string): Promise<boolean> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: writeClipboardInPage, args: [text] });
  return frame?.result === true;
}
