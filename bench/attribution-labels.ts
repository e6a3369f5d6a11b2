/**
 * The hand labels of the benchmark pages (bench/attribution-labels.json) as truths the scorer
 * takes. Borderline pages are left out. On a syndicated copy every labelled field is scored;
 * `distributor` only where the page prints a credit line (it is a part of that line).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AttributionTruth } from './attribution-score.ts';

interface Label {
  syndicated: boolean;
  borderline?: boolean;
  publisher?: string | null;
  publisherSite?: string | null;
  authors?: string[];
  copyright?: string | null;
  distributor?: string | null;
}

export const LABELS_FILE = resolve(import.meta.dirname, 'attribution-labels.json');

export function benchmarkTruths(dataset: string): { id: string; url: string; truth: AttributionTruth }[] {
  const labels = (JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as { pages: Record<string, Label> }).pages;
  const pages = JSON.parse(readFileSync(join(dataset, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const out: { id: string; url: string; truth: AttributionTruth }[] = [];
  for (const [id, { url }] of Object.entries(pages)) {
    const label = labels[id];
    if (!label) throw new Error(`bench/attribution-labels.json has no label for ${id}`);
    if (label.borderline) continue;
    const truth: AttributionTruth = { syndicated: label.syndicated };
    if (label.syndicated) {
      Object.assign(truth, { publisher: label.publisher, publisherSite: label.publisherSite, authors: label.authors, copyright: label.copyright });
      if (label.copyright) truth.distributor = label.distributor;
    }
    out.push({ id, url, truth });
  }
  return out;
}
