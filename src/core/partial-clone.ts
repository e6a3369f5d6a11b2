/**
 * A copy of a document without some of its subtrees, and the way back from the page to the copy.
 *
 * Extraction copies the page before changing it, and pre-cleaning then removes most of what it
 * copied (scripts, styles, ads, forms, menus: about three fifths of a news page's nodes). Copying
 * only what stays costs less than copying everything and removing the rest: under jsdom a node's
 * copy and its removal are each script work. Whole subtrees with nothing left out are copied with
 * one deep `importNode`; only the ancestors of what is left out (the "spine") are copied one by one.
 * Importing makes each node the copy's from the start: a node cloned in the page's document and
 * then put in the copy's is adopted, which Chromium does node by node (the copy took 40% longer;
 * under jsdom the two ways cost the same within 3%).
 */

export interface PartialClone {
  copy: Document;
  /** The copy of `node` (an element of the page), or null when it was left out. */
  find(node: Element | null | undefined): Element | null;
}

/**
 * How deep the spine is copied node by node. Inserting a node costs a walk over its new ancestors,
 * its own subtree or both (Chromium walks the subtree, jsdom both), so a spine thousands of levels
 * deep (a page nested by its script) would cost the square of its depth: below this depth the
 * subtree is copied whole and what is left out is removed from the copy.
 */
const SPINE_DEPTH = 64;

/** `doc` copied without the subtrees of `skip` (elements of `doc`). */
export function cloneWithout(doc: Document, skip: ReadonlySet<Element>): PartialClone {
  // The ancestors of what is left out: these are copied shallow, their other children deep.
  const spine = new Set<Node>();
  for (const el of skip) {
    for (let p = el.parentNode; p && !spine.has(p); p = p.parentNode) spine.add(p);
  }
  const copy = doc.cloneNode(false) as Document;
  /** Page node → its copy, for the spine and the roots of the deep copies. */
  const copies = new Map<Node, Node>([[doc, copy]]);
  // Depth first and iterative. A spine node's copy is put in its parent once its own children are
  // in: inserting under a node whose ancestors are in place costs a walk up them each time.
  const stack: { to: Node; next: Node | null }[] = [{ to: copy, next: doc.firstChild }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      stack[stack.length - 1]?.to.appendChild(frame.to);
      continue;
    }
    frame.next = child.nextSibling;
    if (skip.has(child as Element)) continue;
    const inSpine = spine.has(child);
    if (inSpine && stack.length < SPINE_DEPTH) {
      const made = copy.importNode(child, false);
      copies.set(child, made);
      stack.push({ to: made, next: child.firstChild });
      continue;
    }
    const made = copy.importNode(child, true);
    if (inSpine) removeInCopy(child, made, skip);
    copies.set(child, made);
    frame.to.appendChild(made);
  }
  const find = (node: Element | null | undefined): Element | null => {
    if (!node) return null;
    // Up to the nearest node that was copied as itself, then down: each step's index counts the
    // siblings before it that were copied (all of them, except in a subtree copied whole and pruned).
    const path: number[] = [];
    let n: Node = node;
    while (!copies.has(n)) {
      const parent = n.parentNode;
      if (!parent || skip.has(n as Element)) return null; // left out (or not in this document)
      let index = 0;
      for (let s = n.previousSibling; s; s = s.previousSibling) if (!skip.has(s as Element)) index++;
      path.unshift(index);
      n = parent;
    }
    return followPath(copies.get(n)!, path);
  };
  return { copy, find };
}

/** Removes from `made` (a whole copy of `from`) the copies of the elements of `skip` inside `from`. */
function removeInCopy(from: Node, made: Node, skip: ReadonlySet<Element>): void {
  // Every one is found before any is removed: a removal moves the siblings after it.
  const found = [...skip].filter((el) => from.contains(el)).map((el) => followPath(made, pathFrom(from, el)));
  for (const el of found) el?.remove();
}

/** The child indices from `root` down to `node`. */
function pathFrom(root: Node, node: Node): number[] {
  const path: number[] = [];
  for (let n: Node | null = node; n && n !== root && n.parentNode; n = n.parentNode) {
    path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n) as number);
  }
  return path;
}

function followPath(root: Node, path: readonly number[]): Element | null {
  let n: Node | undefined = root;
  for (const i of path) n = n?.childNodes[i];
  return n && n.nodeType === 1 ? (n as Element) : null;
}
