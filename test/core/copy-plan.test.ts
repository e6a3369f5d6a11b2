/**
 * Pre-cleaning's first removals are decided on the page and the copy is made without them
 * (src/core/preclean.ts `removedBeforeCopy`). These pages hold what pre-cleaning changes before
 * its chrome pass: each must come out exactly as copying the whole page and cleaning the copy
 * does. test/slow/copy-plan-every-page.test.ts checks the same on every page we hold.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract.ts';
import { precleanedBothWays } from '../helpers/copy-plan.ts';
import { PLAIN_PARAGRAPHS, pageDocument } from '../helpers/page.ts';

const [P1, P2, P3] = PLAIN_PARAGRAPHS as [string, string, string];
const SCRIPTS = '<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ section: "news" });</script><nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>';

function bothWays(paragraphs: string[], head = '') {
  const { doc, url } = pageDocument({ head, top: SCRIPTS, paragraphs, bottom: `${SCRIPTS}<p>© 2024 County Ledger. All rights reserved.</p>` });
  return precleanedBothWays(doc, url);
}

describe('the copy made without what pre-cleaning removes first', () => {
  it('is the cleaned whole copy, with the scripts and menus left out before copying', () => {
    const both = bothWays([P1, P2, P3]);
    expect(both.planned).toBe(both.full);
    expect(both.planSize).toBeGreaterThanOrEqual(4);
    expect(both.plannedElements).toBeLessThan(both.fullElements);
  });

  it('leaves out the head\'s style sheets, links and scripts, and keeps what Readability reads there', () => {
    const head = [
      '<base href="https://www.countyledger.example/news/">',
      '<meta name="author" content="Dana Whitfield">',
      '<link rel="stylesheet" href="/assets/site.css"><link rel="preload" href="/fonts/serif.woff2" as="font">',
      '<style>.story { font-family: Georgia, serif } .promo { display: block }</style>',
      '<script src="/assets/tracking.js"></script><script>window.ledgerAnalytics = { page: "story" };</script>',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Parks to stay open later"}</script>',
      '<noscript><style>.lazy { display: none }</style></noscript>',
    ].join('');
    const both = bothWays([P1, P2, P3], head);
    expect(both.planned).toBe(both.full);
    const headOf = (shape: string): string => shape.slice(shape.indexOf('<head>'), shape.indexOf('</head>'));
    const kept = headOf(both.planned);
    for (const gone of ['<style', '<link', 'tracking.js', 'ledgerAnalytics', '<noscript']) expect(kept).not.toContain(gone);
    for (const stays of ['<base href', 'name="author"', 'application/ld+json', 'Parks to stay open later']) expect(kept).toContain(stays);
    // Left out before copying, not copied and then removed: two links, a style, two scripts, a noscript.
    expect(both.planSize - bothWays([P1, P2, P3]).planSize).toBe(6);
  });

  it('keeps a formula in a block named like a comment section, as the cleaned copy does', () => {
    // The formula's ancestors lose their unlikely names before the chrome pass, so the block stays.
    const both = bothWays([P1, '<span class="comments-math">The area is <math><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></math> for a circle.</span>', P2, P3]);
    expect(both.planned).toBe(both.full);
    expect(both.planned).toContain('<math');
  });

  it('leaves a quote\'s wrapper to the cleaning of the copy when it holds a script', () => {
    // With the script, the wrapper is more than the quote and is not unwrapped; taking the script
    // out before copying would make it unwrap.
    const quote = '<div class="embed-wrap"><blockquote class="tweet">The parks need longer hours, and the trail needs lights.</blockquote><script>window.widgets = "load the embedded post here";</script></div>';
    const both = bothWays([P1, quote, P2, P3]);
    expect(both.planned).toBe(both.full);
    expect(both.planned).toContain('<blockquote');
  });

  it('gives up on forms and chrome when a form sits by a quote in the story', () => {
    const quote = '<div class="embed-wrap"><blockquote>The parks need longer hours.</blockquote><form action="/vote"><input name="q"></form></div>';
    const both = bothWays([P1, quote, P2, P3]);
    expect(both.planned).toBe(both.full);
    expect(both.planSize).toBe(0);
  });

  it('measures a form box without the text the styles hide, as the cleaned copy does', () => {
    // The outer block is long only with its hidden text: once that is gone, the box takes it too.
    const hidden = `<span class="seo-stuff">${'Cheap flights and casino bonuses for search engines only. '.repeat(8)}</span>`;
    const signup = `<div class="signup-outer">${hidden}<div class="signup"><form action="/join"><input name="email"></form><span class="signup-note">Get the morning newsletter.</span></div></div>`;
    const both = bothWays([P1, P2, P3].map((p, i) => (i === 1 ? `${p}</p>${signup}<p>` : p)), '<style>.seo-stuff { display: none }</style>');
    expect(both.planned).toBe(both.full);
    expect(both.planned).not.toContain('signup-outer');
  });

  it('never takes what holds the story, whatever its name', () => {
    const { doc, url } = pageDocument({ top: SCRIPTS, paragraphs: [P1, P2, P3] });
    doc.querySelector('article')!.setAttribute('class', 'ad-wrapper comments-area');
    const both = precleanedBothWays(doc, url);
    expect(both.planned).toBe(both.full);
    const result = extractArticle(doc, url);
    expect(result.isArticle && result.text).toContain(P3);
  });
});

describe('text hidden by the styles, beside text that is not', () => {
  it('takes each hidden element and only those, however many sit side by side', () => {
    // Found by its place in the page and removed one after another, the second hidden element
    // was looked for where the first had been and the visible clause after them went instead.
    const { doc, url } = pageDocument({
      head: '<style>.seo-a, .seo-b { display: none }</style>',
      paragraphs: [P1, `Officials spoke. <span class="seo-a">Casino bonuses here.</span><span class="seo-b">Cheap pills here.</span><span class="vote-note">The vote was seven to two.</span> They left.`, P2, P3],
    });
    const result = extractArticle(doc, url);
    expect(result.isArticle).toBe(true);
    const text = result.isArticle ? result.text : '';
    expect(text).toContain('The vote was seven to two.');
    expect(text).not.toContain('Casino');
    expect(text).not.toContain('Cheap pills');
  });
});
