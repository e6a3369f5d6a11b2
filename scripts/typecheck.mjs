#!/usr/bin/env node
// @ts-check
/**
 * `npm run typecheck`: the TypeScript 7 compiler (package `typescript-native`) over each tsconfig.
 * The `typescript` package is 6.0, the JavaScript API typescript-eslint needs; TypeScript 7 has none yet.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONFIGS = ['tsconfig.extension.json', 'tsconfig.cli.json', 'tsconfig.tools.json', 'tsconfig.json'];
let failed = 0;
for (const config of CONFIGS) {
  const r = spawnSync(process.execPath, ['node_modules/typescript-native/bin/tsc', '--noEmit', '-p', config], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
console.log(failed ? `typecheck: ${failed} of ${CONFIGS.length} configs failed` : `typecheck: OK (${CONFIGS.join(', ')})`);
process.exit(failed ? 1 : 0);
