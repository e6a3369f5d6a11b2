/**
 * Splits an article's text into utterances for the Web Speech API. Pure: no browser API.
 *
 * Why chunks: Chrome's voices stop after about 15 s of one utterance, so speech goes sentence by
 * sentence, and a sentence longer than `maxLength` (220 characters) is split into even pieces at
 * a clause mark (, ; : or a spaced dash), else at a space, else (CJK, a long URL) hard. Each chunk
 * keeps its paragraph's index so the reader can highlight it and skip to the previous/next one.
 *
 * Input: `CleanArticle.text`, paragraphs joined by a blank line. A paragraph's index is its
 * position in that split (blank paragraphs are skipped without renumbering), so it matches the
 * n-th block of the rendered body. A list item's leading "- " is dropped (it is not read).
 *
 * Sentence ends: . ! ? … and runs of them ("?!", "..."), then any closing quotes and brackets
 * (`"He left." She said` ends after the quote; French `« Oui. »` after the »), then white space.
 * A CJK full stop, ！ or ？ ends a sentence with no space after it. Not an end:
 *   - the next word starts in lowercase (`e.g. the`, `"Why?" she asked`, `Wait... what`);
 *   - no space follows (3.5, U.S.-based, bloomberg.com), or a dash does ("FRESNO, Calif. — …");
 *   - a title or reference word before a name or number (Mr., Dr., Sen., No. 1, Fig., vs.,
 *     e.g., i.e., Sra., Mme, z. B., Nr., bzw.);
 *   - a state abbreviation before a title ("Calif. Gov. Gavin Newsom"; before any other capital
 *     it ends the sentence, as AP puts a comma after it inside one);
 *   - an abbreviation that may also end a sentence (U.S., a.m./p.m., Jan., Inc., Jr., St.,
 *     an initial such as the J. in J. R. R. Tolkien) unless the next word is one that starts
 *     sentences ("in the U.S. The", "at 10 a.m. He");
 *   - a list number at the start of a paragraph ("1. Preheat");
 *   - in German and other languages that write ordinals with a dot, a number of 1 to 3 digits
 *     ("am 3. Oktober"), unless a sentence-starting word follows.
 */

export interface SpeechChunk {
  /** What to speak: one sentence, or a piece of a long one. */
  text: string;
  /** The index of its paragraph in the text split at blank lines. */
  paragraph: number;
}

export interface SpeechChunkOptions {
  /** The longest chunk, in UTF-16 code units. Default 220. */
  maxLength?: number;
  /** The article's language (`<html lang>`), e.g. `de-DE`; it turns on German ordinals. */
  lang?: string | null;
}

export const MAX_CHUNK_LENGTH = 220;

export function speechChunks(text: string, options: SpeechChunkOptions = {}): SpeechChunk[] {
  const max = Math.max(20, options.maxLength ?? MAX_CHUNK_LENGTH);
  const chunks: SpeechChunk[] = [];
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .forEach((raw, paragraph) => {
      const body = raw.replace(/\s+/g, ' ').trim().replace(/^[-–•*]\s+/, '');
      for (const sentence of splitSentences(body, options.lang)) {
        for (const piece of splitLong(sentence, max)) chunks.push({ text: piece, paragraph });
      }
    });
  return chunks;
}

// ---------------------------------------------------------------------------------------------
// Sentences

const TERMINATOR = /[.!?…。！？．‼⁇⁈⁉؟।]/;
const CJK_TERMINATOR = /[。！？．]/;
/** Closing quotes and brackets that belong to the sentence before them. */
const CLOSER = /["'”’“‘»」』）)\]}›〉》】〕]/; // “ ‘ close German quotes („Gut.“)
const SPACE = /[\s\u00a0\u202f]/;
/** What a new sentence may open with besides a word: quotes, brackets, ¿ ¡. */
const OPENER = /["'“‘«([¿¡„‚‹「『（]/;

/** Never end a sentence: titles and reference words, written as they are printed (case matters). */
const NEVER_FINAL = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Cmdr', 'Sgt', 'Adm', 'Maj',
  'Rev', 'Hon', 'Pres', 'Supt', 'Det', 'Insp', 'Atty', 'Fr', 'Msgr', 'Sra', 'Srta', 'Dra', 'Lic', 'Ing', 'Ud', 'Uds',
  'Mme', 'Mlle', 'Mgr', 'Hr', 'Nr', 'Nrn', 'bzw', 'ca', 'vgl', 'Fig', 'Figs', 'fig', 'vs', 'cf', 'approx', 'vol', 'Vol',
  'pp', 'núm', 'pág',
]);

