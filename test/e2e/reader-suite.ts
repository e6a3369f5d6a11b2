/**
 * The clean view (reader.html) in a real browser, run by both chromium.test.ts and
 * firefox.test.ts through defineExtensionSuite: article and attribution, settings (theme, size with
 * its limits, width, line spacing) that apply and persist across a reload, the toolbar folded at
 * 420 px, the printout, nothing from a hostile page running, and axe-core accessibility checks
 * (WCAG 2 A/AA, contrast included) in every theme with the read-aloud player open.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { navigateToExtensionPage, pollPage, pwned, watchPages } from './harness.ts';
import { installSpeechStandIn } from './read-aloud-suite.ts';
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

/** The seed's tab, opened by the detection tests, or here when this file's tests run alone (-t). */
async function tabOf(ctx: SuiteContext, name: string): Promise<number> {
  ctx.tabs[name] ??= await ctx.driver.openTab(ctx.fixtures[name]!.url);
  return ctx.tabs[name].tabId;
}

/** The applied reading settings, as the page lays them out (computed styles, not attributes). */
function readLayout(page: Page): Promise<{ theme: string; sizeText: string; fontPx: number; lineHeightPx: number; mainMaxPx: number; smallerDisabled: boolean; largerDisabled: boolean }> {
  return page.evaluate(() => {
    const article = getComputedStyle(document.getElementById('article')!);
    return {
      theme: document.documentElement.dataset.theme ?? '',
      sizeText: document.getElementById('size-value')!.textContent ?? '',
      fontPx: parseFloat(article.fontSize),
      lineHeightPx: parseFloat(article.lineHeight),
      mainMaxPx: parseFloat(getComputedStyle(document.querySelector('main')!).maxWidth),
      smallerDisabled: (document.getElementById('smaller') as HTMLButtonElement).disabled,
      largerDisabled: (document.getElementById('larger') as HTMLButtonElement).disabled,
    };
  });
}

