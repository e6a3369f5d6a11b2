#!/usr/bin/env node
// @ts-check
/**
 * Part of `npm run lint`: what ESLint (eslint.config.mjs) does not say, checked over src/ (comments ignored).
 * The rooms' boundaries (no extension API in src/core, one polyfill import, who imports whom) are ESLint's.
 *
 *   no-html-sinks          no innerHTML/outerHTML assignment, insertAdjacentHTML, document.write,
 *                          eval(, new Function(, setHTMLUnsafe(, createContextualFragment( anywhere in src/,
 *                          unless reviewed: a text scan that also sees sinks reached through aliases and strings
 *
 * A deliberate, reviewed exception to no-html-sinks carries `lint-allow-html-sink: <why>` in a
 * comment on the same line or the line above (e.g. writing sanitized HTML into an inert document).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const ALLOW = /lint-allow-html-sink:\s*\S/;

/**
 * Blanks out comments (keeping line numbers and string contents) so a comment may name what code must not use.
 * @param {string} source
 */
export function stripComments(source) {
  let out = '';
  let i = 0;
  let quote = null;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') out += source[++i] ?? '';
      else if (c === quote || (c === '\n' && quote !== '`')) quote = null; // '…' and "…" end at the line (or a regex literal fooled us)
      i++;
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
      out += c;
      i++;
    } else if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** @type {Array<{ id: string, applies: (file: string) => boolean, allowable?: boolean, patterns: Array<[RegExp, string]> }>} */
export const RULES = [
  {
    id: 'no-html-sinks',
    applies: () => true,
    allowable: true,
    patterns: [
      [/\.\s*(?:inner|outer)HTML\s*(?:\+?=)(?!=)/, 'assigns innerHTML/outerHTML'],
      [/\binsertAdjacentHTML\s*\(/, 'uses insertAdjacentHTML'],
      [/\bdocument\s*\.\s*write(?:ln)?\s*\(/, 'uses document.write'],
      [/(?<![\w.$])eval\s*\(/, 'uses eval('],
      [/\bnew\s+Function\s*\(/, 'uses new Function('],
      [/\bsetHTMLUnsafe\s*\(|\bcreateContextualFragment\s*\(/, 'uses an HTML-parsing sink'],
    ],
  },
];

/** @param {string} dir */
function listSources(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(?:[cm]?[jt]sx?)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/**
 * The problems in one file's source.
 * @param {string} file path relative to the repository, with forward slashes
 * @param {string} source
 */
export function lintSource(file, source) {
  /** @type {Array<{ file: string, line: number, rule: string, message: string, text: string }>} */
  const problems = [];
  const rawLines = source.split('\n');
  const lines = stripComments(source).split('\n');
  for (const rule of RULES) {
    if (!rule.applies(file)) continue;
    lines.forEach((line, index) => {
      for (const [pattern, message] of rule.patterns) {
        if (!pattern.test(line)) continue;
        if (rule.allowable && (ALLOW.test(rawLines[index] ?? '') || ALLOW.test(rawLines[index - 1] ?? ''))) continue;
        problems.push({ file, line: index + 1, rule: rule.id, message, text: (rawLines[index] ?? '').trim() });
      }
    });
  }
  return problems;
}

function main() {
  const files = listSources(SRC).map((abs) => /** @type {const} */ ([relative(ROOT, abs).split(sep).join('/'), abs]));
  const problems = files.flatMap(([file, abs]) => lintSource(file, readFileSync(abs, 'utf8')));
  const allowed = files.filter(([, abs]) => ALLOW.test(readFileSync(abs, 'utf8'))).map(([f]) => f);

  console.log(`lint: ${files.length} files in src/, ${RULES.length} rules (${RULES.map((r) => r.id).join(', ')})`);
  if (allowed.length) console.log(`lint: reviewed html-sink exceptions (lint-allow-html-sink) in: ${allowed.join(', ')}`);
  if (!problems.length) {
    console.log('lint: OK, no problems');
    return;
  }
  for (const p of problems) console.error(`${p.file}:${p.line}  [${p.rule}] ${p.message}\n    ${p.text}`);
  const byRule = [...new Set(problems.map((p) => p.rule))].map((rule) => `${rule}: ${problems.filter((p) => p.rule === rule).length}`);
  console.error(`lint: FAILED, ${problems.length} problem(s) (${byRule.join(', ')})`);
  process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
