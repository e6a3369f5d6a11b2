/**
 * The hidden-style check reads the page's rules first and looks up the computed style only of the
 * text holders something may hide (src/core/hidden-styles.ts). The lookup still decides, so the
 * answer must be exactly the one of looking up every holder: checked here on every page we hold,
 * above all the benchmark's and Readability's real pages with their own style sheets.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hiddenByStylesheet } from '../../src/core/hidden-styles.ts';
import { everyPage, inRuns, setsOf, type HeldPage } from '../helpers/every-page.ts';

const quiet = new VirtualConsole();
const PAGES = everyPage();
const SETS = setsOf(PAGES);
/** Runs of at most 60 pages. */
const RUNS = inRuns(PAGES, 60);

/** What each way finds on `page`, as each element's place and start (comparable across documents). */
function bothWays(page: HeldPage): { fast: string[]; every: string[] } {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
  try {
    const doc = dom.window.document;
    const all = Array.from(doc.getElementsByTagName('*'));
    const name = (el: Element): string => `${all.indexOf(el)} ${el.outerHTML.slice(0, 60)}`;
    const fast = hiddenByStylesheet(doc, doc).map(name);
    const every = hiddenByStylesheet(doc, doc, { exhaustive: true }).map(name);
    return { fast, every };
  } finally {
    dom.window.close();
  }
}

describe('the hidden-style check reads the rules first', () => {
  it('holds pages of every set', () => {
    expect(SETS).toEqual(['fixtures', 'attribution', 'blind', 'corpus', 'benchmark', 'readability']);
  });

  it.each(RUNS)('finds what looking up every text holder finds: $name', ({ set, pages }) => {
    const differ: string[] = [];
    let found = 0;
    for (const page of pages) {
      const { fast, every } = bothWays(page);
      found += every.length;
      if (fast.join('\n') !== every.join('\n')) differ.push(`${page.id}: ${fast.length} against ${every.length}`);
    }
    expect(differ).toEqual([]);
    // The real pages hide text: a check that found nothing anywhere would compare nothing.
    if (set === 'benchmark' || set === 'readability') expect(found).toBeGreaterThan(10);
  });
});
