/**
 * Extraction decides pre-cleaning's first removals on the page and copies only what stays
 * (src/core/preclean.ts `removedBeforeCopy`, src/core/partial-clone.ts). That is a change of cost,
 * never of result: on every page we hold, the copy Readability gets must be exactly the one of
 * copying the whole page and cleaning the copy.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { precleanedBothWays } from '../helpers/copy-plan.ts';
import { everyPage, inRuns, setsOf } from '../helpers/every-page.ts';

const quiet = new VirtualConsole();
const PAGES = everyPage();
const SETS = setsOf(PAGES);
/** Runs of at most 60 pages. */
const RUNS = inRuns(PAGES, 60);

describe('the copy is made without what pre-cleaning removes first', () => {
  it('holds pages of every set', () => {
    expect(SETS).toEqual(['fixtures', 'attribution', 'blind', 'corpus', 'benchmark', 'readability']);
  });

  it.each(RUNS)('leaves the document a whole copy would: $name', ({ set, pages }) => {
    const differ: string[] = [];
    let full = 0;
    let planned = 0;
    for (const page of pages) {
      const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
      try {
        const both = precleanedBothWays(dom.window.document, page.url);
        if (both.planned !== both.full) differ.push(page.id);
        full += both.fullElements;
        planned += both.plannedElements;
      } finally {
        dom.window.close();
      }
    }
    expect(differ).toEqual([]);
    // Real pages carry scripts, menus and ads: the plan must leave much of them out of the copy,
    // or this compares nothing (on the benchmark's pages about three fifths of the elements).
    if (set === 'benchmark' || set === 'readability') expect(planned).toBeLessThan(full * 0.8);
  });
});
