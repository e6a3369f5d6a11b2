/**
 * Opens the clean view: reads the tab's article (the same on-demand extraction as the popup),
 * keeps it in storage.session and opens reader.html in a new tab next to the original.
 */
import { browser } from '../shared/browser.ts';
import { readArticle } from '../shared/read-article.ts';
import { readerKey, readerPath, type ReaderEntry } from '../shared/reader-store.ts';

export async function openCleanView(tabId: number, { openTab = true } = {}): Promise<{ path: string }> {
  const result = await readArticle(tabId);
  if (!result.isArticle) throw new Error(result.reason);
  const id = crypto.randomUUID();
  const entry: ReaderEntry = { article: result, tabId, savedAt: Date.now() };
  await browser.storage.session.set({ [readerKey(id)]: entry });
  const path = readerPath(id, tabId);
  if (openTab) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    await browser.tabs.create({ url: browser.runtime.getURL(path), ...(tab ? { index: tab.index + 1, windowId: tab.windowId, openerTabId: tabId } : {}) });
  }
  return { path };
}
