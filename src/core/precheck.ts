/**
 * The on-load pre-check: could this page be a syndicated copy? It runs on every page load where
 * on-load detection is on, so it must be small (it ships without the outlet gazetteer, the
 * syndicate table and the byline parser) and cheap (one walk over the text, a few reads of markup,
 * the header around the headline).
 * Only when it says "maybe" does the full detection (detect.ts) run.
 *
 * It looks for the *shape* of every clue the full detection can call strong (findings.ts), never
 * deciding whose it is beyond the obvious (the host's own brand): a page the full detection calls
 * syndicated must always be a candidate here. test/slow/precheck-superset.test.ts holds it to
 * that on every page we have (fixtures, the attribution corpus, both benchmarks); a page that is
 * a candidate but turns out not to be syndicated costs only the full detection's time.
 *
 *   ArcaMax (host, title, breadcrumb) ─────────────────────────────► candidate
 *   markup: canonical / syndication-source elsewhere, republication
 *           pixel, JSON-LD provider, source, based-on, credit, holder,
 *           a wire named as author ──────────────────────────────────► candidate
 *   text (one walk): an agency code "(AP)" or a wire's sign-off "PTI",
 *           a credit line that is not the host's own copyright,
 *           "Provided by", a byline whose tail may name an outlet ──► candidate
 *   otherwise ──────────────────────────────────────────────────────► not syndicated
 */
import { findArcamaxBreadcrumb, hasArcamaxTitle } from './arcamax.ts';
import { MARK_AND_YEAR, isCreditPiece, mayBeCreditLine } from './credit-hint.ts';
import { findPixel, markupSources, readAttributionMarkup, type AttributionMarkup } from './markup.ts';
import { mayNameOutlet, outletRuns } from './outlet-sketch.ts';
import { BY_PREFIX, MAX_BYLINE, NAME_JOIN, OUTLET_WORD, PERSON_PARTICLE } from './byline-words.ts';
import { isOwnName } from './own-names.ts';
import { MAX_TEXT_NODES, PROVIDED_BY, PROVIDER_HINT, PROVIDER_LABEL, blockLines, blockOf, findHeadline, isInPhotoCaption, isInSiteChrome, isOutsideStory } from './page-regions.ts';
import { brandLabel, foldSpace, hostOf, normalizeName, sameBrand } from './text.ts';
import { unclobbered } from './unclobber.ts';

/** Which kind of clue made the page a candidate. */
export type PrecheckClue = 'arcamax' | 'markup' | 'dateline' | 'credit' | 'provider' | 'byline';

export interface Precheck {
  /** True when the full detection must run. */
  candidate: boolean;
  /** The first clue found (the walk stops there), or null. */
  clue: PrecheckClue | null;
  /** What was seen (for tests and for reading why a page went on). */
  evidence: string | null;
}

/**
 * An agency's code in parentheses, then a dash (or the dash in the next element), as wire
 * datelines print it (findings.ts AGENCY_DATELINE); or a wire's code closing a text, as its
 * sign-off does (page-scan.ts SIGN_OFF, here without the separator before it).
 */
const AGENCY_CODE = /\((?:AP|Reuters|AFP|Bloomberg|UPI|CNN|TNS|dpa|EFE|Xinhua|ANSA|Lusa)\)\s*(?:[-—–]|$)|(?:PTI|IANS|ANI|UNI|AFP|Reuters|Xinhua|dpa|EFE|AAP|Yonhap|Bernama|WAM|KUNA)\)?\s*$/;
/**
 * What every credit family of the syndicate table (syndicates.ts) requires besides a copyright
 * mark: a distributor's sign-off, a republication notice, a syndicate's footer. A line with one of
 * these is a clue whoever it names.
 */
const CREDIT_LEAD =
  /distributed by|distribuido por|distribué par|syndigate|not for publication|to find out more about|kff health news is a|^\s*(?:originally|first) (?:published|appeared)|^\s*this (?:article|story|piece|post|column|report) (?:was |is |has been )?(?:originally |first )?(?:published|posted|appeared|produced|reprinted|republished)/i;
