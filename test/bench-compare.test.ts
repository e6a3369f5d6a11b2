/**
 * The bench's comparison pieces (bench/): the anchors' stored outputs and the port's reproduction of
 * their published numbers, the tuning/held-out split, the paired bootstrap, the per-page CSV, block
 * text, the profile tables and the Readability test pages' summary.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ANCHORS, loadAnchors, parseAnchorOutput } from '../bench/anchors.ts';
import { blockText } from '../bench/block-text.ts';
import { pairedBootstrapF1 } from '../bench/bootstrap.ts';
import { mulberry32 } from './helpers/seeded-random.ts';
import { compare, comparisonMarkdown, reproducesPublished } from '../bench/comparison.ts';
import { scorePage, summarize, type PageScore } from '../bench/metric.ts';
import { columnKey, csvField, pagesCsv } from '../bench/pages-csv.ts';
import { newProfile, rulesMarkdown, stepsMarkdown, summarizeProfiles } from '../bench/profile.ts';
import { LOW_F1, summarizeTestPages, type TestPageResult } from '../bench/readability-pages.ts';
import { half, splitGapTest, splitSummary } from '../bench/split.ts';

const DATASET = resolve(import.meta.dirname, '..', 'bench', 'data', 'article-extraction-benchmark');
const id = (first: string, n = 0): string => `${first}${String(n).padStart(63, '0')}`;
const perfect: PageScore = { tp: 1, fp: 0, fn: 0, exact: true };
const half50: PageScore = { tp: 1 / 3, fp: 1 / 3, fn: 1 / 3, exact: false };

describe('anchors', () => {
  it('reads both shapes of a stored output, with an empty text for a page given none', () => {
    const wrapped = parseAnchorOutput({ version: '1.0', output: { a: { articleBody: 'one' }, b: { articleBody: null } } });
    expect([...wrapped]).toEqual([
      ['a', 'one'],
      ['b', ''],
    ]);
    const bare = parseAnchorOutput({ a: { articleBody: 'one', url: 'https://x.test/' }, c: 'two' });
    expect([...bare]).toEqual([
      ['a', 'one'],
      ['c', 'two'],
    ]);
  });

  it('reproduces every published number to 3 decimals from the vendored outputs (checks the metric port)', () => {
    const truth = JSON.parse(readFileSync(join(DATASET, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    const { anchors, missing } = loadAnchors(DATASET);
    expect(missing).toEqual([]);
    expect(anchors.map((a) => a.file)).toEqual(ANCHORS.map((a) => a.file));
    for (const a of anchors) {
      expect(a.texts.size).toBe(Object.keys(truth).length);
      const s = summarize(Object.entries(truth).map(([page, t]) => scorePage(t.articleBody, a.texts.get(page) ?? '')));
      expect({ system: a.label, f1: s.f1.toFixed(3) }).toEqual({ system: a.label, f1: a.published.f1.toFixed(3) });
      expect(reproducesPublished(s, a.published), a.label).toBe(true);
    }
  });

  it('says when a number is not reproduced', () => {
    const s = summarize([perfect, half50]);
    expect(reproducesPublished(s, { f1: Number(s.f1.toFixed(3)) })).toBe(true);
    expect(reproducesPublished(s, { f1: Number(s.f1.toFixed(3)), precision: 0.5 })).toBe(false);
    expect(reproducesPublished(s, { f1: Number(s.f1.toFixed(3)) + 0.001 })).toBe(false);
  });
});

describe('split', () => {
  it('puts ids starting with 0–7 in the tuning half and 8–f in the held-out half', () => {
    expect(['0', '7', 'A'].map((c) => half(id(c)))).toEqual(['tuning', 'tuning', 'held-out']);
    expect(half(id('8'))).toBe('held-out');
    expect(half(id('f'))).toBe('held-out');
    expect(() => half('zz')).toThrow(/hex/);
  });

  it('summarises each half on its own pages', () => {
    const ids = [id('1'), id('9'), id('2')];
    const s = splitSummary(ids, [perfect, half50, perfect]);
    expect(s.tuning).toMatchObject({ pages: 2, f1: 1 });
    expect(s.heldOut).toMatchObject({ pages: 1 });
    expect(s.heldOut.f1).toBeCloseTo(0.5);
    expect(s.all.pages).toBe(3);
  });
});

describe('split gap permutation test', () => {
  // 40 pages a half; scores from perfect down to half right, spread evenly over the pages.
  const graded = (k: number): PageScore => ({ tp: 1 - k / 80, fp: k / 160, fn: k / 160, exact: k === 0 });
  const ids = [...Array.from({ length: 40 }, (_, i) => id('1', i)), ...Array.from({ length: 40 }, (_, i) => id('9', i))];

  it('finds a gap rare when every tuning page beats every held-out page', () => {
    const scores = Array.from({ length: 80 }, (_, i) => graded(i));
    const t = splitGapTest(ids, scores, 1000, 7);
    expect(t.gap).toBeGreaterThan(0.1);
    expect(t.share).toBeLessThan(0.01);
  });

  it('finds no gap unusual when the halves hold the same mix of pages', () => {
    // Page i of each half scores the same: the halves differ by nothing.
    const scores = Array.from({ length: 80 }, (_, i) => graded((i % 40) * 2));
    const t = splitGapTest(ids, scores, 1000, 7);
    expect(Math.abs(t.gap)).toBeLessThan(1e-9);
    expect(t.share).toBe(1);
  });

  it('gives the same share from the same seed, and counts gaps of either sign', () => {
    const scores = Array.from({ length: 80 }, (_, i) => graded(i % 3 === 0 ? i : 80 - i));
    const a = splitGapTest(ids, scores, 500, 3);
    expect(splitGapTest(ids, scores, 500, 3)).toEqual(a);
    // Swapping the halves flips the gap's sign, not how unusual it is.
    const swapped = [...scores.slice(40), ...scores.slice(0, 40)];
    const b = splitGapTest(ids, swapped, 500, 3);
    expect(b.gap).toBeCloseTo(-a.gap, 12);
    expect(Math.abs(b.share - a.share)).toBeLessThan(0.08);
  });
});

describe('paired bootstrap', () => {
  it('draws the same numbers from the same seed, other numbers from another', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(8)()).not.toBe(xs[0]);
  });

  it('is deterministic and brackets the observed difference', () => {
    const a = Array.from({ length: 40 }, (_, i) => (i % 3 ? perfect : half50));
    const b = Array.from({ length: 40 }, (_, i) => (i % 2 ? perfect : half50));
    const one = pairedBootstrapF1(a, b, 500, 3);
    expect(pairedBootstrapF1(a, b, 500, 3)).toEqual(one);
    expect(one.diff).toBeCloseTo(summarize(a).f1 - summarize(b).f1);
    expect(one.low).toBeLessThanOrEqual(one.diff);
    expect(one.high).toBeGreaterThanOrEqual(one.diff);
    expect(one.low).toBeLessThan(one.high);
  });

  it('gives [0, 0] for identical systems and an interval above zero for one better on every page', () => {
    const a = Array.from({ length: 30 }, () => perfect);
    const b = Array.from({ length: 30 }, () => half50);
    expect(pairedBootstrapF1(b, b, 200)).toMatchObject({ diff: 0, low: 0, high: 0 });
    expect(pairedBootstrapF1(a, b, 200).low).toBeGreaterThan(0);
    expect(() => pairedBootstrapF1(a, b.slice(1))).toThrow(/same pages/);
  });
});

describe('comparison', () => {
  const ids = [id('0'), id('8')];
  const systems = [
    { key: 'ours', label: 'ours', scores: [perfect, half50] },
    { key: 'base', label: 'base', scores: [perfect, perfect] },
    { key: 'anchor', label: 'anchor', scores: [half50, half50], published: { f1: 0.9 } },
  ];

  it('finds the best other system and the pages that lose to a baseline', () => {
    const c = compare(ids, systems, ['base'], true);
    expect(c.best).toBe('base');
    expect(c.offenders).toEqual([{ id: ids[1], ours: expect.closeTo(0.5, 5) as number, baseline: 'base', baselineF1: 1 }]);
    expect(c.systems.find((s) => s.key === 'anchor')!.reproduces).toBe(false);
    expect(compare(ids, systems, ['base'], false).systems.find((s) => s.key === 'anchor')!.reproduces).toBeNull();
  });

  it('writes one row per system with both halves', () => {
    const md = comparisonMarkdown(compare(ids, systems, ['base'], true), new Map());
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| system')).length).toBeGreaterThanOrEqual(4);
    expect(md).toContain('| **ours** | **0.750** |');
    expect(md).toContain('0.900 **✗**');
    expect(md).toMatch(/losing more than 0\.05 F1 against Readability alone.*\*\*1\*\*/);
  });
});

