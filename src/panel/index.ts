/**
 * The side panel (Chrome) / sidebar (Firefox): the popup's article view beside the page, kept in
 * step with the active tab of its window. On a tab switch or when the shown tab finishes loading a
 * new page it reads again, by itself, where it may: ArcaMax hosts (the manifest's content-script
 * hosts), every site once "detection on all sites" is granted, and a tab whose toolbar button was
 * just clicked (activeTab). Elsewhere it says in one sentence what grants access.
 *
 * `?tabId=N` starts on tab N (how the tests open it as a tab: headless browsers draw no panel);
 * the tab the page itself sits in, if any, is never followed.
 *
 * body[data-state] as in the popup; body[data-tab-id]: the tab shown; body[data-reads]: reads
 * finished (the tests wait on it).
 */
import type { CiteStyle } from '../core/cite.ts';
import type { CleanArticle } from '../core/types.ts';
import { mountArticleActions } from '../shared/article-actions.ts';
import { renderArticleView } from '../shared/article-view.ts';
import { browser } from '../shared/browser.ts';
import { errorMessage } from '../shared/messages.ts';
import { CANNOT_READ_TITLE, errorStateMessage, isNoAccessError, judgeUrl, noArticleMessage, reasonFromAccessError } from '../shared/page-access.ts';
import { loadPreferences } from '../shared/preferences-store.ts';
import { readArticle } from '../shared/read-article.ts';
import { byId, setState, showState, wireCleanViewButton, wireCopyButtons } from '../shared/ui.ts';

/** The one sentence shown where the panel may not read the page by itself. */
export const GRANT_ACCESS =
  'Click the Syndicated Reader button in the toolbar on this page to read it here, or turn on detection on all sites in the options to read every page by itself.';

let shownTab: number | null = null;
/** Each read gets a number; a slower, older read never overwrites a newer one. */
let generation = 0;
let reads = 0;
/** The options page's citation style, listed first in the Cite menu. */
let citationStyle: CiteStyle | null = null;

/** Fresh copies of the toolbar buttons: a new article must not inherit the old one's listeners. */
function resetToolbar(): void {
  for (const id of ['copy-text', 'copy-markdown', 'open-view']) {
    const old = byId<HTMLButtonElement>(id);
    const fresh = old.cloneNode(true) as HTMLButtonElement;
    fresh.hidden = true;
    fresh.disabled = true;
    old.replaceWith(fresh);
  }
  const actions = byId('article-actions');
  actions.replaceChildren();
  actions.hidden = true;
  byId('article').hidden = true;
  const fb = byId('feedback');
  fb.textContent = '';
  delete fb.dataset.kind;
}

async function read(tabId: number, mine: number): Promise<void> {
  const stale = (): boolean => mine !== generation;
  const tab = await browser.tabs.get(tabId);
  const fileOptions = { fileAccess: await browser.extension.isAllowedFileSchemeAccess(), fileAccessSetting: !browser.runtime.getURL('').startsWith('moz-extension:') };
  const verdict = judgeUrl(tab.url, fileOptions);
  if (stale()) return;
  if (!verdict.readable) return showState('restricted', { title: CANNOT_READ_TITLE, detail: verdict.reason, action: null });
  let result;
  try {
    result = await readArticle(tabId);
  } catch (err) {
    if (stale()) return;
    const message = errorMessage(err);
    if (isNoAccessError(message)) {
      return showState('restricted', { title: CANNOT_READ_TITLE, detail: reasonFromAccessError(message, fileOptions) ?? GRANT_ACCESS, action: null });
    }
    throw err;
  }
  if (stale()) return;
  if (!result.isArticle) return showState('no-article', noArticleMessage(result));
  render(result, tabId);
}

function render(a: CleanArticle, tabId: number): void {
  renderArticleView(byId('article'), a);
  setState('article');
  wireCopyButtons(a);
  wireCleanViewButton(tabId);
  mountArticleActions(byId('article-actions'), a, { citationStyle: citationStyle ?? undefined });
}

/** Shows the article of `tabId` (again, after a navigation). */
function show(tabId: number): void {
  shownTab = tabId;
  const mine = ++generation;
  document.body.dataset.tabId = String(tabId);
  resetToolbar();
  showState('loading', { title: 'Reading the page…', detail: '', action: null });
  read(tabId, mine)
    .catch((err: unknown) => {
      if (mine === generation) showState('error', errorStateMessage(errorMessage(err)));
    })
    .finally(() => {
      if (mine === generation) document.body.dataset.reads = String(++reads);
    });
}

async function start(): Promise<void> {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const param = new URLSearchParams(location.search).get('tabId');
  const windowId = own?.windowId ?? (await browser.windows.getCurrent()).id;

  browser.tabs.onActivated.addListener(({ tabId, windowId: w }) => {
    if (w === windowId && tabId !== own?.id) show(tabId);
  });
  // A new page in the shown tab: read it once it has loaded (the browser reports no URL without
  // the tabs permission, and needs none to say the load is complete).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId === shownTab && change.status === 'complete') show(tabId);
  });

  if (param !== null && /^\d+$/.test(param)) return show(Number(param));
  const [active] = await browser.tabs.query({ active: true, windowId });
  if (active?.id !== undefined && active.id !== own?.id) show(active.id);
  else setState('no-tab', 'No page to read', 'Switch to a tab with a story to read it here.');
}

byId('open-options').addEventListener('click', () => void browser.runtime.openOptionsPage());
loadPreferences()
  .then((p) => (citationStyle = p.citationStyle))
  .catch(() => undefined)
  .then(start)
  .catch((err: unknown) => showState('error', errorStateMessage(errorMessage(err))));