/** A copyright mark (syndicates.ts MARK). */
const COPYRIGHT_MARK = /©|\(c\)|copyright\b/i;
/** A copyright statement and what follows it (its holder, when one is printed). */
const COPYRIGHT = /(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?)?[\s,.:]*(?:by\s+)?([^©]{0,90})/gi;
/** Where a holder's name ends: a sentence, a separator, "All rights reserved". */
const HOLDER_END = /\.\s|[|•·;]|\ball rights\b|\btodos los derechos\b|\btous droits\b|\d{4}/i;
/** The elements findByline's fallback tries, in document order ("author" in rel or itemprop as a substring, not only a word). */
const MARKED_SELECTOR = '[rel*="author" i], [itemprop*="author" i], [class*="byline" i], [class*="author" i], [id*="byline" i]';
/** A byline's tail in an outlet's shape (byline.ts outletOfTail), besides a known outlet's name. */
const OUTLET_START = /(?:^|[\s,|/(—–-])(?:The|El|La|Le|Les|Los|Las|Der|Die|Das|Il)\s+\p{Lu}/u;
const PAREN_NOTE = /\S\s*\([^)]+\)/;
const SITE_NAME = /[\p{L}\d][\p{L}\d-]*(?:\.[a-z]{2,6})*\.(?:com|org|net|news|co|io|info)\b/iu;

const NO: Precheck = { candidate: false, clue: null, evidence: null };
const yes = (clue: PrecheckClue, evidence: string): Precheck => ({ candidate: true, clue, evidence });

/**
 * The host's own names (normalized), as far as the pre-check can tell without the gazetteer:
 * only names detection also counts as the host's (detect.ts ownNamesOf), so nothing it would
 * call another publisher's is dismissed here.
 */
interface OwnNames {
  /** For `isOwnName`: the host's brand label, the site's declared name, its JSON-LD publisher. */
  all: string[];
  /** A credit's holder starting with one of these is the host's (page-scan.ts findCreditLine): the declared names. */
  declared: string[];
}

function ownNamesOf(host: string, meta: AttributionMarkup): OwnNames {
  const brand = host ? normalizeName(brandLabel(host)) : '';
  // A one-word site name may be replaced by the gazetteer's name for the host (detect.ts
  // siteNameOf); it is the host's own for sure only when the brand label holds it. A JSON-LD
  // publisher is the host's unless the gazetteer knows it (it may be a wire's name).
  const site = meta.siteName ?? (meta.ld.publisher && !mayNameOutlet(meta.ld.publisher) ? meta.ld.publisher : null);
  const n = site ? normalizeName(site) : '';
  const declared = n && (/\s/.test(site!.trim()) || brand.includes(n)) ? [n] : [];
  const ld = meta.ld.publisher && !mayNameOutlet(meta.ld.publisher) ? normalizeName(meta.ld.publisher) : '';
  if (ld && !declared.includes(ld)) declared.push(ld);
  return { all: [brand, ...declared].filter((x) => x.length >= 2), declared: declared.filter((x) => x.length > 3) };
}

/**
 * A name is the host's when detection's name test says so, or when it starts with the site's
 * declared name: "Daily Herald Media Group" as a credit's holder (as findCreditLine counts it),
 * "Ledger business reporter" as a byline's tail. For a byline this is wider than detection's
 * test, which would call such a tail another outlet only where it misreads the site's own staff.
 */
function isOwn(name: string, own: OwnNames): boolean {
  const n = normalizeName(name);
  return isOwnName(name, own.all) || (!!n && own.declared.some((o) => n.startsWith(o)));
}


/** Markup clues: each as the full detection reads it, without the gazetteer's names. */
function markupClue(doc: Document, url: string, host: string, meta: AttributionMarkup, own: OwnNames): string | null {
  const elsewhere = (href: string | null): boolean => {
    const h = hostOf(href, url);
    return !!h && !!host && !sameBrand(h, host);
  };
  for (const href of [meta.canonical, meta.syndicationSource, meta.originalSource, meta.ld.isBasedOn]) if (elsewhere(href)) return href;
  const pixel = findPixel(doc);
  if (pixel !== null) return pixel;
  const ld = meta.ld;
  for (const value of [ld.sourceOrganization, ld.provider, ld.copyrightHolder, ld.creditText, ld.copyrightNotice]) {
    const name = value?.replace(MARK_AND_YEAR, '');
    if (name && !isOwn(name, own)) return value;
  }
  return ld.authors.find((a) => mayNameOutlet(a) && !isOwn(a, own)) ?? null;
}

