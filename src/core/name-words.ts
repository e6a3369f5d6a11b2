/**
 * The words of a printed name, as the outlet gazetteer keys them (outlets.ts) and as its sketch
 * in the on-load pre-check hashes them (outlet-sketch.ts): lower case, accents folded, "&" read as
 * "and", dots and apostrophes dropped. Its own module so the pre-check need not load the gazetteer.
 */

/**
 * `words` for a name in plain ASCII, nearly every name in the table and on pages: one pass over
 * the characters instead of normalizing and three Unicode regular expressions (the name index is
 * built from 1,500 names on a page's first lookup, in the content script, on page load). Gives
 * exactly what the general form gives; null when the name has a character outside ASCII.
 */
export function asciiWords(s: string): string[] | null {
  const out: string[] = [];
  let word = '';
  const end = (): void => {
    if (word) out.push(word);
    word = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return null;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) word += s[i];
    else if (c >= 65 && c <= 90) word += String.fromCharCode(c + 32);
    else if (c === 39 || c === 46)
      continue; // dropped, the word goes on: "L.A." is "la", "O'Brien" is "obrien"
    else if (c === 38) {
      end();
      out.push('and');
    } else end();
  }
  end();
  return out;
}

/** Lower-case words of a name: accents folded, "&" read as "and", dots and apostrophes dropped (L.A. = LA). */
export function words(s: string): string[] {
  return asciiWords(s) ?? unicodeWords(s);
}

/** The general form (any script): what `asciiWords` must agree with. */
export function unicodeWords(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Single words that are not an outlet alone but are one after "The" ("The Hill", "The State",
 * "The Age"): for these the "The" is part of the key. ('Times' and 'The Times' are both nobody:
 * see AMBIGUOUS.)
 */
// A literal array under a pure mark, so that bundles which never key a name (the on-load
// pre-check) drop it.
const GENERIC = /* @__PURE__ */ new Set([
  'times',
  'post',
  'news',
  'herald',
  'star',
  'sun',
  'state',
  'hill',
  'age',
  'nation',
  'week',
  'ledger',
  'blade',
  'province',
  'spectator',
  'independent',
  'telegraph',
  'journal',
  'tribune',
  'chronicle',
  'globe',
  'record',
  'register',
  'gazette',
  'courier',
  'examiner',
  'observer',
  'inquirer',
  'mercury',
  'sentinel',
  'press',
  'daily',
  'republic',
  'bee',
  'australian',
  'national',
  'guardian',
  'mail',
  'wire',
  'world',
  'city',
  'advocate',
  'standard',
  'citizen',
  'leader',
]);

/** "The <word>" forms printed by many papers at once: never matched, even when an entry is so named. */
export const AMBIGUOUS = /* @__PURE__ */ new Set([
  'thetimes',
  'thesun',
  'thestar',
  'thepost',
  'theherald',
  'thenational',
  'thenews',
  'thejournal',
  'thetribune',
  'theglobe',
  'therecord',
]);

/** The lookup key of a name's words: a leading "the" dropped unless it comes before one generic word. */
export function keyOf(w: readonly string[]): string {
  const keepThe = w[0] === 'the' && (w.length === 1 || (w.length === 2 && GENERIC.has(w[1]!)));
  return (w[0] === 'the' && !keepThe ? w.slice(1) : w).join('');
}
