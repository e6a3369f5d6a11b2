/**
 * Structure fidelity: tables, code blocks, footnotes, block quotes and lists survive into the
 * clean view's html, the Markdown copy and the plain text (test/structure/structure-page.html);
 * formulas are written as text in place (plain-text.ts, format.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract.ts';
import { formatMarkdown } from '../../src/core/format.ts';
import { mathText, toPlainText } from '../../src/core/plain-text.ts';
import type { CleanArticle } from '../../src/core/types.ts';

const url = 'https://www.opendatadesk.example/methods/2025/04/water-use-method/';
const html = readFileSync(join(import.meta.dirname, 'structure-page.html'), 'utf8');
const article = extractArticle(new JSDOM(html, { url }).window.document, url) as CleanArticle;
const view = new JSDOM(article.html).window.document.body;
const markdown = formatMarkdown(article);

describe('a methods page with a table, lists, code, a quote and footnotes', () => {
  it('keeps each structure in the html', () => {
    expect(view.querySelectorAll('table tr')).toHaveLength(4);
    expect(view.querySelector('table caption')?.textContent).toBe('Rows kept at each cleaning step');
    expect(view.querySelectorAll('ol > li').length).toBeGreaterThanOrEqual(5);
    expect(view.querySelectorAll('ul > li')).toHaveLength(2);
    expect(view.querySelector('pre')?.textContent).toBe('def to_gallons(ccf):\n    return ccf * 748.052');
    expect(view.querySelector('blockquote')?.textContent).toContain('accurate to within two percent');
    expect(view.textContent).toContain('fulfilled in March 2025');
  });

  it('writes a Markdown table, list, fenced code, quote and footnotes', () => {
    expect(markdown).toContain('| Step | Rows | Share kept |\n| --- | --- | --- |\n| Raw export | 1,482,310 | 100% |');
    expect(markdown).toContain('1. Convert readings from hundreds of cubic feet to gallons.\n2. Divide');
    expect(markdown).toContain('- We did not adjust for household size');
    expect(markdown).toContain('```\ndef to_gallons(ccf):\n    return ccf * 748.052\n```');
    expect(markdown).toContain('> The readings are accurate to within two percent');
    expect(markdown).toMatch(/1\. The request was filed in January 2024/);
  });

  it('keeps every structure in the text, one block per paragraph', () => {
    const paras = article.text.split('\n\n');
    expect(paras).toContain('Rows kept at each cleaning step');
    expect(paras).toContain('Raw export | 1,482,310 | 100%');
    expect(paras).toContain('Step | Rows | Share kept');
    // A list's numbers are the browser's drawing, not text (plain-text.ts); footnotes keep theirs.
    expect(paras).toContain('- Divide each cycle\'s total by the number of days it covers.');
    expect(paras).toContain('- We did not include irrigation meters, which are billed separately.');
    expect(paras).toContain('The readings are accurate to within two percent, and estimated reads are flagged in the export.');
    expect(paras).toContain('2. Keeping the estimates changes the citywide average by less than one gallon a day.');
    expect(article.text).toContain('def to_gallons(ccf): return ccf * 748.052');
  });
});

describe('formulas in text and Markdown', () => {
  const doc = new JSDOM(`<!doctype html><body><div id="a">
    <p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, there are two solutions.</p>
    <math display="block"><mrow><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></mrow><annotation encoding="application/x-tex">x = \\frac{-b}{2a}</annotation></math>
    <p>Only alt text: <math alttext="E = mc^2"></math>.</p>
    <p>Only TeX: <math><semantics><annotation encoding="application/x-tex">\\sqrt{2}</annotation></semantics></math>.</p>
  </div></body>`).window.document;
  const root = doc.getElementById('a')!;

  it('writes each formula in place: its symbols, else its alttext, else its TeX', () => {
    expect(toPlainText(root).split('\n\n')).toEqual(['When a ≠ 0 , there are two solutions.', 'x = − b 2 a', 'Only alt text: E = mc^2 .', 'Only TeX: \\sqrt{2} .']);
  });

  it('never leaves a hole for a formula', () => {
    for (const m of Array.from(root.getElementsByTagName('math'))) expect(mathText(m)).not.toBe('');
  });

  it('writes the formula text into the Markdown copy', () => {
    const md = formatMarkdown({ ...article, html: root.innerHTML });
    expect(md).toContain('When a ≠ 0, there are two solutions.');
    expect(md).toContain('\n\nx = − b 2 a\n\n');
  });
});
