/**
 * `npm start`: build, then open Chromium (or Firefox with `-- --firefox`) with the extension loaded
 * and a syndicated story open: the seed fixture (a Bloomberg story republished on ArcaMax), served
 * on this machine at its real ArcaMax address by the real-browser tests' server, so the manifest's
 * own ArcaMax match applies and no network is needed for the demo. Other sites load normally.
 *
 *   npm start                       Chromium, in a window, until Ctrl+C or the window is closed
 *   npm start -- --firefox          Firefox instead
 *   npm start -- --headless         start, open the demo, wait for the ✓ badge, print OK, exit 0
 *
 * The browser profile is a throwaway one, removed on exit.
 */
import { join } from 'node:path';
import { build } from '../build.mjs';
import { DIST, createDriver, launchChromium, launchFirefox, loadPageFixture, missingBrowser, startServer, type Session } from '../test/e2e/harness.ts';

const SEED = 'arcamax--bloomberg-ukraine-strikes';
const USAGE = 'Usage: npm start [-- --firefox] [-- --headless]';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--firefox' && a !== '--headless' && a !== '--chromium');
if (unknown.length) {
  console.error(`start: unknown option ${unknown.join(' ')}\n${USAGE}`);
  process.exit(1);
}
const kind = args.includes('--firefox') ? 'firefox' : 'chromium';
const headless = args.includes('--headless');
const name = kind === 'firefox' ? 'Firefox' : 'Chromium';

const missing = missingBrowser(kind);
if (missing) {
  console.error(`start: ${missing}`);
  process.exit(1);
}

console.log('start: building dist/ …');
const log = console.log;
console.log = () => {}; // the build's size table is for `npm run build`
try {
  await build();
} finally {
  console.log = log;
}

const seed = loadPageFixture(SEED);
const server = await startServer({ passThrough: !headless });
server.route(seed.url, seed.html);
const extDir = join(DIST, kind === 'firefox' ? 'firefox' : 'chrome');
console.log(`start: opening ${name} with ${extDir.replace(`${process.cwd()}/`, '')} loaded …`);
let session: Session;
try {
  session =
    kind === 'firefox'
      ? await launchFirefox(extDir, server, { headless, handleSignals: false })
      : await launchChromium(extDir, server, { headless, handleSignals: false });
} catch (err) {
  await server.close();
  console.error(`start: ${name} did not start: ${(err as Error).message}`);
  process.exit(1);
}

/**
 * Closes the browser (removing its profile) and the server, then exits: once, whichever asks first
 * (Ctrl+C, then the browser's own 'disconnected' as it closes, must not exit before the cleanup).
 */
let stopping: Promise<never> | null = null;
function stop(code: number, why?: string): Promise<never> {
  stopping ??= (async () => {
    if (why) console.log(why);
    await session.close().catch(() => {});
    await server.close();
    process.exit(code);
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void stop(0, `\nstart: stopped (${signal}); ${name} closed and its profile removed.`));
}

if (headless) {
  // The check CI runs: the browser starts, the demo page loads, the content script reports, the badge shows ✓.
  try {
    const driver = await createDriver(session);
    const { page, tabId } = await driver.openTab(seed.url);
    const title = await page.title();
    const badge = await driver.waitForBadge(tabId, '✓', 20_000);
    console.log(`start: OK: ${name} loaded ${seed.url} ("${title}") and shows the ${badge.text} badge: "${badge.title}"`);
    await stop(0);
  } catch (err) {
    console.error(`start: FAILED: ${(err as Error).message}`);
    await stop(1);
  }
}

const [first] = await session.browser.pages();
const page = first ?? (await session.browser.newPage());
// Not awaited to its load event: the page's images and ads point at hosts that may be unreachable.
void page.goto(seed.url, { waitUntil: 'domcontentloaded' }).catch((err: Error) => console.error(`start: the demo page did not load: ${err.message}`));
session.browser.on('disconnected', () => void stop(0, `start: ${name} was closed.`));

const toolbar =
  kind === 'firefox'
    ? 'the Syndicated Reader button in the toolbar (or in the puzzle-piece Extensions menu)'
    : 'the puzzle-piece Extensions button, then Syndicated Reader (pin it to keep it in the toolbar)';
console.log(`
${name} is open on a syndicated story: a Bloomberg article republished by ArcaMax
  ${seed.url}
(served from test/fixtures/${SEED}/source.html on this machine).

Try:
  1. The toolbar icon turns green with a ✓ badge: this page is a syndicated copy.
  2. Click ${toolbar}:
     the popup shows the clean text, "Bloomberg News" as the publisher and the verbatim credit line.
  3. "Copy text" or "Copy Markdown", then paste anywhere: the attribution comes along.
  4. "Open clean view" (or Alt+Shift+V) opens the article in a reading tab with its attribution.
  5. Right-click the page: "Copy clean text". Other sites work too; the profile is thrown away on exit.

Ctrl+C here stops ${name} and cleans up.`);
