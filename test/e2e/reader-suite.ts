/**
 * The clean view (reader.html) in a real browser, run by both chromium.test.ts and
 * firefox.test.ts through defineExtensionSuite: article and attribution, settings that persist
 * across a reload, nothing from a hostile page running, and axe-core accessibility checks
 * (WCAG 2 A/AA, contrast included) in the light and dark themes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { navigateToExtensionPage, pollPage, pwned, watchPages } from './harness.ts';
import type { SuiteContext } from './suite.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface ReaderView {
  state: string;
  title: string;
  paragraphs: string[];
  copyright: string;
  distributed: string;
  link: string;
  notice: string | null;
  lang: string;
  renderMs: number | null;
  theme: string;
  size: string;
}

export function readReader(page: Page): Promise<ReaderView> {
  return page.evaluate(() => {
    const text = (id: string): string => document.getElementById(id)?.textContent?.trim() ?? '';
    const notice = document.getElementById('notice')!;
    return {
      state: document.body.dataset.state ?? '',
      title: text('title'),
      paragraphs: Array.from(document.querySelectorAll('#body p, #body li')).map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()),
      copyright: text('copyright'),
      distributed: text('distributed'),
      link: document.getElementById('page-link')?.getAttribute('href') ?? '',
      notice: notice.hidden ? null : text('notice'),
      lang: document.getElementById('article')?.getAttribute('lang') ?? '',
      renderMs: document.body.dataset.renderMs ? Number(document.body.dataset.renderMs) : null,
      theme: document.documentElement.dataset.theme ?? '',
      size: document.documentElement.style.getPropertyValue('--reader-size'),
    };
  });
}

/** Opens the clean view for a tab the way the popup does (background message), in a new page. */
export async function openReader(ctx: SuiteContext, tabId: number, setup?: (page: Page) => void): Promise<{ page: Page; totalMs: number }> {
  const start = Date.now();
  const { path } = await ctx.driver.send<{ path: string }>('openCleanView', { tabId, openTab: false });
  const page = await ctx.driver.session.browser.newPage();
  setup?.(page);
  await navigateToExtensionPage(ctx.driver.session, page, ctx.driver.session.baseUrl + path);
  await pollPage(page, () => document.body.dataset.done === '1', null, 20_000, 'the clean view');
  return { page, totalMs: Date.now() - start };
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(`${AXE_SOURCE}\n;globalThis.__axe = axe;`);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { __axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).__axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

async function reloadReader(ctx: SuiteContext, page: Page): Promise<void> {
  const url = await page.evaluate(() => location.href);
  await page.evaluate(() => {
    document.body.dataset.done = '';
  });
  await navigateToExtensionPage(ctx.driver.session, page, url);
  await pollPage(page, () => document.body.dataset.done === '1', null, 20_000, 'the reloaded clean view');
}

export interface ReaderPages {
  seed: string;
  hostile: string;
  /** A right-to-left, non-English article. */
  rtl: string;
  /** A long page (the seed, paragraphs repeated) served at this URL. */
  longUrl: string;
}

export function defineReaderTests(get: () => SuiteContext, pages: ReaderPages, onScreenshot?: (page: Page, theme: string) => Promise<void>): void {
  const { seed: seedName, hostile: hostileName } = pages;
  describe('the clean view (reader.html)', () => {
    it('shows the seed article with its structure and the attribution block', async () => {
      const ctx = get();
      const seed = ctx.fixtures[seedName]!;
      const { page, totalMs } = await openReader(ctx, ctx.tabs[seedName]!.tabId);
      const view = await readReader(page);
      expect(view.state).toBe('article');
      expect(view.title).toBe(seed.expected.title);
      const paragraphs = (seed.text ?? '').split(/\n{2,}/);
      expect(view.paragraphs).toEqual(paragraphs);
      expect(view.copyright).toBe(seed.expected.copyright);
      // The seed's credit line already says "Distributed by Tribune Content Agency, LLC.": not twice.
      expect(view.distributed).toBe('');
      expect(view.link).toBe(seed.url);
      expect(view.notice).toBeNull();
      expect(view.lang).toBe(seed.expected.lang);
      ctx.timings.readerSeed = { renderMs: view.renderMs, openMs: totalMs };
      if (ctx.driver.session.kind === 'chromium') {
        // Print (and "save as PDF"): the controls go, the article and its attribution stay.
        await page.emulateMediaType('print');
        const shown = await page.evaluate(() => ['.controls', '#article', '.attribution', '#copyright'].map((sel) => getComputedStyle(document.querySelector(sel)!).display !== 'none'));
        expect(shown).toEqual([false, true, true, true]);
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.byteLength).toBeGreaterThan(10_000);
        await page.emulateMediaType('screen');
      }
      await page.close();
    });

    it('keeps theme and text size across a reload of its tab', async () => {
      const ctx = get();
      const { page } = await openReader(ctx, ctx.tabs[seedName]!.tabId);
      await page.select('#theme', 'sepia');
      await page.click('#larger');
      await pollPage(page, () => document.documentElement.dataset.theme === 'sepia', null, 5_000, 'the sepia theme');
      const before = await readReader(page);
      expect(before.size).toBe('21px');
      await reloadReader(ctx, page);
      const after = await readReader(page);
      expect(after.state).toBe('article');
      expect([after.theme, after.size]).toEqual(['sepia', '21px']);
      // Back to the defaults for the other tests.
      await page.select('#theme', 'system');
      await page.click('#smaller');
      await page.close();
    });

    it('passes axe (WCAG 2 A/AA incl. contrast) in the light and dark themes', async () => {
      const ctx = get();
      const { page } = await openReader(ctx, ctx.tabs[seedName]!.tabId);
      for (const theme of ['light', 'dark', 'sepia']) {
        await page.select('#theme', theme);
        await pollPage(page, (t: string) => document.documentElement.dataset.theme === t, theme, 5_000, `the ${theme} theme`);
        expect(await axeViolations(page), `axe in the ${theme} theme`).toEqual([]);
        if (theme !== 'sepia') await onScreenshot?.(page, theme);
      }
      await page.select('#theme', 'system');
      await page.close();
    });

    it('runs nothing from the hostile page, and loads nothing but images', async () => {
      const ctx = get();
      const hostile = ctx.fixtures[hostileName]!;
      const tabId = ctx.tabs[hostileName]?.tabId ?? (ctx.tabs[hostileName] = await ctx.driver.openTab(hostile.url)).tabId;
      const w = watchPages();
      const { page } = await openReader(ctx, tabId, w.attach);
      await new Promise((r) => setTimeout(r, 500));
      const view = await readReader(page);
      expect(view.state).toBe('article');
      expect(view.copyright).toBe(hostile.expected.copyright);
      expect(w.dialogs).toEqual([]);
      expect(await pwned(page)).toBeUndefined();
      expect(await page.evaluate(() => document.querySelectorAll('#body script, #body iframe, #body form, #body [onerror], #body [onclick], #body svg').length)).toBe(0);
      const images = new Set(await page.evaluate(() => Array.from(document.querySelectorAll('#body img')).map((i) => (i as HTMLImageElement).src)));
      expect(w.foreign(ctx.driver.session.baseUrl, images)).toEqual([]);
      await page.close();
    });

    it('renders a right-to-left article right to left, in its language', async () => {
      const ctx = get();
      const rtl = ctx.fixtures[pages.rtl]!;
      const tab = await ctx.driver.openTab(rtl.url);
      const { page } = await openReader(ctx, tab.tabId);
      const view = await readReader(page);
      expect(view.state).toBe('article');
      expect(view.title).toBe(rtl.expected.title);
      expect(view.paragraphs).toEqual((rtl.text ?? '').split(/\n{2,}/));
      expect(await page.evaluate(() => {
        const article = document.getElementById('article')!;
        return [article.getAttribute('dir'), article.getAttribute('lang'), getComputedStyle(document.querySelector('#body p')!).direction];
      })).toEqual(['rtl', 'ar', 'rtl']);
      await page.close();
      await tab.page.close();
    });

    it('opens a long page (the seed, paragraphs ×40) and measures click-to-render', async () => {
      const ctx = get();
      const tab = await ctx.driver.openTab(pages.longUrl);
      const { page, totalMs } = await openReader(ctx, tab.tabId);
      const view = await readReader(page);
      expect(view.state).toBe('article');
      expect(view.paragraphs.length).toBeGreaterThan(400);
      ctx.timings.readerLong = { renderMs: view.renderMs, openMs: totalMs };
      await page.close();
      await tab.page.close();
    });

    it('says when the original tab is gone, and still shows the article', async () => {
      const ctx = get();
      const seed = ctx.fixtures[seedName]!;
      const extra = await ctx.driver.openTab(seed.url);
      const { path } = await ctx.driver.send<{ path: string }>('openCleanView', { tabId: extra.tabId, openTab: false });
      await extra.page.close();
      const page = await ctx.driver.session.browser.newPage();
      await navigateToExtensionPage(ctx.driver.session, page, ctx.driver.session.baseUrl + path);
      await pollPage(page, () => document.body.dataset.done === '1', null, 20_000, 'the clean view');
      const view = await readReader(page);
      expect(view.state).toBe('article');
      expect(view.notice).toMatch(/original tab has been closed/);
      await page.close();
    });
  });
}
