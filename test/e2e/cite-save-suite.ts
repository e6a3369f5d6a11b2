/**
 * Issue #12, part A: the Cite and Save menus in a real browser (both browsers, through
 * defineExtensionSuite). Each citation style is clicked in the popup and in the clean view and
 * compared with src/core/cite.ts run here on the fixture's hand-written expected.json (what
 * extraction must give); the saved Markdown and HTML files are read back from the download folder
 * and parsed.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { cite, CITE_STYLES, type CitableArticle } from '../../src/core/cite.ts';
import { pollPage } from './harness.ts';
import { axeViolations, openReader } from './reader-suite.ts';
import type { SuiteContext } from './suite.ts';

/** Today as YYYY-MM-DD in local time: the access date the extension page puts in. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function citeEach(page: Page, article: CitableArticle): Promise<void> {
  await page.click('#cite-menu summary');
  for (const style of CITE_STYLES) {
    await page.evaluate(() => {
      document.getElementById('feedback')!.textContent = '';
    });
    await page.click(`#cite-menu button[data-style="${style.id}"]`);
    await pollPage(page, () => document.getElementById('feedback')!.textContent !== '', null, 5_000, `feedback for ${style.id}`);
    const shown = await page.$eval('#citation', (n) => [(n as HTMLElement).dataset.style, n.textContent]);
    expect(shown, style.id).toEqual([style.id, cite(article, style.id, { accessed: today() })]);
    expect(await page.$eval('#feedback', (n) => [n.textContent, (n as HTMLElement).dataset.kind]), style.id).toEqual([`Copied the ${style.label} citation.`, 'ok']);
  }
  if (CITE_STYLES.some((s) => s.id === 'csl-json')) {
    await page.click('#cite-menu button[data-style="csl-json"]');
    const csl = JSON.parse((await page.$eval('#citation', (n) => n.textContent)) ?? '') as Array<Record<string, unknown>>;
    expect(csl[0]).toMatchObject({ 'container-title': article.publisher, publisher: article.publisher });
  }
  // Escape closes the menu.
  await page.keyboard.press('Escape');
}

/** Waits for a finished file (no .crdownload / .part beside it) named `name` in `dir`. */
async function waitForFile(dir: string, name: string, timeout = 15_000): Promise<string> {
  const path = join(dir, name);
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const partial = existsSync(dir) && readdirSync(dir).some((f) => /\.(?:crdownload|part)$/.test(f));
    if (existsSync(path) && !partial && statSync(path).size > 0) return readFileSync(path, 'utf8');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${name} in ${dir} after ${timeout} ms (found: ${existsSync(dir) ? readdirSync(dir).join(', ') : 'no folder'})`);
}

async function save(page: Page, id: 'save-markdown' | 'save-html'): Promise<string> {
  const open = await page.$eval('#save-menu', (d) => (d as HTMLDetailsElement).open);
  if (!open) await page.click('#save-menu summary');
  const name = await page.$eval(`#${id}`, (a) => (a as HTMLAnchorElement).download);
  await page.click(`#${id}`);
  return name;
}

