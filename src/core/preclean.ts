/**
 * Removes site chrome from a *clone* of the page before Readability sees it: comments (Disqus),
 * "…Read more" teaser lists, share blocks, ads, forms, frames, and a cross-site `<base>`.
 * ArcaMax's class names are unknown (docs/arcamax.md), so most rules look at text
 * and structure ("Read more" links, sharer URLs, a "Comments" heading), with a few widespread
 * names (Disqus, Google ad slots) as a bonus.
 */
import { countRule, type ExtractProfile } from './cleanup-rules.ts';
import { foldSpace, sameSite } from './text.ts';

/** Elements that are never article text (not MathML: a formula is, and the sanitizer keeps it safely). */
const ALWAYS_REMOVE_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET',
  'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'DIALOG', 'NAV', 'SVG', 'LINK', 'META',
]);
/** Ads and Disqus by id or class: `#disqus_thread`, `.dsq-brlink`, `ins.adsbygoogle`, `#div-gpt-ad-…`, `.ad`, `.ad-slot`, `#ad_top`, `.advert`. */
const AD_ID = /disqus|advert|^(?:div-gpt-ad|google_ads|ad[-_])/i;
const AD_CLASS = /disqus|dsq-brlink|adsbygoogle|advert|(?:^|\s)(?:ads?(?:\s|$)|ad-)|^ad_/i;

/**
 * Matched in JS in one pass rather than with one long selector: jsdom's selector engine took
 * most of the extraction time on big pages with the case-insensitive attribute selectors.
 */
function isChrome(el: Element, id: string | null, cls: string | null): boolean {
  if (ALWAYS_REMOVE_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return (!!id && (AD_ID.test(id) || COMMENTS_NAME.test(id))) || (!!cls && (AD_CLASS.test(cls) || COMMENTS_NAME.test(cls)));
}

/** Links that share the page rather than being part of it. */
const SHARE_URL = /facebook\.com\/sharer|sharer\.php|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/share|pinterest\.com\/pin\/create|reddit\.com\/submit|^mailto:\?|whatsapp:\/\/send|wa\.me\//i;
const READ_MORE = /^\s*(?:\.{3}|…)?\s*(?:read more|continue reading|more\s*»?)\s*(?:»|›|>)?\s*$/i;
const COMMENTS_HEADING = /^\s*(?:comments?|\d+\s+comments?|leave a comment|join the conversation|show comments|(?:blog )?comments powered by Disqus\.?|Please enable JavaScript to view the comments powered by Disqus\.?)\s*$/i;
const COMMENTS_NAME = /(?:^|[\s_-])comments?(?:$|[\s_-])/i;
/**
 * Live regions and tickers: a page's "breaking news" bar keeps changing under the reader and is
 * never the story, but a ticker of short paragraphs scores well enough with Readability to be
 * appended to it as a sibling. Only outside the story's own container: a live blog's updates are
 * a live region inside it, and they are the story.
 */
const LIVE_ROLE = /^(?:marquee|log|timer|status|alert)$/i;
const TICKER_NAME = /(?:^|[\s_-])(?:news-?)?ticker(?:$|[\s_-])/i;

function isLiveRegion(el: Element, id: string | null, cls: string | null): boolean {
  if ((cls && TICKER_NAME.test(cls)) || (id && TICKER_NAME.test(id))) return true;
  const live = el.getAttribute('aria-live');
  return (!!live && live !== 'off') || LIVE_ROLE.test(el.getAttribute('role') ?? '');
}

/**
 * The elements under `root` with one of these (lower-case) names, in document order: a filter over
 * one element collection (jsdom answers a selector query several times slower).
 */
function elementsNamed(root: Element, names: ReadonlySet<string>): Element[] {
  return Array.from(root.getElementsByTagName('*')).filter((e) => names.has(e.localName));
}
const BLOCKS = new Set(['p', 'li', 'div', 'dd']);
const LINK_LIST_HOLDERS = new Set(['ul', 'ol', 'table', 'div', 'section', 'aside']);
const HEADING_HOLDERS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'p', 'span', 'strong', 'b', 'a']);

