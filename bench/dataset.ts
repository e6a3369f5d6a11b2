/**
 * The extraction benchmark's pages as the bench reads them: each page's id, URL, ground-truth
 * text and HTML, from a copy of scrapinghub/article-extraction-benchmark (`ground-truth.json` and
 * `html/<id>.html.gz`). Used by bench/run.ts and by the tests that need every page we hold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchPage {
  id: string;
  url: string;
  truth: string;
  html: string;
}

export function loadDataset(dir: string, limit = Infinity): BenchPage[] {
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    throw new Error(`No benchmark dataset at ${dir} (ground-truth.json missing). Pass --dataset <dir of a clone of scrapinghub/article-extraction-benchmark>.`);
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.entries(truth)
    .slice(0, limit)
    .map(([id, t]) => ({ id, url: t.url, truth: t.articleBody ?? '', html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8') }));
}
