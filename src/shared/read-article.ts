/**
 * Reads the article of a tab: injects the on-demand content script (a no-op if it is already
 * there) and asks it for `getArticle`. Used by the popup and by the background (context menu,
 * keyboard command). Needs `activeTab` (granted by the user's click/shortcut) or host permission.
 */
import type { ExtractResult } from '../core/types.ts';
import { browser } from './browser.ts';
import { sendToTab } from './messages.ts';

export const EXTRACT_SCRIPT = 'extract-on-demand.js';

export async function readArticle(tabId: number): Promise<ExtractResult> {
  const frames = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  // Firefox resolves (instead of rejecting) for pages it does not let us into, e.g. about:robots,
  // with `[undefined]`: no frame was injected.
  if (!frames.some((f) => typeof f?.frameId === 'number')) throw new Error('Cannot access this page: the browser did not let the script in.');
  return sendToTab(tabId, 'getArticle', undefined);
}
