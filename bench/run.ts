/**
 * `npm run bench`: our pipeline against plain @mozilla/readability (what a user would otherwise
 * get), in one process, on the same pages, written to bench/REPORT.md and bench/report.json.
 *
 *   npm run bench -- [--dataset DIR] [--limit N] [--no-browser]
 *
 * 1. Accuracy on general articles: the public article-extraction benchmark (181 pages), scored with
 *    its own metric (bench/metric.ts mirrors its evaluate.py), in one table with Readability alone
 *    (as textContent and with breaks between blocks) and the anchors' stored outputs
 *    (bench/comparison.ts), per half (ids 0–7 tuning, 8–f held out, with a permutation test of
 *    the gap), with a paired bootstrap interval, the pages that lose to Readability alone, the
 *    cleanup rules' fire counts, and every page's scores in bench/pages.csv. DIR defaults to
 *    bench/data/article-extraction-benchmark (vendored, MIT); any clone of the public repository
 *    works.
 * 2. Readability's own test pages (bench/data/readability-test-pages, Apache-2.0) against their
 *    expected.html (bench/readability-pages.ts), per page in bench/readability-pages.csv.
 * 3. Accuracy on syndicated pages: our fixtures (test/fixtures), field by field and body F1.
 * 4. Speed under jsdom (detection, extraction, formatting vs Readability alone, the core's per-step
 *    profile), and in headless Chromium in the page, as the content scripts run (skipped with a
 *    note when Chromium is missing).
 * 5. Bundle sizes of dist/chrome (minified and gzipped; `npm run bench` builds it first), and the bench run's peak memory.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectSyndication } from '../src/core/detect.ts';
import { precheckSyndication } from '../src/core/precheck.ts';
import { DEFAULT_TIME_BUDGET_MS, extractArticle, type ExtractOptions } from '../src/core/extract.ts';
import { formatHtml, formatMarkdown, formatPlainText } from '../src/core/format.ts';
import type { CleanArticle, ExtractResult } from '../src/core/types.ts';
import { attributionMarkdown, runAttribution, type AttributionReport } from './attribution.ts';
import { listFixtures, loadFixture } from '../test/helpers/fixtures.ts';
import { loadAnchors } from './anchors.ts';
import { blockText } from './block-text.ts';
import { loadDataset, type BenchPage } from './dataset.ts';
import { compare, comparisonMarkdown, type Comparison, type System } from './comparison.ts';
import { pageF1, scorePage, type PageScore } from './metric.ts';
import { pagesCsv } from './pages-csv.ts';
import { newProfile, rulesMarkdown, stepsMarkdown, summarizeProfiles, type ExtractProfile } from './profile.ts';
import { loadTestPages, runTestPages, summarizeTestPages, testPagesCsv, testPagesMarkdown, type TestPageResult } from './readability-pages.ts';
import { half } from './split.ts';
import { dist, kb, ms, pct, ratio, type Dist } from './stats.ts';
import { runStressChromium, runStressJsdom, type StressRow } from './stress.ts';
import { runContentScriptTimings, type ContentScriptTimings } from './content-script.ts';
import { serveOffline, withoutPageScripts } from './offline-page.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** The 1-minute load average when the run began: times measured on a busy machine are inflated. */
const loadAtStart = loadavg()[0]!;
const DEFAULT_DATASET = resolve(ROOT, 'bench', 'data', 'article-extraction-benchmark');
const TEST_PAGES = resolve(ROOT, 'bench', 'data', 'readability-test-pages');
const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';

interface Args {
  dataset: string;
  limit: number;
  browser: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dataset: DEFAULT_DATASET, limit: Infinity, browser: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dataset') args.dataset = resolve(argv[++i] ?? '');
    else if (a === '--limit') args.limit = Number(argv[++i]);
    else if (a === '--no-browser') args.browser = false;
    else throw new Error(`unknown argument ${a} (use --dataset DIR, --limit N, --no-browser)`);
  }
  return args;
}

