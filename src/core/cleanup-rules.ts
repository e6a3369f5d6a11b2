/**
 * Named cleanup rules for Readability's output: lines that sit inside the article's container but
 * are not the story (photo credits, gallery counters, "Updated …" stamps, related-story and
 * newsletter promos, contact lines, page chrome). Each rule is one general pattern of text and
 * structure (never a site's host or class names), has its own test page under
 * test/cleanup-rules/pages/, and counts its firings in `profile.rules[name]` when a profile is given.
 *
 * Captions are not deleted: a caption found in a plain paragraph becomes a `<figcaption>`, so the
 * clean view keeps it with its figure while the text and Markdown forms leave it out.
 *
 * Gates: V8 compiles a regular expression on its first two runs (bytecode, then machine code), and
 * a long alternation with Unicode classes costs 0.5–3.5 ms to compile in Chromium. Extraction runs
 * once per click, in a fresh script, so those compiles were most of this step's time (20 ms cold
 * against 1 ms warm). The costly patterns therefore sit behind a cheap test that every line they
 * match must pass (a word they need, or their shape without the letter classes): same results,
 * and the costly pattern compiles only on pages with a line that may match.
 */
import { followsImage } from './page-regions.ts';
import { foldSpace, hasText } from './text.ts';
import { isBylineDateLine, isDateLine } from './trailer.ts';

/** A costly pattern and the cheap test every line it matches passes (see Gates above). */
interface Gated {
  gate: RegExp;
  pattern: RegExp;
}

/** The gate, then the pattern: the pattern compiles only for a line the gate lets through. */
function passes(g: Gated, text: string): boolean {
  return g.gate.test(text) && g.pattern.test(text);
}

/** Time per extraction step (ms) and firings per cleanup rule (ExtractOptions.profile). */
export interface ExtractProfile {
  steps: Record<string, number>;
  rules: Record<string, number>;
}

export function countRule(profile: ExtractProfile | undefined, name: string, n = 1): void {
  if (profile) profile.rules[name] = (profile.rules[name] ?? 0) + n;
}

/** What a rule does with a block it matches. */
type Action = 'remove' | 'caption' | 'remove-with-followers' | 'remove-box' | 'remove-list' | 'remove-credit' | 'remove-bio';

/** What the rules know of the article beyond its body. */
export interface RuleContext {
  /** The people the byline names. */
  authors: readonly string[];
}

export interface CleanupRule {
  name: string;
  /** Why these lines are not the story. */
  why: string;
  /** Decides on one leaf block (its folded text given). */
  test(text: string, el: Element, ctx: RuleContext): boolean;
  action: Action;
  /** Also tried on an inline element that is alone in its line (a "Sign up" link). */
  inline?: boolean;
}

