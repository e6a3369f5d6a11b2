/**
 * What the clean view shows, kept in storage.session under `reader:<id>`: the article and the tab
 * it came from. Kept (not re-extracted) so a reload of the clean view shows the same article even
 * when the original tab has moved on or closed. Session storage is cleared with the browser.
 */
import type { CleanArticle } from '../core/types.ts';

export interface ReaderEntry {
  article: CleanArticle;
  /** The tab the article was read from (it may be gone by now). */
  tabId: number;
  savedAt: number;
}

export const readerKey = (id: string): string => `reader:${id}`;

/**
 * How many articles are kept for clean views. Session storage holds 10 MB in Chrome and entries
 * would otherwise pile up for as long as the browser runs, until opening a clean view failed.
 */
export const MAX_KEPT_ARTICLES = 30;

/** The keys of the oldest kept articles beyond the newest `keep`, from a storage.session snapshot. */
export function readerKeysToPrune(stored: Record<string, unknown>, keep: number): string[] {
  const entries = Object.entries(stored)
    .filter(([key]) => key.startsWith('reader:'))
    .map(([key, value]) => ({ key, savedAt: typeof (value as Partial<ReaderEntry> | null)?.savedAt === 'number' ? (value as ReaderEntry).savedAt : 0 }))
    .sort((a, b) => b.savedAt - a.savedAt);
  return entries.slice(Math.max(0, keep)).map((e) => e.key);
}

export function readerPath(id: string, tabId: number): string {
  return `reader.html?id=${encodeURIComponent(id)}&tabId=${tabId}`;
}
