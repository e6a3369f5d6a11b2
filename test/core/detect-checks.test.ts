/**
 * Every kind of finding against its own positive page and against the other kinds' pages
 * (github-url-detection style): a kind appears on its page, and on no page meant for another.
 * Each page is built once for the whole file (jsdom pages are the cost of this suite).
 */
import { describe, expect, it } from 'vitest';
import { detectSyndication, scanPage } from '../../src/core/detect.ts';
import { describeFinding, isEvidence, type FindingKind } from '../../src/core/evidence.ts';
import { collectFindings } from '../../src/core/findings.ts';
import { JSDOM } from 'jsdom';
import { PLAIN_PARAGRAPHS, pageDocument, type PageParts } from '../helpers/page.ts';

const findingsOf = (p: PageParts) => {
  const { doc, url } = pageDocument(p);
  return collectFindings(scanPage(doc, url));
};
/** The kinds of evidence on a page (the host's own identity is context, not evidence). */
const kindsOf = (p: PageParts): FindingKind[] => findingsOf(p).filter(isEvidence).map((f) => f.kind);

/** For each kind of evidence: a page that should produce it, and the kinds that necessarily come with it. */
const POSITIVES: Partial<Record<FindingKind, { page: PageParts; with?: FindingKind[] }>> = {
  'arcamax-title': { page: { title: 'Board approves budget | ArcaMax Publishing' } },
  'arcamax-breadcrumb': { page: { top: '<div class="crumbs"><a href="/politics">/Politics</a><a href="/">/ArcaMax</a></div>' } },
  'arcamax-host': { page: { url: 'https://ard.arcamaxupdates.com/about-us' } },
  'arcamax-story-url': { page: { url: 'https://www.arcamax.com/currentnews/newsheadlines/s-3478215' }, with: ['arcamax-host'] },
  'credit-line': { page: { trailer: '<p>©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.</p>' } },
  dateline: {
    page: { paragraphs: ['BEIJING (Reuters) - China will curb exports of several rare earth elements from next month, the commerce ministry said on Thursday, in a move that could ripple through supply chains.', 'The move follows months of talks.'] },
  },
  'sign-off': {
    page: { paragraphs: ['NEW DELHI: The county board approved a budget for the coming year on Tuesday after a long debate over road repairs and school funding.', 'The board said the new budget, which adds money for road repairs, would take effect next month, officials said. PTI'] },
  },
  'byline-outlet': { page: { afterHeadline: '<p>By Laura Curtis and Augusta Saraiva, Bloomberg News</p>' } },
  'provider-label': { page: { afterHeadline: '<div class="meta"><span><img src="/logos/r.png" alt="Reuters"></span><span>Joe Cash and Ethan Wang</span></div>' } },
  'jsonld-source-organization': {
    page: { head: '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Board approves budget","publisher":{"@type":"Organization","name":"County Ledger"},"sourceOrganization":{"@type":"Organization","name":"Bloomberg News"}}</script>' },
  },
  'jsonld-author': { page: { head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Board approves budget","author":[{"@type":"Person","name":"The Associated Press"}]}</script>' } },
  'jsonld-provider': { page: { head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Board approves budget","provider":{"@type":"Organization","name":"Reuters"}}</script>' } },
  'jsonld-is-based-on': { page: { head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Board approves budget","isBasedOn":"https://www.latimes.com/california/story/board-budget"}</script>' } },
  'jsonld-copyright-holder': { page: { head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Board approves budget","publisher":{"name":"County Ledger"},"copyrightHolder":{"name":"Los Angeles Times"}}</script>' } },
  'jsonld-credit-text': { page: { head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Board approves budget","creditText":"Reuters"}</script>' } },
  'meta-syndication-source': { page: { head: '<meta name="syndication-source" content="https://www.propublica.org/article/board-budget">' } },
  'meta-original-source': { page: { head: '<meta name="original-source" content="https://www.propublica.org/article/board-budget">' } },
  'canonical-elsewhere': { page: { head: '<link rel="canonical" href="https://www.latimes.com/business/story/2025-01-22/board-budget">' } },
  'republication-pixel': {
    page: { trailer: '<img src="https://counter.theconversation.com/content/248123/count.gif?distributor=republish-lightbox-basic" width="1" height="1" alt="">' },
  },
};

/** Each positive page's evidence kinds, computed once. */
const KINDS = new Map(Object.entries(POSITIVES).map(([kind, { page }]) => [kind, kindsOf(page)]));
const PLAIN = kindsOf({});

describe('every kind of evidence has a positive page', () => {
  it('covers every kind but the context ones', () => {
    const all: FindingKind[] = [
      'arcamax-title', 'arcamax-breadcrumb', 'arcamax-host', 'arcamax-story-url', 'credit-line', 'byline-outlet', 'dateline', 'sign-off', 'provider-label',
      'jsonld-author', 'jsonld-provider', 'jsonld-source-organization', 'jsonld-is-based-on', 'jsonld-copyright-holder', 'jsonld-credit-text',
      'meta-syndication-source', 'meta-original-source', 'canonical-elsewhere', 'republication-pixel',
    ];
    expect(Object.keys(POSITIVES).sort()).toEqual([...all].sort());
  });
});

describe.each(Object.entries(POSITIVES))('finding %s', (kind, { with: companions = [] }) => {
  it('appears on its own page, and only with its companions', () => {
    expect([...new Set(KINDS.get(kind))].sort()).toEqual([kind, ...companions].sort());
  });
  it('does not appear on a plain original article', () => {
    expect(PLAIN).not.toContain(kind);
  });
  it('does not appear on the other kinds’ pages', () => {
    for (const [other, { with: theirs = [] }] of Object.entries(POSITIVES)) {
      if (other === kind || theirs.includes(kind as FindingKind)) continue;
      expect(KINDS.get(other), `on the page for ${other}`).not.toContain(kind);
    }
  });
});

describe('findings are data', () => {
  it('carry what was seen, where, and the outlet they name', () => {
    const f = findingsOf(POSITIVES['credit-line']!.page).find((x) => x.kind === 'credit-line');
    expect(f).toEqual({
      kind: 'credit-line',
      strength: 'strong',
      value: '©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.',
      where: 'end of the story',
      outlet: 'Bloomberg News',
      site: 'bloomberg.com',
      via: 'Tribune Content Agency',
    });
    const signOff = findingsOf(POSITIVES['sign-off']!.page).find((x) => x.kind === 'sign-off');
    expect(signOff).toMatchObject({ strength: 'strong', value: '…repairs, would take effect next month, officials said. PTI', outlet: 'Press Trust of India', site: 'ptinews.com' });
    const dateline = findingsOf(POSITIVES.dateline!.page).find((x) => x.kind === 'dateline');
    expect(dateline).toMatchObject({ strength: 'strong', value: 'BEIJING (Reuters) -', outlet: 'Reuters', site: 'reuters.com' });
  });
  it('read as plain sentences, never as rule ids', () => {
    for (const [kind, { page }] of Object.entries(POSITIVES)) {
      for (const f of findingsOf(page).filter(isEvidence)) {
        const sentence = describeFinding(f, 'County Ledger');
        expect(sentence, kind).toMatch(/^The [^:]+|^ArcaMax/);
        expect(sentence).toMatch(/\.$/);
        expect(sentence).not.toMatch(new RegExp(`^${f.kind}:`));
      }
    }
    const credit = findingsOf(POSITIVES['credit-line']!.page).find((x) => x.kind === 'credit-line')!;
    expect(describeFinding(credit, 'ArcaMax')).toBe(
      'The credit line names Bloomberg News and names Tribune Content Agency as distributor: “©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.”.',
    );
    const byline = findingsOf(POSITIVES['byline-outlet']!.page).find((x) => x.kind === 'byline-outlet')!;
    expect(describeFinding(byline, 'ArcaMax')).toBe('The byline names Bloomberg News, not ArcaMax.');
  });
});

describe('traps', () => {
  it('ignores an AP copyright under a photo', () => {
    const trailer = '<figure><img src="https://img.example/p.jpg" alt=""><figcaption>Crowds gather. (AP Photo/Erin Hooley) Copyright 2024 The Associated Press. All Rights Reserved.</figcaption></figure>';
    expect(kindsOf({ trailer })).toEqual([]);
  });
  it('ignores "according to Bloomberg" in the text', () => {
    expect(kindsOf({ paragraphs: ['Borrowing costs have climbed sharply over the past year for counties of every size, according to Bloomberg.', 'The board noted it.'] })).toEqual([]);
  });
  it('reads a wire code closing a paragraph as a sign-off only when it stands apart', () => {
    const story = 'The county board approved a budget for the coming year on Tuesday after a long debate over road repairs';
    for (const end of ['. PTI', '. — IANS', ' (Xinhua)', '.” (AFP)', '. –Reuters']) expect(kindsOf({ paragraphs: [`${story}${end}`, 'The board noted it.'] }), end).toEqual(['sign-off']);
    for (const end of [', the chairman told Reuters.', ', a PTI report said.', ', according to AFP', ', said Reuters']) expect(kindsOf({ paragraphs: [`${story}${end}`, 'The board noted it.'] }), end).toEqual([]);
  });
  it('ignores a wire code closing a photo caption or a teaser', () => {
    const caption = '<figure><img src="https://img.example/p.jpg" alt=""><figcaption>Members of the county board listen to residents during the budget hearing on Tuesday evening. (AFP)</figcaption></figure>';
    expect(kindsOf({ trailer: caption })).toEqual([]);
    const teaser = '<div class="related-posts"><h3>Related</h3><div class="related-post"><a href="/x">Rains lift reservoirs</a><p>Water stored in the main reservoirs has reached its highest level for this time of year, officials said. PTI</p></div></div>';
    expect(kindsOf({ trailer: teaser })).toEqual([]);
  });
  it('does not call a wire’s own story on its own site syndicated by its sign-off', () => {
    const { doc, url } = pageDocument({
      url: 'https://www.ptinews.com/story/national/county-budget/12345',
      head: '<meta property="og:site_name" content="Press Trust of India">',
      paragraphs: ['The county board approved a budget for the coming year on Tuesday after a long debate over road repairs. PTI', 'The board noted it.'],
    });
    expect(detectSyndication(doc, url).reasons.filter(isEvidence)).toEqual([]);
  });
  it("ignores the host site's own footer copyright", () => {
    expect(kindsOf({ bottom: '<p>Copyright 2025 County Ledger. Distributed by County Ledger Media.</p>' })).toEqual([]);
  });
  it('ignores a footer line that names a syndicate', () => {
    expect(kindsOf({ bottom: '<p>Some content distributed by Tribune Content Agency, LLC.</p>' })).toEqual([]);
  });
  it('ignores a credit line pasted into a reader comment', () => {
    const trailer = '<section class="comments"><h3>Comments</h3><div class="comment"><p>Sounds like the Times piece. ©2024 The New York Times Company</p></div></section>';
    expect(kindsOf({ trailer })).toEqual([]);
  });
  it('ignores credit lines of related-story teasers', () => {
    const trailer = '<div class="more"><h3><a href="/news/port">Dockworkers strike shuts ports</a></h3><p>The strike spread to every port on the coast.</p><p>©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.</p></div>';
    expect(kindsOf({ trailer })).toEqual([]);
  });
  it("does not call the original publisher's own site syndicated", () => {
    const { doc, url } = pageDocument({
      url: 'https://www.bloomberg.com/news/articles/2024-12-18/fed-cuts-rates',
      head: '<meta property="og:site_name" content="Bloomberg">',
      afterHeadline: '<p>By Craig Torres, Bloomberg News</p>',
      trailer: '<p>©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.</p>',
    });
    const d = detectSyndication(doc, url);
    expect(d.reasons.filter(isEvidence)).toEqual([]);
    expect(d.syndicated).toBe(false);
  });
  it('reads the story inside a layout named for its rail, and paragraphs whose class names a media library', () => {
    const story = PLAIN_PARAGRAPHS.map((t) => `<p class="media-ui-Paragraph_text-SqIsdNjh0t0-">${t}</p>`).join('');
    const html = (byline: string, credit: string) => `<!doctype html><html lang="en"><head><title>Board approves budget</title><meta property="og:site_name" content="Piedmont Record"></head><body>
<div class="b-right-rail-advanced"><div class="b-right-rail-advanced__main"><h1>Board approves budget</h1><div class="b-byline"><span>By <a href="#">${byline}</a></span></div>
<div class="body-content">${story}${credit}</div></div>
<div class="b-right-rail-advanced__rail"><h3>Most read</h3><p>By Ann Teaser, Chicago Tribune</p></div></div>
<footer class="site-footer"><p>© 2024 Piedmont Record</p></footer></body></html>`;
    const read = (h: string) => {
      const url = 'https://www.piedmontrecord.example/news/board-approves-budget';
      return detectSyndication(new JSDOM(h, { url }).window.document, url);
    };
    expect(read(html('Garrett Holm, The Washington Post', ''))).toMatchObject({ syndicated: true, publisher: 'The Washington Post' });
    const credit = '<p class="media-ui-Paragraph_text-SqIsdNjh0t0-">©2024 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC.</p>';
    expect(read(html('Garrett Holm', credit))).toMatchObject({ syndicated: true, publisher: 'Los Angeles Times' });
    // The rail itself is still outside the story: its teaser's byline names no publisher.
    expect(read(html('Garrett Holm', '')).syndicated).toBe(false);
    // A caption is still a caption.
    expect(read(html('Garrett Holm', `<div class="media-caption">${credit}</div>`)).syndicated).toBe(false);
  });
  it('reads a republication notice that opens the body, past a dek and an author heading', () => {
    const { doc, url } = pageDocument({
      afterHeadline: '<p class="article-excerpt">Public records show some police departments hold on to scans of drivers’ plates for years, despite policies that promise deletion.</p><h4 class="author-name"><a href="/author/nate/">Nate Kirwan</a></h4>',
      paragraphs: ['<em>This article first appeared on ProPublica and is republished here under a Creative Commons license.</em>', ...PLAIN_PARAGRAPHS],
    });
    expect(detectSyndication(doc, url)).toMatchObject({ syndicated: true, publisher: 'ProPublica' });
  });
  it("reads a credit line in the article's own footer or copyright line, never in the site's footer", () => {
    const tca = '©2024 The Kansas City Star. Visit at kansascity.com. Distributed by Tribune Content Agency, LLC.';
    const at = (parts: PageParts) => {
      const { doc, url } = pageDocument(parts);
      return detectSyndication(doc, url);
    };
    const related = '<section class="story__related"><h2>Related</h2><ul><li><a href="/news/hay-prices">Hay prices climb</a></li><li><a href="/news/drought">Drought deepens</a></li></ul></section>';
    expect(at({ trailer: `${related}<footer class="story__footer"><p class="story__credit">${tca}</p></footer>` })).toMatchObject({ syndicated: true, publisher: 'The Kansas City Star' });
    expect(at({ trailer: `<div class="article-footer"><p class="copyright">${tca}</p></div>` })).toMatchObject({ syndicated: true, publisher: 'The Kansas City Star' });
    expect(at({ bottom: `<p>${tca}</p>` }).syndicated).toBe(false);
    // A teaser's credit after a related heading, outside the article's footer, is still another story's.
    expect(at({ trailer: `${related}<div class="teaser"><p>${tca}</p></div>` }).syndicated).toBe(false);
  });
  it("does not call a story syndicated for a JSON-LD rights holder that is no outlet (the site's owner)", () => {
    const ld = (extra: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Board approves budget","publisher":{"name":"KTPL 14 News"},${extra}}</script>`;
    const at = (head: string, parts: PageParts = {}) => {
      const { doc, url } = pageDocument({ url: 'https://www.ktpl14.example/news/local-news/board-budget/', siteName: 'KTPL 14 News', head, ...parts });
      return detectSyndication(doc, url);
    };
    for (const extra of ['"copyrightHolder":{"@type":"Organization","name":"Nexstar Media Inc."},"copyrightYear":2024', '"creditText":"© 2024 Gray Media Group, Inc."']) {
      const d = at(ld(extra));
      expect(d.syndicated, extra).toBe(false);
      expect(d.reasons.filter((f) => f.strength === 'strong'), extra).toEqual([]);
    }
    // A holder the gazetteer knows is the story's outlet.
    expect(at(ld('"copyrightHolder":{"name":"Los Angeles Times"}'))).toMatchObject({ syndicated: true, publisher: 'Los Angeles Times' });
    // Beside other evidence the story is syndicated, and the holder does not outrank that evidence's outlet.
    expect(at(ld('"copyrightHolder":{"name":"The Oakland Ledger"}'), { paragraphs: ['OAKLAND, Calif. (AP) — The county board approved a budget for the coming year on Tuesday after a long debate over road repairs.', 'The board noted it.'] })).toMatchObject({ syndicated: true, publisher: 'The Associated Press' });
  });
  it("credits a wire's own copyright at the story's end to the wire, but not a photo's credit nor on the wire's own site", () => {
    const portal = { url: 'https://www.portalnews.example/world/typhoon-ferries', siteName: 'Portal News' };
    const at = (parts: PageParts) => {
      const { doc, url } = pageDocument({ ...portal, ...parts });
      return detectSyndication(doc, url);
    };
    expect(at({ trailer: '<p>© 2024 AFP</p>' })).toMatchObject({ syndicated: true, publisher: 'Agence France-Presse' });
    expect(at({ trailer: '<p>Copyright 2024 The Canadian Press. All rights reserved.</p>' })).toMatchObject({ syndicated: true, publisher: 'The Canadian Press' });
    expect(at({ trailer: '<p>©2024 Bloomberg L.P.</p>' })).toMatchObject({ syndicated: true, publisher: 'Bloomberg News' });
    expect(at({ trailer: '<p>The-CNN-Wire™ &amp; © 2024 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.</p>' })).toMatchObject({ syndicated: true, publisher: 'CNN' });
    // A photo's credit: in a caption, or without a year.
    expect(at({ trailer: '<figure><img src="/a.jpg" alt=""><figcaption>Passengers wait at a terminal. © 2024 AFP</figcaption></figure>' }).syndicated).toBe(false);
    expect(at({ trailer: '<p>© AFP</p>' }).syndicated).toBe(false);
    // A photo's copyright under an image mid-story (no figure around them), the story going on after it.
    const long = 'Ferry operators said they would resume sailings on Friday morning once the coast guard lifts the warning, though schedules may change at short notice.';
    expect(at({ paragraphs: [long, '<img src="/a.jpg" alt="">', '© 2024 AFP', long] }).syndicated).toBe(false);
    // Under the story's last image, with nothing after it, it is the story's credit.
    expect(at({ paragraphs: [long, long], trailer: '<img src="/a.jpg" alt=""><p>© 2024 AFP</p>' })).toMatchObject({ syndicated: true, publisher: 'Agence France-Presse' });
    // A credit-named container is the story's credit line, unless an image is in it or right above it.
    expect(at({ trailer: '<p class="story-credit">© 2024 AFP</p>' })).toMatchObject({ syndicated: true, publisher: 'Agence France-Presse' });
    expect(at({ trailer: '<img src="/a.jpg" alt=""><p class="credit">© 2024 AFP</p>' }).syndicated).toBe(false);
    expect(at({ trailer: '<div class="credit"><img src="/a.jpg" alt=""><span>© 2024 AFP</span></div>' }).syndicated).toBe(false);
    // The wire's own sites.
    expect(at({ url: 'https://www.afp.com/en/news/typhoon-ferries', siteName: 'AFP', trailer: '<p>© 2024 AFP</p>' }).syndicated).toBe(false);
    expect(at({ url: 'https://edition.cnn.com/2024/04/10/health/measles', siteName: 'CNN', trailer: '<p>© 2024 Cable News Network, Inc. A Warner Bros. Discovery Company. All Rights Reserved.</p>' }).syndicated).toBe(false);
  });
  it('reads a republication notice to its source, without the words that follow the name', () => {
    const portal = { url: 'https://www.portalnews.example/news/heat-pumps', siteName: 'Portal News' };
    const at = (trailer: string) => {
      const { doc, url } = pageDocument({ ...portal, trailer });
      return detectSyndication(doc, url);
    };
    expect(at('<p>This article first appeared on ProPublica and is republished here under a Creative Commons license.</p>')).toMatchObject({ syndicated: true, publisher: 'ProPublica' });
    expect(at('<p>This story was originally published by Inside Climate News and is republished here with permission.</p>')).toMatchObject({ syndicated: true, publisher: 'Inside Climate News' });
    expect(at('<p>This article originally appeared in Grist at https://grist.org/climate/heat-pumps/. Grist is a nonprofit, independent media organization dedicated to telling stories of climate solutions and a just future.</p>')).toMatchObject({ syndicated: true, publisher: 'Grist' });
    expect(at('<p>Republished with permission from The Texas Tribune.</p>')).toMatchObject({ syndicated: true, publisher: 'The Texas Tribune' });
    expect(at('<p>This report by The Canadian Press was first published Nov. 18, 2024.</p>')).toMatchObject({ syndicated: true, publisher: 'The Canadian Press' });
    expect(at('<p><em>This story was produced by Giving Compass and reviewed and distributed by Stacker.</em></p>')).toMatchObject({ syndicated: true, publisher: 'Giving Compass' });
    expect(at('<p>Georgia Recorder is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity.</p>')).toMatchObject({ syndicated: true, publisher: 'Georgia Recorder' });
    expect(at('<p>– The Gloucester Daily Times (Gloucester, Mass.)/Tribune News Service</p>')).toMatchObject({ syndicated: true, publisher: 'The Gloucester Daily Times' });
    // An editor's note that dates the story, the words inside the story's prose, and the outlet's own tagline on its own site.
    expect(at('<p>This story was originally published in March. It has been updated with the board\'s final vote.</p>').syndicated).toBe(false);
    expect(at('<p>This article was first published on Monday.</p>').syndicated).toBe(false);
    expect(at('<p>The memo, reprinted with permission from the union in its newsletter, said the talks had stalled over pay.</p>').syndicated).toBe(false);
    const own = pageDocument({ url: 'https://georgiarecorder.com/2024/11/18/heat-pumps/', siteName: 'Georgia Recorder', trailer: '<p>Georgia Recorder is part of States Newsroom, a nonprofit news network supported by grants.</p>' });
    expect(detectSyndication(own.doc, own.url).syndicated).toBe(false);
  });
  it.each([
    ['www.wsj.com', 'The Wall Street Journal'],
    ['www.marketwatch.com', 'MarketWatch'],
    ['www.barrons.com', "Barron's"],
    ['www.dowjones.com', 'Dow Jones'],
  ])("does not call a Dow Jones property's own story syndicated by the company's copyright (%s)", (host, siteName) => {
    const trailer = '<p>Write to Jane Roe at jane.roe@dowjones.com</p><p>Copyright © 2024 Dow Jones &amp; Company, Inc. All Rights Reserved.</p>';
    const own = pageDocument({ url: `https://${host}/articles/copper-prices-rise-123`, siteName, trailer });
    expect(detectSyndication(own.doc, own.url)).toMatchObject({ syndicated: false });
    // The same story on a portal is Dow Jones Newswires' copy.
    const copy = pageDocument({ url: 'https://www.tradersdigest.example/markets/copper-prices-rise-123', siteName: 'Traders Digest', trailer });
    expect(detectSyndication(copy.doc, copy.url)).toMatchObject({ syndicated: true, publisher: 'Dow Jones Newswires' });
  });
  it.each([
    ['the site itself with a role', 'By Jake Griffin, County Ledger Staff Writer'],
    ['a role alone', 'By Jake Griffin, Staff Writer'],
    ['a role after the paper’s short name', 'By Jake Griffin, Ledger business reporter'],
    ['“special to” the site itself', 'By Jake Griffin, Special to the County Ledger'],
    ['a Spanish role', 'Por Ana Gómez, redactora'],
  ])('ignores a byline that names %s', (_label, byline) => {
    expect(kindsOf({ afterHeadline: `<p>${byline}</p>` })).toEqual([]);
  });
  it('reads a role line under the byline as its outlet, never as an outlet of that name', () => {
    // An author card: the name, then the title line the site prints under it.
    const card = (line: string) => `<div class="user-bylines"><div class="byline"><a href="/janeroe"><img src="/u/janeroe.jpg" alt="Jane Roe"></a><div class="byline__body"><a href="/janeroe" class="byline__author">Jane Roe</a><div class="byline__title">${line}</div></div></div></div>`;
    const outside = findingsOf({ afterHeadline: card('Chicago Tribune Reporter') }).find((f) => f.kind === 'byline-outlet');
    expect(outside).toMatchObject({ value: 'Chicago Tribune', outlet: 'Chicago Tribune' });
    // The host's own reporters, under its name or a role alone: no outlet at all.
    expect(kindsOf({ afterHeadline: card('County Ledger Reporter') })).toEqual([]);
    expect(kindsOf({ afterHeadline: card('Staff Reporter') })).toEqual([]);
  });
  it('does not read an infobox that repeats the headline as a byline', () => {
    // An encyclopedia-style page: the headline again, then the name in another language.
    const infobox = `<table class="infobox geography vcard"><tbody><tr><th colspan="2" class="adr"><div class="fn org country-name">New Zealand</div><br>
<div><i lang="mi" title="Māori language text">Aotearoa</i>&nbsp;&nbsp;<span class="languageicon">(<a href="/wiki/M%C4%81ori_language" title="Māori language">Māori</a>)</span></div></th></tr>
<tr><th>Capital</th><td><a href="/wiki/Wellington">Wellington</a></td></tr></tbody></table>`;
    const page = { title: 'New Zealand - Wikipedia', headline: 'New Zealand', siteName: 'Wikipedia', url: 'https://en.wikipedia.example/wiki/New_Zealand', afterHeadline: infobox };
    expect(kindsOf(page)).toEqual([]);
    const { doc, url } = pageDocument(page);
    expect(scanPage(doc, url).byline).toBeNull();
  });
  it('ignores the host brand’s own sections (CNN Business on cnn.com)', () => {
    const { doc, url } = pageDocument({ url: 'https://www.cnn.com/2024/11/17/business/fed-rates/index.html', head: '<meta property="og:site_name" content="CNN">', afterHeadline: '<p>By Jane Roe, CNN Business</p>' });
    expect(detectSyndication(doc, url)).toMatchObject({ syndicated: false });
  });
  it('ignores an AP dateline on AP’s own site', () => {
    const { doc, url } = pageDocument({
      url: 'https://apnews.com/article/wildfire-evacuations-3f1c',
      head: '<meta property="og:site_name" content="AP News">',
      paragraphs: ['LOS ANGELES (AP) — Thousands of residents were ordered to leave their homes on Tuesday as a wind-driven wildfire spread through the foothills.', 'Crews worked through the night.'],
    });
    expect(detectSyndication(doc, url).syndicated).toBe(false);
  });
  it('ignores syndication-source and canonical that point at the page itself', () => {
    const head = '<meta name="syndication-source" content="https://www.countyledger.example/news/board-approves-budget"><link rel="canonical" href="https://countyledger.example/news/board-approves-budget">';
    expect(kindsOf({ head })).toEqual([]);
  });
});

describe('detectSyndication', () => {
  it('says a plain original article is an article and not syndicated, with the host as context', () => {
    const { doc, url } = pageDocument();
    const d = detectSyndication(doc, url);
    expect(d).toMatchObject({ isArticle: true, syndicated: false, publisher: null, siteName: 'County Ledger' });
    expect(d.reasons.map((f) => [f.kind, f.strength])).toEqual([['host-identity', 'context']]);
  });
  it('names the publisher from the byline on a syndicated page', () => {
    const { doc, url } = pageDocument({
      afterHeadline: '<p>By Laura Curtis, Bloomberg News</p>',
      trailer: '<p>©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.</p>',
    });
    expect(detectSyndication(doc, url)).toMatchObject({ isArticle: true, syndicated: true, publisher: 'Bloomberg News' });
  });
  it('names the publisher from a wire dateline alone', () => {
    const { doc, url } = pageDocument(POSITIVES.dateline!.page);
    expect(detectSyndication(doc, url)).toMatchObject({ syndicated: true, publisher: 'Reuters' });
  });
  it('names the publisher from a provider label beside the byline', () => {
    const { doc, url } = pageDocument(POSITIVES['provider-label']!.page);
    expect(detectSyndication(doc, url)).toMatchObject({ syndicated: true, publisher: 'Reuters' });
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
    expect(d.reasons.filter(isEvidence).map((f) => [f.kind, f.strength])).toEqual([['dateline', 'weak']]);
    expect(d.syndicated).toBe(false);
  });
});