/** Photo agencies and credit words as they close a credit ("Alex Wong | Getty Images"). */
const AGENCY = String.raw`(?:Getty(?:\s+Images)?|AP(?:\s+Photo)?|AFP(?:\s+via\s+Getty\s+Images)?|Reuters|Shutterstock|EPA(?:-EFE)?|iStock(?:photo)?|Alamy|NurPhoto|SIPA|Corbis|PA(?:\s+(?:Images|Wire))?|Xinhua|ZUMA(?:\s+Wire)?|Bloomberg|Handout|File)`;
const CREDIT_ONLY = [
  // "Photo: Jane Doe/Getty Images", "Image credit: NASA", "Credit: Reuters"
  /^(?:(?:photo|image|picture|video|photograph|illustration)s?\s*(?:credit|courtesy)?|credit|courtesy)\s*[:|]\s*[^.!?]{2,80}$/i,
  // "Alex Wong | Getty Images", "Jane Doe/AP", "Jane Doe | Bloomberg | Getty Images"
  new RegExp(String.raw`^[^.!?|]{2,60}(?:\s*\|\s*[^.!?|]{2,40})?\s*[|/]\s*${AGENCY}$`, 'i'),
  // "Image copyright Getty Images", "Photo credit Jane Doe": the label without a colon.
  /^(?:photo|image|picture|photograph)s?\s+(?:copyright|credit|source)\s+[^.!?:]{2,60}$/i,
  // An agency alone on its line ("Getty Images", "Reuters"): the credit of the image above it.
  new RegExp(String.raw`^${AGENCY}$`, 'i'),
  // "(AP Photo/Alan Diaz, File)"
  /^\((?:[A-Z]{2,8}\s+)?photo\b[^)]{0,80}\)$/i,
  // "© Aaron Schwartz": a copyright sign and a name, no year (a year makes it a credit line).
  /^(?:©|\(c\))\s*[^\d.!?]{2,40}$/i,
];
/** Under an image, "© 2024 AFP": the photo's copyright (the story's own credit left with the trailer). */
const DATED_MARK = /^(?:©|\(c\)|copyright)\s*\d{4}\s*,?\s*[^\d.!?]{2,40}$/i;
/** In a figure, a line that is only a name in parentheses ("(Walt Disney Co.)") is the photo's credit. */
const FIGURE_PAREN_CREDIT = /^\([^()!?]{2,60}\)$/;
/** A caption closes with its credit: "… (Image: GETTY )", "… (AP Photo/Alan Diaz, File)", "… Photo: Jane Doe". */
const CAPTION_CREDIT = [
  /\((?:image|photo|picture|photograph|credit|pictured|video)s?\s*(?:credit)?\s*:[^()]{1,80}\)$/i,
  new RegExp(String.raw`\((?:[^()]{0,40}\s)?(?:${AGENCY})\s*(?:Photo|Images?)?[^()]{0,60}\)$`),
  /\s(?:photo|image|picture)s?\s*(?:credit)?\s*:\s*[^.!?:]{2,60}$/i,
  // Wire captions: "FILE PHOTO: …", "… REUTERS/Toby Melville/File Photo"
  /^FILE PHOTO:|\b(?:REUTERS|AFP|AP|EPA|XINHUA)\/\S[^()]{0,60}$/,
  // A credit of three names ("… (Pedro Portal/Miami Herald/TNS)"): the photographer, the paper and
  // the service. Wherever it sits: Readability may have dropped the image the caption was under.
  /\((?:[A-Z][^()/\d]{1,39}\/){2,}[A-Z][^()/\d]{1,59}\)$/,
];
/** Next to an image, a paragraph that closes with a credit in parentheses is a caption ("… (Jabin Botsford/The Washington Post)"). */
const PAREN_CREDIT = /\((?:[^()/\d]{2,40}\/)*[^()/\d]{2,60}\)$/;
/** …or with its source after "via" ("The new keyboard via iFixit", "… via Reuters"). */
const VIA_CREDIT: Gated = { gate: /\svia\s/, pattern: /\svia\s+\p{Ll}?\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,2}$/u };
const GALLERY_COUNTER = /^(?:(?:image|photo|picture|slide|item)s?\s*)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i;
/** A stamp word, even run into the date before it ("May 27, 2025Updated May 27, 2025 3:02 p.m."). */
const STAMP_WORD = /(?:updated|published|posted|modified)\b/i;
/** Dates run into words ("2025Updated") get a space, so the date patterns see them. */
const spaced = (text: string): string => text.replace(/(\d)(\p{L})/gu, '$1 $2');
/** A date line that names its source after a slash ("November 20, 2019 / 1:07 AM / CBS News"). */
const SOURCE_AFTER_SLASH: Gated = { gate: /\//, pattern: /\s\/\s+[\p{L}&.' ]{2,30}$/u };
/**
 * A stamp as the date patterns read it: "First Published: …" without "First", the time in the other
 * zone "(07:05 pm ET)" and the source after a slash ("… / 10:07 AM / CBS News") taken out.
 */
const stampText = (text: string): string =>
  spaced(text)
    .replace(/^(?:first|last|originally)\s+/i, '')
    .replace(/\(\s*\d{1,2}:\d{2}[^()]{0,20}\)/g, ' ')
    .replace(/\s+\/\s+[\p{L}&.' ]{2,30}$/u, '')
    .replace(/\s+\/\s+/g, ' ');
/** A label over other stories ("Related", "You may also like"), gated by the words it may open with. */
const RELATED_LABEL: Gated = {
  gate: /^(?:related|you|more|also|don'?t|must|recommended|trending|most|what|top|read|up|latest)\b/i,
  pattern: /^(?:related(?:\s+(?:stories|articles?|content|coverage|links|news|posts|reading|topics)|\s+to this (?:story|article))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more for you|more (?:from|on|in|about) .{1,40}|(?:also|more) (?:read|see|watch)|don'?t miss|must read|recommended(?: for you| stories| reading| articles)?|trending(?: now| stories)?|most (?:popular|read|viewed)|what to read next|top stories|read next|up next|more (?:[\p{L}'’]+\s+){0,3}(?:stories|articles|reads|news|headlines)|latest (?:news|stories))\s*[.:…]*$/iu,
};
/** "More:" alone: a label only when a list of links follows it (else it may lead into the story's own list). */
const BARE_MORE = /^more\s*:$/i;
/** "SEE MORE: <linked headline>", "READ MORE: …", "RELATED: …", "[Related: …]", "Also: <link>". */
const INLINE_PROMO = /^[[(]?(?:(?:see|read|watch) (?:more|also)\s*[:|-]|also on [\w-]+(?:\.[\w-]+)+\b|(?:related|more|also|also read|don'?t miss|must read|recommended)\s*[:|]|(?:lee también|lea también|leer más|te puede interesar|(?:à )?lire aussi|voir aussi|lesen sie auch|leggi anche)\s*:)/i;
/** A newsletter, app or subscription pitch, gated by a word every alternative holds. */
const NEWSLETTER: Gated = {
  gate: /newsletter|sign(?:ing)? up|subscribe|register|inbox|click|\bapp\b|delivered/i,
  pattern: /^get\b.{0,60}\bnewsletter\b|\b(?:sign(?:ing)? up|subscribe|register)\b(?:[^.]|\.(?=\w)){0,80}\b(?:newsletters?|inbox|e-?mails?|updates|alerts)\b|^subscribe (?:to|for)\b[^.!?]{0,80}[.!]?$|^subscribe to [^.!?]{1,40}\b(?:and|to|for)\b|\b(?:latest|news|updates|stories|headlines)\b[^.]{0,40}\b(?:in|to) your inbox\b|\b(?:newsletters?|inbox)\b[^.]{0,60}\b(?:sign up|subscribe)\b|\bnewsletters?\.\s*(?:sign up|subscribe)\b|\bby clicking here\b|\bclick here (?:to|for) (?:subscribe|sign up|more|read|get)|\b(?:download|get) (?:our|the) (?:free )?[^.]{0,30}\bapp\b|\bdelivered (?:to|through) your (?:inbox|letterbox|door)/i,
};
/** A quotation and its speaker ("… on their block. “People have been patient,” she said."): the story's prose. */
const REPORTED_SPEECH = /["“”][^"“”]{2,}["“”],? (?:\p{Ll}+ )?(?:said|says|told|added|asked)\b|\b(?:said|says|told|added)\b[^.]{0,40}["“]/u;
const CONTACT = /\b(?:may|can) be (?:reached|contacted) at\b|\be-?mail(?: address)? is\b|\b(?:you )?can (?:reach|contact|email|e-mail) (?:him|her|them|me|us) at\b|^write to (?:[\p{L}'’.-]+\s+){1,4}at\b|\bsend (?:your )?(?:questions|letters|comments|tips)\b[^.]{0,40}\bto\b|\b(?:e-?mail|contact|write to) (?:him|her|them|us|the (?:author|reporter|writer))\b|\bfollow (?:him|her|them|us|me) on (?:twitter|facebook|instagram|x|linkedin)\b|^follow (?:[\p{L}'’.]+\s+){1,4}on (?:instagram|facebook|twitter|youtube|tiktok|linkedin|x)\b|^have a (?:news )?tip\b|\b(?:tel|fax|phone)\b[^.]{0,20}\d{3}[-. ]\d{3}[-. ]\d{4}|\d{3}[-. ]\d{3}[-. ]\d{4}[^.]{0,8}\b(?:tel|fax|phone)\b/iu;
const EMAIL_OR_HANDLE = /[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)@\w{2,}|\b(?:twitter|facebook|instagram)\b|\d{3}[-. ]\d{3}[-. ]\d{4}|\bP\.? ?O\.? Box \d|\bwww\.[\w-]+\.[a-z]/i;
const CHROME_LINE = /^(?:skip to (?:main )?(?:content|navigation|article)|(?:video|watch)(?: now| live)?(?:\s*:\s*[^.!?]{1,80})?|advert(?:isement)?s?|anzeige|publicidad|publicité|pubblicità|publicidade|advertentie|reklame|reklam|iklan|sponsored(?: content)?|(?:filed|posted) (?:under|in)\s*:.{1,80}|tags?\s*:.{1,80}|post (?:a )?comment\s*(?:\(\+\))?|(?:the )?contents? of this (?:site|website|page) (?:are|is) (?:©|\(c\)|copyright).{0,120}|story continues below(?: advertisement)?|(?:this|the) (?:slideshow|video|content|gallery) requires javascript\.?|(?:please )?enable javascript\b.{0,80}|loading\s*\.{0,3}|tell us what you think\s*\.{0,3}|scroll to (?:top|continue)(?: with content)?|print(?: this (?:article|page))?|(?:reading time:?\s*)?\d{1,2}\s*min(?:ute)?s?(?: read)?|lecture de \d{1,2}\s*min|\d{1,2}\s*min(?:utos)? de lectura|lectura de \d{1,2}\s*min(?:utos)?|share(?: this (?:article|story|page))?(?: on .{1,20})?|(?:like|enjoy(?:ed)?|love) this (?:story|article|post)\?\s*share it\b.{0,40})$/i;
/** "Filed in National News", "Posted in Local, Politics": a filing label without a colon, in title case (not a sentence). */
const FILED_IN = /^(?:Filed|Posted) (?:under|in) [A-Z][\w'’.-]*(?:,? (?:&|and|[A-Z][\w'’.-]*))*$/;
/** Rules and bullets around a label ("— Advertisement —", "• ADVERTISEMENT •"). */
const DECORATION = /^[-–—•·|*\s]+|[-–—•·|*\s]+$/g;
/** A wire's funding note: "The Associated Press’ education coverage receives financial support from … AP is solely responsible for all content." */
const FUNDING_NOTE = /\bcoverage (?:receives|is supported by|gets) (?:financial )?support from\b|\bis solely responsible for all content\b/i;
/** An opinion page's disclaimer: "The views expressed in this column are those of the author and do not necessarily reflect …". */
const OPINION_DISCLAIMER = /(?:^|[.!?]\s+)(?:the )?(?:views|opinions) expressed\b.{0,160}\b(?:(?:do|does) not necessarily (?:reflect|represent)|are (?:their|his|her|the author'?s?'?|solely (?:those of )?the author'?s?'?) own|are (?:solely )?those of the (?:original )?(?:authors?|writers?|columnists?))\b/i;
const COOKIE_NOTICE = /\b(?:uses?|using) cookies\b[^]{0,300}\b(?:accept|opt-?out|consent|agree|cookie policy|privacy policy)\b/i;
/** A WordPress shortcode the site failed to render: `[button link="…"]Send us …[/button]`. */
const SHORTCODE = /^\[([a-z_]+)\b[^\]]*\].*\[\/\1\]$/i;
const SIGNUP_BUTTON = /^(?:sign up|subscribe|join)(?: now| today| for free| here)?\s*[.!›»>]?$/i;
/** What a sign-up box pitches (the line just before its button). */
const SIGNUP_PITCH = /\b(?:newsletters?|inbox|e-?mails?|updates|alerts|briefing|digest|every (?:day|week|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|daily|weekly)\b/i;
/** A market quote: "DOW 42,322.75 +0.65%", "S&P 500 5,916.93 -0.41%". */
const MARKET_QUOTE = /^[\p{Lu}&.\d ]{2,16}\s+[\d,]+(?:\.\d+)?\s*[+−-]?\d+(?:\.\d+)?%$/u;
/** Ticker chips in a row, run together or spaced: "ALB -3.41%SQM -2.18%LIT -1.96%". */
const TICKER_ROW = /^(?:[A-Z][A-Z.]{0,7}\s*[+−-]?\d{1,3}(?:\.\d+)?%\s*){2,}$/;
const SHARE_COUNT = /^(?:\d[\d,.]*\s*[kKmM]?\s*(?:shares?|comments?|views?|reads?)\s*)+$/i;

/** Text length inside links / all text length of `el`. */
function linkShare(el: Element, text: string): number {
  if (!text) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += foldSpace(a.textContent ?? '').length;
  if (el.tagName === 'A') linked = text.length;
  return Math.min(1, linked / text.length);
}

/** The element after `el` is made of links (a list of headlines). */
function linksFollow(el: Element): boolean {
  const next = el.nextElementSibling;
  const text = foldSpace(next?.textContent ?? '');
  return !!next && !!text && linkShare(next, text) >= 0.6;
}

/** A line of capitals that is all one link: a promo for another story ("CO-FOUNDER 'PROUD' OF …"). */
function isCapsLinkPromo(text: string, el: Element): boolean {
  // A line with a lower-case letter is no capitals line: known before the letter-class pattern compiles.
  if (text.length < 15 || text.length > 200 || text !== text.toUpperCase() || text.split(/\s+/).length < 3) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 10 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return false;
  return linkShare(el, text) > 0.9;
}

export const CLEANUP_RULES: CleanupRule[] = [
  {
    name: 'photo-credit',
    why: 'A line that only credits a photo ("Alex Wong | Getty Images", "(AP Photo/…)", "© Name", "© 2024 AFP" under an image) is not the story.',
    test: (text, el) => text.length <= 100 && (CREDIT_ONLY.some((re) => re.test(text)) || (FIGURE_PAREN_CREDIT.test(text) && !!el.closest('figure')) || (DATED_MARK.test(text) && followsImage(el))),
    action: 'remove-credit',
    inline: true,
  },
  {
    name: 'gallery-counter',
    why: 'Slide counters ("1 of 5", "Photo 3/12") belong to the gallery widget.',
    test: (text) => GALLERY_COUNTER.test(text),
    action: 'remove',
  },
  {
    name: 'caption-with-credit',
    why: 'A paragraph that closes with a photo credit is an image caption: kept in the clean view as a figcaption, out of the text.',
    test: (text, el) =>
      text.length <= 400 && el.tagName !== 'FIGCAPTION' && !el.closest('figcaption') && (CAPTION_CREDIT.some((re) => re.test(text)) || ((PAREN_CREDIT.test(text) || passes(VIA_CREDIT, text)) && followsImage(el))),
    action: 'caption',
  },
  {
    name: 'timestamp-line',
    why: '"Updated Nov 19, 9:41 AM; Posted Nov 18", or a byline run into its date, is page metadata (the date is kept as a field), wherever it sits.',
    test: (text) => text.length <= 200 && (((STAMP_WORD.test(text) || passes(SOURCE_AFTER_SLASH, text)) && isDateLine(stampText(text), 160)) || (/^by\s/i.test(text) && isBylineDateLine(stampText(text)))),
    action: 'remove',
  },
  {
    name: 'share-count',
    why: 'Share, comment and view counts are widgets.',
    test: (text) => SHARE_COUNT.test(text),
    action: 'remove',
  },
  {
    name: 'related-block',
    why: 'A "Related" / "You may also like" label and the list of links after it promote other stories.',
    test: (text, el) => text.length <= 60 && (passes(RELATED_LABEL, text) || (BARE_MORE.test(text) && linksFollow(el))) && !el.closest('blockquote'),
    action: 'remove-with-followers',
  },
  {
    name: 'inline-promo',
    why: '"SEE MORE: <headline>" or an all-capitals line that is one link points to another story.',
    test: (text, el) => (text.length <= 250 && INLINE_PROMO.test(text) && linkShare(el, text) > 0.4) || isCapsLinkPromo(text, el),
    action: 'remove',
  },
  {
    name: 'newsletter-promo',
    why: 'Newsletter, app and subscription pitches are not the story (a paragraph that quotes someone is: "residents could sign up for text alerts," she said).',
    test: (text) => text.length <= 300 && passes(NEWSLETTER, text) && !REPORTED_SPEECH.test(text),
    action: 'remove',
  },
  {
    name: 'signup-box',
    why: 'A "Sign up" button and the newsletter pitch just before it are a subscription box.',
    test: (text) => SIGNUP_BUTTON.test(text),
    action: 'remove-box',
    inline: true,
  },
  {
    name: 'market-quotes',
    why: 'A list of index quotes ("DOW 42,322.75 +0.65%"), or a row of ticker chips ("ALB -3.41% SQM -2.18%"), is a markets widget, not the story.',
    test: (text, el) => (el.tagName === 'LI' && MARKET_QUOTE.test(text)) || TICKER_ROW.test(text),
    action: 'remove-list',
  },
  {
    name: 'contact-line',
    why: '"X may be reached at x@example.com. Follow her on Twitter", a newsroom address or phone line: contact details, not the story.',
    // Both must match: the cheap one first (see Gates above).
    test: (text) => text.length <= 300 && EMAIL_OR_HANDLE.test(text) && CONTACT.test(text),
    action: 'remove',
  },
  {
    name: 'author-bio',
    why: 'The author box after the story ("Jane Doe is a freelance writer living in …" under her linked name or her photo, or about a writer the byline names) is about the writer, not the story.',
    test: (text, el, ctx) => text.length <= 600 && !!authorBioName(text, el, ctx.authors),
    action: 'remove-bio',
  },
  {
    name: 'page-chrome-line',
    why: '"Skip to content", "Advertisement", "Filed in News", "This slideshow requires JavaScript", an opinion page\'s disclaimer, a wire\'s funding note, cookie notices and unrendered shortcodes are the page, not the story.',
    test: (text) => CHROME_LINE.test(text) || (text.length <= 60 && (FILED_IN.test(text) || CHROME_LINE.test(text.replace(DECORATION, '')))) || (text.length <= 300 && OPINION_DISCLAIMER.test(text)) || (text.length <= 500 && FUNDING_NOTE.test(text)) || (text.length <= 400 && COOKIE_NOTICE.test(text)) || (text.length <= 300 && SHORTCODE.test(text)),
    action: 'remove',
  },
];

const LEAVES = 'p, h1, h2, h3, h4, h5, h6, li, div, span, figcaption, dt, dd, td, strong, b, em, a, cite, small';
const INLINE = /^(?:SPAN|STRONG|B|EM|A|CITE|SMALL)$/;
const BLOCK_CHILD = /^(?:P|DIV|H[1-6]|UL|OL|LI|BLOCKQUOTE|PRE|TABLE|FIGURE|SECTION|ARTICLE|HEADER|FOOTER|DL|ASIDE)$/;

/** The outermost element that holds only `el` (a `<p>` around a lone `<strong>`). */
function wholeBlock(el: Element, root: Element): Element {
  let block = el;
  // Only through wrappers of this one element (a sibling image makes the wrapper a figure) with
  // no text of their own beside it, so the wrapper's folded text is the element's.
  for (let up = el.parentElement; up && up !== root && up.childElementCount === 1 && !ownText(up); up = up.parentElement) block = up;
  return block;
}

/** True when a text child of `el` (not of its elements) holds more than white space. */
function ownText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && hasText(n.nodeValue ?? '')) return true;
  return false;
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_CHILD.test(c.tagName)) return true;
  return false;
}

/** Nothing but white space, a line break, an image or a block sits on either side of `el` (an inline element). */
function aloneInLine(el: Element): boolean {
  const side = (node: ChildNode | null, step: (n: ChildNode) => ChildNode | null): boolean => {
    for (let n = node; n; n = step(n)) {
      if (n.nodeType === 3) {
        if ((n.nodeValue ?? '').trim()) return false;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const tag = (n as Element).tagName;
      return /^(?:BR|IMG|PICTURE|FIGCAPTION)$/.test(tag) || BLOCK_CHILD.test(tag) || !foldSpace(n.textContent ?? '');
    }
    return true;
  };
  return side(el.previousSibling, (n) => n.previousSibling) && side(el.nextSibling, (n) => n.nextSibling);
}

/**
 * A caption and its credit as two blocks of one wrapper ("<div><div>The mayor speaks…</div>
 * <div>Jane Doe | Getty Images</div></div>", often with a lazy image that left no <img>): the
 * block before the credit is its caption. Only when the wrapper holds just the two.
 */
function captionBeforeCredit(credit: Element): Element | null {
  const caption = credit.previousElementSibling;
  const wrapper = credit.parentElement;
  if (!caption || !wrapper || wrapper.childElementCount !== 2 || /^(?:H[1-6]|FIGCAPTION|UL|OL|TABLE)$/.test(caption.tagName)) return null;
  const text = foldSpace(caption.textContent ?? '');
  if (!text || text.length > 400 || foldSpace(wrapper.textContent ?? '').length > text.length + foldSpace(credit.textContent ?? '').length + 2) return null;
  return caption.closest('figcaption') ? null : caption;
}

/** "Jane Doe is a …", "Regan has …": a bio opens with the writer's name (one to four capitalised words). */
const BIO_OPENING: Gated = {
  // Its shape without the letter classes.
  gate: /^[^\sa-z]\S*(?:\s+[^\sa-z]\S*){0,3}\s+(?:is|was|has|writes|covers|lives|joined|reports)\b/,
  pattern: /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:is|was|has|writes|covers|lives|joined|reports)\b/u,
};
/** A link to the writer's own page ("/author/jane-doe/", rel="author"). */
const AUTHOR_PAGE = /\/(?:author|authors|writers?|contributors?|people|staff|profiles?)\//i;

/** An image sized as a head shot (96×96): a writer's avatar, not a story photo. */
function isAvatarSize(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return w > 0 && h > 0 && w <= 200 && h <= 200;
}

function isAuthorLink(a: Element): boolean {
  return /\bauthor\b/i.test(a.getAttribute('rel') ?? '') || AUTHOR_PAGE.test(a.getAttribute('href') ?? '');
}

/** The label over a bio ("About the writer", "ABOUT THE AUTHOR:"), alone or opening the bio's line. */
const BIO_LABEL = /^about the (?:writer|author|columnist)s?:?(?:\s+|$)/i;

/**
 * What an author bio hangs from: the block just before it (or before its wrapper) that is the
 * same name as a link to the writer's page, or that is only the writer's photo (its alt the name,
 * or head-shot sized); or, for a writer the byline names, nothing but an "About the writer" label
 * (a column's closing "Leland Marsh is a former statehouse reporter …": a story does not speak of
 * its own writer so). Only after the story: no paragraph of prose follows the bio.
 */
function authorBioName(text: string, el: Element, authors: readonly string[] = []): { element: Element | null } | null {
  const line = text.replace(BIO_LABEL, '');
  const name = BIO_OPENING.gate.test(line) ? BIO_OPENING.pattern.exec(line)?.[1] : undefined;
  if (!name) return null;
  let prev: Element | null = null;
  for (let node: Element | null = el, up = 0; node && up < 3 && !prev; node = node.parentElement, up++) prev = node.previousElementSibling;
  const prevText = prev ? foldSpace(prev.textContent ?? '') : '';
  const links = !prev ? [] : prev.tagName === 'A' ? [prev] : Array.from(prev.querySelectorAll('a'));
  const named = !!prev && prevText === name && links.some(isAuthorLink);
  const photo = !!prev && !prevText && Array.from(prev.tagName === 'IMG' ? [prev] : prev.querySelectorAll('img')).some((img) => foldSpace(img.getAttribute('alt') ?? '') === name || isAvatarSize(img));
  const writer = authors.includes(name);
  if (!named && !photo && !writer) return null;
  // The article's own tree (Readability's content is not in the document).
  let root: Element = el;
  while (root.parentElement) root = root.parentElement;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (el.compareDocumentPosition(p) & 4 && !el.contains(p) && foldSpace(p.textContent ?? '').length >= 200) return null;
  }
  return { element: named || photo ? prev : prev && BIO_LABEL.test(prevText) && prevText.length <= 30 ? prev : null };
}

