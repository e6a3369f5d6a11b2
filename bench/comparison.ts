/**
 * The benchmark's one comparison table: every system scored on the same pages, in the same run,
 * with the same metric — ours, Readability alone (two ways), and the anchors' stored outputs —
 * each over all pages and over the tuning (0–7) and held-out (8–f) halves, with a paired
 * bootstrap interval for our difference to the best other system, and a permutation test of our
 * gap between the halves.
 */
import { pairedBootstrapF1, type Interval } from './bootstrap.ts';
import { pageF1, type PageScore, type Summary } from './metric.ts';
import { half, splitGapTest, splitSummary, type SplitGapTest, type SplitSummary } from './split.ts';
import type { Published } from './anchors.ts';

export interface System {
  /** Column key in bench/pages.csv. */
  key: string;
  label: string;
  /** One score per page, in the order of the page ids. */
  scores: PageScore[];
  published?: Published;
}

export interface ScoredSystem extends System {
  split: SplitSummary;
  /** Whether this run reproduces every published number to 3 decimals (null when none is published, or on a partial run). */
  reproduces: boolean | null;
}

export interface Comparison {
  systems: ScoredSystem[];
  /** The best system other than `ours` by F1 over all pages. */
  best: string;
  bootstrap: Interval;
  /** Whether our gap between the tuning and held-out halves is more than random splits of the same pages show. */
  gapTest: SplitGapTest;
  /** Pages where ours is more than `margin` F1 below a baseline (Readability alone, either way). */
  offenders: { id: string; ours: number; baseline: string; baselineF1: number }[];
}

const round3 = (x: number): string => x.toFixed(3);

export function reproducesPublished(s: Summary, p: Published): boolean {
  return round3(s.f1) === round3(p.f1) && (p.precision === undefined || round3(s.precision) === round3(p.precision)) && (p.recall === undefined || round3(s.recall) === round3(p.recall));
}

/**
 * `systems[0]` is ours; `baselines` are the keys of the systems a page may not lose more than
 * `margin` against. `complete` says the run covers the whole dataset, so published numbers apply.
 */
export function compare(ids: readonly string[], systems: readonly System[], baselines: readonly string[], complete: boolean, margin = 0.05): Comparison {
  const scored: ScoredSystem[] = systems.map((s) => {
    const split = splitSummary(ids, s.scores);
    return { ...s, split, reproduces: complete && s.published ? reproducesPublished(split.all, s.published) : null };
  });
  const [ours, ...others] = scored;
  if (!ours || !others.length) throw new Error('compare needs ours and at least one other system');
  const best = others.reduce((a, b) => (b.split.all.f1 > a.split.all.f1 ? b : a));
  const offenders: Comparison['offenders'] = [];
  ids.forEach((id, i) => {
    const mine = pageF1(ours.scores[i]!);
    // The strongest baseline on this page: a loss against either way of running Readability counts.
    let worst: { key: string; f1: number } | null = null;
    for (const key of baselines) {
      const base = scored.find((s) => s.key === key);
      if (!base) continue;
      const f1 = pageF1(base.scores[i]!);
      if (mine < f1 - margin && (!worst || f1 > worst.f1)) worst = { key, f1 };
    }
    if (worst) offenders.push({ id, ours: mine, baseline: worst.key, baselineF1: worst.f1 });
  });
  offenders.sort((a, b) => a.ours - a.baselineF1 - (b.ours - b.baselineF1));
  return { systems: scored, best: best.key, bootstrap: pairedBootstrapF1(ours.scores, best.scores), gapTest: splitGapTest(ids, ours.scores), offenders };
}

function cell(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : 'n/a';
}

/** A half's F1, or n/a when it has no pages (a --limit run). */
const halfF1 = (s: Summary): string => (s.pages ? cell(s.f1) : 'n/a');

const signed = (x: number): string => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(3);

