#!/usr/bin/env node
// The CLI is bundled by `npm run build` into dist/cli.mjs (esbuild: TypeScript → one ES module).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeProblem } from '../scripts/node-version.mjs';

// jsdom and undici need the floor in package.json's engines: say so instead of failing deep inside them.
const problem = nodeProblem();
if (problem) {
  process.stderr.write(`syndicated-reader: ${problem}\n`);
  process.exit(1);
}

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('syndicated-reader: dist/cli.mjs is missing; run `npm run build` first.\n');
  process.exit(1);
}
await import(bundle);
