/**
 * A copy of a document without some of its subtrees, and the way back from the page to the copy.
 *
 * Extraction copies the page before changing it, and pre-cleaning then removes most of what it
 * copied (scripts, styles, ads, forms, menus: about three fifths of a news page's nodes). Copying
 * only what stays costs less than copying everything and removing the rest: under jsdom a node's
 * copy and its removal are each script work. Whole subtrees with nothing left out are copied with
 * one deep `cloneNode`; only the ancestors of what is left out (the "spine") are copied one by one.
 */

export interface PartialClone {
  copy: Document;
  /** The copy of `node` (an element of the page), or null when it was left out. */
  find(node: Element | null | undefined): Element | null;
}

/** `doc` copied without the subtrees of `skip` (elements of `doc`). */
export function cloneWithout(doc: Document, skip: ReadonlySet<Element>): PartialClone {
  if (skip.size === 0) {
    const copy = doc.cloneNode(true) as Document;
    return { copy, find: (node) => (node ? followPath(copy, pathFrom(doc, node)) : null) };
  }
  // The ancestors of what is left out: these are copied shallow, their other children deep.
  const spine = new Set<Node>();
  for (const el of skip) {
    for (let p = el.parentNode; p && !spine.has(p); p = p.parentNode) spine.add(p);
  }
  const copy = doc.cloneNode(false) as Document;
  /** Page node → its copy, for the spine and the roots of the deep copies. */
  const copies = new Map<Node, Node>([[doc, copy]]);
  // Depth first and iterative (the spine can be thousands of levels deep). A spine node's copy is
  // put in its parent only once its own children are in: inserting under a node whose ancestors
  // are in place costs a walk up them each time, quadratic on a deep page.
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
    const made = child.cloneNode(!inSpine);
    copies.set(child, made);
    if (inSpine) stack.push({ to: made, next: child.firstChild });
    else frame.to.appendChild(made);
  }
  const find = (node: Element | null | undefined): Element | null => {
    if (!node) return null;
    // Up to the nearest node that was copied as itself, then down the same child indices.
    const path: number[] = [];
    let n: Node = node;
    while (!copies.has(n)) {
      const parent = n.parentNode;
      if (!parent || spine.has(parent)) return null; // left out (or not in this document)
      path.unshift(Array.prototype.indexOf.call(parent.childNodes, n) as number);
      n = parent;
    }
    return followPath(copies.get(n)!, path);
  };
  return { copy, find };
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
