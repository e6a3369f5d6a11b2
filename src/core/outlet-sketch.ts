/**
 * A sketch of the outlet gazetteer (outlets.ts) for the on-load pre-check: a 21-bit hash of the
 * key of every outlet name and variant, and no names. The gazetteer is 30 kB of text and
 * would be most of the script that runs on every page load; the sketch is a few kB and answers
 * the only question the pre-check asks: "could this text name a known outlet?".
 *
 * It may answer yes wrongly (a key shares a hash with an outlet's, about 1 in 3,000 per key
 * tried; any site name printed as a name), which only sends a page on to the full detection. It
 * never answers no where `findOutlet` knows the name: `findOutlet` looks a name up by the key of
 * its words after dropping qualifiers, corporate suffixes and a section word, which all come at
 * the end, so one of the name's leading word runs has an outlet's key. test/core/outlet-sketch.test.ts
 * checks that, and that outlet-sketch-data.ts is what scripts/outlet-sketch.ts makes from the
 * gazetteer today.
 */
import { OUTLET_SKETCH } from './outlet-sketch-data.ts';
import { unicodeWords } from './name-words.ts';

/** The longest outlet name, in words ("Tribune Content Agency LLC" is 4; a few run to 7). */
const MAX_NAME_WORDS = 8;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a state `h` after feeding `text`'s UTF-16 code units: a key's hash is fed word by word. */
function feed(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** An FNV-1a state folded to 21 bits. */
const fold = (h: number): number => ((h >>> 21) ^ h) & 0x1fffff;

/** FNV-1a over the key's UTF-16 code units, folded to 21 bits. */
export function sketchHash(key: string): number {
  return fold(feed(FNV_OFFSET, key));
}

/**
 * The sorted hashes as gaps, Rice-coded: the first character holds k; then each gap is its
 * quotient by 2^k in unary (that many 1 bits, then a 0) and its remainder in k bits, six bits to a
 * character of BASE64, zeros after the last. About 13 bits a hash at the k that fits best (11 for
 * today's gazetteer), against 15 for base-32 digits: the sketch ships in the on-load pre-check.
 */
export function encodeSketch(hashes: Iterable<number>): string {
  const sorted = [...new Set(hashes)].sort((a, b) => a - b);
  const gaps = sorted.map((h, i) => h - (i ? sorted[i - 1]! : 0));
  // The k with the fewest bits; at least 6, so the zeros after the last gap never read as one.
  let k = 6;
  const size = (b: number): number => gaps.reduce((sum, g) => sum + Math.floor(g / 2 ** b) + 1 + b, 0);
  for (let b = 7; b <= 20; b++) if (size(b) < size(k)) k = b;
  let bits = '';
  for (const g of gaps) bits += '1'.repeat(Math.floor(g / 2 ** k)) + '0' + (g % 2 ** k).toString(2).padStart(k, '0');
  bits += '0'.repeat((6 - (bits.length % 6)) % 6);
  let out = BASE64[k]!;
  for (let i = 0; i < bits.length; i += 6) out += BASE64[parseInt(bits.slice(i, i + 6), 2)]!;
  return out;
}

/** The hashes `encodeSketch` wrote, in ascending order. */
export function decodeSketch(data: string): number[] {
  // The digit of a character of BASE64, by character code (an indexOf per character is slow in cold code).
  const digit = (i: number): number => {
    const c = data.charCodeAt(i);
    return c >= 97 ? c - 71 : c === 95 ? 63 : c >= 65 ? c - 65 : c >= 48 ? c + 4 : 62;
  };
  const k = digit(0);
  let pos = 1;
  let acc = 0;
  let have = 0;
  let left = (data.length - 1) * 6;
  const bit = (): number => {
    if (!have) {
      acc = digit(pos++);
      have = 6;
    }
    left--;
    return (acc >> --have) & 1;
  };
  const out: number[] = [];
  // Fewer than k + 1 bits left are the zeros after the last gap.
  for (let h = 0; left > k; ) {
    let q = 0;
    while (bit()) q++;
    let r = 0;
    for (let i = 0; i < k; i++) r = r * 2 + bit();
    h += q * 2 ** k + r;
    out.push(h);
  }
  return out;
}

let sketch: Set<number> | null = null;

function hashes(): Set<number> {
  if (sketch) return sketch;
  sketch = new Set(decodeSketch(OUTLET_SKETCH));
  return sketch;
}

/** The words of the outlet name that may start at `w[start]`, or null. */
function runFrom(w: readonly string[], start: number): string[] | null {
  const set = hashes();
  // The gazetteer's key of a run is its words joined, with a leading "the" dropped unless a
  // single generic word follows ("The Hill"): trying both forms needs no list of those words.
  // Each run's hash goes on from the shorter run's (a key is its words joined), so a text of n
  // words costs n × 8 word feeds, not as many joined strings.
  const the = w[start] === 'the';
  let h = FNV_OFFSET;
  let withoutThe = FNV_OFFSET;
  for (let end = start + 1; end <= Math.min(w.length, start + MAX_NAME_WORDS); end++) {
    h = feed(h, w[end - 1]!);
    if (the && end > start + 1) withoutThe = feed(withoutThe, w[end - 1]!);
    if (set.has(fold(h)) || (the && set.has(fold(withoutThe)))) return w.slice(start, end);
  }
  return null;
}

/** A site printed as a name ("kffhealthnews.org"): the gazetteer resolves it by host (outletOfHost). */
const HOST_LIKE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

/** True when `printed`, read as a whole name, may be a known outlet (never false when `findOutlet` knows it). */
export function mayNameOutlet(printed: string): boolean {
  if (!printed || printed.length > 200) return false;
  // The sketch keeps no hosts: any site name may be an outlet's (few pages print one as a name).
  if (HOST_LIKE.test(printed.trim())) return true;
  return runFrom(unicodeWords(printed), 0) !== null;
}

/** Every run of words in `text` that may be a known outlet's name, in lower case ("Jane Doe Associated Press" → ["associated press"]). */
export function outletRuns(text: string): string[] {
  const w = unicodeWords(text);
  const runs: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const run = runFrom(w, i);
    if (run) runs.push(run.join(' '));
  }
  return runs;
}
