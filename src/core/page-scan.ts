/**
 * DOM scans shared by detection and extraction: the headline, the byline, the "Published in"
 * label, the `_____` rule, the credit line, the first paragraph. Each is a bounded walk over the
 * live document that only reads (never writes) and never runs Readability, so detection on page
 * load stays cheap.
 */
import { outletOfTail, parseByline } from './byline.ts';
import { creditAround, isCreditPiece, mayBeCreditLine } from './credit-line.ts';
import { DATE_AT_END, DAY_MONTH_DATE, WRITTEN_DATE, parseAnyDate, parseDateText } from './dates.ts';
import { findOutlet } from './outlets.ts';
import { AFTER_STORY_HEADING, MAX_TEXT_NODES, PROVIDED_BY, PROVIDER_HINT, PROVIDER_LABEL, blockLines, blockOf, hintOf, isInPhotoCaption, isInSiteChrome, isMidStoryImageCredit, isOutsideStory, isPhotoCredit } from './page-regions.ts';
import { foldSpace, normalizeName } from './text.ts';
import type { Byline, Credit } from './types.ts';

export const RULE_TEXT = /^\s*_{3,}\s*$/;
export const PUBLISHED_IN = /^\s*Published in\s+(.{2,60}?)\s*$/i;
const BYLINE_HINT = /byline|author|writer|contributor|credit-name|dateline/i;

/**
 * Blocks around a story's end hold no more than this many lines each when they take part in a
 * credit line (a long block is prose, and its lines are never joined to a credit).
 */
const MAX_PIECE_LINES = 4;

interface Line {
  text: string;
  element: Element;
}

/**
 * The lines of `block` and of up to two siblings with text on each side: the neighbourhood a
 * credit line may span. Siblings without text (a logo link, a `<br>`) are passed over, not
 * counted: "Via SyndiGate.info", the source's logo, then its copyright is one credit.
 */
function linesAround(block: Element): { lines: Line[]; own: number[] } {
  const before: Element[] = [];
  const after: Element[] = [];
  const hasText = (e: Element): boolean => /\S/.test(e.textContent ?? '');
  for (let e = block.previousElementSibling; e && before.length < 2; e = e.previousElementSibling) if (hasText(e)) before.unshift(e);
  for (let e = block.nextElementSibling; e && after.length < 2; e = e.nextElementSibling) if (hasText(e)) after.push(e);
  const lines: Line[] = [];
  const own: number[] = [];
  for (const el of [...before, block, ...after]) {
    const texts = el === block || (el.textContent ?? '').length <= 600 ? blockLines(el) : [];
    if (el !== block && texts.length > MAX_PIECE_LINES) {
      lines.push({ text: '', element: el }); // a barrier: nothing joins across it
      continue;
    }
    for (const text of texts) {
      if (el === block) own.push(lines.length);
      lines.push({ text, element: el });
    }
  }
  return { lines, own };
}

export interface FoundCredit {
  credit: Credit;
  /** The block that holds the credit (the first of them when it spans several). */
  element: Element;
  /** Every block it spans. */
  elements: Element[];
  /** The pieces it was assembled from, verbatim (one per block or `<br>` line). */
  pieces: string[];
  /** Where its links point ("Read the original article" → the original's address). */
  links: string[];
}

/** The credit line in `block`, possibly spanning its neighbours, or null. */
export function creditOfBlock(block: Element): FoundCredit | null {
  const { lines, own } = linesAround(block);
  const texts = lines.map((l) => l.text);
  let best: ReturnType<typeof creditAround> = null;
  for (const i of own) {
    const run = creditAround(texts, i);
    if (run && (!best || (best.credit.weak && !run.credit.weak) || run.end - run.start > best.end - best.start)) best = run;
  }
  if (!best) return null;
  const elements = [...new Set(lines.slice(best.start, best.end).map((l) => l.element))];
  // Its links, and those of the text-less siblings between its pieces (the source's logo).
  const linked = elements.flatMap((e, i) => {
    const between: Element[] = [e];
    if (i < elements.length - 1) for (let s = e.nextElementSibling; s && s !== elements[i + 1]; s = s.nextElementSibling) between.push(s);
    return between;
  });
  const links = linked.flatMap((e) => (e.matches('a[href]') ? [e] : Array.from(e.querySelectorAll('a[href]')))).map((a) => a.getAttribute('href') ?? '');
  return { credit: best.credit, element: elements[0]!, elements, pieces: texts.slice(best.start, best.end), links };
}

