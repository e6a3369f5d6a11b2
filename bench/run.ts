/**
 * `npm run bench`: our pipeline against plain @mozilla/readability (what a user would otherwise
 * get), in one process, on the same pages, written to bench/REPORT.md and bench/report.json.
 *
 *   npm run bench -- [--dataset DIR] [--limit N] [--no-browser]
 *
 * 1. Accuracy on general articles: the public article-extraction benchmark (181 pages), scored with
 *    its own metric (bench/metric.ts mirrors its evaluate.py). DIR defaults to
 *    bench/data/article-extraction-benchmark (vendored, MIT); any clone of the public repository works.
 * 2. Accuracy on syndicated pages: our fixtures (test/fixtures), field by field and body F1.
 * 3. Speed under jsdom (detection, extraction, formatting vs Readability alone), and in headless
 *    Chromium in the page, as the content scripts run (skipped with a note when Chromium is missing).
 * 4. Bundle sizes of dist/chrome (minified and gzipped), and the bench run's peak memory.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { getHeapStatistics } from 'node:v8';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectSyndication } from '../src/core/detect.ts';
import { extractArticle } from '../src/core/extract.ts';
import { formatHtml, formatMarkdown, formatPlainText } from '../src/core/format.ts';
import type { CleanArticle, ExtractResult } from '../src/core/types.ts';
import { attributionMarkdown, runAttribution, type AttributionReport } from './attribution.ts';
import { listFixtures, loadFixture } from '../test/helpers/fixtures.ts';
import { pageF1, scorePage, summarize, type PageScore, type Summary } from './metric.ts';
import { dist, kb, ms, pct, ratio, type Dist } from './stats.ts';
import { runStressChromium, runStressJsdom, type StressRow } from './stress.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_DATASET = resolve(ROOT, 'bench', 'data', 'article-extraction-benchmark');
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

interface BenchPage {
  id: string;
  url: string;
  truth: string;
  html: string;
}

function loadDataset(dir: string, limit: number): BenchPage[] {
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    throw new Error(`No benchmark dataset at ${dir} (ground-truth.json missing). Pass --dataset <dir of a clone of scrapinghub/article-extraction-benchmark>.`);
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.entries(truth)
    .slice(0, limit)
    .map(([id, t]) => ({ id, url: t.url, truth: t.articleBody ?? '', html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8') }));
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

// ---------------------------------------------------------------------------------------------
// 1 + 3a. The general benchmark under jsdom

interface PageResult {
  id: string;
  url: string;
  ours: PageScore;
  readability: PageScore;
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
    const [, detectMs] = timed(() => detectSyndication(doc, p.url));
    // Alternate the order so neither side always runs on a warmer cache.
    let ours!: ReturnType<typeof extractArticle>;
    let extractMs = 0;
    let base!: ReturnType<typeof readabilityText>;
    let readabilityMs = 0;
    const runOurs = (): void => void ([ours, extractMs] = timed(() => extractArticle(doc, p.url)));
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
  /** First call in a fresh page (cold code), as on page load. */
  detect: number[];
  /** Second call in the same page (warm code): the work itself. */
  detectWarm: number[];
  extract: number[];
  readability: number[];
  note: string | null;
}

/** bench/in-page.ts as one classic script, to inject into a page. */
async function inPageScript(): Promise<string> {
  const esbuild = await import('esbuild');
  const bundle = await esbuild.build({ entryPoints: [join(ROOT, 'bench', 'in-page.ts')], bundle: true, format: 'iife', minify: true, write: false, target: 'chrome120', logLevel: 'silent' });
  return bundle.outputFiles[0]!.text;
}

