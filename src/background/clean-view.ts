/**
 * Opens the clean view: reads the tab's article (the same on-demand extraction as the popup),
 * keeps it in storage.session and opens reader.html in a new tab next to the original.
 */
import { browser } from '../shared/browser.ts';
import { readArticle } from '../shared/read-article.ts';
import { errorMessage } from '../shared/messages.ts';
import { MAX_KEPT_ARTICLES, readerKey, readerKeysToPrune, readerPath, type ReaderEntry } from '../shared/reader-store.ts';

const QUOTA_ERROR = /quota/i;

/**
 * Keeps `entry`, making room first: the oldest articles beyond the newest 29 go, and if storage is
 * still full, all others. Says so clearly if the article cannot fit on its own.
 */
async function keepArticle(key: string, entry: ReaderEntry): Promise<void> {
  const session = browser.storage.session;
  for (const othersKept of [MAX_KEPT_ARTICLES - 1, 0]) {
    const stale = readerKeysToPrune(await session.get(null), othersKept);
    if (stale.length) await session.remove(stale);
    try {
      await session.set({ [key]: entry });
      return;
    } catch (err) {
      if (!QUOTA_ERROR.test(errorMessage(err))) throw err;
    }
  }
  const mb = (JSON.stringify(entry).length / 1e6).toFixed(1);
  throw new Error(`This article is too large for the clean view (${mb} MB). Copy text and Copy Markdown in the popup still work.`);
}

export async function openCleanView(tabId: number, { openTab = true } = {}): Promise<{ path: string }> {
  const result = await readArticle(tabId);
  if (!result.isArticle) throw new Error(result.reason);
  const id = crypto.randomUUID();
  const entry: ReaderEntry = { article: result, tabId, savedAt: Date.now() };
  await keepArticle(readerKey(id), entry);
  const path = readerPath(id, tabId);
  if (openTab) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    await browser.tabs.create({ url: browser.runtime.getURL(path), ...(tab ? { index: tab.index + 1, windowId: tab.windowId, openerTabId: tabId } : {}) });
  }
  return { path };
}
