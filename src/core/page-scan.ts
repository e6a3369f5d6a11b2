/**
 * DOM scans shared by detection and extraction: the headline, the byline, the "Published in"
 * label, the `_____` rule, the credit line, the first paragraph. Each is a bounded walk over the
 * live document that only reads (never writes) and never runs Readability, so detection on page
 * load stays cheap.
 */
import { parseByline, looksLikeOutlet } from './byline.ts';
import { mayBeCreditLine, parseCreditLine } from './credit-line.ts';
import { foldSpace, normalizeName } from './text.ts';
import type { Byline, Credit } from './types.ts';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'TD', 'TH', 'LI', 'DD', 'DT', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'FOOTER', 'HEADER', 'ASIDE',
  'FIGCAPTION', 'FIGURE', 'CENTER', 'BODY', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'ADDRESS', 'TABLE', 'UL', 'OL', 'NAV', 'FORM',
]);
/** Containers whose copyright text belongs to a photo, not to the story. */
const PHOTO_CREDIT_HINT = /caption|credit|photo|image|media|gallery|figure/i;
/** Containers that are the host site's chrome, not the story. */
const SITE_CHROME_HINT = /(?:^|[\s_-])(?:site-?footer|page-?footer|global-?footer|footer|copyright|colophon|legal|nav|menu|masthead)(?:$|[\s_-])/i;
export const RULE_TEXT = /^\s*_{3,}\s*$/;
/**
 * Detection runs on page load, so its walks are bounded: a credit line or label past this many
 * text nodes is not looked for (a 5 MB page has about 35,000; an ArcaMax story about 600).
 */
export const MAX_TEXT_NODES = 25_000;
export const PUBLISHED_IN = /^\s*Published in\s+(.{2,60}?)\s*$/i;
const BYLINE_HINT = /byline|author|writer|contributor|credit-name|dateline/i;

/** The nearest block-level ancestor (or self). */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

function hintOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
}

/** True when `el` sits in a figure / photo caption. */
export function isInPhotoCaption(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'FIGURE' || tag === 'FIGCAPTION' || tag === 'PICTURE') return true;
    if (tag === 'ARTICLE' || tag === 'MAIN') return false;
    if (PHOTO_CREDIT_HINT.test(hintOf(e)) && (e.textContent ?? '').length < 400) return true;
  }
  return false;
}

/** True when `el` is in the host site's header/footer/navigation (outside any `<article>`). */
export function isInSiteChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN') return false;
    if (tag === 'FOOTER' || tag === 'NAV' || e.getAttribute('role') === 'contentinfo') return true;
    if (tag !== 'BODY' && tag !== 'HTML' && SITE_CHROME_HINT.test(hintOf(e))) return true;
  }
  return false;
}

/** The text of a block split at `<br>` and nested blocks: the lines a reader sees. */
export function blockLines(block: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = foldSpace(current);
    if (t) lines.push(t);
    current = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'BR') flush();
        else if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
        else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(block);
  flush();
  return lines;
}

/** Tries a block as a credit line: the whole block, then each line and runs of up to three lines. */
export function creditOfBlock(block: Element): Credit | null {
  const whole = foldSpace(block.textContent ?? '');
  if (mayBeCreditLine(whole)) {
    const c = parseCreditLine(whole);
    if (c) return c;
  }
  const lines = blockLines(block);
  for (let size = Math.min(3, lines.length); size >= 1; size--) {
    for (let i = 0; i + size <= lines.length; i++) {
      const text = lines.slice(i, i + size).join(' ');
      if (text === whole) continue;
      const c = parseCreditLine(text);
      if (c) return c;
    }
  }
  return null;
}

export interface FoundCredit {
  credit: Credit;
  element: Element;
}

/**
 * Finds the story's credit line: a block that parses as a credit, not in a photo caption and not in
 * the site's own footer. Strong families win over the catch-all; within them, the first one found.
 */
export function findCreditLine(doc: Document, siteNames: string[]): FoundCredit | null {
  const body = doc.body;
  if (!body) return null;
  const seen = new Set<Element>();
  const own = siteNames.map(normalizeName).filter(Boolean);
  let weak: FoundCredit | null = null;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let visited = 0;
  for (let n = walker.nextNode(); n && visited++ < MAX_TEXT_NODES; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length < 3 || !mayBeCreditLine(v.length > 600 ? v.slice(0, 600) : v)) continue;
    const parent = n.parentElement;
    if (!parent || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|OPTION)$/i.test(parent.tagName)) continue;
    const block = blockOf(n);
    if (!block || seen.has(block)) continue;
    seen.add(block);
    if (isInPhotoCaption(block) || isInSiteChrome(block)) continue;
    const credit = creditOfBlock(block);
    if (!credit) continue;
    // The host site's own copyright line is not a syndication credit.
    const holder = normalizeName(credit.copyrightHolder ?? '');
    if (holder && own.some((o) => o === holder || (o.length > 3 && holder.startsWith(o)))) continue;
    const found = { credit, element: block };
    if (!credit.weak) return found;
    weak ??= found;
  }
  return weak;
}

