/**
 * The attribution card's rows (src/shared/attribution-card.ts) and the "why" sentences
 * (article-view.ts) on whole fixture pages: what each shows, and what it must not (a second
 * "Distributed by", "via" for an original article, an internal finding id).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract.ts';
import type { CleanArticle } from '../../src/core/types.ts';
import { cardRows, creditNamesDistributor, rowText, type CardArticle } from '../../src/shared/attribution-card.ts';
import { readingTime, whySentences } from '../../src/shared/article-view.ts';
import { fixtureDocument, listFixtures, loadFixture } from '../helpers/fixtures.ts';

const expected = (name: string): CardArticle => loadFixture(name).expected as unknown as CardArticle;
const rows = (a: CardArticle): Record<string, string> => Object.fromEntries(cardRows(a).map((r) => [r.key, rowText(r)]));

/** The finding kinds of src/core/evidence.ts as they once leaked into the popup ("arcamax-host:"). */
const INTERNAL_ID = /\b(?:arcamax|byline|credit|jsonld|meta|canonical|republication|host|provider)-[a-z-]+\b/;

describe('cardRows', () => {
  it('the seed: publisher and site, the verbatim credit, via ArcaMax · section, the date, three authors; no second "Distributed by"', () => {
    const r = rows(expected('arcamax--bloomberg-ukraine-strikes'));
    expect(r.publisher).toBe('Bloomberg News · bloomberg.com');
    expect(r.credit).toBe('©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.');
    expect(r.read).toBe('via ArcaMax · News & Features');
    expect(r.date).toMatch(/2024/);
    expect(r.authors).toBe('Alberto Nardelli, Jenny Leonard and Alex Wickham');
    expect(r.distributor).toBeUndefined();
    expect(cardRows(expected('arcamax--bloomberg-ukraine-strikes')).map((x) => x.key)).toEqual(['publisher', 'credit', 'read', 'date', 'authors']);
  });

  it('names the distributor when the credit line does not (a New York Times story on The Seattle Times)', () => {
    const a = expected('seattletimes--nyt-heat-grid');
    expect(creditNamesDistributor(a)).toBe(false);
    expect(rows(a).distributor).toBe('New York Times News Service');
    expect(rows(a).read).toMatch(/^via The Seattle Times/);
  });

  it('an original article is read "on" its own site, never "via" it', () => {
    const r = rows(expected('bloomberg--original-fed-rates'));
    expect(r.read).toMatch(/^on Bloomberg/);
    expect(cardRows(expected('bloomberg--original-fed-rates'))[0]!.label).toBe('Publisher');
  });

  it('a byline that names no person is shown as it is; two authors are joined by "and"', () => {
    const rtl = expected('alwatan--original-rtl-rain');
    expect(rows(rtl).authors).toBe('ليلى حداد');
    expect(cardRows(rtl).find((r) => r.key === 'authors')!.label).toBe('Byline');
    expect(rows({ ...rtl, authors: ['Ann Lee', 'Bo Chan'] }).authors).toBe('Ann Lee and Bo Chan');
  });

  it('leaves out what the page does not say', () => {
    const bare: CardArticle = { syndicated: false, publisher: null, publisherSite: null, siteName: null, section: null, published: null, copyright: null, distributor: null, authors: [], byline: null };
    expect(cardRows(bare)).toEqual([]);
  });
});

describe('"Why this counts as syndicated" on every syndicated fixture', () => {
  const syndicated = listFixtures().filter((name) => loadFixture(name).expected.syndicated);

  it.each(syndicated)('%s: plain sentences, no internal ids', (name) => {
    const fixture = loadFixture(name);
    const a = extractArticle(fixtureDocument(fixture), fixture.expected.url) as CleanArticle;
    const sentences = whySentences(a);
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) {
      expect(s).not.toMatch(INTERNAL_ID);
      expect(s).toMatch(/^[A-Z“].*[.”]$/);
    }
  });

  it('an original article has no "why"', () => {
    const fixture = loadFixture('bloomberg--original-fed-rates');
    expect(whySentences(extractArticle(fixtureDocument(fixture), fixture.expected.url) as CleanArticle)).toEqual([]);
  });
});

describe('readingTime', () => {
  it('is English UI text with English digits whatever the article’s language', () => {
    expect(readingTime({ readingMinutes: 1, wordCount: 186 })).toBe('1 min (186 words)');
    expect(readingTime({ readingMinutes: 12, wordCount: 2_345 })).toBe('12 min (2,345 words)');
  });
});
