/**
 * The attribution corpus: several hundred whole, realistic pages with their expected attribution, built
 * deterministically from a seed. It is the independent truth for the detector and the attribution code, so
 * it imports nothing from src/: every outlet, credit shape and byline form it knows is declared here.
 *
 * Crossed: credit families × byline forms (each pair repeated), spread over layouts and sites; traps are
 * mixed in on a rotation. See README.md for the counts and how expectations are defined.
 */
import { mulberry32 } from '../helpers/seeded-random.ts';
import { FORMS, FOREIGN_NAMES, FIRST, LAST, ROLES, type FormId, peopleFor, renderByline } from './bylines.ts';
import { type Credit, FAMILIES, type Family, family } from './families.ts';
import { esc, LAYOUTS, type Layout, type PageModel, type Site, type Teaser } from './layouts.ts';
import { OUTLETS, type Outlet, outlet, withPlace } from './outlets.ts';
import { EXTRA_HEADLINES, STORIES, type Story } from './stories.ts';
import { COMMENT_PASTES, FOOTER_NOTES, JUNK_TITLES, MIXABLE, PHOTO_CREDITS, SIDEBAR_BYLINES, TEASER_CREDITS, type TrapId, WIRE_MENTIONS } from './traps.ts';

export interface CorpusPage {
  id: string;
  layout: string; family: string; bylineForm: string; traps: string[];
  url: string;
  html: string;
  expected: {
    isArticle: true; syndicated: boolean;
    title: string; byline: string | null; authors: string[];
    publisher: string | null; publisherSite: string | null;
    siteName: string | null; section: string | null; published: string | null;
    copyright: string | null; copyrightYear: number | null; copyrightHolder: string | null; distributor: string | null;
  };
  bodyEndsWith: string;
  bodyExcludes: string[];
}


// ---------------------------------------------------------------------------------------------------------
// The crossing plan

const TCA_FORMS: FormId[] = ['by-comma', 'arcamax-on', 'names-and', 'pipe', 'slash', 'paren', 'name-next-line', 'tns-place', 'tns-slash', 'plain', 'provider-label'];
const COLUMN_FORMS: FormId[] = ['plain', 'on-next', 'by-comma', 'arcamax-on'];

/** Byline forms each syndicated family is printed with, and how many pages each family gets. */
const SYNDICATED_PLAN: Record<string, { forms: FormId[]; pages: number }> = {
  'tca-one-line': { forms: TCA_FORMS, pages: 22 },
  'tca-two-blocks': { forms: TCA_FORMS, pages: 22 },
  'tca-three-br': { forms: TCA_FORMS, pages: 22 },
  'tca-three-paras': { forms: TCA_FORMS, pages: 22 },
  'tca-mark-spellings': { forms: TCA_FORMS, pages: 22 },
  'tca-spanish': { forms: ['por', 'foreign-list', 'by-comma'], pages: 12 },
  'tca-french': { forms: ['par', 'foreign-list', 'by-comma'], pages: 12 },
  'ap-rights': { forms: ['ap-caps', 'by-comma', 'agency-only', 'names-and', 'provider-label', 'arcamax-on'], pages: 18 },
  'nyt-originally': { forms: ['by-comma', 'names-and', 'pipe', 'plain', 'provider-label', 'arcamax-on'], pages: 14 },
  'andrews-mcmeel': { forms: COLUMN_FORMS, pages: 12 },
  'king-features': { forms: COLUMN_FORMS, pages: 12 },
  wpwg: { forms: COLUMN_FORMS, pages: 12 },
  creators: { forms: COLUMN_FORMS, pages: 12 },
  'conversation-cc': { forms: ['by-comma', 'plain', 'names-and'], pages: 14 },
  'reuters-thomson': { forms: ['plain', 'by-comma', 'pipe', 'agency-only', 'provider-label'], pages: 14 },
  syndigate: { forms: ['plain', 'names-and'], pages: 12 },
  'wire-copyright': { forms: ['plain', 'names-and'], pages: 10 },
  'wire-no-credit': { forms: ['agency-only', 'ap-caps', 'by-comma', 'pipe', 'slash', 'paren', 'provider-label', 'von', 'por', 'par', 'foreign-list', 'name-next-line'], pages: 36 },
};