/** True when a line may be a credit line that is not the host's own copyright. */
function isCreditClue(text: string, own: OwnNames): boolean {
  if (CREDIT_LEAD.test(text)) return true;
  if (!COPYRIGHT_MARK.test(text)) return false;
  COPYRIGHT.lastIndex = 0;
  for (let m = COPYRIGHT.exec(text); m; m = COPYRIGHT.exec(text)) {
    const rest = m[1] ?? '';
    const end = HOLDER_END.exec(rest);
    const holder = foldSpace(end ? rest.slice(0, end.index) : rest).replace(/[\s,.:]+$/, '');
    // A copyright with its holder elsewhere (the next block) may be anyone's.
    if (!normalizeName(holder) || !isOwn(holder, own)) return true;
  }
  return false;
}

/** What a byline's tail may hold besides an outlet: dates, times, e-mail addresses, handles, "Updated". */
const NOT_A_NAME = /\S+@\S+|@\w+|\b(?:published|updated|posted|last updated|on|at|am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}T)\b|[\d:.]+/gi;
/** How a byline separates people from an outlet (byline.ts: pipes, commas, parentheses, slashes; "for"). */
const TAIL_SEPARATOR = /\s*(?:[,|/(•·—–)]|\s-\s|\sfor\s)\s*/i;

/** True when a piece of a byline has an outlet's shape (byline.ts outletOfTail) or a known outlet's name. */
function mayBeOutlet(piece: string): boolean {
  // The dot first: SITE_NAME's letter classes cost a compile on the page's first byline.
  if ((piece.includes('.') && SITE_NAME.test(piece)) || mayNameOutlet(piece)) return true;
  return /\s/.test(piece) && (OUTLET_WORD.test(piece) || OUTLET_START.test(piece));
}


/** True when a text may be a list of people's names: capitalised words and particles (looser than byline.ts looksLikePerson). */
function mayBeNames(text: string): boolean {
  const parts = text.split(NAME_JOIN).filter(Boolean);
  return parts.length > 0 && parts.every((p) => {
    const w = p.split(' ');
    return w.length <= 8 && w.every((x) => /^[\p{Lu}\p{Lt}]/u.test(x) || PERSON_PARTICLE.test(x));
  });
}

/**
 * True when a byline may name another outlet: a piece after a separator in an outlet's shape, or
 * a known outlet's name anywhere ("CHRISTOPHER WEBER Associated Press"), unless it is the host's.
 */
/** The people's part of a byline: before the first separator, without "By", dates and handles. */
function peopleOf(text: string): string {
  return foldSpace(text.split(TAIL_SEPARATOR)[0]!.replace(NOT_A_NAME, ' ')).replace(BY_PREFIX, '').trim();
}

function bylineNamesOutlet(text: string, own: OwnNames): boolean {
  const pieces = text.split(TAIL_SEPARATOR);
  const people = peopleOf(text);
  // Without a separator, only a known outlet counts: alone ("Associated Press"), or after the
  // people's names ("CHRISTOPHER WEBER Associated Press"; byline.ts namesThenOutlet).
  if (pieces.length === 1) return (mayNameOutlet(people) && !isOwn(people, own)) || (mayBeNames(people) && outletRuns(people).some((run) => !isOwn(run, own)));
  // Else a byline opens with people's names.
  if (people && !mayBeNames(people)) return false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = foldSpace(pieces[i]!.replace(NOT_A_NAME, ' ')).replace(/^by\s+/i, '');
    if (!piece || isOwn(piece, own)) continue;
    if (i > 0 && mayBeOutlet(piece)) return true;
    if (PAREN_NOTE.test(pieces[i]!)) return true;
  }
  return outletRuns(text).some((run) => !isOwn(run, own));
}

/** The text of a short element, or '' for a container or long text (no byline). */
function shortText(el: Element | null, max: number): string {
  if (!el || el.childElementCount > 8) return '';
  const raw = el.textContent ?? '';
  if (raw.length > max * 3) return '';
  const t = foldSpace(raw);
  return t.length <= max ? t : '';
}

