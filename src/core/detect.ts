/**
 * Detection: is this page an article, and is it syndicated? The page is scanned once into facts
 * (`scanPage`), the facts into typed findings (findings.ts), and the one attribution resolver
 * (attribution.ts) decides. Runs on page load in the content script, so it only reads the live
 * DOM with bounded walks and never runs Readability.
 *
 * ArcaMax comics, puzzles and section index pages are not articles.
 */
import {
  findArcamaxBreadcrumb,
  hasArcamaxTitle,
  isArcamaxHost,
  isArcamaxNonArticleSection,
  isArcamaxStoryPath,
  stripArcamaxTitle,
} from './arcamax.ts';
import { resolveAttribution } from './attribution.ts';
import type { Finding } from './evidence.ts';
import { collectFindings } from './findings.ts';
import { findPixel } from './markup.ts';
import { readMetadata, type PageMetadata } from './metadata.ts';
import { findOutlet, isOutletHome, outletOfHost } from './outlets.ts';
import { isOwnName } from './own-names.ts';
import {
  findByline,
  findCreditLine,
  findLeadParagraphs,
  findSignOff,
  findTitleText,
  findProviderLabel,
  findPublishedIn,
  type FoundByline,
  type FoundCredit,
  type FoundProvider,
} from './page-scan.ts';
import { findHeadline } from './page-regions.ts';
import { bareHost, brandLabel, foldSpace, normalizeName, sameSite } from './text.ts';
import type { Detection } from './types.ts';
import { protoCall, protoGet, unclobbered } from './unclobber.ts';

/** Everything the findings are made from, gathered once per page. */
export interface PageFacts {
  url: URL | null;
  host: string;
  path: string;
  meta: PageMetadata;
  /** The headline without a site suffix. */
  title: string | null;
  siteName: string | null;
  isArcamax: boolean;
  isArcamaxTitle: boolean;
  /** The ArcaMax breadcrumb text ("/Politics /ArcaMax"), when there is one. */
  breadcrumb: string | null;
  headline: Element | null;
  byline: FoundByline | null;
  publishedIn: { section: string; element: Element } | null;
  credit: FoundCredit | null;
  provider: FoundProvider | null;
  firstParagraph: { text: string; element: Element } | null;
  /** The first few paragraphs (the dateline is in the first, unless a notice or caption came first). */
  leadParagraphs: { text: string; element: Element }[];
  /** A story paragraph that ends with a wire's sign-off ("… the US. PTI"). */
  signOff: { code: string; text: string; element: Element } | null;
  pixel: string | null;
  /** True when a name is the host's own: its name, its brand or a section of it, its site. */
  isOwn: (name: string | null | undefined) => boolean;
}


/**
 * The host's own names, normalized: its site name, JSON-LD publisher, the brand in its host name
 * (`dailyherald` for www.dailyherald.com) and, when the gazetteer knows the host, that outlet's names.
 */
function ownNamesOf(host: string, names: (string | null)[]): string[] {
  const own = names.filter((n): n is string => !!n).map(normalizeName);
  if (host) own.push(normalizeName(brandLabel(host)));
  const known = host ? outletOfHost(host) : null;
  if (known) own.push(...[known.name, ...known.variants].map(normalizeName));
  return [...new Set(own.filter((n) => n.length >= 2))];
}

/** The test behind `PageFacts.isOwn`: a known outlet of this site, or one of its names. */
function ownTest(host: string, ownNames: string[]): (name: string | null | undefined) => boolean {
  const site = bareHost(host);
  return (name) => {
    if (!name) return false;
    const known = findOutlet(name);
    if (known && site && isOutletHome(known, site)) return true;
    return isOwnName(name, ownNames);
  };
}

/**
 * Removes the site's name from a title: a trailing ` | Site`, ` - Site` or ` — Site`, or a leading
 * `Site - ` (older sites' "The Pemberton Ledger - Laid off? …"), when Site is the site's name.
 */
