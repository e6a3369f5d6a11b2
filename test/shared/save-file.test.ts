/**
 * What Save writes (src/shared/save-file.ts): a portable file name, and one HTML document that
 * runs nothing and carries the attribution header and footer, on the seed and a hostile page.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract.ts';
import type { CleanArticle } from '../../src/core/types.ts';
import { formatHtmlDocument, saveContent, saveFileName } from '../../src/shared/save-file.ts';
import { fixtureDocument, loadFixture } from '../helpers/fixtures.ts';

const extracted = (name: string): CleanArticle => {
  const f = loadFixture(name);
  return extractArticle(fixtureDocument(f), f.expected.url) as CleanArticle;
};

describe('saveFileName', () => {
  it('is the title, without characters a file system refuses', () => {
    expect(saveFileName({ title: 'US nears decision to let Ukraine hit some targets in Russia' }, 'markdown')).toBe('US nears decision to let Ukraine hit some targets in Russia.md');
    expect(saveFileName({ title: 'What / why: "a" <b>?' }, 'html')).toBe('What why a b.html');
    expect(saveFileName({ title: '...' }, 'html')).toBe('article.html');
    expect(saveFileName({ title: 'x'.repeat(200) }, 'markdown')).toHaveLength(83);
  });
});

describe('formatHtmlDocument', () => {
  it('the seed: a whole document with the attribution header and footer and the article', () => {
    const a = extracted('arcamax--bloomberg-ukraine-strikes');
    const doc = new JSDOM(formatHtmlDocument(a)).window.document;
    expect(doc.title).toBe(a.title);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('meta[name="copyright"]')!.getAttribute('content')).toBe(a.copyright);
    const text = doc.body.textContent!;
    expect(text.indexOf('Bloomberg News · November 17, 2024 · via ArcaMax')).toBeLessThan(text.indexOf(a.text.split('\n')[0]!));
    expect(text.lastIndexOf(a.copyright!)).toBeGreaterThan(text.indexOf(a.text.split('\n')[0]!));
    expect(doc.querySelector(`a[href="${a.url}"]`)).not.toBeNull();
  });

  it('a hostile page: no script, handler or frame survives, and the CSP forbids scripts anyway', () => {
    const a = extracted('hostile--tca-story-with-payloads');
    const html = formatHtmlDocument(a);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, iframe, object, embed, form, base, meta[http-equiv="refresh"]')).toHaveLength(0);
    expect(Array.from(doc.querySelectorAll('*')).flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on')))).toEqual([]);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toMatch(/^default-src 'none'/);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('keeps an RTL article’s language and direction', () => {
    const doc = new JSDOM(formatHtmlDocument(extracted('alwatan--original-rtl-rain'))).window.document;
    expect([doc.documentElement.lang, doc.documentElement.dir]).toEqual(['ar', 'rtl']);
  });

  it('the Markdown file is formatMarkdown: header, text, footer with the credit', () => {
    const a = extracted('arcamax--kff-health-rural-hospitals');
    const md = saveContent(a, 'markdown');
    expect(md.startsWith(`# ${a.title}`)).toBe(true);
    expect(md.trimEnd().endsWith(`Source: <${a.url}>`)).toBe(true);
    expect(md).toContain(a.copyright!);
  });
});