/** A byline-like element: its text, and the short line after it (an outlet alone on its line). */
function bylineClue(el: Element, own: OwnNames): string | null {
  const text = shortText(el, MAX_BYLINE);
  if (!text) return null;
  // The text first, the element's place after: most short elements are no byline, and the place
  // takes walks up the tree. Where findByline never takes a byline from: photo captions, teasers
  // and lists, the site's chrome.
  const clue = bylineTextClue(el, text, own);
  return clue && !isInPhotoCaption(el) && !isOutsideStory(el, 'long lists') && !isInSiteChrome(el) ? clue : null;
}

/** What in a short element's text may name another outlet, wherever the element is. */
function bylineTextClue(el: Element, text: string, own: OwnNames): string | null {
  if (bylineNamesOutlet(text, own)) return text;
  // Lines of their own: "By Kelli Miller" / "WebMD Health News" (findByline's outletLine): people
  // first, then an outlet alone on its line, in this element or the next.
  const lines = el.childElementCount ? blockLines(el) : [];
  if (lines.length >= 2 && mayBeNames(peopleOf(lines[0]!)) && lines.slice(1).some((line) => isOutletLine(line, own))) return text;
  if (!mayBeNames(peopleOf(text))) return null;
  let next: Element | null = null;
  for (let e: Element | null = el; e && !next; e = e.parentElement) next = e.nextElementSibling;
  const after = shortText(next, 60);
  return after && isOutletLine(after, own) ? `${text} / ${after}` : null;
}

/** A line alone under a byline that may be another outlet's name (page-scan.ts outletLine). */
function isOutletLine(line: string, own: OwnNames): boolean {
  return line.length <= 60 && !/[,|:]/.test(line) && !isOwn(line, own) && mayBeOutlet(line);
}

/**
 * The paragraphs detection may take for the story's first (page-scan.ts findLeadParagraphs: the
 * first after the headline of 80 characters or more, outside captions and the site's chrome,
 * that is no byline), up to the first that surely is no byline; null when there is none.
 */
function storyStarts(doc: Document, headline: Element): (Element | null)[] {
  const starts: Element[] = [];
  let seen = 0;
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    if (!(headline.compareDocumentPosition(p) & 4 /* FOLLOWING */)) continue;
    if (++seen > 40) break;
    const text = foldSpace(p.textContent ?? '');
    if (text.length < 80 || isInSiteChrome(p) || isInPhotoCaption(p)) continue;
    starts.push(p);
    if (text.length > MAX_BYLINE || !mayBeNames(peopleOf(text))) return starts;
  }
  return [...starts, null];
}

/** Provider labels and bylines in the story's header: the elements around the headline. */
function headerClue(doc: Document, title: string | null, own: OwnNames): Precheck | null {
  const headline = findHeadline(doc, title);
  if (!headline || !doc.body) return null;
  // The story's header, as findProviderLabel scopes it: from the start of the container that holds
  // the headline and the story's first paragraph, up to that paragraph. Which paragraph that is
  // depends on which short ones detection reads as bylines: every one that may be is tried.
  for (const start of storyStarts(doc, headline)) {
    let scope: Element = headline.parentElement ?? doc.body;
    if (start) while (scope !== doc.body && !scope.contains(start)) scope = scope.parentElement ?? doc.body;
    const walker = doc.createTreeWalker(scope, 1 /* SHOW_ELEMENT */);
    let steps = 0;
    for (let el = walker.nextNode() as Element | null; el && steps < 150 && el !== start; el = walker.nextNode() as Element | null, steps++) {
      if (headline.contains(el)) continue;
      const isImage = el.tagName.toUpperCase() === 'IMG';
      const text = foldSpace(isImage ? (el.getAttribute('alt') ?? '') : el.childElementCount ? '' : (el.textContent ?? ''));
      if (text && text.length <= 60) {
        const name = PROVIDER_LABEL.exec(text)?.[1] ?? text.replace(/\s+logo$/i, '');
        if (mayNameOutlet(name) && !isOwn(name, own) && !isInSiteChrome(el) && !isOutsideStory(el, 'long lists', 'links allowed') && !isInPhotoCaption(el)) return yes('provider', text);
      }
    }
  }
  // Bylines: the short elements after the headline, as findByline walks them.
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  walker.currentNode = headline;
  let steps = 0;
  for (let el = walker.nextNode() as Element | null; el && steps < 80; el = walker.nextNode() as Element | null, steps++) {
    if (headline.contains(el)) continue;
    if (el.tagName === 'P' && (el.textContent ?? '').length > 250) break;
    // Every short element, not only those findByline reads as bylines (isBylineCandidate): the
    // names-then-outlet test below is as strict, and this is the smaller code.
    const clue = bylineClue(el, own);
    if (clue) return yes('byline', clue);
  }
  return null;
}

