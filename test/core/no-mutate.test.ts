/**
 * Readability rewrites the tree it is given; extraction must run it on a clone so the page the
 * user is reading stays exactly as it was (the live DOM is the user's, not ours).
 */
import { expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract.ts';
import { detectSyndication } from '../../src/core/detect.ts';
import { fixtureDocument, listFixtures, loadFixture } from '../helpers/fixtures.ts';

it.each(listFixtures())('leaves the live document of %s untouched', (name) => {
  const fixture = loadFixture(name);
  const doc = fixtureDocument(fixture);
  const before = doc.documentElement.outerHTML;
  const counts = (): number[] => ['script', 'style', 'iframe', 'p', '*'].map((s) => doc.querySelectorAll(s).length);
  const countsBefore = counts();
  detectSyndication(doc, fixture.expected.url);
  extractArticle(doc, fixture.expected.url);
  expect(counts()).toEqual(countsBefore);
  expect(doc.documentElement.outerHTML).toBe(before);
});