/** The nearest element that contains both `a` and `b`. */
function lowestCommonAncestor(a: Element, b: Element): Element | null {
  for (let e: Element | null = a; e; e = e.parentElement) if (e.contains(b)) return e;
  return null;
}

/** A short label such as "More Business News" or "Most Popular" (a heading of a removed block). */
function isShortLabel(el: Element | null): el is Element {
  if (!el) return false;
  const text = foldSpace(el.textContent ?? '');
  return text.length > 0 && text.length <= 60 && !/[.!?]$/.test(text) && !el.querySelector('img, p, li');
}

/** Removes `el`, and the short label just before it. */
function removeWithLabel(el: Element): void {
  const label = el.previousElementSibling;
  if (isShortLabel(label)) label.remove();
  el.remove();
}

interface TextStats {
  /** Characters of text (trimmed per text node). */
  text: number;
  /** Of which inside links. */
  linked: number;
  links: number;
}

/**
 * Text and link-text lengths of every element under `root`, in one post-order pass (no recursion,
 * so deep pages are fine). Asking each container for its textContent and links instead was
 * quadratic on nested layouts and the slowest step of the extraction.
 */
function textStats(root: Element): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  const stack: [Element, boolean][] = [[root, false]];
  while (stack.length) {
    const [el, done] = stack.pop()!;
    if (!done) {
      stack.push([el, true]);
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, false]);
      continue;
    }
    const s: TextStats = { text: 0, linked: 0, links: 0 };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) s.text += (c.nodeValue ?? '').trim().length;
      else if (c.nodeType === 1) {
        const cs = stats.get(c as Element);
        if (!cs) continue;
        s.text += cs.text;
        s.linked += cs.linked;
        s.links += cs.links;
      }
    }
    if (el.tagName === 'A') {
      s.linked = s.text;
      s.links += 1;
    }
    stats.set(el, s);
  }
  return stats;
}

/**
 * A list of links nested in an item of a prose list ("In progress:" and the bugs it lists, in a
 * post's list of updates) is part of that item, not a menu. Only when the item leads into it with
 * its own unlinked words and the outer list is prose itself: a menu's drop-down hangs from a linked
 * item, and a footer's link columns sit in a list that is links too (removed whole before this).
 */
function isSublistOfProse(list: Element, stats: Map<Element, TextStats>): boolean {
  const item = list.parentElement;
  const outer = item?.parentElement;
  if (!/^(?:UL|OL)$/.test(list.tagName) || item?.tagName !== 'LI' || !outer || !/^(?:UL|OL)$/.test(outer.tagName)) return false;
  const own = stats.get(list);
  const inItem = stats.get(item);
  const all = stats.get(outer);
  if (!own || !inItem || !all) return false;
  const leadText = inItem.text - own.text;
  const leadLinked = inItem.linked - own.linked;
  return leadText > 0 && leadLinked === 0 && all.text - all.linked >= 80 && all.linked / all.text < 0.8;
}

const textLength = (el: Element): number => foldSpace(el.textContent ?? '').length;

/** `el` is a paragraph or sits inside one (then it is inline text of that paragraph). */
const inProse = (el: Element): boolean => !!el.closest('p');

/**
 * Removes a group of boilerplate links (teasers, share buttons): their common container when it
 * is made of them (at most `perItem` characters per link, and none of the story inside), else each
 * link's own small container. Never anything holding the story.
 */
function removeGroup(links: Element[], keep: Element[], perItem: number): void {
  const live = links.filter((l) => l.isConnected);
  if (live.length < 2) return;
  let lca: Element | null = live[0]!;
  for (const l of live.slice(1)) lca = lca ? lowestCommonAncestor(lca, l) : null;
  const holdsStory = (el: Element): boolean => keep.some((k) => el.contains(k));
  if (lca && lca.tagName !== 'BODY' && !holdsStory(lca) && textLength(lca) <= perItem * live.length) {
    removeWithLabel(lca);
    return;
  }
  for (const link of live) {
    if (!link.isConnected) continue;
    let item: Element = link;
    // A link inside a paragraph (an inline "MORE" of a hover card) goes alone: its inline
    // ancestors hold the paragraph's own prose, which is the story.
    for (let up = item.parentElement; up && up !== lca && up.tagName !== 'BODY' && !holdsStory(up) && !inProse(up) && textLength(up) <= perItem; up = up.parentElement) item = up;
    if (!holdsStory(item)) item.remove();
  }
}

