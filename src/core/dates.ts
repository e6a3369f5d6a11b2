/** Date parsing for bylines and metadata. Output is always `YYYY-MM-DD` (the calendar date as written). */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** The English month names and their abbreviations, as a regular-expression source (no group). */
export const MONTH_NAME = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;

/** Matches `Nov 17, 2024`, `Nov. 17, 2024`, `November 17, 2024`, `Sept. 3 2024`. */
export const WRITTEN_DATE = new RegExp(String.raw`\b(${MONTH_NAME})\.?\s+(\d{1,2}),?\s+(\d{4})\b`, 'i');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A written date (`Nov 17, 2024`) anywhere in `s`, as `YYYY-MM-DD`. */
export function parseWrittenDate(s: string): string | null {
  const m = WRITTEN_DATE.exec(s);
  if (!m) return null;
  const month = MONTHS[m[1]!.slice(0, m[1]!.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
  return month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
}

/** An ISO-8601 date or timestamp (`2024-11-17T13:04:00-05:00`) as `YYYY-MM-DD`, without time-zone conversion. */
export function parseIsoDate(s: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Either form. */
export function parseAnyDate(s: string | null | undefined): string | null {
  if (!s) return null;
  return parseIsoDate(s) ?? parseDateText(s);
}

/** Month names in the languages of the bylines we read (Spanish, French, German), by number. */
const FOREIGN_MONTHS: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  januar: 1, februar: 2, märz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
};
const FOREIGN_MONTH_NAMES = Object.keys(FOREIGN_MONTHS).join('|');
/**
 * `17 de noviembre de 2024`, `17 novembre 2024`, `17. November 2024`, `17 November 2024`.
 * Flag `i` without `u`: the names are in the Basic Multilingual Plane, where `i` folds "é" and
 * "ä" the same, and a `u` pattern compiles 2–4× slower (about 2 ms here, 6 ms in DATE_AT_END),
 * paid on each page load.
 */
export const DAY_MONTH_DATE = new RegExp(
  String.raw`\b(\d{1,2})\.?(?:\s+de)?\s+(${FOREIGN_MONTH_NAMES}|${MONTH_NAME})\.?,?(?:\s+de)?\s+(\d{4})\b`,
  'i',
);

/** A date written in words in any of those forms (`Nov 17, 2024`, `17 de noviembre de 2024`), as `YYYY-MM-DD`. */
export function parseDateText(s: string): string | null {
  const written = parseWrittenDate(s);
  if (written) return written;
  const m = DAY_MONTH_DATE.exec(s);
  if (!m) return null;
  const name = m[2]!.toLowerCase();
  const month = FOREIGN_MONTHS[name] ?? MONTHS[name.slice(0, name.startsWith('sept') ? 4 : 3)];
  return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
}

/** A time after a date: ` at 5:40 p.m.`, `, 9:30 AM EST`, ` 10:43`. */
const TIME_OF_DAY = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}(?::\d{2})\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4}\b)?)?`;

/** The English weekdays and their abbreviations, as a regular-expression source (no group). */
export const WEEKDAY_NAME = String.raw`Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?`;

/** A weekday before a date ("on Mon, Jan 8, 2024", "el lunes 8 de enero", "am Montag, 8. Januar"). */
const WEEKDAY = String.raw`(?:${WEEKDAY_NAME}|tues|thurs?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?,?\s+`;

/**
 * A date at the end of a byline, after `on`/`el`/`le`/`am`, a comma or a bar: `… Bloomberg News on
 * Nov 17, 2024`, `… Chicago Tribune on Mon, Jan 8, 2024`. The weekday only after one of those: in
 * "The Baltimore Sun, Jan 8, 2024" the paper's "Sun" is no weekday.
 */
export const DATE_AT_END = new RegExp(
  String.raw`(?:\s*(?:\b(?:on|el|le|am)|[,|•·—–-])\s*(?:${WEEKDAY})?|\s+)((?:${WRITTEN_DATE.source})|(?:${DAY_MONTH_DATE.source}))${TIME_OF_DAY}\s*$`,
  'i',
);
