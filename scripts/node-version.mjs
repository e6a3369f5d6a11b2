#!/usr/bin/env node
// @ts-check
/**
 * The Node.js floor, read from package.json `engines.node` (the one place it is written), and the
 * check that `npm test`, `npm start` and the CLI run first: on an older Node they would die deep
 * inside a dependency (`Map.groupBy is not a function` in vitest, a TypeError in undici) without
 * saying why.
 *
 * Plain JavaScript that parses on old Node versions too: this file must be able to say "too old".
 *
 *   node scripts/node-version.mjs     exit 0 silently, or print what is needed and how to get it, exit 1
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));

/** The `engines.node` range of package.json, e.g. "^22.22.2 || ^24.15.0 || >=26". @returns {string} */
export function nodeRange() {
  return JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')).engines.node;
}

/** @param {string} version @returns {[number, number, number]} */
function parts(version) {
  const [major = 0, minor = 0, patch = 0] = (String(version).replace(/^v/, '').split('-')[0] ?? '').split('.').map(Number);
  return [major, minor, patch];
}

/** @param {[number, number, number]} a @param {[number, number, number]} b */
function compare(a, b) {
  for (const i of [0, 1, 2]) if (a[i] !== b[i]) return Number(a[i]) < Number(b[i]) ? -1 : 1;
  return 0;
}

/**
 * Whether `version` is in `range`. Only the forms package.json uses are understood, alternatives
 * joined by `||`, each `^X.Y.Z` (same major, at least X.Y.Z) or `>=X.Y.Z`; anything else throws,
 * so a new form in package.json cannot silently pass every Node.
 * @param {string} version @param {string} range
 */
export function satisfies(version, range) {
  const v = parts(version);
  return range.split('||').some((alt) => {
    const m = /^\s*(\^|>=)\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(alt);
    if (!m) throw new Error(`node-version: cannot read the range part "${alt.trim()}" of "${range}"`);
    const floor = parts(m[2] ?? '');
    return compare(v, floor) >= 0 && (m[1] === '>=' || v[0] === floor[0]);
  });
}

/**
 * Null when this Node is new enough; otherwise the message to print (what is needed, how to get it).
 * @param {string} [version] @param {string} [range] @returns {string | null}
 */
export function nodeProblem(version = process.versions.node, range = nodeRange()) {
  if (satisfies(version, range)) return null;
  return [
    `Syndicated Reader needs Node.js ${range} (this is v${String(version).replace(/^v/, '')}). Node 24 is the one it is tested on. Get it with one of:`,
    '  nvm install && nvm use                      (reads .nvmrc)',
    '  fnm use --install-if-missing                (reads .node-version)',
    '  volta install node@24',
    '  npm install --prefix ~/.cache/sr-node node@24 && export PATH="$HOME/.cache/sr-node/node_modules/.bin:$PATH"',
    'then run the command again (after `npm ci` if node_modules was installed with the old Node).',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problem = nodeProblem();
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
}
