/**
 * Writes src/core/outlet-sketch-data.ts: the hashed keys of every outlet name, variant and host in
 * the gazetteer (src/core/outlets.ts), for the on-load pre-check (src/core/outlet-sketch.ts).
 * Run it after changing the gazetteer: `npm run outlet-sketch`. test/core/outlet-sketch.test.ts
 * fails while the data is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { outletSketchSource } from '../src/core/outlet-sketch-source.ts';

const target = fileURLToPath(new URL('../src/core/outlet-sketch-data.ts', import.meta.url));
writeFileSync(target, outletSketchSource());
console.log(`wrote ${target}`);
