/**
 * The attack corpus (test/attack-pages/): for each family of payloads, extraction still finds the
 * story and its credit, and nothing of the payload reaches the text, the sanitized HTML or the
 * copy formats.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract.ts';
import { formatHtml, formatMarkdown, formatPlainText } from '../../src/core/format.ts';
import { INERT_RULES, activeParts as activePartsOf } from '../attack-pages/inert.ts';
import { ATTACK_CASES, EVIL_HOST, STORY_CREDIT, STORY_END, STORY_START, attackPageHtml, attackUrl } from '../attack-pages/attack-pages.ts';

/** Payload text that must not reach the clean text (text a reader sees on the page may). */
const FORBIDDEN_TEXT = [/alert\(/i, /Log in to keep reading/, /Invisible payload text/, /Hidden SEO spam/, /__pwned/];

/** What in a piece of output HTML is not inert (see inert.ts). */
function activeParts(html: string): string[] {
  return activePartsOf(new JSDOM(`<!doctype html><body>${html}`).window.document.body, INERT_RULES);
}

it('has a corpus of attack cases with distinct names', () => {
  expect(ATTACK_CASES.length).toBeGreaterThanOrEqual(11);
  expect(new Set(ATTACK_CASES.map((c) => c.name)).size).toBe(ATTACK_CASES.length);
});

it('tells active output from inert output (the check below can fail)', () => {
  expect(activeParts('<p onclick="x()">a</p><a href="javascript:x()">b</a><svg></svg>')).toEqual(['<svg>', 'p[onclick]', 'a[href=javascript:x()]']);
  expect(activeParts('<p>&lt;img src=x onerror=alert(1)&gt;</p><a href="https://example.com/">ok</a>')).toEqual([]);
});

describe.each(ATTACK_CASES)('attack page $name', (c) => {
  const url = attackUrl(c);
  const doc = new JSDOM(attackPageHtml(c), { url }).window.document;
  const result = extractArticle(doc, url);

  it('still yields the story and its credit', () => {
    expect(result.isArticle, result.isArticle ? '' : result.reason).toBe(true);
    if (!result.isArticle) return;
    expect(result.text.startsWith(STORY_START)).toBe(true);
    expect(result.publisher).toBe('Chicago Tribune');
    if (c.parserSwallowsTheEnd) return;
    expect(result.text.endsWith(STORY_END)).toBe(true);
    expect(result.copyright).toBe(STORY_CREDIT);
  });

  it('lets nothing of the payload into the text, the HTML or the copy formats', () => {
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    for (const re of FORBIDDEN_TEXT) expect(result.text).not.toMatch(re);
    expect(activeParts(result.html), 'the sanitized article HTML').toEqual([]);
    expect(activeParts(formatHtml(result)), 'the copied HTML').toEqual([]);
    const md = formatMarkdown(result);
    expect(md).not.toMatch(/\]\(\s*(?:javascript|data|vbscript):/i);
    expect(md).not.toContain(EVIL_HOST);
    expect(md).not.toMatch(/<(?:script|img|svg|iframe)\b/i);
    expect(formatPlainText(result)).not.toMatch(/alert\(/);
  });

  it('leaves the prototypes alone', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).x).toBeUndefined();
  });
});

it('strips bidi overrides and control characters from every attribution field', () => {
  // A right-to-left override makes "sretueR" display as "Reuters": the byline and credit line
  // below would show another outlet than the text holds.
  const RLO = '\u202e';
  const PDF = '\u202c';
  const c = ATTACK_CASES[0]!;
  const html = attackPageHtml({ name: 'bidi', tries: 'bidi spoofing' })
    .replace('By Mary Wisniewski, Chicago Tribune', `By Mary Wisniewski${RLO}\u0007, Chicago Tribune${PDF}`)
    .replace('<h1>Bridge repair', `<h1>${RLO}Bridge repair`)
    .replace('©2025 Chicago Tribune.', `©2025 Chicago${'\u2066'} Tribune${'\u2069'}.`);
  expect(html).toContain(RLO);
  const url = attackUrl(c);
  const result = extractArticle(new JSDOM(html, { url }).window.document, url);
  expect(result.isArticle).toBe(true);
  if (!result.isArticle) return;
  const fields = [result.title, result.byline, ...result.authors, result.publisher, result.siteName, result.copyright, result.copyrightHolder, result.distributor];
  for (const f of fields) expect(f ?? '').not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
  expect(result.title).toBe('Bridge repair to close Lake Street crossing');
  expect(result.copyright).toBe(STORY_CREDIT);
});
