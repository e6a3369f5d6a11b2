import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.ts';
import { sniffBinary } from '../../src/cli/sniff.ts';
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

  it('refuses input that is not an HTML page, from its bytes, with exit 2 and what it looks like', () => {
    expect(run([join(ROOT, 'icons', 'icon-128.png')])).toEqual({ code: 2, out: '', err: 'not an HTML page (looks like a PNG image)\n' });
    const asJson = run([join(ROOT, 'icons', 'icon-128.png'), '--format', 'json']);
    expect(asJson.code).toBe(2);
    expect(JSON.parse(asJson.out)).toEqual({ isArticle: false, reason: 'not an HTML page (looks like a PNG image)' });
    const cases: Array<[number[], string]> = [
      [[0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46], 'a JPEG image'],
      [[...Buffer.from('%PDF-1.7\n%âãÏÓ\n')], 'a PDF document'],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'a ZIP archive (or an Office document)'],
      [[0x1f, 0x8b, 8, 0], 'gzip-compressed data'],
      [[...Buffer.from('<p>ok</p>'), 0, 1, 2, 3], 'binary data'],
    ];
    for (const [bytes, what] of cases) expect(sniffBinary(Uint8Array.from(bytes)), what).toBe(what);
    // Text, and UTF-16 text with its byte-order mark, are not binary.
    expect(sniffBinary(Buffer.from('<!doctype html><title>t</title><p>Hello</p>'))).toBeNull();
    expect(sniffBinary(Buffer.from('\uFEFF<html>', 'utf16le'))).toBeNull();
  });

  it('refuses feeds, JSON and plain text after the parse, but reads a page without <html>', () => {
    const stdin = (text: string): { code: number; err: string } => run(['-', '--url', 'https://example.org/x'], text);
    expect(stdin('<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>')).toMatchObject({ code: 2, err: 'not an HTML page (looks like an RSS feed)\n' });
    expect(stdin('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>').err).toBe('not an HTML page (looks like an Atom feed)\n');
    expect(stdin('{"title": "not a page", "words": 3}').err).toBe('not an HTML page (looks like JSON)\n');
    expect(stdin('Just a note.\n\nTwo paragraphs of text and no markup at all.').err).toBe('not an HTML page (looks like plain text)\n');
    // A fragment with markup is a page (the parser supplies html, head and body); it holds no article, so exit 2 says that instead.
    const fragment = stdin('<p>Short.</p>');
    expect(fragment.code).toBe(2);
    expect(fragment.err).not.toMatch(/not an HTML page/);
    // The seed, read as bytes, is a page.
    expect(sniffBinary(readFileSync(SEED))).toBeNull();
  });

  it('says what --format and --url need when their value is missing', () => {
    expect(run([SEED, '--format'])).toMatchObject({ code: 1, out: '', err: 'error: --format needs a value: text, markdown or json\n' });
    expect(run([SEED, '--format', '--url', 'https://example.org/'])).toMatchObject({ code: 1, err: 'error: --format needs a value: text, markdown or json\n' });
    expect(run([SEED, '--format='])).toMatchObject({ code: 1, err: 'error: --format needs a value: text, markdown or json\n' });
    expect(run([SEED, '--url'])).toMatchObject({ code: 1, err: "error: --url needs a value (the page's address)\n" });
  });
});
