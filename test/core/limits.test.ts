/** Big pages: extraction stops with a clear message past its element budget instead of hanging the tab. */
import { expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract.ts';
import { PLAIN_PARAGRAPHS, pageDocument } from '../helpers/page.ts';

it('refuses a page over the element budget with a reason that says so', () => {
  const paragraphs = Array.from({ length: 400 }, (_, i) => `${PLAIN_PARAGRAPHS[i % 3]} (${i})`);
  const { doc, url } = pageDocument({ paragraphs });
  const result = extractArticle(doc, url, { maxElems: 300 });
  expect(result.isArticle).toBe(false);
  if (result.isArticle) return;
  expect(result.reason).toMatch(/^This page is too large to read \(\d[\d,]* elements; the limit is 300\)\.$/);
  // The same page within the budget is read.
  expect(extractArticle(doc, url).isArticle).toBe(true);
});