/** Removes the related-story list after a label: siblings made of links (or images) only. */
function removeFollowers(label: Element): number {
  let removed = 0;
  for (let next = label.nextElementSibling; next; ) {
    const after = next.nextElementSibling;
    const text = foldSpace(next.textContent ?? '');
    const media = !!next.querySelector('img, picture, video');
    if (text ? linkShare(next, text) < 0.6 : !media) break;
    next.remove();
    removed++;
    next = after;
  }
  return removed;
}

/** A short line, no sentence, no image: the label ("Markets") of the widget after it. */
function isLabel(el: Element | null): el is Element {
  if (!el) return false;
  const text = foldSpace(el.textContent ?? '');
  return text.length > 0 && text.length <= 40 && !/[.!?]$/.test(text) && !el.querySelector('img, picture, li, p');
}

/** The sign-up box around a button: its container when that is only pitch and button, else the button and a pitch line before it. */
function removeSignupBox(button: Element, root: Element): void {
  const box = button.parentElement;
  if (box && box !== root && foldSpace(box.textContent ?? '').length <= 250 && SIGNUP_PITCH.test(box.textContent ?? '')) {
    // The box's title ("Breaking News Emails") just before it goes with it.
    const title = box.previousElementSibling;
    if (isLabel(title) && SIGNUP_PITCH.test(title.textContent ?? '')) title.remove();
    box.remove();
    return;
  }
  const pitch = button.previousElementSibling;
  if (pitch && foldSpace(pitch.textContent ?? '').length <= 150 && SIGNUP_PITCH.test(pitch.textContent ?? '')) pitch.remove();
  button.remove();
}

