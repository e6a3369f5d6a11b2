/**
 * `npm start -- --headless`: the README's first command, as CI can run it. It builds, opens the
 * browser with the extension, loads the demo story at its ArcaMax address and waits for the ✓ badge.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, unavailable } from './harness.ts';

function npmStart(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    // `npm start` runs scripts/node-version.mjs and then this; npm itself is left out so the test does not depend on where it is installed.
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', join(ROOT, 'scripts', 'start.ts'), ...args], {
      cwd: ROOT,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

for (const [kind, flag, dir] of [
  ['chromium', [], 'chrome'],
  ['firefox', ['--firefox'], 'firefox'],
] as const) {
  const missing = unavailable(kind, join(DIST, dir));
  describe.runIf(!missing || process.env.CI)(`npm start (${kind})`, () => {
    it('--headless builds, opens the demo story and sees the ✓ badge, then exits 0', async () => {
      if (missing) throw new Error(missing);
      const { code, out, err } = await npmStart([...flag, '--headless']);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toMatch(
        /^start: OK: (?:Chromium|Firefox) loaded https:\/\/www\.arcamax\.com\/currentnews\/newsheadlines\/s-3478215 \(".+"\) and shows the ✓ badge: ".*via ArcaMax.*"$/m,
      );
    });
  });
}

it('npm start refuses an option it does not know', async () => {
  const { code, err } = await npmStart(['--safari']);
  expect(code).toBe(1);
  expect(err).toBe('start: unknown option --safari\nUsage: npm start [-- --firefox] [-- --headless]\n');
});
