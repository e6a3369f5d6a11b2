/**
 * The on-load pre-check on whole pages: which clue sends a page on to the full detection, and
 * which originals stop at it. The property that matters most (it never stops a page the full
 * detection calls syndicated) is checked on every page we hold in test/slow/precheck-superset.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { detectSyndication } from '../../src/core/detect.ts';
import { precheckSyndication } from '../../src/core/precheck.ts';
import { fixtureDocument, listFixtures, loadFixture, type Fixture } from '../helpers/fixtures.ts';

const FIXTURES = listFixtures().map((name) => loadFixture(name));
const byName = (name: string): Fixture => FIXTURES.find((f) => f.name === name)!;
const ORIGINAL = byName('dailyherald--original-school-board');

/** The original story page, changed by `edit` (a clue added to it). */
function editedOriginal(edit: (doc: Document) => void): Document {
  const doc = fixtureDocument(ORIGINAL);
  edit(doc);
  return doc;
}

function storyParagraphs(doc: Document): HTMLParagraphElement[] {
  return Array.from(doc.querySelectorAll<HTMLParagraphElement>('article p, main p')).filter((p) => (p.textContent ?? '').length > 80);
}

describe('precheckSyndication', () => {
  it.each(FIXTURES.filter((f) => detectSyndication(fixtureDocument(f), f.expected.url).syndicated).map((f) => [f.name, f]))('sends %s on: the full detection calls it syndicated', (_name, fixture) => {
    const result = precheckSyndication(fixtureDocument(fixture), fixture.expected.url);
    expect(result.candidate).toBe(true);
    expect(result.clue).not.toBeNull();
    expect(result.evidence).toBeTruthy();
  });

  it.each(['dailyherald--original-school-board', 'theledger--original-citrus-packinghouse', 'bloomberg--original-fed-rates', 'alwatan--original-rtl-rain', 'localnews--ap-photo-only-festival'])(
    'stops %s: an original whose only wire mentions are photo credits, teasers or its own footer',
    (name) => {
      const f = byName(name);
      expect(precheckSyndication(fixtureDocument(f), f.expected.url)).toEqual({ candidate: false, clue: null, evidence: null });
    },
  );

  it('sends every ArcaMax page on, articles or not (the full detection tells comics and section pages apart)', () => {
    for (const f of FIXTURES.filter((x) => x.name.startsWith('arcamax--'))) expect(precheckSyndication(fixtureDocument(f), f.expected.url).clue).toBe('arcamax');
  });

  it('finds each kind of clue added to an original page', () => {
    const url = ORIGINAL.expected.url;
    const credit = editedOriginal((doc) => {
      const p = doc.createElement('p');
      p.textContent = '©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.';
      storyParagraphs(doc).at(-1)!.after(p);
    });
    expect(precheckSyndication(credit, url)).toMatchObject({ candidate: true, clue: 'credit' });

    const dateline = editedOriginal((doc) => {
      const first = storyParagraphs(doc)[0]!;
      first.textContent = `WASHINGTON (AP) — ${first.textContent}`;
    });
    expect(precheckSyndication(dateline, url)).toMatchObject({ candidate: true, clue: 'dateline' });

    // A wire's sign-off closing the story goes the dateline's way.
    const signOff = editedOriginal((doc) => {
      const last = storyParagraphs(doc).at(-1)!;
      last.textContent = `${(last.textContent ?? '').trim()} PTI`;
    });
    expect(precheckSyndication(signOff, url)).toMatchObject({ candidate: true, clue: 'dateline' });
    expect(detectSyndication(signOff, url).syndicated).toBe(true);

    const canonical = editedOriginal((doc) => {
      let link = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]');
      if (!link) doc.head.append((link = doc.createElement('link')));
      link.rel = 'canonical';
      link.href = 'https://www.latimes.com/california/story/2024-11-18/school-board';
    });
    expect(precheckSyndication(canonical, url)).toMatchObject({ candidate: true, clue: 'markup' });
    expect(detectSyndication(canonical, url).syndicated).toBe(true);

    const byline = editedOriginal((doc) => {
      const by = doc.createElement('p');
      by.className = 'byline';
      by.textContent = 'By Jenna Marlowe, Los Angeles Times';
      storyParagraphs(doc)[0]!.before(by);
    });
    expect(precheckSyndication(byline, url)).toMatchObject({ candidate: true, clue: 'byline' });

    const provided = editedOriginal((doc) => {
      const p = doc.createElement('p');
      p.textContent = 'Provided by Agence France-Presse';
      storyParagraphs(doc).at(-1)!.after(p);
    });
    expect(precheckSyndication(provided, url)).toMatchObject({ candidate: true, clue: 'provider' });
  });

  it('lets the host’s own copyright and its own name in a byline pass', () => {
    const url = ORIGINAL.expected.url;
    const doc = editedOriginal((d) => {
      const by = d.createElement('p');
      by.className = 'byline';
      by.textContent = 'By Jenna Marlowe, Daily Herald';
      storyParagraphs(d)[0]!.before(by);
      const footer = d.createElement('footer');
      footer.textContent = '© 2024 Daily Herald. All rights reserved.';
      d.body.append(footer);
      const own = d.createElement('p');
      own.textContent = 'Copyright 2024 Daily Herald Media Group';
      storyParagraphs(d).at(-1)!.after(own);
    });
    expect(precheckSyndication(doc, url).candidate).toBe(false);
    expect(detectSyndication(doc, url).syndicated).toBe(false);
  });

  it('never changes the page', () => {
    for (const f of FIXTURES) {
      const doc = fixtureDocument(f);
      const before = doc.documentElement.outerHTML;
      precheckSyndication(doc, f.expected.url);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('answers for pages without a body or a usable address', () => {
    const doc = fixtureDocument(ORIGINAL);
    doc.body.remove();
    expect(precheckSyndication(doc, ORIGINAL.expected.url).candidate).toBe(false);
    expect(() => precheckSyndication(fixtureDocument(ORIGINAL), 'not a url')).not.toThrow();
  });
});
