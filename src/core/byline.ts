/**
 * Byline parsing. Pure: a string in, a `Byline` or null out.
 *
 * Forms (shared/docs/syndication-formats.md b3):
 *   `Alberto Nardelli, Jenny Leonard and Alex Wickham, Bloomberg News on Nov 17, 2024`  (ArcaMax)
 *   `… Bloomberg News on`            (ArcaMax, date filled in elsewhere on the page)
 *   `By Patrick Howell O’Neill, Bloomberg News`                                           (TCA wire)
 *   `Kevin Crowley | Bloomberg News`
 *   `Melissa Montalvo, The Fresno Bee (Fresno, Calif.) on Mar 3, 2025`  (comma inside parentheses)
 *   `Tyrades! by Danny Tyree`        (column lead-in)
 * The date is split off from the right, the outlet is the part after the last comma outside
 * parentheses (when it reads as an outlet, not a person), and the rest splits into names.
 */
import { WRITTEN_DATE, parseWrittenDate } from './dates.ts';
import { foldSpace } from './text.ts';
import type { Byline } from './types.ts';

/** Words that make a name an outlet rather than a person. */
const OUTLET_WORD =
  /\b(?:News|Times|Post|Press|Tribune|Journal|Bee|Herald|Pilot|Conversation|Reuters|Bloomberg|Inquirer|Globe|Chronicle|Gazette|Star|Sun|Courant|Register|Observer|Dispatch|Daily|Magazine|Review|Record|Examiner|Enquirer|Telegraph|Guardian|Independent|Agency|Service|Media|Network|Radio|TV|Report|Monitor|Weekly|Wire|Today|Statesman|Republic|Dealer|Union|Leader|Citizen|Ledger|Bulletin|Mercury|Courier|Oklahoman|Advocate|Newsday|Politico|Axios|Stateline|AFP|AP|CNN|NPR|PBS|BBC|KFF|Syndicate|Writers Group|Staff|Editorial Board|Associated)\b/;
const PERSON_PARTICLE = /^(?:de|del|della|di|da|dos|das|du|van|von|der|den|ter|al|el|bin|ibn|la|le|st\.?|y|e|jr\.?|sr\.?|ii|iii|iv|mc|o’|o')$/i;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}’'.-]*|[\p{Lu}]\.)$/u;
const MAX_BYLINE = 220;
const AGENCY_ONLY = /^(?:The\s+)?(?:Associated Press|AP|Reuters|Bloomberg(?: News)?|AFP|Agence France-Presse|Tribune News Service|TNS|New York Times News Service)$/i;

/** Splits on commas that are not inside parentheses: keeps `The Fresno Bee (Fresno, Calif.)` whole. */
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

/** A person's name: 1–5 capitalised words (particles allowed), no digits. */
export function looksLikePerson(s: string): boolean {
  if (!s || /\d|[@:;!?]/.test(s) || OUTLET_WORD.test(s)) return false;
  const words = s.split(' ');
  if (words.length > 5) return false;
  let capitalised = 0;
  for (const w of words) {
    if (NAME_WORD.test(w)) capitalised++;
    else if (!PERSON_PARTICLE.test(w)) return false;
  }
  return capitalised >= 2;
}

/** An outlet: has an outlet word, or starts with "The", or is in parentheses form. */
export function looksLikeOutlet(s: string): boolean {
  return OUTLET_WORD.test(s) || /^The\s+\p{Lu}/u.test(s) || /\(.+\)$/.test(s);
}

function titleCaseIfShouting(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** `Daily Herald Staff Writer` → `Daily Herald`. */
function tidyOutlet(s: string): string {
  return s.replace(/\s+(?:Staff(?:\s+Writer)?|Staff Reporter|Correspondent|Contributor)$/i, '').trim();
}

function splitNames(s: string): string[] | null {
  const names = s
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((n) => titleCaseIfShouting(n.trim()))
    .filter(Boolean);
  if (!names.length || names.length > 8) return null;
  return names.every(looksLikePerson) ? names : null;
}

/**
 * Parses a byline. Returns null when the text does not read as one (a sentence, a date alone,
 * a label), so it is safe to try on any short block near a headline.
 */
export function parseByline(text: string): Byline | null {
  let s = foldSpace(text);
  if (!s || s.length > MAX_BYLINE) return null;
  // Column lead-in "Tyrades! by Danny Tyree" and the usual "By ".
  s = s.replace(/^.{1,40}?[!:]\s+by\s+/i, '').replace(/^by[:\s]\s*/i, '');

  // The date, from the right: "… on Nov 17, 2024", "… on" (date elsewhere), "… | Nov. 17, 2024".
  let date: string | null = null;
  const dated = new RegExp(String.raw`\s*(?:\bon|[|•·—–-])\s*(${WRITTEN_DATE.source})\s*$`, 'i').exec(s);
  if (dated) {
    date = parseWrittenDate(dated[1]!);
    s = s.slice(0, dated.index);
  } else {
    s = s.replace(/\s+on$/i, '');
  }
  s = s.replace(/[\s,|]+$/, '');
  if (!s) return null;

  let names: string[] | null = null;
  let outlet: string | null = null;
  const piped = s.split(/\s+[|•·]\s+|\s+[—–]\s+/);
  if (piped.length === 2 && looksLikeOutlet(piped[1]!)) {
    names = splitNames(piped[0]!);
    outlet = tidyOutlet(piped[1]!);
  } else {
    const parts = splitOutsideParens(s);
    const last = parts[parts.length - 1]!;
    if (parts.length >= 2 && !looksLikePerson(last) && looksLikeOutlet(last)) {
      outlet = tidyOutlet(last);
      names = splitNames(parts.slice(0, -1).join(', '));
    } else {
      names = splitNames(s);
      // AP style without a comma: "CHRISTOPHER WEBER Associated Press".
      if (!names) {
        const ap = /^(.+?)\s+((?:The\s+)?Associated Press|Bloomberg News|Reuters)$/.exec(s);
        if (ap) {
          names = splitNames(ap[1]!);
          outlet = ap[2]!;
        }
      }
    }
  }
  if (!names) {
    // A wire service alone ("Associated Press", "Bloomberg News") is a byline without people.
    if (AGENCY_ONLY.test(s)) {
      return { byline: s, authors: [], outlet: tidyOutlet(s), date };
    }
    return null;
  }
  return { byline: s, authors: names, outlet: outlet || null, date };
}
