/**
 * Stress pages for `npm run bench` (test/helpers/stress-pages.ts, the same pages the limits
 * tests and the real-browser suite use): a 6 MB / 100k-element page, deep nesting, a page that
 * keeps changing. Timed under jsdom (page parsing apart) and in headless Chromium in the page,
 * where the page's own scripts run (that is how the deep and the changing page are built).
 * Each row says whether extraction gave the seed's exact text, or its reason for refusing.
 */
import { existsSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectSyndication } from '../src/core/detect.ts';
import { extractArticle } from '../src/core/extract.ts';
import { maxDepth } from '../src/core/nesting.ts';
import { loadFixture } from '../test/helpers/fixtures.ts';
import { changingPage, deepPage, hugePage } from '../test/helpers/stress-pages.ts';
import { serveOffline } from './offline-page.ts';

export interface StressRow {
  page: string;
  where: 'jsdom' | 'Chromium';
  bytes: number;
  elements: number;
  depth: number;
  parseMs: number | null;
  detectMs: number;
  extractMs: number;
  readabilityMs: number;
  outcome: string;
}

interface StressPage {
  name: string;
  html: string;
  /** Where it is measured: the deep page is built by its script in Chromium, in markup under jsdom. */
  where: ('jsdom' | 'Chromium')[];
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const SEED = 'arcamax--bloomberg-ukraine-strikes';

function pages(): { seed: ReturnType<typeof loadFixture>; list: StressPage[] } {
  const seed = loadFixture(SEED);
  const huge = hugePage(seed.html);
  return {
    seed,
    list: [
      { name: `huge (${(huge.bytes / 1e6).toFixed(1)} MB, comment thread)`, html: huge.html, where: ['jsdom', 'Chromium'] },
      { name: 'nested 3,000 deep (markup)', html: deepPage(seed.html, 3_000), where: ['jsdom'] },
      { name: 'nested 2,000 deep (by its script)', html: deepPage(seed.html, 2_000, 'script'), where: ['Chromium'] },
      { name: 'changing every 5 ms (its script)', html: changingPage(seed.html), where: ['Chromium'] },
    ],
  };
}

/** What extraction gave, as in-page.ts's `result` reports it: the text, or "refused: <reason>". */
const resultOf = (r: ReturnType<typeof extractArticle>): string => (r.isArticle ? r.text : `refused: ${r.reason}`);

const outcomeOf = (result: string, expected: string | null): string =>
  result.startsWith('refused: ') ? result : result === expected ? 'seed text, exact' : `text differs (${result.length} chars)`;

export function runStressJsdom(): StressRow[] {
  const { seed, list } = pages();
  const url = seed.expected.url;
  return list
    .filter((p) => p.where.includes('jsdom'))
    .map((p) => {
      const [dom, parseMs] = timed(() => new JSDOM(p.html, { url, virtualConsole: new VirtualConsole() }));
      const doc = dom.window.document;
      const [, detectMs] = timed(() => detectSyndication(doc, url));
      const [result, extractMs] = timed(() => extractArticle(doc, url));
      const [, readabilityMs] = timed(() => new Readability(doc.cloneNode(true) as Document).parse());
      const row: StressRow = { page: p.name, where: 'jsdom', bytes: Buffer.byteLength(p.html), elements: doc.getElementsByTagName('*').length, depth: maxDepth(doc.documentElement), parseMs, detectMs, extractMs, readabilityMs, outcome: outcomeOf(resultOf(result), seed.text) };
      dom.window.close();
      return row;
    });
}

export async function runStressChromium(bin: string, script: string): Promise<StressRow[] | string> {
  if (!existsSync(bin)) return `Chromium not found at ${bin}`;
  const { seed, list } = pages();
  const url = seed.expected.url;
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: bin,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows: StressRow[] = [];
  try {
    for (const p of list.filter((x) => x.where.includes('Chromium'))) {
      const page = await browser.newPage();
      // The page at its ArcaMax URL, with its own scripts; every subresource is refused.
      await serveOffline(page, () => p.html);
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.addScriptTag({ content: script });
      const t = await page.evaluate((u: string) => {
        const b = (globalThis as unknown as { __bench: Record<string, (u: string) => any> }).__bench;
        return { detect: b.detect!(u), extract: b.extract!(u), readability: b.readability!(u), result: b.result!(u), elements: document.getElementsByTagName('*').length, depth: b.depth!(u) };
      }, url);
      rows.push({ page: p.name, where: 'Chromium', bytes: Buffer.byteLength(p.html), elements: t.elements, depth: t.depth, parseMs: null, detectMs: t.detect, extractMs: t.extract, readabilityMs: t.readability, outcome: outcomeOf(t.result, seed.text) });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
