/**
 * Every page we hold, for checks that must hold on all of them (the on-load pre-check never
 * missing a page the full detection calls syndicated): the fixtures, the attribution pages, the
 * generated attribution corpus, the extraction benchmark's 181 pages and Readability's 130 test
 * pages, each with the URL it is read at.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { generateCorpus } from '../attribution-corpus/generate.ts';
import { listFixtures, loadFixture } from './fixtures.ts';

export interface HeldPage {
  /** `<set>/<id>`: fixtures/…, attribution/…, corpus/…, benchmark/…, readability/… */
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

function benchmarkPages(): HeldPage[] {
  const dir = join(ROOT, 'bench', 'data', 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  return Object.entries(truth).map(([id, t]) => ({ id: `benchmark/${id.slice(0, 10)}`, url: t.url, html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8') }));
}

function readabilityPages(): HeldPage[] {
  const dir = join(ROOT, 'bench', 'data', 'readability-test-pages');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html.gz')))
    .map((name) => ({ id: `readability/${name}`, url: 'http://fakehost/test/page.html', html: gunzipSync(readFileSync(join(dir, name, 'source.html.gz'))).toString('utf8') }));
}

export function everyPage(): HeldPage[] {
  return [...fixturePages(), ...generateCorpus().map((p) => ({ id: `corpus/${p.id}`, url: p.url, html: p.html })), ...benchmarkPages(), ...readabilityPages()];
}