/** The pre-check. `page` is the live document; nothing is written to it. */
export function precheckSyndication(page: Document, url: string): Precheck {
  const doc = unclobbered(page);
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // Not a URL: no host to compare with, every clue counts.
  }
  const meta = readAttributionMarkup(markupSources(doc));
  // ArcaMax's own hosts run the full detection from the manifest and never this pre-check; a
  // host that names ArcaMax, its title or its breadcrumb still says "an ArcaMax copy".
  if (/arcamax/i.test(host) || hasArcamaxTitle(meta.title ?? '') || findArcamaxBreadcrumb(doc)) return yes('arcamax', host || (meta.title ?? ''));
  const own = ownNamesOf(host, meta);
  const markup = markupClue(doc, url, host, meta, own);
  if (markup) return yes('markup', markup);
  const body = doc.body;
  if (!body) return NO;

  // One walk over the text: agency codes, credit lines, provider labels, "By" bylines.
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  const creditBlocks = new Set<Element>();
  let visited = 0;
  for (let n = walker.nextNode(); n && visited++ < MAX_TEXT_NODES; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length < 3) continue;
    const parent = n.parentElement;
    if (!parent || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|OPTION)$/i.test(parent.tagName)) continue;
    // A dateline opens one of the story's paragraphs (page-scan.ts findLeadParagraphs), a sign-off
    // closes one (findSignOff), never a caption's.
    if (AGENCY_CODE.test(v)) {
      const p = parent.closest('p');
      if (p && (p.textContent ?? '').length >= 80 && !isInSiteChrome(p) && !isInPhotoCaption(p)) return yes('dateline', v);
    }
    const head = v.length > 600 ? v.slice(0, 600) : v;
    if (mayBeCreditLine(head) || isCreditPiece(head.trimStart())) {
      const block = blockOf(n);
      if (block && !creditBlocks.has(block)) {
        creditBlocks.add(block);
        if (!isInPhotoCaption(block) && !isInSiteChrome(block) && !isOutsideStory(block)) {
          // The block when it is short enough to be one credit; else the line itself.
          const whole = block.textContent ?? '';
          const text = foldSpace(whole.length <= 1800 && foldSpace(whole).length <= 600 ? whole : v);
          if (isCreditClue(text, own) || (text !== foldSpace(v) && isCreditClue(foldSpace(v), own))) return yes('credit', text);
        }
      }
    }
    if (v.length <= 80 && PROVIDER_HINT.test(v)) {
      const block = blockOf(n);
      const label = block ? PROVIDER_LABEL.exec(foldSpace(block.textContent ?? '')) : null;
      if (label && !isOwn(label[1]!, own) && (PROVIDED_BY.test(label[0]) || mayNameOutlet(label[1]!))) return yes('provider', label[0]);
    }
    if (BY_PREFIX.test(v.trimStart())) {
      const block = blockOf(n);
      const clue = bylineClue(parent, own) ?? (block && block !== parent ? bylineClue(block, own) : null);
      if (clue) return yes('byline', clue);
    }
  }

  // Elements marked as a byline or an author (findByline's fallback, which tries 30), found by
  // the selector engine rather than by reading every element's attributes.
  let marked = 0;
  for (const el of Array.from(body.querySelectorAll(MARKED_SELECTOR))) {
    if (isOutsideStory(el) || isInSiteChrome(el)) continue;
    const clue = bylineClue(el, own);
    if (clue) return yes('byline', clue);
    if (++marked >= 40) break;
  }
  return headerClue(doc, meta.ogTitle ?? meta.ld.headline ?? meta.title, own) ?? NO;
}
