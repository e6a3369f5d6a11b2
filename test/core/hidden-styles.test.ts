/**
 * Text the page's style sheets hide is not the story. Extraction looks up the computed style of
 * the page's classed text holders (extract.ts hiddenByStylesheet): these pages check that it finds
 * every way a rule hides text, and keeps text a later rule shows again.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract.ts';
import { PLAIN_PARAGRAPHS, pageDocument } from '../helpers/page.ts';

const SPAM = 'Cheap pills and casino bonuses stuffed here for search engines only, never shown to readers.';

function textOf(head: string, extra: string): string {
  const { doc, url } = pageDocument({ head, paragraphs: [...PLAIN_PARAGRAPHS.slice(0, 2), extra, PLAIN_PARAGRAPHS[2]!] });
  const result = extractArticle(doc, url);
  expect(result.isArticle).toBe(true);
  return result.isArticle ? result.text : '';
}

describe('text hidden by the style sheets', () => {
  it.each([
    ['a class rule', '<style>.seo-box { display: none }</style>', `<span class="seo-box">${SPAM}</span>`],
    ['a rule in a media query', '<style>@media screen { .seo-box { display: none } }</style>', `<span class="seo-box">${SPAM}</span>`],
    ['a rule in a supports block', '<style>@supports (display: grid) { .seo-box { display: none } }</style>', `<span class="seo-box">${SPAM}</span>`],
    ['an ancestor made invisible', '<style>.vault { visibility: hidden }</style>', `<span class="vault"><b class="seo-word">${SPAM}</b></span>`],
    ['a descendant selector', '<style>article .x-wrap .seo-box { display: none }</style>', `<span class="x-wrap"><span class="seo-box">${SPAM}</span></span>`],
    ['the hidden attribute', '', `<span class="seo-box" hidden>${SPAM}</span>`],
  ])('is dropped when hidden by %s', (_how, head, extra) => {
    const text = textOf(head, `Officials spoke. ${extra}`);
    expect(text).not.toContain('casino');
    expect(text).toContain('Officials spoke.');
    expect(text).toContain(PLAIN_PARAGRAPHS[2]!);
  });

  it('is kept when a later, more specific rule shows it again', () => {
    const text = textOf('<style>.note { display: none } article p .note.shown { display: inline }</style>', 'Officials spoke. <span class="note shown">The vote was seven to two, with one member absent.</span>');
    expect(text).toContain('The vote was seven to two');
  });
});
