/**
 * Where on a page an element sits: its block, a photo caption, the site's own chrome (header,
 * footer, navigation), or outside the story (comments, teasers, sidebars); and which heading is
 * the headline. Shared by the page scan (page-scan.ts) and the on-load pre-check (precheck.ts),
 * so it imports nothing heavy: the pre-check ships in the script that runs on every page load.
 */
import { foldSpace, normalizeName } from './text.ts';

/**
 * Detection runs on page load, so its walks are bounded: a credit line or label past this many
 * text nodes is not looked for (a 5 MB page has about 35,000; an ArcaMax story about 600).
 */
export const MAX_TEXT_NODES = 25_000;
/** A label that names who provided the story: "Provided by Reuters", "Source: AFP", "Courtesy of …". */
export const PROVIDER_LABEL = /^(?:provided by|courtesy of|source|fuente|proporcionado por|fourni par|quelle)\s*:?\s+(.{2,60}?)\.?$/i;
/** A line that may hold a provider label: tested on every short text before the label's pattern. */
export const PROVIDER_HINT = /provided by|courtesy of|proporcionado por|fourni par/i;
/** The labels that make an unknown name a provider ("Photo courtesy of the family" is none). */
export const PROVIDED_BY = /^(?:provided by|proporcionado por|fourni par)/i;

export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'TD', 'TH', 'LI', 'DD', 'DT', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'FOOTER', 'HEADER', 'ASIDE',
  'FIGCAPTION', 'FIGURE', 'CENTER', 'BODY', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'ADDRESS', 'TABLE', 'UL', 'OL', 'NAV', 'FORM',
]);
/**
 * A class that names a text component ("media-ui-Paragraph_text-…", "article-body__paragraph"):
 * a photo word in it is the component library's prefix, not a caption.
 */
const TEXT_PART = /paragraph|body-?text|story-?body/i;
/** Containers that are the host site's chrome, not the story. */
const SITE_CHROME_HINT = /(?:^|[\s_-])(?:(?:site|page|global)?footer|copyright|colophon|legal|nav|menu|masthead)(?:$|[\s_-])/i;

/** The nearest block-level ancestor (or self). */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

export function hintOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
}

/**
 * Containers of a photo. Not "credit": ArcaMax calls its byline that, and many sites their story's
 * credit line; a credit-named container is a photo's only beside an image (`isPhotoCredit`).
 */
const PHOTO_HINT = /caption|photo|image|media|gallery|figure/i;

/** True when `el` sits in a figure or a photo caption (a container named for a photo, a caption or media). */
export function isInPhotoCaption(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'FIGURE' || tag === 'FIGCAPTION' || tag === 'PICTURE') return true;
    if (tag === 'ARTICLE' || tag === 'MAIN') return false;
    const h = hintOf(e);
    if (PHOTO_HINT.test(h) && !TEXT_PART.test(h) && (e.textContent ?? '').length < 400) return true;
  }
  return false;
}

/** An image, or a small block around one (an image and its caption are siblings in most layouts). */
const isImageBlock = (el: Element): boolean =>
  /^(?:IMG|PICTURE|FIGURE|VIDEO)$/.test(el.tagName.toUpperCase()) || (!!el.querySelector('img, picture') && foldSpace(el.textContent ?? '').length < 40);

/** `el`, or the nearest of its ancestors (three levels) with an element before it, comes right after an image. */
export function followsImage(el: Element): boolean {
  for (let node: Element | null = el, up = 0; node && up < 3; node = node.parentElement, up++) {
    const prev = node.previousElementSibling;
    if (prev) return isImageBlock(prev);
  }
  return false;
}

/**
 * A photo's credit printed as a plain paragraph: right under an image (no figure or caption
 * around them), with the story going on after it ("© 2024 AFP" under a photo mid-story). The
 * story's own credit closes the story; one under its last image, with nothing after, is still it.
 */
export function isMidStoryImageCredit(el: Element): boolean {
  if (!followsImage(el)) return false;
  for (let next = el.nextElementSibling, k = 0; next && k < 4; next = next.nextElementSibling, k++) {
    if (next.tagName.toUpperCase() === 'P' && foldSpace(next.textContent ?? '').length >= 120) return true;
  }
  return false;
}