/** A list whose every item passes `rule`: removed whole, with its label. */
function removeList(item: Element, rule: CleanupRule, ctx: RuleContext): boolean {
  const list = item.parentElement;
  if (!list || !/^(?:UL|OL)$/.test(list.tagName)) return false;
  const items = Array.from(list.children);
  if (!items.every((li) => rule.test(foldSpace(li.textContent ?? ''), li, ctx))) return false;
  const label = list.previousElementSibling;
  if (isLabel(label)) label.remove();
  list.remove();
  return true;
}

function toCaption(el: Element): void {
  const doc = el.ownerDocument;
  const caption = doc.createElement('figcaption');
  while (el.firstChild) caption.appendChild(el.firstChild);
  el.replaceWith(caption);
}

/**
 * Rule `inline-link-cluster`: inside a paragraph, an inline element made of three or more links
 * and little else (a name's hover card with the person's latest headlines) is a widget inside
 * the sentence. The innermost such element goes, so the name the sentence needs stays.
 */
export const INLINE_LINK_CLUSTER = 'inline-link-cluster';

function isLinkCluster(el: Element): boolean {
  const text = foldSpace(el.textContent ?? '');
  return text.length >= 80 && el.querySelectorAll('a').length >= 3 && linkShare(el, text) >= 0.8;
}

