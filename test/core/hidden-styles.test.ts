/**
 * Text the page's style sheets hide is not the story. Extraction looks up the computed style of
 * the page's classed text holders that something may hide (src/core/hidden-styles.ts): these pages
 * check that it finds every way a rule hides text, keeps text a later rule shows again, and gives
 * the same answer as looking up every holder where the rules cannot be read whole. The same answer
 * on every page we hold is checked in test/slow/hidden-styles-every-page.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, IN_BROWSER } from '../../src/core/extract.ts';
import { hiddenByStylesheet, subjectKey } from '../../src/core/hidden-styles.ts';
import { PLAIN_PARAGRAPHS, pageDocument } from '../helpers/page.ts';

const SPAM = 'Cheap pills and casino bonuses stuffed here for search engines only, never shown to readers.';

function textOf(head: string, extra: string): string {
  const { doc, url } = pageDocument({ head, paragraphs: [...PLAIN_PARAGRAPHS.slice(0, 2), extra, PLAIN_PARAGRAPHS[2]!] });
  const result = extractArticle(doc, url);
  expect(result.isArticle).toBe(true);
  // As the content script reads it (every holder looked up): the same text.
  expect(extractArticle(doc, url, IN_BROWSER)).toEqual(result);
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
    ['an id rule on an unclassed ancestor', '<style>#vault { visibility: hidden }</style>', `<span id="vault"><b class="seo-word">${SPAM}</b></span>`],
    ['a tag rule on an ancestor', '<style>article q { visibility: hidden }</style>', `<q><b class="seo-word">${SPAM}</b></q>`],
    ['an attribute rule', '<style>[data-seo="1"] { display: none }</style>', `<span class="x-seo" data-seo="1">${SPAM}</span>`],
    ['an escaped class name (Tailwind)', '<style>.md\\:hidden { display: none }</style>', `<span class="md:hidden">${SPAM}</span>`],
    ['a list with a pseudo-element', '<style>.quote::before, .seo-box { display: none }</style>', `<span class="seo-box">${SPAM}</span>`],
    ['a rule in a layer', '<style>@layer base { .seo-box { display: none } }</style>', `<span class="seo-box">${SPAM}</span>`],
    ['a nested rule', '<style>article { & .seo-box { display: none } }</style>', `<span class="seo-box">${SPAM}</span>`],
    ['a variable', '<style>:root { --gone: none } .seo-box { display: var(--gone) }</style>', `<span class="seo-box">${SPAM}</span>`],
    ['an inline style', '', `<span class="seo-box" style="color: red; DISPLAY : none">${SPAM}</span>`],
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

  it.each([
    ['a rule for print only', '<style>@media print { .note { display: none } }</style>'],
    ['a print style sheet', '<style media="print">.note { display: none }</style>'],
    ['a rule whose condition fails', '<style>@supports (display: no-such-value) { .note { display: none } }</style>'],
    ['an inline style that shows it', '<style>.note { display: none }</style>', 'style="display: inline"'],
    ['an inline custom property', '', 'style="--display: none"'],
    ['a switched-off style sheet', '<style id="off">.note { display: none }</style><script></script>', '', (doc: Document) => ((doc.getElementById('off') as HTMLStyleElement).sheet!.disabled = true)],
  ])('is kept when hidden only by %s', (_how, head, attrs = '', prepare?: (doc: Document) => void) => {
    const { doc, url } = pageDocument({ head, paragraphs: [...PLAIN_PARAGRAPHS.slice(0, 2), `Officials spoke. <span class="note" ${attrs}>The vote was seven to two, with one member absent.</span>`, PLAIN_PARAGRAPHS[2]!] });
    prepare?.(doc);
    expect(hiddenByStylesheet(doc, doc)).toEqual([]);
    const result = extractArticle(doc, url);
    expect(result.isArticle && result.text).toContain('The vote was seven to two');
  });

  // Readability drops these itself (an inline display: none, a hidden attribute): only the check's
  // own answer is compared here.
  it.each([
    ['an inline style that a page rule overrides', '<style>.note { display: inline !important }</style>', 'style="display: none"'],
    ['hidden until found', '', 'hidden="until-found"'],
  ])('is not found hidden by %s', (_how, head, attrs) => {
    const { doc } = pageDocument({ head, paragraphs: [...PLAIN_PARAGRAPHS.slice(0, 2), `Officials spoke. <span class="note" ${attrs}>The vote was seven to two.</span>`] });
    expect(hiddenByStylesheet(doc, doc)).toEqual([]);
    expect(hiddenByStylesheet(doc, doc, { exhaustive: true })).toEqual([]);
  });

  it('is kept when the rule that matches it hides only a pseudo-element', () => {
    const text = textOf('<style>.note::after { display: none } .note:before { visibility: hidden }</style>', 'Officials spoke. <span class="note">The vote was seven to two, with one member absent.</span>');
    expect(text).toContain('The vote was seven to two');
  });

  it('is kept when an ancestor is only styled, not hidden', () => {
    const text = textOf('<style>.wrap { display: flex; visibility: visible }</style>', 'Officials spoke. <span class="wrap" style="display: inline-block"><b class="n">The vote was seven to two, with one member absent.</b></span>');
    expect(text).toContain('The vote was seven to two');
  });

  it('is still found when a style sheet cannot be read (as a cross-origin one cannot)', () => {
    const { doc, url } = pageDocument({
      head: '<style>.other { color: red }</style><style>.seo-box { display: none }</style>',
      paragraphs: [...PLAIN_PARAGRAPHS.slice(0, 2), `Officials spoke. <span class="seo-box">${SPAM}</span>`, PLAIN_PARAGRAPHS[2]!],
    });
    // The hiding rule is in the sheet whose rules cannot be read: the cascade still applies it.
    Object.defineProperty(doc.styleSheets[1]!, 'cssRules', {
      get() {
        throw new DOMException('Cannot access rules', 'SecurityError');
      },
    });
    const hidden = hiddenByStylesheet(doc, doc);
    expect(hidden.map((e) => e.className)).toEqual(['seo-box']);
    const result = extractArticle(doc, url);
    expect(result.isArticle && result.text).not.toContain('casino');
  });

  it('gives the same elements as looking up every text holder', () => {
    const { doc } = pageDocument({
      head: '<style>.a { display: none } @media screen { #b { visibility: hidden } } .c .d { display: none } .e { display: none } .e.f { display: block }</style>',
      paragraphs: [
        ...PLAIN_PARAGRAPHS.slice(0, 2),
        'One <span class="a">a</span> <span id="b"><i class="x">b</i></span> <span class="c"><span class="d">d</span></span> <span class="e f">shown</span> <span class="e">e</span>' +
          ' <span class="g" style="display: none">g</span> <svg class="icon"><title class="icon-title">Logo</title></svg>',
      ],
    });
    const fast = hiddenByStylesheet(doc, doc);
    // An SVG <title> is not display: none (the browser's rule for <title> is HTML's).
    expect(fast.map((e) => e.textContent)).toEqual(['a', 'b', 'd', 'e', 'g']);
    expect(hiddenByStylesheet(doc, doc, { exhaustive: true })).toEqual(fast);
  });
});

describe('what a hiding rule needs of an element (its subject key)', () => {
  it.each([
    ['.seo-box', 'c:seo-box'],
    ['article .x-wrap .seo-box', 'c:seo-box'],
    ['div > p.Note:not(.shown)', 'c:note'],
    ['#Vault.box', 'i:vault'],
    ['ul li', 't:li'],
    ['ul\n  >  li + li', 't:li'],
    ['[data-seo="a b, c"]', 'a:data-seo'],
    ['.md\\:hidden', 'c:md:hidden'],
    ['.\\31 0col', 'c:10col'],
    ['.a:not(.b .c)', 'c:a'],
    [':is(.a, .b)', ''],
    ['*', ''],
    ['svg|rect', ''],
    ['.quote::before', null],
    ['.quote:after', null],
  ])('%s → %s', (selector, key) => {
    expect(subjectKey(selector)).toBe(key);
  });
});