export const HEADLINE_INSIDE_STORY = 'headline-inside-story';
export const TEASER_COLUMN = 'teaser-column';

/** The block's first words are a link's (a teaser's headline; its snippet may follow). */
function opensWithLink(block: Element): boolean {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').trim()) continue;
    const a = n.parentElement?.closest('a[href]');
    return !!a && block.contains(a);
  }
  return false;
}

/**
 * Rule `teaser-column`: a column of other stories' teasers beside the story ("Popular": a linked
 * headline and a snippet each). Readability scores the snippets as paragraphs and can take the
 * column in with the story. A container qualifies when two or more of its blocks hold text and
 * every one of them opens with a link: a story's own paragraphs never all do.
 */
function isTeaserColumn(el: Element): boolean {
  let teasers = 0;
  const blocks = elementsNamed(el, BLOCKS);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // Innermost blocks only: in document order, a block's first inner block comes right after it.
    const next = blocks[i + 1];
    if ((next && block.contains(next)) || foldSpace(block.textContent ?? '').length < 40) continue;
    if (!opensWithLink(block)) return false;
    teasers++;
  }
  return teasers >= 2;
}

/** A paragraph of prose: two sentences or more in at least this many characters. */
const PROSE_CHARS = 200;
const isProse = (p: Element): boolean => {
  const text = foldSpace(p.textContent ?? '');
  return text.length >= PROSE_CHARS && (text.match(/[.!?](?:\s|$)/g) ?? []).length >= 2;
};

/** A sibling before `node` is, or holds, a paragraph of prose: the story has begun before `node`. */
function proseBefore(node: Element): boolean {
  for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if ((prev.tagName === 'P' && isProse(prev)) || Array.from(prev.getElementsByTagName('p')).some(isProse)) return true;
  }
  return false;
}

/**
 * Section kickers, breadcrumbs and labels sit just before the headline in the story's container
 * ("Current News" / "/ArcaMax"); Readability keeps them as part of the winning container. Short,
 * image-free siblings before the headline (and before its ancestors) are not the story.
 */
function removeBeforeHeadline(headline: Element, profile: ExtractProfile | undefined): void {
  for (let node: Element | null = headline; node && node.parentElement && node.tagName !== 'BODY'; node = node.parentElement) {
    // Rule `headline-inside-story`: a heading that repeats the title after paragraphs of prose (a
    // recipe card's or an infobox's own title inside the post) is not where the story starts: the
    // short blocks before it are the story's subheadings and one-line paragraphs, so nothing goes.
    if (proseBefore(node)) {
      countRule(profile, HEADLINE_INSIDE_STORY);
      return;
    }
    for (let prev = node.previousElementSibling; prev; ) {
      const before = prev.previousElementSibling;
      const text = foldSpace(prev.textContent ?? '');
      if (text.length < 150 && !prev.querySelector('img, picture, figure, video')) prev.remove();
      prev = before;
    }
  }
}

export interface PrecleanOptions {
  /** Page URL: a `<base>` pointing to another site is dropped so links resolve against the page. */
  url: URL | null;
  /** Elements of the story (headline, first paragraph) that chrome removal must never take. */
  keep: Element[];
  /** The headline in the clone, if found. */
  headline: Element | null;
  /** The story's first paragraph in the clone, if found: its ancestors are the story's container. */
  story?: Element | null;
  /** Where each rule's firings are counted (ExtractOptions.profile). */
  profile?: ExtractProfile;
}

/**
 * Readability's own "unlikely candidate" test (its REGEXPS.unlikelyCandidates and
 * okMaybeItsACandidate, and its unlikely roles): on its first pass it deletes every element that
 * matches, before scoring. A story wrapped in `<div class="row site_header">` is deleted whole,
 * and what is left (a print footer) can pass the length threshold: the article is lost.
 */
