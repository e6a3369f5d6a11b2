/** What read aloud reads and highlights: the title, then the body's innermost text blocks, in order. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, readingBlocks } from '../../src/reader/read-aloud.ts';
import { speechChunks } from '../../src/reader/speech-chunks.ts';

const page = new JSDOM(`<!doctype html><h1 id="title">The   title</h1><div id="body">
  <p>First paragraph. Two sentences.</p>
  <h2>A heading</h2>
  <blockquote><p>A quoted paragraph.</p><p>Another one.</p></blockquote>
  <blockquote>A bare quote.</blockquote>
  <ul><li>An item</li><li><p>An item with a paragraph inside.</p></li></ul>
  <p>  </p>
  <figure><img src="x.png" alt=""><figcaption>A caption.</figcaption></figure>
  <pre>code
line</pre>
  <table><tr><th>Head</th><td>Cell</td></tr></table>
</div>`).window.document;

describe('readingBlocks', () => {
  const blocks = readingBlocks(page.getElementById('title')!, page.getElementById('body')!);

  it('lists the title, then innermost blocks in document order, skipping empty ones', () => {
    expect(blocks.map(blockText)).toEqual([
      'The title',
      'First paragraph. Two sentences.',
      'A heading',
      'A quoted paragraph.',
      'Another one.',
      'A bare quote.',
      'An item',
      'An item with a paragraph inside.',
      'A caption.',
      'code line',
      'Head',
      'Cell',
    ]);
    expect(blocks.map((b) => b.tagName)).toEqual(['H1', 'P', 'H2', 'P', 'P', 'BLOCKQUOTE', 'LI', 'P', 'FIGCAPTION', 'PRE', 'TH', 'TD']);
  });

  it('gives chunk paragraphs that index these blocks, a multi-line block included', () => {
    const chunks = speechChunks(blocks.map(blockText).join('\n\n'), { lang: 'en' });
    expect(chunks.map((c) => [c.paragraph, c.text])).toEqual([
      [0, 'The title'],
      [1, 'First paragraph.'],
      [1, 'Two sentences.'],
      ...blocks.slice(2).map((b, i) => [i + 2, blockText(b)]),
    ]);
  });
});
