/**
 * The benchmark's two halves. Page ids are SHA-256 hex digests, so the first hex digit splits the
 * pages at random and for good: rules are tuned on the pages whose id starts with 0–7 only; the
 * pages starting with 8–f are held out, and the report shows both halves and the total.
 */
import { mulberry32 } from '../test/helpers/seeded-random.ts';
import { summarize, type PageScore, type Summary } from './metric.ts';

export type Half = 'tuning' | 'held-out';

export function half(id: string): Half {
  const first = id.charAt(0).toLowerCase();
  if (!/^[0-9a-f]$/.test(first)) throw new Error(`not a hex page id: ${id}`);
  return first <= '7' ? 'tuning' : 'held-out';
}

export interface SplitSummary {
  all: Summary;
  tuning: Summary;
  heldOut: Summary;
}

/** The metric over all pages and over each half (`ids[i]` is the page of `scores[i]`). */
export function splitSummary(ids: readonly string[], scores: readonly PageScore[]): SplitSummary {
  if (ids.length !== scores.length) throw new Error('one id per score');
  const pick = (h: Half): PageScore[] => scores.filter((_, i) => half(ids[i]!) === h);
  return { all: summarize([...scores]), tuning: summarize(pick('tuning')), heldOut: summarize(pick('held-out')) };
}

export interface SplitGapTest {
  /** F1 of the tuning half minus F1 of the held-out half. */
  gap: number;
  /** The share of random splits of the same pages, into halves of the same sizes, whose gap is at least as far from zero. */
  share: number;
  samples: number;
  seed: number;
}

/**
 * Is the gap between the halves more than chance? A permutation test: deal the same pages at
 * random into halves of the same sizes, many times, and count how often the gap is as wide. A
 * small share means the tuning half scores higher than its pages alone explain (the rules fit
 * the pages they were tuned on); a large one, that any split of these pages could show it.
 * Seeded, so the same scores give the same share.
 */
export function splitGapTest(ids: readonly string[], scores: readonly PageScore[], samples = 4000, seed = 13): SplitGapTest {
  if (ids.length !== scores.length) throw new Error('one id per score');
  const tuning = scores.filter((_, i) => half(ids[i]!) === 'tuning');
  const heldOut = scores.filter((_, i) => half(ids[i]!) === 'held-out');
  const gap = summarize(tuning).f1 - summarize(heldOut).f1;
  if (!tuning.length || !heldOut.length) return { gap: Number.NaN, share: Number.NaN, samples, seed };
  const random = mulberry32(seed);
  const deck = [...scores];
  let wide = 0;
  for (let s = 0; s < samples; s++) {
    // Fisher-Yates over the first tuning.length places only: they are the random tuning half.
    for (let i = 0; i < tuning.length; i++) {
      const k = i + Math.floor(random() * (deck.length - i));
      [deck[i], deck[k]] = [deck[k]!, deck[i]!];
    }
    const g = summarize(deck.slice(0, tuning.length)).f1 - summarize(deck.slice(tuning.length)).f1;
    // A small tolerance: the observed split is one of the random ones and must count as "as wide".
    if (Math.abs(g) >= Math.abs(gap) - 1e-12) wide++;
  }
  return { gap, share: wide / samples, samples, seed };
}
