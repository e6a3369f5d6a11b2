/**
 * Tests OF THE GENERATOR (not of the extractor): the corpus is deterministic, large and varied enough,
 * every page is whole, and every expectation is consistent with the page it describes.
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { AXES, type CorpusPage, generateCorpus } from './generate.ts';
import { EXTRA_HEADLINES, STORIES } from './stories.ts';
import { TRAPS } from './traps.ts';

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
let pages: CorpusPage[];
beforeAll(() => {
  pages = generateCorpus();
});

const counts = (key: (p: CorpusPage) => string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const p of pages) for (const k of key(p)) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

describe('the corpus as a whole', () => {
  it('is deterministic: the same seed gives the same pages, another seed other pages', () => {
    expect(JSON.stringify(generateCorpus(1))).toBe(JSON.stringify(pages));
    expect(JSON.stringify(generateCorpus(2))).not.toBe(JSON.stringify(pages));
  });

  it('has at least 400 pages with unique ids and URLs', () => {
    expect(pages.length).toBeGreaterThanOrEqual(400);
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
  });

  it('uses at least 10 layouts', () => {
    expect(counts((p) => [p.layout]).size).toBeGreaterThanOrEqual(10);
    for (const id of AXES.layouts) expect(counts((p) => [p.layout]).get(id) ?? 0, id).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['family', AXES.families, (p: CorpusPage) => [p.family]],
    ['byline form', AXES.forms, (p: CorpusPage) => [p.bylineForm]],
    ['trap', TRAPS, (p: CorpusPage) => p.traps],
  ] as const)('uses every %s at least 10 times', (_name, ids, key) => {
    const c = counts(key);
    for (const id of ids) expect(c.get(id) ?? 0, id).toBeGreaterThanOrEqual(10);
  });

  it('has at least 35% originals, and originals carry traps too', () => {
    const originals = pages.filter((p) => !p.expected.syndicated);
    expect(originals.length / pages.length).toBeGreaterThanOrEqual(0.35);
    const trapsOnOriginals = new Set(originals.flatMap((p) => p.traps));
    for (const t of ['photo-credit', 'footer-syndication-note', 'wire-mention', 'teaser-credits', 'comment-paste', 'sidebar-byline', 'role-words', 'junk-doc-title']) {
      expect(trapsOnOriginals.has(t), t).toBe(true);
      expect(pages.some((p) => p.expected.syndicated && p.traps.includes(t)), t).toBe(true);
    }
  });

  it('uses a story bank of at least 40 stories of 5–12 paragraphs', () => {
    expect(STORIES.length).toBeGreaterThanOrEqual(40);
    for (const s of STORIES) expect(s.paragraphs.length, s.slug).toBeGreaterThanOrEqual(5);
    for (const s of STORIES) expect(s.paragraphs.length, s.slug).toBeLessThanOrEqual(12);
  });

  it('has no two pages with the same headline, ending, byline and date', () => {
    const keys = pages.map((p) => `${p.expected.title}\n${p.bodyEndsWith}\n${p.expected.byline}\n${p.expected.published}`);
    expect(new Set(keys).size).toBe(pages.length);
  });
});

describe('every page', () => {
  // 463 whole pages through jsdom in one test: 137 s was seen on a 2-core machine under a load of 13.
  it('parses, is whole, and agrees with its expectations', { timeout: 300_000 }, () => {
    const failures: string[] = [];
    const check = (p: CorpusPage, ok: boolean, what: string) => { if (!ok) failures.push(`${p.id}: ${what}`); };
    const otherTitles = new Set([...STORIES.flatMap((s) => s.titles), ...Object.values(EXTRA_HEADLINES).flat().map((h) => h.title)]);
    for (const p of pages) {
      const doc = new JSDOM(p.html, { url: p.url }).window.document;
      const text = fold(doc.body.textContent ?? '');
      const meta = (prop: string) => doc.querySelector(`meta[property="${prop}"]`)?.getAttribute('content') ?? null;
      const e = p.expected;
      // Whole page: doctype, lang, head metadata, nav, teasers, footer, body paragraphs.
      check(p, /^<!doctype html>/i.test(p.html), 'doctype');
      check(p, !!doc.documentElement.getAttribute('lang'), 'html lang');
      check(p, !!doc.querySelector('meta[charset]') && !!doc.querySelector('meta[name=viewport]') && !!doc.title, 'charset/viewport/title');
      check(p, !!meta('og:title') && !!meta('og:site_name') && !!meta('article:published_time'), 'og metadata');
      check(p, !!doc.querySelector('nav, [role=navigation]'), 'navigation');
      const teaserLinks = [...doc.querySelectorAll('a')].filter((a) => otherTitles.has(fold(a.textContent ?? '')) && fold(a.textContent ?? '') !== e.title);
      check(p, teaserLinks.length >= 3, `teasers (${teaserLinks.length})`);
      const footers = [...doc.querySelectorAll('footer, [role=contentinfo]')];
      check(p, footers.some((f) => /©|Copyright/.test(f.textContent ?? '')), 'footer with the host copyright');
      check(p, doc.querySelectorAll('p').length >= 7, 'paragraphs');
      // Expectations against the page.
      const h1s = [...doc.querySelectorAll('h1, h2')].map((h) => fold(h.textContent ?? ''));
      check(p, h1s.includes(e.title) || meta('og:title') === e.title, 'title is a headline or og:title');
      check(p, e.siteName === meta('og:site_name'), 'siteName = og:site_name');
      check(p, e.published === meta('article:published_time')?.slice(0, 10), 'published = article:published_time');
      if (!p.layout.startsWith('arcamax')) check(p, e.section === meta('article:section'), 'section = article:section');
      else check(p, text.includes(`Published in ${e.section}`), 'ArcaMax section label');
      if (e.copyright) check(p, text.includes(fold(e.copyright)), `credit line verbatim: ${e.copyright}`);
      if (e.copyrightYear) check(p, e.copyright!.includes(String(e.copyrightYear)), 'year in the credit');
      if (e.copyrightHolder) check(p, e.copyright!.includes(e.copyrightHolder), 'holder in the credit');
      check(p, !!e.copyright === !!e.distributor, 'distributor iff credit');
      if (e.byline) check(p, text.includes(fold(e.byline)), `byline printed: ${e.byline}`);
      for (const a of e.authors) check(p, text.toLowerCase().includes(a.toLowerCase()), `author printed: ${a}`);
      check(p, text.includes(fold(p.bodyEndsWith)), 'body end printed');
      for (const x of p.bodyExcludes) check(p, text.includes(fold(x)), `excluded string is on the page: ${x}`);
      if (e.copyright) for (const piece of e.copyright.split(/(?<=\.) (?=Distribu)/)) check(p, p.bodyExcludes.some((x) => x.includes(piece) || piece.includes(x)), 'credit is excluded from the body');
      if (!e.syndicated) {
        check(p, e.publisher === e.siteName && e.publisherSite === new URL(p.url).host, 'original: the site publishes it');
        check(p, e.copyright === null && e.copyrightHolder === null && e.distributor === null, 'original: no credit');
      } else {
        check(p, e.publisher !== e.siteName, 'syndicated: publisher is not the host');
      }
      if (p.traps.includes('junk-doc-title')) check(p, doc.title !== e.title && !doc.title.includes(e.title), 'junk title differs');
      // JSON-LD, where present, never contradicts the truth: the host publishes the page.
      const ld = doc.querySelector('script[type="application/ld+json"]');
      if (ld) {
        const data = JSON.parse(ld.textContent ?? '{}') as { publisher?: { name?: string }; headline?: string };
        check(p, data.publisher?.name === e.siteName && data.headline === e.title, 'JSON-LD publisher/headline');
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
