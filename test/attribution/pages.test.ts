/**
 * The attribution pages (test/attribution/pages, see its README): every attribution field, the
 * findings, the credit line out of the text, and agreement with the cheap detection. Their clean
 * text is the extraction issue's to match (then they move to test/fixtures).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSyndication } from '../../src/core/detect.ts';
import { extractArticle } from '../../src/core/extract.ts';
import type { CleanArticle } from '../../src/core/types.ts';
import { ARTICLE_FIELDS, fixtureDocument, listFixtures, loadFixture } from '../helpers/fixtures.ts';

const PAGES_DIR = join(import.meta.dirname, 'pages');

const names = listFixtures(PAGES_DIR);

it('has the attribution pages', () => {
  // Pages whose text came out right moved to test/fixtures (issue #13); the rest wait here.
  expect(names.length).toBeGreaterThanOrEqual(1);
});

describe.each(names)('attribution page %s', (name) => {
  const page = loadFixture(name, PAGES_DIR);
  const { expected } = page;
  const result = extractArticle(fixtureDocument(page), expected.url);
  const article = result as CleanArticle;

  it('is an article', () => {
    expect(result.isArticle, result.isArticle ? '' : result.reason).toBe(true);
  });
  it.each(ARTICLE_FIELDS.filter((f) => f in expected))('gets %s right', (field) => {
    expect(article[field]).toEqual(expected[field]);
  });
  it('gives the expected findings, and none strong on an original', () => {
    const kinds = article.reasons.map((f) => f.kind);
    for (const kind of expected.reasons ?? []) expect(kinds).toContain(kind);
    if (!expected.syndicated) expect(article.reasons.filter((f) => f.strength === 'strong')).toEqual([]);
  });
  it('keeps the credit line out of the text, and the story’s last paragraph in it', () => {
    if (article.copyright) expect(article.text).not.toContain(article.copyright);
    const last = (page.text ?? '').split(/\n{2,}/).at(-1)!;
    expect(article.text).toContain(last);
  });
  it('agrees with the cheap detection', () => {
    const detection = detectSyndication(fixtureDocument(page), expected.url);
    expect(detection.syndicated).toBe(expected.syndicated);
    if (expected.syndicated) expect(detection.publisher).toBe(expected.publisher);
  });
});
