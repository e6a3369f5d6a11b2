/**
 * Page markup: `<meta>` tags, `<link rel=canonical>` and JSON-LD, read once into plain data. Here
 * the fields that say who published the story, which the on-load pre-check reads; metadata.ts
 * adds dates, language and section for detection and extraction (the pre-check ships without
 * the date parser).
 * JSON-LD is parsed with JSON.parse only (never evaluated) and any malformed block is skipped.
 */
import { foldSpace } from './text.ts';

/** What the page's markup says of who published it: read by the pre-check and by detection. */
export interface AttributionMarkup {
  title: string | null;
  ogTitle: string | null;
  siteName: string | null;
  canonical: string | null;
  syndicationSource: string | null;
  originalSource: string | null;
  /** From JSON-LD (`NewsArticle` and kin). */
  ld: {
    headline: string | null;
    authors: string[];
    publisher: string | null;
    copyrightHolder: string | null;
    copyrightNotice: string | null;
    creditText: string | null;
    sourceOrganization: string | null;
    isBasedOn: string | null;
    provider: string | null;
  };
}

type Json = Record<string, unknown>;

/** All `<meta>` values by lower-cased property/name (first one wins), read in one pass: a selector per key is slow on big pages. */
function metaTable(doc: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && content.trim() && !table.has(key)) table.set(key, foldSpace(content));
  }
  return table;
}

function first(table: Map<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = table.get(key);
    if (v) return v;
  }
  return null;
}

/**
 * The name of a JSON-LD thing: a string, `{name}`, a reference `{"@id": "#publisher"}` to a thing
 * elsewhere in the page's JSON-LD, or the first of an array. An id or a URL is never a name.
 */
function nameOf(v: unknown, byId: Map<string, Json> = new Map(), depth = 0): string | null {
  if (typeof v === 'string') return foldSpace(v) || null;
  if (depth > 3) return null;
  if (Array.isArray(v)) return v.length ? nameOf(v[0], byId, depth + 1) : null;
  if (v && typeof v === 'object') {
    const o = v as Json;
    if (o.name !== undefined) return nameOf(o.name, byId, depth + 1);
    const ref = typeof o['@id'] === 'string' ? byId.get(o['@id']) : undefined;
    return ref && ref !== o ? nameOf(ref, byId, depth + 1) : null;
  }
  return null;
}

function namesOf(v: unknown, byId: Map<string, Json>): string[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  return list.map((x) => nameOf(x, byId)).filter((n): n is string => !!n);
}

function urlOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.length ? urlOf(v[0]) : null;
  if (v && typeof v === 'object') return urlOf((v as Json).url ?? (v as Json)['@id']);
  return null;
}

// Article, NewsArticle and its five kinds, ScholarlyArticle, BlogPosting, LiveBlogPosting, Report,
// SocialMediaPosting (written folded: this ships in the on-load pre-check, which has a size budget).
const ARTICLE_TYPES = /^(?:(?:(?:Reportage|Analysis|Opinion|Background|Review)?News|Scholarly)?Article|(?:Live)?BlogPosting|Report|SocialMediaPosting)$/;

function isArticleThing(o: Json): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

/** All JSON-LD objects on the page, `@graph`s flattened. */
function jsonLdThings(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Json;
      out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Malformed JSON-LD is common in the wild; it simply gives no data.
    }
  }
  return out;
}

function canonicalOf(doc: Document): string | null {
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) return link.getAttribute('href')?.trim() || null;
  }
  return null;
}

/** The page's meta tags and JSON-LD, read once, for the readers below and in metadata.ts. */
export interface MarkupSources {
  doc: Document;
  /** The first of these `<meta>` keys that has a value. */
  meta(...keys: string[]): string | null;
  /** A field of the page's article in JSON-LD (`NewsArticle` and kin). */
  article(key: string): unknown;
  /** A JSON-LD thing's name (references resolved). */
  name(v: unknown): string | null;
  names(v: unknown): string[];
  isArticleType: boolean;
}

export function markupSources(doc: Document): MarkupSources {
  const table = metaTable(doc);
  const things = jsonLdThings(doc);
  const byId = new Map<string, Json>();
  for (const t of things) if (typeof t['@id'] === 'string' && (t.name !== undefined || !byId.has(t['@id']))) byId.set(t['@id'], t);
  const article = things.find(isArticleThing) ?? null;
  return {
    doc,
    meta: (...keys) => first(table, ...keys),
    article: (key) => (article ? article[key] : undefined),
    name: (v) => nameOf(v, byId),
    names: (v) => namesOf(v, byId),
    isArticleType: !!article,
  };
}

export function readAttributionMarkup(src: MarkupSources): AttributionMarkup {
  const { doc, meta, article: a, name } = src;
  return {
    title: foldSpace(doc.title ?? '') || null,
    ogTitle: meta('og:title', 'twitter:title'),
    siteName: meta('og:site_name', 'application-name'),
    canonical: canonicalOf(doc),
    syndicationSource: meta('syndication-source'),
    originalSource: meta('original-source'),
    ld: {
      headline: name(a('headline')),
      authors: src.names(a('author')),
      publisher: name(a('publisher')),
      copyrightHolder: name(a('copyrightHolder')),
      copyrightNotice: name(a('copyrightNotice')),
      creditText: name(a('creditText')),
      sourceOrganization: name(a('sourceOrganization')),
      isBasedOn: urlOf(a('isBasedOn') ?? a('isBasedOnUrl')),
      provider: name(a('provider')),
    },
  };
}

/** The tracking images publishers hand to the sites that republish their stories (The Conversation, ProPublica, the republication plugin). */
const REPUBLICATION_PIXEL = /counter\.theconversation\.com\/content\/|pixel\.propublica\.org|republication-pixel=true|republication-tracker-tool/i;

/** The source of the page's republication pixel, or null. */
export function findPixel(doc: Document): string | null {
  for (const img of Array.from(doc.images ?? [])) {
    const src = img.getAttribute('src') ?? '';
    if (REPUBLICATION_PIXEL.test(src) || img.id === 'republication-tracker-tool-source') return src;
  }
  return null;
}
