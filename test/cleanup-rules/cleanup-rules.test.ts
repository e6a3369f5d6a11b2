/**
 * Each named cleanup rule on its own whole page (test/cleanup-rules/pages/<rule>.html): the rule
 * fires (its count in the profile), the junk it targets is out of the text, and every story
 * paragraph is still there, in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { RULE_NAMES, applyCleanupRules, type ExtractProfile } from '../../src/core/cleanup-rules.ts';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/core/extract.ts';
import { precleanClone } from '../../src/core/preclean.ts';
import { toPlainText } from '../../src/core/plain-text.ts';
import { formatMarkdown } from '../../src/core/format.ts';
import type { CleanArticle } from '../../src/core/types.ts';

interface Case {
  url: string;
  /** Text that must not reach `text` (nor Markdown). */
  junk: string[];
  /** Story sentences that must stay (in this order). */
  story: string[];
  /** Captions the clean view's html keeps, inside a figcaption. */
  captions?: string[];
}

const CASES: Record<string, Case> = {
  'photo-credit': {
    url: 'https://www.valleycourier.example/news/2025/03/storm-power-outages/',
    junk: ['Alex Moreno | Getty Images', 'AP Photo/Jordan Reyes', 'Lena Park', 'Nina Cole', 'Getty Images', 'Image copyright', 'Valley Weather Watch', '© 2025 AFP'],
    story: ['A late-winter storm with gusts above 60 miles per hour', 'Crews from three neighboring utilities', 'The county opened two warming centers', 'Schools in the northern half', 'The river crested two feet', 'Forecasters said calmer weather'],
  },
  'gallery-counter': {
    url: 'https://www.harborgazette.example/life/2025/08/county-fair-photos/',
    junk: ['1 of 12', 'Photo 2/12'],
    story: ['The county fair drew an estimated 112,000 visitors', 'Livestock shows, a new farm-to-table food hall', 'Organizers credited cooler weather'],
  },
  'caption-with-credit': {
    url: 'https://www.coastalledger.example/news/2025/05/harbor-dredging-funding/',
    junk: ['Cranes unload containers at the main terminal', 'A tugboat guides a freighter', 'Dredging barges wait', 'Jordan Pike', 'Sonar map', 'Port director Alma Ruiz', 'Port of Coastal City', 'Crews test the new floodgate', 'Rosa Delgado'],
    story: ['The Army Corps of Engineers has approved $18 million', 'Work is expected to begin in the fall', 'Fishing groups have raised concerns', 'The port director called the funding'],
    captions: ['Cranes unload containers at the main terminal on Tuesday.', 'A tugboat guides a freighter into the inner harbor last spring.', 'Dredging barges wait at the mouth of the harbor in 2019', 'Sonar map of the inner harbor channel via NOAA', 'Port director Alma Ruiz, who has sought', 'Crews test the new floodgate at the harbor entrance in March. (Rosa Delgado/Coastal Ledger/TNS)'],
  },
  'figure-caption': {
    // Captions carried by a <p>, a bare <span> and a wrapper of two paragraphs inside image
    // figures; a figure around an embedded post holds the story's quote and keeps it.
    url: 'https://www.prairiesentinel.example/news/2025/04/spring-flooding-farm-roads/',
    junk: ['Water from the Elk River covers a soybean field', 'Photo for the Prairie Sentinel', 'Volunteers from three churches', 'Image'],
    story: ['HARLAN — County crews closed more than 40 gravel farm roads', 'The river crested early Saturday', 'Shelby County engineer Ray Okafor', 'Dana Whitcomb, who farms about 900 acres', 'Road 318 is gone past the creek bridge', 'Marcus Heller (@hellerfarms)', 'State officials said they would decide'],
    captions: ['Water from the Elk River covers a soybean field north of Harlan on Sunday', 'Volunteers from three churches filled about 6,000 sandbags'],
  },
  'timestamp-line': {
    url: 'https://www.riverbendherald.example/news/2025/01/school-start-times-vote/',
    junk: ['Posted Jan 20', 'Last updated', 'Updated on', '9:41 AM /', '8:19 PM /', 'Lisa Moreau', 'First Published'],
    story: ['RIVERBEND — The school board on Monday put off a vote', 'Under the proposal, classes would begin at 8:45 a.m.', 'Several students who spoke', 'Board members said they would hold two more listening sessions'],
  },
  'share-count': {
    url: 'https://www.metrodispatch.example/news/2025/06/bike-lane-network/',
    junk: ['1,204 Shares', '87 Comments'],
    story: ['The city council voted 7-2 on Tuesday', 'Supporters said the network would close gaps', 'The first segments, along Fifth Avenue'],
  },
  'related-block': {
    url: 'https://www.northfieldtimes.example/news/2025/02/library-hours/',
    junk: ['You may also like', 'Library levy heads to the May ballot', 'west-side branch', 'book sale sets a record', 'More:', 'late fines', 'study rooms', 'More Great', 'snow budget', 'bridge repair', 'More Local News', 'Pool hours', 'School bus routes', 'Related to this story', 'Reading room reopens', 'More for You'],
    story: ['The public library will stay open until 9 p.m.', 'The later hours will be paid for with a state grant', 'Patrons who spoke at the meeting', 'The board will review the later hours'],
  },
  'inline-promo': {
    url: 'https://www.marketwiredaily.example/markets/2025/01/retailer-holiday-sales/',
    junk: ['CO-FOUNDER SAYS', 'SEE MORE', 'Retail outlook for 2025 brightens', 'Also on', 'Mall vacancies', 'Holiday returns set a record', 'winter sales coverage'],
    story: ['The home-goods retailer said on Thursday', 'Online orders grew faster than store sales', 'The company kept its forecast'],
  },
  'newsletter-promo': {
    url: 'https://www.capitalchronicle.example/news/2025/09/late-night-buses/',
    junk: ['right in your inbox', 'BY CLICKING HERE', "CapitalChronicle.example's newsletters", 'stay smart', 'Ride Report newsletter'],
    // A quoted sentence about signing up is the story's, not a pitch.
    story: ['The regional transit agency will add six late-night bus routes', 'The routes will run every 30 minutes', "Riders' groups welcomed the change", 'Riders can sign up for text alerts about each route'],
  },
  'signup-box': {
    url: 'https://www.eastsidejournal.example/news/2025/04/farmers-market-rail-yard/',
    junk: ["top local news every Friday", 'Sign up', 'morning briefing in your inbox', 'Subscribe now', 'Breaking News Emails', 'SUBSCRIBE'],
    // A "join" link inside a sentence is the sentence's word, not a button.
    story: ['The Saturday farmers market will move this summer', 'The city bought the yard in 2021', 'Vendors said they welcomed the shade', "Growers who want to join the waiting list for a stall", 'The first market at the new site'],
  },
  'market-quotes': {
    url: 'https://www.businessledger.example/economy/2025/06/retail-sales-may/',
    junk: ['Markets', 'DOW 42,322.75', 'NASDAQ', 'WMT', 'TGT', 'AMZN'],
    story: ['Retail sales rose 0.8% in May', 'The increase followed a revised 0.2% gain', 'Economists said the figures', 'Sales at gasoline stations fell'],
  },
  'inline-link-cluster': {
    url: 'https://www.capitolreport.example/news/ohio-man-pleads-guilty-threat/',
    junk: ['Lawmakers press regulators', 'Governor signs budget', 'MORE'],
    story: ["COLUMBUS, Ohio (AP) — An Ohio man pleaded guilty to charges he threatened to kill Rep. Maria Torres (D-Ohio), the U.S. Attorney's Office", 'Daniel Hobbs, 52, could face', 'Gov. Alan Reed condemned the threat at the time'],
  },
  'formula-container-unlikely-name': {
    url: 'https://www.mathsnotebook.example/notes/quadratic-formula/',
    junk: [],
    story: ['Every student meets the quadratic formula', 'can be divided through by the leading coefficient', 'The plus-or-minus sign is where the two answers come from', 'When the quantity under the root is negative'],
  },
  'contact-line': {
    url: 'https://www.lakeshorepost.example/entertainment/2025/10/theater-reopens/',
    junk: ['Have a tip?', 'nbrooks@lakeshorepost.example', 'email address is', 'You can reach her', 'Write to Nina Brooks', 'Send your questions', '616-555-0142', 'Follow Lakeshore Post', 'P.O. Box 4120'],
    story: ['The 1927 Majestic Theater reopened on Friday', 'The nonprofit that owns the building raised $14 million'],
  },
  'page-chrome-line': {
    url: 'https://www.summitweekly.example/outdoors/2025/07/ridge-loop/',
    junk: ['Skip to content', 'Advertisement', 'This slideshow requires JavaScript', 'Video Now', '[button', 'uses cookies', 'Like this story', 'Anzeige', '— Advertisement —', 'Filed under', 'Posted in Outdoors', 'views expressed in this column', 'gathers trail reports', 'receives financial support', 'Post Comment', 'contents of this site'],
    story: ['Volunteers finished a seven-mile loop trail', 'Posted in the kiosk at the trailhead', 'The loop climbs about 1,400 feet'],
  },
  'author-bio': {
    url: 'https://www.trailandtable.example/2025/06/boundary-waters-canoe-trip-kids/',
    junk: ['Minnesota native', 'hates canoes'],
    story: ['We had talked about taking the kids into the Boundary Waters', 'Packing for the portages', 'The rule we gave the kids was simple', 'We would also bring a second water filter'],
  },
  'teaser-column': {
    // An ArcaMax-style table layout: a "Popular" column of other stories' teasers (a linked
    // headline and a snippet each) beside the story, whose text is lines split by <br>.
    url: 'https://www.arcamax.com/entertainment/entertainmenttoday/s-3651209',
    junk: ['Popular', 'A quiet Western', 'There are perhaps 200 lines of dialogue', 'farewell tour adds 12 dates'],
    story: ['SEATTLE — When the Cascade Theatre opened its doors', 'A century later, the little brick theater', 'Keaton is all about rhythm', 'People keep telling us theaters are dying'],
  },
  'headline-inside-story': {
    // The recipe card's title repeats the page title; the subheadings and one-line paragraphs
    // before it are the post's, not a kicker's.
    url: 'https://www.weekendpantry.example/2024/12/cranberry-orange-marmalade/',
    junk: [],
    story: ['Every December I make one big batch', 'WHAT YOU NEED', 'Do I need special equipment? Not really.', 'A large heavy pot', 'MAKING THE MARMALADE', 'GIVING IT AWAY', 'It keeps for a year.', 'A square of fabric', '12 ounces fresh cranberries', 'Ladle into hot jars'],
  },
  'about-boilerplate': {
    url: 'https://www.northwindmedical.example/news-and-events/business-news/northwind-harbor-health-partnership',
    junk: ['global provider of healthcare communication', 'employs around 1,100 people'],
    story: ['ROTTERDAM, NETHERLANDS', 'Northwind Medical and Harbor Health today announced', 'Alarm fatigue is one of the biggest risks', 'For more information on the alarm management platform'],
  },
  'quote-container-unlikely-name': {
    // Embedded posts the story quotes, each in a "social-media-embed" wrapper.
    url: 'https://www.harborgazette.example/news/2025/03/recycling-slogan/',
    junk: [],
    story: ['The city unveiled its new recycling campaign', 'plenty of people on social media said so', 'I have never been prouder to live here', 'The sanitation commissioner said', 'we are so back. trash. talk.', 'The campaign cost $85,000'],
  },
  'story-container-unlikely-name': {
    url: 'https://www.healthsciencetoday.example/articles/hunch-decision/',
    junk: ['This page was printed from', 'not intended as a substitute'],
    story: ['Many of us have noticed that our best ideas arrive', 'Researchers at a university laboratory', 'The team found that the feeling of certainty', 'The authors say the finding suggests', 'Outside experts called the study careful'],
  },
};