describe('pages CSV', () => {
  it('quotes fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(columnKey('Readability.js 0.6.0')).toBe('readability_js_0_6_0');
  });

  it('has a header, the half, and precision, recall, F1 per system', () => {
    const csv = pagesCsv(['ours', 'rs_trafilatura'], [{ id: id('a'), url: 'https://x.test/?a=1,2', scores: [perfect, half50] }]);
    const [header, row, end] = csv.split('\n');
    expect(header).toBe('id,half,url,ours_precision,ours_recall,ours_f1,rs_trafilatura_precision,rs_trafilatura_recall,rs_trafilatura_f1');
    expect(row).toBe(`${id('a')},held-out,"https://x.test/?a=1,2",1.0000,1.0000,1.0000,0.5000,0.5000,0.5000`);
    expect(end).toBe('');
    expect(() => pagesCsv(['ours'], [{ id: id('a'), url: '', scores: [] }])).toThrow(/scores/);
  });
});

describe('blockText', () => {
  it('breaks between blocks and at <br>, not inside inline elements', () => {
    const frag = JSDOM.fragment('<p>One <b>bold</b> end.</p><p>Next</p><ul><li>a</li><li>b<br>c</li></ul><script>x()</script>');
    expect(blockText(frag)).toBe('One bold end.\nNext\na\nb\nc');
    expect(frag.textContent).toContain('end.Next');
  });
});

