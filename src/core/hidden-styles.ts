/**
 * Text the page's style sheets hide (display:none, visibility:hidden): SEO stuffing, off-screen
 * traps, a "print only" copy. Readability sees only inline styles, and a clone has no computed
 * styles at all, so this is read from the live document, where the browser has computed them.
 *
 * In a browser a computed-style lookup is cheap once the page is styled, and every text holder is
 * looked up (ExtractOptions.computedStyles 'native'). Under jsdom each lookup resolves the cascade
 * in script: it was a quarter of the extraction time there. Most elements cannot be hidden at all:
 * nothing in the page's rules, its inline styles or the browser's own sheet hides them or an
 * ancestor. So the rules are read first, and only elements under something that may hide are
 * looked up, or decided without a lookup where every source of a display says none; the answer is
 * the same as looking up every element (test/slow/hidden-styles-every-page.test.ts). Where the
 * rules cannot be read whole (a cross-origin sheet, a hiding rule nested in another, an animation
 * that hides), every element is looked up, as before.
 */

/** At most this many classed elements get a computed-style check (it costs a style lookup each). */
const MAX_STYLE_CHECKS = 500;

/** The browser's own sheet gives these display: none outright (not !important, on no condition). */
const UA_DISPLAY_NONE = new Set(['area', 'base', 'basefont', 'datalist', 'head', 'link', 'meta', 'noembed', 'noframes', 'param', 'rp', 'script', 'style', 'template', 'title']);
/**
 * Elements the browser's own style sheet hides (HTML's rendering section: the hidden elements,
 * and on a condition a closed dialog, noscript when scripts run, a hidden input). They may be
 * hidden without any rule of the page's.
 */