function removeInlineLinkClusters(content: Element, profile: ExtractProfile | undefined): void {
  for (const span of Array.from(content.querySelectorAll('p span'))) {
    if (!content.contains(span) || !isLinkCluster(span)) continue;
    // The innermost cluster: none of its own inline children is one.
    if (Array.from(span.querySelectorAll('span')).some(isLinkCluster)) continue;
    const p = span.closest('p');
    // Only inside prose: the paragraph has its own words besides the cluster.
    if (!p || foldSpace(p.textContent ?? '').length - foldSpace(span.textContent ?? '').length < 40) continue;
    span.remove();
    countRule(profile, INLINE_LINK_CLUSTER);
  }
}

/**
 * Rule `about-boilerplate`: a press release closes with the company's standing description, after
 * a rule or an "About Acme" heading ("Acme is a global provider of …"): the same paragraph under
 * every release, not the news. Only at the very end of the article, and only one to four blocks.
 */
export const ABOUT_BOILERPLATE = 'about-boilerplate';
const ABOUT_HEADING = /^about (?:the )?\p{Lu}.{1,60}$/iu;
/** "Acme is a …", "Acme Corp. (SIX: ACME) is one of …": a company's self-description opens with its name. */
const COMPANY_OPENING = /^(?:the )?\p{Lu}[\p{L}\d&.'’-]*(?:\s+[\p{Lu}&][\p{L}\d&.'’-]*){0,4},?(?:\s+\([^()]{1,40}\),?)?\s+(?:is|are)\s+(?:a|an|the|one of)\b/u;

