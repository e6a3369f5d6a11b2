/**
 * DOM clobbering: element names that shadow the built-ins our code and Readability read
 * (`document.body`, `.title`, `.cloneNode`, `.querySelectorAll`, a form's `tagName`…) must not
 * crash or mislead detection and extraction, and the live page stays as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { detectSyndication } from '../../src/core/detect.ts';
import { extractArticle } from '../../src/core/extract.ts';
import { FORM_MEMBERS_NOT_READ, protoGet, unclobbered } from '../../src/core/unclobber.ts';
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

/**
 * Members read on elements only by name-alike properties of other objects: a cleanup rule's
 * `action`, an attribute's or a JSON-LD thing's `name`, the `length` of arrays and strings, the
 * page scan's `elements` lists, `toString` and `normalize` of numbers and strings, Readability's
 * own `ELEMENT_NODE` / `TEXT_NODE` constants. A form control with one of these names costs no copy.
 */
const READ_ON_OTHER_OBJECTS = new Set(['action', 'name', 'length', 'elements', 'toString', 'toLocaleString', 'normalize', 'ELEMENT_NODE', 'TEXT_NODE']);

it('skips only form members that src/core and Readability never read on an element (FORM_MEMBERS_NOT_READ)', () => {
  const formProto = Object.getPrototypeOf(new JSDOM('').window.document.createElement('form')) as object;
  const dir = join(import.meta.dirname, '..', '..', 'src', 'core');
  const sources = [...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)), createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js')];
  const read = new Set<string>();
  for (const file of sources) for (const m of readFileSync(file, 'utf8').matchAll(/\.([A-Za-z_$][\w$]*)/g)) if (m[1]! in formProto) read.add(m[1]!);
  expect([...read].filter((name) => FORM_MEMBERS_NOT_READ.has(name) && !READ_ON_OTHER_OBJECTS.has(name))).toEqual([]);
  // The scan sees the members read (it is not empty by accident).
  expect(read.has('tagName') && read.has('textContent')).toBe(true);
});

it('leaves a page whose form controls are named "submit", "action" or "method" as it is (no copy), and still reads it', () => {
  const html = pageHtml({ bottom: '<form action="/search" method="get"><input name="action" value="go"><input type="submit" name="submit"><input name="method"></form>' });
  const doc = new JSDOM(html, { url: 'https://example.com/news/story' }).window.document;
  expect(unclobbered(doc)).toBe(doc);
  expect(extractArticle(doc, 'https://example.com/news/story').isArticle).toBe(true);
});