const UA_HIDDEN_TAGS = new Set([...UA_DISPLAY_NONE, 'noscript', 'dialog', 'input']);
/** A declared value that hides, or may (a variable, a function, a keyword that takes another value). */
const HIDING_VALUE = /none|hidden|collapse|\(|inherit|unset|revert/i;

/** An inline style whose `property` may hide (every declaration of it, as written). */
function inlineMayHide(style: string | null, property: 'display' | 'visibility'): boolean {
  if (!style || !style.toLowerCase().includes(property)) return false;
  for (const m of style.matchAll(new RegExp(`${property}\\s*:([^;]*)`, 'gi'))) if (HIDING_VALUE.test(m[1]!)) return true;
  return false;
}

type AnyRule = CSSRule & {
  selectorText?: string;
  style?: CSSStyleDeclaration;
  cssRules?: CSSRuleList;
  styleSheet?: CSSStyleSheet | null;
  start?: unknown;
};

/** The display and visibility a rule declares, as written ('' for one it does not declare), each read once. */
function declared(style: CSSStyleDeclaration | undefined): { display: string; visibility: string } {
  if (!style || typeof style.getPropertyValue !== 'function') return { display: '', visibility: '' };
  return { display: style.getPropertyValue('display').trim().toLowerCase(), visibility: style.getPropertyValue('visibility') };
}

/** Which of display (1) and visibility (2) the declared values may hide with. */
function hidingBits({ display, visibility }: { display: string; visibility: string }): number {
  return (HIDING_VALUE.test(display) ? 1 : 0) | (HIDING_VALUE.test(visibility) ? 2 : 0);
}

/** The selectors of the rules that may hide, by the property they hide with. */
interface HidingSelectors {
  display: string[];
  visibility: string[];
  /**
   * The rules that declare display: none where they always apply (top level of a sheet for all
   * media), and every other rule that declares a display. An element matched by the first and
   * none of the second has display: none whatever the cascade's order: no lookup needed.
   */
  plainNone: string[];
  otherDisplay: string[];
  /** False when a display is declared where it cannot be filed (nested, scoped, in a keyframe). */
  decidable: boolean;
}

/** Some rule under `rules` (at any depth) declares a display. */
function anyDisplay(rules: CSSRuleList | undefined): boolean {
  for (const rule of Array.from(rules ?? []) as AnyRule[]) if (declared(rule.style).display || anyDisplay(rule.cssRules)) return true;
  return false;
}

/** Some rule under `rules` (at any depth) declares a hiding value. */
function anyHiding(rules: CSSRuleList | undefined): boolean {
  for (const rule of Array.from(rules ?? []) as AnyRule[]) if (hidingBits(declared(rule.style)) || anyHiding(rule.cssRules)) return true;
  return false;
}

/**
 * The selectors of the top-level style rules (also inside @media, @supports, @layer, @container,
 * @import) that declare a hiding value. False when the rules cannot be followed: a sheet that
 * cannot be read, a hiding rule whose selector depends on another (CSS nesting, @scope), or a
 * hiding value elsewhere (a keyframe that ends hidden).
 */
function collectSelectors(rules: CSSRuleList, out: HidingSelectors, plain: boolean): boolean {
  for (const rule of Array.from(rules) as AnyRule[]) {
    if ('selectorText' in rule) {
      // The selector is read only for a rule that declares display or visibility: serializing
      // every rule's selector cost more than the rest of the reading under jsdom.
      const values = declared(rule.style);
      const { display } = values;
      const bits = hidingBits(values);
      if (display || bits) {
        const selector = rule.selectorText ?? '';
        if (bits & 1) out.display.push(selector);
        if (bits & 2) out.visibility.push(selector);
        if (display) (plain && display === 'none' ? out.plainNone : out.otherDisplay).push(selector);
      }
      const nested = rule.cssRules;
      if (nested?.length) {
        if (anyHiding(nested)) return false;
        if (anyDisplay(nested)) out.decidable = false;
      }
    } else if (rule.styleSheet !== undefined) {
      if (!rule.styleSheet) continue; // an @import not loaded: it has no rules to apply either
      if (!sheetSelectors(rule.styleSheet, out, false)) return false;
    } else if (rule.cssRules) {
      if (rule.start !== undefined) {
        if (anyHiding(rule.cssRules)) return false;
        if (anyDisplay(rule.cssRules)) out.decidable = false;
      } else if (!collectSelectors(rule.cssRules, out, false)) return false;
    } else {
      const values = declared(rule.style);
      if (hidingBits(values)) return false;
      if (values.display) out.decidable = false;
    }
  }
  return true;
}

/** `plain`: the sheet's rules may always apply (a sheet for all media, not switched off). */
function sheetSelectors(sheet: CSSStyleSheet, out: HidingSelectors, plain: boolean): boolean {
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    return false; // a cross-origin sheet: its rules cannot be read
  }
  return collectSelectors(rules, out, plain && !sheet.disabled && !sheet.media?.length);
}

/** Legacy pseudo-elements written with one colon. */
const OLD_PSEUDO_ELEMENT = /^:(?:before|after|first-line|first-letter)$/i;

/** Where the escape that starts at `s[i]` (a backslash) ends: its last character (hex digits take one space after them). */
function escapeEnd(s: string, i: number): number {
  const hex = /^[0-9a-f]{1,6}\s?/i.exec(s.slice(i + 1, i + 8));
  return hex ? i + hex[0].length : i + 1;
}

/** Where a scan of a selector stands: inside how many brackets or parentheses, inside which quote. */
interface Nesting {
  depth: number;
  quote: string;
}

/** Takes in `s[i]` (an escape, a quote, a bracket or a plain character): the index of the last character it spans. */
function stepNesting(s: string, i: number, n: Nesting): number {
  const c = s[i]!;
  if (c === '\\') return escapeEnd(s, i);
  if (n.quote) {
    if (c === n.quote) n.quote = '';
  } else if (c === '"' || c === "'") n.quote = c;
  else if (c === '(' || c === '[') n.depth++;
  else if (c === ')' || c === ']') n.depth--;
  return i;
}

/** Where in `s` the characters that pass `test` stand outside brackets, parentheses, quotes and escapes. */
function topLevel(s: string, test: (c: string) => boolean): number[] {
  const at: number[] = [];
  const n: Nesting = { depth: 0, quote: '' };
  for (let i = 0; i < s.length; i++) {
    if (n.depth === 0 && !n.quote && test(s[i]!)) at.push(i);
    else i = stepNesting(s, i, n);
  }
  return at;
}