export function defineCiteSaveTests(get: () => SuiteContext, seedName: string): void {
  describe('issue #12: Cite and Save', () => {
    const article = (): CitableArticle => {
      const seed = get().fixtures[seedName]!;
      return { ...(seed.expected as unknown as CitableArticle), url: seed.url };
    };

    it('cites the seed in every style from the popup (the original publisher, the host as where it was read)', async () => {
      const ctx = get();
      const popup = await ctx.driver.openPopupFor(ctx.tabs[seedName]!.tabId);
      await popup.bringToFront();
      await citeEach(popup, article());
      expect(cite(article(), 'apa')).toContain('Bloomberg News');
      await popup.close();
    });

    it('cites the seed in every style from the clean view', async () => {
      const ctx = get();
      const { page } = await openReader(ctx, ctx.tabs[seedName]!.tabId);
      await page.bringToFront();
      await citeEach(page, article());
      await page.close();
    });

    it('passes axe with both menus open and a citation shown, in the popup and the clean view (and the popup’s dark theme in Chromium)', async () => {
      const ctx = get();
      const openMenus = async (page: Page): Promise<void> => {
        await page.click('#cite-menu summary');
        await page.click('#cite-menu button[data-style="chicago"]');
        await page.click('#save-menu summary');
        // A click outside a menu closes it; the Save click closed Cite: open it again without a click.
        await page.evaluate(() => {
          (document.getElementById('cite-menu') as HTMLDetailsElement).open = true;
        });
        expect(await page.$eval('#citation', (n) => (n as HTMLElement).hidden)).toBe(false);
      };
      const popup = await ctx.driver.openPopupFor(ctx.tabs[seedName]!.tabId);
      await popup.bringToFront();
      await openMenus(popup);
      expect(await axeViolations(popup), 'axe on the popup with its menus open').toEqual([]);
      if (ctx.driver.session.kind === 'chromium') {
        await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        expect(await axeViolations(popup), 'axe on the dark popup with its menus open').toEqual([]);
      }
      await popup.close();
      const { page } = await openReader(ctx, ctx.tabs[seedName]!.tabId);
      await openMenus(page);
      for (const theme of ['light', 'dark', 'sepia']) {
        await page.select('#theme', theme);
        await pollPage(page, (t: string) => document.documentElement.dataset.theme === t, theme, 5_000, `the ${theme} theme`);
        expect(await axeViolations(page), `axe on the clean view’s menus in the ${theme} theme`).toEqual([]);
      }
      await page.select('#theme', 'system');
      await page.close();
    });

    it('saves Markdown and one self-contained, script-free HTML file with the attribution (popup and clean view)', async () => {
      const ctx = get();
      const seed = ctx.fixtures[seedName]!;
      const dir = ctx.driver.session.downloadDir;
      const popup = await ctx.driver.openPopupFor(ctx.tabs[seedName]!.tabId);
      await popup.bringToFront();

      const mdName = await save(popup, 'save-markdown');
      expect(mdName).toBe(`${seed.expected.title}.md`);
      const markdown = await waitForFile(dir, mdName);
      expect(markdown.startsWith(`# ${seed.expected.title}\n`)).toBe(true);
      expect(markdown).toContain('Bloomberg News · November 17, 2024 · via ArcaMax');
      expect(markdown).toContain(`Source: <${seed.url}>`);
      expect(markdown.replace(/\\/g, '')).toContain(seed.expected.copyright);

      const htmlName = await save(popup, 'save-html');
      const html = await waitForFile(dir, htmlName);
      const doc = new JSDOM(html).window.document;
      expect(doc.title).toBe(seed.expected.title);
      expect(doc.documentElement.lang).toBe('en');
      expect(doc.querySelectorAll('script, iframe, object, embed, [onload], [onclick], [onerror]')).toHaveLength(0);
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/default-src 'none'/);
      expect(doc.querySelector('article h1')?.textContent).toBe(seed.expected.title);
      const text = doc.body.textContent ?? '';
      expect(text).toContain('Bloomberg News · November 17, 2024 · via ArcaMax');
      expect(text).toContain(seed.expected.copyright);
      expect(doc.querySelector(`a[href="${seed.url}"]`)).not.toBeNull();
      // The article itself, from its first paragraph to its last.
      const paragraphs = (seed.text ?? '').split(/\n{2,}/);
      expect(text.replace(/\s+/g, ' ')).toContain(paragraphs[0]!.replace(/\s+/g, ' ').trim());
      expect(text.replace(/\s+/g, ' ')).toContain(paragraphs.at(-1)!.replace(/\s+/g, ' ').trim());
      await popup.close();

      // The clean view saves the same file (the popup's copy removed first, so the name is free).
      rmSync(join(dir, mdName));
      const { page } = await openReader(ctx, ctx.tabs[seedName]!.tabId);
      await page.bringToFront();
      expect(await save(page, 'save-markdown')).toBe(mdName);
      expect(await waitForFile(dir, mdName)).toBe(markdown);
      await page.close();
    });
  });
}
