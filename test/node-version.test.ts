/** The Node floor that `npm test`, `npm start` and the CLI check first (scripts/node-version.mjs). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { nodeProblem, nodeRange, satisfies } from '../scripts/node-version.mjs';

const ROOT = join(import.meta.dirname, '..');

it('reads the floor from package.json, where engine-strict makes npm install enforce it too', () => {
  expect(nodeRange()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node);
  expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
  // .nvmrc and .node-version name a Node the floor accepts.
  for (const file of ['.nvmrc', '.node-version']) {
    const major = readFileSync(join(ROOT, file), 'utf8').trim();
    expect(satisfies(`${major}.99.0`, nodeRange()), file).toBe(true);
  }
});

it('accepts exactly the versions in the range', () => {
  const range = '^22.22.2 || ^24.15.0 || >=26';
  const cases: Array<[string, boolean]> = [
    ['20.20.2', false],
    ['22.12.0', false],
    ['22.22.1', false],
    ['22.22.2', true],
    ['22.30.0', true],
    ['23.11.0', false],
    ['24.14.9', false],
    ['24.15.0', true],
    ['v24.21.0', true],
    ['25.9.0', false],
    ['26.0.0', true],
    ['31.2.3', true],
  ];
  for (const [v, ok] of cases) expect(satisfies(v, range), v).toBe(ok);
  expect(satisfies(process.versions.node, nodeRange())).toBe(true);
  expect(() => satisfies('24.0.0', '~24.1')).toThrow(/cannot read the range part "~24.1"/);
});

it('says what is needed and how to get it', () => {
  expect(nodeProblem(process.versions.node)).toBeNull();
  const problem = nodeProblem('20.20.2', '^22.22.2 || ^24.15.0 || >=26')!;
  expect(problem.split('\n')[0]).toBe(
    'Syndicated Reader needs Node.js ^22.22.2 || ^24.15.0 || >=26 (this is v20.20.2). Node 24 is the one it is tested on. Get it with one of:',
  );
  for (const way of ['nvm install', 'fnm use', 'volta install node@24', 'npm install --prefix ~/.cache/sr-node node@24']) expect(problem).toContain(way);
});