const page = (name: string): string => readFileSync(join(import.meta.dirname, 'pages', `${name}.html`), 'utf8');

it('has a test page for every rule in the table', () => {
  for (const name of RULE_NAMES) expect(Object.keys(CASES)).toContain(name);
});

describe.each(Object.entries(CASES))('rule %s', (name, c) => {
  const profile: ExtractProfile = { steps: {}, rules: {} };
  const result = extractArticle(new JSDOM(page(name), { url: c.url }).window.document, c.url, { profile });
  const article = result as CleanArticle;

  it('reads the page as an article', () => {
    expect(result.isArticle, result.isArticle ? '' : result.reason).toBe(true);
  });

  it('fires, and is counted in the profile', () => {
    expect(profile.rules[name] ?? 0).toBeGreaterThan(0);
  });

  it('keeps the junk out of the text and the Markdown', () => {
    const markdown = formatMarkdown(article);
    for (const j of c.junk) {
      expect(article.text).not.toContain(j);
      expect(markdown).not.toContain(j);
    }
  });

  it('keeps every story paragraph, in order', () => {
    const at = c.story.map((s) => article.text.indexOf(s));
    expect(at.every((i) => i >= 0), `missing: ${c.story.filter((_, i) => at[i]! < 0).join(' | ')}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  if (c.captions) {
    it('keeps the captions with their figures in the html', () => {
      const body = new JSDOM(article.html).window.document.body;
      const captions = Array.from(body.querySelectorAll('figcaption')).map((f) => (f.textContent ?? '').replace(/\s+/g, ' ').trim());
      for (const cap of c.captions!) expect(captions.some((t) => t.startsWith(cap))).toBe(true);
    });
  }
});

describe('author bios: under the writer\'s photo, and never a profile inside the story', () => {
  it('removes a bio under the writer\'s photo after the story', () => {
    const url = 'https://gadgetroundup.example/2025/02/budget-mechanical-keyboards';
    const profile: ExtractProfile = { steps: {}, rules: {} };
    const result = extractArticle(new JSDOM(page('author-bio-photo'), { url }).window.document, url, { profile }) as CleanArticle;
    expect(profile.rules['author-bio']).toBe(1);
    expect(result.text).not.toContain('freelance writer');
    expect(result.text).toContain('Our favourite overall was the one with the plainest case');
  });

  it('removes a closing bio about a writer the byline names, and never a last line about someone else', () => {
    const url = 'https://www.millbrookgazette.example/opinion/2025/10/hardware-store-budgets/';
    const profile: ExtractProfile = { steps: {}, rules: {} };
    const result = extractArticle(new JSDOM(page('author-bio-byline'), { url }).window.document, url, { profile }) as CleanArticle;
    expect(result).toMatchObject({ byline: 'Leland Marsh', publisher: 'Creators Syndicate' });
    expect(profile.rules['author-bio']).toBe(1);
    expect(result.text).not.toContain('former statehouse reporter');
    expect(result.text.endsWith('Walt Kessler has run the store since 1988.')).toBe(true);
  });

  it('keeps the people a story profiles, under their names and photos', () => {
    const url = 'https://www.valleycourier.example/news/2025/09/orchard-growers/';
    const profile: ExtractProfile = { steps: {}, rules: {} };
    const result = extractArticle(new JSDOM(page('author-bio-profiles'), { url }).window.document, url, { profile }) as CleanArticle;
    expect(profile.rules['author-bio'] ?? 0).toBe(0);
    expect(result.text).toContain('Tomas Brandt is the fourth generation');
    expect(result.text).toContain('Ana Ruiz is a former schoolteacher');
  });
});

describe('a press release\'s boilerplate: under an "About" heading too, and only at the end', () => {
  const url = 'https://www.northwindmedical.example/news-and-events/business-news/northwind-harbor-health-partnership';
  const rule = /<hr>\s*<p style="[^"]*"><br>/;
  const about = '<h3>About Northwind Medical</h3><p>';

  it('removes the company description under an "About" heading', () => {
    expect(page('about-boilerplate')).toMatch(rule);
    const profile: ExtractProfile = { steps: {}, rules: {} };
    const result = extractArticle(new JSDOM(page('about-boilerplate').replace(rule, about), { url }).window.document, url, { profile }) as CleanArticle;
    expect(profile.rules['about-boilerplate']).toBe(1);
    expect(result.text).not.toContain('About Northwind Medical');
    expect(result.text).not.toContain('global provider of healthcare communication');
    expect(result.text).toContain('For more information on the alarm management platform');
  });

  it('keeps a description the story goes on after', () => {
    const more = '<div class="text parbase"><p>Financial terms of the agreement were not disclosed. Installation at the first three hospitals is planned for the second quarter of 2025, with the remaining sites following over the next eighteen months.</p></div>';
    const end = 'employs around 1,100 people worldwide.</p>\n      </div></div>';
    const html = page('about-boilerplate').replace(end, `${end}\n      ${more}`);
    expect(html).toContain(more);
    const profile: ExtractProfile = { steps: {}, rules: {} };
    const result = extractArticle(new JSDOM(html, { url }).window.document, url, { profile }) as CleanArticle;
    expect(profile.rules['about-boilerplate'] ?? 0).toBe(0);
    expect(result.text).toContain('global provider of healthcare communication');
    expect(result.text).toContain('Financial terms of the agreement were not disclosed');
  });
});

describe('a dateline lead whose names carry hover cards', () => {
  // Each hover card ends in a "MORE" link; two of them looked like a teaser list, and its removal
  // climbed out of the link into the paragraph and took the dateline lead with it.
  const url = 'https://www.capitolreport.example/news/ohio-man-pleads-guilty-threat/';
  const result = extractArticle(new JSDOM(page('inline-link-cluster'), { url }).window.document, url) as CleanArticle;

  it('keeps the lead paragraph, dateline first', () => {
    expect(result.text.startsWith('COLUMBUS, Ohio (AP) — An Ohio man pleaded guilty')).toBe(true);
    expect(result.text).toContain("the U.S. Attorney's Office for the Southern District of Ohio announced Monday.");
    expect(result.text).toContain('condemned the threat at the time');
  });
});

describe('formulas in a MathJax page reach the article', () => {
  // The text and html also need the sanitizer to keep MathML (sanitize.ts); this checks the part
  // before it: cleanup and Readability keep every formula, and the text writes each in place.
  const url = 'https://www.mathsnotebook.example/notes/quadratic-formula/';
  const doc = new JSDOM(page('formula-container-unlikely-name'), { url }).window.document;
  const count = doc.getElementsByTagName('math').length;
  precleanClone(doc, { url: new URL(url), keep: [], headline: null });
  const content = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse()!.content!;

  it('keeps every formula through Readability', () => {
    expect(count).toBe(3);
    expect(content.getElementsByTagName('math')).toHaveLength(count);
  });

  it('writes the formulas in place in the text', () => {
    const text = toPlainText(content);
    expect(text).toContain('When a ≠ 0 , the equation a x 2 + b x + c = 0 can be divided through');
    expect(text.split('\n\n')).toContain('x = − b ± b 2 − 4 a c 2 a');
  });
});

describe('a list of links nested in an item of a prose list', () => {
  // "Still in progress:" and the bugs it lists are part of the post; the link-list pass of the
  // pre-cleaning took the nested list for a menu, so the text read "Still in progress:" and stopped.
  const url = 'https://blog.lanternbrowser.example/2024/03/14/weekly-engineering-notes-issue-42/';
  const bugs = ['Bug 88213 – Restored tabs lose their zoom level', 'Bug 88240 – Lazy tabs', 'Bug 88301 – Session file is written twice', 'Bug 88317 – Tab groups are not restored'];

  it('keeps the nested list in the article text, after its lead-in and in order', () => {
    const result = extractArticle(new JSDOM(page('link-sublist-in-prose-list'), { url }).window.document, url) as CleanArticle;
    expect(result.isArticle).toBe(true);
    const at = ['Still in progress:', ...bugs, 'The redesigned download panel'].map((s) => result.text.indexOf(s));
    expect(at.every((i) => i >= 0), result.text).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('still removes the menus and link lists around the post', () => {
    const doc = new JSDOM(page('link-sublist-in-prose-list'), { url }).window.document;
    precleanClone(doc, { url: new URL(url), keep: [], headline: null });
    const text = doc.body.textContent ?? '';
    // A drop-down under a linked menu item, a sidebar list, a footer's link columns.
    for (const junk of ['Nightly channel', 'Weekly Engineering Notes: Issue 41', 'Code of conduct', 'Press kit']) expect(text).not.toContain(junk);
    for (const bug of bugs) expect(text).toContain(bug);
  });
});

describe('a rule\'s line inside a wrapper that also holds story text', () => {
  // A rule tests a line as its outermost wrapper (a <p> around a lone <strong>), but only through
  // wrappers with no text of their own: here the wrapper's own text is a story sentence.
  const sentence = 'The vote, which came after a three-hour hearing, sends the plan to the mayor for her signature next week.';

  it('removes the line, and keeps the wrapper and its sentence', () => {
    const content = new JSDOM(
      `<div id="readability-page-1" class="page"><div><p>The county board voted on Tuesday evening to approve a budget that adds four new positions.</p>
<div class="slide"><p>1 of 12</p> ${sentence}</div>
<div class="slide"><div><p>2 of 12</p></div></div></div></div>`,
    ).window.document.getElementById('readability-page-1')!;
    const profile: ExtractProfile = { steps: {}, rules: {} };
    applyCleanupRules(content, profile);
    expect(profile.rules['gallery-counter']).toBe(2);
    const text = (content.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(sentence);
    expect(text).not.toMatch(/\d of 12/);
    // The wrappers of the lone counter went with it.
    expect(content.querySelectorAll('.slide')).toHaveLength(1);
  });
});
