/**
 * The on-load pre-check as the extension runs it: bundled by bench/content-script.ts into the
 * content script of a throwaway extension, so Chromium compiles and runs it as it does
 * `detect-on-load.js` (an isolated world, the browser's own script caching). It times its first
 * call (cold code) and a second (warm), and leaves both on the page's root element, which the
 * page's world can read.
 */
import { precheckSyndication } from '../src/core/precheck.ts';

const start = performance.now();
precheckSyndication(document, location.href);
const cold = performance.now() - start;
const again = performance.now();
precheckSyndication(document, location.href);
const warm = performance.now() - again;
document.documentElement.setAttribute('data-bench-precheck', JSON.stringify([cold, warm]));
