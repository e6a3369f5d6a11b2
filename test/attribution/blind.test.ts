/**
 * The blind pages (test/attribution/blind, see its README): pages written without sight of the
 * code, with the answers their authors expected. What decides attribution is checked on each:
 * article or not, syndicated or the host's own, and who published it; and detection on load
 * must say the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectSyndication } from '../../src/core/detect.ts';
import { extractArticle } from '../../src/core/extract.ts';
import { publisherName } from '../../src/core/publisher-name.ts';

const DIR = join(import.meta.dirname, 'blind');

interface Expectation {
  url: string;
  isArticle: boolean;
  syndicated: boolean;
  publisher: string | null;
  why: string;
}

const names = readdirSync(DIR).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length)).sort();

it('has the blind pages', () => {
  expect(names.length).toBeGreaterThanOrEqual(50);
});

describe.each(names)('blind page %s', (name) => {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expect.json`), 'utf8')) as Expectation;
  const page = () => new JSDOM(html, { url: expected.url }).window.document;
  const result = extractArticle(page(), expected.url);

  it('is an article, or says why not', () => {
    expect(result.isArticle, result.isArticle ? expected.why : result.reason).toBe(expected.isArticle);
  });
  // Pages with no article have nothing to attribute; originals have no other publisher to name.
  if (expected.isArticle) {
    it('is syndicated or the host’s own, as its author meant', () => {
      expect(result.syndicated, expected.why).toBe(expected.syndicated);
      expect(detectSyndication(page(), expected.url).syndicated, 'detection on load').toBe(expected.syndicated);
    });
  }
  if (expected.isArticle && expected.syndicated) {
    it('names the publisher', () => {
      expect(result.isArticle && result.publisher && publisherName(result.publisher), expected.why).toBe(publisherName(expected.publisher!));
    });
  }
});
