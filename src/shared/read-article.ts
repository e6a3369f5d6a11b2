/**
 * Reads the article of a tab: injects the on-demand content script (a no-op if it is already
 * there) and asks it for `getArticle`. Used by the popup and by the background (context menu,
 * keyboard command). Needs `activeTab` (granted by the user's click/shortcut) or host permission.
 */
import type { ExtractResult } from '../core/types.ts';
import { browser } from './browser.ts';
import { withDeadline } from './deadline.ts';
import { sendToTab } from './messages.ts';

export const EXTRACT_SCRIPT = 'extract-on-demand.js';
/** How long to wait for the page's answer: the in-page time budget (15 s) plus the injection. */
export const ANSWER_WAIT_MS = 20_000;

export function readArticle(tabId: number): Promise<ExtractResult> {
  // Both steps wait on the page's main thread, so the deadline covers both.
  return withDeadline(
    injectAndAsk(tabId),
    ANSWER_WAIT_MS,
    `The page did not answer within ${ANSWER_WAIT_MS / 1000} s: it may still be loading or busy with its own scripts. Try again in a moment.`,
  );
}

async function injectAndAsk(tabId: number): Promise<ExtractResult> {
  const frames = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  // Firefox resolves (instead of rejecting) for pages it does not let us into, e.g. about:robots,
  // with `[undefined]`: no frame was injected.
  if (!frames.some((f) => typeof f?.frameId === 'number')) throw new Error('Cannot access this page: the browser did not let the script in.');
  return sendToTab(tabId, 'getArticle', undefined);
}
