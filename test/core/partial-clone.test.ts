/**
 * A copy of the page without some subtrees (src/core/partial-clone.ts): it must be the copy that
 * copying everything and removing those subtrees gives, node for node, and lead from any element
 * of the page to its copy.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cloneWithout } from '../../src/core/partial-clone.ts';
import { followPath, pathOf, shape } from '../helpers/copy-plan.ts';
import { fixtureDocument, loadFixture } from '../helpers/fixtures.ts';

/** The whole page copied, then the subtrees removed (all found before any is removed). */
function copiedThenRemoved(doc: Document, skip: readonly Element[]): Document {
  const copy = doc.cloneNode(true) as Document;
  for (const el of skip.map((e) => followPath(copy, pathOf(e)))) el?.remove();
  return copy;
}

const page = (): Document => fixtureDocument(loadFixture('arcamax--bloomberg-ukraine-strikes'));

describe('cloneWithout', () => {
  it('gives the copy that copying everything and removing the subtrees gives', () => {
    const doc = page();
    const skip = Array.from(doc.querySelectorAll('script, style, nav, aside, footer, iframe, form, ins, noscript'));
    expect(skip.length).toBeGreaterThan(5);
    const { copy } = cloneWithout(doc, new Set(skip));
    expect(shape(copy)).toBe(shape(copiedThenRemoved(doc, skip)));
    expect(copy.querySelector('script, nav, footer')).toBeNull();
    expect(copy.body.textContent).toContain('Ukraine');
  });

  it('takes a subtree listed inside another listed one once', () => {
    const doc = page();
    const footer = doc.querySelector('footer')!;
    const inner = footer.querySelector('*')!;
    const { copy } = cloneWithout(doc, new Set([inner, footer]));
    expect(shape(copy)).toBe(shape(copiedThenRemoved(doc, [footer])));
  });

  it('leads from the page to the copy, and to nothing for what was left out', () => {
    const doc = page();
    const footer = doc.querySelector('footer')!;
    const headline = doc.querySelector('h1')!;
    const paragraph = doc.querySelectorAll('p')[3]!;
    const { copy, find } = cloneWithout(doc, new Set([footer]));
    // An element copied whole with its subtree, and one on the way to what was left out.
    expect(find(headline)?.outerHTML).toBe(headline.outerHTML);
    expect(find(headline)?.ownerDocument).toBe(copy);
    expect(find(paragraph)?.outerHTML).toBe(paragraph.outerHTML);
    expect(find(doc.body)).toBe(copy.body);
    expect(find(doc.documentElement)).toBe(copy.documentElement);
    expect(find(footer)).toBeNull();
    expect(find(footer.querySelector('*'))).toBeNull();
    expect(find(null)).toBeNull();
    expect(find(new JSDOM('<p>x</p>').window.document.querySelector('p'))).toBeNull();
  });

  it('copies everything when nothing is left out', () => {
    const doc = page();
    const { copy, find } = cloneWithout(doc, new Set());
    expect(shape(copy)).toBe(shape(doc));
    expect(find(doc.querySelector('h1'))?.outerHTML).toBe(doc.querySelector('h1')!.outerHTML);
  });

  it('keeps what the document is (address, mode, doctype) and never changes the page', () => {
    const doc = page();
    const before = shape(doc);
    const { copy } = cloneWithout(doc, new Set(Array.from(doc.querySelectorAll('script, nav'))));
    expect(copy.URL).toBe(doc.URL);
    expect(copy.compatMode).toBe(doc.compatMode);
    expect(copy.doctype?.name).toBe('html');
    expect(copy).not.toBe(doc);
    expect(shape(doc)).toBe(before);
    const quirks = new JSDOM('<html><body><p>No doctype here.</p><script>1</script></body></html>', { url: 'https://example.com/a' }).window.document;
    const made = cloneWithout(quirks, new Set([quirks.querySelector('script')!])).copy;
    expect(made.compatMode).toBe('BackCompat');
    expect(made.body.innerHTML).toBe('<p>No doctype here.</p>');
  });

  it('copies a page thousands of levels deep, the way down to what is left out included', () => {
    const depth = 2500;
    const html = `<!doctype html><html><body>${'<div>'.repeat(depth)}<span class="ad">ad</span><p>Deep text.</p>${'</div>'.repeat(depth)}</body></html>`;
    const doc = new JSDOM(html).window.document;
    const ad = doc.querySelector('.ad')!;
    const { copy, find } = cloneWithout(doc, new Set([ad]));
    expect(copy.querySelector('.ad')).toBeNull();
    const p = find(doc.querySelector('p'));
    expect(p?.textContent).toBe('Deep text.');
    let levels = 0;
    for (let e = p!.parentElement; e && e !== copy.body; e = e.parentElement) levels++;
    expect(levels).toBe(depth);
  });
});
