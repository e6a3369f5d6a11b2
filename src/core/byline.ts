/**
 * Byline parsing. Pure: a string in, a `Byline` or null out.
 *
 * Forms (docs/attribution.md):
 *   `Alberto Nardelli, Jenny Leonard and Alex Wickham, Bloomberg News on Nov 17, 2024`  (ArcaMax)
 *   `… Bloomberg News on`            (ArcaMax, the date in the next element or elsewhere)
 *   `By Patrick Howell O’Neill, Bloomberg News`, `Por Ana Gómez, El Nuevo Herald`, `Par …`, `Von …`
 *   `Kevin Crowley | Bloomberg News`, `Kevin Crowley / Bloomberg News`, `Kevin Crowley (Reuters)`
 *   `Melissa Montalvo, The Fresno Bee (Fresno, Calif.) (TNS)`  (commas inside parentheses)
 *   `By CHRISTOPHER WEBER Associated Press`  (AP capitals: authors in name case, byline verbatim)
 *   `By Jane Doe, Staff Writer`, `By Jane Doe, Ledger business reporter`  (a role, not an outlet)
 *   `Tyrades! by Danny Tyree`        (column lead-in)
 * The date is split off from the right, the outlet is the tail after the last separator outside
 * parentheses when it reads as an outlet (the gazetteer knows it, or it has an outlet's shape and
 * no role word), and the rest splits into names joined by commas and and/y/et/und/e/en/&.
 */
import { DATE_AT_END, parseDateText } from './dates.ts';
import { findOutlet, isRole, outletNamedInRole } from './outlets.ts';
import { BY_PREFIX, MAX_BYLINE, NAME_JOIN, OUTLET_WORD, PERSON_PARTICLE } from './byline-words.ts';
import { foldSpace } from './text.ts';
import type { Byline } from './types.ts';

/** Outlet words that are never part of a person's name, wherever they stand ("Breaking News Emails"). */
const NEVER_IN_A_NAME = /\b(?:News|Times|Press|Media|Network|Radio|TV|Magazine|Agency|Service|Syndicate|Newsday|Writers Group|Editorial Board|Associated Press)\b/;
/** Words of a site's menus, never in a person's name: "About Privacy Terms" is no byline. */
const UI_WORD = /\b(?:About|Privacy|Terms|Contact|Home|Menu|Search|Subscribe|Login|Log In|Sign|Share|Print|Emails?|Alerts?|Comments?|Newsletters?|Advertise|Careers|Help|Sections?|Follow)\b/;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}’'.-]*|[\p{Lu}]\.)$/u;
/** A photo credit, not a byline: "Jane Doe / Reuters file", "AP Photo", "Getty Images". */
const PHOTO_CREDIT_TAIL = /\b(?:file|files|photos?|images|pool|handout|via getty|illustration)$/i;
/** The desk words that make a byline's tail the site's own desk, not another outlet. */
const DESK = /\s*\b(?:bureau|desk|web desk|digital desk|news desk|team|staff|wire services|wires|news service)$/i;
/** Qualifiers that follow an outlet's name and are not part of it: `(TNS)`, `(AP)`, `/Tribune News Service`. */
const AGENCY_QUALIFIER = /(?:\s*\((?:TNS|AP|MCT|KRT|dpa|AFP|Reuters|Bloomberg)\)|\s*\/\s*(?:Tribune News Service|TNS|MCT|McClatchy-Tribune|Tribune Content Agency))+\s*$/i;

