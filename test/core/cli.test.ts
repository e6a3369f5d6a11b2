import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.ts';
import { FIXTURES_DIR } from '../helpers/fixtures.ts';

const SEED = join(FIXTURES_DIR, 'arcamax--bloomberg-ukraine-strikes', 'source.html');
const COMIC = join(FIXTURES_DIR, 'arcamax--comic-zits', 'source.html');
const ROOT = join(import.meta.dirname, '..', '..');

function run(argv: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => stdin });
  return { code, out, err };
}

describe('CLI', () => {
  it('prints the seed article as JSON with its attribution', () => {
    const { code, out, err } = run([SEED, '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const a = JSON.parse(out);
    expect(a.title).toBe('US nears decision to let Ukraine hit some targets in Russia');
    expect(a.authors).toEqual(['Alberto Nardelli', 'Jenny Leonard', 'Alex Wickham']);
    expect(a.publisher).toBe('Bloomberg News');
    expect(a.distributor).toBe('Tribune Content Agency');
    expect(a.copyright).toBe('©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.');
    expect(a.text.startsWith('The U.S. is approaching a final decision')).toBe(true);
    expect(a.text.endsWith('Missiles will speak for themselves.”')).toBe(true);
    // Without --url the page's own canonical/og:url is its address.
    expect(a.url).toMatch(/^https:\/\/www\.arcamax\.com\//);
  });

  it('prints plain text by default and Markdown on request', () => {
    const text = run([SEED]);
    expect(text.code).toBe(0);
    expect(text.out.split('\n')[0]).toBe('US nears decision to let Ukraine hit some targets in Russia');
    expect(text.out).toContain('\n---\n©2024 Bloomberg L.P.');
    const md = run([SEED, '--format=markdown']);
    expect(md.out.startsWith('# US nears decision')).toBe(true);
  });

  it('reads standard input with -', () => {
    const { code, out } = run(['-', '--url', 'https://www.arcamax.com/currentnews/newsheadlines/s-3478215', '--format', 'json'], readFileSync(SEED, 'utf8'));
    expect(code).toBe(0);
    expect(JSON.parse(out).publisher).toBe('Bloomberg News');
  });

  it('exits 2 with a one-line reason when there is no article', () => {
    const { code, out, err } = run([COMIC, '--format', 'json']);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/comics/i);
    expect(JSON.parse(out)).toMatchObject({ isArticle: false, reason: err.trim() });
    const plain = run([COMIC]);
    expect(plain.code).toBe(2);
    expect(plain.out).toBe('');
  });

  it('exits 1 with a clear message for a missing file or bad usage', () => {
    expect(run(['/nonexistent/page.html'])).toMatchObject({ code: 1, out: '', err: 'error: cannot read /nonexistent/page.html: no such file\n' });
    expect(run([FIXTURES_DIR]).err).toMatch(/is a directory/);
    expect(run([]).code).toBe(1);
    expect(run([SEED, '--format', 'pdf'])).toMatchObject({ code: 1, err: 'error: unknown format "pdf" (text, markdown or json)\n' });
    expect(run([SEED, '--url', 'not a url']).code).toBe(1);
    expect(run(['--help'])).toMatchObject({ code: 0 });
  });

  it('runs as the package bin after the build', () => {
    expect(existsSync(join(ROOT, 'dist', 'cli.mjs')), 'dist/cli.mjs missing: run `npm run build`').toBe(true);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'syndicated-reader.mjs'), SEED, '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).copyrightHolder).toBe('Bloomberg L.P.');
    const missing = spawnSync(process.execPath, [join(ROOT, 'bin', 'syndicated-reader.mjs'), 'nope.html'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
  });
});
