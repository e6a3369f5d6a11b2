import { describe, expect, it } from 'vitest';
import { detectSyndication } from '../../src/core/detect.ts';
import { extractArticle } from '../../src/core/extract.ts';
import { countWords, readingMinutes } from '../../src/core/text.ts';
import type { CleanArticle } from '../../src/core/types.ts';
import { ARTICLE_FIELDS, fixtureDocument, listFixtures, loadFixture } from '../helpers/fixtures.ts';


/** Page chrome that must never reach the clean text. */
const CHROME = [/\.\.\.\s*Read more/i, /comments powered by Disqus/i, /^Comments$/m, /^_{3,}$/m, /ArcaMax Publishing/i, /Published in /];

const names = listFixtures();

it('has at least 15 fixture pages', () => {
  expect(names.length).toBeGreaterThanOrEqual(15);
});

describe.each(names)('fixture %s', (name) => {
  const fixture = loadFixture(name);
  const { expected } = fixture;

  if (!expected.isArticle) {
    it('is not an article, with a reason', () => {
      const result = extractArticle(fixtureDocument(fixture), expected.url);
      expect(result.isArticle).toBe(false);
      if (result.isArticle) return;
      expect(result.reason.toLowerCase()).toContain(expected.reasonIncludes ?? '');
      const detection = detectSyndication(fixtureDocument(fixture), expected.url);
      expect(detection.isArticle).toBe(false);
      expect(detection.syndicated).toBe(false);
    });
    return;
  }

  const result = extractArticle(fixtureDocument(fixture), expected.url);
  const article = result as CleanArticle;

  it('is an article', () => {
    expect(result.isArticle, result.isArticle ? '' : result.reason).toBe(true);
  });

  it.each(ARTICLE_FIELDS.filter((f) => f in expected))('gets %s right', (field) => {
    expect(article[field]).toEqual(expected[field]);
  });

  it('gives the expected findings', () => {
    const kinds = article.reasons.map((f) => f.kind);
    for (const kind of expected.reasons ?? []) expect(kinds, `findings: ${JSON.stringify(article.reasons)}`).toContain(kind);
    // An original story: nothing but weak clues (a plain dateline) and the host's own identity.
    if (!expected.syndicated) expect(article.reasons.filter((f) => f.strength === 'strong')).toEqual([]);
  });

  it('gives the clean text', () => {
    expect(article.text).toBe(fixture.text);
    expect(article.wordCount).toBe(countWords(fixture.text ?? ''));
    expect(article.readingMinutes).toBe(readingMinutes(countWords(fixture.text ?? '')));
  });

  it('keeps page chrome out of the text', () => {
    for (const re of CHROME) expect(article.text).not.toMatch(re);
    if (article.copyright) expect(article.text).not.toContain(article.copyright);
  });

  it('agrees with the cheap detection on syndication', () => {
    const detection = detectSyndication(fixtureDocument(fixture), expected.url);
    expect(detection.syndicated).toBe(expected.syndicated);
    if (expected.syndicated) expect(detection.publisher).toBe(expected.publisher);
  });

  if (fixture.forbidden.length) {
    it('lets nothing hostile through to the HTML', () => {
      for (const bad of fixture.forbidden) expect(article.html.toLowerCase()).not.toContain(bad.toLowerCase());
    });
  }
});
