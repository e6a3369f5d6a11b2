/** test/lint.mjs: the HTML-sink patterns ESLint does not cover, each shown to fire and not to over-fire. */
import { expect, it } from 'vitest';
import { lintSource, stripComments } from './lint.mjs';

const rulesOf = (source: string, file = 'src/popup/x.ts'): string[] => lintSource(file, source).map((p) => p.message);

it('finds every HTML sink', () => {
  const sinks: Array<[string, string]> = [
    ['el.innerHTML = html;', 'assigns innerHTML/outerHTML'],
    ['el.outerHTML += html;', 'assigns innerHTML/outerHTML'],
    ['el . innerHTML=html;', 'assigns innerHTML/outerHTML'],
    ["el.insertAdjacentHTML('beforeend', html);", 'uses insertAdjacentHTML'],
    ['document.write(html);', 'uses document.write'],
    ['document.writeln(html);', 'uses document.write'],
    ['eval(code);', 'uses eval('],
    ["const f = new Function('return 1');", 'uses new Function('],
    ['el.setHTMLUnsafe(html);', 'uses an HTML-parsing sink'],
    ['range.createContextualFragment(html);', 'uses an HTML-parsing sink'],
  ];
  for (const [code, message] of sinks) expect(rulesOf(code), code).toEqual([message]);
});

it('does not fire on reads, comparisons, look-alike names, comments or strings that span no code', () => {
  for (const code of [
    'const h = el.innerHTML;',
    'if (el.innerHTML === before) return;',
    'const evaluate = (x: number) => x; evaluate(1);',
    'page.evaluate(() => 1);',
    'obj.eval(1);',
    '// el.innerHTML = html is what we never do',
    '/* document.write(x) */ const y = 1;',
  ]) {
    expect(rulesOf(code), code).toEqual([]);
  }
});

it('accepts a reviewed exception on the same line or the line above, and only with a reason', () => {
  expect(rulesOf('doc.body.innerHTML = clean; // lint-allow-html-sink: inert document, sanitized')).toEqual([]);
  expect(rulesOf('// lint-allow-html-sink: inert document, sanitized\ndoc.body.innerHTML = clean;')).toEqual([]);
  expect(rulesOf('doc.body.innerHTML = clean; // lint-allow-html-sink:')).toEqual(['assigns innerHTML/outerHTML']);
  expect(rulesOf('// lint-allow-html-sink: reason\n\ndoc.body.innerHTML = clean;')).toEqual(['assigns innerHTML/outerHTML']);
});

it('blanks comments but keeps strings and line numbers', () => {
  const source = "const a = '// not a comment'; // a comment\n/* two\nlines */ const b = 2;";
  const stripped = stripComments(source);
  expect(stripped.split('\n')).toHaveLength(3);
  expect(stripped).toContain("'// not a comment'");
  expect(stripped).not.toContain('a comment\n');
  expect(stripped).toContain('const b = 2;');
  expect(lintSource('src/x.ts', "x.y();\n\nel.innerHTML = '';")[0]?.line).toBe(3);
});