/** `el` is in the `<footer>` of the `<article>` that holds the story: its credit, after any related box. */
function inStoryFooter(el: Element, first: Element): boolean {
  const article = el.closest('footer')?.parentElement?.closest('article');
  return !!article && article.contains(first);
}

/**
 * True when something between the story's first paragraph and `el` says the story has ended: a
 * heading that links elsewhere (a teaser's headline) or reads "Comments", "Related", "More from".
 */
function storyEndsBefore(first: Element, el: Element, doc: Document): boolean {
  if (!(first.compareDocumentPosition(el) & 4 /* FOLLOWING */)) return false;
  const walker = doc.createTreeWalker(doc.body!, 1 /* SHOW_ELEMENT */);
  walker.currentNode = first;
  let steps = 0;
  for (let n = walker.nextNode() as Element | null; n && n !== el && steps < 3000; n = walker.nextNode() as Element | null, steps++) {
    if (!/^H[1-6]$/.test(n.tagName.toUpperCase())) continue;
    if (n.contains(el)) continue;
    if (n.querySelector('a[href]') || AFTER_STORY_HEADING.test(foldSpace(n.textContent ?? ''))) return true;
  }
  return false;
}

/** A paragraph of the story's prose, not a label or a caption. */
const STORY_PARAGRAPH_CHARS = 80;
/** A heading over a box's credit ("About this story", "Credits"), not a story's headline. */
const BOX_LABEL_CHARS = 60;

/**
 * True when `el` is in an `<aside>` of the story's own credit: a box set among at least three of
 * the story's paragraphs, in a part of the page that is the story, holding nothing but lines that
 * may be a credit, under at most a short heading ("About this story"), and at most two links.
 * An `<aside>` is otherwise outside the story: a sidebar, or a box about another story (its
 * headline, its byline, its teaser), whose credit is that story's.
 */
function inStoryBox(el: Element): boolean {
  const box = el.closest('aside');
  const around = box?.parentElement;
  if (!box || !around || box.querySelectorAll('a[href]').length > 2) return false;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling) {
    const text = foldSpace(c.textContent ?? '');
    const label = /^H[1-6]$/i.test(c.tagName) && text.length <= BOX_LABEL_CHARS;
    if (text && !label && !mayBeCreditLine(text) && !isCreditPiece(text)) return false;
  }
  let paragraphs = 0;
  for (let c = around.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName.toUpperCase() === 'P' && (c.textContent ?? '').length >= STORY_PARAGRAPH_CHARS) paragraphs++;
  }
  return paragraphs >= 3 && !isOutsideStory(around) && !isInSiteChrome(around);
}

/**
 * True when `el`, classed like the site's footer ("ansa-copyright") on a page with no `<article>`,
 * comes right after a paragraph of the story and has no footer or navigation around it: the
 * story's own credit, not the site's.
 */
function closesStoryParagraphs(el: Element): boolean {
  if (el.closest('footer, nav, [role="contentinfo"]')) return false;
  const prev = el.previousElementSibling;
  return !!prev && prev.tagName === 'P' && foldSpace(prev.textContent ?? '').length >= 120;
}

/**
 * Finds the story's credit line: a block that parses as a credit (with its neighbours when the
 * credit spans several blocks or lines), not in a photo caption, the site's own footer, comments,
 * teasers or a sidebar, and not past the story's end. Strong families win over the catch-all;
 * within them, the first one found, except that a dated line of the same publisher after an
 * undated one wins: a newsroom's tagline ("KFF Health News is a national newsroom …") may come
 * before its copyright ("©2025 KFF Health News. Distributed by Tribune Content Agency, LLC."),
 * which also gives the year, the holder and the distributor.
 */
