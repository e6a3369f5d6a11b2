/**
 * Citations checked against strings written by hand from the style manuals (APA 7, MLA 9,
 * Chicago 17 bibliography, BibTeX, CSL-JSON), not copied from the module's output. The articles
 * are the fixtures' hand-written expected.json, so a citation follows what extraction must give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bibtexKey,
  cite,
  citeApa,
  citeBibtex,
  citeChicago,
  citeCslJson,
  citeMla,
  escapeBibtex,
  type CitableArticle,
  type CiteStyle,
} from '../../src/core/cite.ts';
import { FIXTURES_DIR } from '../helpers/fixtures.ts';

const fixture = (name: string): CitableArticle =>
  JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'expected.json'), 'utf8')) as CitableArticle;

const seed = fixture('arcamax--bloomberg-ukraine-strikes');
const creators = fixture('arcamax--creators-estrich-column');
const nyt = fixture('seattletimes--nyt-heat-grid');
const fed = fixture('bloomberg--original-fed-rates');

const ALL_STYLES: CiteStyle[] = ['apa', 'mla', 'chicago', 'bibtex', 'csl-json'];

describe('the seed: a Bloomberg News story read on ArcaMax', () => {
  const opts = { accessed: '2024-11-20' };
  const url = 'https://www.arcamax.com/currentnews/newsheadlines/s-3478215';

  it('APA 7: three authors with "&", the original publication, "Retrieved from ArcaMax"', () => {
    const c = citeApa(seed, opts);
    expect(c.text).toBe(
      `Nardelli, A., Leonard, J., & Wickham, A. (2024, November 17). US nears decision to let Ukraine hit some targets in Russia. Bloomberg News. Retrieved from ArcaMax: ${url}`,
    );
    expect(c.html).toBe(
      `Nardelli, A., Leonard, J., &amp; Wickham, A. (2024, November 17). US nears decision to let Ukraine hit some targets in Russia. <i>Bloomberg News</i>. Retrieved from ArcaMax: ${url}`,
    );
  });

  it('MLA 9: et al. from three, Bloomberg News as container, ArcaMax as the second container', () => {
    const c = citeMla(seed, opts);
    expect(c.text).toBe(
      'Nardelli, Alberto, et al. “US nears decision to let Ukraine hit some targets in Russia.” Bloomberg News, 17 Nov. 2024. ArcaMax, www.arcamax.com/currentnews/newsheadlines/s-3478215. Accessed 20 Nov. 2024.',
    );
    expect(c.html).toBe(
      'Nardelli, Alberto, et al. “US nears decision to let Ukraine hit some targets in Russia.” <i>Bloomberg News</i>, 17 Nov. 2024. <i>ArcaMax</i>, www.arcamax.com/currentnews/newsheadlines/s-3478215. Accessed 20 Nov. 2024.',
    );
  });

  it('Chicago 17: all three authors, "Via ArcaMax." before the URL', () => {
    const c = citeChicago(seed, opts);
    expect(c.text).toBe(
      `Nardelli, Alberto, Jenny Leonard, and Alex Wickham. “US nears decision to let Ukraine hit some targets in Russia.” Bloomberg News, November 17, 2024. Via ArcaMax. ${url}.`,
    );
    expect(c.html).toContain('<i>Bloomberg News</i>, November 17, 2024.');
  });

  it('BibTeX: @article in Bloomberg News, note "Via ArcaMax"', () => {
    expect(citeBibtex(seed, opts)).toBe(
      [
        '@article{nardelli2024us,',
        '  author = {Nardelli, Alberto and Leonard, Jenny and Wickham, Alex},',
        '  title = {{US nears decision to let Ukraine hit some targets in Russia}},',
        '  journal = {Bloomberg News},',
        '  year = {2024},',
        '  month = nov,',
        `  url = {${url}},`,
        '  urldate = {2024-11-20},',
        '  note = {Via ArcaMax},',
        '}',
      ].join('\n'),
    );
  });

  it('CSL-JSON: container-title and publisher are Bloomberg News, ArcaMax is only the source', () => {
    expect(JSON.parse(citeCslJson(seed, opts))).toEqual([
      {
        id: 'nardelli2024us',
        type: 'article-newspaper',
        title: 'US nears decision to let Ukraine hit some targets in Russia',
        author: [
          { family: 'Nardelli', given: 'Alberto' },
          { family: 'Leonard', given: 'Jenny' },
          { family: 'Wickham', given: 'Alex' },
        ],
        'container-title': 'Bloomberg News',
        publisher: 'Bloomberg News',
        issued: { 'date-parts': [[2024, 11, 17]] },
        accessed: { 'date-parts': [[2024, 11, 20]] },
        URL: url,
        source: 'ArcaMax',
        note: 'Via ArcaMax',
        language: 'en',
      },
    ]);
  });
});

describe('a Creators Syndicate column read on ArcaMax', () => {
  const opts = { accessed: '2025-06-14' };
  const url = 'https://www.arcamax.com/politics/fromtheleft/susanestrich/s-3655012';

  it('APA 7', () => {
    expect(citeApa(creators, opts).text).toBe(
      `Estrich, S. (2025, June 12). The Long Goodbye to Civility. Creators Syndicate. Retrieved from ArcaMax: ${url}`,
    );
  });

  it('MLA 9 ("June" is not abbreviated)', () => {
    expect(citeMla(creators, opts).text).toBe(
      'Estrich, Susan. “The Long Goodbye to Civility.” Creators Syndicate, 12 June 2025. ArcaMax, www.arcamax.com/politics/fromtheleft/susanestrich/s-3655012. Accessed 14 June 2025.',
    );
  });

  it('Chicago 17', () => {
    expect(citeChicago(creators, opts).text).toBe(
      `Estrich, Susan. “The Long Goodbye to Civility.” Creators Syndicate, June 12, 2025. Via ArcaMax. ${url}.`,
    );
  });

  it('BibTeX: the key skips the leading "The"', () => {
    expect(citeBibtex(creators, opts)).toBe(
      [
        '@article{estrich2025long,',
        '  author = {Estrich, Susan},',
        '  title = {{The Long Goodbye to Civility}},',
        '  journal = {Creators Syndicate},',
        '  year = {2025},',
        '  month = jun,',
        `  url = {${url}},`,
        '  urldate = {2025-06-14},',
        '  note = {Via ArcaMax},',
        '}',
      ].join('\n'),
    );
  });

  it('CSL-JSON', () => {
    expect(JSON.parse(citeCslJson(creators, opts))).toEqual([
      {
        id: 'estrich2025long',
        type: 'article-newspaper',
        title: 'The Long Goodbye to Civility',
        author: [{ family: 'Estrich', given: 'Susan' }],
        'container-title': 'Creators Syndicate',
        publisher: 'Creators Syndicate',
        issued: { 'date-parts': [[2025, 6, 12]] },
        accessed: { 'date-parts': [[2025, 6, 14]] },
        URL: url,
        source: 'ArcaMax',
        note: 'Via ArcaMax',
        language: 'en',
      },
    ]);
  });
});

describe('a New York Times story read on The Seattle Times', () => {
  const opts = { accessed: '2024-07-12' };
  const url = 'https://www.seattletimes.com/nation-world/power-grids-strain-under-heat/';

  it('APA 7: The New York Times, not The Seattle Times, is the publication', () => {
    expect(citeApa(nyt, opts).text).toBe(
      `Plumer, B. (2024, July 10). Power grids strain as a record heat wave bakes the West. The New York Times. Retrieved from The Seattle Times: ${url}`,
    );
  });

  it('MLA 9', () => {
    expect(citeMla(nyt, opts).text).toBe(
      'Plumer, Brad. “Power grids strain as a record heat wave bakes the West.” The New York Times, 10 July 2024. The Seattle Times, www.seattletimes.com/nation-world/power-grids-strain-under-heat/. Accessed 12 July 2024.',
    );
    expect(citeMla(nyt, opts).html).toContain('<i>The New York Times</i>, 10 July 2024. <i>The Seattle Times</i>, www.');
  });

  it('Chicago 17', () => {
    expect(citeChicago(nyt, opts).text).toBe(
      `Plumer, Brad. “Power grids strain as a record heat wave bakes the West.” The New York Times, July 10, 2024. Via The Seattle Times. ${url}.`,
    );
  });

  it('BibTeX', () => {
    expect(citeBibtex(nyt, opts)).toBe(
      [
        '@article{plumer2024power,',
        '  author = {Plumer, Brad},',
        '  title = {{Power grids strain as a record heat wave bakes the West}},',
        '  journal = {The New York Times},',
        '  year = {2024},',
        '  month = jul,',
        `  url = {${url}},`,
        '  urldate = {2024-07-12},',
        '  note = {Via The Seattle Times},',
        '}',
      ].join('\n'),
    );
  });

  it('CSL-JSON: the host\'s section "Nation & World" is not the original\'s, so it is left out', () => {
    expect(JSON.parse(citeCslJson(nyt, opts))).toEqual([
      {
        id: 'plumer2024power',
        type: 'article-newspaper',
        title: 'Power grids strain as a record heat wave bakes the West',
        author: [{ family: 'Plumer', given: 'Brad' }],
        'container-title': 'The New York Times',
        publisher: 'The New York Times',
        issued: { 'date-parts': [[2024, 7, 10]] },
        accessed: { 'date-parts': [[2024, 7, 12]] },
        URL: url,
        source: 'The Seattle Times',
        note: 'Via The Seattle Times',
        language: 'en',
      },
    ]);
  });
});

describe('an original Bloomberg article (not syndicated)', () => {
  const opts = { accessed: '2024-12-19' };
  const url = 'https://www.bloomberg.com/news/articles/2024-12-18/fed-cuts-rates-signals-slower-pace';

  it('APA 7: two authors with ", &", no retrieval statement', () => {
    expect(citeApa(fed, opts).text).toBe(
      `Torres, C., & Saraiva, C. (2024, December 18). Fed Cuts Rates a Third Time, Signals Slower Pace of Easing Ahead. Bloomberg. ${url}`,
    );
  });

  it('MLA 9: two authors joined by "and", the URL in the first container', () => {
    expect(citeMla(fed, opts).text).toBe(
      'Torres, Craig, and Catarina Saraiva. “Fed Cuts Rates a Third Time, Signals Slower Pace of Easing Ahead.” Bloomberg, 18 Dec. 2024, www.bloomberg.com/news/articles/2024-12-18/fed-cuts-rates-signals-slower-pace. Accessed 19 Dec. 2024.',
    );
  });

  it('Chicago 17', () => {
    expect(citeChicago(fed, opts).text).toBe(
      `Torres, Craig, and Catarina Saraiva. “Fed Cuts Rates a Third Time, Signals Slower Pace of Easing Ahead.” Bloomberg, December 18, 2024. ${url}.`,
    );
  });

  it('BibTeX: no note', () => {
    expect(citeBibtex(fed, opts)).toBe(
      [
        '@article{torres2024fed,',
        '  author = {Torres, Craig and Saraiva, Catarina},',
        '  title = {{Fed Cuts Rates a Third Time, Signals Slower Pace of Easing Ahead}},',
        '  journal = {Bloomberg},',
        '  year = {2024},',
        '  month = dec,',
        `  url = {${url}},`,
        '  urldate = {2024-12-19},',
        '}',
      ].join('\n'),
    );
  });

  it('CSL-JSON: its own section, no source or note', () => {
    expect(JSON.parse(citeCslJson(fed, opts))).toEqual([
      {
        id: 'torres2024fed',
        type: 'article-newspaper',
        title: 'Fed Cuts Rates a Third Time, Signals Slower Pace of Easing Ahead',
        author: [
          { family: 'Torres', given: 'Craig' },
          { family: 'Saraiva', given: 'Catarina' },
        ],
        'container-title': 'Bloomberg',
        publisher: 'Bloomberg',
        issued: { 'date-parts': [[2024, 12, 18]] },
        accessed: { 'date-parts': [[2024, 12, 19]] },
        URL: url,
        section: 'Economics',
        language: 'en',
      },
    ]);
  });

  it('never says "via" or names a place it was retrieved from, in any style', () => {
    for (const style of ALL_STYLES) {
      const out = cite(fed, style, opts);
      expect(out, style).not.toMatch(/\bvia\b/i);
      expect(out, style).not.toMatch(/Retrieved/);
      expect(out, style).not.toContain('"source"');
    }
  });
});

describe('edge cases', () => {
  const opts = { accessed: '2024-11-20' };
  const seedUrl = 'https://www.arcamax.com/currentnews/newsheadlines/s-3478215';
  const fedUrl = 'https://www.bloomberg.com/news/articles/2024-12-18/fed-cuts-rates-signals-slower-pace';

  describe('no authors', () => {
    const anon: CitableArticle = { ...seed, authors: [] };

    it('APA starts with the title, the date after it', () => {
      expect(citeApa(anon, opts).text).toBe(
        `US nears decision to let Ukraine hit some targets in Russia. (2024, November 17). Bloomberg News. Retrieved from ArcaMax: ${seedUrl}`,
      );
    });

    it('MLA starts with the title', () => {
      expect(citeMla(anon, opts).text).toBe(
        '“US nears decision to let Ukraine hit some targets in Russia.” Bloomberg News, 17 Nov. 2024. ArcaMax, www.arcamax.com/currentnews/newsheadlines/s-3478215. Accessed 20 Nov. 2024.',
      );
    });

    it('Chicago lists an unsigned news story under the publication', () => {
      const c = citeChicago(anon, opts);
      expect(c.text).toBe(
        `Bloomberg News. “US nears decision to let Ukraine hit some targets in Russia.” November 17, 2024. Via ArcaMax. ${seedUrl}.`,
      );
      expect(c.html.startsWith('<i>Bloomberg News</i>. “US nears')).toBe(true);
    });

    it('BibTeX has no author field and keys on the publication; CSL has no author', () => {
      const bib = citeBibtex(anon, opts);
      expect(bib).not.toContain('author =');
      expect(bib.startsWith('@article{bloombergnews2024us,\n')).toBe(true);
      const [item] = JSON.parse(citeCslJson(anon, opts)) as Record<string, unknown>[];
      expect(item).not.toHaveProperty('author');
      expect(item?.id).toBe('bloombergnews2024us');
    });

    it('the key drops a publication\'s leading "The"', () => {
      expect(bibtexKey({ ...nyt, authors: [] })).toBe('newyorktimes2024power');
    });
  });

  describe('no date', () => {
    const undatedOriginal: CitableArticle = { ...fed, published: null };
    const undatedCopy: CitableArticle = { ...seed, published: null };

    it('APA gives (n.d.) and a retrieval date', () => {
      expect(citeApa(undatedOriginal, { accessed: '2024-12-19' }).text).toBe(
        `Torres, C., & Saraiva, C. (n.d.). Fed Cuts Rates a Third Time, Signals Slower Pace of Easing Ahead. Bloomberg. Retrieved December 19, 2024, from ${fedUrl}`,
      );
      expect(citeApa(undatedCopy, opts).text).toBe(
        `Nardelli, A., Leonard, J., & Wickham, A. (n.d.). US nears decision to let Ukraine hit some targets in Russia. Bloomberg News. Retrieved November 20, 2024, from ArcaMax: ${seedUrl}`,
      );
    });

    it('MLA leaves the date out and keeps the access date', () => {
      expect(citeMla(undatedOriginal, { accessed: '2024-12-19' }).text).toBe(
        'Torres, Craig, and Catarina Saraiva. “Fed Cuts Rates a Third Time, Signals Slower Pace of Easing Ahead.” Bloomberg, www.bloomberg.com/news/articles/2024-12-18/fed-cuts-rates-signals-slower-pace. Accessed 19 Dec. 2024.',
      );
    });

    it('Chicago adds an access date before the URL', () => {
      expect(citeChicago(undatedOriginal, { accessed: '2024-12-19' }).text).toBe(
        `Torres, Craig, and Catarina Saraiva. “Fed Cuts Rates a Third Time, Signals Slower Pace of Easing Ahead.” Bloomberg. Accessed December 19, 2024. ${fedUrl}.`,
      );
      expect(citeChicago(undatedCopy, opts).text).toBe(
        `Nardelli, Alberto, Jenny Leonard, and Alex Wickham. “US nears decision to let Ukraine hit some targets in Russia.” Bloomberg News. Via ArcaMax. Accessed November 20, 2024. ${seedUrl}.`,
      );
    });

    it('BibTeX has no year or month and "nd" in the key; CSL has no issued', () => {
      const bib = citeBibtex(undatedOriginal, opts);
      expect(bib.startsWith('@article{torresndfed,\n')).toBe(true);
      expect(bib).not.toMatch(/year =|month =/);
      const [item] = JSON.parse(citeCslJson(undatedOriginal, opts)) as Record<string, unknown>[];
      expect(item).not.toHaveProperty('issued');
    });

    it('a date with only a year and month', () => {
      const monthOnly: CitableArticle = { ...fed, published: '2024-12' };
      expect(citeApa(monthOnly, opts).text).toContain('(2024, December).');
      expect(citeMla(monthOnly, opts).text).toContain('Bloomberg, Dec. 2024, www.');
      expect(citeChicago(monthOnly, opts).text).toContain('Bloomberg, December 2024.');
      expect(citeBibtex(monthOnly, opts)).toContain('  year = {2024},\n  month = dec,\n');
      expect(JSON.parse(citeCslJson(monthOnly, opts))[0].issued).toEqual({ 'date-parts': [[2024, 12]] });
    });
  });

  describe('author counts', () => {
    const withAuthors = (authors: string[]): CitableArticle => ({ ...fed, authors });

    it('one author', () => {
      const one = withAuthors(['Craig Torres']);
      expect(citeApa(one, opts).text.startsWith('Torres, C. (2024, December 18). Fed')).toBe(true);
      expect(citeMla(one, opts).text.startsWith('Torres, Craig. “Fed')).toBe(true);
      expect(citeChicago(one, opts).text.startsWith('Torres, Craig. “Fed')).toBe(true);
      expect(citeBibtex(one, opts)).toContain('  author = {Torres, Craig},\n');
    });

    it('four authors: APA and Chicago list all, MLA gives et al.', () => {
      const four = withAuthors(['Craig Torres', 'Catarina Saraiva', 'Amara Omeokwe', 'Matthew Boesler']);
      expect(citeApa(four, opts).text.startsWith('Torres, C., Saraiva, C., Omeokwe, A., & Boesler, M. (2024')).toBe(true);
      expect(citeMla(four, opts).text.startsWith('Torres, Craig, et al. “Fed')).toBe(true);
      expect(citeChicago(four, opts).text.startsWith('Torres, Craig, Catarina Saraiva, Amara Omeokwe, and Matthew Boesler. “Fed')).toBe(true);
      expect(citeBibtex(four, opts)).toContain(
        '  author = {Torres, Craig and Saraiva, Catarina and Omeokwe, Amara and Boesler, Matthew},\n',
      );
    });

    const eleven = [
      'Ann Abbott', 'Ben Baker', 'Cara Cole', 'Dan Dunn', 'Eve Ellis', 'Fay Ford',
      'Gus Grant', 'Hal Hart', 'Ida Irwin', 'Jon Jones', 'Kim Klein',
    ];

    it('ten authors: Chicago lists all ten', () => {
      expect(citeChicago(withAuthors(eleven.slice(0, 10)), opts).text.startsWith(
        'Abbott, Ann, Ben Baker, Cara Cole, Dan Dunn, Eve Ellis, Fay Ford, Gus Grant, Hal Hart, Ida Irwin, and Jon Jones. “Fed',
      )).toBe(true);
    });

    it('eleven authors: Chicago lists the first seven and et al.; APA lists all', () => {
      expect(citeChicago(withAuthors(eleven), opts).text.startsWith(
        'Abbott, Ann, Ben Baker, Cara Cole, Dan Dunn, Eve Ellis, Fay Ford, Gus Grant, et al. “Fed',
      )).toBe(true);
      expect(citeApa(withAuthors(eleven), opts).text.startsWith(
        'Abbott, A., Baker, B., Cole, C., Dunn, D., Ellis, E., Ford, F., Grant, G., Hart, H., Irwin, I., Jones, J., & Klein, K. (2024',
      )).toBe(true);
    });

    it('21 authors: APA gives the first 19, an ellipsis and the last', () => {
      const many = Array.from({ length: 21 }, (_, i) => `Ann Author${String.fromCharCode(65 + i)}`);
      const text = citeApa(withAuthors(many), opts).text;
      expect(text.startsWith('AuthorA, A., AuthorB, A., ')).toBe(true);
      expect(text).toContain('AuthorR, A., AuthorS, A., . . . AuthorU, A. (2024');
      expect(text).not.toContain('AuthorT');
    });

    it('particles, suffixes, hyphens, initials and a one-word name', () => {
      const names = withAuthors(['Ludwig van Beethoven', 'Martin Luther King Jr.', 'Jean-Paul Sartre', 'J. R. R. Tolkien', 'Madonna']);
      expect(citeApa(names, opts).text.startsWith(
        'van Beethoven, L., King, M. L., Jr., Sartre, J.-P., Tolkien, J. R. R., & Madonna. (2024',
      )).toBe(true);
      expect(citeChicago(names, opts).text.startsWith(
        'van Beethoven, Ludwig, Martin Luther King Jr., Jean-Paul Sartre, J. R. R. Tolkien, and Madonna. “Fed',
      )).toBe(true);
      expect(citeBibtex(names, opts)).toContain(
        '  author = {van Beethoven, Ludwig and King, Jr., Martin Luther and Sartre, Jean-Paul and Tolkien, J. R. R. and {Madonna}},\n',
      );
      expect(JSON.parse(citeCslJson(names, opts))[0].author).toEqual([
        { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
        { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
        { family: 'Sartre', given: 'Jean-Paul' },
        { family: 'Tolkien', given: 'J. R. R.' },
        { literal: 'Madonna' },
      ]);
    });

    it('MLA: a first author with a suffix does not get a doubled period', () => {
      expect(citeMla(withAuthors(['Martin Luther King Jr.']), opts).text.startsWith('King, Martin Luther, Jr. “Fed')).toBe(true);
    });
  });

  describe('titles', () => {
    it('BibTeX escapes {}, %, &, $, #, _ and keeps the case with double braces', () => {
      const a: CitableArticle = { ...fed, title: 'Profits up 50% at AT&T_Corp: $5 {bonus} for #1' };
      expect(citeBibtex(a, opts)).toContain('  title = {{Profits up 50\\% at AT\\&T\\_Corp: \\$5 \\{bonus\\} for \\#1}},\n');
      expect(escapeBibtex('a~b^c\\d')).toBe('a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d');
    });

    it('BibTeX escapes the publication and the host too, and the key is ASCII-folded', () => {
      const a: CitableArticle = {
        ...seed,
        authors: ['José Núñez'],
        title: '¿Qué pasará en Łódź?',
        publisher: 'Smith & Co. News',
        siteName: 'R&D_Hub',
      };
      const bib = citeBibtex(a, opts);
      expect(bib.startsWith('@article{nunez2024que,\n')).toBe(true);
      expect(bib).toContain('  journal = {Smith \\& Co. News},\n');
      expect(bib).toContain('  note = {Via R\\&D\\_Hub},\n');
    });

    it('a title ending in "?" gets no extra period; inner double quotes become single', () => {
      const q: CitableArticle = { ...fed, title: 'Is the "soft landing" over?' };
      expect(citeApa(q, opts).text).toContain('(2024, December 18). Is the "soft landing" over? Bloomberg.');
      expect(citeMla(q, opts).text).toContain('Saraiva. “Is the ‘soft landing’ over?” Bloomberg, 18 Dec. 2024');
      expect(citeChicago(q, opts).text).toContain('Saraiva. “Is the ‘soft landing’ over?” Bloomberg, December 18, 2024.');
    });

    it('HTML output escapes markup in the title and the names', () => {
      const a: CitableArticle = { ...fed, title: 'Rates <b>cut</b> & held', publisher: 'A&B <News>' };
      const html = citeApa(a, opts).html;
      expect(html).toContain('Rates &lt;b&gt;cut&lt;/b&gt; &amp; held. <i>A&amp;B &lt;News&gt;</i>.');
      expect(html).not.toContain('<b>');
    });

    it('CSL-JSON stays valid JSON with quotes and backslashes in the title', () => {
      const a: CitableArticle = { ...fed, title: 'He said "no" \\ twice' };
      expect(JSON.parse(citeCslJson(a, opts))[0].title).toBe('He said "no" \\ twice');
    });
  });

  describe('the host, where the copy was read', () => {
    it('a syndicated page without a site name says "via" its host name', () => {
      const a: CitableArticle = { ...nyt, siteName: null };
      expect(citeChicago(a, opts).text).toContain('Via seattletimes.com. https://www.seattletimes.com/');
      expect(citeMla(a, opts).text).toContain('10 July 2024. seattletimes.com, www.seattletimes.com/');
    });

    it('no "via" when the host is the publisher itself', () => {
      const a: CitableArticle = { ...seed, siteName: 'Bloomberg News' };
      for (const style of ALL_STYLES) expect(cite(a, style, opts), style).not.toMatch(/\bvia\b/i);
    });

    it('a copy whose original is unknown does not credit the host as publisher', () => {
      const a: CitableArticle = { ...seed, publisher: null };
      expect(citeApa(a, opts).text).toBe(
        `Nardelli, A., Leonard, J., & Wickham, A. (2024, November 17). US nears decision to let Ukraine hit some targets in Russia. Retrieved from ArcaMax: ${seedUrl}`,
      );
      expect(citeMla(a, opts).text).toBe(
        'Nardelli, Alberto, et al. “US nears decision to let Ukraine hit some targets in Russia.” 17 Nov. 2024. ArcaMax, www.arcamax.com/currentnews/newsheadlines/s-3478215. Accessed 20 Nov. 2024.',
      );
      const bib = citeBibtex(a, opts);
      expect(bib.startsWith('@misc{nardelli2024us,\n')).toBe(true);
      expect(bib).not.toContain('journal');
      const [item] = JSON.parse(citeCslJson(a, opts)) as Record<string, unknown>[];
      expect(item).not.toHaveProperty('container-title');
      expect(item).not.toHaveProperty('publisher');
      expect(item?.source).toBe('ArcaMax');
    });

    it('an original whose publisher is unknown takes the site as the publication', () => {
      const a: CitableArticle = { ...fed, publisher: null };
      expect(citeChicago(a, opts).text).toContain('” Bloomberg, December 18, 2024. https://');
    });
  });

  describe('the access date', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('defaults to today (local calendar day)', () => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(2025, 0, 5, 23, 30));
      expect(citeMla(fed).text.endsWith('Accessed 5 Jan. 2025.')).toBe(true);
      expect(citeBibtex(fed)).toContain('urldate = {2025-01-05}');
    });

    it('takes a Date', () => {
      expect(citeMla(fed, { accessed: new Date(2024, 8, 3) }).text.endsWith('Accessed 3 Sept. 2024.')).toBe(true);
    });

    it('rejects a malformed date instead of printing it', () => {
      expect(() => citeMla(fed, { accessed: 'yesterday' })).toThrow(RangeError);
    });
  });

  it('cite() gives each style as text', () => {
    expect(cite(fed, 'apa', opts)).toBe(citeApa(fed, opts).text);
    expect(cite(fed, 'mla', opts)).toBe(citeMla(fed, opts).text);
    expect(cite(fed, 'chicago', opts)).toBe(citeChicago(fed, opts).text);
    expect(cite(fed, 'bibtex', opts)).toBe(citeBibtex(fed, opts));
    expect(cite(fed, 'csl-json', opts)).toBe(citeCslJson(fed, opts));
  });
});
