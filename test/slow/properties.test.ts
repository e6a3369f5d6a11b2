/**
 * Property-based tests (fast-check) of the parsers and formatters: they never throw, every field
 * they return comes from the input (or from the declared tables), and formatting then parsing
 * gives back what was formatted.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/core/byline.ts';
import { NAME_JOIN } from '../../src/core/byline-words.ts';
import { parseCreditLine } from '../../src/core/credit-line.ts';
import { formatHtml, formatMarkdown, formatPlainText } from '../../src/core/format.ts';
import { OUTLETS } from '../../src/core/outlets.ts';
import { SYNDICATES } from '../../src/core/syndicates.ts';
import { foldSpace } from '../../src/core/text.ts';
import type { CleanArticle } from '../../src/core/types.ts';

const RUNS = { numRuns: 400 };
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
/** Text that looks like credit lines and bylines, so the interesting paths are taken often. */
const creditish = fc
  .array(fc.constantFrom('©', '(c)', 'Copyright', '2024', ' ', '.', ',', 'Visit', 'at', 'bloomberg.com', 'Distributed by', 'Tribune Content Agency', 'LLC', 'Creators.com', 'The Associated Press', 'All rights reserved', '(Fresno, Calif.)', 'The', 'Bee', 'Inc.', 'L.P.', 'King Features Syndicate', 'Washington Post Writers Group', '\n', 'on', 'Nov 17, 2024', 'and', 'News', 'By', '|'), { maxLength: 24 })
  .map((parts) => parts.join(' '));

const SYNDICATE_SITES = new Set([...SYNDICATES.map((r) => r.site), ...OUTLETS.map((o) => o.site)].filter(Boolean));
const SYNDICATE_NAMES = new Set(SYNDICATES.map((r) => r.distributor.toLowerCase()));

describe('parseCreditLine properties', () => {
  it('never throws, and every field comes from the line (or the declared tables)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, creditish), (input) => {
        const c = parseCreditLine(input);
        if (!c) return;
        const line = foldSpace(input);
        const lower = line.toLowerCase();
        expect(c.copyright).toBe(line);
        if (c.copyrightYear !== null) expect(line).toContain(String(c.copyrightYear));
        if (c.copyrightHolder !== null) expect(line).toContain(c.copyrightHolder);
        if (c.publisherSite !== null) expect(lower.includes(c.publisherSite) || SYNDICATE_SITES.has(c.publisherSite)).toBe(true);
        if (c.distributor !== null) expect(lower.includes(c.distributor.toLowerCase()) || SYNDICATE_NAMES.has(c.distributor.toLowerCase())).toBe(true);
      }),
      RUNS,
    );
  });

  const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
  const holder = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.option(fc.constantFrom('(Fresno, Calif.)', '(Norfolk, Va.)', 'L.P.', 'Inc.'), { nil: undefined })).map(([ws, suffix]) => [...ws, ...(suffix ? [suffix] : [])].join(' '));
  const site = fc.tuple(fc.stringMatching(/^[a-z]{3,12}$/), fc.constantFrom('com', 'org', 'net')).map(([a, b]) => `${a}.${b}`);

  it('gives back the parts of a TCA line it is given (format, then parse)', () => {
    fc.assert(
      fc.property(fc.constantFrom('©', '(c)', 'Copyright ', '© '), fc.integer({ min: 1990, max: 2099 }), holder, fc.option(site, { nil: undefined }), fc.constantFrom(', LLC.', ', LLC', ''), (mark, year, h, s, llc) => {
        const line = `${mark}${year} ${h}${s ? `. Visit ${s}` : ''}. Distributed by Tribune Content Agency${llc}`;
        const c = parseCreditLine(line);
        expect(c, line).not.toBeNull();
        expect(c).toMatchObject({ copyrightYear: year, copyrightHolder: h, distributor: 'Tribune Content Agency' });
        if (s) expect(c!.publisherSite).toBe(s);
      }),
      RUNS,
    );
  });
});

