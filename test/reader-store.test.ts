/** What the clean view keeps (src/shared/reader-store.ts): old articles pruned, settings left alone. (The settings' normalisation: test/reader/settings.test.ts.) */
import { describe, expect, it } from 'vitest';
import { MAX_KEPT_ARTICLES, readerKeysToPrune } from '../src/shared/reader-store.ts';
import { DEFAULT_SETTINGS } from '../src/reader/settings.ts';

describe('readerKeysToPrune', () => {
  const stored = (n: number): Record<string, unknown> => ({
    ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`reader:${i}`, { savedAt: 1_000 + i, tabId: i, article: {} }])),
    'tab:7': { detection: {} },
    readerSettings: DEFAULT_SETTINGS,
  });

  it('names the oldest articles beyond the newest ones kept, and nothing else', () => {
    expect(readerKeysToPrune(stored(5), 3)).toEqual(['reader:1', 'reader:0']);
    expect(readerKeysToPrune(stored(5), 5)).toEqual([]);
    expect(readerKeysToPrune(stored(5), 0)).toHaveLength(5);
    expect(readerKeysToPrune(stored(MAX_KEPT_ARTICLES + 10), MAX_KEPT_ARTICLES - 1)).toHaveLength(11);
  });

  it('prunes entries without a date first', () => {
    expect(readerKeysToPrune({ 'reader:a': { savedAt: 5 }, 'reader:b': null, 'reader:c': { savedAt: 'x' } }, 1).sort()).toEqual(['reader:b', 'reader:c']);
  });
});
