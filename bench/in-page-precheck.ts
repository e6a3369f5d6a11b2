/**
 * The on-load pre-check, bundled by bench/run.ts into a classic script of its own (as
 * detect-on-load.js is in the extension), so its first call compiles only its own code, and the
 * full detection in bench/in-page.ts stays as cold as detect-full.js is when the background
 * injects it.
 */
import { precheckSyndication } from '../src/core/precheck.ts';

(globalThis as unknown as { __benchPrecheck: unknown }).__benchPrecheck = (url: string): { ms: number; candidate: boolean } => {
  const start = performance.now();
  const { candidate } = precheckSyndication(document, url);
  return { ms: performance.now() - start, candidate };
};