/** Originals: byline form → pages (+ the national outlets' own sites, which carry their own traps). */
const ORIGINAL_PLAN: [FormId, number][] = [
  ['plain', 22], ['staff-role', 22], ['by-comma', 24], ['pipe', 12], ['names-and', 14], ['name-next-line', 10], ['slash', 10], ['paren', 10],
  ['por', 8], ['par', 8], ['von', 10], ['foreign-list', 9], ['ap-caps', 8], ['agency-only', 6],
];

const RESEARCH = new Set(['coral-reefs', 'sleep-teens', 'bee-decline']);
const ARCAMAX = (l: Layout) => l.id.startsWith('arcamax');

interface Slot { layout: Layout; site: Site }
// ArcaMax is the main target of the product, so its three markups count twice in the rotation.
const SLOTS: Slot[] = LAYOUTS.flatMap((layout) => layout.sites.flatMap((site) => Array.from({ length: layout.id.startsWith('arcamax') ? 2 : 1 }, () => ({ layout, site }))));

function langFor(fam: Family, form: FormId, k: number): 'en' | 'es' | 'fr' | 'de' {
  if (fam.lang !== 'en') return fam.lang;
  if (form === 'por') return 'es';
  if (form === 'par') return 'fr';
  if (form === 'von') return 'de';
  if (form === 'foreign-list') return (['es', 'fr', 'de'] as const)[k % 3]!;
  return 'en';
}

/** Can this (layout, site) print a page of this family and form? */
function slotFits(s: Slot, fam: Family, form: FormId, lang: string): boolean {
  const { layout, site } = s;
  if (site.l !== lang) return false;
  if (fam.syndicated ? !layout.syndicated : !layout.originals) return false;
  if (layout.forms && !layout.forms.includes(form)) return false;
  if ((form === 'arcamax-on' || form === 'on-next') && !ARCAMAX(layout)) return false;
  if ((form === 'provider-label') !== (layout.id === 'portal' && fam.syndicated)) return false;
  if (fam.syndicated && layout.id === 'portal' && form !== 'provider-label') return false;
  if (layout.id === 'science' && fam.syndicated && !['conversation-cc', 'tca-one-line', 'tca-two-blocks', 'tca-mark-spellings', 'ap-rights'].includes(fam.id)) return false;
  if (layout.id === 'newsletter' && fam.syndicated && fam.id !== 'conversation-cc') return false;
  if (fam.id === 'conversation-cc' && ARCAMAX(layout)) return false;
  // SyndiGate serves Middle Eastern portals and papers, not ArcaMax.
  if (fam.id === 'syndigate' && ARCAMAX(layout)) return false;
  if (!fam.syndicated) {
    // A wire's own byline shapes only make sense on the wire's own site.
    if ((form === 'ap-caps' || form === 'agency-only') !== (site.host === 'apnews.com')) return false;
  }
  return true;
}

function sourceFor(fam: Family, form: FormId, lang: string, k: number, site: Site): Outlet {
  if (fam.id === 'wire-no-credit') {
    if (lang === 'es') return outlet('efe');
    if (lang === 'fr') return outlet('afp');
    if (lang === 'de') return outlet('dpa');
    if (form === 'ap-caps') return outlet('ap');
    return outlet((['ap', 'reuters', 'afp', 'bloomberg'] as const)[k % 4]!);
  }
  let pool = fam.sources.map(outlet).filter((o) => o.publisher !== site.name);
  if (form === 'tns-place') pool = pool.filter((o) => withPlace(o).includes('('));
  return pool[(k * 7 + 3) % pool.length]!;
}

// ---------------------------------------------------------------------------------------------------------
// Dates and text helpers

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LOCAL_MONTHS = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};
const pad = (n: number): string => String(n).padStart(2, '0');
const slugify = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

