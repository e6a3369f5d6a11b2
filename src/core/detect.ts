/**
 * Detection: is this page an article, and is it syndicated? A set of named checks, each returning
 * its evidence (or null), combined by strength. Runs on page load in the content script, so it
 * only reads the live DOM with bounded walks and never runs Readability.
 *
 * Traps it guards against (shared/docs/syndication-formats.md): an AP credit under a photo
 * (credits in captions are ignored), "according to Bloomberg" in the text (credit lines must be a
 * whole block), the host site's own footer copyright (site chrome and the site's own name are
 * ignored), and the original publisher's own site (a credit or outlet naming this very site is
 * not syndication). ArcaMax comics, puzzles and section index pages are not articles.
 */
import {
  findArcamaxBreadcrumb,
  hasArcamaxTitle,
  isArcamaxHost,
  isArcamaxNonArticleSection,
  isArcamaxStoryPath,
  stripArcamaxTitle,
} from './arcamax.ts';
import { readMetadata, type PageMetadata } from './metadata.ts';
import {
  findByline,
  findCreditLine,
  findFirstParagraph,
  findHeadline,
  findPublishedIn,
  type FoundByline,
  type FoundCredit,
} from './page-scan.ts';
import { bareHost, foldSpace, normalizeName, sameSite } from './text.ts';
import type { Detection } from './types.ts';
import { unclobbered } from './unclobber.ts';

/** Everything the checks look at, gathered once per page. */
export interface PageFacts {
  url: URL | null;
  host: string;
  path: string;
  meta: PageMetadata;
  /** The headline without a site suffix. */
  title: string | null;
  siteName: string | null;
  isArcamax: boolean;
  /** The ArcaMax breadcrumb text ("/Politics /ArcaMax"), when there is one. */
  breadcrumb: string | null;
  headline: Element | null;
  byline: FoundByline | null;
  publishedIn: { section: string; element: Element } | null;
  credit: FoundCredit | null;
  firstParagraph: { text: string; element: Element } | null;
  pixel: string | null;
}

export type Strength = 'strong' | 'weak';

export interface Check {
  id: string;
  /** Strong evidence makes a page syndicated on its own; weak evidence only supports. */
  strength: Strength | ((evidence: string) => Strength);
  run(f: PageFacts): string | null;
}

export interface Finding {
  id: string;
  evidence: string;
  strength: Strength;
}