/** Reads a CSS identifier from `s` at `i` (escapes resolved): the identifier and where it ends. */
function readIdent(s: string, i: number): [string, number] {
  let out = '';
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') {
      const hex = /^[0-9a-f]{1,6}\s?/i.exec(s.slice(i + 1, i + 8));
      if (hex) {
        out += String.fromCodePoint(Math.min(parseInt(hex[0], 16), 0x10ffff) || 0xfffd);
        i += 1 + hex[0].length;
      } else {
        out += s[i + 1] ?? '';
        i += 2;
      }
    } else if (/[\w-]/.test(c) || c.charCodeAt(0) >= 0x80) {
      out += c;
      i++;
    } else break;
  }
  return [out, i];
}

/**
 * What an element needs for `selector` (one complex selector, no comma) to match it, read from
 * the selector's last compound: `#id`, `.class`, a tag name or `[attribute`, as `i:id`, `c:class`,
 * `t:tag`, `a:attribute` (lower-cased: quirks mode matches classes without case); '' when none
 * can be told (then every element is tried). Null for a pseudo-element's rule: it hides no element.
 */
export function subjectKey(selector: string): string | null {
  const s = selector.trim();
  // The last compound: after the last combinator outside brackets, parentheses and quotes.
  const combinators = topLevel(s, (c) => /[\s>+~]/.test(c));
  const compound = s.slice((combinators.at(-1) ?? -1) + 1);
  const keys: Record<string, string> = {};
  const n: Nesting = { depth: 0, quote: '' };
  for (let i = 0; i < compound.length; ) {
    const c = compound[i]!;
    if (n.depth > 0 || n.quote) {
      i = stepNesting(compound, i, n) + 1;
    } else if (c === '#' || c === '.') {
      const [name, end] = readIdent(compound, i + 1);
      if (name) keys[c === '#' ? 'i' : 'c'] ??= name;
      i = Math.max(end, i + 1);
    } else if (c === '[') {
      const [name] = readIdent(compound, i + 1);
      if (name) keys.a ??= name;
      n.depth++;
      i++;
    } else if (c === ':') {
      if (compound[i + 1] === ':') return null;
      const [name, end] = readIdent(compound, i + 1);
      if (OLD_PSEUDO_ELEMENT.test(`:${name}`)) return null;
      i = Math.max(end, i + 1);
    } else if (c === '|') {
      return ''; // a namespace prefix: tried on every element
    } else if (i === 0 && c !== '*') {
      const [name, end] = readIdent(compound, i);
      if (name) keys.t = name;
      i = Math.max(end, i + 1);
    } else {
      if (c === '(') n.depth++;
      i++;
    }
  }
  for (const k of ['i', 'c', 't', 'a']) if (keys[k]) return `${k}:${keys[k]!.toLowerCase()}`;
  return '';
}

/** Splits a selector list at its top-level commas. */
function complexSelectors(list: string): string[] {
  const bounds = [-1, ...topLevel(list, (c) => c === ','), list.length];
  return bounds
    .slice(1)
    .map((end, i) => list.slice(bounds[i]! + 1, end).trim())
    .filter(Boolean);
}

/** The hiding selectors, filed by what their subject needs (a browser's "rule hash"). */
function fileSelectors(selectors: string[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const list of selectors) {
    for (const selector of complexSelectors(list)) {
      const key = subjectKey(selector);
      if (key === null) continue;
      const filed = byKey.get(key);
      if (filed) filed.push(selector);
      else byKey.set(key, [selector]);
    }
  }
  return byKey;
}

/** `el` matches one of `selectors`; `ifUntestable` answers for a selector this engine cannot test. */
function matchesAny(el: Element, selectors: string[] | undefined, ifUntestable: boolean): boolean {
  for (const selector of selectors ?? []) {
    try {
      if (el.matches(selector)) return true;
    } catch {
      if (ifUntestable) return true;
    }
  }
  return false;
}

