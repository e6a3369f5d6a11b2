/**
 * The checks both browsers must pass, run against the built extension in a real browser.
 * chromium.test.ts and firefox.test.ts call `defineExtensionSuite` with their launcher; each adds
 * what only its browser can do (Chromium: the real action popup, clipboard read-back, the
 * screenshot; Firefox: granting the optional <all_urls> permission from the popup's toggle).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { defineAttackTests } from './attack-suite.ts';
import { defineReaderTests } from './reader-suite.ts';
import { defineReadAloudTests } from './read-aloud-suite.ts';
import { defineStressTests } from './stress-suite.ts';
import { defineOddDocumentTests } from './odd-documents-suite.ts';
import { defineLifecycleTests } from './lifecycle-suite.ts';
import { defineAttributionCardTests } from './attribution-card-suite.ts';
import { defineCiteSaveTests } from './cite-save-suite.ts';
import { definePanelOptionsTests } from './panel-options-suite.ts';
import { createDriver, loadPageFixture, makeLongPage, pwned, readPopup, startServer, watchPages, type Driver, type FixtureServer, type PageFixture, type Session } from './harness.ts';

export const SEED = 'arcamax--bloomberg-ukraine-strikes';
export const COURANT = 'courant--bloomberg-port-strike';
export const COMIC = 'arcamax--comic-zits';
export const HOSTILE = 'hostile--tca-story-with-payloads';
export const RTL = 'alwatan--original-rtl-rain';
/** A test-only ArcaMax story URL serving the seed with its paragraphs repeated (timing). */
export const LONG_URL = 'https://www.arcamax.com/currentnews/newsheadlines/s-9999990';
export const LONG_REPEAT = 40;

export interface SuiteContext {
  server: FixtureServer;
  driver: Driver;
  fixtures: Record<string, PageFixture>;
  /** Tabs opened by the shared tests, by fixture name. */
  tabs: Record<string, { page: Page; tabId: number }>;
  /** Open-to-text timings measured by the popup, for the report. */
  timings: Record<string, { renderMs: number | null; openMs: number | null }>;
}

export interface SuiteOptions {
  launch(server: FixtureServer): Promise<Session>;
  /** A browser page no extension may read (chrome://…, about:…). */
  restrictedUrl: string;
  /** Runs after the detection/badge tests and before the popup tests (Firefox: grant host access). */
  beforePopupTests?(ctx: SuiteContext): Promise<void>;
  /** Browser-specific tests, run last with the same session. */
  extraTests?(ctx: () => SuiteContext): void;
  /** Called by the clean-view tests in each theme (Chromium writes the README screenshots). */
  readerScreenshot?(page: Page, theme: string): Promise<void>;
}

