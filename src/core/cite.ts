/**
 * Citations of a clean article in APA 7, MLA 9, Chicago 17 (notes-bibliography, the bibliography
 * entry), BibTeX and CSL-JSON. Pure: plain data in, strings out.
 *
 * The point of this module is to cite the ORIGINAL publication. Citation tools read a syndicated
 * copy's own metadata and credit the host; here the container is always the original publisher
 * (`publisher`, e.g. Bloomberg News) and the host only appears as where the copy was read.
 *
 * Container. `publisher` (the resolver's original publisher); for an original article whose
 * publisher is unknown, the site's name. A syndicated copy with no known publisher has no
 * container: the host is never promoted to publisher.
 *
 * "Via <host>": only for a syndicated copy, and only when the host (`siteName`, else the URL's host
 * name without `www.`) is not the publisher itself. An original article never says "via". Per style:
 *   - APA 7:    "Retrieved from ArcaMax: <URL>" in the retrieval slot before the URL (no date,
 *               since APA gives a retrieval date only for undated pages: then
 *               "Retrieved November 20, 2024, from ArcaMax: <URL>").
 *   - MLA 9:    ArcaMax as the second container, its MLA slot for where a work was found:
 *               "… *Bloomberg News*, 17 Nov. 2024. *ArcaMax*, www.arcamax.com/…. Accessed 20 Nov. 2024."
 *   - Chicago:  "Via ArcaMax." as its own element after the date, before the access date and URL
 *               (where Chicago puts the database a source was read in).
 *   - BibTeX:   note = {Via ArcaMax}.
 *   - CSL-JSON: "source": "ArcaMax" and "note": "Via ArcaMax"; the host's `section` is left out
 *               (it is the host's filing, not the original's).
 * The URL is the page read (the copy): it is what was accessed, and the original's address is
 * not known in general.
 *
 * Dates. `published` (YYYY-MM-DD, or YYYY-MM / YYYY). Access date: `options.accessed`
 * (YYYY-MM-DD or a Date, local calendar day), default today. MLA always gives it ("Accessed …"),
 * BibTeX (`urldate`) and CSL (`accessed`) always carry it, APA and Chicago only when the article
 * is undated (their rule for pages without a date).
 *
 * Authors. APA: "Last, F. M." (up to 20, then the first 19, ". . .", the last). MLA: "Last,
 * First" for the first, "and" for two, "et al." from three. Chicago: all up to ten ("Last, First,
 * First Last, and First Last"), more than ten: the first seven and "et al.". No authors: APA and
 * MLA start with the title; Chicago puts the publication in the author's place (CMOS 14.207).
 * Names are split as given name(s) + surname, with a lowercase particle (van, de, …) kept with
 * the surname and a suffix (Jr., III) kept apart; a one-word name is used as it is.
 *
 * Titles are kept as printed (no case conversion); in quoted titles (MLA, Chicago) inner double
 * quotes become single ones. Publication names are kept as the resolver gives them (Chicago would
 * drop a newspaper's initial "The"; we do not, so the name matches the attribution card).
 *
 * BibTeX: @article with `journal` when the container is known, else @misc; the title in double
 * braces so no style changes its case; {}, %, &, $, #, _, ~, ^, \ escaped; the URL verbatim (it is
 * a verbatim field in biblatex) with braces and white space percent-encoded. Key:
 * first author's surname + year (or "nd") + first title word other than a leading A/An/The,
 * ASCII-folded and lowercased (no author: the publication's name; neither: "anon").
 *
 * APA, MLA and Chicago come as `{ text, html }`: the same citation as plain text and as an HTML
 * fragment with the italics (`<i>`) and everything else escaped.
 */
import type { CleanArticle } from './types.ts';

/** The fields a citation reads; a `CleanArticle` or a fixture's expected.json fits. */
export type CitableArticle = Pick<
  CleanArticle,
  'url' | 'syndicated' | 'title' | 'authors' | 'publisher' | 'siteName' | 'section' | 'published' | 'lang'
>;

export interface CiteOptions {
  /** The day the page was read: `YYYY-MM-DD` or a Date (its local calendar day). Default: today. */
  accessed?: string | Date;
}

