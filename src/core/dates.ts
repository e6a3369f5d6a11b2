/** Date parsing for bylines and metadata. Output is always `YYYY-MM-DD` (the calendar date as written). */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Matches `Nov 17, 2024`, `Nov. 17, 2024`, `November 17, 2024`, `Sept. 3 2024`. */
export const WRITTEN_DATE = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2}),?\s+(\d{4})\b/i;

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
  return parseIsoDate(s) ?? parseWrittenDate(s);
}
