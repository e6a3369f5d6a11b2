/**
 * Big, deep and slow pages: extraction reads them whole or stops with a clear message; it never
 * hangs the tab. (Timings are in the benchmark, not asserted here.)
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, extractArticle } from '../../src/core/extract.ts';
import { collapseWrapperChains, maxDepth } from '../../src/core/nesting.ts';
import { loadFixture } from '../helpers/fixtures.ts';
import { PLAIN_PARAGRAPHS, pageDocument } from '../helpers/page.ts';
import { changingPage, deepPage, hugePage } from '../helpers/stress-pages.ts';

const seed = loadFixture('arcamax--bloomberg-ukraine-strikes');
const read = (html: string, options = {}) => extractArticle(new JSDOM(html, { url: seed.expected.url }).window.document, seed.expected.url, options);

it('refuses a page over the element budget with a reason that says so', () => {
  const paragraphs = Array.from({ length: 400 }, (_, i) => `${PLAIN_PARAGRAPHS[i % 3]} (${i})`);
  const { doc, url } = pageDocument({ paragraphs });
  const result = extractArticle(doc, url, { maxElems: 300 });
  expect(result.isArticle).toBe(false);
  if (result.isArticle) return;
  expect(result.reason).toMatch(/^This page is too large to read \(\d[\d,]* elements; the limit is 300\)\.$/);
  expect(result.notRead).toBe(true);
  // The same page within the budget is read.
  expect(extractArticle(doc, url).isArticle).toBe(true);
});

it('reads a 6 MB page of 100,000 elements (a story with thousands of comments) exactly', () => {
  const huge = hugePage(seed.html);
  expect(huge.bytes).toBeGreaterThan(5_000_000);
  expect(huge.elements).toBeGreaterThanOrEqual(100_000);
  const result = read(huge.html);
  expect(result.isArticle).toBe(true);
  if (!result.isArticle) return;
  expect(result.text).toBe(seed.text);
  expect(result.copyright).toBe(seed.expected.copyright);
});

describe('deep nesting', () => {
  it('reads the seed wrapped 3,000 levels deep exactly like the seed', () => {
    const doc = new JSDOM(deepPage(seed.html, 3_000)).window.document;
    expect(maxDepth(doc.body)).toBeGreaterThan(3_000);
    const result = read(deepPage(seed.html, 3_000));
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.text).toBe(seed.text);
    expect(result.copyright).toBe(seed.expected.copyright);
    expect(result.publisher).toBe(seed.expected.publisher);
  });

  it('cuts long wrapper chains to their two ends and keeps everything with content', () => {
    const doc = new JSDOM(`<body><div class="outer">${'<div class="w">'.repeat(100)}<p>one</p><p>two</p>${'</div>'.repeat(100)}<section><div><div><p>short chain</p></div></div></section></div></body>`).window.document;
    const before = maxDepth(doc.body);
    const removed = collapseWrapperChains(doc.body);
    // .outer holds two elements, so the chain is the 100 wrappers: 6 are kept at each end.
    expect(removed).toBe(100 - 12);
    expect(maxDepth(doc.body)).toBe(before - removed);
    expect(doc.body.textContent).toBe('onetwoshort chain');
    expect(doc.querySelector('section > div > div > p')?.textContent).toBe('short chain');
  });

  it('refuses a page still too deep once wrapper chains are cut, saying why', () => {
    const levels = MAX_DEPTH + 200;
    // Every level holds text (quotes within quotes, inside the story), so there is no wrapper
    // chain to cut and nothing the cleanup removes.
    const level = (i: number): string => `<blockquote><p>Quoted at level ${i}, the statement said the decision had been shaped by the war.</p>`;
    const nested = `${Array.from({ length: levels }, (_, i) => level(i)).join('')}${'</blockquote>'.repeat(levels)}`;
    const first = seed.html.indexOf('</p>', seed.html.indexOf('The U.S. is approaching')) + 4;
    const html = seed.html.slice(0, first) + nested + seed.html.slice(first);
    const result = read(html);
    expect(result.isArticle).toBe(false);
    if (result.isArticle) return;
    expect(result.reason).toMatch(/^This page is nested too deeply to read \(1,2\d\d levels; the limit is 1,000\)\.$/);
    expect(result.notRead).toBe(true);
  });
});

describe('the time budget', () => {
  /** A clock that moves `step` ms each time it is read. */
  const clock = (step: number): (() => number) => {
    let t = 0;
    return () => (t += step);
  };

  it('stops between steps once the budget is spent, saying how long it took and the limit', () => {
    const result = read(seed.html, { timeBudgetMs: 15_000, now: clock(10_000) });
    expect(result.isArticle).toBe(false);
    if (result.isArticle) return;
    expect(result.reason).toBe('Reading this page took too long (20 s by the end of the cleanup; the limit is 15 s), so it was stopped.');
    expect(result.notRead).toBe(true);
  });

  it('reads the page when the budget is not spent, and never with a budget of 0', () => {
    expect(read(seed.html, { timeBudgetMs: 15_000, now: clock(1) }).isArticle).toBe(true);
    expect(read(seed.html, { timeBudgetMs: 0, now: clock(1_000_000) }).isArticle).toBe(true);
  });
});

it('leaves a live ticker that keeps changing out of the story', () => {
  // The page's script does not run under jsdom: the ticker is filled as it would be after a while.
  const html = changingPage(seed.html).replace('<div id="live-ticker" class="ticker" aria-live="polite"></div>', `<div id="live-ticker" class="ticker" aria-live="polite">${Array.from({ length: 60 }, (_, i) => `<p class="ticker-item">Breaking update number ${i}: markets move as traders watch the news.</p>`).join('')}</div>`);
  expect(html).toContain('Breaking update number 59');
  const result = read(html);
  expect(result.isArticle).toBe(true);
  if (!result.isArticle) return;
  expect(result.text).toBe(seed.text);
});

it('keeps a live blog’s updates, a live region inside the story', () => {
  const first = seed.html.indexOf('</p>', seed.html.indexOf('The U.S. is approaching')) + 4;
  const update = 'Update, 3:40 p.m.: A spokesperson for the Pentagon said the review of the request was still under way and that no decision had been made on it.';
  const html = `${seed.html.slice(0, first)}<div class="live-updates" aria-live="polite" role="log"><p>${update}</p></div>${seed.html.slice(first)}`;
  const result = read(html);
  expect(result.isArticle).toBe(true);
  if (result.isArticle) expect(result.text).toContain(update);
});
