#!/usr/bin/env node
// The CLI is bundled by `npm run build` into dist/cli.mjs (esbuild: TypeScript → one ES module).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// jsdom (and so the CLI) needs Node 22.12 or newer; say so instead of failing deep inside a dependency.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`syndicated-reader: needs Node.js 22.12 or newer (this is ${process.version}).\n`);
  process.exit(1);
}

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('syndicated-reader: dist/cli.mjs is missing; run `npm run build` first.\n');
  process.exit(1);
}
await import(bundle);