/** The headline element: a heading whose text is the page title, else the first `h1` with words. */
export function findHeadline(doc: Document, title: string | null): Element | null {
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3'));
  const want = title ? normalizeName(title) : '';
  if (want) {
    for (const h of headings) {
      const t = normalizeName(h.textContent ?? '');
      if (t && t.length >= 8 && (t === want || want.startsWith(t) || t.startsWith(want))) return h;
    }
  }
  return headings.find((h) => h.tagName === 'H1' && foldSpace(h.textContent ?? '').split(' ').length >= 3) ?? null;
}

export interface FoundByline {
  byline: Byline;
  element: Element;
}

function isBylineCandidate(el: Element, text: string): boolean {
  if (/^by\b/i.test(text) || /\son$/i.test(text) || /\son\s+\w{3,9}\.?\s+\d{1,2},\s+\d{4}$/i.test(text) || / [|•] /.test(text)) return true;
  if (BYLINE_HINT.test(hintOf(el)) || el.matches('[rel~="author"], [itemprop~="author"], address')) return true;
  return /,\s*[^,]+$/.test(text);
}

/**
 * Finds the byline: walks forward from the headline over short blocks until the body starts,
 * then falls back to elements marked as authors. A name-only byline followed by an outlet on its
 * own line ("By Tim Dunn" / "Boston Herald") takes that outlet.
 */
export function findByline(doc: Document, headline: Element | null, title: string | null): FoundByline | null {
  const tryElement = (el: Element): FoundByline | null => {
    // A byline is a line: an element with many children is a container (skip reading its text).
    if (el.childElementCount > 8) return null;
    const text = foldSpace(el.textContent ?? '');
    if (!text || text.length > 220 || (title && normalizeName(text) === normalizeName(title))) return null;
    if (!isBylineCandidate(el, text)) return null;
    const byline = parseByline(text);
    if (!byline) return null;
    if (!byline.outlet && byline.authors.length) {
      const next = el.nextElementSibling;
      const nextText = foldSpace(next?.textContent ?? '');
      if (nextText && nextText.length <= 60 && looksLikeOutlet(nextText) && !/^published in/i.test(nextText)) {
        const outlet = parseByline(`X Y, ${nextText}`)?.outlet ?? null;
        if (outlet) byline.outlet = outlet;
      }
    }
    return { byline, element: el };
  };

  if (headline && doc.body) {
    const walker = doc.createTreeWalker(doc.body, 1 /* NodeFilter.SHOW_ELEMENT */);
    walker.currentNode = headline;
    let steps = 0;
    for (let el = walker.nextNode() as Element | null; el && steps < 80; el = walker.nextNode() as Element | null, steps++) {
      if (headline.contains(el)) continue;
      if (el.tagName === 'P' && (el.textContent ?? '').length > 250) break;
      const found = tryElement(el);
      if (found) return found;
    }
  }
  // Elements marked as authors (rel, itemprop, class or id), found in one pass: substring
  // attribute selectors are slow in jsdom.
  let tried = 0;
  for (const el of Array.from(doc.body?.getElementsByTagName('*') ?? [])) {
    const marked =
      /\bauthor\b/i.test(`${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`) ||
      /byline|author/i.test(el.getAttribute('class') ?? '') ||
      /byline/i.test(el.getAttribute('id') ?? '');
    if (!marked) continue;
    const found = tryElement(el);
    if (found) return found;
    if (++tried >= 30) break;
  }
  return null;
}

/** ArcaMax's "Published in News & Features" label. */
export function findPublishedIn(doc: Document): { section: string; element: Element } | null {
  if (!doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4);
  let visited = 0;
  for (let n = walker.nextNode(); n && visited++ < MAX_TEXT_NODES; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length > 80 || !/published in/i.test(v)) continue;
    const block = n.parentElement;
    if (!block) continue;
    const m = PUBLISHED_IN.exec(foldSpace(block.textContent ?? ''));
    if (m) return { section: m[1]!, element: block };
  }
  return null;
}

/** The first real paragraph of the story (for datelines): after the headline when there is one. */
export function findFirstParagraph(doc: Document, headline: Element | null): { text: string; element: Element } | null {
  const paragraphs = Array.from(doc.querySelectorAll('p'));
  let start = 0;
  if (headline) {
    const idx = paragraphs.findIndex((p) => headline.compareDocumentPosition(p) & 4 /* FOLLOWING */);
    if (idx >= 0) start = idx;
  }
  for (let i = start; i < Math.min(paragraphs.length, start + 40); i++) {
    const t = foldSpace(paragraphs[i]!.textContent ?? '');
    if (t.length >= 80 && !isInSiteChrome(paragraphs[i]!)) return { text: t, element: paragraphs[i]! };
  }
  return null;
}
