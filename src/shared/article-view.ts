/**
 * The compact article view: the popup's, and the side panel's to come (issue #14). Fills an
 * `<article>` with the title, the attribution card (before the text), the reading time, the
 * clean text, and the attribution again at the end (the verbatim credit line, "Distributed by"
 * only when the credit does not say it, and the page's address).
 *
 * Direction: the title, the text and the credit line are the article's (its lang and dir); the
 * labels and the reading time are the extension's (English, LTR) with page values in `<bdi>`, so
 * an Arabic or Hebrew article never scrambles "1 min (186 words)".
 *
 * Ids (#title, #attribution-card, #meta, #body, #copyright, #distributed, #source) are what the
 * tests and styles use; there is one view per page.
 */
import { describeFinding, isEvidence } from '../core/evidence.ts';
import type { CleanArticle } from '../core/types.ts';
import { asUi, creditNamesDistributor, renderAttributionCard } from './attribution-card.ts';
import { el } from './ui.ts';

/** The plain sentences of "Why this counts as syndicated" (never the findings' internal kinds). */
export function whySentences(a: Pick<CleanArticle, 'syndicated' | 'reasons' | 'siteName'>): string[] {
  if (!a.syndicated) return [];
  return a.reasons.filter(isEvidence).map((f) => describeFinding(f, a.siteName));
}

function withId<T extends HTMLElement>(node: T, id: string, className = id): T {
  node.id = id;
  node.className = className;
  return node;
}

/** In the article's language and direction (set on the element, so it holds wherever it is moved). */
function inArticleLanguage(node: HTMLElement, a: CleanArticle): void {
  if (a.lang) node.lang = a.lang;
  node.dir = a.dir ?? 'auto';
}

export function readingTime(a: Pick<CleanArticle, 'readingMinutes' | 'wordCount'>): string {
  return `${a.readingMinutes} min (${a.wordCount.toLocaleString('en')} words)`;
}

export function renderArticleView(article: HTMLElement, a: CleanArticle): void {
  // The article element itself says what the text is in; the UI parts inside say otherwise.
  if (a.lang) article.lang = a.lang;
  if (a.dir) article.dir = a.dir;

  const title = withId(el('h1', a.title), 'title');
  inArticleLanguage(title, a);

  const card = withId(el('section'), 'attribution-card');
  renderAttributionCard(card, a);
  const why = whySentences(a);
  if (why.length) {
    const details = withId(el('details'), 'why');
    details.append(el('summary', 'Why this counts as syndicated'));
    const list = withId(el('ul'), 'why-list', '');
    list.append(...why.map((s) => el('li', s)));
    details.append(list);
    card.append(details);
  }

  const meta = withId(el('dl'), 'meta');
  asUi(meta);
  meta.append(el('dt', 'Reading time'), el('dd', readingTime(a)));

  const body = withId(el('div'), 'body');
  inArticleLanguage(body, a);
  const paragraphs = a.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  body.append(...paragraphs.map((p) => el('p', p)));

  const footer = el('footer');
  footer.className = 'credit';
  footer.setAttribute('aria-label', 'Attribution');
  asUi(footer);
  const parts: HTMLElement[] = [];
  if (a.copyright) {
    const credit = withId(el('p', a.copyright), 'copyright');
    inArticleLanguage(credit, a);
    credit.dir = 'auto';
    parts.push(credit);
  }
  if (a.distributor && !creditNamesDistributor(a)) {
    const distributed = withId(el('p', 'Distributed by '), 'distributed');
    distributed.append(el('bdi', a.distributor));
    parts.push(distributed);
  }
  const sourceLine = el('p', 'Source: ');
  sourceLine.className = 'source-line';
  const source = withId(el('a', a.url), 'source');
  source.dir = 'ltr';
  source.target = '_blank';
  source.rel = 'noreferrer noopener';
  if (/^https?:/i.test(a.url)) source.href = a.url;
  sourceLine.append(source);
  parts.push(sourceLine);
  footer.append(...parts);

  article.replaceChildren(title, card, meta, body, footer);
  article.hidden = false;
}
