/**
 * DOM clobbering defence. In an HTML document, `<img name="body">` makes `document.body` return
 * that image, `<img name="cloneNode">` replaces `document.cloneNode`, and
 * `<form><input name="tagName"></form>` replaces the form's `tagName` (the document and forms
 * have [LegacyOverrideBuiltIns] named properties, in content scripts as well as in jsdom). A hostile
 * page could use that to crash or mislead extraction.
 *
 * When a page has such names, detection and extraction work on a copy with the colliding `name`
 * and `id` attributes removed, made through the prototypes (which named properties cannot
 * reach). Pages without collisions, nearly all of them, are used as they are.
 */

/** `obj[name]` looked up on the prototype chain only, skipping the object's own (named) properties. */
export function protoGet(obj: object, name: string): unknown {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d.get ? d.get.call(obj) : d.value;
  }
  return undefined;
}

/** Calls the prototype's method `name` on `obj`, whatever the page named its elements. */
export function protoCall<T>(obj: object, name: string, ...args: unknown[]): T {
  const fn = protoGet(obj, name);
  if (typeof fn !== 'function') throw new TypeError(`${name} is not a method here`);
  return fn.apply(obj, args) as T;
}

/** Elements whose `name` or `id` can become a property of the document or of a form. */
const CLOBBER_CANDIDATES = 'img[name], form[name], embed[name], object[name], iframe[name], img[id], object[id], embed[id], form [name], form [id], [form][name], [form][id]';

/**
 * Members of a form that nothing here reads on an element (src/core and Readability read none of
 * them): form controls are commonly named so ("submit", "action", "method": 32 of the benchmark's
 * 181 pages have one), and such a name costs no copy of the page. Any other member a control
 * shadows does. test/core/clobbering.test.ts scans src/core and Readability and fails if one of
 * these is read.
 */
export const FORM_MEMBERS_NOT_READ: ReadonlySet<string> = new Set(
  'action method submit reset target elements length name'.split(' '),
);

/** The `name`/`id` attributes that shadow a built-in of the document, or a member of a form that may be read. */
function collidingAttributes(doc: Document): [Element, string][] {
  const docProto = Object.getPrototypeOf(doc) as object;
  const formProto = Object.getPrototypeOf(protoCall<Element>(doc, 'createElement', 'form')) as object;
  const hits: [Element, string][] = [];
  for (const el of Array.from(protoCall<NodeListOf<Element>>(doc, 'querySelectorAll', CLOBBER_CANDIDATES))) {
    for (const attr of ['name', 'id']) {
      const key = protoCall<string | null>(el, 'getAttribute', attr);
      if (key && (key in docProto || (key in formProto && !FORM_MEMBERS_NOT_READ.has(key)))) hits.push([el, attr]);
    }
  }
  return hits;
}

/** The document itself, or a copy without the attributes that clobber built-ins. */
export function unclobbered(doc: Document): Document {
  if (collidingAttributes(doc).length === 0) return doc;
  const copy = protoCall<Document>(doc, 'cloneNode', true);
  for (const [el, attr] of collidingAttributes(copy)) protoCall(el, 'removeAttribute', attr);
  return copy;
}
