/** Builds small but whole pages for unit tests of single checks (fixtures cover real layouts). */
import { JSDOM } from 'jsdom';

export interface PageParts {
  url?: string;
  title?: string;
  head?: string;
  /** Placed before the headline (site header). */
  top?: string;
  headline?: string;
  /** Placed between the headline and the body (byline lines). */
  afterHeadline?: string;
  paragraphs?: string[];
  /** Placed after the body, inside the article (trailer). */
  trailer?: string;
  /** Placed after the article (site footer). */
  bottom?: string;
  /** The site's og:site_name (default County Ledger). */
  siteName?: string;
}

export const PLAIN_PARAGRAPHS = [
  'The county board voted on Tuesday evening to approve a budget that adds four new positions to the parks department and trims spending on outside consultants.',
  'Board members said the change reflected months of public comment, much of it from residents who asked for longer hours at the two public pools and better lighting on the river trail.',
  'The budget now goes to the finance committee, which is expected to take it up at its next meeting in the spring, when members will also review the capital plan.',
];

export function pageHtml(p: PageParts = {}): string {
  const paragraphs = (p.paragraphs ?? PLAIN_PARAGRAPHS).map((t) => `<p>${t}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${p.title ?? 'Board approves budget | County Ledger'}</title>
<meta property="og:site_name" content="${p.siteName ?? 'County Ledger'}">${p.head ?? ''}</head><body>
<header class="site-header"><a href="/">County Ledger</a>${p.top ?? ''}</header>
<main><article><h1>${p.headline ?? 'Board approves budget'}</h1>${p.afterHeadline ?? ''}
${paragraphs}
${p.trailer ?? ''}</article></main>
<footer class="site-footer">${p.bottom ?? '<p>© 2024 County Ledger. All rights reserved.</p>'}</footer></body></html>`;
}

export function pageDocument(p: PageParts = {}): { doc: Document; url: string } {
  const url = p.url ?? 'https://www.countyledger.example/news/board-approves-budget';
  return { doc: new JSDOM(pageHtml(p), { url }).window.document, url };
}