const UNLIKELY_NAME = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLE = /^(?:menu|menubar|complementary|navigation|alert|alertdialog|dialog)$/i;

/**
 * Rule `story-container-unlikely-name`: the ancestors of the story's first paragraph hold the
 * story, whatever their class says; their unlikely-looking class, id and role are dropped (in the
 * clone) so Readability does not delete the story with its wrapper.
 */
function protectStoryAncestors(story: Element, profile: ExtractProfile | undefined, rule = 'story-container-unlikely-name'): void {
  for (let el = story.parentElement; el && el.tagName !== 'BODY' && el.tagName !== 'HTML'; el = el.parentElement) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const unlikelyName = UNLIKELY_NAME.test(names) && !MAYBE_CANDIDATE.test(names);
    const unlikelyRole = UNLIKELY_ROLE.test(el.getAttribute('role') ?? '');
    if (!unlikelyName && !unlikelyRole) continue;
    if (unlikelyName) {
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
    if (unlikelyRole) el.removeAttribute('role');
    countRule(profile, rule);
  }
}

/**
 * Rule `quote-container-unlikely-name`: a quoted post in the story's container (an embedded tweet
 * is a <blockquote> in a "social-media-embed" wrapper) is what the paragraph before it quotes.
 * Readability deletes it with its wrapper, by the wrapper's unlikely name ("social") or, as a
 * `<div>` dense with links, in its conditional cleaning (which spares a bare blockquote): wrappers
 * that hold nothing but the quote are taken away, leaving the quote in the story's flow.
 */
function unwrapQuote(quote: Element, container: Element, profile: ExtractProfile | undefined): void {
  const text = foldSpace(quote.textContent ?? '');
  let unwrapped = false;
  for (let wrapper = quote.parentElement; wrapper && wrapper !== container && /^(?:DIV|SECTION|FIGURE|SPAN)$/.test(wrapper.tagName); wrapper = quote.parentElement) {
    if (foldSpace(wrapper.textContent ?? '') !== text || wrapper.contains(container)) break;
    wrapper.replaceWith(...Array.from(wrapper.childNodes));
    unwrapped = true;
  }
  if (unwrapped) countRule(profile, 'quote-container-unlikely-name');
}

/** The head's elements that nothing after the copy reads (see `unreadHeadElements`). */
const HEAD_UNREAD = new Set(['STYLE', 'LINK', 'SCRIPT', 'NOSCRIPT']);

/**
 * The head's style sheets, links and scripts. Nothing after the copy reads them: Readability reads
 * the head's title, meta and JSON-LD (a script typed exactly `application/ld+json`, as it tests),
 * and the text the styles hide is decided on the page. Copying them costs more than their size
 * says: a document a style sheet is copied into parses it again (Chromium and jsdom alike).
 */
function unreadHeadElements(doc: Document): Element[] {
  const head = doc.head;
  if (!head) return [];
  return Array.from(head.children).filter((el) => HEAD_UNREAD.has(el.tagName) && !(el.tagName === 'SCRIPT' && el.getAttribute('type') === 'application/ld+json'));
}