interface PageDate { y: number; mo: number; d: number; h: number; mi: number }
function dateTexts(dt: PageDate, l: 'en' | 'es' | 'fr' | 'de') {
  const monthName = MONTHS[dt.mo - 1]!;
  const longDate = l === 'en' ? `${monthName} ${dt.d}, ${dt.y}` : l === 'es' ? `${dt.d} de ${LOCAL_MONTHS.es[dt.mo - 1]} de ${dt.y}`
    : l === 'fr' ? `${dt.d} ${LOCAL_MONTHS.fr[dt.mo - 1]} ${dt.y}` : `${dt.d}. ${LOCAL_MONTHS.de[dt.mo - 1]} ${dt.y}`;
  const h12 = dt.h % 12 === 0 ? 12 : dt.h % 12;
  return {
    iso: `${dt.y}-${pad(dt.mo)}-${pad(dt.d)}T${pad(dt.h)}:${pad(dt.mi)}:00-05:00`,
    ymd: `${dt.y}-${pad(dt.mo)}-${pad(dt.d)}`,
    shortDate: `${monthName.slice(0, 3)} ${dt.d}, ${dt.y}`,
    longDate,
    time: `${h12}:${pad(dt.mi)} ${dt.h < 12 ? 'a.m.' : 'p.m.'}`,
    stamp: l === 'en' ? `${longDate} at ${h12}:${pad(dt.mi)} ${dt.h < 12 ? 'a.m.' : 'p.m.'}` : `${longDate}, ${pad(dt.h)}:${pad(dt.mi)}`,
  };
}

const ARCAMAX_OPINION = ['Op Eds', 'From the Left', 'From the Right'];
function arcamaxSection(story: Story, k: number): { label: string; category: string } {
  if (story.kind === 'column') return { label: ARCAMAX_OPINION[k % 3]!, category: 'Politics' };
  if (story.section === 'Business') return { label: 'Business News', category: 'Business' };
  if (story.section === 'Health') return { label: 'Health News', category: 'Health' };
  if (story.section === 'Sports') return { label: 'Sports', category: 'Sports' };
  return { label: 'News & Features', category: 'News' };
}

// ---------------------------------------------------------------------------------------------------------
// One page

interface Plan { fam: Family; form: FormId; lang: 'en' | 'es' | 'fr' | 'de'; k: number }

