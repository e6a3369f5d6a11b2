/**
 * Deep nesting. Readability's cost grows with the square of the DOM's depth (it walks ancestors
 * for every candidate), so a page nested 3,000 levels deep takes seconds to read under jsdom
 * while a normal page is 20-40 levels deep. Browsers' HTML parsers stop nesting at a limit
 * (Chromium: 512), but a page's own script can build any depth.
 *
 * Such depth is almost always a chain of wrappers: elements holding one element and no text.
 * Long chains are cut down on the clone before Readability runs, keeping both ends of each chain
 * (where the class names Readability weighs usually are), so no text and no structure with
 * content is lost.
 */

/** The depth of the deepest element under `root` (root = 0); iterative, so any depth is safe. */
export function maxDepth(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return deepest;
}

/** The only child of `el` if it is an element and `el` holds no text of its own, else null. */
function onlyElementChild(el: Element): Element | null {
  let only: Element | null = null;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) {
      if (only) return null;
      only = c as Element;
    } else if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return null;
  }
  return only;
}

/** Wrapper chains longer than this are cut down. */
const LONGEST_CHAIN = 24;
/** How many wrappers of each end of a long chain are kept. */
const KEEP_EACH_END = 6;

/**
 * Cuts every chain of more than LONGEST_CHAIN single-child wrappers under `root` down to its
 * first and last KEEP_EACH_END links. Returns how many elements were removed.
 */
export function collapseWrapperChains(root: Element): number {
  let removed = 0;
  const stack: Element[] = [root];
  while (stack.length) {
    const top = stack.pop()!;
    // Follow the chain that starts here.
    const chain: Element[] = [top];
    let next = onlyElementChild(top);
    while (next) {
      chain.push(next);
      next = onlyElementChild(next);
    }
    const end = chain[chain.length - 1]!;
    if (chain.length > LONGEST_CHAIN) {
      const outer = chain[KEEP_EACH_END - 1]!;
      const inner = chain[chain.length - KEEP_EACH_END]!;
      // Move the inner part up under the outer part; the links between go with the detached middle.
      outer.replaceChildren(inner);
      removed += chain.length - 2 * KEEP_EACH_END;
    }
    for (let c = end.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  return removed;
}