export function findCreditLine(doc: Document, siteNames: string[], storyStart: Element | null = null): FoundCredit | null {
  const body = doc.body;
  if (!body) return null;
  const seen = new Set<Element>();
  const own = siteNames.map(normalizeName).filter(Boolean);
  let weak: FoundCredit | null = null;
  let undated: FoundCredit | null = null;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let visited = 0;
  for (let n = walker.nextNode(); n && visited++ < MAX_TEXT_NODES; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length < 3) continue;
    const head = v.length > 600 ? v.slice(0, 600) : v;
    if (!mayBeCreditLine(head) && !isCreditPiece(head.trimStart())) continue;
    const parent = n.parentElement;
    if (!parent || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|OPTION)$/i.test(parent.tagName)) continue;
    const block = blockOf(n);
    if (!block || seen.has(block)) continue;
    seen.add(block);
    if (isPhotoCredit(block) || (isInSiteChrome(block) && !closesStoryParagraphs(block)) || (isOutsideStory(block) && !inStoryBox(block))) continue;
    const found = creditOfBlock(block);
    if (!found) continue;
    for (const el of found.elements) seen.add(el);
    const { credit } = found;
    // The host site's own copyright line is not a syndication credit.
    const holder = normalizeName(credit.copyrightHolder ?? '');
    if (holder && own.some((o) => o === holder || (o.length > 3 && holder.startsWith(o)))) continue;
    if (storyStart && !inStoryFooter(found.element, storyStart) && storyEndsBefore(storyStart, found.element, doc)) continue;
    if (isMidStoryImageCredit(found.element)) continue;
    if (!credit.weak) {
      if (credit.copyrightYear === null) {
        undated ??= found;
        continue;
      }
      return !undated || normalizeName(undated.credit.publisher ?? '') === normalizeName(credit.publisher ?? '') ? found : undated;
    }
    weak ??= found;
  }
  return undated ?? weak;
}

export interface FoundByline {
  byline: Byline;
  element: Element;
}

function isBylineCandidate(el: Element, text: string): boolean {
  if (BY_WORD.test(text) || /\s(?:on|el|le|am)$/i.test(text) || DATE_AT_END.test(text) || / [|•/] /.test(text)) return true;
  if (BYLINE_HINT.test(hintOf(el)) || el.matches('[rel~="author"], [itemprop~="author"], address')) return true;
  return /,\s*[^,]+$/.test(text);
}

/** "By" and its kin at the start of a byline. */
const BY_WORD = /^(?:by|por|par|von|door|av|af)\s/i;
/** A date written alone, in the element after a byline that ends with "on" (ArcaMax). */
const MAX_DATE_LINE = 60;

/** The element after `el` in document order that is not inside it, within a few steps. */
function nextElementAfter(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return null;
}

/**
 * The outlet named by a line alone under a byline (not a list of sections, not a label with a
 * date), as the byline's tail reads it: "BuzzFeed News Reporter" under a name is the outlet
 * "BuzzFeed News" with a role after it, never an outlet of that name; "Staff Writer" names none.
 */
function outletLine(text: string): string | null {
  if (!text || text.length > 60 || /[,|:]/.test(text) || text.split(' ').length > 6 || /^published in/i.test(text)) return null;
  return outletOfTail(text);
}

/**
 * A byline element's lines without its date: `<time>` and date-only children are taken out (and
 * their date kept), so "Name | Outlet<time>Sep 27, 2025</time>" reads "Name | Outlet".
 */
function bylineLines(el: Element): { lines: string[]; date: string | null } {
  let date: string | null = null;
  // The date elements are found on the page itself; the element is copied (to take them out)
  // only when it has one, which most bylines do not.
  const dated: Element[] = [];
  for (const child of Array.from(el.querySelectorAll('*'))) {
    if (dated.some((d) => d.contains(child))) continue;
    const t = foldSpace(child.textContent ?? '');
    const isTime = child.tagName.toUpperCase() === 'TIME';
    const d = isTime || (t.length <= MAX_DATE_LINE && child.childElementCount === 0) ? parseDateText(t) ?? parseAnyDate(child.getAttribute('datetime')) : null;
    if (!d && !isTime) continue;
    if (!isTime && foldSpace(t.replace(DAY_MONTH_DATE, '').replace(WRITTEN_DATE, '')).replace(/^(?:published|updated|posted|on|at|[\d:.,\s]|[ap]\.?m\.?|[A-Z]{2,4})+$/i, '') !== '') continue;
    date ??= d;
    dated.push(child);
  }
  if (!dated.length) return { lines: blockLines(el), date };
  const paths = dated.map((d) => childPath(el, d));
  const copy = el.cloneNode(true) as Element;
  for (const child of paths.map((path) => nodeAt(copy, path))) child?.remove();
  return { lines: blockLines(copy), date };
}

/** The child-index path from `root` down to `node`. */
function childPath(root: Node, node: Node): number[] {
  const path: number[] = [];
  for (let n: Node = node; n !== root && n.parentNode; n = n.parentNode) path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n) as number);
  return path;
}