/**
 * True when `el` is a photo's credit: in a caption, or in a container named for a credit
 * ("credit", "photo-credit") that holds an image or sits right under one. A story's credit line
 * is often in a `<p class="credit">` too: with no image by it, it is the story's.
 */
export function isPhotoCredit(el: Element): boolean {
  if (isInPhotoCaption(el)) return true;
  for (let e: Element | null = el, up = 0; e && up < 4 && e.tagName.toUpperCase() !== 'BODY'; e = e.parentElement, up++) {
    if (/credit/i.test(hintOf(e)) && (!!e.querySelector('img, picture, video') || followsImage(e))) return true;
  }
  return false;
}

/**
 * True when `el` is in the host site's header/footer/navigation (outside any `<article>`). Inside
 * an article, a `<footer>` or a "footer"/"copyright" class is the article's own: its credit line.
 */
export function isInSiteChrome(el: Element): boolean {
  const inArticle = !!el.closest('article');
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN') return false;
    if (tag === 'NAV' || e.getAttribute('role') === 'contentinfo' || (!inArticle && (tag === 'FOOTER' || (tag !== 'BODY' && tag !== 'HTML' && SITE_CHROME_HINT.test(hintOf(e)))))) return true;
  }
  return false;
}


/**
 * Containers that are not the story, by a class or id token: reader comments, related-story
 * teasers, recommendations, promos, sidebars. A credit line in one of them belongs to another
 * story, or to a reader who pasted it.
 */
const OUTSIDE_STORY_TOKEN = /^(?:[a-z0-9]+[-_])*(?:comments?|comment[-_]?(?:list|section|thread|body)|disqus(?:_thread)?|replies|related|teasers?|recommend(?:ed|ations?)?|promos?|sidebar|rail|trending|most[-_]?(?:read|popular)|popular|more[-_](?:stories|news|from)|read[-_]?more|outbrain|taboola)(?:[-_][a-z0-9]+)*$/i;
/** Headings that open what follows the story: comments, related stories. */
export const AFTER_STORY_HEADING = /^(?:comments?|\d+\s+comments?|reader comments|related(?: stories| articles| coverage)?|more (?:from|stories|news|on)\b.*|read more|recommended|trending|most (?:read|popular)|you may also like|comentarios|relacionad[oa]s|más noticias|commentaires|à lire aussi|sur le même sujet)$/i;

/** How long a list must be to count as a list of other stories (a meta list "By …", "date" is short). */
const LONG_LIST = 4;

function isOutsideStoryContainer(el: Element, lists: 'any list' | 'long lists', links: 'links are teasers' | 'links allowed'): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'ASIDE') return true;
  // A link around text is a teaser of another story (its headline, byline and date).
  if (tag === 'A' && links === 'links are teasers' && /^(?:https?:|\/)/i.test(el.getAttribute('href') ?? '')) return true;
  if (tag === 'LI') return lists === 'any list' || (el.parentElement?.childElementCount ?? 0) > LONG_LIST;
  if (/\bComment\b/.test(el.getAttribute('itemtype') ?? '')) return true;
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
  // "has-comments", "no-sidebar" describe the page, not this container; so does a layout named
  // for its rail ("b-right-rail-advanced", Arc XP's) that holds the headline: no sidebar, comment
  // thread or teaser list holds the page's h1.
  return tokens.some((t) => t && !/^(?:has|no|with|show|hide|is)[-_]/i.test(t) && OUTSIDE_STORY_TOKEN.test(t)) && !el.querySelector('h1');
}

/**
 * True when `el` sits in comments, teasers, a sidebar or a list (not the story's own text). A
 * credit line is never in a list; a byline may be, in a short list of the story's details.
 */
export function isOutsideStory(el: Element, lists: 'any list' | 'long lists' = 'any list', links: 'links are teasers' | 'links allowed' = 'links are teasers'): boolean {
  for (let e: Element | null = el; e && e.tagName.toUpperCase() !== 'BODY'; e = e.parentElement) {
    if (isOutsideStoryContainer(e, lists, links)) return true;
  }
  return false;
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