export function defineReaderTests(get: () => SuiteContext, pages: ReaderPages, onScreenshot?: (page: Page, theme: string) => Promise<void>): void {
  const { seed: seedName, hostile: hostileName } = pages;
  describe('the clean view (reader.html)', () => {
    it('shows the seed article with its structure and the attribution block', async () => {
      const ctx = get();
      const seed = ctx.fixtures[seedName]!;
      const { page, totalMs } = await openReader(ctx, await tabOf(ctx, seedName));
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
        // The address is printed once: as the link's text, with nothing generated after it.
        const printedLink = await page.evaluate(() => {
          const a = document.getElementById('page-link')!;
          return { text: a.textContent, after: getComputedStyle(a, '::after').content, before: getComputedStyle(a, '::before').content };
        });
        expect(printedLink.text).toBe(seed.url);
        expect([printedLink.before, printedLink.after].every((c) => c === 'none' || c === 'normal')).toBe(true);
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.byteLength).toBeGreaterThan(10_000);
        await page.emulateMediaType('screen');
      }
      await page.close();
    });

    it('applies theme, size, width and line spacing at once and keeps them across a reload of its tab', async () => {
      const ctx = get();
      const { page } = await openReader(ctx, await tabOf(ctx, seedName));
      const start = await readLayout(page);
      expect(start.sizeText).toBe(`${start.fontPx} px`);
      await page.select('#theme', 'contrast');
      await page.select('#width', '56');
      await page.select('#line-height', '2');
      await page.click('#larger');
      await pollPage(page, () => document.documentElement.dataset.theme === 'contrast', null, 5_000, 'the high-contrast theme');
      const before = await readLayout(page);
      expect(before.fontPx).toBe(start.fontPx + 2);
      expect(before.sizeText).toBe(`${before.fontPx} px`);
      expect(before.lineHeightPx).toBeCloseTo(before.fontPx * 2, 0);
      expect(before.mainMaxPx).toBe(56 * 15);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
      await reloadReader(ctx, page);
      const after = await readLayout(page);
      expect(after).toEqual(before);
      expect(await page.evaluate(() => [document.getElementById('theme'), document.getElementById('width'), document.getElementById('line-height')].map((s) => (s as HTMLSelectElement).value))).toEqual(['contrast', '56', '2']);
      if (ctx.driver.session.kind === 'chromium') {
        // Before the first paint: a frame callback queued before any script records what the first frame shows.
        await page.evaluateOnNewDocument(() => {
          requestAnimationFrame(() => {
            const root = document.documentElement;
            (window as unknown as { __firstFrame: unknown }).__firstFrame = [root.dataset.theme, root.style.getPropertyValue('--measure'), root.style.getPropertyValue('--reader-leading')];
          });
        });
        await reloadReader(ctx, page);
        expect(await page.evaluate(() => (window as unknown as { __firstFrame: unknown }).__firstFrame)).toEqual(['contrast', '56em', '2']);
      }
      // Back to the defaults for the other tests.
      await page.select('#theme', 'system');
      await page.select('#width', '38');
      await page.select('#line-height', '1.65');
      await page.click('#smaller');
      await page.close();
    });

    it('shows the text size between A− and A+, and disables each at its limit', async () => {
      const ctx = get();
      const { page } = await openReader(ctx, await tabOf(ctx, seedName));
      const start = await readLayout(page);
      const sizes: string[] = [];
      while (!(await readLayout(page)).smallerDisabled) {
        await page.click('#smaller');
        sizes.push((await readLayout(page)).sizeText);
        expect(sizes.length).toBeLessThan(20);
      }
      const min = await readLayout(page);
      expect([min.sizeText, min.fontPx, min.largerDisabled]).toEqual(['13 px', 13, false]);
      // Focus stays on the size control when the button pressed is disabled.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('larger');
      while (!(await readLayout(page)).largerDisabled) await page.click('#larger');
      const max = await readLayout(page);
      expect([max.sizeText, max.fontPx, max.smallerDisabled]).toEqual(['31 px', 31, false]);
      expect(await page.$eval('#size-value', (o) => [o.tagName, o.closest('[role="group"]')?.getAttribute('aria-labelledby')])).toEqual(['OUTPUT', 'size-label']);
      // Back to the start.
      while ((await readLayout(page)).fontPx > start.fontPx) await page.click('#smaller');
      expect((await readLayout(page)).fontPx).toBe(start.fontPx);
      await page.close();
    });

    it('keeps the toolbar to one row at 420 px wide, with the settings behind a disclosure (and small with the player)', async () => {
      const ctx = get();
      const { page } = await openReader(ctx, await tabOf(ctx, seedName));
      const measure = (): Promise<{ bar: number; screen: number; themeShown: boolean; expanded: string | null }> =>
        page.evaluate(() => ({
          bar: document.getElementById('controls')!.getBoundingClientRect().height,
          screen: window.innerHeight,
          themeShown: document.getElementById('theme')!.getClientRects().length > 0,
          expanded: document.getElementById('settings-toggle')!.getAttribute('aria-expanded'),
        }));
      await page.setViewport({ width: 1000, height: 800 });
      const wide = await measure();
      expect(wide.themeShown).toBe(true);
      expect(await page.$eval('#settings-toggle', (b) => b.getClientRects().length)).toBe(0);
      await page.setViewport({ width: 420, height: 800 });
      await pollPage(page, () => window.innerWidth === 420, null, 5_000, 'the 420 px viewport');
      const narrow = await measure();
      console.log(`[${ctx.driver.session.kind}] clean-view toolbar height: ${wide.bar.toFixed(0)} px at 1000 px wide, ${narrow.bar.toFixed(0)} px (${((100 * narrow.bar) / narrow.screen).toFixed(1)}% of 800) at 420 px`);
      expect(narrow.themeShown).toBe(false);
      expect(narrow.bar / narrow.screen).toBeLessThan(0.1);
      await page.click('#settings-toggle');
      const open = await measure();
      expect([open.themeShown, open.expanded]).toEqual([true, 'true']);
      await page.click('#settings-toggle');
      expect(await measure()).toMatchObject({ themeShown: false, expanded: 'false' });
      // Reading aloud adds one row, the player's buttons; speed and voice are with the settings.
      await installSpeechStandIn(page);
      await page.click('#listen');
      await pollPage(page, () => document.body.dataset.readAloud === 'playing', null, 5_000, 'reading aloud');
      const reading = await measure();
      console.log(`[${ctx.driver.session.kind}] clean-view toolbar with the player at 420 px: ${reading.bar.toFixed(0)} px (${((100 * reading.bar) / reading.screen).toFixed(1)}%)`);
      expect(reading.bar / reading.screen).toBeLessThan(0.15);
      await page.click('#settings-toggle');
      expect(await page.$eval('#ra-voice', (v) => v.getClientRects().length > 0)).toBe(true);
      await page.close();
    });

    it('passes axe (WCAG 2 A/AA incl. contrast) in every theme, with the read-aloud player open and reading', async () => {
      const ctx = get();
      const { page } = await openReader(ctx, await tabOf(ctx, seedName));
      for (const theme of ['light', 'dark', 'sepia', 'contrast']) {
        await page.select('#theme', theme);
        await pollPage(page, (t: string) => document.documentElement.dataset.theme === t, theme, 5_000, `the ${theme} theme`);
        expect(await axeViolations(page), `axe in the ${theme} theme`).toEqual([]);
        if (theme === 'light' || theme === 'dark') await onScreenshot?.(page, theme);
      }
      // The player, its shortcut list and a highlighted paragraph (a link inside it, on the seed's second paragraph).
      await installSpeechStandIn(page);
      await page.click('#listen');
      await pollPage(page, () => document.querySelector('[data-speaking]') !== null, null, 5_000, 'the highlight');
      await page.click('#ra-next');
      await page.click('.shortcuts summary');
      for (const theme of ['light', 'dark', 'sepia', 'contrast']) {
        await page.select('#theme', theme);
        await pollPage(page, (t: string) => document.documentElement.dataset.theme === t, theme, 5_000, `the ${theme} theme`);
        expect(await axeViolations(page), `axe in the ${theme} theme, reading aloud`).toEqual([]);
      }
      await page.click('.shortcuts summary'); // closed for the picture
      await page.select('#theme', 'light');
      await onScreenshot?.(page, 'read-aloud');
      await page.setViewport({ width: 420, height: 800 });
      await page.click('#settings-toggle');
      expect(await axeViolations(page), 'axe at 420 px, settings open, reading aloud').toEqual([]);
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