function nodeAt(root: Node, path: number[]): ChildNode | null {
  let n: Node | undefined = root;
  for (const i of path) n = n?.childNodes[i];
  return n && n !== root ? (n as ChildNode) : null;
}

/** The date written in the element after a byline (`<span>Name, Outlet on</span> <span>Nov 17, 2024</span>`). */
function dateAfter(el: Element): string | null {
  const next = nextElementAfter(el);
  if (!next) return null;
  const text = foldSpace(next.textContent ?? '');
  return text && text.length <= MAX_DATE_LINE ? parseDateText(text) : null;
}

/**
 * Finds the byline: walks forward from the headline over short blocks until the body starts,
 * then falls back to elements marked as authors. A name-only byline followed by an outlet on its
 * own line ("By Tim Dunn" / "Boston Herald") takes that outlet; a byline without a date takes the
 * date written in the next element.
 */
export function findByline(doc: Document, headline: Element | null, title: string | null, storyStart: Element | null = null): FoundByline | null {
  // The headline said again (an infobox's caption, a sticky header) is no byline, nor are the
  // lines under it: "New Zealand" / "Aotearoa (Māori)" is a name in two languages, not a person
  // and an outlet.
  const headlineText = headline ? normalizeName(headline.textContent ?? '') : '';
  const titleText = title ? normalizeName(title) : '';
  const isHeadlineAgain = (text: string): boolean => {
    const t = normalizeName(text);
    return !!t && (t === titleText || t === headlineText);
  };
  const tryElement = (el: Element): FoundByline | null => {
    // A byline is a line: an element with many children is a container (skip reading its text).
    if (el.childElementCount > 8) return null;
    // A container of the story is no byline: its length says so before any folding.
    const raw = el.textContent ?? '';
    if (raw.length > 600) return null;
    const whole = foldSpace(raw);
    if (!whole || whole.length > 220 || isHeadlineAgain(whole)) return null;
    // An element of text alone needs no copy to take its date out.
    const { lines, date } = el.childElementCount ? bylineLines(el) : { lines: [whole], date: null };
    const text = lines.join(' ');
    let byline: Byline | null = null;
    // Lines of their own (<br> or blocks): "By Tim Dunn" / "Boston Herald", "The Associated Press" / "Published …".
    if (lines.length >= 2 && !isHeadlineAgain(lines[0]!)) {
      const first = parseByline(lines[0]!);
      const agency = findOutlet(lines[0]!);
      if (first && (first.authors.length || (agency && (agency.kind === 'wire' || agency.kind === 'syndicate')))) byline = first;
      if (byline && !byline.outlet) byline.outlet = outletLine(lines[1]!);
    }
    if (!byline && text && isBylineCandidate(el, text)) byline = parseByline(text);
    if (!byline) return null;
    // The byline as printed is the smallest element that holds it: "<span>By Jane Doe</span><span>The
    // Seattle Times</span>" is the byline "Jane Doe" with the outlet on the next element. But a
    // separator printed between the pieces makes them one line: "Par <span>Camille Arroyo</span>,
    // <span>Los Angeles Times</span>" is the byline "Camille Arroyo, Los Angeles Times".
    const inner = el.firstElementChild;
    const glue = Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.nodeValue ?? '').join(' ');
    if (inner && inner !== el && foldSpace(inner.textContent ?? '') !== whole && !/[,|/(—–]/.test(glue)) {
      const alone = tryElement(inner);
      if (alone && alone.byline.authors.join() === byline.authors.join()) return alone;
    }
    // Ancestor walks last: they cost a step per level on deeply nested pages.
    if (isInPhotoCaption(el) || isOutsideStory(el, 'long lists') || isInSiteChrome(el)) return null;
    byline.date ??= date;
    if (!byline.outlet && byline.authors.length) {
      const next = el.nextElementSibling;
      const nextText = foldSpace(next?.textContent ?? '');
      byline.outlet = outletLine(nextText);
    }
    byline.date ??= dateAfter(el);
    return { byline, element: el };
  };

  if (headline && doc.body) {
    const walker = doc.createTreeWalker(doc.body, 1 /* NodeFilter.SHOW_ELEMENT */);
    walker.currentNode = headline;
    let steps = 0;
    // A wire's name alone may be a portal's provider label beside the people's byline: keep
    // looking for one that names people, and fall back to the wire's.
    let agencyOnly: FoundByline | null = null;
    for (let el = walker.nextNode() as Element | null; el && steps < 80; el = walker.nextNode() as Element | null, steps++) {
      if (headline.contains(el)) continue;
      if (el === storyStart || (el.tagName === 'P' && (el.textContent ?? '').length > 250)) break;
      const found = tryElement(el);
      if (found && !found.byline.authors.length) agencyOnly ??= found;
      else if (found) return found;
    }
    if (agencyOnly) return agencyOnly;
  }
  // Elements marked as authors (rel, itemprop, class or id), found in one pass: substring
  // attribute selectors are slow in jsdom.
  let tried = 0;
  for (const el of Array.from(doc.body?.getElementsByTagName('*') ?? [])) {
    const marked =
      /\bauthor\b/i.test(`${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`) ||
      /byline|author/i.test(el.getAttribute('class') ?? '') ||
      /byline/i.test(el.getAttribute('id') ?? '');
    if (!marked || isOutsideStory(el) || isInSiteChrome(el)) continue;
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

/**
 * The headline on a page that prints it in no heading element (older table layouts set it in
 * `<font size="5"><b>…</b></font>`): the outermost element of the body, outside links, whose whole
 * text is the title. Read only when no h1–h3 holds the title.
 */
export function findTitleText(doc: Document, title: string | null): Element | null {
  const want = title ? normalizeName(title) : '';
  if (!doc.body || want.length < 8) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  // Each element's text is read once at most: a page of many short texts in one container must
  // not have that container's whole text built for each of them.
  const tried = new Set<Element>();
  let visited = 0;
  for (let n = walker.nextNode(); n && visited++ < MAX_TEXT_NODES; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    // The title is in this text, or this text is a piece of it: cheap tests before the element's.
    if (v.length < 8 || v.length > want.length * 3 + 40) continue;
    const piece = normalizeName(v);
    if (!piece || !want.includes(piece)) continue;
    let el = n.parentElement;
    if (!el || tried.has(el)) continue;
    tried.add(el);
    if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE|OPTION|A)$/i.test(el.tagName) || el.closest('a') || normalizeName(el.textContent ?? '') !== want) continue;
    while (el.parentElement && el.parentElement !== doc.body && normalizeName(el.parentElement.textContent ?? '') === want) el = el.parentElement;
    return el;
  }
  return null;
}

