/** Small string helpers shared by the parsers. Pure: strings in, strings out. */

/**
 * Folds every run of white space (incl. NBSP and line breaks) to one space and trims. `\s` is
 * Unicode's spaces (NBSP, U+2000–U+200A, line and paragraph separators, U+202F, U+205F, U+3000,
 * U+FEFF). The zero-width space U+200B is not one: it shows nothing, so inside a word it goes
 * ("Distri\u200bbuted" reads "Distributed", as a reader sees it) and beside a space it is that space.
 */
export function foldSpace(s: string): string {
  return s.replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
}

/** True when `s` holds more than white space: `foldSpace(s)` is not empty (asked without building it). */
export function hasText(s: string): boolean {
  return /[^\s\u200b]/.test(s);
}

/**
 * Control characters and bidirectional embeddings, overrides and isolates. In an attribution
 * field (title, byline, publisher, credit line) they have no place, and a right-to-left override
 * can make a name display as another: a page could show "Reuters" while the text says otherwise.
 * (Right-to-left text needs none of them: the marks U+200E/U+200F are kept.)
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A one-line attribution field as displayed: controls and bidi overrides removed, spaces folded. */
export function cleanField(s: string): string {
  return foldSpace(s.replace(CONTROLS, ''));
}

/** Compares names loosely: case, punctuation, a leading "The" and corporate suffixes do not count. */
export function normalizeName(s: string): string {
  return foldSpace(s)
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(the|inc|llc|l\.?p|co|corp|ltd|news|com|www)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '');
}

/** `www.Example.co.uk` → `example.co.uk`: the host without a leading `www.`, lower case. */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\d?\./, '');
}

/** True when two host names are the same site (`www.x.com` and `x.com`, or one a subdomain of the other). */
export function sameSite(a: string, b: string): boolean {
  const x = bareHost(a);
  const y = bareHost(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/** Counts words the way readers do: runs of letters/digits (apostrophes and hyphens inside a word do not split it). */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** Reading time at 230 words a minute, at least one minute for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}

/** The brand label of a host: `hosted.ap.org` → `ap`, `www.theledger.com` → `theledger`. */
export function brandLabel(host: string): string {
  return brandOf(host).brand;
}

/** The brand label of a host and what follows it: `www.businessinsider.co.uk` → [`businessinsider`, `co.uk`, ``]. */
function brandOf(host: string): { brand: string; suffix: string; sub: string } {
  const labels = bareHost(host).split('.');
  // Second-level suffixes under a country code: co.uk, com.au, org.uk, ne.jp, …
  const n = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && labels[labels.length - 2]!.length <= 3 ? 3 : 2;
  return { brand: labels[labels.length - n] ?? '', suffix: labels.slice(-n + 1).join('.'), sub: labels.slice(0, -n).join('.') };
}

/**
 * True when two hosts are one publisher's: the same site, or the same brand under another
 * country's domain (businessinsider.com and businessinsider.de). Subdomains of a shared platform
 * (a.wordpress.com, b.wordpress.com) are not one publisher.
 */
export function sameBrand(a: string, b: string): boolean {
  if (sameSite(a, b)) return true;
  const x = brandOf(a);
  const y = brandOf(b);
  return !!x.brand && x.brand === y.brand && !x.sub && !y.sub;
}

/** The host of a web address (`href` read against `base`), or null for none, a relative one without a base, or another scheme. */
export function hostOf(href: string | null, base: string | URL | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base ?? undefined);
    return /^https?:$/.test(u.protocol) ? u.hostname || null : null;
  } catch {
    return null;
  }
}