/** A prose citation as plain text and as an HTML fragment (italics as `<i>`, text escaped). */
export interface FormattedCitation {
  text: string;
  html: string;
}

export type CiteStyle = 'apa' | 'mla' | 'chicago' | 'bibtex' | 'csl-json';

export const CITE_STYLES: readonly { id: CiteStyle; label: string }[] = [
  { id: 'apa', label: 'APA 7' },
  { id: 'mla', label: 'MLA 9' },
  { id: 'chicago', label: 'Chicago 17' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'csl-json', label: 'CSL-JSON' },
];

/** One style's citation as plain text (what a Cite menu copies). */
export function cite(a: CitableArticle, style: CiteStyle, options: CiteOptions = {}): string {
  switch (style) {
    case 'apa':
      return citeApa(a, options).text;
    case 'mla':
      return citeMla(a, options).text;
    case 'chicago':
      return citeChicago(a, options).text;
    case 'bibtex':
      return citeBibtex(a, options);
    case 'csl-json':
      return citeCslJson(a, options);
  }
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

interface CalendarDate {
  year: number;
  month: number | null;
  day: number | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `2024-11-17`, `2024-11` or `2024` → parts; anything else (or an impossible month/day) → null. */
function parseDate(iso: string | null | undefined): CalendarDate | null {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim()) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

function accessDate(options: CiteOptions): { year: number; month: number; day: number } {
  const given = options.accessed ?? new Date();
  if (given instanceof Date) return { year: given.getFullYear(), month: given.getMonth() + 1, day: given.getDate() };
  const d = parseDate(given);
  if (!d || d.month === null || d.day === null) throw new RangeError(`accessed must be YYYY-MM-DD, got "${given}"`);
  return { year: d.year, month: d.month, day: d.day };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "November 17, 2024" / "November 2024" / "2024" (Chicago, APA retrieval). */
function longDate(d: CalendarDate): string {
  if (d.month === null) return String(d.year);
  const month = MONTHS[d.month - 1];
  return d.day === null ? `${month} ${d.year}` : `${month} ${d.day}, ${d.year}`;
}

/** "17 Nov. 2024" / "Nov. 2024" / "2024" (MLA). */
function mlaDate(d: CalendarDate): string {
  if (d.month === null) return String(d.year);
  const month = MLA_MONTHS[d.month - 1];
  return d.day === null ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** "2024, November 17" / "2024, November" / "2024" / "n.d." (APA). */
function apaDate(d: CalendarDate | null): string {
  if (!d) return 'n.d.';
  if (d.month === null) return String(d.year);
  return d.day === null ? `${d.year}, ${MONTHS[d.month - 1]}` : `${d.year}, ${MONTHS[d.month - 1]} ${d.day}`;
}

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./i, '') || null;
  } catch {
    return null;
  }
}

const sameName = (x: string, y: string): boolean =>
  x.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') === y.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The original publication that contains the story (never the host of a copy). */
function containerOf(a: CitableArticle): string | null {
  const publisher = clean(a.publisher);
  if (publisher) return publisher;
  return a.syndicated ? null : clean(a.siteName) || null;
}

/** Where a syndicated copy was read, when that is not the publisher itself; null otherwise. */
export function readVia(a: CitableArticle): string | null {
  if (!a.syndicated) return null;
  const host = clean(a.siteName) || hostOf(a.url);
  if (!host) return null;
  const publisher = clean(a.publisher);
  if (publisher && sameName(host, publisher)) return null;
  return host;
}

/** Adds a closing period unless the text already ends a sentence. */
function period(s: string): string {
  return /[.?!]$/.test(s) ? s : `${s}.`;
}

/** A quoted title (MLA, Chicago): inner double quotes become single, the period goes inside. */
function quotedTitle(title: string): string {
  let open = true;
  const inner = title
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"/g, () => {
      const q = open ? '‘' : '’';
      open = !open;
      return q;
    });
  return `“${period(inner)}”`;
}

