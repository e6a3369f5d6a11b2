#!/usr/bin/env node
// The CLI is bundled by `npm run build` into dist/cli.mjs (esbuild: TypeScript → one ES module).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('syndicated-reader: dist/cli.mjs is missing; run `npm run build` first.\n');
  process.exit(1);
}
await import(bundle);
