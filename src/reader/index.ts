/**
 * The clean view: a full-tab reader for the article kept by the background (reader-store.ts).
 * The article's HTML is sanitized again here with the same allow-list as extraction
 * (src/core/sanitize.ts) into an inert document, and its nodes are imported: nothing from the
 * page runs here, and no HTML sink is used. Remote images may load; nothing else does.
 *
 * States (body[data-state]): loading → article | missing | error. `body[data-render-ms]`: script
 * start → article rendered.
 */
import { sanitizeArticleHtml } from '../core/sanitize.ts';
import type { CleanArticle } from '../core/types.ts';
import { mountArticleActions } from '../shared/article-actions.ts';
import { creditNamesDistributor, renderAttributionCard } from '../shared/attribution-card.ts';
import { browser } from '../shared/browser.ts';
import { errorMessage } from '../shared/messages.ts';
import { byId, setState as setPageState, wireCopyButtons } from '../shared/ui.ts';
import { readerKey, type ReaderEntry } from '../shared/reader-store.ts';
import { loadSettings, wireSettings } from './controls.ts';
import { wireReadAloud } from './read-aloud-ui.ts';

const scriptStart = performance.now();
const params = new URLSearchParams(location.search);

const setState = (state: 'loading' | 'article' | 'missing' | 'error', title?: string, detail?: string): void => setPageState(state, title, detail);

// --- The article ---

function renderBody(a: CleanArticle): void {
  const { root } = sanitizeArticleHtml(a.html, document);
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  // The article's own h1s would compete with its title.
  for (const h1 of Array.from(root.querySelectorAll('h1'))) {
    const h2 = root.ownerDocument.createElement('h2');
    h2.append(...Array.from(h1.childNodes));
    h1.replaceWith(h2);
  }
  const body = byId('body');
  for (const child of Array.from(root.childNodes)) body.append(document.importNode(child, true));
}

function render(a: CleanArticle): void {
  const article = byId('article');
  if (a.lang) article.lang = a.lang;
  if (a.dir) article.dir = a.dir;
  document.title = `${a.title} — Clean view`;
  byId('title').textContent = a.title;
  byId('byline').textContent = a.byline ? (a.authors.length ? `By ${a.byline}` : a.byline) : '';
  // Publisher, credit, host and date are in the attribution card, before the text.
  renderAttributionCard(byId('attribution-card'), a);
  byId('reading').textContent = `${a.readingMinutes} min read · ${a.wordCount.toLocaleString()} words`;
  renderBody(a);

  byId('copyright').textContent = a.copyright ?? '';
  byId('distributed').textContent = a.distributor && !creditNamesDistributor(a) ? `Distributed by ${a.distributor}` : '';
  byId('read-on').textContent = a.siteName ? `Read on ${a.siteName}${a.section ? ` · ${a.section}` : ''}` : '';
  const link = byId<HTMLAnchorElement>('page-link');
  link.textContent = a.url;
  if (/^https?:/i.test(a.url)) link.href = a.url;
  for (const id of ['copyright', 'distributed', 'read-on']) byId(id).hidden = !byId(id).textContent;

  article.hidden = false;
  setState('article');
}

function wireCopy(a: CleanArticle): void {
  wireCopyButtons(a);
  mountArticleActions(byId('article-actions'), a);
  const print = byId<HTMLButtonElement>('print');
  print.disabled = false;
  print.hidden = false;
}

const sameDocument = (a: string, b: string): boolean => a.split('#')[0] === b.split('#')[0];

/** Says when the original tab is gone or shows another page; wires "back" accordingly. */
async function watchOriginal(a: CleanArticle, tabId: number): Promise<void> {
  const notice = byId('notice');
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const moved = !!tab?.url && !sameDocument(tab.url, a.url);
  if (!tab) notice.textContent = 'The original tab has been closed. This is the article as it was read.';
  else if (moved) notice.textContent = 'The original tab has moved on to another page. This is the article as it was read.';
  notice.hidden = !!tab && !moved;
  byId('back').addEventListener('click', () => {
    const goBack = tab && !moved
      ? browser.tabs.update(tabId, { active: true }).then((t) => (t?.windowId !== undefined ? browser.windows.update(t.windowId, { focused: true }) : undefined))
      : browser.tabs.create({ url: a.url });
    goBack.catch(() => void browser.tabs.create({ url: a.url }));
  });
}

async function show(): Promise<void> {
  wireSettings();
  await loadSettings();
  const id = params.get('id') ?? '';
  const tabId = Number(params.get('tabId'));
  const stored = (await browser.storage.session.get(readerKey(id)))[readerKey(id)] as ReaderEntry | undefined;
  if (!stored?.article) {
    return setState('missing', 'This clean view has expired', 'The browser was restarted, or this was one of the oldest of many clean views. Open the clean view again from the original page.');
  }
  render(stored.article);
  wireCopy(stored.article);
  wireReadAloud(stored.article.lang);
  document.body.dataset.renderMs = (performance.now() - scriptStart).toFixed(1);
  await watchOriginal(stored.article, Number.isInteger(tabId) ? tabId : stored.tabId);
}

show()
  .catch((err: unknown) => setState('error', 'Something went wrong', errorMessage(err)))
  .finally(() => {
    document.body.dataset.done = '1';
  });
