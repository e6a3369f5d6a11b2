/**
 * Extraction reuses the scan detection made of the same page (the content script detects on load,
 * the user asks for the article later), and scans again when the page has changed since. Both
 * ways, the article must be the one a fresh extraction reads. Also: the per-step profile.
 */
import { describe, expect, it } from 'vitest';
import { detectSyndication, reusableScan } from '../../src/core/detect.ts';
import { extractArticle, type ExtractProfile } from '../../src/core/extract.ts';
import { fixtureDocument, loadFixture } from '../helpers/fixtures.ts';

const SYNDICATED = loadFixture('courant--bloomberg-port-strike');
const ORIGINAL = loadFixture('dailyherald--original-school-board');

describe('reusing detection’s scan', () => {
  it.each([SYNDICATED, ORIGINAL])('$name: extraction after detection reads what a fresh extraction reads', (fixture) => {
    const page = fixtureDocument(fixture);
    const url = fixture.expected.url;
    detectSyndication(page, url);
    expect(reusableScan(page, url)).not.toBeNull();
    expect(extractArticle(page, url)).toEqual(extractArticle(fixtureDocument(fixture), url));
  });

  it('is not reused for another URL or another document', () => {
    const page = fixtureDocument(SYNDICATED);
    detectSyndication(page, SYNDICATED.expected.url);
    expect(reusableScan(page, `${SYNDICATED.expected.url}?page=2`)).toBeNull();
    expect(reusableScan(fixtureDocument(SYNDICATED), SYNDICATED.expected.url)).toBeNull();
  });

  it('is not reused once the page has changed: a credit line added after detection is found', () => {
    const page = fixtureDocument(ORIGINAL);
    const url = ORIGINAL.expected.url;
    const before = detectSyndication(page, url);
    expect(before.syndicated).toBe(false);
    // The page's own script adds the wire's credit under the story after the load.
    const paragraphs = page.querySelectorAll('article p, main p');
    const last = paragraphs[paragraphs.length - 1]!;
    const credit = page.createElement('p');
    credit.textContent = '©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.';
    last.after(credit);
    expect(reusableScan(page, url)).toBeNull();
    const result = extractArticle(page, url);
    expect(result.isArticle && result.copyright).toBe('©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.');
  });

  it('is not reused once a page script writes a credit line into an element that was already there', () => {
    const page = fixtureDocument(ORIGINAL);
    const url = ORIGINAL.expected.url;
    // An empty placeholder under the story, filled after detection: the element count stays the same.
    const paragraphs = page.querySelectorAll('article p, main p');
    const slot = page.createElement('p');
    paragraphs[paragraphs.length - 1]!.after(slot);
    expect(detectSyndication(page, url).syndicated).toBe(false);
    slot.textContent = '©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.';
    expect(reusableScan(page, url)).toBeNull();
    const result = extractArticle(page, url);
    expect(result.isArticle && result.copyright).toBe('©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.');
  });

  it('is reused after a later detection of the changed page, and that scan sees the change', () => {
    const page = fixtureDocument(ORIGINAL);
    const url = ORIGINAL.expected.url;
    detectSyndication(page, url);
    const paragraphs = page.querySelectorAll('article p, main p');
    const credit = page.createElement('p');
    credit.textContent = '©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.';
    paragraphs[paragraphs.length - 1]!.after(credit);
    expect(detectSyndication(page, url).syndicated).toBe(true);
    expect(reusableScan(page, url)?.credit?.credit.copyright).toBe(credit.textContent);
  });

  it('is not reused when an element the scan found has been removed and another put in its place', () => {
    const page = fixtureDocument(SYNDICATED);
    const url = SYNDICATED.expected.url;
    detectSyndication(page, url);
    const headline = page.querySelector('h1')!;
    headline.replaceWith(page.createElement('h1'));
    expect(reusableScan(page, url)).toBeNull();
  });
});

describe('the per-step profile', () => {
  it('times every step of an extraction, and the steps add up to no more than the whole', () => {
    const page = fixtureDocument(SYNDICATED);
    const profile: ExtractProfile = { steps: {}, rules: {} };
    const start = performance.now();
    const result = extractArticle(page, SYNDICATED.expected.url, { profile });
    const total = performance.now() - start;
    expect(result.isArticle).toBe(true);
    for (const step of ['page scan', 'hidden styles', 'clone', 'pre-cleaning', 'Readability', 'trailer', 'sanitizing', 'plain text', 'metadata']) {
      expect(profile.steps[step], step).toBeGreaterThanOrEqual(0);
    }
    const sum = Object.values(profile.steps).reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThanOrEqual(total + 0.5);
  });

  it('leaves the result as it is without a profile', () => {
    const url = SYNDICATED.expected.url;
    expect(extractArticle(fixtureDocument(SYNDICATED), url, { profile: { steps: {}, rules: {} } })).toEqual(extractArticle(fixtureDocument(SYNDICATED), url));
  });
});