export function cleanTitle(raw: string | null, siteName: string | null): string | null {
  if (!raw) return null;
  let t = stripArcamaxTitle(foldSpace(raw));
  const m = /^(.*\S)\s+[|\-—–:·•]\s+([^|—–]{2,60})$/.exec(t);
  const lead = /^([^|—–:]{2,60}?)\s+[|\-—–:·•]\s+(.*\S)$/.exec(t);
  if (m && siteName && isSameName(m[2]!, siteName)) t = m[1]!;
  else if (lead && siteName && normalizeName(siteName) && normalizeName(lead[1]!) === normalizeName(siteName)) t = lead[2]!;
  return t || null;
}

function isSameName(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  return !!x && !!y && (x === y || x.includes(y) || y.includes(x));
}


/** Gathers the facts the findings and the extraction share. Reads only. */
export function scanPage(doc: Document, url: string): PageFacts {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  const host = parsed?.hostname ?? '';
  const path = parsed?.pathname ?? '';
  const meta = readMetadata(doc);
  const breadcrumb = findArcamaxBreadcrumb(doc);
  const isArcamaxTitle = hasArcamaxTitle(meta.title ?? '');
  const isArcamax = isArcamaxTitle || (!!host && isArcamaxHost(host)) || breadcrumb !== null;
  // The JSON-LD publisher is the host's own name, unless it is a known outlet elsewhere: some
  // sites name the wire there ("Associated Press" on a member paper's copy).
  const ldOutlet = meta.ld.publisher ? findOutlet(meta.ld.publisher) : null;
  const ldIsHost = !ldOutlet || !host || sameSite(ldOutlet.site, host);
  const siteName = isArcamax ? 'ArcaMax' : siteNameOf(meta.siteName ?? (ldIsHost ? meta.ld.publisher : null), host);
  const fromMarkup = meta.ogTitle ?? meta.ld.headline;
  const cleaned = cleanTitle(fromMarkup ?? meta.title, siteName ?? bareHost(host));
  const headline = findHeadline(doc, cleaned) ?? findTitleText(doc, cleaned);
  // The visible headline wins over document.title, which a page script may have changed.
  const visible = headline ? foldSpace(headline.textContent ?? '') : null;
  const title = fromMarkup || !visible || (cleaned && normalizeName(visible) === normalizeName(cleaned)) ? (cleaned ?? visible) : visible;
  const leadParagraphs = findLeadParagraphs(doc, headline);
  const firstParagraph = leadParagraphs[0] ?? null;
  const byline = findByline(doc, headline, title, firstParagraph?.element ?? null);
  const siteNames = [siteName, ldIsHost ? meta.ld.publisher : null, isArcamax ? 'ArcaMax Publishing' : null];
  return {
    url: parsed,
    host,
    path,
    meta,
    title,
    siteName,
    isArcamax,
    isArcamaxTitle,
    breadcrumb,
    headline,
    byline,
    publishedIn: findPublishedIn(doc),
    credit: findCreditLine(doc, siteNames.filter((n): n is string => !!n), firstParagraph?.element ?? null),
    provider: findProviderLabel(doc, headline, firstParagraph?.element ?? null, byline?.element ?? null),
    firstParagraph,
    leadParagraphs,
    signOff: findSignOff(doc),
    pixel: findPixel(doc),
    isOwn: ownTest(host, ownNamesOf(host, siteNames)),
  };
}

/**
 * The site's name: `og:site_name` (or the JSON-LD publisher), unless it is a bare one-word label
 * that is neither an outlet nor the brand of a host the gazetteer knows ("Hosted" on AP's pages).
 */
function siteNameOf(declared: string | null, host: string): string | null {
  const known = host ? outletOfHost(host) : null;
  if (!declared) return known?.name ?? null;
  if (!known || /\s/.test(declared) || findOutlet(declared)) return declared;
  const d = normalizeName(declared);
  return normalizeName(known.name).includes(d) || normalizeName(brandLabel(host)).includes(d) ? declared : known.name;
}