/** A headline's summary under it ("article-excerpt", "dek", "standfirst"): not where the story starts. */
const DEK_HINT = /excerpt|standfirst|subtitle|sub-?head|summary|(?:^|[\s_-])(?:dek|deck)(?:$|[\s_-])/i;

/**
 * The story's first real paragraphs (up to `count`), after the headline when there is one: the
 * dateline is in the first, unless a notice or a photo caption came before it.
 */
export function findLeadParagraphs(doc: Document, headline: Element | null, count = 3): { text: string; element: Element }[] {
  const paragraphs = Array.from(doc.querySelectorAll('p'));
  let start = 0;
  if (headline) {
    const idx = paragraphs.findIndex((p) => headline.compareDocumentPosition(p) & 4 /* FOLLOWING */);
    if (idx >= 0) start = idx;
  }
  const lead: { text: string; element: Element }[] = [];
  for (let i = start; i < Math.min(paragraphs.length, start + 40) && lead.length < count; i++) {
    const p = paragraphs[i]!;
    const t = foldSpace(p.textContent ?? '');
    // A long byline ("A, B and C, Outlet on Oct 28, 2024") is not the story's first paragraph.
    if (t.length >= 80 && !(t.length <= 220 && parseByline(t)) && !DEK_HINT.test(p.getAttribute('class') ?? '') && !isInSiteChrome(p) && !isInPhotoCaption(p)) lead.push({ text: t, element: p });
  }
  return lead;
}


/**
 * A wire's sign-off closing a paragraph of the story, as South Asian papers print PTI's and
 * IANS's stories and many sites an agency's: "… sneak into the US. PTI", "… on Friday. — IANS",
 * "… in the capital (Xinhua)". The code stands apart (after a sentence's end, a dash, or in
 * parentheses): "said Reuters" or "told AFP." is a mention, not a sign-off. Codes of three
 * letters or more, so that the on-load pre-check, which reads text nodes of three characters or
 * more, sees every one (precheck.ts).
 */
