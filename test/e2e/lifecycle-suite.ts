/**
 * The extension over a whole use and across its own life, run last by both chromium.test.ts and
 * firefox.test.ts through defineExtensionSuite:
 * - a full use (page load, popup, both copies, clean view, copy from the background) makes no
 *   network request of its own: every request the proxy sees after the page has loaded is one
 *   the page had made itself (its images, shown again in the clean view);
 * - injecting the content scripts twice into one page leaves one listener and one report;
 * - reinstalling the extension (as an update or a reload does) under live content scripts: the orphaned scripts say nothing to the
 *   user, and the popup reads the same tab again without a reload of the page.
 * The reinstall closes every extension page, so it runs last and leaves a new driver in the context.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { createDriver, readPopup } from './harness.ts';
import { choose, openOptions } from './panel-options-suite.ts';
import { openReader, readReader } from './reader-suite.ts';
import type { SuiteContext } from './suite.ts';

/** Hosts of the browser vendors' own services (sign-in, updates, settings), never contacted by our code. */
const BROWSER_SERVICES = /(?:^|\.)(?:google\.com|googleapis\.com|gstatic\.com|mozilla\.(?:com|net|org)|firefox\.com)$/i;

/** Counts, in the extension's content-script world of a tab, listeners added and messages sent. */
function countMessaging(): void {
  const g = globalThis as unknown as { browser?: any; chrome?: any; __srCounts?: { listeners: number; sent: number } };
  // Firefox's own `browser` (which the polyfill passes through); in Chrome, `chrome`, which the
  // polyfill's wrappers call at each use, so patching it sees our calls too.
  const api = typeof g.browser?.runtime?.getBrowserInfo === 'function' ? g.browser : g.chrome;
  const counts = { listeners: 0, sent: 0 };
  g.__srCounts = counts;
  const onMessage = api.runtime.onMessage;
  const addListener = onMessage.addListener.bind(onMessage);
  onMessage.addListener = (fn: unknown) => {
    counts.listeners++;
    return addListener(fn);
  };
  const sendMessage = api.runtime.sendMessage.bind(api.runtime);
  api.runtime.sendMessage = (...args: unknown[]) => {
    counts.sent++;
    return sendMessage(...args);
  };
}

