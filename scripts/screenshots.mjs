#!/usr/bin/env node
// @ts-check
/**
 * `npm run screenshots`: rebuilds, then runs the Chromium tests with their screenshots written to
 * docs/screenshots/ (the README's pictures) instead of the ignored .cache/screenshots/ a normal
 * test run uses. Review the images with `git diff --stat docs/screenshots` before committing.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nodeProblem } from './node-version.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const problem = nodeProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
/** @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
const run = (args, env = process.env) => spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env }).status ?? 1;
let status = run(['build.mjs']);
if (status === 0) {
  status = run(['node_modules/vitest/vitest.mjs', 'run', '--project', 'browser', 'test/e2e/chromium.test.ts'], {
    ...process.env,
    SR_SCREENSHOTS_DIR: 'docs/screenshots',
  });
}
if (status === 0)
  console.log('screenshots: docs/screenshots/ updated (popup-seed.png, panel-seed.png, reader-light.png, reader-dark.png, reader-read-aloud.png)');
process.exit(status);
