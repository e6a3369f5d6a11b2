/**
 * DOM clobbering: element names that shadow the built-ins our code and Readability read
 * (`document.body`, `.title`, `.cloneNode`, `.querySelectorAll`, a form's `tagName`…) must not
 * crash or mislead detection and extraction, and the live page stays as it was.
 */
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { detectSyndication } from '../../src/core/detect.ts';
import { extractArticle } from '../../src/core/extract.ts';
import { protoGet, unclobbered } from '../../src/core/unclobber.ts';
import { PLAIN_PARAGRAPHS, pageHtml } from '../helpers/page.ts';

const CLOBBERS = [
  '<img name="body" src="https://cdn.example/a.gif">',
  '<img name="title" src="https://cdn.example/b.gif">',
  '<form name="documentElement"></form>',
  '<img name="cloneNode">',
  '<img name="querySelectorAll">',
  '<img name="querySelector">',
  '<img name="createTreeWalker">',
  '<img name="getElementsByTagName">',
  '<img name="images">',
  '<img name="defaultView">',
  '<img name="implementation">',
  '<img id="head">',
  '<form id="search"><input name="tagName"><input name="getAttribute"><input name="querySelectorAll"><input name="textContent"></form>',
].join('\n');

const url = 'https://www.countyledger.example/news/board-approves-budget';
const html = pageHtml({
  afterHeadline: '<p>By Laura Curtis, Bloomberg News</p>',
  paragraphs: PLAIN_PARAGRAPHS,
  trailer: '<p>©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.</p>',
}).replace('<main>', `<main>${CLOBBERS}`);

it('is a page that really clobbers (the test would prove nothing otherwise)', () => {
  const doc = new JSDOM(html, { url }).window.document;
  expect((doc.body as Element).tagName).toBe('IMG');
  expect(typeof doc.cloneNode).not.toBe('function');
  expect(protoGet(doc, 'body')).not.toBe(doc.body);
});

it('extracts the article and its credit as if nothing were clobbered', () => {
  const doc = new JSDOM(html, { url }).window.document;
  const before = (protoGet(doc, 'documentElement') as Element).outerHTML;
  const detection = detectSyndication(doc, url);
  expect(detection).toMatchObject({ isArticle: true, syndicated: true, publisher: 'Bloomberg News' });
  const result = extractArticle(doc, url);
  expect(result.isArticle).toBe(true);
  if (!result.isArticle) return;
  expect(result).toMatchObject({
    title: 'Board approves budget',
    authors: ['Laura Curtis'],
    publisher: 'Bloomberg News',
    copyright: '©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.',
    distributor: 'Tribune Content Agency',
    lang: 'en',
  });
  expect(result.text).toBe(PLAIN_PARAGRAPHS.join('\n\n'));
  expect((protoGet(doc, 'documentElement') as Element).outerHTML).toBe(before);
});

it('leaves pages without collisions as they are (no copy)', () => {
  const doc = new JSDOM(pageHtml({ head: '<meta name="description" content="x">', bottom: '<form><input name="q"></form>' }), { url }).window.document;
  expect(unclobbered(doc)).toBe(doc);
});
