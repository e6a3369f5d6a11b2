/**
 * Every detection check against its own positive page and against the other checks' pages
 * (github-url-detection style): a check fires on its page, and on no page meant for another.
 */
import { describe, expect, it } from 'vitest';
import { CHECKS, detectSyndication, runChecks, scanPage } from '../../src/core/detect.ts';
import { pageDocument, type PageParts } from '../helpers/page.ts';

const firing = (p: PageParts): string[] => {
  const { doc, url } = pageDocument(p);
  return runChecks(scanPage(doc, url)).map((f) => f.id);
};

/** For each check: a page that should make it fire, and the checks that necessarily fire with it. */
const POSITIVES: Record<string, { page: PageParts; with?: string[] }> = {
  'arcamax-title': { page: { title: 'Board approves budget | ArcaMax Publishing' } },
  'arcamax-breadcrumb': { page: { top: '<div class="crumbs"><a href="/politics">/Politics</a><a href="/">/ArcaMax</a></div>' } },
  'arcamax-host': { page: { url: 'https://ard.arcamaxupdates.com/about-us' } },
  'arcamax-story-url': { page: { url: 'https://www.arcamax.com/currentnews/newsheadlines/s-3478215' }, with: ['arcamax-host'] },
  'distributor-credit': { page: { trailer: '<p>©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.</p>' } },
  'wire-dateline': {
    page: { paragraphs: ['BEIJING (Reuters) - China will curb exports of several rare earth elements from next month, the commerce ministry said on Thursday, in a move that could ripple through supply chains.', 'The move follows months of talks.'] },
  },
  'byline-outlet': { page: { afterHeadline: '<p>By Laura Curtis and Augusta Saraiva, Bloomberg News</p>' } },
  'jsonld-source': {
    page: { head: '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Board approves budget","publisher":{"@type":"Organization","name":"County Ledger"},"sourceOrganization":{"@type":"Organization","name":"Bloomberg News"}}</script>' },
  },
  'meta-syndication-source': { page: { head: '<meta name="syndication-source" content="https://www.propublica.org/article/board-budget">' } },
  'canonical-elsewhere': { page: { head: '<link rel="canonical" href="https://www.latimes.com/business/story/2025-01-22/board-budget">' } },
  'republication-pixel': {
    page: { trailer: '<img src="https://counter.theconversation.com/content/248123/count.gif?distributor=republish-lightbox-basic" width="1" height="1" alt="">' },
  },
};

describe('every check has a positive page', () => {
  it('covers all checks', () => {
    expect(Object.keys(POSITIVES).sort()).toEqual(CHECKS.map((c) => c.id).sort());
  });
});

describe.each(Object.entries(POSITIVES))('check %s', (id, { page, with: companions = [] }) => {
  it('fires on its own page, and only with its companions', () => {
    expect(firing(page).sort()).toEqual([id, ...companions].sort());
  });
  it('does not fire on a plain original article', () => {
    expect(firing({})).not.toContain(id);
  });
  it.each(Object.entries(POSITIVES).filter(([other]) => other !== id && !(POSITIVES[other]!.with ?? []).includes(id)))(
    'does not fire on the page for %s',
    (_other, otherCase) => {
      expect(firing(otherCase.page)).not.toContain(id);
    },
  );
});

describe('traps from syndication-formats.md', () => {
  it('ignores an AP copyright under a photo', () => {
    const trailer = '<figure><img src="https://img.example/p.jpg" alt=""><figcaption>Crowds gather. (AP Photo/Erin Hooley) Copyright 2024 The Associated Press. All Rights Reserved.</figcaption></figure>';
    expect(firing({ trailer })).toEqual([]);
  });
  it('ignores "according to Bloomberg" in the text', () => {
    expect(firing({ paragraphs: ['Borrowing costs have climbed sharply over the past year for counties of every size, according to Bloomberg.', 'The board noted it.'] })).toEqual([]);
  });
  it("ignores the host site's own footer copyright", () => {
    expect(firing({ bottom: '<p>Copyright 2025 County Ledger. Distributed by County Ledger Media.</p>' })).toEqual([]);
  });
  it("does not call the original publisher's own site syndicated", () => {
    const { doc, url } = pageDocument({
      url: 'https://www.bloomberg.com/news/articles/2024-12-18/fed-cuts-rates',
      head: '<meta property="og:site_name" content="Bloomberg">',
      afterHeadline: '<p>By Craig Torres, Bloomberg News</p>',
      trailer: '<p>©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.</p>',
    });
    const d = detectSyndication(doc, url);
    expect(d.reasons).toEqual([]);
    expect(d.syndicated).toBe(false);
  });
  it('ignores a byline outlet that is the site itself', () => {
    expect(firing({ afterHeadline: '<p>By Jake Griffin, County Ledger Staff Writer</p>' })).toEqual([]);
  });
  it('ignores syndication-source and canonical that point at the page itself', () => {
    const head = '<meta name="syndication-source" content="https://www.countyledger.example/news/board-approves-budget"><link rel="canonical" href="https://countyledger.example/news/board-approves-budget">';
    expect(firing({ head })).toEqual([]);
  });
});

describe('detectSyndication', () => {
  it('says a plain original article is an article and not syndicated', () => {
    const { doc, url } = pageDocument();
    expect(detectSyndication(doc, url)).toMatchObject({ isArticle: true, syndicated: false, reasons: [], publisher: null, siteName: 'County Ledger' });
  });
  it('names the publisher from the byline on a syndicated page', () => {
    const { doc, url } = pageDocument({
      afterHeadline: '<p>By Laura Curtis, Bloomberg News</p>',
      trailer: '<p>©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.</p>',
    });
    expect(detectSyndication(doc, url)).toMatchObject({ isArticle: true, syndicated: true, publisher: 'Bloomberg News' });
  });
  it('says ArcaMax section indexes and comics are not articles', () => {
    for (const [u, word] of [['https://www.arcamax.com/politics/opeds/', 'index'], ['https://www.arcamax.com/thefunnies/zits/s-3661234', 'comics']] as const) {
      const { doc, url } = pageDocument({ url: u, title: 'Op Eds | ArcaMax Publishing' });
      const d = detectSyndication(doc, url);
      expect(d.isArticle).toBe(false);
      expect(d.reason).toContain(word);
    }
  });
  it('treats a plain "CITY —" dateline as weak evidence only', () => {
    const { doc, url } = pageDocument({ paragraphs: ['WASHINGTON — The county board voted on Tuesday evening to approve a budget that adds four new positions to the parks department.', 'More text follows here.'] });
    const d = detectSyndication(doc, url);
    expect(d.reasons.map((r) => r.split(':')[0])).toEqual(['wire-dateline']);
    expect(d.syndicated).toBe(false);
  });
});
