/**
 * Credit-line families: how the story's own credit is printed at the end of the body, and what the
 * expected copyright fields are for it. The shapes follow the credit lines in docs/attribution.md.
 */
import { type Outlet, TCA_SOURCES } from './outlets.ts';

export interface Credit {
  /** The printed pieces: one block, or 2–3 adjacent blocks / `<br>` lines. */
  pieces: string[];
  joiner: 'one' | 'paras' | 'br';
  /** Expected `copyright`: the pieces joined with one space. */
  copyright: string;
  year: number | null;
  holder: string | null;
  distributor: string;
  /** The site the credit prints ("Visit bloomberg.com"), lower-cased; it wins as publisherSite. */
  printedSite: string | null;
  /** Print a `_____` rule before the credit (TCA and AP house style). */
  rule: boolean;
}

export interface Family {
  id: string;
  syndicated: boolean;
  /** Outlet ids whose stories come with this credit. */
  sources: string[];
  /** Story kind the family carries. */
  kind: 'news' | 'column' | 'research';
  lang: 'en' | 'es' | 'fr';
  /** The credit for outlet `o`, year `y`, and a per-page variant number; null: no credit line. */
  credit(o: Outlet, y: number, variant: number, columnist: string): Credit | null;
}

const TCA = 'Tribune Content Agency';
const credit = (pieces: string[], joiner: Credit['joiner'], year: number | null, holder: string | null, distributor: string,
  printedSite: string | null, rule = false): Credit =>
  ({ pieces, joiner, copyright: pieces.join(' '), year, holder, distributor, printedSite: printedSite?.toLowerCase() ?? null, rule });

/** "Visit at latimes.com" / "Visit bloomberg.com" / "Visit The Fresno Bee (Fresno, Calif.) at www.fresnobee.com" (no final dot). */
const visitClause = (o: Outlet): string | null =>
  o.visit === 'at' ? `Visit at ${o.printedSite}` : o.visit === 'bare' ? `Visit ${o.printedSite}` : o.visit === 'name-at' ? `Visit ${o.holder} at ${o.printedSite}` : null;
/** The holder followed by its sentence end, never doubling an abbreviation's dot ("Bloomberg L.P."). */
const held = (o: Outlet): string => (o.rights ? `${o.holder}, All Rights Reserved.` : o.holder.endsWith('.') ? o.holder : `${o.holder}.`);
/** One-line TCA credit with a given mark ("©", "(c)", "Copyright ", …). */
const tcaLine = (mark: string, o: Outlet, y: number, tail = 'Distributed by Tribune Content Agency, LLC.'): string => {
  const v = visitClause(o);
  if (!v && !o.rights && o.holder.endsWith(')')) return `${mark}${y} ${o.holder}, ${tail}`; // the AJC form: "(Atlanta, Ga.), Distributed by …"
  return `${mark}${y} ${held(o)} ${v ? `${v}. ` : ''}${tail}`;
};
const withVisit = TCA_SOURCES.filter((id) => !['kff', 'cqrollcall', 'ajc', 'orchard'].includes(id));

