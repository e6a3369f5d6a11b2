/**
 * The attribution card: who really published the story, shown BEFORE the text (the popup, the
 * clean view, and later the side panel of issue #14). The original publisher and its site, the
 * verbatim credit line, "via <host> · <section>", the date and the authors.
 *
 * Direction: the card's labels are the extension's own (English, left to right), its values come
 * from the page and may be in any script. The card takes the UI's lang/dir even inside a
 * right-to-left article, and every page value is a `<bdi>` (its own direction, isolated), so
 * neither scrambles the other.
 *
 * DOM is built with createElement/textContent only: page data never reaches an HTML parser.
 */
import type { CleanArticle } from '../core/types.ts';
import { displayDate } from './ui.ts';

/** The article fields the card reads. */
export type CardArticle = Pick<
  CleanArticle,
  'syndicated' | 'publisher' | 'publisherSite' | 'siteName' | 'section' | 'published' | 'copyright' | 'distributor' | 'authors' | 'byline'
>;

export interface CardRow {
  /** Stable name (data-row), for styles and tests. */
  key: 'publisher' | 'credit' | 'distributor' | 'read' | 'date' | 'authors';
  label: string;
  /** The row's text: `prefix` (UI words), then each value (page data) joined by `joiner`. */
  prefix: string;
  values: string[];
  joiner: string;
}

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** True when the credit line already names the distributor ("… Distributed by Tribune Content Agency, LLC."). */
export function creditNamesDistributor(a: Pick<CleanArticle, 'copyright' | 'distributor'>): boolean {
  if (!a.distributor) return true;
  return !!a.copyright && fold(a.copyright).includes(fold(a.distributor));
}

/** "A", "A and B", "A, B and C". */
function people(names: string[]): { values: string[]; joiner: string } {
  return { values: names, joiner: names.length === 2 ? ' and ' : ', ' };
}

/**
 * The card's rows as data (pure: the unit tests read it). A row is left out when the page does not
 * say; "Distributed by" only when the credit line does not already say it.
 */
export function cardRows(a: CardArticle): CardRow[] {
  const rows: CardRow[] = [];
  if (a.publisher) {
    const site = a.publisherSite && fold(a.publisherSite) !== fold(a.publisher) ? [a.publisherSite] : [];
    rows.push({ key: 'publisher', label: a.syndicated ? 'Original publisher' : 'Publisher', prefix: '', values: [a.publisher, ...site], joiner: ' · ' });
  }
  if (a.copyright) rows.push({ key: 'credit', label: 'Credit line', prefix: '', values: [a.copyright], joiner: '' });
  if (a.distributor && !creditNamesDistributor(a)) rows.push({ key: 'distributor', label: 'Distributed by', prefix: '', values: [a.distributor], joiner: '' });
  const where = [a.siteName, a.section].filter((s): s is string => !!s);
  // An original article is read where it was published: no "via".
  const via = a.syndicated && !!a.siteName && (!a.publisher || fold(a.siteName) !== fold(a.publisher));
  if (where.length) rows.push({ key: 'read', label: 'Read', prefix: via ? 'via ' : 'on ', values: where, joiner: ' · ' });
  const date = displayDate(a.published);
  if (date) rows.push({ key: 'date', label: 'Published', prefix: '', values: [date], joiner: '' });
  if (a.authors.length) rows.push({ key: 'authors', label: a.authors.length > 1 ? 'Authors' : 'Author', prefix: '', ...people(a.authors) });
  else if (a.byline && fold(a.byline) !== fold(a.publisher ?? '')) rows.push({ key: 'authors', label: 'Byline', prefix: '', values: [a.byline], joiner: '' });
  return rows;
}

/** A row's text as read aloud / copied: "via ArcaMax · News & Features". */
export const rowText = (row: CardRow): string => {
  if (row.key === 'authors' && row.values.length > 2) {
    return `${row.values.slice(0, -1).join(', ')} and ${row.values.at(-1)!}`;
  }
  return row.prefix + row.values.join(row.joiner);
};

function bdi(text: string): HTMLElement {
  const node = document.createElement('bdi');
  node.textContent = text;
  return node;
}

/** Marks `node` as UI (the extension page's own language and direction), e.g. inside an RTL article. */
export function asUi(node: HTMLElement): void {
  node.lang = document.documentElement.lang || 'en';
  node.dir = document.documentElement.dir || 'ltr';
}

/**
 * Fills `section` (an empty `<section id="attribution-card">`) with the card for `a`. `headingLevel`
 * keeps the page's outline (the popup and the clean view put it under their h1).
 */
export function renderAttributionCard(section: HTMLElement, a: CardArticle, headingLevel: 2 | 3 = 2): void {
  section.replaceChildren();
  section.classList.add('attribution-card');
  asUi(section);
  const heading = document.createElement(`h${headingLevel}`);
  heading.className = 'card-heading';
  heading.id = `${section.id || 'attribution-card'}-heading`;
  heading.textContent = a.syndicated ? 'Who published this' : 'Publisher';
  section.setAttribute('aria-labelledby', heading.id);
  const list = document.createElement('dl');
  list.className = 'card-rows';
  for (const row of cardRows(a)) {
    const dt = document.createElement('dt');
    dt.textContent = row.label;
    const dd = document.createElement('dd');
    dd.dataset.row = row.key;
    if (row.prefix) dd.append(row.prefix);
    const last = row.values.length - 1;
    row.values.forEach((value, i) => {
      if (i > 0) dd.append(row.key === 'authors' && last > 1 && i === last ? ' and ' : row.joiner);
      dd.append(bdi(value));
    });
    list.append(dt, dd);
  }
  section.append(heading, list);
  section.hidden = false;
}
