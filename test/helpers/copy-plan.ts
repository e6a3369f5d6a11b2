/**
 * Pre-cleaning two ways, for the tests of the copy plan (src/core/preclean.ts `removedBeforeCopy`,
 * src/core/partial-clone.ts): the full way copies the whole page, then removes what the styles hide
 * and cleans the copy; the planned way decides the first removals on the page and copies only what
 * stays. Both must leave the same document for Readability.
 */
import { scanPage } from '../../src/core/detect.ts';
import { hiddenByStylesheet } from '../../src/core/hidden-styles.ts';
import { cloneWithout } from '../../src/core/partial-clone.ts';
import { precleanClone, removedBeforeCopy } from '../../src/core/preclean.ts';

/** The child indices from the document down to `node`. */
export function pathOf(node: Node): number[] {
  const path: number[] = [];
  for (let n: Node | null = node; n && n.parentNode; n = n.parentNode) path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n) as number);
  return path;
}

/** The element at `path` under `root` (null for a text node or nothing). */
export function followPath(root: Node, path: readonly number[]): Element | null {
  let n: Node | undefined = root;
  for (const i of path) n = n?.childNodes[i];
  return n && n.nodeType === 1 ? (n as Element) : null;
}

/** The markup, and the text nodes one by one (two adjacent text nodes serialize as one). */
export function shape(doc: Document): string {
  const texts: string[] = [];
  const walker = doc.createTreeWalker(doc, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.nodeValue ?? '');
  return `${doc.documentElement.outerHTML}\n${texts.length} text nodes: ${JSON.stringify(texts).length} chars`;
}

export interface BothWays {
  full: string;
  planned: string;
  /** What the plan took out before copying. */
  planSize: number;
  /** How many elements each copy held before cleaning. */
  fullElements: number;
  plannedElements: number;
}

export function precleanedBothWays(doc: Document, url: string): BothWays {
  const facts = scanPage(doc, url);
  const hidden = hiddenByStylesheet(doc, doc);
  const story = facts.firstParagraph?.element ?? null;
  const keepInPage = [facts.headline, story].filter((e): e is Element => !!e);

  const full = doc.cloneNode(true) as Document;
  const fullElements = full.getElementsByTagName('*').length;
  const inFull = (el: Element | null): Element | null => (el ? followPath(full, pathOf(el)) : null);
  const fullKeep = keepInPage.map(inFull).filter((e): e is Element => !!e);
  const fullStory = inFull(story);
  const fullHeadline = inFull(facts.headline);
  // Every hidden element is found before any is removed (removing one moves its later siblings).
  for (const el of hidden.map(inFull)) if (el && !fullKeep.some((k) => el.contains(k))) el.remove();
  precleanClone(full, { url: facts.url, keep: fullKeep, headline: fullHeadline, story: fullStory });

  const gone = removedBeforeCopy(doc, { keep: keepInPage, story, hidden });
  const { copy, find } = cloneWithout(doc, gone);
  const plannedElements = copy.getElementsByTagName('*').length;
  const plannedKeep = keepInPage.map(find).filter((e): e is Element => !!e);
  precleanClone(copy, { url: facts.url, keep: plannedKeep, headline: find(facts.headline), story: find(story) });

  return { full: shape(full), planned: shape(copy), planSize: gone.size, fullElements, plannedElements };
}
