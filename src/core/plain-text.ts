/**
 * Turns sanitized article DOM into plain text: one paragraph per block, white space folded,
 * paragraphs joined by a blank line; list items as `- item`, numbered or not (an `<ol>`'s numbers
 * are drawn by the browser, not written in the page: Readability's text and the benchmark's
 * human-made texts have none, and a number glued to each item's first words costs it the words'
 * shingles; Markdown and the clean view keep the numbers; notes after the story's superscript
 * marks keep theirs as `1. note`); two `<br>` in a row (old layouts that use them instead of
 * `<p>`) start a new paragraph. Figure captions are left out (the clean view shows them with the
 * figure); formulas are written as text in place.
 */
import { foldSpace } from './text.ts';

/** MathML leaves that carry the formula's symbols (identifiers, numbers, operators, text). */
const MATH_TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);

/**
 * A formula as plain text, in place of the `<math>` element: its symbols one by one
 * ("a x 2 + b x + c = 0", as a screen reader's linear reading), else its `alttext`, else a TeX
 * annotation. Never nothing: a formula dropped from the text leaves a sentence with a hole.
 */
export function mathText(math: Element): string {
  const tokens: string[] = [];
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const name = c.localName.toLowerCase();
      // Annotations repeat the formula in another notation (TeX, MathML content).
      if (name === 'annotation' || name === 'annotation-xml') continue;
      if (MATH_TOKENS.has(name)) {
        const t = foldSpace(c.textContent ?? '');
        if (t) tokens.push(t);
      } else walk(c);
    }
  };
  walk(math);
  if (tokens.length) return tokens.join(' ');
  const alt = foldSpace(math.getAttribute('alttext') ?? '');
  if (alt) return alt;
  const tex = math.querySelector('annotation[encoding*="tex" i]');
  return foldSpace(tex?.textContent ?? math.textContent ?? '');
}

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'FIGURE',
  'FIGCAPTION', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'DL', 'DT', 'DD', 'HR', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE',
]);

/**
 * A row of a data table (cells of text, no paragraphs or nested tables): one line, cells joined
 * by " | ". Layout tables (old pages set whole articles in cells) keep one paragraph per block.
 */
function isDataRow(tr: Element): boolean {
  for (const cell of Array.from(tr.children)) {
    if (cell.querySelector('p, div, table, ul, ol, blockquote, pre, h1, h2, h3, h4, h5, h6, br')) return false;
    if (foldSpace(cell.textContent ?? '').length > 200) return false;
  }
  return true;
}

const NOTE_MARK = /^\[?\d{1,3}\]?$/;

export function toParagraphs(root: Element): string[] {
  const out: string[] = [];
  let current = '';
  let pendingBreak = false;
  const flush = (): void => {
    const t = foldSpace(current);
    if (t) out.push(t);
    current = '';
    pendingBreak = false;
  };
  let marks: Element[] | null = null;
  /** Footnote marks: superscripts that are a number ("2", "[2]"), read once, when a list needs them. */
  const noteMarks = (): Element[] => (marks ??= Array.from(root.querySelectorAll('sup')).filter((sup) => NOTE_MARK.test(foldSpace(sup.textContent ?? ''))));
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  const visitList = (list: Element): void => {
    // Notes keep their numbers: a list after every superscript mark ("²", "[2]") of the story is
    // what those marks point to.
    const last = list.tagName.toUpperCase() === 'OL' ? noteMarks().at(-1) : undefined;
    const numbered = !!last && !!(last.compareDocumentPosition(list) & 4);
    let n = Number(list.getAttribute('start') ?? '1') || 1;
    for (let li = list.firstElementChild; li; li = li.nextElementSibling) {
      if (li.tagName.toUpperCase() !== 'LI') {
        visit(li);
        flush();
        continue;
      }
      // The item's own text first, then nested lists as their own paragraphs.
      let text = '';
      const nested: Element[] = [];
      for (let c = li.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 1 && /^(?:UL|OL)$/i.test((c as Element).tagName)) nested.push(c as Element);
        else text += c.textContent ?? '';
      }
      const t = foldSpace(text);
      if (t) out.push(`${numbered ? `${n}.` : '-'} ${t}`);
      n++;
      nested.forEach(visitList);
    }
  };
  const visit = (child: Node): void => {
    if (child.nodeType === 3) {
      const v = child.nodeValue ?? '';
      if (v.trim()) pendingBreak = false;
      current += v;
      return;
    }
    if (child.nodeType !== 1) return;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'MATH') {
      // Display formulas are their own paragraph; inline ones sit in the sentence.
      const display = el.getAttribute('display') === 'block';
      if (display) flush();
      current += ` ${mathText(el)} `;
      if (display) flush();
      return;
    }
    // Captions stay with their figures in the clean view (html); the text is the story alone.
    if (tag === 'FIGCAPTION') return;
    if (tag === 'BR') {
      if (pendingBreak) flush();
      else {
        current += ' ';
        pendingBreak = true;
      }
      return;
    }
    if (!BLOCKS.has(tag)) {
      walk(el);
      return;
    }
    flush();
    if (tag === 'TR' && isDataRow(el)) {
      const cells = Array.from(el.children).filter((c) => /^(?:TD|TH)$/i.test(c.tagName)).map((c) => foldSpace(c.textContent ?? ''));
      const line = cells.filter(Boolean).join(' | ');
      if (line) out.push(line);
    } else if (tag === 'UL' || tag === 'OL') visitList(el);
    else if (tag === 'PRE') {
      // Preformatted text (and plain-text documents) separates its paragraphs with blank lines.
      for (const part of (el.textContent ?? '').split(/\n[ \t]*\n/)) {
        const t = foldSpace(part);
        if (t) out.push(t);
      }
    } else walk(el);
    flush();
  };
  walk(root);
  flush();
  return out;
}

export function toPlainText(root: Element): string {
  return toParagraphs(root).join('\n\n');
}