/** Nothing with text after `el` in the article (`root`), outside it. */
function lastInArticle(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) if (foldSpace(next.textContent ?? '')) return false;
  }
  return true;
}

function removeAboutBoilerplate(content: Element, profile: ExtractProfile | undefined): void {
  for (const marker of Array.from(content.querySelectorAll('hr, h2, h3, h4, h5, h6'))) {
    if (!content.contains(marker)) continue;
    if (marker.tagName !== 'HR' && !ABOUT_HEADING.test(foldSpace(marker.textContent ?? ''))) continue;
    const blocks: Element[] = [];
    for (let next = marker.nextElementSibling; next; next = next.nextElementSibling) blocks.push(next);
    const texts = blocks.map((b) => foldSpace(b.textContent ?? '')).filter(Boolean);
    if (!texts.length || blocks.length > 4 || !COMPANY_OPENING.test(texts[0]!) || !lastInArticle(marker.parentElement ?? marker, content)) continue;
    for (const b of blocks) b.remove();
    marker.remove();
    countRule(profile, ABOUT_BOILERPLATE);
  }
}

/**
 * Rule `figure-caption`: in a `<figure>` with an image or a video and only a caption's worth of
 * words, the words are its caption whatever carries them (`<p class="Figure-caption">`, a bare
 * `<span>`, a video's title), not only a `<figcaption>`: they become figcaptions, kept with the
 * figure in the clean view and out of the text. Runs after the line rules, so a photo's credit
 * they remove is gone first. A figure around a pull quote, an embedded post, a list, a table or
 * code is not a photo's, and is left alone.
 */
