/**
 * Chromium (Debian's /usr/lib/chromium/chromium), headless, extension loaded over CDP.
 *
 * dist/chrome is tested as built for what needs no page access (manifest errors, detection,
 * badge, the "no access" state). The popup and copy tests use dist/test-chrome: the same build
 * with host permission for every http(s) page added (harness.ts makeTestVariant), because in a test
 * nobody clicks the toolbar button, so `activeTab` is never granted, and Chromium offers no way
 * to accept the optional-permission prompt headlessly.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, createDriver, launchChromium, loadPageFixture, makeTestVariant, pollPage, readPopup, startServer, unavailable, type Driver, type FixtureServer } from './harness.ts';
import { COURANT, RTL, SEED, defineExtensionSuite } from './suite.ts';

const missing = unavailable('chromium', join(DIST, 'chrome'));

/**
 * Screenshots go to an ignored folder, so a test run leaves the tree clean; `npm run screenshots`
 * points SR_SCREENSHOTS_DIR at docs/screenshots to update the README's pictures.
 */
const SCREENSHOTS = resolve(ROOT, process.env.SR_SCREENSHOTS_DIR ?? join('.cache', 'screenshots'));
const screenshotPath = (name: string): `${string}.png` => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`) as `${string}.png`;
};

describe.runIf(!missing || process.env.CI)('Chromium', () => {
  if (missing) {
    it('has Chromium and the build (required under CI)', () => {
      throw new Error(missing);
    });
    return;
  }

  describe('dist/chrome as built (no host permissions)', () => {
    let server: FixtureServer;
    let driver: Driver;
    beforeAll(async () => {
      server = await startServer();
      const seed = loadPageFixture(SEED);
      server.route(seed.url, seed.html);
      driver = await createDriver(await launchChromium(join(DIST, 'chrome'), server));
    });
    afterAll(async () => {
      await driver?.session.close();
      await server?.close();
    });

    it('loads with no manifest error or warning', async () => {
      const extId = new URL(driver.session.baseUrl).host;
      const page = await driver.session.browser.newPage();
      await page.goto('chrome://extensions');
      const info = await page.evaluate(async (id) => {
        const dev = (globalThis as any).chrome.developerPrivate;
        const i = await dev.getExtensionInfo(id);
        return { manifestErrors: i.manifestErrors, installWarnings: i.installWarnings, runtimeErrors: i.runtimeErrors, warnings: i.permissions.simplePermissions.map((p: { message: string }) => p.message) };
      }, extId);
      expect(info).toEqual({ manifestErrors: [], installWarnings: [], runtimeErrors: [], warnings: [] });
      await page.close();
    });

    it('detects the seed with the real build', async () => {
      const { tabId } = await driver.openTab(loadPageFixture(SEED).url);
      expect((await driver.waitForBadge(tabId, '✓')).title).toContain('via ArcaMax');
    });

    it('says it cannot read the page when it was given no access (no click, so no activeTab)', async () => {
      const { tabId } = await driver.openTab(loadPageFixture(SEED).url);
      const view = await readPopup(await driver.openPopupFor(tabId));
      expect(view.state).toBe('restricted');
      expect(view.messageDetail).toMatch(/not given access/);
    });

    it('the side panel page says in one sentence what grants access where it may not read (no click, no all-sites grant)', async () => {
      const { tabId, page } = await driver.openTab(loadPageFixture(SEED).url);
      const panel = await driver.session.openExtensionPage(`panel.html?tabId=${tabId}`);
      await pollPage(panel, () => Number(document.body.dataset.reads ?? 0) > 0, null, 20_000, 'the panel to read');
      const view = await panel.evaluate(() => [document.body.dataset.state, document.getElementById('message-detail')!.textContent]);
      expect(view).toEqual(['restricted', 'Click the Syndicated Reader button in the toolbar on this page to read it here, or turn on detection on all sites in the options to read every page by itself.']);
      await Promise.all([panel.close(), page.close()]);
    });
  });

  describe('dist/test-chrome (host access for test pages)', () => {
    defineExtensionSuite('chromium', {
      launch: async (server) => launchChromium(await makeTestVariant('chrome', ['*://*/*']), server),
      restrictedUrl: 'chrome://version/',
      async readerScreenshot(page, theme) {
        await page.setViewport({ width: 1000, height: 800 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: screenshotPath(`reader-${theme}`) });
      },
      extraTests(get) {
        it('on every site, the pre-check sends a syndicated page to the full detection and stops an original there', async () => {
          const { driver, fixtures } = get();
          // The registration the background makes on the all-sites grant (auto-detect.ts), here
          // for the test variant's host access: Chromium cannot grant an optional permission
          // without a real click on its prompt (Firefox's suite grants it from the options page).
          await driver.run(
            async (ext) => {
              const excludeMatches = ext.runtime.getManifest().content_scripts.flatMap((cs: { matches: string[] }) => cs.matches);
              await ext.scripting.registerContentScripts([{ id: 'test-precheck', matches: ['*://*/*'], excludeMatches, js: ['detect-on-load.js'], runAt: 'document_idle' }]);
            },
            null,
          );
          try {
            const ran = async (tabId: number): Promise<{ precheck: boolean; full: boolean }> =>
              driver.run(async (ext, id: number) => {
                const [frame] = await ext.scripting.executeScript({
                  target: { tabId: id },
                  func: () => ({ precheck: !!(globalThis as any)[Symbol.for('syndicated-reader.precheck-on-load')], full: !!(globalThis as any)[Symbol.for('syndicated-reader.detect-on-load')] }),
                });
                return frame.result;
              }, tabId);

            const syndicated = await driver.openTab(fixtures[COURANT]!.url);
            const badge = await driver.waitForBadge(syndicated.tabId, '✓');
            expect(badge.title).toContain('Bloomberg News');
            expect(await ran(syndicated.tabId)).toEqual({ precheck: true, full: true });

            const original = await driver.openTab(fixtures[RTL]!.url);
            await pollPage(original.page, () => document.readyState === 'complete', null, 10_000, 'the original page');
            await new Promise((r) => setTimeout(r, 750));
            expect(await ran(original.tabId)).toEqual({ precheck: true, full: false });
            expect((await driver.badge(original.tabId)).text).toBe('');
            await Promise.all([syndicated.page.close(), original.page.close()]);
          } finally {
            await driver.run(async (ext) => ext.scripting.unregisterContentScripts({ ids: ['test-precheck'] }), null);
          }
        });

        it('puts the article on the clipboard (read back) from the Copy button and from the background', async () => {
          const { driver, fixtures, tabs } = get();
          const seed = fixtures[SEED]!;
          const { page, tabId } = tabs[SEED]!;
          const origin = new URL(seed.url).origin;
          await driver.session.browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write']);
          const readClipboard = async (): Promise<string> => {
            await page.bringToFront();
            return page.evaluate(() => navigator.clipboard.readText());
          };

          const popup = await driver.openPopupFor(tabId);
          await popup.bringToFront();
          await popup.click('#copy-text');
          await popup.waitForFunction(() => document.getElementById('feedback')!.textContent !== '');
          const text = await readClipboard();
          expect(text.startsWith(`${seed.expected.title}\n`)).toBe(true);
          expect(text).toContain(seed.expected.copyright);
          expect(text).toContain(`Source: ${seed.url}`);
          expect(text).not.toMatch(/Read more|Disqus/);

          await popup.bringToFront();
          await popup.click('#copy-markdown');
          await popup.waitForFunction(() => /Markdown/.test(document.getElementById('feedback')!.textContent ?? ''));
          const markdown = await readClipboard();
          expect(markdown.startsWith(`# ${seed.expected.title}`)).toBe(true);
          expect(markdown).toContain(seed.expected.copyright);
          await popup.close();

          // The clipboard holds the Markdown now, so reading the plain text back proves the background wrote it.
          expect(markdown).not.toBe(text);
          const outcome = await driver.send<{ ok: boolean }>('copyCleanText', { tabId });
          expect(outcome.ok).toBe(true);
          expect(await readClipboard()).toBe(text);
        });

        it('shows the article in the real action popup (chrome.action.openPopup) and takes the screenshot', async () => {
          const { driver, fixtures, tabs } = get();
          const { page } = tabs[SEED]!;
          await page.bringToFront();
          const popupUrl = `${driver.session.baseUrl}popup.html`;
          const [target] = await Promise.all([
            driver.session.browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 10_000 }),
            driver.session.worker!.evaluate(() => (globalThis as any).chrome.action.openPopup()),
          ]);
          const popup = (await target.asPage())!;
          await popup.waitForFunction(() => document.body.dataset.done === '1', { timeout: 15_000 });
          const view = await readPopup(popup);
          expect(view.state, view.messageDetail).toBe('article');
          expect(view.title).toBe(fixtures[SEED]!.expected.title);
          expect(view.copyright).toBe(fixtures[SEED]!.expected.copyright);
          await popup.screenshot({ path: screenshotPath('popup-seed') });
          // Issue #12's budget is a median (open-to-text under 150 ms on the seed): six more openings,
          // reported with the timings (a number to read, not a timed assertion: the bench's rule).
          const opens = [view.openMs];
          const renders = [view.renderMs];
          let shown = popup;
          for (let i = 0; i < 6; i++) {
            await shown.close();
            await page.bringToFront();
            const [again] = await Promise.all([
              driver.session.browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 10_000 }),
              driver.session.worker!.evaluate(() => (globalThis as any).chrome.action.openPopup()),
            ]);
            shown = (await again.asPage())!;
            await shown.waitForFunction(() => document.body.dataset.done === '1', { timeout: 15_000 });
            const v = await readPopup(shown);
            expect(v.state, v.messageDetail).toBe('article');
            opens.push(v.openMs);
            renders.push(v.renderMs);
          }
          await shown.close();
          const median = (xs: (number | null)[]): number | null => {
            const n = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
            return n.length ? n[Math.floor(n.length / 2)]! : null;
          };
          get().timings['realPopup (median of 7)'] = { renderMs: median(renders), openMs: median(opens) };
        });

        it('opens the real side panel from the popup’s button (a user gesture), follows the seed’s tab, and takes the screenshot', async () => {
          const { driver, fixtures, tabs } = get();
          const { page, tabId } = tabs[SEED]!;
          const popup = await driver.openPopupFor(tabId);
          await popup.bringToFront();
          await popup.waitForSelector('#open-panel:not([hidden])', { timeout: 10_000 });
          const panelUrl = `${driver.session.baseUrl}panel.html`;
          // sidePanel.open() is refused without a user gesture (from the worker over CDP too): a real click gives one.
          const [target] = await Promise.all([driver.session.browser.waitForTarget((t) => t.url() === panelUrl, { timeout: 10_000 }), popup.click('#open-panel')]);
          await page.bringToFront(); // the panel follows the window's active tab
          const panel = (await target.asPage())!;
          await panel.waitForFunction((id: number) => document.body.dataset.tabId === String(id) && Number(document.body.dataset.reads ?? 0) > 0, { timeout: 20_000 }, tabId);
          const title = await panel.evaluate(() => [document.body.dataset.state, document.getElementById('title')?.textContent]);
          expect(title).toEqual(['article', fixtures[SEED]!.expected.title]);
          await panel.screenshot({ path: screenshotPath('panel-seed') });
          await popup.close();
          // An open panel reads every tab the window shows (it injects the on-demand script): close it,
          // so later tests see their tabs as only they left them.
          await panel.close();
          await driver.session.browser.waitForTarget((t) => t.url() === panelUrl, { timeout: 1_000 }).then(
            () => {
              throw new Error('the side panel is still open');
            },
            () => undefined,
          );
        });
      },
    });
  });
});