export const FAMILIES: Family[] = [
  { id: 'tca-one-line', syndicated: true, sources: TCA_SOURCES, kind: 'news', lang: 'en',
    credit: (o, y) => credit([tcaLine('©', o, y)], 'one', y, o.holder, TCA, o.printedSite, true) },
  { id: 'tca-two-blocks', syndicated: true, sources: TCA_SOURCES, kind: 'news', lang: 'en',
    credit: (o, y) => {
      const v = visitClause(o);
      return credit([`©${y} ${held(o)}${v ? ` ${v}.` : ''}`, 'Distributed by Tribune Content Agency, LLC.'], 'paras', y, o.holder, TCA, o.printedSite, true);
    } },
  { id: 'tca-three-br', syndicated: true, sources: withVisit, kind: 'news', lang: 'en',
    credit: (o, y) => credit([`(c)${y} ${o.holder}`, visitClause(o)!, 'Distributed by Tribune Content Agency, LLC.'], 'br', y, o.holder, TCA, o.printedSite) },
  { id: 'tca-three-paras', syndicated: true, sources: withVisit, kind: 'news', lang: 'en',
    credit: (o, y) => credit([`©${y} ${o.holder}`, visitClause(o)!, 'Distributed by Tribune Content Agency, LLC.'], 'paras', y, o.holder, TCA, o.printedSite, true) },
  { id: 'tca-mark-spellings', syndicated: true, sources: TCA_SOURCES, kind: 'news', lang: 'en',
    credit: (o, y, v) => {
      const marks = ['Copyright ', '(c)', '© ', '(C) ', 'COPYRIGHT ', 'Copyright © ', 'Copyright (c) ', '© Copyright '];
      const tails = ['Distributed by Tribune Content Agency, LLC.', 'Distributed by Tribune Content Agency.', 'Distributed by Tribune Content Agency, LLC'];
      return credit([tcaLine(marks[v % marks.length]!, o, y, tails[v % tails.length]!)], 'one', y, o.holder, TCA, o.printedSite, v % 2 === 0);
    } },
  { id: 'tca-spanish', syndicated: true, sources: ['elnuevo'], kind: 'news', lang: 'es',
    credit: (o, y) => credit([`©${y} ${o.holder}. Visite ${o.printedSite}. Distribuido por Tribune Content Agency, LLC.`], 'one', y, o.holder, TCA, o.printedSite, true) },
  { id: 'tca-french', syndicated: true, sources: ['lemonde'], kind: 'news', lang: 'fr',
    credit: (o, y) => credit([`© ${y} ${o.holder}. Visitez ${o.printedSite}. Distribué par Tribune Content Agency, LLC.`], 'one', y, o.holder, TCA, o.printedSite, true) },
  { id: 'ap-rights', syndicated: true, sources: ['ap'], kind: 'news', lang: 'en',
    credit: (_o, y, v) => credit([`Copyright ${y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed${v % 2 ? '.' : ' without permission.'}`],
      'one', y, 'The Associated Press', 'The Associated Press', null, v % 3 === 0) },
  { id: 'nyt-originally', syndicated: true, sources: ['nyt'], kind: 'news', lang: 'en',
    credit: (_o, y, v) => credit(['This article originally appeared in The New York Times.', `©${y} The New York Times Company`], v % 2 ? 'br' : 'paras',
      y, 'The New York Times Company', 'New York Times News Service', null) },
  { id: 'andrews-mcmeel', syndicated: true, sources: ['amu'], kind: 'column', lang: 'en',
    credit: (_o, y, v) => v % 2
      ? credit(['DISTRIBUTED BY ANDREWS MCMEEL SYNDICATION FOR UFS'], 'one', null, null, 'Andrews McMeel Syndication', null)
      : credit([`© ${y}, Andrews McMeel Syndication.`], 'one', y, 'Andrews McMeel Syndication', 'Andrews McMeel Syndication', null) },
  { id: 'king-features', syndicated: true, sources: ['king'], kind: 'column', lang: 'en',
    credit: (_o, y, v, columnist) => v % 2
      ? credit([`(c) ${y} ${columnist}. Distributed by King Features Syndicate, Inc.`], 'one', y, columnist, 'King Features Syndicate', null)
      : credit([`Copyright ${y} King Features Synd., Inc.`], 'one', y, 'King Features Synd., Inc.', 'King Features Syndicate', null) },
  { id: 'wpwg', syndicated: true, sources: ['wpwg'], kind: 'column', lang: 'en',
    credit: (_o, y) => credit([`(c) ${y}, Washington Post Writers Group`], 'one', y, 'Washington Post Writers Group', 'Washington Post Writers Group', null) },
  { id: 'creators', syndicated: true, sources: ['creators'], kind: 'column', lang: 'en',
    credit: (_o, y, v) => v % 2
      ? credit([`Copyright ${y} Creators.com.`], 'one', y, 'Creators.com', 'Creators Syndicate', null)
      : credit([`COPYRIGHT ${y} CREATORS.COM`], 'one', y, 'CREATORS.COM', 'Creators Syndicate', null) },
  { id: 'conversation-cc', syndicated: true, sources: ['conversation'], kind: 'research', lang: 'en',
    credit: (_o, _y, v) => credit([`This article is republished from The Conversation under a Creative Commons ${v % 3 === 2 ? 'licence' : 'license'}. Read the original article.`],
      'one', null, null, 'The Conversation', null) },
  { id: 'reuters-thomson', syndicated: true, sources: ['reuters'], kind: 'news', lang: 'en',
    credit: (_o, y, v) => v % 2
      ? credit([`© Thomson Reuters ${y}`], 'one', y, 'Thomson Reuters', 'Reuters', null)
      : credit([`Copyright ${y} Thomson Reuters. All Rights Reserved.`], 'one', y, 'Thomson Reuters', 'Reuters', null) },
  { id: 'syndigate', syndicated: true, sources: ['gulfnews', 'levantstar'], kind: 'news', lang: 'en',
    credit: (o, y, v) => v % 2
      ? credit(['Via SyndiGate.info', `Copyright © ${y} ${o.holder}. All rights reserved.`], v % 4 === 1 ? 'br' : 'paras', y, o.holder, 'SyndiGate', null)
      : credit([`Copyright © ${y} ${o.holder}. All rights reserved. Provided by SyndiGate Media Inc. (Syndigate.info).`], 'one', y, o.holder, 'SyndiGate', null) },
  // A wire's own copyright alone closes the story: no dateline, no agency in the byline.
  { id: 'wire-copyright', syndicated: true, sources: ['afp', 'efe'], kind: 'news', lang: 'en',
    credit: (o, y, v) => o.id === 'afp'
      ? credit([v % 2 ? `© ${y} AFP` : `Copyright © ${y} Agence France-Presse. All rights reserved.`], 'one', y, v % 2 ? 'AFP' : 'Agence France-Presse', 'Agence France-Presse', null)
      : credit([`(c) ${y}, Agencia EFE`], 'one', y, 'Agencia EFE', 'EFE', null) },
  { id: 'wire-no-credit', syndicated: true, sources: ['ap', 'reuters', 'afp', 'bloomberg', 'dpa', 'efe'], kind: 'news', lang: 'en',
    credit: () => null },
  { id: 'original', syndicated: false, sources: [], kind: 'news', lang: 'en', credit: () => null },
];

export const family = (id: string): Family => {
  const f = FAMILIES.find((x) => x.id === id);
  if (!f) throw new Error(`unknown family ${id}`);
  return f;
};
