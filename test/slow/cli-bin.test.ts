/**
 * The CLI as a user runs it: the package bin spawned in its own Node process (after `npm run build`).
 * Slow project: each spawn starts Node and loads jsdom, a second or more on a busy 2-core machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'syndicated-reader.mjs');
const SEED = join(FIXTURES_DIR, 'arcamax--bloomberg-ukraine-strikes', 'source.html');
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('the syndicated-reader bin', () => {
  it('prints the seed as JSON that parses, with nothing before it', () => {
    expect(existsSync(join(ROOT, 'dist', 'cli.mjs')), 'dist/cli.mjs missing: run `npm run build`').toBe(true);
    const r = cli(SEED, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).copyrightHolder).toBe('Bloomberg L.P.');
  });

  it('exits 1 for a missing file and 2 for an image, each with one line on stderr', () => {
    const missing = cli('nope.html');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('error: cannot read nope.html: no such file\n');
    const png = cli(join(ROOT, 'icons', 'icon-128.png'));
    expect(png.status).toBe(2);
    expect(png.stdout).toBe('');
    expect(png.stderr).toBe('not an HTML page (looks like a PNG image)\n');
  });
});
