/**
 * `npm run bench`, the second corpus: mozilla/readability's own test pages
 * (bench/data/readability-test-pages, Apache-2.0). Each page's text from our pipeline is scored
 * against the text of their expected.html with the benchmark's metric. Their expected output is
 * Readability's, not a human's: a low score means "we differ from Readability", which is a bug when
 * we lose or cut the article and fine when we drop junk Readability keeps. Every page under
 * LOW_F1 needs a one-line cause in bench/readability-causes.ts; the report flags those without one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/core/extract.ts';
import { blockText } from './block-text.ts';
import { pageF1, pagePrecision, pageRecall, scorePage, summarize, tokenize, type PageScore, type Summary } from './metric.ts';
import { READABILITY_CAUSES } from './readability-causes.ts';
import { csvField } from './pages-csv.ts';

/** Readability's tests load every page at this address. */
export const TEST_PAGE_URL = 'http://fakehost/test/page.html';
export const LOW_F1 = 0.9;

export interface TestPage {
  name: string;
  source: string;
  expected: string;
  /** Their metadata's "readerable" (isProbablyReaderable's answer), when it has one. */
  readerable: boolean | null;
}

export function loadTestPages(dir: string, limit = Infinity): TestPage[] {
  if (!existsSync(dir)) return [];
  const gz = (file: string): string => gunzipSync(readFileSync(file)).toString('utf8');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html.gz')))
    .map((d) => d.name)
    .sort()
    .slice(0, limit)
    .map((name) => {
      const metaFile = join(dir, name, 'expected-metadata.json');
      const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { readerable?: unknown }) : {};
      return {
        name,
        source: gz(join(dir, name, 'source.html.gz')),
        expected: gz(join(dir, name, 'expected.html.gz')),
        readerable: typeof meta.readerable === 'boolean' ? meta.readerable : null,
      };
    });
}

export interface TestPageResult {
  name: string;
  score: PageScore;
  f1: number;
  isArticle: boolean;
  /** Why we returned no article, in our own words (null when we returned one). */
  reason: string | null;
  syndicated: boolean;
  /** The publisher we name for a page flagged syndicated (null when none is named). */
  publisher: string | null;
  readerable: boolean | null;
  /** Our text's and their text's length in words, to tell a lost article from a trimmed one. */
  ourWords: number;
  theirWords: number;
}

const quiet = new VirtualConsole();
/** Words as the metric counts them. */
const words = (text: string): number => tokenize(text).length;

export function runTestPages(pages: readonly TestPage[]): TestPageResult[] {
  return pages.map((p) => {
    const dom = new JSDOM(p.source, { url: TEST_PAGE_URL, virtualConsole: quiet });
    // Accuracy, not speed: no time budget, so a busy machine cannot turn a slow page into a lost one
    // (speed is measured on the general benchmark and in Chromium).
    const ours = extractArticle(dom.window.document, TEST_PAGE_URL, { timeBudgetMs: 0 });
    dom.window.close();
    const expectedDom = new JSDOM(p.expected, { virtualConsole: quiet });
    const theirs = blockText(expectedDom.window.document.body);
    expectedDom.window.close();
    const text = ours.isArticle ? ours.text : '';
    const score = scorePage(theirs, text);
    return { name: p.name, score, f1: pageF1(score), isArticle: ours.isArticle, reason: ours.isArticle ? null : ours.reason, syndicated: ours.syndicated, publisher: ours.syndicated ? ours.publisher : null, readerable: p.readerable, ourWords: words(text), theirWords: words(theirs) };
  });
}

export interface TestPagesSummary {
  pages: number;
  summary: Summary;
  meanF1: number;
  medianF1: number;
  /** Pages whose "readerable" we match with isArticle, of those whose metadata has one. */
  readerableAgree: number;
  readerableKnown: number;
  syndicated: { name: string; publisher: string | null }[];
  low: { name: string; f1: number; precision: number; recall: number; ourWords: number; theirWords: number; cause: string | null; reason: string | null }[];
}

