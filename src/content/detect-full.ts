/**
 * Full on-load detection: declared in manifest.json for ArcaMax and its mirror hosts (every
 * ArcaMax story is a candidate, so the pre-check is skipped there), and injected by the background
 * into any other page whose pre-check (detect-on-load.ts) found a clue. Never modifies the page.
 *
 *   injected ─► already ran in this document? ─yes─► stop
 *                   │ no
 *                   ▼
 *   detectSyndication(document, location.href)      (bounded DOM walks, no Readability)
 *                   ▼
 *   sendToBackground('reportDetection')  ─► background sets the badge (syndicated) or clears it
 *
 * The scan it makes is kept for extraction to reuse (detect.ts reusableScan).
 */
import { detectSyndication } from '../core/detect.ts';
import { isOrphanedError, sendToBackground } from '../shared/messages.ts';

const RAN = Symbol.for('syndicated-reader.detect-on-load');
const scope = globalThis as typeof globalThis & { [RAN]?: boolean };

async function reportOnce(): Promise<void> {
  if (scope[RAN]) return;
  scope[RAN] = true;
  const detection = detectSyndication(document, location.href);
  // How the page was reached: auto-open (background) never fires for Back / Forward.
  const navigationType = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
  await sendToBackground('reportDetection', { ...detection, navigationType });
}

reportOnce().catch((err: unknown) => {
  if (isOrphanedError(err)) return;
  console.warn('Syndicated Reader: detection failed:', err);
});