async function runChromium(pages: BenchPage[]): Promise<BrowserTimings> {
  const out: BrowserTimings = { detect: [], detectWarm: [], extract: [], readability: [], note: null };
  if (!existsSync(CHROMIUM_BIN)) {
    out.note = `Chromium not found at ${CHROMIUM_BIN}: in-browser timings skipped (apt-get install chromium, or set CHROMIUM_BIN).`;
    return out;
  }
  const script = await inPageScript();
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_BIN,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    let current = '';
    // The page is answered from the dataset at its own URL; every subresource is refused, so
    // nothing leaves the machine and timings do not depend on a network.
    page.on('request', (req) => {
      if (req.isNavigationRequest() && req.frame() === page.mainFrame()) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: current });
      else void req.abort();
    });
    for (const p of pages) {
      // The page's own scripts are removed (JSON-LD stays): we time our code, not theirs.
      current = p.html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');
      try {
        await page.goto(p.url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
        await page.addScriptTag({ content: script });
        const t = await page.evaluate(
          (url, oursFirst) => {
            const b = (globalThis as unknown as { __bench: { detect(u: string): number; extract(u: string): number; readability(): number } }).__bench;
            // Detection runs first and cold, as on a real page load; then extraction and Readability
            // alone in alternating order, so neither always profits from the other's warm-up.
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
            return { detect, detectWarm, extract, readability };
          },
          p.url,
          out.extract.length % 2 === 0,
        );
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

const PUBLISHED = [
  ['rs_trafilatura', 0.970, 0.951, 0.990],
  ['trafilatura 2.0.0', 0.958, 0.938, 0.978],
  ['Readability.js 0.6.0', 0.947, 0.914, 0.982],
] as const;

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function report(args: Args, general: PageResult[], fixtures: FixtureResult[], attribution: AttributionReport, chromium: BrowserTimings, stress: StressRow[], stressNote: string | null, sizes: ReturnType<typeof bundleSizes>, seconds: number): { md: string; json: object } {
  const ours: Summary = summarize(general.map((r) => r.ours));
  const base: Summary = summarize(general.map((r) => r.readability));
  const losses = general.filter((r) => pageF1(r.ours) < pageF1(r.readability) - 0.05);
  const worst = [...general].sort((a, b) => pageF1(a.ours) - pageF1(b.ours)).slice(0, 10);
  const t = {
    detect: dist(general.map((r) => r.detectMs)),
    extract: dist(general.map((r) => r.extractMs)),
    format: dist(general.flatMap((r) => (r.formatMs === null ? [] : [r.formatMs]))),
    readability: dist(general.map((r) => r.readabilityMs)),
  };
  const c = { detect: dist(chromium.detect), detectWarm: dist(chromium.detectWarm), extract: dist(chromium.extract), readability: dist(chromium.readability) };
  const articles = fixtures.filter((f) => f.isArticle);
  const negatives = fixtures.filter((f) => !f.isArticle);
  const fieldShare = (side: 'ours' | 'readability', k: Field): string => `${articles.filter((f) => f[side][k]).length}/${articles.length}`;
  const meanBody = (side: 'ours' | 'readability'): number => articles.reduce((s, f) => s + (f[side].bodyF1 ?? 0), 0) / (articles.length || 1);
  const distRow = (name: string, d: Dist, vs?: Dist): string => row([name, ms(d.median), ms(d.p95), ms(d.max), vs ? ratio(d.median, vs.median) : '']);
  const heap = getHeapStatistics();

  const md = `# Benchmark report

Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${general.length} benchmark pages, ${fixtures.length} fixtures, ${seconds.toFixed(0)} s).
Our pipeline is \`extractArticle\` (src/core); the baseline is plain \`@mozilla/readability\` (\`new Readability(doc.cloneNode(true)).parse().textContent\`), run in the same process on the same parsed pages.

## 1. Accuracy on general articles

Dataset: ${args.dataset.replace(ROOT, '.')} — scored with the benchmark's own metric (4-token shingles, per-page normalisation; bench/metric.ts mirrors its evaluate.py).

${row(['extractor', 'F1', 'precision', 'recall', 'accuracy'])}
${row(['---', '---', '---', '---', '---'])}
${row(['**Syndicated Reader (this run)**', `**${pct(ours.f1)}**`, pct(ours.precision), pct(ours.recall), pct(ours.accuracy)])}
${row(['Readability alone (this run)', pct(base.f1), pct(base.precision), pct(base.recall), pct(base.accuracy)])}
${PUBLISHED.map(([n, f, p, r]) => row([`${n} (published)`, f.toFixed(3), p.toFixed(3), r.toFixed(3), ''])).join('\n')}

- Ours vs Readability alone: F1 ${ratio(ours.f1, base.f1)}, precision ${ratio(ours.precision, base.precision)}, recall ${ratio(ours.recall, base.recall)}.
- Pages where we lose more than 0.05 F1 against Readability alone: **${losses.length}**${losses.length ? ` (${losses.map((l) => l.id.slice(0, 8)).join(', ')})` : ''}.
- Pages where we return no article: ${general.filter((r) => r.noArticle).length}.

The 10 worst pages (our F1):

${row(['page', 'URL', 'ours F1', 'Readability F1'])}
${row(['---', '---', '---', '---'])}
${worst.map((w) => row([w.id.slice(0, 8), w.url.length > 70 ? `${w.url.slice(0, 69)}…` : w.url, pct(pageF1(w.ours)), pct(pageF1(w.readability))])).join('\n')}

## 2. Accuracy on syndicated pages (test/fixtures)

${articles.length} article fixtures, ${negatives.length} pages without an article. Readability has no copyright or distributor field: it counts as right only where the truth is null.

${row(['field', 'ours', 'Readability alone'])}
${row(['---', '---', '---'])}
${FIELDS.map((k) => row([k, fieldShare('ours', k), fieldShare('readability', k)])).join('\n')}
${row(['body F1 (mean)', pct(meanBody('ours')), pct(meanBody('readability'))])}
${row(['"no article" right on negatives', `${negatives.filter((f) => f.ours.noArticleRight).length}/${negatives.length}`, `${negatives.filter((f) => f.readability.noArticleRight).length}/${negatives.length}`])}

Fixtures with any field wrong (ours): ${articles.filter((f) => FIELDS.some((k) => !f.ours[k]) || (f.ours.bodyF1 ?? 0) < 0.98).map((f) => f.name).join(', ') || 'none'}.

${attributionMarkdown(attribution)}
## 3. Speed

Under jsdom, per page (${general.length} pages; page parsing not included):

${row(['step', 'median', 'p95', 'max', 'vs Readability median'])}
${row(['---', '---', '---', '---', '---'])}
${distRow('detection (on page load)', t.detect)}
${distRow('extraction (ours, incl. detection and sanitizing)', t.extract, t.readability)}
${distRow('formatting (text + Markdown + HTML)', t.format)}
${distRow('Readability alone (clone + parse)', t.readability)}

In headless Chromium, in the page as the content scripts run (${chromium.extract.length} pages; page scripts removed, subresources refused)${chromium.note ? `. Note: ${chromium.note}` : ''}:

${row(['step', 'median', 'p95', 'max', 'vs Readability median'])}
${row(['---', '---', '---', '---', '---'])}
${distRow('detection (on page load: first call, cold code)', c.detect)}
${distRow('detection (second call, warm code)', c.detectWarm)}
${distRow('extraction (ours)', c.extract, c.readability)}
${distRow('Readability alone', c.readability)}

Each page is a fresh document with the bundle injected anew, so the first detection call includes compiling our code, as on a real page load. Extraction and Readability alone run in alternating order.

Targets: detection under 2 ms median (jsdom ${ms(t.detect.median)}, Chromium ${ms(c.detect.median)} cold / ${ms(c.detectWarm.median)} warm); extraction within 1.3× Readability alone at the median (jsdom ${ratio(t.extract.median, t.readability.median)}, Chromium ${ratio(c.extract.median, c.readability.median)}).

### Stress pages

The seed story in a page made huge, deep or never still (test/helpers/stress-pages.ts, the pages of the limits tests and the real-browser suite). Under jsdom the page's scripts do not run; in Chromium they do (they build the deep page and keep changing the last one). Extraction is bounded by a 250,000-element budget, a 1,000-level nesting limit (after wrapper chains are cut) and a 15 s time budget checked between steps${stressNote ? `. Note: ${stressNote}` : ''}.

${row(['page', 'where', 'elements', 'depth', 'parse', 'detection', 'extraction', 'Readability alone', 'extraction vs Readability', 'result'])}
${row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---'])}
${stress.map((r) => row([r.page, r.where, r.elements.toLocaleString('en-US'), r.depth.toLocaleString('en-US'), r.parseMs === null ? '' : ms(r.parseMs), ms(r.detectMs), ms(r.extractMs), ms(r.readabilityMs), ratio(r.extractMs, r.readabilityMs), r.outcome])).join('\n')}

## 4. Size and memory

${sizes.length ? `${row(['dist/chrome script', 'minified', 'gzipped'])}\n${row(['---', '---', '---'])}\n${sizes.map((s) => row([s.file, kb(s.min), kb(s.gz)])).join('\n')}` : '`dist/` not built: run `npm run build` first for sizes.'}

The on-load script is \`detect-on-load.js\` (target under 20 kB minified). Readability lives only in \`extract-on-demand.js\`, injected when the user asks for the article; DOMPurify is there and in the clean view's \`reader.js\`.

Peak heap used during the run: ${(peakHeap / 1e6).toFixed(0)} MB (V8 heap limit ${(heap.heap_size_limit / 1e6).toFixed(0)} MB; peak RSS ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB).
`;
  const json = { date: new Date().toISOString(), ours, readability: base, attribution, losses: losses.map((l) => l.id), worst: worst.map((w) => ({ id: w.id, url: w.url, ours: pageF1(w.ours), readability: pageF1(w.readability) })), jsdom: t, chromium: c, chromiumNote: chromium.note, stress, stressNote, fixtures, sizes, peakHeap };
  return { md, json };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const pages = loadDataset(args.dataset, args.limit);
  console.log(`bench: ${pages.length} pages from ${args.dataset}`);
  const general = runGeneral(pages);
  console.log('bench: general accuracy and jsdom timings done');
  const fixtures = runFixtures();
  const attribution = runAttribution(args.dataset, new Map(general.map((r) => [r.id, r.result])));
  console.log('bench: attribution done');
  const chromium = args.browser ? await runChromium(pages) : { detect: [], detectWarm: [], extract: [], readability: [], note: 'skipped (--no-browser)' };
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
  const { md, json } = report(args, general, fixtures, attribution, chromium, stress, stressNote, bundleSizes(), (performance.now() - started) / 1000);
  writeFileSync(join(ROOT, 'bench', 'REPORT.md'), md);
  writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(md);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