const quiet = new VirtualConsole();
const parse = (html: string, url: string): JSDOM => new JSDOM(html, { url, virtualConsole: quiet });
let peakHeap = 0;
const sampleHeap = (): void => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

function readabilityText(doc: Document): { text: string; parsed: ReturnType<Readability['parse']> } {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  return { text: parsed?.textContent ?? '', parsed };
}

/** Readability's article HTML as text with a break between blocks (not timed: a fairer baseline, not a step of it). */
function readabilityBreaks(parsed: ReturnType<Readability['parse']>): string {
  return parsed?.content ? blockText(JSDOM.fragment(parsed.content)) : '';
}

/**
 * The bench's extraction options: the profile the core fills, and no time budget, so that a busy
 * machine cannot turn a slow page into a lost one and move the accuracy from run to run (the report
 * lists the pages that took longer than the budget instead). Built as a variable, not a literal,
 * so the bench compiles against a core whose ExtractOptions does not declare `profile` (it is then
 * ignored).
 */
function benchOptions(profile: ExtractProfile): ExtractOptions {
  const options: ExtractOptions & { profile: ExtractProfile } = { profile, timeBudgetMs: 0 };
  return options;
}

// ---------------------------------------------------------------------------------------------
// 1 + 3a. The general benchmark under jsdom

interface PageResult {
  id: string;
  url: string;
  ours: PageScore;
  readability: PageScore;
  readabilityBreaks: PageScore;
  profile: ExtractProfile;
  /** The on-load pre-check, and whether it sent the page on to the full detection. */
  precheckMs: number;
  candidate: boolean;
  detectMs: number;
  extractMs: number;
  formatMs: number | null;
  readabilityMs: number;
  noArticle: boolean;
  /** Our result, kept for the attribution section. */
  result: ExtractResult;
}

function runGeneral(pages: BenchPage[]): PageResult[] {
  // Warm up the JIT on a few pages so the first measured pages are not penalised.
  for (const p of pages.slice(0, 3)) {
    const doc = parse(p.html, p.url).window.document;
    extractArticle(doc, p.url);
    readabilityText(doc);
  }
  const results: PageResult[] = [];
  pages.forEach((p, i) => {
    const dom = parse(p.html, p.url);
    const doc = dom.window.document;
    const [pre, precheckMs] = timed(() => precheckSyndication(doc, p.url));
    const [, detectMs] = timed(() => detectSyndication(doc, p.url));
    // Alternate the order so neither side always runs on a warmer cache.
    let ours!: ReturnType<typeof extractArticle>;
    let extractMs = 0;
    let base!: ReturnType<typeof readabilityText>;
    let readabilityMs = 0;
    const profile = newProfile();
    const runOurs = (): void => void ([ours, extractMs] = timed(() => extractArticle(doc, p.url, benchOptions(profile))));
    const runBase = (): void => void ([base, readabilityMs] = timed(() => readabilityText(doc)));
    // Alternate the order so that neither pipeline always runs on a warm cache.
    for (const run of i % 2 ? [runOurs, runBase] : [runBase, runOurs]) run();
    let formatMs: number | null = null;
    if (ours.isArticle) {
      const a = ours;
      [, formatMs] = timed(() => [formatPlainText(a), formatMarkdown(a), formatHtml(a)]);
    }
    results.push({
      id: p.id,
      url: p.url,
      ours: scorePage(p.truth, ours.isArticle ? ours.text : ''),
      readability: scorePage(p.truth, base.text),
      readabilityBreaks: scorePage(p.truth, readabilityBreaks(base.parsed)),
      profile,
      precheckMs,
      candidate: pre.candidate,
      detectMs,
      extractMs,
      formatMs,
      readabilityMs,
      noArticle: !ours.isArticle,
      result: ours,
    });
    dom.window.close();
    sampleHeap();
  });
  return results;
}

// ---------------------------------------------------------------------------------------------
// 2. Syndicated fixtures: fields and body

const FIELDS = ['title', 'authors', 'publisher', 'copyright', 'distributor', 'published'] as const;
type Field = (typeof FIELDS)[number];

