/**
 * bench/pages.csv: every benchmark page with every system's precision, recall and F1 from the same
 * run, so a change can be diffed page by page (git diff bench/pages.csv) and any table re-derived.
 */
import { pageF1, pagePrecision, pageRecall, type PageScore } from './metric.ts';
import { half } from './split.ts';

export interface CsvPage {
  id: string;
  url: string;
  /** One score per system, in the order of `systems`. */
  scores: readonly PageScore[];
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A column-safe key for a system's label ("Readability.js 0.6.0" → "readability_js_0_6_0"). */
export function columnKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

export function pagesCsv(systems: readonly string[], pages: readonly CsvPage[]): string {
  const header = ['id', 'half', 'url', ...systems.flatMap((s) => ['precision', 'recall', 'f1'].map((m) => `${columnKey(s)}_${m}`))];
  const lines = [header.join(',')];
  for (const p of pages) {
    if (p.scores.length !== systems.length) throw new Error(`page ${p.id}: ${p.scores.length} scores for ${systems.length} systems`);
    const cells = p.scores.flatMap((s) => [pagePrecision(s), pageRecall(s), pageF1(s)].map((x) => x.toFixed(4)));
    lines.push([p.id, half(p.id), csvField(p.url), ...cells].join(','));
  }
  return `${lines.join('\n')}\n`;
}