/** The page's hiding rules, filed; null when they cannot be read whole. */
interface HidingRules {
  display: Map<string, string[]>;
  visibility: Map<string, string[]>;
  plainNone: Map<string, string[]>;
  otherDisplay: Map<string, string[]>;
  decidable: boolean;
}

function readHidingRules(doc: Document): HidingRules | null {
  const selectors: HidingSelectors = { display: [], visibility: [], plainNone: [], otherDisplay: [], decidable: true };
  const adopted = (doc as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [];
  for (const sheet of [...Array.from(doc.styleSheets ?? []), ...adopted]) if (!sheetSelectors(sheet as CSSStyleSheet, selectors, true)) return null;
  return {
    display: fileSelectors(selectors.display),
    visibility: fileSelectors(selectors.visibility),
    plainNone: fileSelectors(selectors.plainNone),
    otherDisplay: fileSelectors(selectors.otherDisplay),
    decidable: selectors.decidable,
  };
}

/** The keys `el` is filed under: none, its tag, id, classes and attributes (see subjectKey). */
function keysOf(el: Element): string[] {
  const keys = ['', `t:${el.localName.toLowerCase()}`];
  const id = el.getAttribute('id');
  if (id) keys.push(`i:${id.toLowerCase()}`);
  const classes = el.getAttribute('class');
  if (classes) for (const c of classes.split(/[\t\n\f\r ]+/)) if (c) keys.push(`c:${c.toLowerCase()}`);
  for (const attr of Array.from(el.attributes)) keys.push(`a:${attr.name.toLowerCase()}`);
  return keys;
}

/** Each element's keys, worked out once: an element is tried against up to four filings. */
const KEYS = new WeakMap<Element, string[]>();

/**
 * `el` matches one of the selectors filed under its id, classes, tag or attributes (or under none).
 * A selector this engine cannot test counts as `ifUntestable`: as a match where a match only
 * means "look it up", as none where a match would decide.
 */
function matchesFiled(el: Element, filed: Map<string, string[]>, ifUntestable = true): boolean {
  if (!filed.size) return false;
  let keys = KEYS.get(el);
  if (!keys) KEYS.set(el, (keys = keysOf(el)));
  for (const key of keys) {
    const selectors = filed.get(key);
    if (selectors && matchesAny(el, selectors, ifUntestable)) return true;
  }
  return false;
}

/** Something may give `el` itself display:none: the browser's sheet, an attribute, its inline style, a page rule. */
function mayBeDisplayNone(el: Element, rules: HidingRules): boolean {
  return (
    UA_HIDDEN_TAGS.has(el.localName.toLowerCase()) ||
    el.hasAttribute('hidden') ||
    el.hasAttribute('popover') ||
    el.hasAttribute('display') ||
    inlineMayHide(el.getAttribute('style'), 'display') ||
    matchesFiled(el, rules.display)
  );
}

/** What the browser's own sheet gives `el`: display none, another display, or it depends (on state, on scripting, !important). */
function uaDisplay(el: Element): 'none' | 'other' | 'unsure' {
  // The sheet's rules are for HTML elements (an SVG <title> is not the page's title); another
  // language's elements have sheets of their own.
  if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return 'unsure';
  const tag = el.localName.toLowerCase();
  if (UA_DISPLAY_NONE.has(tag)) return 'none';
  if (UA_HIDDEN_TAGS.has(tag) || el.hasAttribute('popover')) return 'unsure';
  const hidden = el.getAttribute('hidden');
  if (hidden === null) return 'other';
  return tag === 'embed' || hidden.trim().toLowerCase() === 'until-found' ? 'unsure' : 'none';
}

/** What an inline style declares for display: none, nothing, or something else (or it cannot be told). */
function inlineDisplay(style: string | null): 'none' | 'absent' | 'unsure' {
  if (!style || !/display/i.test(style)) return 'absent';
  const declared = Array.from(style.matchAll(/(?:^|;)\s*display\s*:([^;]*)/gi), (m) => m[1]!.replace(/!\s*important/i, '').trim().toLowerCase());
  // Every mention of "display" must be one of these declarations (not "--display", not a comment).
  const mentions = style.match(/display/gi)?.length ?? 0;
  return declared.length === mentions && declared.every((v) => v === 'none') ? 'none' : 'unsure';
}

/**
 * `el` surely has display: none, without a lookup: every source that gives it a display says none
 * (the page's rules that always apply, its inline style, the browser's sheet), and one of them
 * does. No other rule, no SVG attribute: whatever order the cascade puts them in, the answer is none.
 */
function surelyDisplayNone(el: Element, rules: HidingRules): boolean {
  if (!rules.decidable || el.hasAttribute('display')) return false;
  const ua = uaDisplay(el);
  const inline = inlineDisplay(el.getAttribute('style'));
  if (ua === 'unsure' || inline === 'unsure' || matchesFiled(el, rules.otherDisplay)) return false;
  return inline === 'none' || ua === 'none' || matchesFiled(el, rules.plainNone, false);
}

/** Something may give `el` visibility:hidden of its own (its descendants inherit it). */
function maySetVisibilityHidden(el: Element, rules: HidingRules): boolean {
  return el.hasAttribute('visibility') || inlineMayHide(el.getAttribute('style'), 'visibility') || matchesFiled(el, rules.visibility);
}

/** Whether `test` holds for `el` or one of its ancestors (remembered per element, no recursion). */
function selfOrAncestor(el: Element, test: (e: Element) => boolean, memo: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let answer = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) {
      answer = known;
      break;
    }
    path.push(e);
    if (test(e)) {
      answer = true;
      break;
    }
  }
  // Every element below the answer shares it (an ancestor that may hide makes them all maybe).
  for (const e of path) memo.set(e, answer);
  return answer;
}