/** Dotted abbreviations that never end a sentence (without their final dot). */
const NEVER_FINAL_DOTTED = new Set(['e.g', 'i.e', 'z.B', 'd.h', 'u.a', 'o.ä', 'u.U', 'v.a', 'p.ej', 'c.-à-d']);

/** Abbreviations that may end a sentence: an end only before a sentence-starting word. */
const MAY_END = new Set([
  'Jr', 'Sr', 'St', 'Ste', 'Mt', 'Ft', 'Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Ave', 'Blvd', 'Rd', 'Pl', 'Sq', 'Hwy', 'Dept', 'Univ', 'Assn', 'etc', 'usw', 'Str',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/**
 * US state abbreviations (AP style). Inside a sentence AP puts a comma after them ("Fresno,
 * Calif., on Monday"), so one followed by a space and a capital ends the sentence, except before
 * a title ("Calif. Gov. Gavin Newsom").
 */
const STATES = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md',
  'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash',
  'Wis', 'Wyo',
]);

/** Words that start sentences: after a may-end abbreviation they mark a new sentence. */
const STARTERS = new Set(
  (
    'The A An He She It They We I You But And So Yet Or Nor This That These Those There Then Thus In On At For If When ' +
    'While After Before As His Her Its Their Our My Your Some Many Most Other Others What Who Why How Where Not No ' +
    'Yes Still Also However Meanwhile Now One Both Each Such Instead Although Though Because Since Officials ' +
    'Der Die Das Ein Eine Er Sie Es Wir Ich Aber Und Doch Dann Im Am Auch Nach Mit ' +
    'El La Los Las Un Una Pero Y En Es Él Ella Ellos Este Esta ' +
    'Le Les Une Il Elle Ils Elles Mais Et Dans Ce Cette On Je Nous'
  ).split(' '),
);

/** Languages that write ordinal numbers with a dot (am 3. Oktober). */
const ORDINAL_DOT_LANGS = /^(?:de|da|nb|nn|no|fi|is|et|lv|lt|cs|sk|sl|hr|sr|bs|hu|pl|tr)\b/i;

type AbbreviationKind = 'never' | 'maybe' | null;

function abbreviationKind(word: string, next: string, atParagraphStart: boolean, ordinals: boolean): AbbreviationKind {
  if (NEVER_FINAL.has(word)) return 'never';
  if (word === 'No' || word === 'Nos' || word === 'no' || word === 'Nº') return /^\d/.test(next) ? 'never' : null;
  if (/\./.test(word)) {
    if (NEVER_FINAL_DOTTED.has(word)) return 'never';
    if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return 'maybe'; // U.S., a.m., D.C.
    return null;
  }
  if (/^\p{Ll}$/u.test(word)) return 'never'; // z. B., d. h.
  if (/^\p{Lu}$/u.test(word)) return 'maybe'; // an initial: J. R. R. Tolkien
  if (MAY_END.has(word)) return 'maybe';
  if (/^\d+$/.test(word)) {
    if (atParagraphStart) return 'never'; // a numbered list item
    if (ordinals && word.length <= 3) return 'maybe';
  }
  return null;
}