export function defineLifecycleTests(get: () => SuiteContext, seedName: string): void {
  describe('a whole use, double injection, and a reload of the extension', () => {
    it('makes no network request of its own from page load to the last copy', async () => {
      const { driver, server, fixtures } = get();
      const seed = fixtures[seedName]!;
      // A clean start: tabs left open by earlier tests (the hostile page's meta refresh among
      // them) would make requests of their own in the window measured here.
      for (const p of await driver.session.browser.pages()) if (p !== driver.control) await p.close();
      const since = Date.now();
      const tab = await driver.openTab(seed.url);
      await driver.waitForBadge(tab.tabId, '✓');
      await new Promise((r) => setTimeout(r, 1_000)); // the page's late requests (favicon) settle
      const loaded = Date.now();
      const byPage = server.requests.filter((r) => r.at >= since && r.at < loaded);
      expect(byPage.some((r) => seed.url.includes(r.host)), 'the page load itself went through the proxy').toBe(true);

      const fromExtensionPages: string[] = [];
      const record = (p: Page): void => void p.on('request', (r) => fromExtensionPages.push(r.url()));
      const popup = await driver.openPopupFor(tab.tabId, record);
      expect((await readPopup(popup)).state).toBe('article');
      await popup.bringToFront();
      await popup.click('#copy-text');
      await popup.waitForFunction(() => /^Copied the text/.test(document.getElementById('feedback')!.textContent ?? ''), { timeout: 5_000 });
      await popup.click('#copy-markdown');
      await popup.waitForFunction(() => /Markdown/.test(document.getElementById('feedback')!.textContent ?? ''), { timeout: 5_000 });
      const { page: reader } = await openReader(get(), tab.tabId, record);
      expect((await readReader(reader)).state).toBe('article');
      await tab.page.bringToFront();
      expect((await driver.send<{ ok: boolean }>('copyCleanText', { tabId: tab.tabId })).ok).toBe(true);
      await new Promise((r) => setTimeout(r, 1_000));

      const seen = new Set(byPage.map((r) => `${r.host}${r.path}`));
      // The browser fetches the tab's favicon when it likes; that request is the browser's own.
      seen.add(`${new URL(seed.url).hostname}/favicon.ico`);
      // The browsers' own services, called on their own schedule (seen: Chromium's account check
      // to accounts.google.com in the middle of this test), are not requests of the extension's,
      // whose code names no URL at all (test/audit.test.ts).
      const afterLoad = server.requests.filter((r) => r.at >= loaded && !BROWSER_SERVICES.test(r.host));
      expect(afterLoad.filter((r) => !seen.has(`${r.host}${r.path}`)).map((r) => `${r.kind} ${r.method} ${r.host}${r.path}`), 'new requests after the page had loaded').toEqual([]);
      const pageUrls = new Set(byPage.map((r) => r.path));
      expect(fromExtensionPages.filter((u) => !u.startsWith(driver.session.baseUrl) && !/^(?:about|data|blob):/.test(u) && !pageUrls.has(new URL(u).pathname + new URL(u).search))).toEqual([]);
      await Promise.all([popup.close(), reader.close(), tab.page.close()]);
    });

    it('says so when the tab was closed before the popup could read it', async () => {
      const { driver, fixtures } = get();
      const tab = await driver.openTab(fixtures[seedName]!.url);
      await tab.page.close();
      const popup = await driver.openPopupFor(tab.tabId);
      const view = await readPopup(popup);
      expect([view.state, view.messageTitle, view.messageDetail]).toEqual(['error', 'The page could not be read', 'The tab was closed before its article could be read.']);
      await popup.close();
    });

    it('keeps at most 30 articles for clean views, dropping the oldest', async () => {
      const { driver, fixtures } = get();
      const tab = await driver.openTab(fixtures[seedName]!.url);
      const paths: string[] = [];
      for (let i = 0; i < 32; i++) paths.push((await driver.send<{ path: string }>('openCleanView', { tabId: tab.tabId, openTab: false })).path);
      const keys = await driver.run(async (ext) => Object.keys(await ext.storage.session.get(null)).filter((k) => k.startsWith('reader:')), null);
      expect(keys).toHaveLength(30);
      const idOf = (path: string): string => `reader:${new URLSearchParams(path.split('?')[1]).get('id')}`;
      expect(keys).toContain(idOf(paths.at(-1)!));
      expect(keys).not.toContain(idOf(paths[0]!));
      await tab.page.close();
    });

    it('injecting the content scripts twice leaves one listener and sends one report', async () => {
      const { driver, fixtures } = get();
      const tab = await driver.openTab(fixtures[seedName]!.url);
      await driver.waitForBadge(tab.tabId, '✓'); // detect-full has run once, from the manifest
      // A string, so that countMessaging goes to executeScript as a function (extension pages
      // forbid building one from source with new Function).
      const counts = await driver.control.evaluate(`(async () => {
        const ext = globalThis.browser ?? globalThis.chrome;
        const target = { tabId: ${tab.tabId} };
        await ext.scripting.executeScript({ target, func: ${countMessaging.toString()} });
        for (const file of ['detect-full.js', 'extract-on-demand.js', 'detect-full.js', 'extract-on-demand.js']) {
          await ext.scripting.executeScript({ target, files: [file] });
        }
        const [frame] = await ext.scripting.executeScript({ target, func: () => globalThis.__srCounts });
        return frame.result;
      })()`);
      // detect-full already ran in this page: injected twice more, it sends nothing; the
      // on-demand script registers its listener once.
      expect(counts).toEqual({ listeners: 1, sent: 0 });
      const popup = await driver.openPopupFor(tab.tabId);
      expect((await readPopup(popup)).state).toBe('article');
      await Promise.all([popup.close(), tab.page.close()]);
    });

    it('after the extension is reinstalled (an update, a reload), reads a page whose content scripts were orphaned, and shows no error', async () => {
      const ctx = get();
      const { driver, fixtures } = ctx;
      const seed = fixtures[seedName]!;
      const tab = await driver.openTab(seed.url);
      await driver.waitForBadge(tab.tabId, '✓');
      const first = await driver.openPopupFor(tab.tabId); // injects the on-demand script
      expect((await readPopup(first)).state).toBe('article');
      await first.close();
      const problems: string[] = [];
      tab.page.on('console', (m) => {
        if (/context invalidated|Syndicated Reader/i.test(m.text())) problems.push(`${m.type()}: ${m.text()}`);
      });
      // (The page's own errors, such as its ad script missing, are not ours.)
      tab.page.on('pageerror', (err) => {
        if (/context invalidated|Receiving end|Syndicated Reader|extension/i.test(String(err))) problems.push(`pageerror: ${String(err)}`);
      });

      // Firefox reloads the extension in place (runtime.reload), as an update does: the options must
      // survive it. (Chromium's harness reinstalls, which rightly forgets them: not checked there.)
      const keepsStorage = driver.session.kind === 'firefox';
      if (keepsStorage) {
        const options = await openOptions(ctx);
        await choose(options, 'citation-style', 'mla');
        await options.close();
      }

      await driver.session.reinstall();
      // The old extension pages went with it; wait for the new background to answer.
      const deadline = Date.now() + 20_000;
      for (;;) {
        try {
          ctx.driver = await createDriver(driver.session);
          await ctx.driver.send('getTabState', { tabId: tab.tabId });
          break;
        } catch (err) {
          if (Date.now() > deadline) throw err;
          await new Promise((r) => setTimeout(r, 250));
        }
      }

      // The same tab, not reloaded: its old scripts are orphaned; the popup injects a live one.
      const again = await ctx.driver.openPopupFor(tab.tabId);
      const view = await readPopup(again);
      expect(view.state, `${view.messageTitle} ${view.messageDetail}`).toBe('article');
      expect(view.copyright).toBe(seed.expected.copyright);
      // The page still works for the orphaned detection: a reload brings the badge back.
      await tab.page.reload({ waitUntil: 'load' });
      await ctx.driver.waitForBadge(tab.tabId, '✓');
      expect(problems).toEqual([]);
      await Promise.all([again.close(), tab.page.close()]);
      if (keepsStorage) {
        const options = await openOptions(ctx);
        expect(await options.$eval('#citation-style', (s) => (s as HTMLSelectElement).value), 'the options after a reload of the extension').toBe('mla');
        await choose(options, 'citation-style', 'apa');
        await options.close();
      }
    });
  });
}
