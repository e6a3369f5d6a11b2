/**
 * Splits the trailer and the header lines out of Readability's output. Readability keeps short
 * paragraphs of the winning container, so the byline, "Published in …", the `_____` rule and the
 * credit line usually land in the body (docs/arcamax.md). They are metadata:
 * this removes them from the body and hands back any credit line found there, so it is never lost.
 */
import { parseByline } from './byline.ts';
import { DAY_MONTH_DATE, MONTH_NAME, WEEKDAY_NAME, WRITTEN_DATE } from './dates.ts';
import { creditAround, isCreditPiece, mayBeCreditLine } from './credit-line.ts';
import { blockLines, isMidStoryImageCredit, isPhotoCredit } from './page-regions.ts';
import { PUBLISHED_IN, RULE_TEXT } from './page-scan.ts';
import { foldSpace, hasText, normalizeName } from './text.ts';
import type { Credit } from './types.ts';

/** What keeps a block that has no text: it shows something. */
const MEDIA = 'img, picture, video';
const LEAF_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, div, td, dd, dt, address, section';
// "(END) Dow Jones Newswires": a wire's end mark (its time stamp follows: a date line, below); "JMR // JMR":
// Lusa's desk initials closing its stories.
const TRAILER_BOILERPLATE = /^(?:Provided by .{2,60}|[A-Z]{2,4}(?:\/[A-Z]{2,4})*\s*\/\/\s*[A-Z]{2,4}(?:\/[A-Z]{2,4})*|(?:(?:reader|user)s?['’]? )?Comments?(?:\s*\(\d+\))?|Read the original article\.?|Related|More from .{2,40}|Advertisement|Share this (?:article|story)|\(END\)(?: Dow Jones Newswires)?)$/i;
/**
 * A rights notice that is no credit (the site's own, its owner's, or a wire's terms): "Copyright
 * 2024 Beacon Broadcasting Inc. All rights reserved. This material may not be published, broadcast,
 * …", "… may not be reproduced … without prior written permission", AFP's French "… ne peut être
 * reproduite … sans l'accord préalable écrit de l'AFP".
 */
const RIGHTS_NOTICE = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b.{0,100}?\ball rights reserved\b.{0,140}$|^(?:this|no part of this) [\w ]{0,30}?(?:may|can|must) not be (?:published|reproduced|copied|redistributed)\b.{0,160}\bwithout\b.{0,60}\b(?:permission|consent)\b|\bne (?:peut|peuvent) (?:être|etre) reprodui/i;
/** How many leading blocks may hold the byline / dateline lines. */
const HEADER_ZONE = 4;
const DATE_WORDS = new RegExp(String.raw`\b(?:posted|published|updated|last updated|modified|on|at|am|pm|a\.m\.|p\.m\.|[ECMP][SD]T|UTC|GMT|ET|PT|${WEEKDAY_NAME})\b\.?`, 'gi');

/**
 * The same in French, Spanish, German and Italian stamps ("publié le 14 février 2024 à 11h47",
 * "actualizado el 3 de marzo"), bounded by spaces: `\b` does not see the accented letters.
 */
const FOREIGN_DATE_WORDS = /(?<=^|[\s,(])(?:publiée?|mise? à jour|modifiée?|le|à|publicado|actualizado|el|a las|veröffentlicht|aktualisiert|um|uhr|pubblicato|aggiornato|alle)(?=$|[\s,.:)])/gi;

const WRITTEN_DATES = new RegExp(WRITTEN_DATE.source, 'gi');
const DAY_MONTH_DATES = new RegExp(DAY_MONTH_DATE.source, 'gi');
const MONTH_AND_DAY = new RegExp(String.raw`\b(?:${MONTH_NAME})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'gi');

/** `text` without its dates, times and date words ("Published", "Updated", "at", "EST"). */
function withoutDates(text: string): string {
  return text
    .replace(WRITTEN_DATES, ' ')
    // "12 juillet 2025", "17 de noviembre de 2024", "17. November 2024"
    .replace(DAY_MONTH_DATES, ' ')
    // A month and day without the year ("Updated Nov 19, 9:41 AM").
    .replace(MONTH_AND_DAY, ' ')
    .replace(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b/g, ' ')
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?/g, ' ')
    // "11h47", "11 h 47" (French times).
    .replace(/\b\d{1,2}\s?h\s?\d{2}\b/g, ' ')
    // The reading time printed beside the date ("Tue, Mar 19, 2024, 12:12 AM 4 min read").
    .replace(/\b\d{1,3}\s*min(?:ute)?s?\.?\s+read\b/gi, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(FOREIGN_DATE_WORDS, ' ');
}

/** A line that is only a date and time ("July 10, 2024 at 5:12 pm", "Updated: 3/14/2025 9:30 PM"). */
export function isDateLine(text: string, maxLength = 80): boolean {
  if (text.length > maxLength || !/\d/.test(text)) return false;
  return withoutDates(text).replace(/[\s,.:;|·•–—()-]+/g, '') === '';
}

/** A byline run together with its date ("The Associated Press Published Monday, November 18, 2019 8:22AM EST"). */
export function isBylineDateLine(text: string): boolean {
  if (text.length > 160 || (!WRITTEN_DATE.test(text) && !DAY_MONTH_DATE.test(text) && !/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/.test(text))) return false;
  const rest = withoutDates(text).replace(/[\s,.:|·•–—-]+$/g, '').replace(/\s+/g, ' ').trim();
  return !!rest && !!parseByline(rest);
}

export interface TrailerInput {
  title: string | null;
  bylineText: string | null;
  /** The pieces of the credit line the page scan found (one per block or line), verbatim. */
  creditPieces: string[];
  /** A provider label the page scan found ("Provided by The Conversation"): attribution, not body. */
  providerText: string | null;
  /** The site's own name: alone on a line at the top, it is the page's, not the story's. */
  siteName?: string | null;
}

export interface TrailerResult {
  /** A credit line found in the body (when the page scan found none). */
  credit: Credit | null;
  /** A "Published in …" label found in the body. */
  section: string | null;
}

const BLOCK_TAG = /^(?:P|DIV|H[1-6]|UL|OL|LI|BLOCKQUOTE|PRE|TABLE|FIGURE|SECTION|ARTICLE|HEADER|FOOTER|DL)$/i;

function hasBlockChildren(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAG.test(c.tagName)) return true;
  return false;
}

/** A header or trailer line is short: a longer run is a paragraph of the story. */
const LINE_CHARS = 200;

/** The nearest block around `node` inside `content` (or `content`). */
function blockAround(node: Node | null, content: Element): Element | null {
  let block = node?.parentElement ?? null;
  while (block && block !== content && !BLOCK_TAG.test(block.tagName)) block = block.parentElement;
  return block;
}

/** The first text of `content` that is not blank, or its last (walked from the end). */
function edgeText(content: Element, last: boolean): Node | null {
  const walker = content.ownerDocument.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  let t: Node | null;
  if (last) {
    let deepest: Node = content;
    while (deepest.lastChild) deepest = deepest.lastChild;
    walker.currentNode = deepest;
    t = deepest.nodeType === 3 ? deepest : walker.previousNode();
  } else t = walker.nextNode();
  while (t && !hasText(t.nodeValue ?? '')) t = last ? walker.previousNode() : walker.nextNode();
  return t;
}

/**
 * Older table layouts print the header and the trailer as lines of one block, split by `<br>`:
 * "<b>Headline</b><br>By Jane Doe<br>Published: …<br>", the story, then a closing line. Readability
 * keeps them in the story's container as inline runs beside its paragraphs, which the block tests
 * below never see. The lines at one end of that block (at most HEADER_ZONE with text, each short,
 * up to a block or a long line) become paragraphs of their own; the header and trailer tests then
 * read them like any other line.
 */
function splitEndLines(content: Element, fromEnd: boolean): void {
  let block = blockAround(edgeText(content, fromEnd), content);
  // A headline first: the lines under it in its container ("<td><h3>Headline</h3><span>Jane Doe on Oct
  // 21, 2025</span><br><span>Published in Advice</span></td>").
  let first: ChildNode | null = block?.firstChild ?? null;
  if (!fromEnd && block && /^H[1-6]$/.test(block.tagName) && block.parentElement && block !== content) {
    first = block.nextSibling;
    block = block.parentElement;
  }
  if (!block || block.tagName === 'P') return;
  const runs: { nodes: ChildNode[]; br: Element | null }[] = [];
  let nodes: ChildNode[] = [];
  const close = (br: Element | null): void => {
    if (hasText(nodes.map((x) => x.textContent ?? '').join(''))) runs.push({ nodes: fromEnd ? nodes.reverse() : nodes, br });
    nodes = [];
  };
  for (let n = fromEnd ? block.lastChild : first; n && runs.length < HEADER_ZONE; n = fromEnd ? n.previousSibling : n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).tagName === 'BR') {
      close(n as Element);
      continue;
    }
    // Elements without text (a spacer image, an emptied table) stay where they are.
    if (n.nodeType === 1 && !hasText(n.textContent ?? '')) continue;
    if (n.nodeType === 1 && (BLOCK_TAG.test((n as Element).tagName) || hasBlockChildren(n as Element))) break;
    nodes.push(n);
  }
  close(null);
  const texts = runs.map((r) => foldSpace(r.nodes.map((x) => x.textContent ?? '').join('')));
  // At the top, two lines at least (a headline and a byline); at the end, one will do.
  if (runs.length < (fromEnd ? 1 : 2) || texts.some((t) => t.length > LINE_CHARS)) return;
  for (const run of runs) {
    const line = content.ownerDocument.createElement('p');
    run.nodes[0]!.before(line);
    line.append(...run.nodes);
    run.br?.remove();
  }
}

/** Removes header/trailer lines from `content` (in place). */
export function splitTrailer(content: Element, input: TrailerInput): TrailerResult {
  const result: TrailerResult = { credit: null, section: null };
  splitEndLines(content, false);
  splitEndLines(content, true);
  const title = input.title ? normalizeName(input.title) : '';
  const bylineText = input.bylineText ? foldSpace(input.bylineText) : '';
  const siteName = input.siteName ? normalizeName(input.siteName) : '';
  const pieces = new Set(input.creditPieces.map(foldSpace));
  const whole = input.creditPieces.length ? foldSpace(input.creditPieces.join(' ')) : '';
  const blocks = Array.from(content.querySelectorAll(LEAF_BLOCKS)).filter((el) => !hasBlockChildren(el));
  // Lines split by <br> are joined with a space, never glued: a credit line is kept verbatim.
  const lines = blocks.map((el) => blockLines(el));
  const texts = lines.map((l) => l.join(' '));
  // Positions count blocks with text only (empty ones, an ad's box, are not lines of the story).
  // The story's last lines are those before the credit line the page scan found, when it is in
  // the second half (it closes the story), else the body's last.
  const lineCount = texts.filter(Boolean).length;
  const creditAt = texts.findIndex((t) => pieces.has(t) || (!!whole && t === whole));
  const beforeCredit = creditAt >= 0 ? texts.slice(0, creditAt).filter(Boolean).length : lineCount;
  const storyEnd = beforeCredit >= lineCount / 2 ? beforeCredit : lineCount;
  let afterRule = false;
  // Where the story ends: set by a credit that closes it. What follows is the host's boilerplate.
  let creditMark: Comment | null = null;
  const endStory = (): Comment => (creditMark = content.ownerDocument.createComment(''));
  let index = 0;
  for (let b = 0; b < blocks.length; b++) {
    const el = blocks[b]!;
    if (!content.contains(el)) continue;
    // The credit line closes the story: what follows it is the host's boilerplate (citation
    // notices, "Provided by", related links).
    if (creditMark) {
      el.remove();
      continue;
    }
    const text = texts[b]!;
    const hasMedia = !!el.querySelector(MEDIA);
    if (!text) {
      if (!hasMedia) el.remove();
      continue;
    }
    const i = index++;
    if (RULE_TEXT.test(text)) {
      afterRule = true;
      el.remove();
      continue;
    }
    const published = PUBLISHED_IN.exec(text);
    if (published) {
      result.section ??= published[1]!;
      el.remove();
      continue;
    }
    // The provider label, alone or opening the header's line of details ("Source: The Denver Post · Kyle Brannigan · Mar 5, 2024").
    if (input.providerText && (text === input.providerText || (i < HEADER_ZONE && text.startsWith(input.providerText) && /^\s*[·•|—–-]/.test(text.slice(input.providerText.length))))) {
      el.remove();
      continue;
    }
    const isPiece = pieces.has(text) || text === whole;
    // The text first: the place (ancestor walks) only for a line that may be a credit.
    const run = isPiece || hasMedia || (!mayBeCreditLine(text) && !isCreditPiece(text)) || isPhotoCredit(el) || isMidStoryImageCredit(el) ? null : creditAround(texts, b);
    // A credit run on at the end of a story paragraph after a <br> ("… in the ground.”<br><small>©2025
    // Miami Herald. … LLC.</small>"): its lines go, the paragraph stays, and the story ends there.
    const tail = isPiece || run || i < lineCount / 2 || lines[b]!.length < 2 ? null : runOnCredit(lines[b]!, pieces, whole);
    if (tail && cutLinesFrom(el, tail.at, lines[b]!.length)) {
      if (tail.credit && !whole) result.credit ??= tail.credit;
      el.after(endStory());
      continue;
    }
    if (isPiece || run) {
      if (run && !whole) result.credit ??= run.credit;
      // A credit over several blocks: its other pieces go too (those before it were kept so far).
      if (run) for (const piece of blocks.slice(run.start, run.end)) piece.remove();
      // Only a credit in the second half of the body closes it (never one at the top).
      if (i >= lineCount / 2) el.replaceWith(endStory());
      else el.remove();
      continue;
    }
    if (i < HEADER_ZONE && (isDateLine(text) || isBylineDateLine(text))) {
      el.remove();
      continue;
    }
    if (i < HEADER_ZONE && ((title && normalizeName(text) === title) || (siteName && normalizeName(text) === siteName))) {
      el.remove();
      continue;
    }
    // The byline as the page scan found it, or the names that open it (the scan's element may hold
    // the date and the reading time too: "Jane Doe and John Roe Tue, Mar 19, 2024 4 min read").
    // Or its own line over a short one or two ("By Jake Griffin" / "The Daily Courier"), which the
    // joined text may not parse as one byline.
    const ownLine = lines[b]![0] === bylineText && lines[b]!.length <= 3 && lines[b]!.every((l) => l.length <= 60);
    if (bylineText && i < HEADER_ZONE && (((text === bylineText || text.startsWith(bylineText) || bylineText.startsWith(text) || /^by\s/i.test(text)) && parseByline(text)) || ownLine)) {
      el.remove();
      continue;
    }
    // The story's last lines: boilerplate, or a time stamp alone ("October 08, 2024 09:41 ET (13:41 GMT)").
    if ((afterRule || (i >= storyEnd - 4 && i < storyEnd)) && (TRAILER_BOILERPLATE.test(text) || RIGHTS_NOTICE.test(text) || isDateLine(text))) {
      el.remove();
      continue;
    }
  }
  if (creditMark) removeAfter(creditMark, content);
  removeTrailingHeadings(content);
  removeEmptyContainers(content);
  return result;
}

/**
 * The credit that closes a block's lines (split by `<br>`), from its second line on: where it
 * starts, and the credit when the page scan did not give it. Up to three lines.
 */
function runOnCredit(own: readonly string[], pieces: ReadonlySet<string>, whole: string): { at: number; credit: Credit | null } | null {
  for (let at = own.length - 1; at >= 1 && at >= own.length - 3; at--) {
    const tail = own.slice(at);
    if (tail.every((l) => pieces.has(l)) || (!!whole && tail.join(' ') === whole)) return { at, credit: null };
    if (!mayBeCreditLine(own[at]!) && !isCreditPiece(own[at]!)) continue;
    const run = creditAround(own, at);
    if (run && run.start === at && run.end === own.length) return { at, credit: run.credit };
  }
  return null;
}

/**
 * Removes the lines of `el` from line `at` on (and the `<br>` before them), when its `<br>`s at
 * the top level split it into the `count` lines read: a `<br>` nested deeper is not mapped.
 */
function cutLinesFrom(el: Element, at: number, count: number): boolean {
  const starts: (ChildNode | null)[] = [];
  let segment: ChildNode[] = [];
  let br: ChildNode | null = null;
  const close = (): void => {
    if (hasText(segment.map((n) => n.textContent ?? '').join(''))) starts.push(br);
    segment = [];
  };
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).tagName === 'BR') {
      close();
      br = n;
    } else segment.push(n);
  }
  close();
  const from = starts[at];
  if (starts.length !== count || !from) return false;
  while (from.nextSibling) from.nextSibling.remove();
  from.remove();
  return true;
}

/**
 * Removes what follows `mark` inside `content`, at every level up to it, and the mark: after the
 * credit line the blocks went one by one above, but a line that is no block ("<b>Reader Comments
 * (2)</b><br>" beside the story's paragraphs in an old table layout) is the host's too.
 */
function removeAfter(mark: Node, content: Element): void {
  for (let node: Node | null = mark; node && node !== content; node = node.parentNode) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  mark.parentNode?.removeChild(mark);
}

/** A heading this long or shorter is a label ("About this story", "Related"), not a story's line. */
const LABEL_CHARS = 80;

/**
 * Removes the headings left last in the body over nothing: the label of what the removals took
 * (a credit box's "About this story", a "Related" over its list). A heading closes no story.
 */
function removeTrailingHeadings(content: Element): void {
  const headings = Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6')).reverse();
  for (const h of headings) {
    if (!nothingAfter(h, content) || foldSpace(h.textContent ?? '').length > LABEL_CHARS) return;
    h.remove();
  }
}

/** True when no text but white space, and no image or video, follows `el` inside `content`. */
function nothingAfter(el: Element, content: Element): boolean {
  for (let e: Element | null = el; e && e !== content; e = e.parentElement) {
    for (let s = e.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3 && hasText(s.nodeValue ?? '')) return false;
      if (s.nodeType !== 1) continue;
      const sib = s as Element;
      if (hasText(sib.textContent ?? '') || sib.matches(MEDIA) || sib.querySelector(MEDIA)) return false;
    }
  }
  return true;
}

/**
 * Removes the containers the removals emptied: every div, section, span and p under `content`
 * with no text but white space and no image or video. One pass marks the ancestors of each text
 * and each medium; asking every container for its folded textContent instead read each text once
 * per container around it, and was the costliest string work of the extraction.
 */
function removeEmptyContainers(content: Element): void {
  const kept = new Set<Node>();
  const keepAncestors = (node: Node): void => {
    // Stops at a container already marked: its own ancestors were marked with it.
    for (let up = node.parentNode; up && up !== content && !kept.has(up); up = up.parentNode) kept.add(up);
  };
  const texts = content.ownerDocument.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  // A container's folded text is empty exactly when each of its texts is.
  for (let t = texts.nextNode(); t; t = texts.nextNode()) if (hasText(t.nodeValue ?? '')) keepAncestors(t);
  for (const media of Array.from(content.querySelectorAll(MEDIA))) keepAncestors(media);
  for (const el of Array.from(content.querySelectorAll('div, section, span, p'))) if (!kept.has(el) && content.contains(el)) el.remove();
}