export function summarizeTestPages(results: readonly TestPageResult[], causes: Readonly<Record<string, string>> = READABILITY_CAUSES): TestPagesSummary {
  const f1s = results.map((r) => r.f1).sort((a, b) => a - b);
  const mid = f1s.length / 2;
  const median = f1s.length ? (f1s.length % 2 ? f1s[Math.floor(mid)]! : (f1s[mid - 1]! + f1s[mid]!) / 2) : Number.NaN;
  const known = results.filter((r) => r.readerable !== null);
  return {
    pages: results.length,
    summary: summarize(results.map((r) => r.score)),
    meanF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : Number.NaN,
    medianF1: median,
    readerableAgree: known.filter((r) => r.readerable === r.isArticle).length,
    readerableKnown: known.length,
    syndicated: results.filter((r) => r.syndicated).map((r) => ({ name: r.name, publisher: r.publisher })),
    low: results
      .filter((r) => r.f1 < LOW_F1)
      .sort((a, b) => a.f1 - b.f1)
      .map((r) => ({ name: r.name, f1: r.f1, precision: pagePrecision(r.score), recall: pageRecall(r.score), ourWords: r.ourWords, theirWords: r.theirWords, cause: causes[r.name] ?? null, reason: r.reason })),
  };
}

export function testPagesMarkdown(s: TestPagesSummary, dir: string): string {
  if (!s.pages) return `## 2. Readability's test pages\n\nNot run: no pages at ${dir}.\n`;
  const uncaused = s.low.filter((l) => !l.cause);
  const named = s.syndicated.filter((p) => p.publisher);
  return `## 2. Readability's test pages

mozilla/readability's own ${s.pages} test pages (${dir}, Apache-2.0), each loaded at \`${TEST_PAGE_URL}\` as their tests do; our \`text\` scored against the text of their \`expected.html\` with the same metric. Their expected output is Readability 0.6's, not a human's: read this as a regression guard (an article lost or cut off), not as precision.

| pages | mean page F1 | median page F1 | corpus F1 | precision | recall | "readerable" agrees with our isArticle | flagged syndicated |
| --- | --- | --- | --- | --- | --- | --- | --- |
| ${s.pages} | ${s.meanF1.toFixed(3)} | ${s.medianF1.toFixed(3)} | ${s.summary.f1.toFixed(3)} | ${s.summary.precision.toFixed(3)} | ${s.summary.recall.toFixed(3)} | ${s.readerableAgree}/${s.readerableKnown} | ${s.syndicated.length} |

Flagged syndicated: the pages are served from \`fakehost\`, so a page whose canonical address names its own site reads as a copy; the count is not a false-positive rate. Those with a publisher named: ${named.length ? named.map((p) => `${p.name} → "${p.publisher}"`).join('; ') : 'none'}.

Pages under ${LOW_F1} F1 (${s.low.length}), with their cause from bench/readability-causes.ts:

${
  s.low.length
    ? `| page | F1 | precision | recall | our words | their words | cause |\n| --- | --- | --- | --- | --- | --- | --- |\n${s.low
        .map((l) => `| ${l.name} | ${l.f1.toFixed(3)} | ${l.precision.toFixed(3)} | ${l.recall.toFixed(3)} | ${l.ourWords} | ${l.theirWords} | ${l.cause ?? `**no cause written**${l.reason ? ` (we said: ${l.reason})` : ''}`} |`)
        .join('\n')}`
    : 'none'
}
${uncaused.length ? `\n**Pages under ${LOW_F1} with no cause written: ${uncaused.map((l) => l.name).join(', ')}.**\n` : ''}`;
}

/** bench/readability-pages.csv: one row per test page. */
export function testPagesCsv(results: readonly TestPageResult[]): string {
  const rows = results.map((r) =>
    [csvField(r.name), pagePrecision(r.score).toFixed(4), pageRecall(r.score).toFixed(4), r.f1.toFixed(4), r.ourWords, r.theirWords, r.isArticle, r.readerable ?? '', r.syndicated].join(','),
  );
  return `${['page', 'precision', 'recall', 'f1', 'our_words', 'their_words', 'is_article', 'readerable', 'syndicated'].join(',')}\n${rows.join('\n')}\n`;
}
