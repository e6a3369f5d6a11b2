/**
 * Sanitizes article HTML with DOMPurify (a maintained sanitizer, not a home-made one) to the
 * structure a reader needs: headings, paragraphs, lists, quotes, figures, tables, links, images
 * and MathML formulas (DOMPurify's MathML elements, with its namespace checks: a MathML element
 * only where an HTML parser would put one). No scripts, event handlers, styles, forms, frames,
 * SVG, ids or names (DOM clobbering), and only http(s)/mailto URLs. The result lives in an inert
 * document (no browsing context: nothing loads, nothing runs) for the text and Markdown forms.
 *
 * Two entries: `sanitizeArticleNode` for extraction (the article's DOM goes in, DOMPurify's DOM
 * comes out: no HTML string round trip) and `sanitizeArticleHtml` for a string (the clean view
 * sanitizes the stored `html` again).
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { protoGet } from './unclobber.ts';

const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img',
  'a', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'br', 'hr', 'pre', 'code', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'div', 'span', 'section', 'article', 'small', 'mark', 'q',
  'cite', 'abbr', 'time', 'dl', 'dt', 'dd', 'del',
];
/**
 * MathML presentation elements: DOMPurify's MathML profile without `mglyph` (an image glyph no
 * formula needs, and the pivot of the known MathML/HTML namespace-confusion payloads).
 * `semantics` goes (its first child, the formula, stays), `annotation` and `annotation-xml` go
 * with their content (TeX source or HTML that is not the formula as shown).
 */
export const MATHML_TAGS = [
  'math', 'menclose', 'merror', 'mfenced', 'mfrac', 'mi', 'mlabeledtr', 'mmultiscripts', 'mn', 'mo', 'mover',
  'mpadded', 'mphantom', 'mroot', 'mrow', 'ms', 'mspace', 'msqrt', 'mstyle', 'msub', 'msup', 'msubsup', 'mtable',
  'mtd', 'mtext', 'mtr', 'munder', 'munderover', 'mprescripts',
];
/** MathML attributes that change how a formula reads (`alttext`: its text, for the plain-text form). */
const MATHML_ATTR = ['display', 'alttext', 'mathvariant', 'displaystyle', 'scriptlevel', 'linethickness', 'accent', 'accentunder', 'stretchy', 'fence', 'separator', 'open', 'close', 'separators', 'notation', 'columnalign', 'rowalign'];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'lang', 'dir', 'datetime', ...MATHML_ATTR];

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS, ...MATHML_TAGS],
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  // Plain values, not URLs (else DOMPurify would hold them to ALLOWED_URI_REGEXP).
  ADD_URI_SAFE_ATTR: MATHML_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  // Content of these is never text a reader wants (and SVG text is a classic payload). A
  // formula's annotations are its source (TeX) or HTML, not the formula a reader sees.
  FORBID_CONTENTS: ['script', 'style', 'template', 'svg', 'noscript', 'iframe', 'object', 'embed', 'form', 'button', 'select', 'textarea', 'title', 'annotation', 'annotation-xml', 'mglyph'],
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

const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const MATHML_ONLY_ATTR = new Set(MATHML_ATTR);

function purifierFor(doc: Document): DOMPurify {
  const win = windowOf(doc);
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win);
    // MathML's attributes on MathML elements only: `<p display="…">` keeps nothing.
    purify.addHook('uponSanitizeAttribute', (node, data) => {
      if (MATHML_ONLY_ATTR.has(data.attrName) && (node as Element).namespaceURI !== MATHML_NS) data.keepAttr = false;
    });
    // The configuration is parsed once per window, not on every call (it builds its allow-lists
    // from scratch each time it is passed to sanitize()).
    purify.setConfig({ ...CONFIG, RETURN_DOM: true, RETURN_DOM_FRAGMENT: false });
    instances.set(win, purify);
  }
  return purify;
}

const SAFE_URL = /^(?:https?:|mailto:)/i;

/** Post-pass: drop what DOMPurify allows but a reader view does not want. */
function tidy(root: HTMLElement): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    // data: images (DOMPurify lets them through for <img>) and tracking pixels are not article images.
    if (!SAFE_URL.test(src) || img.getAttribute('width') === '1' || img.getAttribute('height') === '1') img.remove();
  }
  // A formula left with no text (its payload removed, or only glyphs) shows nothing.
  for (const math of Array.from(root.querySelectorAll('math'))) {
    if (!(math.textContent ?? '').trim() && !math.getAttribute('alttext')) math.remove();
  }
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const href = a.getAttribute('href');
    if (href !== null && !SAFE_URL.test(href)) a.removeAttribute('href');
  }
}

/** DOMPurify's typings know the return type only from a configuration passed per call; ours is set once (RETURN_DOM). */
const sanitizeToDom = (purify: DOMPurify, dirty: string | Node): HTMLElement => purify.sanitize(dirty) as unknown as HTMLElement;

/** Sanitizes article HTML; returns the clean HTML string and its inert DOM. */
export function sanitizeArticleHtml(html: string, doc: Document): { html: string; root: HTMLElement } {
  const root = sanitizeToDom(purifierFor(doc), html);
  tidy(root);
  return { html: root.innerHTML.trim(), root };
}

/**
 * Sanitizes the children of `content` (an element of a throwaway copy of the page, such as
 * Readability's output: they are moved out of it). DOMPurify imports them into its own inert
 * document and returns that document's body: one copy, one walk, one serialization (for `html`).
 * `doc` gives the window whose DOM classes DOMPurify uses.
 */
export function sanitizeArticleNode(content: Element, doc: Document): { html: string; root: HTMLElement } {
  const owner = content.ownerDocument;
  const fragment = owner.createDocumentFragment();
  while (content.firstChild) fragment.appendChild(content.firstChild);
  const root = sanitizeToDom(purifierFor(doc), fragment);
  tidy(root);
  return { html: root.innerHTML.trim(), root };
}
