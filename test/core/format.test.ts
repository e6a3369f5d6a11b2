import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { formatDate, formatHtml, formatMarkdown, formatPlainText, sourceLine } from '../../src/core/format.ts';
import type { CleanArticle } from '../../src/core/types.ts';

const article: CleanArticle = {
  url: 'https://www.arcamax.com/currentnews/newsheadlines/s-3478215',
  isArticle: true,
  syndicated: true,
  reasons: [],
  title: 'US nears decision to let Ukraine hit some targets in Russia',
  byline: 'Alberto Nardelli, Jenny Leonard and Alex Wickham, Bloomberg News',
  authors: ['Alberto Nardelli', 'Jenny Leonard', 'Alex Wickham'],
  publisher: 'Bloomberg News',
  publisherSite: 'bloomberg.com',
  siteName: 'ArcaMax',
  section: 'News & Features',
  published: '2024-11-17',
  copyright: '©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.',
  copyrightYear: 2024,
  copyrightHolder: 'Bloomberg L.P.',
  distributor: 'Tribune Content Agency',
  lang: 'en',
  dir: null,
  wordCount: 12,
  readingMinutes: 1,
  text: 'The U.S. is approaching a final decision.\n\n- one item\n\n“Missiles will speak for themselves.”',
  html: '<p>The U.S. is approaching a <em>final</em> decision.</p><ul><li>one item</li></ul><p>“Missiles will speak for themselves.”</p>',
};

describe('formatPlainText', () => {
  it('has a header, the text and the attribution footer', () => {
    expect(formatPlainText(article)).toBe(
      [
        'US nears decision to let Ukraine hit some targets in Russia',
        'By Alberto Nardelli, Jenny Leonard and Alex Wickham, Bloomberg News',
        'Bloomberg News · November 17, 2024 · via ArcaMax',
        '',
        article.text,
        '',
        '---',
        article.copyright,
        `Source: ${article.url}`,
        '',
      ].join('\n'),
    );
  });
  it('leaves out what the article does not have', () => {
    const bare = { ...article, byline: null, authors: [], published: null, copyright: null, syndicated: false, publisher: 'County Ledger', siteName: 'County Ledger' };
    const out = formatPlainText(bare);
    expect(out.split('\n').slice(0, 3)).toEqual([article.title, 'County Ledger', '']);
    expect(out.endsWith(`---\nSource: ${article.url}\n`)).toBe(true);
  });
});

describe('formatMarkdown', () => {
  it('converts the body and keeps the attribution', () => {
    const md = formatMarkdown(article);
    expect(md).toContain('# US nears decision to let Ukraine hit some targets in Russia\n');
    expect(md).toContain('*By Alberto Nardelli, Jenny Leonard and Alex Wickham, Bloomberg News*');
    expect(md).toContain('The U.S. is approaching a *final* decision.');
    expect(md).toMatch(/^- one item$/m);
    expect(md).toContain('©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.');
    expect(md.trimEnd().endsWith(`Source: <${article.url}>`)).toBe(true);
  });
  it('writes ordered lists with their numbers, nested items indented', () => {
    const md = formatMarkdown({ ...article, html: '<ol start="3"><li>three<ul><li>inner</li></ul></li><li>four</li></ol>' });
    expect(md).toContain('3. three\n   - inner\n4. four');
  });
  it('escapes Markdown in header values', () => {
    const md = formatMarkdown({ ...article, title: 'Rates *soar* [again] #1' });
    expect(md).toContain('# Rates \\*soar\\* \\[again\\] \\#1');
  });
});

describe('formatHtml', () => {
  it('escapes every value it adds and keeps the sanitized body', () => {
    const html = formatHtml({ ...article, title: '<img src=x onerror=alert(1)>', copyright: '© 2024 "A" & <B>' });
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(html).toContain('© 2024 &quot;A&quot; &amp; &lt;B&gt;');
    expect(doc.querySelector('ul li')?.textContent).toBe('one item');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(article.url);
    expect(doc.querySelector('article')?.getAttribute('lang')).toBe('en');
  });
  it('does not link a non-http URL', () => {
    const doc = new JSDOM(formatHtml({ ...article, url: 'javascript:alert(1)' })).window.document;
    expect(doc.querySelector('a')).toBeNull();
  });
});

describe('sourceLine and formatDate', () => {
  it('reads as a sentence fragment', () => {
    expect(sourceLine(article)).toBe('Bloomberg News · November 17, 2024 · via ArcaMax');
    expect(formatDate('2025-03-03')).toBe('March 3, 2025');
    expect(formatDate(null)).toBeNull();
  });
});
