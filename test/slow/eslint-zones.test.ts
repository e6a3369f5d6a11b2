/**
 * The rooms' boundaries in eslint.config.mjs fire: code that crosses one, linted as if it lived in
 * that room, is reported, and the same import from a room that may make it is not. (Slow project:
 * loading typescript-eslint takes seconds.)
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rule ids ESLint reports for `code` placed at `file`. */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('import zones', () => {
  const cases: Array<[string, string, boolean]> = [
    // [file, import, allowed]
    ['src/core/x.ts', '../shared/messages.ts', false],
    ['src/core/x.ts', '../popup/index.ts', false],
    ['src/core/x.ts', 'webextension-polyfill', false],
    ['src/core/x.ts', './text.ts', true],
    ['src/shared/x.ts', '../core/text.ts', true],
    ['src/shared/x.ts', '../background/badge.ts', false],
    ['src/shared/x.ts', 'webextension-polyfill', false],
    ['src/shared/browser.ts', 'webextension-polyfill', true],
    ['src/popup/x.ts', '../shared/messages.ts', true],
    ['src/popup/x.ts', '../core/format.ts', true],
    ['src/popup/x.ts', '../background/badge.ts', false],
    ['src/popup/x.ts', '../reader/index.ts', false],
    ['src/reader/x.ts', '../content/detect-on-load.ts', false],
    ['src/reader/x.ts', '../popup/index.ts', false],
    ['src/content/x.ts', '../popup/index.ts', false],
    ['src/content/x.ts', '../reader/index.ts', false],
    ['src/content/x.ts', '../shared/messages.ts', true],
    ['src/background/x.ts', '../popup/index.ts', false],
    ['src/background/x.ts', '../shared/read-article.ts', true],
    ['src/panel/x.ts', '../shared/article-view.ts', true],
    ['src/panel/x.ts', '../reader/settings.ts', false],
    ['src/panel/x.ts', '../background/badge.ts', false],
    ['src/options/x.ts', '../reader/settings.ts', true],
    ['src/options/x.ts', '../shared/preferences.ts', true],
    ['src/options/x.ts', '../popup/index.ts', false],
    ['src/options/x.ts', '../background/index.ts', false],
    ['src/background/x.ts', '../panel/index.ts', false],
    ['src/content/x.ts', '../options/index.ts', false],
    ['src/cli/x.ts', '../core/extract.ts', true],
    ['src/cli/x.ts', '../shared/messages.ts', false],
  ];
  it.each(cases)('%s importing %s: allowed %s', async (file, from, allowed) => {
    const rules = await rulesFor(file, `import * as m from '${from}';\nexport const x = m;\n`);
    if (allowed) expect(rules).toEqual([]);
    else expect(rules).toEqual(['no-restricted-imports']);
  });
});

describe('src/core is pure', () => {
  it('reports extension APIs, page globals and Node modules, and only in src/core', async () => {
    expect(await rulesFor('src/core/x.ts', 'export const id = chrome.runtime.id;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFor('src/core/x.ts', 'export const t = document.title;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFor('src/core/x.ts', 'export const b = (globalThis as any).browser;\n')).toEqual(['no-restricted-syntax']);
    expect(await rulesFor('src/core/x.ts', 'export const c = globalThis.chrome;\n')).toEqual(['no-restricted-syntax']);
    expect(await rulesFor('src/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toEqual(['no-restricted-syntax']);
    expect(await rulesFor('src/core/x.ts', 'export const f = (doc: Document): string => doc.title;\n')).toEqual([]);
    expect(await rulesFor('src/popup/x.ts', 'export const t = document.title;\n')).toEqual([]);
  });
});
