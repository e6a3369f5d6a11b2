/**
 * Extraction as the extension runs it on a click, after detection: bundled by
 * bench/content-script.ts into the throwaway extension's second content script (it runs after the
 * pre-check's). The full detection runs first, as `detect-full.js` does on the pages the pre-check
 * sends on, then extraction and Readability alone, each once, in an order that alternates from
 * page to page (the `data-bench-order` the page's address asks for), so neither always profits
 * from the other's warm-up. Both times are left on the page's root element.
 */
import { Readability } from '@mozilla/readability';
import { detectSyndication } from '../src/core/detect.ts';
import { extractArticle, IN_BROWSER } from '../src/core/extract.ts';

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const url = location.href;
detectSyndication(document, url);
const oursFirst = /[?&]ours-first\b/.test(location.search);
let extract = 0;
let readability = 0;
if (oursFirst) {
  extract = timed(() => extractArticle(document, url, IN_BROWSER));
  readability = timed(() => new Readability(document.cloneNode(true) as Document).parse());
} else {
  readability = timed(() => new Readability(document.cloneNode(true) as Document).parse());
  extract = timed(() => extractArticle(document, url, IN_BROWSER));
}
document.documentElement.setAttribute('data-bench-extract', JSON.stringify([extract, readability]));
