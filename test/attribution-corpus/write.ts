/**
 * Writes the corpus to disk so a person can open the pages:
 *   node --experimental-strip-types test/attribution-corpus/write.ts [dir] [seed]
 * Each page goes to <dir>/<id>/source.html + expected.json (default dir: test/attribution-corpus/.pages/).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.ts';

const dir = process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '.pages');
const seed = Number(process.argv[3] ?? 1);
rmSync(dir, { recursive: true, force: true });
const pages = generateCorpus(seed);
for (const p of pages) {
  const out = join(dir, p.id);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'source.html'), p.html);
  const { html: _html, ...rest } = p;
  writeFileSync(join(out, 'expected.json'), `${JSON.stringify({ ...rest, ...rest.expected, expected: undefined }, null, 2)}\n`);
}
console.log(`wrote ${pages.length} pages to ${dir}`);