/** The first word after a boundary candidate, without opening punctuation. */
function nextWord(rest: string): string {
  return /^[\p{L}\p{N}'’-]*/u.exec(rest)?.[0] ?? '';
}

export function splitSentences(paragraph: string, lang?: string | null): string[] {
  const s = paragraph;
  const ordinals = !!lang && ORDINAL_DOT_LANGS.test(lang);
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i] ?? '';
    if (!TERMINATOR.test(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && TERMINATOR.test(s[j] ?? '')) j++;
    const run = s.slice(i, j);
    // Closing quotes and brackets, including the French spaced » (« Oui. »).
    for (;;) {
      if (j < s.length && CLOSER.test(s[j] ?? '')) j++;
      else if (SPACE.test(s[j] ?? '') && s[j + 1] === '»') j += 2;
      else break;
    }
    if (isBoundary(s, start, i, j, run, ordinals)) {
      const sentence = s.slice(start, j).trim();
      if (sentence) out.push(sentence);
      start = j;
    }
    i = j;
  }
  const tail = s.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}

function isBoundary(s: string, start: number, i: number, j: number, run: string, ordinals: boolean): boolean {
  if (CJK_TERMINATOR.test(run)) return true;
  if (j >= s.length) return true;
  if (!SPACE.test(s[j] ?? '')) return false; // 3.5, U.S.-based, example.com
  const rest = s.slice(j).trimStart();
  if (!rest) return true;
  const first = rest[0] ?? '';
  if (/\p{Ll}/u.test(first)) return false;
  if (/[—–-]/.test(first)) return false; // a dateline: "FRESNO, Calif. — Farmers …"; no sentence starts with a dash
  if (run !== '.') return true;
  // The word the period closes, without opening punctuation: "(Calif." → "Calif".
  const before = s.slice(start, i);
  const word = (/\S*$/.exec(before)?.[0] ?? '').replace(/^[^\p{L}\p{N}]+/u, '');
  const atParagraphStart = before.trim() === word && start === 0;
  const kind = abbreviationKind(word, rest, atParagraphStart, ordinals);
  if (kind === 'never') return false;
  if (STATES.has(word)) return !NEVER_FINAL.has(nextWord(rest));
  // Another initial ("J. A. Smith") is not the word "A" starting a sentence.
  if (kind === 'maybe') return OPENER.test(first) || (STARTERS.has(nextWord(rest)) && !/^\p{Lu}\./u.test(rest));
  return true;
}

// ---------------------------------------------------------------------------------------------
// Long sentences

/** Clause marks to break after (Latin and Arabic ones before a space); a CJK one needs no space after it. */
const CLAUSE_BREAK = /[,;:،؛](?=\s)|\s[—–](?=\s)|[，、；：]/g;

function splitLong(sentence: string, max: number): string[] {
  const out: string[] = [];
  let rest = sentence.trim();
  while (rest.length > max) {
    const cut = breakPoint(rest, max);
    const piece = rest.slice(0, cut).trim();
    if (piece) out.push(piece);
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Where to end the first piece of a too-long sentence. The pieces should be of even length (a
 * 290-character sentence as two of about 145, not 210 + "troops to Russia."), so the target is
 * the length / the number of pieces needed; the clause mark nearest the target wins if it is
 * within a third of the limit of it, else the space nearest the target, else a hard cut there.
 */
function breakPoint(s: string, max: number): number {
  const target = Math.ceil(s.length / Math.ceil(s.length / max));
  const nearest = (candidates: number[]): number | null => {
    let best: number | null = null;
    for (const k of candidates) if (k > 0 && k <= max && (best === null || Math.abs(k - target) < Math.abs(best - target))) best = k;
    return best;
  };
  const clauses = [...s.slice(0, max + 1).matchAll(CLAUSE_BREAK)].map((m) => (m.index ?? 0) + m[0].length);
  const clause = nearest(clauses);
  if (clause !== null && Math.abs(clause - target) <= max / 3) return clause;
  const spaces: number[] = [];
  for (let k = 1; k <= max && k < s.length; k++) if (SPACE.test(s[k] ?? '')) spaces.push(k);
  const space = nearest(spaces);
  if (space !== null) return space;
  // A hard cut, never between the halves of a surrogate pair.
  const code = s.charCodeAt(target - 1);
  return code >= 0xd800 && code <= 0xdbff ? target - 1 : target;
}