function buildPage(plan: Plan, num: number, slotCounter: number, rng: () => number): CorpusPage {
  const { fam, form, lang, k } = plan;
  const fits = SLOTS.filter((s) => slotFits(s, fam, form, lang));
  if (!fits.length) throw new Error(`no layout for ${fam.id}/${form}/${lang}`);
  const { layout, site } = fits[slotCounter % fits.length]!;
  const source = fam.syndicated ? sourceFor(fam, form, lang, k, site) : null;

  // Story: language and kind follow the family; wires need a dateline city.
  const wantKind = fam.kind === 'research' || (layout.id === 'science' && !fam.syndicated) ? 'research' : fam.kind;
  const pool = STORIES.filter((s) => s.lang === lang && (lang !== 'en' ? true
    : wantKind === 'research' ? RESEARCH.has(s.slug) : wantKind === 'column' ? s.kind === 'column' : s.kind === 'news' && !RESEARCH.has(s.slug)));
  const usable = fam.syndicated || layout.id !== 'national' ? pool : pool.filter((s) => s.dateline);
  const story = usable[(num * 13 + k) % usable.length]!;
  const v = Math.floor(rng() * 1000);

  // Traps: one on most pages, a second on some; the national sites bring their own.
  const traps: TrapId[] = [];
  const roleOk = ['by-comma', 'plain', 'pipe', 'slash', 'paren', 'name-next-line', 'tns-slash'].includes(form) && layout.id !== 'portal';
  const trapOk = (t: TrapId): boolean => !traps.includes(t) && (t !== 'role-words' || roleOk) && (t !== 'wire-mention' || lang === 'en')
    && (t !== 'comment-paste' || fam.id !== 'nyt-originally');
  if (site.host === 'www.cnn.com') traps.push('own-section-outlet');
  if (site.host === 'apnews.com') traps.push('wire-own-site');
  const r1 = rng();
  const r2 = rng();
  if (r1 < 0.85) for (let j = 0; j < MIXABLE.length; j++) { const t = MIXABLE[(num * 3 + j) % MIXABLE.length]!; if (trapOk(t)) { traps.push(t); break; } }
  if (r2 < 0.3) for (let j = 0; j < MIXABLE.length; j++) { const t = MIXABLE[(num * 5 + 4 + j) % MIXABLE.length]!; if (trapOk(t)) { traps.push(t); break; } }
  const has = (t: TrapId) => traps.includes(t);

  // Date.
  const dt: PageDate = { y: 2023 + Math.floor(rng() * 3), mo: 1 + Math.floor(rng() * 12), d: 1 + Math.floor(rng() * 28), h: 6 + Math.floor(rng() * 12), mi: Math.floor(rng() * 12) * 5 };
  const dts = dateTexts(dt, site.l);

  // People.
  const nPeople = peopleFor(form);
  const people: string[] = [];
  for (let j = 0; j < nPeople; j++) {
    let name: string;
    do {
      name = lang !== 'en' ? FOREIGN_NAMES[lang][Math.floor(rng() * FOREIGN_NAMES[lang].length)]!
        : `${FIRST[Math.floor(rng() * FIRST.length)]} ${LAST[Math.floor(rng() * LAST.length)]}`;
    } while (people.includes(name));
    people.push(name);
  }
  const columnist = people[0] ?? 'Howard Calloway';

  // The byline's outlet as printed.
  const ownOutlet = site.host === 'www.cnn.com' ? (k % 2 ? 'CNN' : 'CNN Business') : site.name;
  let printedOutlet: string | null = null;
  if (!['plain', 'provider-label', 'ap-caps', 'agency-only', 'staff-role'].includes(form)) {
    if (!source) printedOutlet = form === 'por' || form === 'par' || form === 'von' || form === 'foreign-list' ? (k % 2 ? ownOutlet : null) : ownOutlet;
    else if (form === 'tns-place') printedOutlet = withPlace(source);
    else if (source.id === 'ap') printedOutlet = k % 2 ? 'Associated Press' : 'The Associated Press';
    else printedOutlet = source.bylineName;
  }
  const agency = form === 'ap-caps' ? 'Associated Press' : form === 'agency-only' ? (source?.agencyByline ?? 'Associated Press') : null;
  const by = renderByline({ form, people, outlet: printedOutlet, lang, role: has('role-words') ? ROLES[num % ROLES.length]! : null,
    siteName: site.name, variant: k, shortDate: dts.shortDate, agency });

  // Body: a subset of the story's paragraphs (first and last kept), the dateline, wire sign-offs.
  const paragraphs = story.paragraphs.filter((_p, i, all) => i === 0 || i === all.length - 1 || all.length <= 5 || rng() > 0.22);
  while (paragraphs.length < 5) paragraphs.splice(paragraphs.length - 1, 0, story.paragraphs[paragraphs.length - 1]!);
  const city = story.dateline;
  const tag = source?.datelineTag;
  const wireFamily = fam.id === 'wire-no-credit' || fam.id === 'ap-rights' || fam.id === 'reuters-thomson';
  if (wireFamily && tag) paragraphs[0] = tag.startsWith('(Bloomberg)') ? `${tag} ${paragraphs[0]}` : `${city ?? 'WASHINGTON'} ${tag} ${paragraphs[0]}`;
  else if (city && (fam.syndicated || k % 2 === 0)) paragraphs[0] = `${city} ${k % 3 === 1 ? '--' : '—'} ${paragraphs[0]}`;
  if (has('wire-mention')) paragraphs[1] = `${paragraphs[1]} ${WIRE_MENTIONS[num % WIRE_MENTIONS.length]}`;
  const signOffReporter = source?.id === 'reuters' ? (people[0] ?? 'Leah Underwood') : null;
  if (signOffReporter) paragraphs.push(`(Reporting by ${signOffReporter}; Editing by ${FIRST[num % FIRST.length]} ${LAST[(num + 5) % LAST.length]})`);
  if (fam.id === 'ap-rights' && k % 2) paragraphs.push(`Associated Press writer ${FIRST[(num + 3) % FIRST.length]} ${LAST[(num + 9) % LAST.length]} contributed to this report.`);

  const title = story.titles[v % 2]!;

  // Section: ArcaMax prints "Published in …"; other sites set article:section on two pages out of three.
  const arc = arcamaxSection(story, k);
  const section = ARCAMAX(layout) ? arc.label : num % 3 === 2 ? null : story.section;

  // Chrome: teasers, comments, figure, sidebar, footer notes.
  // A teaser's credit must never be the story's own (same holder or distributor), or the trap would be ambiguous.
  const credit: Credit | null = source ? fam.credit(source, dt.y, k, columnist) : null;
  const teaserCredits = TEASER_CREDITS.filter((c) => !credit || (!(credit.holder && c.includes(credit.holder)) && !c.includes(credit.distributor)));
  const others = STORIES.filter((s) => s.lang === lang && s.slug !== story.slug);
  const teaserBank = [...others.map((o) => ({ title: o.titles[0], snippet: o.paragraphs[0]! })), ...(lang === 'en' ? [] : EXTRA_HEADLINES[lang])];
  const nTeasers = 4 + (num % 3);
  const teasers: Teaser[] = [];
  for (let j = 0; j < nTeasers; j++) {
    const o = teaserBank[(num * 7 + j * 3) % teaserBank.length]!;
    if (teasers.some((t) => t.title === o.title)) continue;
    const first = o.snippet;
    teasers.push({ title: o.title, href: ARCAMAX(layout) ? `/currentnews/newsheadlines/s-${3300000 + num * 10 + j}` : `https://${site.host}/news/${slugify(o.title)}/`,
      snippet: first.length > 180 ? `${first.slice(0, first.lastIndexOf(' ', 180))}…` : first,
      credit: has('teaser-credits') && j % 2 === 0 ? teaserCredits[(num + j) % teaserCredits.length]! : null });
  }
  const comments = num % 4 === 0 ? [{ user: 'riverwatcher', text: 'Good to see this covered. Thanks for the reporting.' }] : [];
  if (has('comment-paste')) comments.push({ user: 'old_reader_52', text: COMMENT_PASTES[num % COMMENT_PASTES.length]! });
  const figure = has('photo-credit') ? { src: `https://${site.host}/images/${num}-lead.jpg`, alt: 'Scene from the story', caption: 'A scene from the area described in the story.', credit: PHOTO_CREDITS[num % PHOTO_CREDITS.length]! }
    : num % 2 ? { src: `https://${site.host}/images/${num}-lead.jpg`, alt: 'Scene from the story', caption: 'The area described in the story.', credit: `(${site.name} file photo)` } : null;
  const sidebarByline = SIDEBAR_BYLINES.filter((b) => !source || !b.includes(source.publisher))[num % 4]!;
  const sidebar = has('sidebar-byline') ? { title: others[(num + 3) % others.length]!.titles[1], byline: sidebarByline } : null;
  const footerNotes = has('footer-syndication-note') ? [FOOTER_NOTES[num % FOOTER_NOTES.length]!, ...(num % 2 ? [FOOTER_NOTES[(num + 1) % FOOTER_NOTES.length]!] : [])] : [];

  const ymd: [string, string, string] = [String(dt.y), pad(dt.mo), pad(dt.d)];
  const url = layout.url(site, slugify(title), num, ymd, story.section);
  const docTitle = has('junk-doc-title') ? JUNK_TITLES[num % JUNK_TITLES.length]!
    : ARCAMAX(layout) ? `${title} | ArcaMax Publishing` : num % 2 ? `${title} | ${site.name}` : `${title} – ${site.name}`;
  const provider = layout.id === 'portal'
    ? source ? { name: source.agencyByline && source.kind === 'wire' ? (source.id === 'ap' ? 'Associated Press' : source.agencyByline) : source.publisher, href: source.site ? `https://www.${source.site}/` : '#' }
      : { name: site.name, href: `https://${site.host}/` }
    : null;

  const jsonld: Record<string, unknown> = {
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: dts.iso,
    author: by.authors.length ? by.authors.map((name) => ({ '@type': 'Person', name })) : [{ '@type': 'Organization', name: source?.publisher ?? site.name }],
    publisher: { '@type': 'Organization', name: site.name, logo: { '@type': 'ImageObject', url: `https://${site.host}/logo.png` } },
    mainEntityOfPage: url,
    ...(section ? { articleSection: section } : {}),
    ...(provider && source ? { provider: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(credit?.holder && num % 3 === 0 ? { copyrightHolder: { '@type': 'Organization', name: credit.holder } } : {}),
  };

  const m: PageModel = {
    id: '', site, url, title, docTitle, description: paragraphs[0]!.slice(0, 155), section, category: arc.category,
    iso: dts.iso, shortDate: dts.shortDate, longDate: dts.longDate, time: dts.time, stamp: dts.stamp,
    bylineLines: by.lines, bylineCarriesDate: by.carriesDate, provider, authors: by.authors, paragraphs, credit,
    providedBy: layout.id === 'science' && source?.id === 'conversation' ? 'Provided by The Conversation' : null,
    figure, sidebar, teasers, comments, footerNotes, jsonld, pixel: source?.id === 'conversation' ? `https://counter.theconversation.com/content/${200000 + num}/count.gif?distributor=republish-lightbox-basic` : null,
    num,
  };
  const html = layout.render(m);

  const bodyText = paragraphs.join('\n');
  const excludes = [
    ...(credit?.pieces ?? []), ...by.lines, ...(by.byline ? [by.byline, `${by.byline} on ${dts.shortDate}`] : []), ...(m.providedBy ? [m.providedBy] : []),
    ...(has('photo-credit') && figure ? [figure.credit] : []), ...teasers.flatMap((t) => (t.credit ? [t.credit] : [])),
    ...comments.map((c) => c.text), ...(sidebar ? [sidebar.byline] : []), ...footerNotes,
    ...(layout.id === 'science' ? ['This document is subject to copyright.'] : []),
    // Only what the page really prints (ArcaMax drops "By"), never a string that is also body text.
  ].filter((x, i, all) => x && html.includes(esc(x)) && !bodyText.includes(x) && all.indexOf(x) === i);

  const page: CorpusPage = {
    id: '', layout: layout.id, family: fam.id, bylineForm: form, traps, url, html,
    expected: {
      isArticle: true, syndicated: fam.syndicated, title, byline: by.byline, authors: by.authors.length ? by.authors.map((a) => (a === a.toUpperCase() ? titleCase(a) : a)) : signOffReporter ? [signOffReporter] : [],
      publisher: source ? source.publisher : site.name,
      publisherSite: source ? (credit?.printedSite ?? source.site) : site.host,
      siteName: site.name, section, published: dts.ymd,
      copyright: credit?.copyright ?? null, copyrightYear: credit?.year ?? null, copyrightHolder: credit?.holder ?? null, distributor: credit?.distributor ?? null,
    },
    bodyEndsWith: paragraphs.at(-1)!,
    bodyExcludes: excludes,
  };
  return page;
}

// ---------------------------------------------------------------------------------------------------------

/** The whole corpus for a seed: pure and deterministic (same seed, same pages, same order). */
export function generateCorpus(seed = 1): CorpusPage[] {
  const rng = mulberry32(seed);
  // A separate stream picks layouts, so adding a field to a page does not reshuffle where pages land.
  const slotRng = mulberry32(seed * 7919 + 17);
  const plans: Plan[] = [];
  for (const [famId, { forms, pages }] of Object.entries(SYNDICATED_PLAN)) {
    const fam = family(famId);
    for (let k = 0; k < pages; k++) {
      const form = forms[k % forms.length]!;
      plans.push({ fam, form, lang: langFor(fam, form, Math.floor(k / forms.length)), k });
    }
  }
  const original = family('original');
  let k = 0;
  for (const [form, pages] of ORIGINAL_PLAN) for (let j = 0; j < pages; j++) plans.push({ fam: original, form, lang: langFor(original, form, j), k: k++ });
  // The national outlets' own sites: a section outlet on CNN, the wire on its own site.
  for (let j = 0; j < 12; j++) plans.push({ fam: original, form: (['by-comma', 'names-and', 'by-comma', 'plain'] as const)[j % 4]!, lang: 'en', k: k++ });

  const pages: CorpusPage[] = [];
  plans.forEach((plan, num) => {
    // The national plan rows must land on CNN: pick their slot explicitly.
    const isCnnRow = !plan.fam.syndicated && num >= plans.length - 12;
    const fits = SLOTS.filter((s) => slotFits(s, plan.fam, plan.form, plan.lang));
    const slotCounter = isCnnRow ? fits.findIndex((s) => s.site.host === 'www.cnn.com') : Math.floor(slotRng() * fits.length);
    const page = buildPage(plan, num, slotCounter, rng);
    page.id = `${page.layout}--${page.family}--${page.bylineForm}--${page.traps.join('+') || 'no-trap'}--${String(num).padStart(3, '0')}`;
    pages.push(page);
  });
  return pages;
}

/** What the corpus crosses (for the README and the generator's own tests). */
export const AXES = { families: FAMILIES.map((f) => f.id), forms: FORMS, layouts: LAYOUTS.map((l) => l.id), outlets: OUTLETS.map((o) => o.id) };
