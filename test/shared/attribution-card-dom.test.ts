// @vitest-environment jsdom
/**
 * The card and the compact article view as DOM (jsdom): page values in <bdi>, labels in the UI's
 * direction inside a right-to-left article, text only (no markup from the page is parsed).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/core/types.ts';
import { renderArticleView } from '../../src/shared/article-view.ts';
import { renderAttributionCard } from '../../src/shared/attribution-card.ts';
import { loadFixture } from '../helpers/fixtures.ts';

function article(name: string, text = 'First paragraph.\n\nSecond paragraph.'): CleanArticle {
  const e = loadFixture(name).expected as unknown as CleanArticle;
  return { ...e, reasons: [], text, html: '', wordCount: 186, readingMinutes: 1 };
}

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.body.replaceChildren();
});

describe('renderAttributionCard', () => {
  it('puts each page value in a <bdi> and takes the UI’s lang and direction', () => {
    const section = document.createElement('section');
    section.id = 'attribution-card';
    document.body.append(section);
    renderAttributionCard(section, article('alwatan--original-rtl-rain'));
    expect([section.lang, section.dir]).toEqual(['en', 'ltr']);
    const dds = Array.from(section.querySelectorAll('dd'));
    expect(dds.length).toBeGreaterThan(2);
    for (const dd of dds) expect(dd.querySelector('bdi'), dd.textContent!).not.toBeNull();
    expect(section.getAttribute('aria-labelledby')).toBe(section.querySelector('h2')!.id);
  });

  it('renders markup in page values as text', () => {
    const section = document.createElement('section');
    renderAttributionCard(section, { ...article('arcamax--bloomberg-ukraine-strikes'), publisher: '<img src=x onerror=alert(1)>' });
    expect(section.querySelector('img')).toBeNull();
    expect(section.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('renderArticleView', () => {
  it('orders title, card, reading time, text, attribution; the article’s direction only on its own text', () => {
    const root = document.createElement('article');
    document.body.append(root);
    renderArticleView(root, article('alwatan--original-rtl-rain'));
    expect(Array.from(root.children).map((c) => c.id || c.className)).toEqual(['title', 'attribution-card', 'meta', 'body', 'credit']);
    expect([root.dir, root.lang]).toEqual(['rtl', 'ar']);
    expect(root.querySelector('#title')!.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('#body')!.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('#meta')!.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('#meta dd')!.textContent).toBe('1 min (186 words)');
    expect(Array.from(root.querySelectorAll('#body p')).map((p) => p.textContent)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('keeps the credit at the end and says "Distributed by" only when the credit does not', () => {
    const seed = document.createElement('article');
    renderArticleView(seed, article('arcamax--bloomberg-ukraine-strikes'));
    expect(seed.querySelector('#copyright')!.textContent).toBe('©2024 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.');
    expect(seed.querySelector('#distributed')).toBeNull();
    const nyt = document.createElement('article');
    renderArticleView(nyt, article('seattletimes--nyt-heat-grid'));
    expect(nyt.querySelector('#distributed')!.textContent).toBe('Distributed by New York Times News Service');
  });
});