export function precleanClone(doc: Document, options: PrecleanOptions): void {
  const { url, keep, headline, profile } = options;
  for (const el of unreadHeadElements(doc)) el.remove();
  if (options.story) protectStoryAncestors(options.story, profile);
  const container = options.story?.parentElement;
  if (container) for (const quote of Array.from(container.getElementsByTagName('blockquote'))) unwrapQuote(quote, container, profile);
  // Rule `formula-container-unlikely-name`: MathJax wraps each formula in an element whose class
  // names its context menu ("MathJax CtxtMenu_Attached_0"); Readability's unlikely pass reads
  // "menu" and deletes every formula, leaving sentences with holes.
  for (const math of Array.from(doc.getElementsByTagName('math'))) protectStoryAncestors(math, profile, 'formula-container-unlikely-name');
  for (const base of Array.from(doc.querySelectorAll('base[href]'))) {
    try {
      const target = new URL(base.getAttribute('href') ?? '', url ?? undefined);
      if (!url || !sameSite(target.hostname, url.hostname)) base.remove();
    } catch {
      base.remove();
    }
  }
  const body = doc.body;
  if (!body) return;
  const safe = (el: Element): boolean => !keep.some((k) => el.contains(k));

  // Sign-up and search boxes: the small container around a form, not just the form.
  for (const form of Array.from(body.getElementsByTagName('form'))) {
    const box = formBox(form, body, safe, textLength);
    if (box.isConnected && safe(box)) box.remove();
  }
  // Tags that are never text, ads, Disqus, and comment sections by name; in the same walk, the
  // live regions and the containers the passes below test (they skip what is gone by then).
  const live: Element[] = [];
  const lists: Element[] = [];
  const headings: Element[] = [];
  for (const el of Array.from(body.getElementsByTagName('*'))) {
    // Each element's id and class are read once, for both tests.
    const id = el.getAttribute('id');
    const cls = el.getAttribute('class');
    if (isChrome(el, id, cls) && el.isConnected && safe(el)) {
      el.remove();
      continue;
    }
    if (isLiveRegion(el, id, cls)) live.push(el);
    const name = el.localName;
    if (LINK_LIST_HOLDERS.has(name)) lists.push(el);
    if (HEADING_HOLDERS.has(name)) headings.push(el);
  }
  // Live regions and tickers outside the story's container (the element holding all it keeps).
  let story: Element | null = keep[0] ?? null;
  for (const k of keep.slice(1)) story = story ? lowestCommonAncestor(story, k) : null;
  for (const el of live) {
    if (el.isConnected && safe(el) && !(story && story !== body && story.contains(el))) el.remove();
  }
  // Teaser columns beside the story's container (never inside it).
  if (story && story !== body) {
    for (let inner: Element | null = story; inner && inner !== body; inner = inner.parentElement) {
      for (const sib of Array.from(inner.parentElement?.children ?? [])) {
        if (sib !== inner && sib.isConnected && safe(sib) && isTeaserColumn(sib)) {
          removeWithLabel(sib);
          countRule(profile, TEASER_COLUMN);
        }
      }
    }
  }
  // Lists of links ("Most Popular", "Related", menus): three or more links and little else.
  const stats = textStats(body);
  for (const el of lists) {
    const s = stats.get(el);
    // Mostly links, and too little other text to hold a story (a wrapper of menus and a short story is not a list).
    if (!s || s.links < 3 || !s.text || s.linked / s.text < 0.8 || s.text - s.linked > 200 || !el.isConnected || !safe(el)) continue;
    if (isSublistOfProse(el, stats)) continue;
    removeWithLabel(el);
  }
  if (headline?.isConnected) removeBeforeHeadline(headline, profile);

  // Comment sections introduced by a "Comments" heading.
  for (const el of headings) {
    // Headings are short: skip longer elements without reading their text.
    if (!el.isConnected || el.children.length > 2 || (stats.get(el)?.text ?? 0) > 90 || !COMMENTS_HEADING.test(el.textContent ?? '')) continue;
    if (safe(el)) el.remove();
  }

  // Teaser lists: two or more "Read more" links.
  const readMore = Array.from(body.getElementsByTagName('a')).filter((a) => READ_MORE.test(a.textContent ?? '') || /\.{3}\s*read more\s*$/i.test(foldSpace(a.textContent ?? '')));
  if (readMore.length >= 2) removeGroup(readMore, keep, 900);

  // Share blocks: the container of two or more sharer links.
  const share = Array.from(body.getElementsByTagName('a')).filter((a) => SHARE_URL.test(a.getAttribute('href') ?? ''));
  if (share.length >= 2) removeGroup(share, keep, 160);
  else share.forEach((a) => safe(a) && a.remove());
}

/** A form's box holds at most this many characters of text (a sign-up or search box, not a section). */
const FORM_BOX_CHARS = 300;

/**
 * The small container around a form (sign-up and search boxes): up to three levels up, while it
 * holds little text (by `length`) and nothing of the story.
 */
