/**
 * Is a printed name the host's own? The comparison of names, without the gazetteer: detection
 * (detect.ts) adds the gazetteer's knowledge of which outlet a host is, and the on-load pre-check
 * (precheck.ts) uses this alone, with fewer names, so it never calls a name the host's own that
 * detection would call another publisher's.
 */
import { foldSpace, normalizeName } from './text.ts';

/** Words that follow a brand in the names of its own sections and desks: "CNN Business", "NBC News Digital". */
const SECTION_WORD = /^(?:business|politics|health|travel|sports?|opinion|tech(?:nology)?|world|us|u\.s\.|money|markets|entertainment|style|science|climate|weather|digital|local|metro|national|investigates|staff|newsroom|news)$/i;

/** True when `name` is one of `ownNames` (normalized), spelled with or without "The", shortened, or followed by section words. */
export function isOwnName(name: string, ownNames: readonly string[]): boolean {
  const n = normalizeName(name);
  if (!n) return false;
  const words = foldSpace(name).split(' ');
  for (const o of ownNames) {
    if (n === o) return true;
    // The brand spelled with its article ("The Ledger" on theledger.com), or its short name
    // ("News-Tribune" for the Northfield News-Tribune).
    if (o.length > 4 && n.length > 4 && (o === `the${n}` || n === `the${o}` || o.endsWith(n))) return true;
    // The brand, then section words: "CNN Business", "Daily Herald Staff".
    for (let cut = 1; cut < words.length; cut++) {
      if (normalizeName(words.slice(0, cut).join(' ')) === o && words.slice(cut).every((w) => SECTION_WORD.test(w))) return true;
    }
  }
  return false;
}
