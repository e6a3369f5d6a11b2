/**
 * Parses one block of text as a syndicate credit line, using the table in `syndicates.ts`.
 * Pure: a string in, a `Credit` or null out.
 */
import { findOutlet } from './outlets.ts';
import { SYNDICATES, type SyndicateRule } from './syndicates.ts';
import { isCreditPiece, mayBeCreditLine } from './credit-hint.ts';
import { foldSpace } from './text.ts';

export { isCreditPiece, mayBeCreditLine } from './credit-hint.ts';
import type { Credit } from './types.ts';

/** Words that end with a dot that belongs to them (`L.P.`, `Inc.`, `Va.`), so the dot is kept on a holder. */
const ABBREVIATION_END = /(?:(?:^|[\s(])(?:[A-Z]\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|Assn|Synd|St|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.)$/;
const DOMAIN = /\b((?:[a-z0-9-]+\.)+[a-z]{2,})\b/gi;
/**
 * Drops the punctuation that separates a holder from what follows, but keeps the dot of an
 * abbreviation (`Bloomberg L.P.`, `CQ-Roll Call, Inc.`). `next` is the text that followed the holder.
 */
function tidyHolder(raw: string, next: string): string | null {
  let s = raw.trim();
  if (next.startsWith('.') && !s.endsWith('.')) s += '.';
  s = s.replace(/[\s,;:]+$/, '');
  if (s.endsWith('.') && !ABBREVIATION_END.test(s)) s = s.slice(0, -1).trimEnd();
  return s || null;
}

/** The holder's name without corporate suffixes: `Bloomberg L.P.` → `Bloomberg`. */
function displayName(holder: string): string {
  return holder.replace(/,?\s+(?:L\.?P\.?|LLC\.?|Inc\.?|Co\.|Corp\.?|Ltd\.?|Company)$/i, '').trim();
}

function lastDomain(s: string): string | null {
  const all = [...s.matchAll(DOMAIN)].map((m) => m[1]!);
  return all.length ? all[all.length - 1]!.toLowerCase() : null;
}

function canonicalDistributor(printed: string): string {
  if (/tribune content agency/i.test(printed)) return 'Tribune Content Agency';
  if (/^andrews mcmeel/i.test(printed)) return 'Andrews McMeel Syndication';
  return printed.trim();
}

function buildCredit(rule: SyndicateRule, m: RegExpExecArray, line: string): Credit {
  const g = m.groups ?? {};
  const year = g.year ?? g.year2;
  let holder: string | null = null;
  let visit: string | null = null;
  if (g.holder !== undefined) {
    const end = (m.indices?.groups?.holder?.[1]) ?? 0;
    holder = tidyHolder(g.holder, line.slice(end));
  } else if (g.body !== undefined) {
    // body = "<Holder>[ Visit <Paper> at <site>]": split off the Visit part.
    const end = (m.indices?.groups?.body?.[1]) ?? 0;
    const split = /^(.*?)([\s.,]*)\bVisit(?:e|ez)?\b\s*(.*)$/i.exec(g.body);
    holder = split ? tidyHolder(split[1]!, split[2]!) : tidyHolder(g.body, line.slice(end));
    visit = split ? split[3]! : null;
  }
  const known = holder ? findOutlet(holder) : null;
  const site = (visit ? lastDomain(visit) : null) ?? rule.site ?? known?.site ?? null;
  let distributor = rule.distributor;
  if (rule.keepPrintedDistributor && g.dist) distributor = canonicalDistributor(g.dist);
  else if (rule.holderDistributes && holder) distributor = known?.name ?? holder;
  return {
    copyright: line,
    copyrightYear: year ? Number(year) : null,
    copyrightHolder: holder,
    publisherSite: site,
    distributor: distributor || null,
    publisher: rule.publisher ?? (holder ? displayName(holder) : null),
    syndicateId: rule.id,
    weak: rule.weak === true,
  };
}


/** A name as printed: a capital first ("The Conversation", "ProPublica", "the Texas Tribune"). */
const CAPITALISED = /^(?:the\s+)?[\p{Lu}\d]/u;

/**
 * Parses one block (a paragraph, or a few lines joined by line breaks) as a credit line.
 * Returns null for anything that is not a whole credit line.
 */
export function parseCreditLine(text: string): Credit | null {
  const line = foldSpace(text);
  if (!line || !mayBeCreditLine(line)) return null;
  for (const rule of SYNDICATES) {
    for (const pattern of rule.patterns) {
      const m = pattern.exec(line);
      if (m && rule.capitalisedHolder && !CAPITALISED.test(m.groups?.holder ?? '')) continue;
      if (m) return buildCredit(rule, m, line);
    }
  }
  return null;
}


export interface CreditRun {
  credit: Credit;
  /** The first and one past the last of the texts that make it up. */
  start: number;
  end: number;
}

/**
 * The credit line that `texts[i]` belongs to, assembled from up to three adjacent texts (blocks,
 * or lines split by `<br>`), joined with one space: `©2024 Los Angeles Times. Visit at latimes.com.`
 * + `Distributed by Tribune Content Agency, LLC.` is one credit. The longest run that parses wins;
 * every piece of a run longer than one must read as a piece of a credit (`isCreditPiece`).
 */
export function creditAround(texts: readonly string[], i: number): CreditRun | null {
  let best: CreditRun | null = null;
  for (let start = Math.max(0, i - 2); start <= i; start++) {
    for (let end = i + 1; end <= Math.min(texts.length, start + 3); end++) {
      const pieces = texts.slice(start, end);
      if (pieces.length > 1 && !pieces.every(isCreditPiece)) continue;
      const credit = parseCreditLine(pieces.join(' '));
      if (!credit) continue;
      const better = !best || (best.credit.weak && !credit.weak) || (best.credit.weak === credit.weak && end - start > best.end - best.start);
      if (better) best = { credit, start, end };
    }
  }
  return best;
}