function formBox(form: Element, body: Element, safe: (el: Element) => boolean, length: (el: Element) => number): Element {
  let box = form;
  for (let up = form.parentElement, i = 0; up && i < 3 && up !== body; up = up.parentElement, i++) {
    if (!safe(up) || length(up) > FORM_BOX_CHARS) break;
    box = up;
  }
  return box;
}

export interface CopyPlanOptions {
  /** Elements of the story in the page (headline, first paragraph): nothing holding them goes. */
  keep: Element[];
  /** The story's first paragraph in the page: its parent is the story's container. */
  story: Element | null;
  /** What the page's styles hide (hidden-styles.ts), the first thing pre-cleaning removes. */
  hidden: readonly Element[];
}

/** Text nodes under `el` outside the subtrees of `gone`, as `textContent` would read them once those are removed. */
function textWithout(el: Element, gone: ReadonlySet<Element>): string {
  let text = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) text += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !gone.has(n as Element)) for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return text;
}

/**
 * What pre-cleaning's first passes remove (the head's style sheets and scripts, hidden text, the
 * boxes around forms, and chrome by tag, id or class), decided on the page itself so that the copy
 * is made without it (partial-clone.ts).
 * The decisions are the ones `precleanClone` makes on a full copy, in the same order, and it makes
 * them again on the smaller copy: everything here is what it would remove, so the result is the
 * same. Elements whose attributes or place pre-cleaning changes before its chrome pass (the
 * ancestors of a formula, the wrappers of a quote in the story's container) are left for it to
 * decide on the copy; a form among those makes the plan give up on forms and chrome altogether.
 */
export function removedBeforeCopy(doc: Document, options: CopyPlanOptions): Set<Element> {
  const { keep } = options;
  const safe = (el: Element): boolean => !keep.some((k) => el.contains(k));
  // Decided whatever else the plan gives up on.
  const first = [...options.hidden.filter(safe), ...unreadHeadElements(doc)];
  const gone = new Set<Element>(first);
  const body = doc.body;
  if (!body) return gone;
  const isGone = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) if (gone.has(e)) return true;
    return false;
  };
  // The quotes in the story's container and their wrappers: unwrapQuote may take those away.
  const container = options.story?.parentElement ?? null;
  const quoteTops: Element[] = [];
  if (container) {
    for (const quote of Array.from(container.getElementsByTagName('blockquote'))) {
      let top: Element = quote;
      while (top.parentElement && top.parentElement !== container) top = top.parentElement;
      if (!quoteTops.includes(top)) quoteTops.push(top);
    }
  }
  const nearQuote = (el: Element): boolean => quoteTops.some((t) => t.contains(el));
  // The formulas' ancestors: protectStoryAncestors may strip their class and id.
  const formulaAncestors = new Set<Element>();
  for (const math of Array.from(doc.getElementsByTagName('math'))) {
    for (let e = math.parentElement; e && !formulaAncestors.has(e); e = e.parentElement) formulaAncestors.add(e);
  }

  for (const form of Array.from(body.getElementsByTagName('form'))) {
    if (nearQuote(form)) return new Set(first);
    if (isGone(form)) continue;
    // As the copy would measure it, without what is gone by then; removing text only shortens
    // it, so the whole text decides when it is short enough.
    const box = formBox(form, body, safe, (up) => {
      const full = textLength(up);
      return full > FORM_BOX_CHARS ? foldSpace(textWithout(up, gone)).length : full;
    });
    if (safe(box)) gone.add(box);
  }

  // The chrome pass, in document order; `root` is the last subtree taken, to skip what is inside it.
  let root: Element | null = null;
  for (const el of Array.from(body.getElementsByTagName('*'))) {
    if (root) {
      if (root.contains(el)) continue;
      root = null;
    }
    if (gone.has(el)) {
      root = el;
      continue;
    }
    if (formulaAncestors.has(el) || !isChrome(el, el.getAttribute('id'), el.getAttribute('class')) || !safe(el)) continue;
    if (quoteTops.length && nearQuote(el)) continue;
    gone.add(el);
    root = el;
  }
  return gone;
}
