/**
 * Attribution accuracy, field by field, and the rate of false "syndicated": one scorer for the
 * generated corpus (test/attribution-corpus) and the hand-labelled benchmark pages
 * (bench/attribution-labels.json), used by `npm run bench` and by the tests that hold the line.
 */
import { findOutlet } from '../src/core/outlets.ts';
import type { ExtractResult } from '../src/core/types.ts';

/** The fields a truth may give; a field the truth leaves out (undefined) is not scored. */
export const ATTRIBUTION_FIELDS = [
  'syndicated', 'title', 'byline', 'authors', 'publisher', 'publisherSite', 'siteName', 'section', 'published',
  'copyright', 'copyrightYear', 'copyrightHolder', 'distributor',
] as const;
export type AttributionField = (typeof ATTRIBUTION_FIELDS)[number];
export type AttributionTruth = { syndicated: boolean } & Partial<Record<AttributionField, unknown>>;

export interface ScoredPage {
  id: string;
  truth: AttributionTruth;
  result: ExtractResult;
}

export interface FieldScore {
  right: number;
  total: number;
  /** Ids of the pages it got wrong, with what came out. */
  wrong: { id: string; expected: unknown; got: unknown }[];
}

export interface AttributionScore {
  pages: number;
  syndicatedPages: number;
  originalPages: number;
  /** Originals called syndicated. */
  falseSyndicated: string[];
  /** Syndicated copies not called so. */
  missedSyndicated: string[];
  fields: Record<string, FieldScore>;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Publisher names are the same answer when they name the same outlet ("PTI" and "Press Trust of
 * India"): a truth written as printed and a result in the gazetteer's canonical form both count.
 */
function sameField(field: AttributionField, expected: unknown, got: unknown): boolean {
  if (same(expected, got)) return true;
  if (field !== 'publisher' || typeof expected !== 'string' || typeof got !== 'string') return false;
  const outlet = findOutlet(expected);
  return !!outlet && outlet === findOutlet(got);
}

export function scoreAttribution(pages: ScoredPage[]): AttributionScore {
  const score: AttributionScore = { pages: pages.length, syndicatedPages: 0, originalPages: 0, falseSyndicated: [], missedSyndicated: [], fields: {} };
  for (const field of ATTRIBUTION_FIELDS) score.fields[field] = { right: 0, total: 0, wrong: [] };
  for (const { id, truth, result } of pages) {
    if (truth.syndicated) score.syndicatedPages++;
    else score.originalPages++;
    const got = result as unknown as Record<string, unknown>;
    if (!truth.syndicated && result.syndicated) score.falseSyndicated.push(id);
    if (truth.syndicated && !result.syndicated) score.missedSyndicated.push(id);
    for (const field of ATTRIBUTION_FIELDS) {
      if (truth[field] === undefined) continue;
      const s = score.fields[field]!;
      s.total++;
      const value = result.isArticle ? got[field] : field === 'syndicated' ? false : undefined;
      if (sameField(field, truth[field], value)) s.right++;
      else s.wrong.push({ id, expected: truth[field], got: value ?? null });
    }
  }
  return score;
}

/** `0.993 (400/403)`. */
export function ratio(s: FieldScore): string {
  return s.total ? `${(s.right / s.total).toFixed(3)} (${s.right}/${s.total})` : 'n/a';
}