const AGENCY_DATELINE = /^(?:[\p{Lu}][\p{L}.'’ -]{1,60}?(?:,\s*[\p{Lu}][\p{L}.]+)*\s*)?\((AP|Reuters|AFP|Bloomberg|UPI|CNN|TNS|dpa)\)\s*(?:--|[-—–])\s*/u;
const PLAIN_DATELINE = /^([\p{Lu}][\p{Lu}.'’ -]{2,40}(?:,\s*[\p{Lu}][\p{L}.]+\.?)*)\s*(?:--|—|–)\s+\S/u;
const REPUBLICATION_PIXEL = /counter\.theconversation\.com\/content\/|pixel\.propublica\.org|republication-pixel=true|republication-tracker-tool/i;

function hostOfUrl(href: string | null, base: URL | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).hostname || null;
  } catch {
    return null;
  }
}

/** True when `name` is this site (by its name or its host), e.g. "Daily Herald" on dailyherald.com. */
function isOwnSite(name: string | null, f: PageFacts): boolean {
  if (!name) return false;
  const n = normalizeName(name);
  if (!n) return false;
  const site = normalizeName(f.siteName ?? '');
  const hostName = normalizeName(bareHost(f.host).replace(/\.[a-z.]+$/, '').replace(/-example$/, ''));
  if (site && (n === site || (site.length > 3 && (n.includes(site) || site.includes(n))))) return true;
  return !!hostName && hostName.length > 3 && (n === hostName || hostName.includes(n) || n.includes(hostName));
}

const quote = (s: string, max = 90): string => `"${s.length > max ? `${s.slice(0, max - 1)}…` : s}"`;

/** The checks, by id. Ids are stable: tests and `expected.json` refer to them. */
export const CHECKS: Check[] = [
  {
    id: 'arcamax-title',
    strength: 'weak',
    run: (f) => (hasArcamaxTitle(f.meta.title ?? '') ? 'title ends with "| ArcaMax Publishing"' : null),
  },
  {
    id: 'arcamax-breadcrumb',
    strength: 'weak',
    run: (f) => (f.breadcrumb ? `breadcrumb ${quote(f.breadcrumb)}` : null),
  },
  {
    id: 'arcamax-host',
    strength: 'weak',
    run: (f) => (f.host && isArcamaxHost(f.host) ? `served from ${f.host}` : null),
  },
  {
    id: 'arcamax-story-url',
    strength: 'weak',
    run: (f) => (f.isArcamax && isArcamaxStoryPath(f.path) ? `story URL ${f.path}` : null),
  },
  {
    id: 'distributor-credit',
    strength: (evidence) => (evidence.includes('(weak)') ? 'weak' : 'strong'),
    run: (f) => {
      const c = f.credit?.credit;
      if (!c) return null;
      if (c.publisherSite && f.host && sameSite(c.publisherSite, f.host)) return null;
      if (isOwnSite(c.publisher, f) && !c.distributor) return null;
      return `credit line ${quote(c.copyright)} (${c.distributor ?? 'unknown distributor'})${c.weak ? ' (weak)' : ''}`;
    },
  },
  {
    id: 'wire-dateline',
    strength: (evidence) => (evidence.startsWith('agency') ? 'strong' : 'weak'),
    run: (f) => {
      const p = f.firstParagraph?.text;
      if (!p) return null;
      const agency = AGENCY_DATELINE.exec(p);
      if (agency) return `agency dateline ${quote(agency[0].trim())}`;
      const plain = PLAIN_DATELINE.exec(p);
      return plain ? `dateline ${quote(plain[1]!)}` : null;
    },
  },
  {
    id: 'byline-outlet',
    strength: 'strong',
    run: (f) => {
      const outlet = f.byline?.byline.outlet;
      if (!outlet || isOwnSite(outlet, f)) return null;
      return `byline names ${quote(outlet)}, not the host site`;
    },
  },
  {
    id: 'jsonld-source',
    strength: 'strong',
    run: (f) => {
      const ld = f.meta.ld;
      if (ld.sourceOrganization && !isOwnSite(ld.sourceOrganization, f)) return `JSON-LD sourceOrganization ${quote(ld.sourceOrganization)}`;
      if (ld.provider && !isOwnSite(ld.provider, f)) return `JSON-LD provider ${quote(ld.provider)}`;
      const basedOn = hostOfUrl(ld.isBasedOn, f.url);
      if (basedOn && f.host && !sameSite(basedOn, f.host)) return `JSON-LD isBasedOn ${quote(ld.isBasedOn!)}`;
      if (ld.copyrightHolder && !isOwnSite(ld.copyrightHolder, f) && normalizeName(ld.copyrightHolder) !== normalizeName(ld.publisher ?? '')) {
        return `JSON-LD copyrightHolder ${quote(ld.copyrightHolder)} is not the publisher ${quote(ld.publisher ?? f.siteName ?? f.host)}`;
      }
      const credit = ld.creditText ?? ld.copyrightNotice;
      if (credit && !isOwnSite(credit.replace(/^(?:©|\(c\)|copyright)\s*\d{0,4}\s*/i, ''), f)) return `JSON-LD credit ${quote(credit)}`;
      return null;
    },
  },
  {
    id: 'meta-syndication-source',
    strength: 'strong',
    run: (f) => {
      for (const [name, value] of [['syndication-source', f.meta.syndicationSource], ['original-source', f.meta.originalSource]] as const) {
        const host = hostOfUrl(value, f.url);
        // Most such tags point at the page itself (SEO boilerplate): only another host counts.
        if (host && f.host && !sameSite(host, f.host)) return `meta ${name} → ${host}`;
      }
      return null;
    },
  },
  {
    id: 'canonical-elsewhere',
    strength: 'strong',
    run: (f) => {
      const host = hostOfUrl(f.meta.canonical, f.url);
      return host && f.host && !sameSite(host, f.host) ? `canonical link → ${host}` : null;
    },
  },
  {
    id: 'republication-pixel',
    strength: 'strong',
    run: (f) => (f.pixel ? `republication pixel ${quote(f.pixel, 70)}` : null),
  },
];

/** Removes a trailing ` | Site`, ` - Site` or ` — Site` from a title when Site is the site's name. */
export function cleanTitle(raw: string | null, siteName: string | null): string | null {
  if (!raw) return null;
  let t = stripArcamaxTitle(foldSpace(raw));
  const m = /^(.*\S)\s+[|\-—–:·•]\s+([^|—–]{2,60})$/.exec(t);
  if (m && siteName && isSameName(m[2]!, siteName)) t = m[1]!;
  return t || null;
}

function isSameName(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  return !!x && !!y && (x === y || x.includes(y) || y.includes(x));
}

function findPixel(doc: Document): string | null {
  for (const img of Array.from(doc.images ?? [])) {
    const src = img.getAttribute('src') ?? '';
    if (REPUBLICATION_PIXEL.test(src) || img.id === 'republication-tracker-tool-source') return src;
  }
  return null;
}

/** Gathers the facts the checks and the extraction share. Reads only. */
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
  const isArcamax = hasArcamaxTitle(meta.title ?? '') || (!!host && isArcamaxHost(host)) || breadcrumb !== null;
  const siteName = isArcamax ? 'ArcaMax' : (meta.siteName ?? meta.ld.publisher ?? null);
  const rawTitle = meta.ogTitle ?? meta.ld.headline ?? meta.title;
  const title = cleanTitle(rawTitle, siteName ?? bareHost(host));
  const headline = findHeadline(doc, title);
  const byline = findByline(doc, headline, title);
  const ownNames = [siteName, meta.ld.publisher, isArcamax ? 'ArcaMax Publishing' : null].filter((s): s is string => !!s);
  return {
    url: parsed,
    host,
    path,
    meta,
    title: title ?? (headline ? foldSpace(headline.textContent ?? '') : null),
    siteName,
    isArcamax,
    breadcrumb,
    headline,
    byline,
    publishedIn: findPublishedIn(doc),
    credit: findCreditLine(doc, ownNames),
    firstParagraph: findFirstParagraph(doc, headline),
    pixel: findPixel(doc),
  };
}

export function runChecks(f: PageFacts): Finding[] {
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    const evidence = check.run(f);
    if (evidence === null) continue;
    const strength = typeof check.strength === 'function' ? check.strength(evidence) : check.strength;
    findings.push({ id: check.id, evidence, strength });
  }
  return findings;
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

/** The original publisher as far as the checks tell: the byline's outlet, the JSON-LD provider, the credit's. */
export function publisherOf(f: PageFacts): string | null {
  const outlet = f.byline?.byline.outlet ?? null;
  if (outlet) return outlet;
  const provider = f.meta.ld.provider;
  if (provider && !isOwnSite(provider, f)) return provider;
  const c = f.credit?.credit;
  if (c?.publisher) return c.publisher;
  return f.meta.ld.sourceOrganization ?? null;
}

/** Decides from the findings: syndicated when any strong check fired, or on ArcaMax (which only republishes). */
export function isSyndicated(f: PageFacts, findings: Finding[]): boolean {
  if (findings.some((x) => x.strength === 'strong')) return true;
  return f.isArcamax && findings.some((x) => x.id === 'arcamax-story-url');
}

/** Cheap detection for page load: never runs Readability. */
export function detectSyndication(page: Document, url: string): Detection {
  const facts = scanPage(unclobbered(page), url);
  const reason = notArticleReason(facts);
  if (reason) {
    return { url, isArticle: false, syndicated: false, reasons: [], reason, publisher: null, siteName: facts.siteName };
  }
  const findings = runChecks(facts);
  const looksLikeArticle = facts.meta.isArticleType || (!!facts.headline && !!facts.firstParagraph) || !!facts.credit;
  const syndicated = looksLikeArticle && isSyndicated(facts, findings);
  return {
    url,
    isArticle: looksLikeArticle,
    syndicated,
    reasons: findings.map((x) => `${x.id}: ${x.evidence}`),
    reason: looksLikeArticle ? null : 'No article found on this page.',
    publisher: syndicated ? publisherOf(facts) : null,
    siteName: facts.siteName,
  };
}