export const FIGURE_CAPTION = 'figure-caption';
const FIGURE_MEDIA = 'img, picture, video, svg, iframe';
const FIGURE_MEDIA_TAG = /^(?:IMG|PICTURE|VIDEO|SVG|IFRAME)$/i;
const FIGURE_CAPTION_MAX = 600;

/** The outermost parts of `el` that hold text and no media: a figure's caption, in pieces. */
function captionParts(el: Element, parts: Node[]): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (hasText(n.nodeValue ?? '')) parts.push(n);
      continue;
    }
    if (n.nodeType !== 1) continue;
    const child = n as Element;
    if (child.tagName === 'FIGCAPTION' || FIGURE_MEDIA_TAG.test(child.tagName) || !hasText(child.textContent ?? '')) continue;
    if (child.querySelector(FIGURE_MEDIA)) captionParts(child, parts);
    else parts.push(child);
  }
}

function captionFigures(content: Element, profile: ExtractProfile | undefined): void {
  for (const figure of Array.from(content.getElementsByTagName('figure'))) {
    if (!figure.querySelector(FIGURE_MEDIA) || figure.querySelector('blockquote, ul, ol, table, pre')) continue;
    if (foldSpace(figure.textContent ?? '').length > FIGURE_CAPTION_MAX) continue;
    const parts: Node[] = [];
    captionParts(figure, parts);
    if (!parts.length) continue;
    for (const part of parts) {
      if (part.nodeType === 1) toCaption(part as Element);
      else {
        const caption = figure.ownerDocument.createElement('figcaption');
        part.parentNode?.replaceChild(caption, part);
        caption.appendChild(part);
      }
    }
    countRule(profile, FIGURE_CAPTION);
  }
}

