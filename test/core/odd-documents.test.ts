/**
 * Documents that are not ordinary HTML pages: extraction and detection must answer with a clear
 * "no article" (or the article), never throw.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectSyndication } from '../../src/core/detect.ts';
import { extractArticle } from '../../src/core/extract.ts';
import { PLAIN_PARAGRAPHS } from '../helpers/page.ts';

const URL_ = 'https://odd.example/doc';
const dom = (html: string, contentType = 'text/html'): Document => new JSDOM(html, { url: URL_, contentType }).window.document;

/** A document as the browser types it (jsdom cannot be given these content types). */
const typed = (html: string, contentType: string): Document => {
  const d = dom(html);
  Object.defineProperty(d, 'contentType', { value: contentType });
  return d;
};

/** What the page is, and the reason a user is given. */
const KINDS: [string, () => Document, string][] = [
  ['a PDF in the browser’s viewer', () => typed('<html><body style="height:100%;width:100%;overflow:hidden;margin:0"><embed name="x" type="application/pdf" src="about:blank"></body></html>', 'application/pdf'), 'This is a PDF shown in the browser’s PDF viewer, which extensions cannot read.'],
  ['an image document', () => typed('<html><body style="margin:0"><img src="https://odd.example/photo.jpg" alt=""></body></html>', 'image/png'), 'This is an image, not an article.'],
  ['an SVG document', () => dom('<svg xmlns="http://www.w3.org/2000/svg"><text>Hello</text><script>alert(1)</script></svg>', 'image/svg+xml'), 'This is an image, not an article.'],
  ['an RSS feed', () => dom('<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>One</title><description>A long enough description of a story.</description></item></channel></rss>', 'application/xml'), 'This is an XML file (a feed or data), not an article.'],
  ['a frameset', () => dom('<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'), 'This page is made of frames: open the frame that holds the article on its own, then try again.'],
];

describe.each(KINDS)('%s', (_name, make, reason) => {
  it('is named in the reason, and detection does not throw', () => {
    expect(detectSyndication(make(), URL_).syndicated).toBe(false);
    const result = extractArticle(make(), URL_);
    expect(result.isArticle).toBe(false);
    if (!result.isArticle) expect([result.reason, result.notRead]).toEqual([reason, true]);
  });
});

const CASES: [string, () => Document][] = [
  ['an empty document', () => dom('')],
  ['a document whose <body> was removed', () => {
    const d = dom(`<p>${PLAIN_PARAGRAPHS[0]}</p>`);
    d.body.remove();
    return d;
  }],
  ['an HTML page holding only an image', () => dom('<html><body style="margin:0"><img src="https://odd.example/photo.jpg" alt=""></body></html>')],
  ['a page of only scripts and styles', () => dom('<html><head><style>body{}</style></head><body><script>document.write("x")</script><noscript>Enable JS</noscript></body></html>')],
];

describe.each(CASES)('%s', (_name, make) => {
  it('gets a clear "no article" from extraction, and no throw from detection', () => {
    const doc = make();
    const detection = detectSyndication(doc, URL_);
    expect(detection.syndicated).toBe(false);
    const result = extractArticle(doc, URL_);
    expect(result.isArticle).toBe(false);
    if (!result.isArticle) expect(result.reason).toMatch(/^No article found on this page/);
    if (!result.isArticle) expect(result.notRead).toBe(false);
  });
});

it('reads a plain-text document (as browsers show .txt files) paragraph by paragraph', () => {
  const doc = dom(`<html><head></head><body><pre>${PLAIN_PARAGRAPHS.join('\n\n')}</pre></body></html>`);
  const result = extractArticle(doc, URL_);
  expect(result.isArticle).toBe(true);
  if (result.isArticle) expect(result.text).toBe(PLAIN_PARAGRAPHS.join('\n\n'));
});

it('reads an article whose paragraphs sit in <frameset>-free legacy markup with <br><br> breaks', () => {
  const body = PLAIN_PARAGRAPHS.concat(PLAIN_PARAGRAPHS.map((p) => p.replace('county', 'city'))).join('<br><br>');
  const doc = dom(`<html><head><title>Budget</title></head><body><table><tr><td><h2>Board approves budget</h2><div class="txt">${body}</div></td></tr></table></body></html>`);
  const result = extractArticle(doc, URL_);
  expect(result.isArticle).toBe(true);
  if (result.isArticle) expect(result.text.split('\n\n')).toHaveLength(6);
});