function hasOwnText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return true;
  return false;
}

export interface HiddenStyleOptions {
  /**
   * Look up every text holder, without reading the rules first: cheaper where the browser has
   * computed the styles already (a lookup there costs microseconds, and reading every rule costs
   * more); the tests compare both ways.
   */
  exhaustive?: boolean;
}

/**
 * Elements with a class that the page's styles hide (display:none, visibility:hidden). Only when
 * reading the page itself (not a de-clobbered copy, which has no window).
 */
export function hiddenByStylesheet(page: Document, doc: Document, options: HiddenStyleOptions = {}): Element[] {
  const win = page === doc ? doc.defaultView : null;
  if (!win || typeof win.getComputedStyle !== 'function' || !doc.body) return [];
  const rules = options.exhaustive ? null : readHidingRules(doc);
  const visibilityMemo = new Map<Element, boolean>();
  const hidden: Element[] = [];
  let checked = 0;
  for (const el of Array.from(doc.body.querySelectorAll('[class]'))) {
    // Text holders only (an element with its own text): a style lookup per element is costly,
    // and hidden containers of text holders are found through the holders' inherited visibility
    // or their own display:none. An empty element (an icon, an ad slot not yet filled) holds no
    // text to hide; an image is checked all the same (a hidden duplicate of a lazy image).
    const children = el.childElementCount;
    if (!hasOwnText(el) && (children > 3 || (children === 0 && el.tagName !== 'IMG'))) continue;
    if (checked++ >= MAX_STYLE_CHECKS) break;
    if (hidden.some((h) => h.contains(el))) continue;
    if (rules) {
      // display:none is the element's own, visibility:hidden may come from an ancestor.
      const display = mayBeDisplayNone(el, rules);
      if (display && surelyDisplayNone(el, rules)) {
        hidden.push(el);
        continue;
      }
      if (!display && !selfOrAncestor(el, (e) => maySetVisibilityHidden(e, rules), visibilityMemo)) continue;
    }
    try {
      const style = win.getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') hidden.push(el);
    } catch {
      // jsdom resolves styles recursively (lazily, on reading a property) and overflows its
      // stack on very deep pages: the style check is a refinement, so it stops there and
      // extraction goes on without it.
      break;
    }
  }
  return hidden;
}
