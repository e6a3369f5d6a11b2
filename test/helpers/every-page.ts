/**
 * Every page we hold, for checks that must hold on all of them (the on-load pre-check never
 * missing a page the full detection calls syndicated): the fixtures, the attribution pages, the
 * blind pages, the generated attribution corpus, the extraction benchmark's 181 pages and Readability's 130 test
 * pages, each with the URL it is read at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../../bench/dataset.ts';
import { loadTestPages, TEST_PAGE_URL } from '../../bench/readability-pages.ts';
import { generateCorpus } from '../attribution-corpus/generate.ts';
import { listFixtures, loadFixture } from './fixtures.ts';

export interface HeldPage {
  /** `<set>/<id>`: fixtures/…, attribution/…, blind/…, corpus/…, benchmark/…, readability/… */
  id: string;
  url: string;
  html: string;
}

const ROOT = join(import.meta.dirname, '..', '..');

function fixturePages(): HeldPage[] {
  const sets: [string, string][] = [
    ['fixtures', join(ROOT, 'test', 'fixtures')],
    ['attribution', join(ROOT, 'test', 'attribution', 'pages')],
  ];
  return sets.flatMap(([set, dir]) =>
    listFixtures(dir).map((name) => {
      const f = loadFixture(name, dir);
      return { id: `${set}/${name}`, url: f.expected.url, html: f.html };
    }),
  );
}

/** The blind pages (test/attribution/blind): NAME.html, read at the address its NAME.expect.json gives. */
function blindPages(): HeldPage[] {
  const dir = join(ROOT, 'test', 'attribution', 'blind');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const name = f.slice(0, -'.html'.length);
      const { url } = JSON.parse(readFileSync(join(dir, `${name}.expect.json`), 'utf8')) as { url: string };
      return { id: `blind/${name}`, url, html: readFileSync(join(dir, f), 'utf8') };
    });
}

function benchmarkPages(): HeldPage[] {
  return loadDataset(join(ROOT, 'bench', 'data', 'article-extraction-benchmark')).map((p) => ({ id: `benchmark/${p.id.slice(0, 10)}`, url: p.url, html: p.html }));
}

/** Readability's test pages, each read at the address their own tests use. */
function readabilityPages(): HeldPage[] {
  return loadTestPages(join(ROOT, 'bench', 'data', 'readability-test-pages')).map((p) => ({ id: `readability/${p.name}`, url: TEST_PAGE_URL, html: p.source }));
}

export function everyPage(): HeldPage[] {
  return [...fixturePages(), ...blindPages(), ...generateCorpus().map((p) => ({ id: `corpus/${p.id}`, url: p.url, html: p.html })), ...benchmarkPages(), ...readabilityPages()];
}

export interface PageRun {
  /** `<set> <i>/<count>`, for the test's title. */
  name: string;
  set: string;
  pages: HeldPage[];
}

/** The sets of held pages in the order `everyPage` gives them (fixtures first, Readability's last). */
export function setsOf(pages: readonly HeldPage[]): string[] {
  return [...new Set(pages.map((p) => p.id.split('/')[0]!))];
}

/**
 * Every set in runs of at most `size` pages, one test each, so that no one test of a whole-page
 * check nears the slow project's timeout on a busy 2-core machine.
 */
export function inRuns(pages: readonly HeldPage[], size: number): PageRun[] {
  return setsOf(pages).flatMap((set) => {
    const inSet = pages.filter((p) => p.id.startsWith(`${set}/`));
    const count = Math.ceil(inSet.length / size);
    const each = Math.ceil(inSet.length / count);
    return Array.from({ length: count }, (_, i) => ({ name: `${set} ${i + 1}/${count}`, set, pages: inSet.slice(i * each, (i + 1) * each) }));
  });
}
