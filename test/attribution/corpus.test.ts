/**
 * Attribution on the generated corpus (test/attribution-corpus): at least 400 whole pages across
 * 12 layouts, every credit family, byline form and trap, each with fields the generator knows
 * (it never imports src/). Done means: every field right on at least 99% of pages, and no page
 * falsely called syndicated. Slow (about 460 jsdom pages): the `slow` project runs it.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_FIELDS, scoreAttribution, type ScoredPage } from '../../bench/attribution-score.ts';
import { extractArticle } from '../../src/core/extract.ts';
import { foldSpace } from '../../src/core/text.ts';
import { generateCorpus } from '../attribution-corpus/generate.ts';

const quiet = new VirtualConsole();
const corpus = generateCorpus();
const results = corpus.map((page) => ({ page, result: extractArticle(new JSDOM(page.html, { url: page.url, virtualConsole: quiet }).window.document, page.url) }));
const score = scoreAttribution(results.map(({ page, result }): ScoredPage => ({ id: page.id, truth: page.expected, result })));

describe('attribution on the generated corpus', () => {
  it('has at least 400 pages, a third of them originals', () => {
    expect(score.pages).toBeGreaterThanOrEqual(400);
    expect(score.originalPages / score.pages).toBeGreaterThan(1 / 3);
  });

  it('calls no original syndicated', () => {
    expect(score.falseSyndicated).toEqual([]);
  });

  it.each(ATTRIBUTION_FIELDS)('gets %s right on at least 99% of pages', (field) => {
    const s = score.fields[field]!;
    expect(s.total).toBe(score.pages);
    expect(s.right / s.total, JSON.stringify(s.wrong.slice(0, 5))).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps the credit line out of the text, whole or in pieces', () => {
    const leaks = results.flatMap(({ page, result }) => {
      const credit = page.expected.copyright;
      if (!credit || !result.isArticle) return [];
      const text = foldSpace(result.text);
      const pieces = [credit, ...page.bodyExcludes.filter((x) => credit.includes(x))];
      return pieces.filter((piece) => text.includes(piece)).map((piece) => `${page.id}: ${piece}`);
    });
    expect(leaks).toEqual([]);
  });
});
