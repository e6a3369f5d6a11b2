/**
 * The plain data that leaves `src/core`. Everything here is JSON-serialisable so the same
 * values travel through extension messages, the CLI's `--format json` and the test fixtures'
 * `expected.json` unchanged. Missing values are `null`, never `undefined`.
 */
import type { Finding } from './evidence.ts';

export type { Finding } from './evidence.ts';

/** A parsed distributor / copyright credit line such as
 * `©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.` */
export interface Credit {
  /** The credit line exactly as printed, with runs of white space (incl. line breaks) folded to one space. */
  copyright: string;
  copyrightYear: number | null;
  /** The rights owner as printed after the year, e.g. `Bloomberg L.P.`, `The Fresno Bee (Fresno, Calif.)`. */
  copyrightHolder: string | null;
  /** The original publisher's web site as printed (`bloomberg.com`, `www.fresnobee.com`), or a known one. */
  publisherSite: string | null;
  /** The syndicate or wire that distributed the story, by its display name (`Tribune Content Agency`). */
  distributor: string | null;
  /** Who published the story according to this credit (the syndicate, or the holder without its corporate suffix). */
  publisher: string | null;
  /** The id of the syndicate table entry that matched (`tca`, `creators`, `ap`, ...). */
  syndicateId: string;
  /** True for the catch-all family: a likely credit, not proof of syndication on its own. */
  weak: boolean;
}

/** A parsed byline such as `Alberto Nardelli, Jenny Leonard and Alex Wickham, Bloomberg News on Nov 17, 2024`. */
export interface Byline {
  /** The byline without a leading `By ` and without a trailing date. */
  byline: string;
  authors: string[];
  /** The outlet named in the byline (`Bloomberg News`), or null when the byline names people only. */
  outlet: string | null;
  /** `YYYY-MM-DD` when the byline carries a date. */
  date: string | null;
}

/** The result of the cheap detection that runs on page load (never runs Readability). */
export interface Detection {
  url: string;
  isArticle: boolean;
  syndicated: boolean;
  /** Every clue found about who published the page, as data (evidence.ts); `describeFinding` words them. */
  reasons: Finding[];
  /** When `isArticle` is false: why, in one sentence a user can read. */
  reason: string | null;
  /** The original publisher as the attribution resolver names it (for the badge), or null. */
  publisher: string | null;
  /** The host site's name (`ArcaMax`), or null. */
  siteName: string | null;
}

/** The clean article: the one output type of extraction. */
export interface CleanArticle {
  url: string;
  isArticle: true;
  syndicated: boolean;
  /** Every clue found about who published the story (evidence.ts). */
  reasons: Finding[];
  title: string;
  byline: string | null;
  authors: string[];
  /** Who really published the story (the byline outlet or the credit's holder); the site itself for original articles. */
  publisher: string | null;
  publisherSite: string | null;
  /** The site the page was read on (`ArcaMax`). */
  siteName: string | null;
  section: string | null;
  /** `YYYY-MM-DD`. */
  published: string | null;
  copyright: string | null;
  copyrightYear: number | null;
  copyrightHolder: string | null;
  distributor: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  wordCount: number;
  readingMinutes: number;
  /** The body as plain text: one paragraph per block, paragraphs joined by a blank line. */
  text: string;
  /** The body as sanitized HTML (no scripts, handlers, styles, forms, frames or unsafe URLs). */
  html: string;
}

/** What extraction returns when the page holds no article. */
export interface NoArticle {
  url: string;
  isArticle: false;
  syndicated: false;
  reasons: Finding[];
  /** One sentence a user can read: why no article was found. */
  reason: string;
  /**
   * True when the page was not read at all (not a web page, or past a size, depth or time limit),
   * false when it was read and holds no article: the popup heads the two differently.
   */
  notRead: boolean;
}

export type ExtractResult = CleanArticle | NoArticle;
