/**
 * Sanitizes article HTML with DOMPurify (a maintained sanitizer, not a home-made one) to the
 * structure a reader needs: headings, paragraphs, lists, quotes, figures, tables, links and
 * images. No scripts, event handlers, styles, forms, frames, SVG/MathML, ids or names (DOM
 * clobbering), and only http(s)/mailto URLs. The result is parsed into an inert document
 * (no browsing context: nothing loads, nothing runs) for the text and Markdown forms.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { protoGet } from './unclobber.ts';

const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img',
  'a', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'br', 'hr', 'pre', 'code', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'div', 'span', 'section', 'article', 'small', 'mark', 'q',
  'cite', 'abbr', 'time', 'dl', 'dt', 'dd', 'del',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'lang', 'dir', 'datetime'];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  // Content of these is never text a reader wants (and SVG/MathML text is a classic payload).
  FORBID_CONTENTS: ['script', 'style', 'template', 'svg', 'math', 'noscript', 'iframe', 'object', 'embed', 'form', 'button', 'select', 'textarea', 'title'],
  SANITIZE_NAMED_PROPS: true,
};

const instances = new WeakMap<object, DOMPurify>();

/** The window whose DOM classes we use: the document's own, else the global one (browsers, jsdom tests). */
function windowOf(doc: Document): Window & typeof globalThis {
  // Read through the prototype: `<img name="defaultView">` would shadow doc.defaultView.
  const own = protoGet(doc, 'defaultView') as Window | null | undefined;
  const win = (own ?? (globalThis as { window?: Window }).window) as (Window & typeof globalThis) | undefined;
  if (!win) throw new Error('Cannot sanitize: the document has no window (DOMPurify needs one).');
  return win;
}

function purifierFor(doc: Document): DOMPurify {
  const win = windowOf(doc);
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win);
    instances.set(win, purify);
  }
  return purify;
}

/**
 * Parses sanitized HTML into an inert document: a DOMParser document has no browsing context, so
 * nothing in it loads or runs (and no HTML sink such as innerHTML is needed).
 */
export function parseInert(html: string, doc: Document): HTMLElement {
  const win = windowOf(doc);
  return new win.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

const SAFE_URL = /^(?:https?:|mailto:)/i;

/** Post-pass: drop what DOMPurify allows but a reader view does not want. */
function tidy(root: HTMLElement): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    // data: images (DOMPurify lets them through for <img>) and tracking pixels are not article images.
    if (!SAFE_URL.test(src) || img.getAttribute('width') === '1' || img.getAttribute('height') === '1') img.remove();
  }
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const href = a.getAttribute('href');
    if (href !== null && !SAFE_URL.test(href)) a.removeAttribute('href');
  }
}

/** Sanitizes article HTML; returns the clean HTML string and its inert DOM. */
export function sanitizeArticleHtml(html: string, doc: Document): { html: string; root: HTMLElement } {
  const clean = purifierFor(doc).sanitize(html, { ...CONFIG, RETURN_DOM: false, RETURN_DOM_FRAGMENT: false }) as unknown as string;
  const root = parseInert(clean, doc);
  tidy(root);
  return { html: root.innerHTML.trim(), root };
}