describe('profile', () => {
  it('says "not recorded" when the core fills nothing', () => {
    const s = summarizeProfiles([newProfile(), newProfile()]);
    expect(stepsMarkdown(s)).toMatch(/not recorded/);
    expect(rulesMarkdown(s)).toMatch(/not recorded/);
  });

  it('sums steps and rule fires over pages', () => {
    const s = summarizeProfiles(
      [
        { steps: { readability: 4, sanitize: 1 }, rules: { captions: 2 } },
        { steps: { readability: 2, sanitize: 1 }, rules: { captions: 1, related: 1 } },
        { steps: { readability: 6 }, rules: { related: 0 } },
      ],
      (i) => i === 1,
    );
    expect(s.steps[0]).toMatchObject({ step: 'readability', pages: 3, median: 4, total: 12 });
    expect(s.steps[0]!.share).toBeCloseTo(12 / 14);
    expect(s.rules).toEqual([
      { rule: 'captions', fires: 3, pages: 2, heldOutPages: 1 },
      { rule: 'related', fires: 1, pages: 1, heldOutPages: 1 },
    ]);
    expect(stepsMarkdown(s)).toContain('| readability | 3 | 4.00 ms |');
    expect(rulesMarkdown(s)).toContain('| captions | 3 | 2 | 1 |');
  });
});

describe('Readability test pages summary', () => {
  const page = (name: string, score: PageScore, isArticle = true, readerable: boolean | null = true): TestPageResult => ({
    name,
    score,
    f1: score === perfect ? 1 : 0.5,
    isArticle,
    reason: isArticle ? null : 'No article found on this page (too little text).',
    syndicated: false,
    publisher: null,
    readerable,
    ourWords: 10,
    theirWords: 10,
  });

  it('takes mean and median, readerable agreement, and flags low pages without a cause', () => {
    const s = summarizeTestPages([page('a', perfect), page('b', half50, false), page('c', half50, true, null), page('d', perfect)], { b: 'junk Readability keeps' });
    expect(s.meanF1).toBeCloseTo(0.75);
    expect(s.medianF1).toBeCloseTo(0.75);
    expect([s.readerableAgree, s.readerableKnown]).toEqual([2, 3]);
    expect(s.low.map((l) => [l.name, l.cause])).toEqual([
      ['b', 'junk Readability keeps'],
      ['c', null],
    ]);
    expect(LOW_F1).toBe(0.9);
  });
});