describe('parseByline properties', () => {
  it('never throws, and its authors, outlet and date come from the text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, creditish), (input) => {
        const b = parseByline(input);
        if (!b) return;
        const lower = foldSpace(input).toLowerCase();
        for (const a of b.authors) expect(lower).toContain(a.toLowerCase());
        if (b.outlet) expect(lower).toContain(b.outlet.toLowerCase());
        if (b.date) expect(lower).toMatch(/\d{4}/);
        expect(lower).toContain(b.byline.toLowerCase());
      }),
      RUNS,
    );
  });

  // People's names: not words that open a byline, an outlet's name or a role ("By", "The", "For",
  // "Special"), nor words of a site's menus or desks, which the parser rightly refuses as names.
  // A name with an outlet's word ("Jane Post", "Aaa Times", "Media Aaa") reads as an outlet: left out
  // too (given names such as "Sun" and "Star" have their own unit test).
  const NOT_A_NAME = /^(?:By|Por|Par|Von|Door|For|Para|Pour|The|Les|Los|Las|Der|Die|Das|Special|About|Privacy|Terms|Contact|Home|Menu|Search|Sign|Share|Print|Email|Help|Follow|Desk|Team|Staff|Bureau|Wires?|Sections?|Comments?|Subscribe|Login|Emails?|Alerts?|Newsletters?|Advertise|Careers)$/;
  const OUTLET_SURNAME = /^(?:News|Times|Post|Press|Tribune|Journal|Bee|Herald|Pilot|Star|Sun|Globe|Daily|Record|Review|Union|Leader|Ledger|Courier|Mercury|Gazette|Observer|Register|Dispatch|Chronicle|Courant|Examiner|Enquirer|Telegraph|Guardian|Independent|Agency|Service|Media|Network|Radio|Report|Monitor|Weekly|Wire|Today|Statesman|Republic|Dealer|Citizen|Bulletin|Advocate|Magazine|Inquirer|Sentinel|Beacon|Eagle|Banner|Messenger|Hill|Patch|Syndicate|Noticias|Diario|Nuevo|Tiempo|Mundo|Prensa|Correo|Voz|Raza|Sol|Presse|Zeitung)$/;
  // Nor a word that joins names ("And", "Und", "Och": the parser's NAME_JOIN, any case), which it
  // rightly reads as the join before a name ("Och Aaa" is the name "Aaa").
  const JOINER = new RegExp(NAME_JOIN.source, 'i');
  const word = (max: number) => fc.stringMatching(new RegExp(`^[A-Z][a-z]{2,${max}}$`)).filter((w) => !NOT_A_NAME.test(w) && !JOINER.test(` ${w} `));
  const name = fc.tuple(word(8), word(10)).filter(([a, b]) => !OUTLET_SURNAME.test(a) && !OUTLET_SURNAME.test(b)).map(([a, b]) => `${a} ${b}`);
  const outlet = fc.constantFrom('Bloomberg News', 'Los Angeles Times', 'The Fresno Bee (Fresno, Calif.)', 'KFF Health News', 'The Associated Press', 'Chicago Tribune');
  const month = fc.constantFrom(['Jan', 1], ['Mar', 3], ['Sept.', 9], ['Nov', 11], ['December', 12]);

  it('gives back the names, outlet and date of an ArcaMax byline (format, then parse)', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), outlet, fc.option(fc.tuple(month, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 2000, max: 2030 })), { nil: undefined }), (names, out, date) => {
        const people = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
        const text = `${people}, ${out} on${date ? ` ${date[0][0]} ${date[1]}, ${date[2]}` : ''}`;
        const b = parseByline(text);
        expect(b, text).not.toBeNull();
        expect(b!.authors).toEqual(names);
        expect(b!.outlet).toBe(out);
        expect(b!.date).toBe(date ? `${date[2]}-${String(date[0][1]).padStart(2, '0')}-${String(date[1]).padStart(2, '0')}` : null);
      }),
      RUNS,
    );
  });
});

describe('formatter properties', () => {
  const article: fc.Arbitrary<CleanArticle> = fc.record({
    url: fc.oneof(fc.webUrl(), anyText),
    isArticle: fc.constant(true as const),
    syndicated: fc.boolean(),
    reasons: fc.constant([]),
    title: anyText,
    byline: fc.option(anyText, { nil: null }),
    authors: fc.array(anyText, { maxLength: 3 }),
    publisher: fc.option(anyText, { nil: null }),
    publisherSite: fc.option(anyText, { nil: null }),
    siteName: fc.option(anyText, { nil: null }),
    section: fc.option(anyText, { nil: null }),
    published: fc.option(fc.constantFrom('2024-11-17', '1999-01-01', 'not a date'), { nil: null }),
    copyright: fc.option(fc.oneof(anyText, creditish), { nil: null }),
    copyrightYear: fc.option(fc.integer(), { nil: null }),
    copyrightHolder: fc.option(anyText, { nil: null }),
    distributor: fc.option(anyText, { nil: null }),
    lang: fc.option(fc.constantFrom('en', 'ar', 'he', '"><script>'), { nil: null }),
    dir: fc.option(fc.constantFrom('ltr' as const, 'rtl' as const), { nil: null }),
    wordCount: fc.nat(),
    readingMinutes: fc.nat(),
    text: anyText,
    html: fc.constantFrom('<p>One.</p>', '<p>Two <em>words</em>.</p><ul><li>item</li></ul>', ''),
  });

  it('never throw, and keep the title, text, credit line and URL verbatim in the plain text', () => {
    fc.assert(
      fc.property(article, (a) => {
        const text = formatPlainText(a);
        expect(text.startsWith(a.title)).toBe(true);
        expect(text).toContain(a.text);
        if (a.copyright) expect(text).toContain(a.copyright);
        expect(text).toContain(`Source: ${a.url}`);
        formatMarkdown(a);
      }),
      RUNS,
    );
  });

  it('escape every value in the HTML form: what is parsed back is the text given', () => {
    fc.assert(
      fc.property(article, (a) => {
        const doc = new JSDOM(formatHtml(a)).window.document;
        // The HTML parser normalises CR/CRLF to LF and drops NUL characters in text: nothing else changes.
        expect(doc.querySelector('h1')?.textContent).toBe(a.title.replace(/\r\n?/g, '\n').replace(/\0/g, ''));
        expect(doc.querySelectorAll('script, img[onerror], [onload]').length).toBe(0);
        const links = Array.from(doc.querySelectorAll('a')).map((l) => l.getAttribute('href') ?? '');
        for (const href of links) expect(href).toMatch(/^https?:/i);
      }),
      { numRuns: 150 },
    );
  });

  it('re-parses the credit line from the plain-text footer to the same credit', () => {
    fc.assert(
      fc.property(creditish, (line) => {
        const credit = parseCreditLine(line);
        if (!credit) return;
        const a = { url: 'https://example.org/a', title: 'T', text: 'Body.', copyright: credit.copyright } as CleanArticle;
        const footer = formatPlainText({ ...a, isArticle: true, syndicated: true, reasons: [], byline: null, authors: [], publisher: null, publisherSite: null, siteName: null, section: null, published: null, copyrightYear: null, copyrightHolder: null, distributor: null, lang: null, dir: null, wordCount: 1, readingMinutes: 1, html: '<p>Body.</p>' });
        const printed = footer.split('\n---\n')[1]!.split('\n')[0]!;
        expect(parseCreditLine(printed)).toEqual(credit);
      }),
      RUNS,
    );
  });
});
