/** src/core is pure: a Document and a URL in, plain data out. It must not touch extension APIs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '..', '..', 'src', 'core');
const files = readdirSync(CORE, { recursive: true, withFileTypes: false }) as string[];
const sources = files.filter((f) => f.endsWith('.ts')).map((f) => [f, readFileSync(join(CORE, f), 'utf8')] as const);

/** Code without comments, so a comment may mention what the code must not use. */
const code = (s: string): string => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

it('has core sources to check', () => {
  expect(sources.length).toBeGreaterThan(5);
});

it.each(sources)('%s imports no browser extension API', (_file, source) => {
  const c = code(source);
  expect(c).not.toMatch(/webextension-polyfill/);
  expect(c).not.toMatch(/\b(?:chrome|browser)\s*\.\s*(?:runtime|tabs|storage|scripting|action|contextMenus|permissions|i18n)\b/);
  expect(c).not.toMatch(/\bglobalThis\.(?:chrome|browser)\b/);
  // Core never reaches for the page's globals either: it gets the Document it works on.
  expect(c).not.toMatch(/(?<![.\w])(?:document|location|navigator|localStorage|fetch)\s*[.(]/);
});

it.each(sources)('%s imports only core modules and allowed packages', (_file, source) => {
  for (const m of source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
    expect(m[1]).toMatch(/^(?:\.\/|@mozilla\/readability$|dompurify$|turndown$)/);
  }
});
