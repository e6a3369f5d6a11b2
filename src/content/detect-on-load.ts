/**
 * The on-load pre-check, for every site: registered (scripting.registerContentScripts) only when
 * the user grants the optional `<all_urls>` permission. It runs on every page load, so it is small
 * (no gazetteer, no syndicate table, no byline parser: see the size report of `npm run build`)
 * and fast, and it never modifies the page.
 *
 *   injected ─► already ran in this document? ─yes─► stop
 *                   │ no
 *                   ▼
 *   precheckSyndication(document, location.href)   (one text walk, a few markup reads)
 *          │ no clue: send nothing (most pages; the browser resets the badge on navigation)
 *          ▼ a clue
 *   sendToBackground('detectFully') ─► background injects detect-full.js into this frame
 *
 * A clue is not a verdict: the full detection decides, and may find the page is an original.
 */
import { precheckSyndication } from '../core/precheck.ts';
import { isOrphanedError, sendToBackground } from '../shared/messages.ts';

const RAN = Symbol.for('syndicated-reader.precheck-on-load');
const scope = globalThis as typeof globalThis & { [RAN]?: boolean };

async function precheckOnce(): Promise<void> {
  if (scope[RAN]) return;
  scope[RAN] = true;
  const { candidate, clue } = precheckSyndication(document, location.href);
  if (candidate && clue) await sendToBackground('detectFully', { clue });
}

precheckOnce().catch((err: unknown) => {
  if (isOrphanedError(err)) return;
  console.warn('Syndicated Reader: detection failed:', err);
});