/** Why a page is not an article, or null when it may be one. */
export function notArticleReason(f: PageFacts): string | null {
  if (f.isArcamax && isArcamaxNonArticleSection(f.path, f.meta.title ?? '')) {
    return 'This is an ArcaMax comics or puzzles page, not an article.';
  }
  if (f.isArcamax && f.path && !isArcamaxStoryPath(f.path)) {
    return 'This is an ArcaMax section index (a list of stories), not an article.';
  }
  return null;
}

/** True on an ArcaMax story page (ArcaMax only republishes). */
export function isArcamaxStory(f: PageFacts): boolean {
  return f.isArcamax && isArcamaxStoryPath(f.path);
}

/**
 * Detection's scan of a page, kept for extraction to reuse: the content script detects on load,
 * the user asks for the article later in the same page (another script of ours, the same
 * JavaScript world, so the store lives on the global object under a registered symbol). A scan
 * is reused only for the same document and URL, and only while the page has the same number of
 * elements, the same length of text, and still holds every element the scan found; otherwise
 * extraction scans again. (The text's length catches a page script that writes a credit line or a
 * byline into an element that was already there, which the element count does not.)
 * Pages read through a de-clobbered copy are not stored (the copy is extraction's own).
 */
interface StoredScan {
  url: string;
  facts: PageFacts;
  elements: number;
  textLength: number;
}
const SCANS = Symbol.for('syndicated-reader.page-scans');

function scanStore(): WeakMap<Document, StoredScan> {
  const scope = globalThis as typeof globalThis & { [SCANS]?: WeakMap<Document, StoredScan> };
  return (scope[SCANS] ??= new WeakMap());
}

function elementCount(doc: Document): number {
  return protoCall<HTMLCollection>(doc, 'getElementsByTagName', '*').length;
}

/** The length of the page's text (read through the prototypes: a page may name an element "body"). */
function textLength(doc: Document): number {
  const root = protoGet(doc, 'documentElement') as Element | null;
  return root ? ((protoGet(root, 'textContent') as string | null) ?? '').length : 0;
}

function scannedElements(f: PageFacts): (Element | null | undefined)[] {
  return [f.headline, f.byline?.element, f.publishedIn?.element, ...(f.credit?.elements ?? []), f.provider?.element, ...f.leadParagraphs.map((p) => p.element), f.signOff?.element];
}

/** The stored scan of `page` at `url`, when the page has not changed in a way that could make it stale. */
export function reusableScan(page: Document, url: string): PageFacts | null {
  const stored = scanStore().get(page);
  if (!stored || stored.url !== url || stored.elements !== elementCount(page) || stored.textLength !== textLength(page)) return null;
  const live = scannedElements(stored.facts).every((el) => !el || (el.isConnected && el.ownerDocument === page));
  return live ? stored.facts : null;
}

/** Cheap detection for page load: never runs Readability. */
export function detectSyndication(page: Document, url: string): Detection {
  const doc = unclobbered(page);
  const facts = scanPage(doc, url);
  if (doc === page) scanStore().set(page, { url, facts, elements: elementCount(page), textLength: textLength(page) });
  const reason = notArticleReason(facts);
  if (reason) {
    return { url, isArticle: false, syndicated: false, reasons: [], reason, publisher: null, siteName: facts.siteName };
  }
  const findings: Finding[] = collectFindings(facts);
  const looksLikeArticle = facts.meta.isArticleType || (!!facts.headline && !!facts.firstParagraph) || !!facts.credit;
  const attribution = resolveAttribution({ findings, isArcamaxStory: isArcamaxStory(facts), siteName: facts.siteName, host: facts.host });
  const syndicated = looksLikeArticle && attribution.syndicated;
  return {
    url,
    isArticle: looksLikeArticle,
    syndicated,
    reasons: findings,
    reason: looksLikeArticle ? null : 'No article found on this page.',
    publisher: syndicated ? attribution.publisher : null,
    siteName: facts.siteName,
  };
}
