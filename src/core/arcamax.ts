/**
 * ArcaMax identity (docs/arcamax.md). ArcaMax's class names are unverified, so
 * these checks read the title, the URL and visible text, never one site's selectors. The site
 * is served from mirror hosts too, so the host is one signal among several, not a gate.
 */
import { foldSpace } from './text.ts';

/** The mirror and newsletter hosts seen serving ArcaMax pages (anatomy a1). */
export const ARCAMAX_HOSTS = [
  'arcamax.com',
  'arcamaxezine.com',
  'ard.arcamaxmails.com',
  'ard.arcamax-newletter.com',
  'ard.arcamaxupdates.com',
  'ard.arcamax-plans.com',
  'ard.toparcamaxoffers.com',
  'ard.bingeeducate.com',
  'ard.bingeeducational.com',
  'ard.bingestars.com',
  'ard.triviastreaks.com',
  'ard.triviastreaker.com',
] as const;

export const ARCAMAX_TITLE_SUFFIX = /\s*\|\s*ArcaMax Publishing\s*$/i;
const COMICS_TITLE = /\|\s*Comics\s*\|\s*ArcaMax Publishing\s*$/i;
/** Story pages: `/s-NNNNNNN`, legacy `/s-640361-161329`, page two `-p2` (anatomy a2). */
export const ARCAMAX_STORY_PATH = /\/s-\d{6,8}(?:-\d+)?(?:-p\d+)?\/?$/;
/** Sections that hold no articles: comics, puzzles and games. */
const NON_ARTICLE_SECTION = /^\/(?:thefunnies|comics|games|puzzles|entertainment\/(?:games|puzzles)|funnies|horoscopes?|crosswords?|sudoku|jokes|trivia)(?:\/|$)/i;

export function isArcamaxHost(host: string): boolean {
  const h = host.toLowerCase();
  return h.includes('arcamax') || ARCAMAX_HOSTS.some((known) => h === known || h.endsWith(`.${known}`));
}

export function hasArcamaxTitle(title: string): boolean {
  return ARCAMAX_TITLE_SUFFIX.test(title);
}

export function isArcamaxStoryPath(path: string): boolean {
  return ARCAMAX_STORY_PATH.test(path);
}

/** Comic, puzzle and game pages: the title's `| Comics |` or a non-article section path. */
export function isArcamaxNonArticleSection(path: string, title: string): boolean {
  return COMICS_TITLE.test(title) || NON_ARTICLE_SECTION.test(path);
}

/**
 * The breadcrumb rendered as "/Politics" "/ArcaMax": a link reading "ArcaMax" (or "/ArcaMax") in a
 * short run of text with a slash before "ArcaMax". Looks only at links, so it stays cheap.
 */
export function findArcamaxBreadcrumb(doc: Document): string | null {
  // The breadcrumb sits near the top: the first 3,000 links are enough on any page.
  for (const el of Array.from(doc.getElementsByTagName('a')).slice(0, 3000)) {
    // A breadcrumb item holds a word or two; skip links wrapping markup without reading their text.
    if (el.childElementCount > 1) continue;
    const own = el.textContent ?? '';
    if (own.length > 20 || !/^\s*\/?\s*ArcaMax\s*$/i.test(own)) continue;
    // The slash may sit in the link, beside it, or in the previous item of a list (two levels up).
    for (let up: Element | null = el, depth = 0; up && depth < 3; up = up.parentElement, depth++) {
      const context = foldSpace(up.textContent ?? '');
      if (context.length > 120) break;
      if (/\/\s*ArcaMax\b/i.test(context)) return context;
    }
  }
  return null;
}

/** `Headline | ArcaMax Publishing` → `Headline`. */
export function stripArcamaxTitle(title: string): string {
  return title.replace(ARCAMAX_TITLE_SUFFIX, '').trim();
}
