/**
 * What makes a piece of output HTML not inert: elements that run, load or submit something, any
 * attribute outside the sanitizer's allow-list (on*, style, id, name, ping, target, srcset…),
 * any URL that is not http(s) or mailto, any URL of the payload host. Used by the unit test on the
 * formats and, passed to page.evaluate, on the clean view's DOM in a real browser: so it is one
 * self-contained function with its rules as an argument.
 */
export interface InertRules {
  forbiddenElements: string;
  allowedAttributes: string[];
  /** Attributes allowed on MathML elements only (a formula's display, text and layout). */
  mathmlAttributes: string[];
  evilHost: string;
}

/** The clean view opens the article's links in a new tab, which is safe with rel=noopener. */
export const READER_RULES_EXTRA = ['target', 'rel'];

export const INERT_RULES: InertRules = {
  // MathML formulas are kept, but not the elements of the MathML namespace-confusion payloads.
  forbiddenElements:
    'script, style, link, meta, base, svg, mglyph, malignmark, maction, annotation, annotation-xml, semantics, iframe, frame, object, embed, form, input, button, textarea, select, template, noscript, video, audio, source, picture',
  allowedAttributes: ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'lang', 'dir', 'datetime'],
  mathmlAttributes: ['display', 'alttext', 'mathvariant', 'displaystyle', 'scriptlevel', 'linethickness', 'accent', 'accentunder', 'stretchy', 'fence', 'separator', 'open', 'close', 'separators', 'notation', 'columnalign', 'rowalign'],
  evilHost: 'evil.example',
};

/** The parts of `root`'s subtree that are not inert, as readable strings (empty when all is well). */
export function activeParts(root: ParentNode, rules: InertRules): string[] {
  const found: string[] = Array.from(root.querySelectorAll(rules.forbiddenElements)).map((e) => `<${e.tagName.toLowerCase()}>`);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    const isMathml = el.namespaceURI === 'http://www.w3.org/1998/Math/MathML';
    for (const attr of Array.from(el.attributes)) {
      if (!rules.allowedAttributes.includes(attr.name) && !(isMathml && rules.mathmlAttributes.includes(attr.name))) found.push(`${tag}[${attr.name}]`);
      else if (attr.name === 'target' && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) found.push(`${tag}[target] without rel=noopener`);
      else if ((attr.name === 'href' || attr.name === 'src') && !/^(?:https?:|mailto:)/i.test(attr.value.trim())) found.push(`${tag}[${attr.name}=${attr.value}]`);
      else if (attr.value.includes(rules.evilHost)) found.push(`${tag}[${attr.name}=${attr.value}]`);
    }
  }
  return found;
}