/** Each cheap test and the costly pattern it stands before (see Gates above): the test suite checks that every line the pattern matches passes its gate. */
export const GATED_PATTERNS: readonly Gated[] = [VIA_CREDIT, SOURCE_AFTER_SLASH, RELATED_LABEL, NEWSLETTER, BIO_OPENING];

/** Every rule's name: the table's, the inline-link-cluster pass's and preclean.ts's guards of the story and its formulas. */
export const RULE_NAMES = [...CLEANUP_RULES.map((r) => r.name), INLINE_LINK_CLUSTER, ABOUT_BOILERPLATE, FIGURE_CAPTION, 'story-container-unlikely-name', 'formula-container-unlikely-name', 'quote-container-unlikely-name', 'headline-inside-story', 'teaser-column'];

/** Applies every rule to the leaf blocks of `content` (in place), counting firings in `profile`. */
export function applyCleanupRules(content: Element, profile?: ExtractProfile, authors: readonly string[] = []): void {
  const ctx: RuleContext = { authors };
  removeInlineLinkClusters(content, profile);
  removeAboutBoilerplate(content, profile);
  const leaves = Array.from(content.querySelectorAll(LEAVES)).filter((el) => !hasBlockChild(el));
  const seen = new Set<Element>();
  for (const leaf of leaves) {
    if (!content.contains(leaf)) continue;
    const block = wholeBlock(leaf, content);
    if (seen.has(block)) continue;
    seen.add(block);
    const text = foldSpace(block.textContent ?? '');
    // Inline elements count only when they are the whole line (a link inside prose is prose).
    if (!text || block.closest('pre, code, table')) continue;
    const inline = INLINE.test(block.tagName);
    if (inline && !aloneInLine(block)) continue;
    const rule = CLEANUP_RULES.find((r) => (!inline || r.inline) && r.test(text, block, ctx));
    if (!rule) continue;
    if (rule.action === 'remove-list') {
      // An item goes with its whole list; a line that is the widget by itself goes alone.
      if (block.tagName !== 'LI') block.remove();
      else if (!removeList(block, rule, ctx)) continue;
      countRule(profile, rule.name);
      continue;
    }
    countRule(profile, rule.name);
    if (rule.action === 'caption') toCaption(block);
    else if (rule.action === 'remove-credit') {
      const caption = captionBeforeCredit(block);
      block.remove();
      if (caption) {
        toCaption(caption);
        countRule(profile, 'caption-with-credit');
      }
    } else if (rule.action === 'remove-bio') {
      authorBioName(text, block, authors)?.element?.remove();
      block.remove();
    }
    else if (rule.action === 'remove-box') removeSignupBox(block, content);
    else {
      if (rule.action === 'remove-with-followers') removeFollowers(block);
      block.remove();
    }
  }
  captionFigures(content, profile);
}