// Text with italic runs, rendered both as plain text and as HTML.
type Piece = string | { i: string };

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function render(pieces: Piece[]): FormattedCitation {
  let text = '';
  let html = '';
  for (const p of pieces) {
    if (typeof p === 'string') {
      text += p;
      html += escapeHtml(p);
    } else {
      text += p.i;
      html += `<i>${escapeHtml(p.i)}</i>`;
    }
  }
  return { text, html };
}

// ---------------------------------------------------------------------------------------------
// Names

interface PersonName {
  /** Set for a one-word name, used as it is. */
  literal: string | null;
  given: string;
  /** A lowercase particle kept with the surname (`van`, `de la`). */
  particle: string;
  family: string;
  suffix: string;
}

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el']);

export function parseName(full: string): PersonName {
  let s = clean(full);
  let suffix = '';
  const m = /,?\s+(Jr\.?|Sr\.?|II|III|IV)$/.exec(s);
  if (m?.[1] && m.index > 0) {
    suffix = m[1];
    s = s.slice(0, m.index);
  }
  const words = s.split(' ');
  if (words.length < 2) return { literal: s, given: '', particle: '', family: s, suffix };
  let k = words.length - 1;
  while (k > 1) {
    const w = words[k - 1] ?? '';
    if (!PARTICLES.has(w)) break;
    k--;
  }
  return {
    literal: null,
    given: words.slice(0, k).join(' '),
    particle: words.slice(k, -1).join(' '),
    family: words.at(-1) ?? '',
    suffix,
  };
}

const surname = (n: PersonName): string => (n.particle ? `${n.particle} ${n.family}` : n.family);

/** "John Ronald Reuel" → "J. R. R."; "Jean-Paul" → "J.-P."; "R.J." → "R. J.". */
function initials(given: string): string {
  return given
    .split(' ')
    .filter(Boolean)
    .flatMap((part) => (/^(?:\p{Lu}\.)+$/u.test(part) ? part.match(/\p{Lu}\./gu) ?? [] : [part]))
    .map((part) =>
      part
        .split('-')
        .map((p) => `${Array.from(p)[0] ?? ''}.`)
        .join('-'),
    )
    .join(' ');
}

function apaName(full: string): string {
  const n = parseName(full);
  if (n.literal !== null) return n.suffix ? `${n.literal}, ${n.suffix}` : n.literal;
  return `${surname(n)}, ${initials(n.given)}${n.suffix ? `, ${n.suffix}` : ''}`;
}

/** "Last, First" (MLA, Chicago: the first author). */
function invertedName(full: string): string {
  const n = parseName(full);
  if (n.literal !== null) return n.suffix ? `${n.literal}, ${n.suffix}` : n.literal;
  return `${surname(n)}, ${n.given}${n.suffix ? `, ${n.suffix}` : ''}`;
}

const naturalName = (full: string): string => clean(full);

function apaAuthors(authors: string[]): string {
  const names = authors.map(apaName);
  const last = names.at(-1) ?? '';
  if (names.length === 1) return last;
  if (names.length <= 20) return `${names.slice(0, -1).join(', ')}, & ${last}`;
  return `${names.slice(0, 19).join(', ')}, . . . ${last}`;
}

function mlaAuthors(authors: string[]): string {
  const first = invertedName(authors[0] ?? '');
  if (authors.length === 1) return first;
  if (authors.length === 2) return `${first}, and ${naturalName(authors[1] ?? '')}`;
  return `${first}, et al.`;
}

function chicagoAuthors(authors: string[]): string {
  const first = invertedName(authors[0] ?? '');
  if (authors.length === 1) return first;
  if (authors.length > 10) return `${[first, ...authors.slice(1, 7).map(naturalName)].join(', ')}, et al.`;
  const rest = authors.slice(1).map(naturalName);
  return `${[first, ...rest.slice(0, -1)].join(', ')}, and ${rest.at(-1)}`;
}

const authorsOf = (a: CitableArticle): string[] => (a.authors ?? []).map(clean).filter(Boolean);

// ---------------------------------------------------------------------------------------------
// APA 7

