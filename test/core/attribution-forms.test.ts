/**
 * The families of page that issue 10 named, each on a whole (small) page: credit lines over two or
 * three blocks or <br> lines kept verbatim, the NYT sign-off with its copyright, Spanish credits,
 * the seed's byline pattern in other markup, a title changed by a script, AP's hosted pages, a
 * sidebar's byline and a teaser's credit. Each page is built once.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { creditAround } from '../../src/core/credit-line.ts';
import { cleanTitle, detectSyndication } from '../../src/core/detect.ts';
import { extractArticle } from '../../src/core/extract.ts';
import { findTitleText } from '../../src/core/page-scan.ts';
import type { CleanArticle } from '../../src/core/types.ts';
import { pageDocument, type PageParts } from '../helpers/page.ts';

const STORY = [
  'The county board voted on Tuesday evening to approve a budget that adds four new positions to the parks department and trims spending on outside consultants.',
  'Board members said the change reflected months of public comment, much of it from residents who asked for longer hours at the two public pools and better lighting on the river trail.',
  'The budget now goes to the finance committee, which is expected to take it up at its next meeting in the spring, when members will also review the capital plan.',
];
const LAST = STORY[STORY.length - 1]!;

function extract(p: PageParts): CleanArticle {
  const { doc, url } = pageDocument({ paragraphs: STORY, ...p });
  const result = extractArticle(doc, url);
  if (!result.isArticle) throw new Error(result.reason);
  return result;
}

describe('creditAround', () => {
  it('joins a credit split over two blocks with one space', () => {
    const texts = [LAST, '©2024 Los Angeles Times. Visit at latimes.com.', 'Distributed by Tribune Content Agency, LLC.'];
    const run = creditAround(texts, 2);
    expect(run).toMatchObject({ start: 1, end: 3 });
    expect(run!.credit).toMatchObject({ copyright: '©2024 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC.', copyrightYear: 2024, copyrightHolder: 'Los Angeles Times', publisherSite: 'latimes.com' });
  });
  it('never joins the story’s last paragraph to the credit after it', () => {
    const texts = ['The lawsuit alleges copyright infringement by the studio.', 'Copyright 2024 The New York Times Company'];
    expect(creditAround(texts, 1)).toMatchObject({ start: 1, end: 2 });
  });
});

describe('credit lines on the page', () => {
  const twoBlocks = extract({ afterHeadline: '<p>By Laurence Darmiento, Los Angeles Times</p>', trailer: '<p>©2024 Los Angeles Times. Visit at latimes.com.</p><p>Distributed by Tribune Content Agency, LLC.</p>' });
  it('takes a credit over two paragraphs whole, and leaves neither in the body', () => {
    expect(twoBlocks).toMatchObject({ copyright: '©2024 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC.', copyrightYear: 2024, copyrightHolder: 'Los Angeles Times', publisher: 'Los Angeles Times', publisherSite: 'latimes.com' });
    expect(twoBlocks.text.endsWith(LAST)).toBe(true);
  });

  const brLines = extract({
    afterHeadline: '<p>By Melissa Montalvo, The Fresno Bee (Fresno, Calif.) (TNS)</p>',
    trailer: '<p>(c)2024 The Fresno Bee (Fresno, Calif.)<br>Visit The Fresno Bee (Fresno, Calif.) at www.fresnobee.com<br>Distributed by Tribune Content Agency, LLC.</p>',
  });
  it('keeps three <br> lines verbatim, joined with spaces, never glued', () => {
    expect(brLines.copyright).toBe('(c)2024 The Fresno Bee (Fresno, Calif.) Visit The Fresno Bee (Fresno, Calif.) at www.fresnobee.com Distributed by Tribune Content Agency, LLC.');
    expect(brLines).toMatchObject({ publisher: 'The Fresno Bee', publisherSite: 'www.fresnobee.com', byline: 'Melissa Montalvo, The Fresno Bee (Fresno, Calif.) (TNS)', authors: ['Melissa Montalvo'] });
    expect(brLines.text.endsWith(LAST)).toBe(true);
  });

  const threeParas = extract({ trailer: '<p>©2018 The Virginian-Pilot (Norfolk, Va.)</p><p>Visit The Virginian-Pilot at pilotonline.com</p><p>Distributed by Tribune Content Agency, LLC.</p>' });
  it('takes a credit over three paragraphs', () => {
    expect(threeParas).toMatchObject({ syndicated: true, copyrightHolder: 'The Virginian-Pilot (Norfolk, Va.)', publisher: 'The Virginian-Pilot', publisherSite: 'pilotonline.com' });
    expect(threeParas.text.endsWith(LAST)).toBe(true);
  });

  const nyt = extract({ afterHeadline: '<p>By Brad Plumer</p>', trailer: '<p>This article originally appeared in The New York Times.</p><p>©2024 The New York Times Company</p>' });
  it('takes “originally appeared in The New York Times” with the company’s copyright as one credit', () => {
    expect(nyt).toMatchObject({ copyright: 'This article originally appeared in The New York Times. ©2024 The New York Times Company', copyrightYear: 2024, copyrightHolder: 'The New York Times Company', publisher: 'The New York Times', publisherSite: 'nytimes.com' });
  });

  const spanish = extract({ afterHeadline: '<p>Por Ana Gómez, El Nuevo Herald</p>', trailer: '<p>©2024 El Nuevo Herald. Visite elnuevoherald.com. Distribuido por Tribune Content Agency, LLC.</p>' });
  it('reads a Spanish byline and credit', () => {
    expect(spanish).toMatchObject({ syndicated: true, byline: 'Ana Gómez, El Nuevo Herald', authors: ['Ana Gómez'], publisher: 'El Nuevo Herald', publisherSite: 'elnuevoherald.com', copyrightHolder: 'El Nuevo Herald', distributor: 'Tribune Content Agency' });
    expect(spanish.text).not.toContain('Distribuido');
  });

  it('takes the credit from a box of the story’s own among its paragraphs, under a short heading', () => {
    const boxed = extract({
      afterHeadline: '<p>Priya Raman | Bloomberg</p>',
      trailer: '<aside class="story-credit-box"><h4>About this story</h4><p>©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.</p></aside>',
    });
    expect(boxed).toMatchObject({ syndicated: true, copyright: '©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.', copyrightHolder: 'Bloomberg L.P.', distributor: 'Tribune Content Agency', publisherSite: 'bloomberg.com' });
    expect(boxed.text.endsWith(LAST)).toBe(true);
  });

  it('takes a newsroom’s dated copyright over its tagline before it, and leaves neither in the body', () => {
    const tagged = extract({
      afterHeadline: '<p>By Lauren Whitfield, KFF Health News</p>',
      trailer:
        '<p><em>KFF Health News is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF — the independent source for health policy research, polling, and journalism.</em></p>' +
        '<div class="field-tags"><span>Tags:</span> <a href="/topics/rural-health">Rural Health</a></div>' +
        '<div class="field-source"><span>Source:</span> <div>©2025 KFF Health News. Distributed by Tribune Content Agency, LLC.</div></div>',
    });
    expect(tagged).toMatchObject({ syndicated: true, publisher: 'KFF Health News', copyright: '©2025 KFF Health News. Distributed by Tribune Content Agency, LLC.', copyrightYear: 2025, distributor: 'Tribune Content Agency' });
    expect(tagged.text.endsWith(LAST)).toBe(true);
  });

  it('ignores a credit line in a sidebar and a byline in a teaser', () => {
    const a = extract({
      afterHeadline: '<p>By Jake Griffin</p>',
      trailer: '<aside class="box"><p>By Jane Roe, Bloomberg News</p><p>©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.</p></aside><ul class="more"><li><a href="/news/port-strike"><span>Port strike spreads</span><span>By REUTERS</span></a></li></ul>',
    });
    expect(a).toMatchObject({ syndicated: false, publisher: 'County Ledger', copyright: null, authors: ['Jake Griffin'] });
  });
});

describe('Italian and Portuguese wire copies', () => {
  it('reads ANSA’s and Lusa’s datelines as the wire’s', () => {
    const ansa = extract({ paragraphs: ['(ANSA) - ROMA, 12 MAR - Una farmacia rurale su cinque rischia di chiudere entro i prossimi cinque anni, secondo un rapporto presentato oggi.', ...STORY.slice(1)] });
    expect(ansa).toMatchObject({ syndicated: true, publisher: 'ANSA' });
    const lusa = extract({ paragraphs: ['Lisboa, 18 mar 2025 (Lusa) - O Governo abriu hoje candidaturas a um apoio de 45 milhões de euros para a limpeza de matas e florestas.', ...STORY.slice(1)] });
    expect(lusa).toMatchObject({ syndicated: true, publisher: 'Lusa' });
  });

  it('takes a credit classed like the site’s footer when it follows the story’s paragraphs on a page with no <article>', () => {
    const html = `<!doctype html><html lang="it"><head><title>Farmacie rurali a rischio</title><meta property="og:site_name" content="Il Corriere Fucense"></head><body>
<div class="header"><a href="/">Il Corriere Fucense</a></div>
<div class="com-content-article"><h1>Farmacie rurali a rischio</h1>${STORY.map((t) => `<p>${t}</p>`).join('')}
<p class="ansa-copyright"><em>Riproduzione riservata © Copyright ANSA</em></p></div>
<div class="footer"><p>Chi siamo · Contatti</p><p class="copyright">© 2025 Il Corriere Fucense. Tutti i diritti riservati.</p></div></body></html>`;
    const url = 'https://www.corrierefucense.example/attualita/farmacie-rurali';
    const page = () => new JSDOM(html, { url }).window.document;
    expect(detectSyndication(page(), url)).toMatchObject({ syndicated: true, publisher: 'ANSA' });
    expect(extractArticle(page(), url)).toMatchObject({ syndicated: true, copyright: 'Riproduzione riservata © Copyright ANSA' });
  });
});

describe('a summary that retells an outlet’s report', () => {
  // A summary's pointers at its source: JSON-LD isBasedOn and a "Source:" label beside the story.
  const pointers = (href: string, name: string) => ({
    head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pension fund weighs private credit","isBasedOn":"${href}"}</script>`,
    afterHeadline: `<p>By Priya Natarajan</p><div class="source-chip"><span>Source:</span> <a href="${href}">${name}</a></div>`,
  });
  const retold = [
    'Japan’s largest pension fund is considering raising the share of its assets it can put into private credit, Bloomberg reported Tuesday, citing people familiar with the matter.',
    ...STORY.slice(1),
  ];
  const page = (p: PageParts, paragraphs: string[]) => {
    const { doc, url } = pageDocument({ paragraphs, ...p });
    return { result: extractArticle(doc, url), detection: detectSyndication(pageDocument({ paragraphs, ...p }).doc, url) };
  };

  it('is the site’s own: its pointers name its source, not its publisher', () => {
    const { result, detection } = page({ ...pointers('https://www.bloomberg.com/news/articles/2025-09-16/gpif-private-credit', 'Bloomberg'), headline: 'Pension fund weighs private credit, Bloomberg reports' }, retold);
    expect(result).toMatchObject({ isArticle: true, syndicated: false, publisher: 'County Ledger' });
    expect(detection.syndicated).toBe(false);
  });

  it('is a copy when the same pointers come without the retelling', () => {
    const { result } = page(pointers('https://www.bloomberg.com/news/articles/2025-09-16/gpif-private-credit', 'Bloomberg'), STORY);
    expect(result).toMatchObject({ isArticle: true, syndicated: true, publisher: 'Bloomberg News' });
  });

  it('is still a copy of the outlet its pointers name when the story retells another', () => {
    const { result } = page(pointers('https://www.reuters.com/markets/asia/gpif-private-credit-2025-09-16/', 'Reuters'), retold);
    expect(result).toMatchObject({ isArticle: true, syndicated: true, publisher: 'Reuters' });
  });
});

describe('the seed’s byline pattern in other markup', () => {
  it.each([
    ['one element, the date inside', '<p class="story-credit">Susan Estrich, Creators Syndicate on Jun 12, 2025</p>'],
    ['the date in the next element', '<div><span>Susan Estrich, Creators Syndicate on</span> <span>Jun 12, 2025</span></div>'],
    ['a <time> inside the byline', '<div class="meta">By Susan Estrich, Creators Syndicate <time datetime="2025-06-12T08:00:00Z">Jun 12, 2025</time></div>'],
  ])('%s', (_label, afterHeadline) => {
    const a = extract({ afterHeadline, trailer: '<p>COPYRIGHT 2025 CREATORS.COM</p>' });
    expect(a).toMatchObject({ syndicated: true, byline: 'Susan Estrich, Creators Syndicate', authors: ['Susan Estrich'], published: '2025-06-12', publisher: 'Creators Syndicate', publisherSite: 'creators.com' });
  });
});

describe('the title', () => {
  it('is the visible headline when document.title disagrees with it', () => {
    const { doc, url } = pageDocument({ paragraphs: STORY, head: '', title: 'PWNED', headline: 'Board approves budget for parks and pools' });
    // The helper page has og:site_name but no og:title: the <title> is all the markup says.
    const a = extractArticle(doc, url) as CleanArticle;
    expect(a.title).toBe('Board approves budget for parks and pools');
  });
  it('drops the site suffix when they agree', () => {
    const a = extract({ title: 'Board approves budget | County Ledger' });
    expect(a.title).toBe('Board approves budget');
  });
  it('drops a leading site name, and only the site’s', () => {
    expect(cleanTitle('County Ledger - Board approves budget', 'County Ledger')).toBe('Board approves budget');
    expect(cleanTitle('Budget - Board approves four new positions', 'County Ledger')).toBe('Budget - Board approves four new positions');
    // Names with no Latin letters are never taken for the site's ("" would equal "").
    expect(cleanTitle('商品の改造が商標法違反に！？ - 特許業務法人ライトハウス', '特許業務法人')).toBe('商品の改造が商標法違反に！？ - 特許業務法人ライトハウス');
  });
  it('looks for a headline in no heading element reading each container’s text once, however many texts it holds', () => {
    // A thread of 2,000 short lines in one <div>, none of them the title: building the div's whole
    // text once per line made this quadratic (seconds on a big page).
    const lines = Array.from({ length: 2000 }, (_, i) => `Line ${i} of a long thread of short comments`).join('<br>');
    const doc = new JSDOM(`<!doctype html><html><body><div id="thread">${lines}</div></body></html>`).window.document;
    const thread = doc.getElementById('thread')!;
    const read = Object.getOwnPropertyDescriptor(doc.defaultView!.Node.prototype, 'textContent')!.get!;
    let reads = 0;
    Object.defineProperty(thread, 'textContent', { get: () => (reads++, read.call(thread)) });
    expect(findTitleText(doc, 'Line 42 of a long thread of short comments, and a reply')).toBeNull();
    expect(reads).toBeLessThanOrEqual(1);
  });

  it('finds a headline printed in no heading element, so the byline under it is read', () => {
    const { doc, url } = pageDocument({
      paragraphs: STORY,
      title: 'County Ledger - Board approves budget for parks',
      headline: '',
      afterHeadline: '<font size="5"><b>Board approves budget for parks</b></font><br><font size="2"><b>By Jake Griffin</b><br><i>The Daily Courier</i></font><br>',
    });
    const a = extractArticle(doc, url) as CleanArticle;
    expect(a).toMatchObject({ title: 'Board approves budget for parks', byline: 'Jake Griffin', authors: ['Jake Griffin'] });
    expect(a.text.startsWith(STORY[0]!)).toBe(true);
  });
});

describe('AP’s hosted pages', () => {
  it('are AP’s own: not syndicated, and read on The Associated Press, not “Hosted”', () => {
    const { doc, url } = pageDocument({
      url: 'https://hosted.ap.org/berkshireeagle/article/board-approves-budget',
      siteName: 'Hosted',
      afterHeadline: '<p>By JANE ROE Associated Press</p>',
      paragraphs: [`PITTSFIELD, Mass. (AP) — ${STORY[0]}`, ...STORY.slice(1)],
    });
    const d = detectSyndication(doc, url);
    expect(d).toMatchObject({ syndicated: false, siteName: 'The Associated Press' });
  });
});