const SIGN_OFF_CODE = '(PTI|IANS|ANI|UNI|AFP|Reuters|Xinhua|dpa|EFE|AAP|Yonhap|Bernama|WAM|KUNA)';
const SIGN_OFF = new RegExp(`(?:[.!?"”’]\\s*\\(?|[-—–]\\s*\\(?|\\s\\()${SIGN_OFF_CODE}\\)?\\s*$`);
/**
 * A text whose folded form may end with a sign-off ends with a code (foldSpace drops the white
 * space after it, and the zero-width space, which \s does not take): the cheap test first.
 */
const ENDS_WITH_CODE = new RegExp(`${SIGN_OFF_CODE}\\)?[\\s\u200b]*$`);

/** The first story paragraph (80 characters or more, outside captions, chrome and teasers) that ends with a wire's sign-off. */
export function findSignOff(doc: Document): { code: string; text: string; element: Element } | null {
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < 2000; i++) {
    const p = paragraphs[i]!;
    // Only a paragraph that ends with a code gets its spaces folded.
    const raw = p.textContent ?? '';
    if (raw.length < 80 || !ENDS_WITH_CODE.test(raw)) continue;
    const t = foldSpace(raw);
    const m = t.length >= 80 ? SIGN_OFF.exec(t) : null;
    if (m && !isInSiteChrome(p) && !isPhotoCredit(p) && !isOutsideStory(p)) return { code: m[1]!, text: t.length > 60 ? `…${t.slice(t.indexOf(' ', t.length - 60) + 1)}` : t, element: p };
  }
  return null;
}

export interface FoundProvider {
  /** The outlet's name as printed (or as the logo's alt text). */
  name: string;
  /** The label as printed. */
  text: string;
  element: Element;
}

/**
 * A portal's provider label: between the headline and the story, a short element (or a logo's
 * alt text) that is a known outlet's name alone, as portals print beside the byline; or anywhere
 * in the story, a short "Provided by X" line. Never in the site's chrome, comments or teasers.
 */
export function findProviderLabel(doc: Document, headline: Element | null, storyStart: Element | null, byline: Element | null = null): FoundProvider | null {
  const body = doc.body;
  if (!body) return null;
  if (headline) {
    // The story's header: from the start of the container that holds both the headline and the
    // story (portals put the provider above the headline) to the story's first paragraph.
    let scope: Element = headline.parentElement ?? body;
    if (storyStart) while (scope !== body && !scope.contains(storyStart)) scope = scope.parentElement ?? body;
    const walker = doc.createTreeWalker(scope, 1 /* SHOW_ELEMENT */);
    let steps = 0;
    for (let el = walker.nextNode() as Element | null; el && steps < 150; el = walker.nextNode() as Element | null, steps++) {
      if (el === storyStart) break;
      // The byline's own outlet ("Par X, <span>Los Angeles Times</span>") is no provider label.
      if (headline.contains(el) || el.contains(headline) || (storyStart && el.contains(storyStart)) || byline?.contains(el)) continue;
      const isImage = el.tagName.toUpperCase() === 'IMG';
      const text = foldSpace(isImage ? (el.getAttribute('alt') ?? '') : el.childElementCount ? '' : (el.textContent ?? ''));
      if (!text || text.length > 60) continue;
      const label = PROVIDER_LABEL.exec(text);
      const name = label ? label[1]! : text.replace(/\s+logo$/i, '');
      // A provider's logo is often a link to its page on the portal: links count here.
      if (findOutlet(name) && !isInSiteChrome(el) && !isOutsideStory(el, 'long lists', 'links allowed') && !isPhotoCredit(el)) return { name, text, element: el };
    }
  }
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  let visited = 0;
  for (let n = walker.nextNode(); n && visited++ < MAX_TEXT_NODES; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length > 80 || !PROVIDER_HINT.test(v)) continue;
    const block = blockOf(n);
    if (!block) continue;
    const text = foldSpace(block.textContent ?? '');
    const label = PROVIDER_LABEL.exec(text);
    if (!label || isInSiteChrome(block) || isOutsideStory(block) || isPhotoCredit(block)) continue;
    // "Photo courtesy of the family" is no provider: unknown names count only after "Provided by".
    if (!PROVIDED_BY.test(text) && !findOutlet(label[1]!)) continue;
    return { name: label[1]!, text, element: block };
  }
  return null;
}
