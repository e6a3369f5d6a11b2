/**
 * A paired bootstrap over pages for the difference in corpus F1 between two systems scored on the
 * same pages: resample the pages with replacement, score both systems on the same resample, and
 * take the 2.5th and 97.5th percentiles of the differences. The random numbers come from a seeded
 * generator, so the same scores always give the same interval (the report is reproducible).
 */
import { mulberry32 } from '../test/helpers/seeded-random.ts';
import { summarize, type PageScore } from './metric.ts';


export interface Interval {
  /** F1(a) − F1(b) on the pages as they are. */
  diff: number;
  low: number;
  high: number;
  samples: number;
  seed: number;
}

/** Paired bootstrap 95% interval of F1(a) − F1(b); `a[i]` and `b[i]` score the same page. */
export function pairedBootstrapF1(a: readonly PageScore[], b: readonly PageScore[], samples = 2000, seed = 13): Interval {
  if (a.length !== b.length) throw new Error('paired bootstrap needs the same pages on both sides');
  const n = a.length;
  const diff = summarize([...a]).f1 - summarize([...b]).f1;
  if (n === 0) return { diff: Number.NaN, low: Number.NaN, high: Number.NaN, samples, seed };
  const random = mulberry32(seed);
  const diffs: number[] = [];
  const ra: PageScore[] = new Array<PageScore>(n);
  const rb: PageScore[] = new Array<PageScore>(n);
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n);
      ra[i] = a[k]!;
      rb[i] = b[k]!;
    }
    diffs.push(summarize(ra).f1 - summarize(rb).f1);
  }
  diffs.sort((x, y) => x - y);
  // Percentile by nearest rank, as the report's other quantiles.
  const at = (q: number): number => diffs[Math.min(samples - 1, Math.max(0, Math.ceil(q * samples) - 1))]!;
  return { diff, low: at(0.025), high: at(0.975), samples, seed };
}