const firstParagraph = (f: PageFixture): string => (f.text ?? '').split(/\n{2,}/)[0]!.trim();
const lastParagraph = (f: PageFixture): string => (f.text ?? '').split(/\n{2,}/).at(-1)!.trim();
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function defineExtensionSuite(kind: string, options: SuiteOptions): void {
  const ctx = {} as SuiteContext;

  beforeAll(async () => {
    ctx.fixtures = Object.fromEntries([SEED, COURANT, COMIC, HOSTILE, RTL].map((name) => [name, loadPageFixture(name)]));
    ctx.tabs = {};
    ctx.timings = {};
    ctx.server = await startServer();
    for (const f of Object.values(ctx.fixtures)) ctx.server.route(f.url, f.html);
    const longPage = await makeLongPage(ctx.fixtures[SEED]!, LONG_REPEAT);
    ctx.server.route(LONG_URL, longPage);
    const session = await options.launch(ctx.server);
    ctx.driver = await createDriver(session);
  });

  afterAll(async () => {
    const t = ctx.timings;
    if (Object.keys(t).length) console.log(`[${kind}] popup open-to-text (ms): ${JSON.stringify(t)}`);
    await ctx.driver?.session.close();
    await ctx.server?.close();
  });

  describe('detection on page load (the real manifest’s ArcaMax matches)', () => {
    it('detects the ArcaMax seed and names the publisher on the badge', async () => {
      const seed = ctx.fixtures[SEED]!;
      ctx.tabs[SEED] = await ctx.driver.openTab(seed.url);
      const { tabId } = ctx.tabs[SEED];
      const badge = await ctx.driver.waitForBadge(tabId, '✓');
      expect(badge.title).toContain(`${seed.expected.publisher} via ArcaMax`);
      const state = await ctx.driver.tabState(tabId);
      expect(state?.detection).toMatchObject({ syndicated: true, isArticle: true, publisher: seed.expected.publisher, siteName: 'ArcaMax' });
    });

    it('gives no automatic badge to a syndicated page outside ArcaMax (detection there is opt-in)', async () => {
      ctx.tabs[COURANT] = await ctx.driver.openTab(ctx.fixtures[COURANT]!.url);
      await new Promise((r) => setTimeout(r, 750)); // the on-load script would have reported by now
      expect(await ctx.driver.tabState(ctx.tabs[COURANT].tabId)).toBeNull();
      expect((await ctx.driver.badge(ctx.tabs[COURANT].tabId)).text).toBe('');
    });

    it('runs on an ArcaMax comic, finds no article and shows no badge', async () => {
      ctx.tabs[COMIC] = await ctx.driver.openTab(ctx.fixtures[COMIC]!.url);
      const state = await ctx.driver.waitForTabState(ctx.tabs[COMIC].tabId);
      expect(state.detection).toMatchObject({ isArticle: false, syndicated: false });
      expect(await ctx.driver.badge(ctx.tabs[COMIC].tabId)).toEqual({ text: '', title: 'Syndicated Reader' });
    });

    it('clears the badge when the tab navigates from the seed to another page', async () => {
      const { page, tabId } = await ctx.driver.openTab(ctx.fixtures[SEED]!.url);
      await ctx.driver.waitForBadge(tabId, '✓');
      await page.goto(ctx.fixtures[COMIC]!.url, { waitUntil: 'load' });
      await ctx.driver.waitForTabState(tabId);
      expect(await ctx.driver.badge(tabId)).toEqual({ text: '', title: 'Syndicated Reader' });
      await page.close();
    });
  });

  describe('the popup (opened as a tab with ?tabId=)', () => {
    beforeAll(async () => {
      await options.beforePopupTests?.(ctx);
    });

    it('shows the seed’s title, publisher, date, host site, the exact copyright line and the clean text', async () => {
      const seed = ctx.fixtures[SEED]!;
      const popup = await ctx.driver.openPopupFor(ctx.tabs[SEED]!.tabId);
      const view = await readPopup(popup);
      expect(view.state, `${view.messageTitle} ${view.messageDetail}`).toBe('article');
      expect(view.title).toBe(seed.expected.title);
      expect(view.meta).toContain(`Original publisher | ${seed.expected.publisher}`);
      expect(view.meta).toMatch(/Read \| via ArcaMax/);
      expect(view.meta).toMatch(/Reading time \| \d+ min/);
      expect(view.copyright).toBe(seed.expected.copyright);
      expect(fold(view.body)).toContain(fold(firstParagraph(seed)));
      expect(fold(view.body)).toContain(fold(lastParagraph(seed)));
      expect(view.body).not.toMatch(/Read more|Disqus|Comments|Published in/);
      expect(view.body).not.toContain(seed.expected.copyright);
      expect(view.lang).toBe(seed.expected.lang ?? '');
      expect(view.renderMs).toBeGreaterThan(0);
      ctx.timings.seed = { renderMs: view.renderMs, openMs: view.openMs };
      await popup.close();
    });

    it('extracts the non-ArcaMax syndicated story on click', async () => {
      const courant = ctx.fixtures[COURANT]!;
      const popup = await ctx.driver.openPopupFor(ctx.tabs[COURANT]!.tabId);
      const view = await readPopup(popup);
      expect(view.state, `${view.messageTitle} ${view.messageDetail}`).toBe('article');
      expect(view.title).toBe(courant.expected.title);
      if (courant.expected.publisher) expect(view.meta).toContain(`Original publisher | ${courant.expected.publisher}`);
      if (courant.expected.copyright) expect(view.copyright).toBe(courant.expected.copyright);
      expect(fold(view.body)).toContain(fold(firstParagraph(courant)));
      await popup.close();
    });

    it('says there is no article on the comic page, with the reason', async () => {
      const comic = ctx.fixtures[COMIC]!;
      const popup = await ctx.driver.openPopupFor(ctx.tabs[COMIC]!.tabId);
      const view = await readPopup(popup);
      expect(view.state).toBe('no-article');
      expect(view.messageTitle).toBe('No article found on this page');
      if (comic.expected.reasonIncludes) expect(view.messageDetail.toLowerCase()).toContain(comic.expected.reasonIncludes);
      expect(await popup.$eval('#copy-text', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
      await popup.close();
    });

    it('runs nothing from the hostile page: no dialog, no script, no request to another host', async () => {
      const hostile = ctx.fixtures[HOSTILE]!;
      const { tabId, page } = await ctx.driver.openTab(hostile.url);
      const w = watchPages();
      const since = Date.now();
      const popup = await ctx.driver.openPopupFor(tabId, w.attach);
      const view = await readPopup(popup);
      await new Promise((r) => setTimeout(r, 500)); // give any payload a moment to fire
      expect(view.state, `${view.messageTitle} ${view.messageDetail}`).toBe('article');
      if (hostile.expected.title) expect(view.title).toBe(hostile.expected.title);
      if (hostile.expected.copyright) expect(view.copyright).toBe(hostile.expected.copyright);
      expect(w.dialogs).toEqual([]);
      expect(await pwned(popup)).toBeUndefined();
      const pageOrigin = new URL(hostile.url).host;
      expect(w.foreign(ctx.driver.session.baseUrl), 'requests made by the popup').toEqual([]);
      // Hosts the hostile page names (payload beacons): none may be contacted once the popup is open.
      const named = new Set([...hostile.html.matchAll(/(?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)].map((m) => m[1]!.toLowerCase()));
      named.delete(pageOrigin);
      const contacted = ctx.server.requests.filter((r) => r.at >= since && named.has(r.host));
      expect(contacted.map((r) => `${r.kind} ${r.host}${r.path}`), 'requests to hosts named by the hostile page').toEqual([]);
      // The popup's DOM holds text only: no element from the page came through.
      expect(await popup.$$eval('#body *', (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))])).toEqual(['p']);
      await popup.close();
      await page.close();
    });

    it('renders a long page (the seed, paragraphs ×40) and measures open-to-text', async () => {
      const { tabId, page } = await ctx.driver.openTab(LONG_URL);
      const popup = await ctx.driver.openPopupFor(tabId);
      const view = await readPopup(popup);
      expect(view.state, `${view.messageTitle} ${view.messageDetail}`).toBe('article');
      expect(view.copyright).toBe(ctx.fixtures[SEED]!.expected.copyright);
      expect(view.renderMs).toBeLessThan(5_000);
      ctx.timings.long = { renderMs: view.renderMs, openMs: view.openMs };
      await popup.close();
      await page.close();
    });

    it('copies with the Copy buttons and says so (aria-live)', async () => {
      const popup = await ctx.driver.openPopupFor(ctx.tabs[SEED]!.tabId);
      await popup.bringToFront();
      expect(await popup.$eval('#feedback', (n) => n.getAttribute('aria-live') ?? n.getAttribute('role'))).toBeTruthy();
      await popup.click('#copy-text');
      await popup.waitForFunction(() => document.getElementById('feedback')!.textContent !== '', { timeout: 5_000 }).catch(() => {});
      expect(await popup.$eval('#feedback', (n) => [n.textContent, (n as HTMLElement).dataset.kind])).toEqual([expect.stringMatching(/^Copied the text/), 'ok']);
      await popup.click('#copy-markdown');
      await popup.waitForFunction(() => /Markdown/.test(document.getElementById('feedback')!.textContent ?? ''), { timeout: 5_000 }).catch(() => {});
      expect(await popup.$eval('#feedback', (n) => n.textContent)).toBe('Copied as Markdown.');
      await popup.close();
    });

    it('copies through the background (the context-menu / shortcut path) and flashes OK on the badge', async () => {
      const { tabId, page } = ctx.tabs[SEED]!;
      await page.bringToFront();
      const outcome = await ctx.driver.send<{ ok: boolean; message: string }>('copyCleanText', { tabId });
      expect(outcome).toEqual({ ok: true, message: `Copied “${ctx.fixtures[SEED]!.expected.title}”` });
      expect((await ctx.driver.badge(tabId)).text).toBe('OK');
      await ctx.driver.waitForBadge(tabId, '✓', 5_000); // restored after 2 s
    });

    it('reports a browser page that extensions may not read, instead of failing', async () => {
      const { tabId, page } = await ctx.driver.openTab(options.restrictedUrl);
      const popup = await ctx.driver.openPopupFor(tabId);
      const view = await readPopup(popup);
      expect(view.state, view.messageDetail).toBe('restricted');
      expect(view.messageTitle).toBe('This page can’t be read');
      expect(view.messageDetail).toMatch(/browser page|not allow|not given access/);
      await popup.close();
      await page.close();
    });
  });

  defineReaderTests(() => ctx, { seed: SEED, hostile: HOSTILE, rtl: RTL, longUrl: LONG_URL }, options.readerScreenshot);
  defineAttributionCardTests(() => ctx, { seed: SEED, rtl: RTL, comic: COMIC, restrictedUrl: options.restrictedUrl });
  defineCiteSaveTests(() => ctx, SEED);
  defineReadAloudTests(() => ctx, SEED);
  defineAttackTests(() => ctx);
  defineStressTests(() => ctx, SEED);
  defineOddDocumentTests(() => ctx, SEED);
  definePanelOptionsTests(() => ctx, { seed: SEED, comic: COMIC, courant: COURANT, longUrl: LONG_URL });

  options.extraTests?.(() => ctx);
  // Last: it reloads the extension, which closes every extension page.
  defineLifecycleTests(() => ctx, SEED);
}