/** Splits on `sep` where it is not inside parentheses: keeps `The Fresno Bee (Fresno, Calif.)` whole. */
export function splitOutsideParens(s: string, sep = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** A person's name: 1–5 capitalised words (particles allowed), no digits, no outlet or role words. */
export function looksLikePerson(s: string): boolean {
  if (!s || /\d|[@:;!?()/|]/.test(s) || UI_WORD.test(s) || DESK.test(s) || findOutlet(s) || isRole(s)) return false;
  const words = s.split(' ');
  // An outlet word ends an outlet's name ("Fresno Bee", "Daily Herald"); a given name may be one
  // ("Sun Lee", "Star Jones"). Phrases such as "Writers Group" are outlets anywhere.
  if (OUTLET_WORD.test(words[words.length - 1]!) || NEVER_IN_A_NAME.test(s)) return false;
  // "Le Courrier du Lac", "The Daily Item": an article opens an outlet's name, never a person's.
  const ARTICLE = /^(?:the|le|la|les|el|los|las|der|die|das|il|l’|l')$/i;
  if (words.length > 5 || ARTICLE.test(words[0]!) || ARTICLE.test(words[words.length - 1]!)) return false;
  let capitalised = 0;
  for (const w of words) {
    if (NAME_WORD.test(w)) capitalised++;
    else if (!PERSON_PARTICLE.test(w)) return false;
  }
  return capitalised >= 2;
}

/** The printed outlet without agency qualifiers: `The Fresno Bee (Fresno, Calif.) (TNS)` → `The Fresno Bee (Fresno, Calif.)`. */
function withoutAgencyQualifier(s: string): string {
  return s.replace(AGENCY_QUALIFIER, '').trim();
}

/**
 * The outlet a byline's tail names, or null when the tail is a role ("Staff Writer", "Ledger
 * business reporter") or a person. A role after a known outlet ("Daily Herald Staff Writer")
 * gives that outlet; after an unknown word it gives none: the host's own staff write that way.
 */
export function outletOfTail(tail: string): string | null {
  const t = withoutAgencyQualifier(foldSpace(tail));
  if (!t || t.length > 90 || /\d{3,}|[@|:;#]/.test(t) || PHOTO_CREDIT_TAIL.test(t)) return null;
  if (findOutlet(t)) return t;
  // "NJ Advance Media for NJ.com", "Special to the Times": the outlet it was written for.
  const forWhom = outletNamedInRole(t) ?? /^.{2,60}?\s+for\s+(.{2,60})$/i.exec(t)?.[1] ?? null;
  // Only a known outlet: "Special to the Ledger" is how a paper credits its own freelancers.
  if (forWhom && forWhom !== t) return findOutlet(forWhom) ? forWhom : null;
  // A desk of the site itself: "News Nation Bureau", "Metro Desk", "Herald wire services".
  if (DESK.test(t)) {
    const head = t.replace(DESK, '').trim();
    return head && findOutlet(head) ? head : null;
  }
  if (isRole(t)) {
    // "Daily Herald Staff Writer", "Los Angeles Times staff writer": the role after a known outlet.
    const words = t.split(' ');
    for (let cut = words.length - 1; cut >= 1; cut--) {
      const head = words.slice(0, cut).join(' ');
      if (findOutlet(head) && isRole(words.slice(cut).join(' '))) return head;
    }
    return null;
  }
  // A site as its name: "Phys.org", "NJ.com".
  if (/^[\p{L}\d][\p{L}\d-]*(?:\.[a-z]{2,6})+$/iu.test(t) && /\.(?:com|org|net|news|co|io|info)\b/i.test(t)) return t;
  // An outlet's shape: two words or more (a lone "News" or "Daily" is a label), no person's name.
  // A note in parentheses adds no word: "Aotearoa (Māori)" is one word and its language, where
  // "The Fresno Bee (Fresno, Calif.)" is a paper and its city.
  if (looksLikePerson(t) || !/\s/.test(t.replace(/\s*\([^()]*\)$/, ''))) return null;
  return OUTLET_WORD.test(t) || /^(?:The|El|La|Le|Les|Los|Las|Der|Die|Das|Il)\s+\p{Lu}/u.test(t) || /\S\s*\([^)]+\)$/.test(t) ? t : null;
}

/** A name in capitals (AP style) in name case: `JANIE HAR` → `Janie Har`; other names as they are. */
export function titleCaseIfShouting(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

function splitNames(s: string): string[] | null {
  const names = s
    .split(NAME_JOIN)
    // The serial comma: "Ann Lee, Bo Kim, and Peter Hwang".
    .map((n) => titleCaseIfShouting(n.trim().replace(/^(?:and|y|e|et|und|en|og|och|&)\s+/i, '')))
    .filter(Boolean)
    // "Jane Doe, Staff Writer, Los Angeles Times": the role is not a name.
    .filter((n, i, all) => !(all.length > 1 && (isRole(n) || DESK.test(n))));
  if (!names.length || names.length > 8) return null;
  return names.every(looksLikePerson) ? names : null;
}

/** Names followed by a known outlet without a comma: "CHRISTOPHER WEBER Associated Press", "Jane Doe Reuters". */
function namesThenOutlet(s: string): { names: string[]; outlet: string } | null {
  const words = s.split(' ');
  for (let k = Math.min(5, words.length - 2); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (!findOutlet(tail)) continue;
    const names = splitNames(words.slice(0, -k).join(' '));
    if (names) return { names, outlet: tail };
  }
  return null;
}

function parseBody(s: string, date: string | null): Byline | null {
  // "Name | Outlet", "Name / Outlet", "Name — Outlet".
  const piped = s.split(/\s+[|•·/]\s+|\s+[—–]\s+/);
  if (piped.length === 2) {
    // "Name | Outlet", "Name | Role", "Name | name@paper.com"; never a photo credit ("Name / Reuters file").
    if (PHOTO_CREDIT_TAIL.test(piped[1]!)) return null;
    const outlet = outletOfTail(piped[1]!);
    const names = splitNames(piped[0]!);
    if (names) return { byline: s, authors: names, outlet, date };
  }
  // "Name (Outlet)".
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(s);
  if (paren && (outletOfTail(paren[2]!) || isRole(paren[2]!))) {
    const names = splitNames(paren[1]!);
    if (names) return { byline: s, authors: names, outlet: outletOfTail(paren[2]!), date };
  }
  const parts = splitOutsideParens(withoutAgencyQualifier(s));
  // "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press": names, then a known
  // outlet without a comma before it.
  if (parts.length >= 2 && !findOutlet(parts[parts.length - 1]!)) {
    const run = namesThenOutlet(parts[parts.length - 1]!);
    const before = splitNames(parts.slice(0, -1).join(', '));
    if (run && before) return { byline: s, authors: [...before, ...run.names], outlet: run.outlet, date };
  }
  if (parts.length >= 2) {
    const last = parts[parts.length - 1]!;
    const outlet = outletOfTail(last);
    if (outlet || isRole(last) || DESK.test(last)) {
      const names = splitNames(parts.slice(0, -1).join(', '));
      if (names) return { byline: s, authors: names, outlet, date };
    }
  }
  const names = splitNames(s);
  if (names) return { byline: s, authors: names, outlet: null, date };
  if (parts.length >= 2) {
    const last = parts[parts.length - 1]!;
    const wire = findOutlet(parts[0]!);
    // "PTI, Washington", "Reuters, Washington": a wire and the city it filed from.
    if (parts.length === 2 && wire && (wire.kind === 'wire' || wire.kind === 'syndicate') && /^\p{Lu}[\p{L} .'’-]{1,40}$/u.test(last)) {
      return { byline: s, authors: [], outlet: parts[0]!, date };
    }
    // "Anja Lorenz, Rheintal-Bote": people, then one word that is neither a person nor, as far as
    // can be told, an outlet (a local paper's name, a city). The people are the byline's; no outlet.
    const people = splitNames(parts.slice(0, -1).join(', '));
    if (people && !looksLikePerson(last) && !/\s/.test(last) && /^\p{Lu}/u.test(last)) return { byline: s, authors: people, outlet: null, date };
  }
  const run = namesThenOutlet(s);
  if (run) return { byline: s, authors: run.names, outlet: run.outlet, date };
  // A wire service alone ("Associated Press", "Bloomberg News") is a byline without people.
  const agency = findOutlet(withoutAgencyQualifier(s));
  if (agency && (agency.kind === 'wire' || agency.kind === 'syndicate')) return { byline: s, authors: [], outlet: withoutAgencyQualifier(s), date };
  return null;
}

/** A degree after a name ("Keith Roach, M.D.", "Jane Doe, Ph.D."): the person's, neither a name nor an outlet. */
const CREDENTIAL = /,\s*(?:M\.\s?D\.|Ph\.\s?D\.|D\.\s?O\.|R\.\s?N\.|D\.\s?V\.\s?M\.|N\.\s?P\.|MD|PhD|DVM|DDS|MPH|RN|PharmD)(?=\s*(?:,|\band\b|&|$))/g;

/** `parseBody`, and again without the degrees when they kept it from reading ("Miriam Castellano, M.D., and Peter Hwang, M.D."); the byline stays as printed. */
function parseBodyWithDegrees(s: string, date: string | null): Byline | null {
  const parsed = parseBody(s, date);
  if (parsed) return parsed;
  const plain = s.replace(CREDENTIAL, '');
  const read = plain !== s ? parseBody(plain, date) : null;
  return read && { ...read, byline: s };
}

/**
 * Parses a byline. Returns null when the text does not read as one (a sentence, a date alone,
 * a label), so it is safe to try on any short block near a headline.
 */
export function parseByline(text: string): Byline | null {
  let s = foldSpace(text);
  if (!s || s.length > MAX_BYLINE) return null;
  // Column lead-in "Tyrades! by Danny Tyree".
  s = s.replace(/^.{1,40}?[!:]\s+by\s+/i, '');

  // The date, from the right: "… on Nov 17, 2024", "… on" (date elsewhere), "… | Nov. 17, 2024".
  let date: string | null = null;
  const dated = DATE_AT_END.exec(s);
  if (dated) {
    date = parseDateText(dated[1]!);
    s = s.slice(0, dated.index);
  } else {
    s = s.replace(/\s+(?:on|el|le|am)$/i, '');
  }
  s = s.replace(/[\s,|]+$/, '');
  if (!s) return null;
  const stripped = s.replace(BY_PREFIX, '');
  if (stripped !== s && stripped) {
    const parsed = parseBodyWithDegrees(stripped, date);
    if (parsed) return parsed;
  }
  return parseBodyWithDegrees(s, date);
}

/** A wire's sign-off: "(Reporting by Will Dunham in Washington; Editing by Tom Brown)". */
const SIGN_OFF = /^\(?\s*(?:Reporting|Reported|Writing) by (.+?)(?:;|\)|$)/i;

/**
 * The reporters a wire's sign-off names, in name case, or [] (for stories whose byline names no
 * one: the sign-off is where Reuters credits its reporters). Places ("in Washington") are dropped.
 */
export function signOffAuthors(paragraph: string): string[] {
  const m = SIGN_OFF.exec(foldSpace(paragraph));
  if (!m) return [];
  const names = m[1]!
    .split(/\s*,\s*|\s+and\s+/)
    .map((n) => n.replace(/\s+(?:in|from)\s+.*$/i, '').replace(/^additional reporting by\s+/i, '').trim())
    .filter(Boolean)
    .map(titleCaseIfShouting);
  return names.length && names.every(looksLikePerson) ? names : [];
}