interface FixtureResult {
  name: string;
  isArticle: boolean;
  ours: Partial<Record<Field, boolean>> & { bodyF1?: number; noArticleRight?: boolean };
  readability: Partial<Record<Field, boolean>> & { bodyF1?: number; noArticleRight?: boolean };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function runFixtures(): FixtureResult[] {
  return listFixtures().map((name) => {
    const f = loadFixture(name);
    const doc = parse(f.html, f.expected.url).window.document;
    const ours = extractArticle(doc, f.expected.url);
    const { text, parsed } = readabilityText(doc);
    if (!f.expected.isArticle) {
      return { name, isArticle: false, ours: { noArticleRight: !ours.isArticle }, readability: { noArticleRight: !parsed } };
    }
    const a = ours.isArticle ? ours : null;
    const truth = f.text ?? '';
    const rByline = (parsed?.byline ?? '').replace(/^by\s+/i, '').trim();
    // What Readability alone gives a user for each field (it has no copyright or distributor).
    const rFields: Record<Field, unknown> = {
      title: parsed?.title ?? null,
      authors: rByline ? rByline.split(/\s*,\s*|\s+and\s+/).filter(Boolean) : [],
      publisher: parsed?.siteName ?? null,
      copyright: null,
      distributor: null,
      published: parsed?.publishedTime ? parsed.publishedTime.slice(0, 10) : null,
    };
    const oursFields = Object.fromEntries(FIELDS.map((k) => [k, !!a && same(a[k as keyof CleanArticle], f.expected[k])]));
    const baseFields = Object.fromEntries(FIELDS.map((k) => [k, (k === 'copyright' || k === 'distributor') && f.expected[k] === null ? true : rFields[k] !== null && same(rFields[k], f.expected[k])]));
    return {
      name,
      isArticle: true,
      ours: { ...oursFields, bodyF1: pageF1(scorePage(truth, a?.text ?? '')) },
      readability: { ...baseFields, bodyF1: pageF1(scorePage(truth, text)) },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// 3b. Speed in headless Chromium

interface BrowserTimings {
  /** The on-load pre-check: first call in a fresh page (cold code), then a second (warm). */
  precheck: number[];
  precheckWarm: number[];
  /** Whether the pre-check sent the page on to the full detection. */
  candidate: boolean[];
  /** First call in a fresh page (cold code), as on page load. */
  detect: number[];
  /** Second call in the same page (warm code): the work itself. */
  detectWarm: number[];
  extract: number[];
  readability: number[];
  note: string | null;
}

/** bench/<file> as one classic script, to inject into a page. */
async function inPageScript(file = 'in-page.ts'): Promise<string> {
  const esbuild = await import('esbuild');
  const bundle = await esbuild.build({ entryPoints: [join(ROOT, 'bench', file)], bundle: true, format: 'iife', minify: true, write: false, target: 'chrome120', logLevel: 'silent' });
  return bundle.outputFiles[0]!.text;
}

async function runChromium(pages: BenchPage[]): Promise<BrowserTimings> {
  const out: BrowserTimings = { precheck: [], precheckWarm: [], candidate: [], detect: [], detectWarm: [], extract: [], readability: [], note: null };
  if (!existsSync(CHROMIUM_BIN)) {
    out.note = `Chromium not found at ${CHROMIUM_BIN}: in-browser timings skipped (apt-get install chromium, or set CHROMIUM_BIN).`;
    return out;
  }
  const script = await inPageScript();
  const precheckScript = await inPageScript('in-page-precheck.ts');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_BIN,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    let current = '';
    await serveOffline(page, () => current);
    for (const p of pages) {
      current = withoutPageScripts(p.html);
      try {
        await page.goto(p.url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
        await page.addScriptTag({ content: precheckScript });
        await page.addScriptTag({ content: script });
        const t = await page.evaluate(
          (url, oursFirst) => {
            const b = (globalThis as unknown as { __bench: { detect(u: string): number; extract(u: string): number; readability(): number } }).__bench;
            const pre = (globalThis as unknown as { __benchPrecheck: (u: string) => { ms: number; candidate: boolean } }).__benchPrecheck;
            // The pre-check runs first and cold, as on a real page load, then the full detection,
            // as cold (its own bundle); then extraction and Readability alone in alternating
            // order, so neither always profits from the other's warm-up.
            const first = pre(url);
            const precheckWarm = pre(url).ms;
            const detect = b.detect(url);
            const detectWarm = b.detect(url);
            let extract = 0;
            let readability = 0;
            if (oursFirst) {
              extract = b.extract(url);
              readability = b.readability();
            } else {
              readability = b.readability();
              extract = b.extract(url);
            }
            return { precheck: first.ms, precheckWarm, candidate: first.candidate, detect, detectWarm, extract, readability };
          },
          p.url,
          out.extract.length % 2 === 0,
        );
        out.precheck.push(t.precheck);
        out.precheckWarm.push(t.precheckWarm);
        out.candidate.push(t.candidate);
        out.detect.push(t.detect);
        out.detectWarm.push(t.detectWarm);
        out.extract.push(t.extract);
        out.readability.push(t.readability);
      } catch (err) {
        out.note = `${out.note ?? ''}${p.id.slice(0, 8)}: ${(err as Error).message.split('\n')[0]}; `;
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 4. Sizes

function bundleSizes(): { file: string; min: number; gz: number }[] {
  const dir = join(ROOT, 'dist', 'chrome');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const buf = readFileSync(join(dir, file));
      return { file, min: statSync(join(dir, file)).size, gz: gzipSync(buf, { level: 9 }).length };
    });
}

// ---------------------------------------------------------------------------------------------
// The report

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Ours, Readability alone both ways, and every anchor whose stored output is in the dataset, on the same pages. */
function compareSystems(args: Args, pages: BenchPage[], general: PageResult[]): { comparison: Comparison; missing: string[] } {
  const { anchors, missing } = loadAnchors(args.dataset);
  const systems: System[] = [
    { key: 'ours', label: 'Syndicated Reader (this run)', scores: general.map((r) => r.ours) },
    { key: 'readability_text', label: 'Readability alone, `textContent` (this run)', scores: general.map((r) => r.readability) },
    { key: 'readability_breaks', label: 'Readability alone, breaks between blocks (this run)', scores: general.map((r) => r.readabilityBreaks) },
    ...anchors.map((a) => ({ key: a.file, label: `${a.label} (stored output)`, published: a.published, scores: pages.map((p) => scorePage(p.truth, a.texts.get(p.id) ?? '')) })),
  ];
  const complete = !Number.isFinite(args.limit) || pages.length < args.limit;
  return { comparison: compare(general.map((r) => r.id), systems, ['readability_text', 'readability_breaks'], complete), missing };
}

function report(args: Args, general: PageResult[], compared: ReturnType<typeof compareSystems>, testPages: TestPageResult[], fixtures: FixtureResult[], attribution: AttributionReport, chromium: BrowserTimings, contentScript: ContentScriptTimings, stress: StressRow[], stressNote: string | null, sizes: ReturnType<typeof bundleSizes>, seconds: number): { md: string; json: object } {
  const { comparison } = compared;
  const ours = comparison.systems[0]!.split.all;
  const testSummary = summarizeTestPages(testPages);
  const profile = summarizeProfiles(
    general.map((r) => r.profile),
    (i) => half(general[i]!.id) === 'held-out',
  );
  const stepTotal = profile.steps.reduce((a, r) => a + r.total, 0);
  const extractTotal = general.reduce((a, r) => a + r.extractMs, 0);
  const overBudget = general.filter((r) => r.extractMs > DEFAULT_TIME_BUDGET_MS);
  const worst = [...general].sort((a, b) => pageF1(a.ours) - pageF1(b.ours)).slice(0, 10);
  // On load: the pre-check on every page, the full detection on the pages it sends on.
  const sentOn = general.filter((r) => r.candidate);
  const t = {
    precheck: dist(general.map((r) => r.precheckMs)),
    detectSent: dist(sentOn.map((r) => r.detectMs)),
    onLoad: dist(general.map((r) => r.precheckMs + (r.candidate ? r.detectMs : 0))),
    detect: dist(general.map((r) => r.detectMs)),
    extract: dist(general.map((r) => r.extractMs)),
    format: dist(general.flatMap((r) => (r.formatMs === null ? [] : [r.formatMs]))),
    readability: dist(general.map((r) => r.readabilityMs)),
  };
  const sentOnC = chromium.candidate.filter(Boolean).length;
  const onLoad = (pre: number[], full: number[]): Dist => dist(pre.map((p, i) => p + (chromium.candidate[i] ? full[i]! : 0)));
  const c = {
    precheck: dist(chromium.precheck),
    precheckWarm: dist(chromium.precheckWarm),
    detectSent: dist(chromium.detect.filter((_, i) => chromium.candidate[i])),
    onLoad: onLoad(chromium.precheck, chromium.detect),
    onLoadWarm: onLoad(chromium.precheckWarm, chromium.detectWarm),
    detect: dist(chromium.detect),
    detectWarm: dist(chromium.detectWarm),
    extract: dist(chromium.extract),
    readability: dist(chromium.readability),
  };
  const cs = {
    firstCold: dist(contentScript.firstPage.map((t) => t[0])),
    firstWarm: dist(contentScript.firstPage.map((t) => t[1])),
    sameCold: dist(contentScript.sameSite.map((t) => t[0])),
    sameWarm: dist(contentScript.sameSite.map((t) => t[1])),
    extractFirst: dist(contentScript.extractFirstPage.map((t) => t[0])),
    readabilityFirst: dist(contentScript.extractFirstPage.map((t) => t[1])),
    extractSame: dist(contentScript.extractSameSite.map((t) => t[0])),
    readabilitySame: dist(contentScript.extractSameSite.map((t) => t[1])),
  };
  const articles = fixtures.filter((f) => f.isArticle);
  const negatives = fixtures.filter((f) => !f.isArticle);
  const fieldShare = (side: 'ours' | 'readability', k: Field): string => `${articles.filter((f) => f[side][k]).length}/${articles.length}`;
  const meanBody = (side: 'ours' | 'readability'): number => articles.reduce((s, f) => s + (f[side].bodyF1 ?? 0), 0) / (articles.length || 1);
  const distRow = (name: string, d: Dist, vs?: Dist): string => row([name, ms(d.median), ms(d.p95), ms(d.max), vs ? ratio(d.median, vs.median) : '']);
  const heap = getHeapStatistics();

  const md = `# Benchmark report

Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${general.length} benchmark pages, ${testPages.length} Readability test pages, ${fixtures.length} fixtures, ${seconds.toFixed(0)} s; ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end${loadAtStart > cpus().length || loadavg()[0]! > cpus().length ? ': the machine was busy with other work, so absolute times are inflated; the ratios, measured side by side, hold better' : ''}).
Our pipeline is \`extractArticle\` (src/core); the baseline is plain \`@mozilla/readability\` (\`new Readability(doc.cloneNode(true)).parse()\`), run in the same process on the same parsed pages, its article scored both as \`textContent\` and as text with a break between blocks (\`textContent\` runs the words of adjacent paragraphs together, which costs it shingles it did extract).

## 1. Accuracy on general articles

Dataset: ${args.dataset.replace(ROOT, '.')} — every system scored in this run with the benchmark's own metric (4-token shingles, per-page normalisation; bench/metric.ts mirrors its evaluate.py); the anchors from their stored outputs in the dataset's \`output/\`${compared.missing.length ? ` (missing there: ${compared.missing.join(', ')})` : ''}. Every page's scores: bench/pages.csv.

${comparisonMarkdown(comparison, new Map(general.map((r) => [r.id, r.url])))}
- Pages where we return no article: ${general.filter((r) => r.noArticle).length}.
- Pages whose extraction took longer than the ${DEFAULT_TIME_BUDGET_MS / 1000} s time budget (run here without it; the extension would have stopped them): ${overBudget.length ? overBudget.map((r) => `${r.id.slice(0, 8)} (${(r.extractMs / 1000).toFixed(1)} s)`).join(', ') : 'none'}.

The 10 worst pages (our F1):

${row(['page', 'half', 'URL', 'ours F1', 'Readability F1 (textContent / breaks)'])}
${row(['---', '---', '---', '---', '---'])}
${worst.map((w) => row([w.id.slice(0, 8), half(w.id), w.url.length > 70 ? `${w.url.slice(0, 69)}…` : w.url, pct(pageF1(w.ours)), `${pct(pageF1(w.readability))} / ${pct(pageF1(w.readabilityBreaks))}`])).join('\n')}

### Cleanup rules: where they fired

${rulesMarkdown(profile)}

${testPagesMarkdown(testSummary, TEST_PAGES.replace(ROOT, '.'))}
## 3. Accuracy on syndicated pages (test/fixtures)

${articles.length} article fixtures, ${negatives.length} pages without an article. Readability has no copyright or distributor field: it counts as right only where the truth is null.

${row(['field', 'ours', 'Readability alone'])}
${row(['---', '---', '---'])}
${FIELDS.map((k) => row([k, fieldShare('ours', k), fieldShare('readability', k)])).join('\n')}
${row(['body F1 (mean)', pct(meanBody('ours')), pct(meanBody('readability'))])}
${row(['"no article" right on negatives', `${negatives.filter((f) => f.ours.noArticleRight).length}/${negatives.length}`, `${negatives.filter((f) => f.readability.noArticleRight).length}/${negatives.length}`])}

Fixtures with any field wrong (ours): ${articles.filter((f) => FIELDS.some((k) => !f.ours[k]) || (f.ours.bodyF1 ?? 0) < 0.98).map((f) => f.name).join(', ') || 'none'}.

${attributionMarkdown(attribution)}
## 4. Speed

Under jsdom, per page (${general.length} pages; page parsing not included):

${row(['step', 'median', 'p95', 'max', 'vs Readability median'])}
${row(['---', '---', '---', '---', '---'])}
${distRow('on load, in all: pre-check, and full detection where sent on', t.onLoad)}
${distRow('• on-load pre-check (every page)', t.precheck)}
${distRow(`• full detection (the ${sentOn.length} of ${general.length} pages the pre-check sends on)`, t.detectSent)}
${distRow('full detection on every page (for comparison)', t.detect)}
${distRow('extraction (ours, incl. detection and sanitizing)', t.extract, t.readability)}
${distRow('formatting (text + Markdown + HTML)', t.format)}
${distRow('Readability alone (clone + parse)', t.readability)}

In headless Chromium, in the page as the content scripts run (${chromium.extract.length} pages; page scripts removed, subresources refused)${chromium.note ? `. Note: ${chromium.note}` : ''}:

${row(['step', 'median', 'p95', 'max', 'vs Readability median'])}
${row(['---', '---', '---', '---', '---'])}
${distRow('on load, in all (first calls, cold code): pre-check, and full detection where sent on', c.onLoad)}
${distRow('on load, in all (second calls, warm code)', c.onLoadWarm)}
${distRow('• on-load pre-check (every page; cold)', c.precheck)}
${distRow('• on-load pre-check (every page; warm)', c.precheckWarm)}
${distRow(`• full detection (the ${sentOnC} of ${chromium.candidate.length} pages the pre-check sends on; cold)`, c.detectSent)}
${distRow('full detection on every page (for comparison; cold)', c.detect)}
${distRow('full detection on every page (for comparison; warm)', c.detectWarm)}
${distRow('extraction (ours)', c.extract, c.readability)}
${distRow('Readability alone', c.readability)}

As real content scripts (bench/content-script.ts: a throwaway extension whose content scripts run \`precheckSyndication\` at document_idle, as \`detect-on-load.js\` does, then the full detection, extraction and Readability alone, each first call timed), in the two situations a reader meets: the first page of a site (each page at its own address: mostly a new renderer process, our code compiled from nothing) and the later pages of one site (every page under one host, after its first: one renderer, where V8 keeps the compiled scripts)${contentScript.note ? `. Note: ${contentScript.note}` : ''}:

${row(['situation', 'pages', 'pre-check cold (first call): median', 'p95', 'pre-check warm (second call): median', 'extraction (first call): median', 'Readability alone: median', 'ratio'])}
${row(['---', '---', '---', '---', '---', '---', '---', '---'])}
${row(["a site's first page", contentScript.firstPage.length, ms(cs.firstCold.median), ms(cs.firstCold.p95), ms(cs.firstWarm.median), ms(cs.extractFirst.median), ms(cs.readabilityFirst.median), ratio(cs.extractFirst.median, cs.readabilityFirst.median)])}
${row(["a site's later pages", contentScript.sameSite.length, ms(cs.sameCold.median), ms(cs.sameCold.p95), ms(cs.sameWarm.median), ms(cs.extractSame.median), ms(cs.readabilitySame.median), ratio(cs.extractSame.median, cs.readabilitySame.median)])}

Each page is a fresh document with the bundles injected anew, so a first call includes compiling our code, as on a real page load. The pre-check is a bundle of its own (as \`detect-on-load.js\` is), so the full detection after it is as cold as \`detect-full.js\` when the background injects it; the time of that injection (a message and \`scripting.executeScript\`) is not included. ArcaMax pages skip the pre-check: the manifest runs the full detection there. Extraction and Readability alone run in alternating order.

### Where the time goes (jsdom)

Extraction on the ${general.length} benchmark pages, step by step as the core reports it through \`extractArticle(doc, url, { profile })\`${profile.steps.length ? `; the steps sum to ${((100 * stepTotal) / (extractTotal || 1)).toFixed(0)}% of the measured extraction time` : ''}:

${stepsMarkdown(profile)}

Targets: on-load detection under 2 ms warm and 5 ms cold at the median in Chromium (in all, injected as page scripts: ${ms(c.onLoadWarm.median)} warm, ${ms(c.onLoad.median)} cold; the pre-check as a content script: ${ms(cs.firstWarm.median)} warm and ${ms(cs.firstCold.median)} cold on a site's first page, ${ms(cs.sameWarm.median)} warm and ${ms(cs.sameCold.median)} cold on its later pages; jsdom ${ms(t.onLoad.median)}; the pre-check sends ${sentOn.length} of ${general.length} pages on); extraction within 1.3× Readability alone at the median (jsdom ${ratio(t.extract.median, t.readability.median)}; Chromium ${ratio(c.extract.median, c.readability.median)} injected as page scripts, ${ratio(cs.extractFirst.median, cs.readabilityFirst.median)} as a content script on a site's first page, ${ratio(cs.extractSame.median, cs.readabilitySame.median)} on its later pages).

### Stress pages

The seed story in a page made huge, deep or never still (test/helpers/stress-pages.ts, the pages of the limits tests and the real-browser suite). Under jsdom the page's scripts do not run; in Chromium they do (they build the deep page and keep changing the last one). Extraction is bounded by a 250,000-element budget, a 1,000-level nesting limit (after wrapper chains are cut) and a 15 s time budget checked between steps${stressNote ? `. Note: ${stressNote}` : ''}.

${row(['page', 'where', 'elements', 'depth', 'parse', 'detection', 'extraction', 'Readability alone', 'extraction vs Readability', 'result'])}
${row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---'])}
${stress.map((r) => row([r.page, r.where, r.elements.toLocaleString('en-US'), r.depth.toLocaleString('en-US'), r.parseMs === null ? '' : ms(r.parseMs), ms(r.detectMs), ms(r.extractMs), ms(r.readabilityMs), ratio(r.extractMs, r.readabilityMs), r.outcome])).join('\n')}

## 5. Size and memory

${sizes.length ? `${row(['dist/chrome script', 'minified', 'gzipped'])}\n${row(['---', '---', '---'])}\n${sizes.map((s) => row([s.file, kb(s.min), kb(s.gz)])).join('\n')}` : '`dist/` not built: run `npm run build` first for sizes.'}

The script that runs on every page load (with detection on all sites) is \`detect-on-load.js\`, the pre-check (target under 20 kB minified); \`detect-full.js\`, the full detection, runs on ArcaMax pages (from the manifest) and on the pages the pre-check sends on. Readability lives only in \`extract-on-demand.js\`, injected when the user asks for the article; DOMPurify is there and in the clean view's \`reader.js\`.

Peak heap used during the run: ${(peakHeap / 1e6).toFixed(0)} MB (V8 heap limit ${(heap.heap_size_limit / 1e6).toFixed(0)} MB; peak RSS ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB).
`;
  const json = {
    date: new Date().toISOString(),
    ours,
    systems: comparison.systems.map((s) => ({ key: s.key, label: s.label, all: s.split.all, tuning: s.split.tuning, heldOut: s.split.heldOut, published: s.published ?? null, reproduces: s.reproduces })),
    best: comparison.best,
    bootstrap: comparison.bootstrap,
    gapTest: comparison.gapTest,
    offenders: comparison.offenders,
    readabilityTestPages: testSummary,
    profile,
    attribution,
    worst: worst.map((w) => ({ id: w.id, url: w.url, ours: pageF1(w.ours), readability: pageF1(w.readability), readabilityBreaks: pageF1(w.readabilityBreaks) })),
    jsdom: t, chromium: c, chromiumNote: chromium.note, contentScript: cs, contentScriptNote: contentScript.note, stress, stressNote, fixtures, sizes, peakHeap };
  return { md, json };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const pages = loadDataset(args.dataset, args.limit);
  console.log(`bench: ${pages.length} pages from ${args.dataset}`);
  const general = runGeneral(pages);
  console.log('bench: general accuracy and jsdom timings done');
  const compared = compareSystems(args, pages, general);
  writeFileSync(
    join(ROOT, 'bench', 'pages.csv'),
    pagesCsv(
      compared.comparison.systems.map((s) => s.key),
      general.map((r, i) => ({ id: r.id, url: r.url, scores: compared.comparison.systems.map((s) => s.scores[i]!) })),
    ),
  );
  const testPages = runTestPages(loadTestPages(TEST_PAGES, args.limit));
  writeFileSync(join(ROOT, 'bench', 'readability-pages.csv'), testPagesCsv(testPages));
  console.log('bench: comparison and Readability test pages done');
  const fixtures = runFixtures();
  const attribution = runAttribution(args.dataset, new Map(general.map((r) => [r.id, r.result])));
  console.log('bench: attribution done');
  const chromium = args.browser ? await runChromium(pages) : { precheck: [], precheckWarm: [], candidate: [], detect: [], detectWarm: [], extract: [], readability: [], note: 'skipped (--no-browser)' };
  const contentScript: ContentScriptTimings =
    args.browser && existsSync(CHROMIUM_BIN) ? await runContentScriptTimings(pages, CHROMIUM_BIN) : { firstPage: [], sameSite: [], extractFirstPage: [], extractSameSite: [], note: args.browser ? `Chromium not found at ${CHROMIUM_BIN}` : 'skipped (--no-browser)' };
  console.log('bench: chromium timings done');
  const stress = runStressJsdom();
  let stressNote: string | null = 'Chromium skipped (--no-browser)';
  if (args.browser) {
    const inChromium = await runStressChromium(CHROMIUM_BIN, await inPageScript());
    if (typeof inChromium === 'string') stressNote = inChromium;
    else {
      stress.push(...inChromium);
      stressNote = null;
    }
  }
  console.log('bench: stress pages done');
  const { md, json } = report(args, general, compared, testPages, fixtures, attribution, chromium, contentScript, stress, stressNote, bundleSizes(), (performance.now() - started) / 1000);
  writeFileSync(join(ROOT, 'bench', 'REPORT.md'), md);
  writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(md);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
