/**
 * The benchmark's two halves. Page ids are SHA-256 hex digests, so the first hex digit splits the
 * pages at random and for good: rules are tuned on the pages whose id starts with 0–7 only; the
 * pages starting with 8–f are held out, and the report shows both halves and the total.
 */
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
