/**
 * The in-page side of the Chromium benchmark: bundled by bench/run.ts into one classic script and
 * injected into each benchmark page, so detection and extraction run in a real browser's DOM the
 * way the content scripts run them. Each function returns its own timing (performance.now in the
 * page), so the numbers exclude puppeteer's round trips.
 */
import { Readability } from '@mozilla/readability';
import { detectSyndication } from '../src/core/detect.ts';
import { extractArticle, IN_BROWSER } from '../src/core/extract.ts';
import { maxDepth } from '../src/core/nesting.ts';

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

(globalThis as unknown as { __bench: unknown }).__bench = {
  detect: (url: string) => timed(() => detectSyndication(document, url)),
  extract: (url: string) => timed(() => extractArticle(document, url, IN_BROWSER)),
  readability: () => timed(() => new Readability(document.cloneNode(true) as Document).parse()),
  /** The extracted text, or "refused: <reason>" (stress pages: is the result right?). */
  result: (url: string) => {
    const r = extractArticle(document, url, IN_BROWSER);
    return r.isArticle ? r.text : `refused: ${r.reason}`;
  },
  depth: () => maxDepth(document.documentElement),
};