export function citeApa(a: CitableArticle, options: CiteOptions = {}): FormattedCitation {
  const authors = authorsOf(a);
  const title = period(clean(a.title));
  const date = parseDate(a.published);
  const container = containerOf(a);
  const via = readVia(a);
  const out: Piece[] = [];
  if (authors.length) out.push(`${period(apaAuthors(authors))} (${apaDate(date)}). ${title}`);
  else out.push(`${title} (${apaDate(date)}).`);
  if (container) out.push(' ', { i: container }, '.');
  let retrieval = '';
  if (!date) retrieval = `Retrieved ${longDate(accessDate(options))}, from `;
  else if (via) retrieval = 'Retrieved from ';
  if (via) retrieval += `${via}: `;
  out.push(` ${retrieval}${a.url}`);
  return render(out);
}

// ---------------------------------------------------------------------------------------------
// MLA 9

/** MLA 9 recommends leaving out the protocol. */
const mlaUrl = (url: string): string => url.replace(/^https?:\/\//i, '');

export function citeMla(a: CitableArticle, options: CiteOptions = {}): FormattedCitation {
  const authors = authorsOf(a);
  const date = parseDate(a.published);
  const container = containerOf(a);
  const via = readVia(a);
  const out: Piece[] = [];
  if (authors.length) out.push(`${period(mlaAuthors(authors))} `);
  out.push(quotedTitle(clean(a.title)));
  // Container 1: the original publication and its date; container 2 (a copy): the host and the URL.
  const first: Piece[][] = [];
  if (container) first.push([{ i: container }]);
  if (date) first.push([mlaDate(date)]);
  if (!via) first.push([mlaUrl(a.url)]);
  first.forEach((element, index) => out.push(index === 0 ? ' ' : ', ', ...element));
  if (first.length) out.push('.');
  if (via) out.push(' ', { i: via }, `, ${mlaUrl(a.url)}.`);
  const acc = accessDate(options);
  out.push(` Accessed ${mlaDate({ year: acc.year, month: acc.month, day: acc.day })}.`);
  return render(out);
}

// ---------------------------------------------------------------------------------------------
// Chicago 17, notes-bibliography: the bibliography entry

export function citeChicago(a: CitableArticle, options: CiteOptions = {}): FormattedCitation {
  const authors = authorsOf(a);
  const date = parseDate(a.published);
  const container = containerOf(a);
  const via = readVia(a);
  const out: Piece[] = [];
  const title = quotedTitle(clean(a.title));
  if (authors.length) {
    out.push(`${period(chicagoAuthors(authors))} ${title}`);
    if (container) out.push(' ', { i: container }, date ? `, ${longDate(date)}.` : '.');
    else if (date) out.push(` ${longDate(date)}.`);
  } else {
    // CMOS 14.207: an unsigned news article is listed under the publication's name.
    if (container) out.push({ i: container }, '. ');
    out.push(title);
    if (date) out.push(` ${longDate(date)}.`);
  }
  if (via) out.push(` Via ${period(via)}`);
  if (!date) out.push(` Accessed ${longDate(accessDate(options))}.`);
  out.push(` ${a.url}.`);
  return render(out);
}

// ---------------------------------------------------------------------------------------------
// BibTeX

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function escapeBibtex(s: string): string {
  return s.replace(/[\\{}%&$#_~^]/g, (c) => BIBTEX_SPECIALS[c] ?? c);
}

/** "Łódź Straße" → "lodzstrasse": letters and digits only, accents and ligatures folded. */
function asciiFold(s: string): string {
  const folded = s
    .replace(/ß/g, 'ss')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Œœ]/g, 'oe')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .replace(/[Đđ]/g, 'd')
    .replace(/[Þþ]/g, 'th')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  return folded.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const LEADING_ARTICLES = new Set(['a', 'an', 'the']);

export function bibtexKey(a: CitableArticle): string {
  const first = authorsOf(a)[0];
  let who = first ? asciiFold(parseName(first).family) : '';
  if (!who) {
    const pub = clean(containerOf(a)).split(' ');
    if (pub.length > 1 && LEADING_ARTICLES.has((pub[0] ?? '').toLowerCase())) pub.shift();
    who = asciiFold(pub.join(''));
  }
  const year = parseDate(a.published)?.year;
  const words = clean(a.title).split(' ').map(asciiFold).filter(Boolean);
  if (words.length > 1 && LEADING_ARTICLES.has(words[0] ?? '')) words.shift();
  return `${who || 'anon'}${year ?? 'nd'}${words[0] ?? ''}`;
}

function bibtexName(full: string): string {
  const n = parseName(full);
  if (n.literal !== null) return `{${escapeBibtex(n.literal)}}`;
  const parts = [surname(n), n.suffix, n.given].filter(Boolean).map(escapeBibtex);
  return parts.join(', ');
}

/** URLs stay verbatim (biblatex reads `url` verbatim); only what would unbalance the field is encoded. */
const bibtexUrl = (url: string): string =>
  url.replace(/[{}\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

export function citeBibtex(a: CitableArticle, options: CiteOptions = {}): string {
  const authors = authorsOf(a);
  const date = parseDate(a.published);
  const container = containerOf(a);
  const via = readVia(a);
  const acc = accessDate(options);
  const fields: [string, string][] = [];
  if (authors.length) fields.push(['author', `{${authors.map(bibtexName).join(' and ')}}`]);
  fields.push(['title', `{{${escapeBibtex(clean(a.title))}}}`]);
  if (container) fields.push(['journal', `{${escapeBibtex(container)}}`]);
  if (date) fields.push(['year', `{${date.year}}`]);
  if (date?.month) fields.push(['month', BIBTEX_MONTHS[date.month - 1] ?? '']);
  fields.push(['url', `{${bibtexUrl(a.url)}}`]);
  fields.push(['urldate', `{${acc.year}-${pad2(acc.month)}-${pad2(acc.day)}}`]);
  if (via) fields.push(['note', `{Via ${escapeBibtex(via)}}`]);
  const type = container ? 'article' : 'misc';
  return `@${type}{${bibtexKey(a)},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}`;
}

// ---------------------------------------------------------------------------------------------
// CSL-JSON

export type CslName = { family: string; given: string; 'non-dropping-particle'?: string; suffix?: string } | { literal: string };

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  URL: string;
  source?: string;
  note?: string;
  section?: string;
  language?: string;
}

function cslName(full: string): CslName {
  const n = parseName(full);
  if (n.literal !== null) return { literal: n.suffix ? `${n.literal} ${n.suffix}` : n.literal };
  const name: CslName = { family: n.family, given: n.given };
  if (n.particle) name['non-dropping-particle'] = n.particle;
  if (n.suffix) name.suffix = n.suffix;
  return name;
}

export function cslItem(a: CitableArticle, options: CiteOptions = {}): CslItem {
  const authors = authorsOf(a);
  const date = parseDate(a.published);
  const container = containerOf(a);
  const via = readVia(a);
  const acc = accessDate(options);
  const item: CslItem = {
    id: bibtexKey(a),
    type: 'article-newspaper',
    title: clean(a.title),
    accessed: { 'date-parts': [[acc.year, acc.month, acc.day]] },
    URL: a.url,
  };
  if (authors.length) item.author = authors.map(cslName);
  if (container) {
    item['container-title'] = container;
    item.publisher = container;
  }
  if (date) item.issued = { 'date-parts': [[date.year, date.month, date.day].filter((n): n is number => n !== null)] };
  if (via) {
    item.source = via;
    item.note = `Via ${via}`;
  } else if (clean(a.section)) {
    item.section = clean(a.section);
  }
  if (clean(a.lang)) item.language = clean(a.lang);
  // Fixed key order, so the copied text reads the same every time.
  const order: (keyof CslItem)[] = ['id', 'type', 'title', 'author', 'container-title', 'publisher', 'issued', 'accessed', 'URL', 'source', 'note', 'section', 'language'];
  return Object.fromEntries(order.filter((k) => item[k] !== undefined).map((k) => [k, item[k]])) as unknown as CslItem;
}

/** A CSL-JSON array with the one item, pretty-printed. */
export function citeCslJson(a: CitableArticle, options: CiteOptions = {}): string {
  return JSON.stringify([cslItem(a, options)], null, 2);
}