/** The permutation test of the gap, in a sentence: how often chance alone splits the pages as unevenly. */
function gapLine(t: SplitGapTest, n: SplitSummary): string {
  if (!Number.isFinite(t.share)) return '';
  const pct = `${(100 * t.share).toFixed(1)}%`;
  const verdict =
    t.share >= 0.05
      ? 'within what a random split of these pages shows.'
      : t.gap > 0
        ? 'more than the pages alone explain (the rules fit the pages they were tuned on better than new ones).'
        : 'more than the pages alone explain, in the held-out half\'s favour.';
  return ` Dealing the same pages at random into halves of ${n.tuning.pages} and ${n.heldOut.pages} gives a gap at least this wide in ${pct} of ${t.samples} splits (seed ${t.seed}): ${verdict}`;
}

export function comparisonMarkdown(c: Comparison, urls: ReadonlyMap<string, string>): string {
  const ours = c.systems[0]!;
  const best = c.systems.find((s) => s.key === c.best)!;
  const n = ours.split;
  const published = (s: ScoredSystem): string => {
    if (!s.published) return '';
    const p = s.published;
    const nums = [p.f1, p.precision, p.recall].filter((x) => x !== undefined).map((x) => x.toFixed(3)).join(' / ');
    return `${nums}${s.reproduces === null ? '' : s.reproduces ? ' ✓' : ' **✗**'}`;
  };
  const rows = c.systems.map((s, i) => {
    const a = s.split.all;
    const name = i === 0 ? `**${s.label}**` : s.label;
    const f1 = i === 0 ? `**${cell(a.f1)}**` : cell(a.f1);
    return `| ${name} | ${f1} | ${cell(a.precision)} | ${cell(a.recall)} | ${cell(a.accuracy)} | ${halfF1(s.split.tuning)} | ${halfF1(s.split.heldOut)} | ${published(s)} |`;
  });
  const gap = n.tuning.f1 - n.heldOut.f1;
  const short = (id: string): string => id.slice(0, 8);
  const label = (key: string): string => c.systems.find((s) => s.key === key)?.label ?? key;
  const url = (id: string): string => {
    const u = urls.get(id) ?? '';
    return u.length > 60 ? `${u.slice(0, 59)}…` : u;
  };
  return `| system | F1 | precision | recall | accuracy | F1 tuning (0–7) | F1 held out (8–f) | published F1 / P / R |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Pages: ${n.all.pages} (${n.tuning.pages} in the tuning half, ids 0–7; ${n.heldOut.pages} held out, ids 8–f). ✓ = this run's port of evaluate.py gives the benchmark's published numbers to 3 decimals from the system's stored output (checked only on a full run).

- Ours, tuning half vs held-out half: ${halfF1(n.tuning)} vs ${halfF1(n.heldOut)}${n.tuning.pages && n.heldOut.pages ? ` (gap ${signed(gap)}; the target is within 0.010)` : ''}.${gapLine(c.gapTest, n)}
- Ours minus the best other system (${best.label}, F1 ${cell(best.split.all.f1)}): ${signed(c.bootstrap.diff)} F1, paired bootstrap 95% interval [${signed(c.bootstrap.low)}, ${signed(c.bootstrap.high)}] (${c.bootstrap.samples} resamples of the pages, seed ${c.bootstrap.seed}).${c.bootstrap.high < 0 ? ' The interval is below zero: the best system is ahead beyond noise.' : c.bootstrap.low > 0 ? ' The interval is above zero: we are ahead beyond noise.' : ' The interval contains zero: the difference is within noise.'}
- Pages losing more than 0.05 F1 against Readability alone (either way of running it): **${c.offenders.length}**.

${
  c.offenders.length
    ? `| page | half | URL | ours F1 | Readability F1 | run as |\n| --- | --- | --- | --- | --- | --- |\n${c.offenders
        .map((o) => `| ${short(o.id)} | ${half(o.id)} | ${url(o.id)} | ${cell(o.ours)} | ${cell(o.baselineF1)} | ${label(o.baseline)} |`)
        .join('\n')}\n`
    : ''
}`;
}
