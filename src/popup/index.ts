/**
 * The popup: one click shows the clean article of the current tab (or of `?tabId=N`, which is
 * how the tests open it as a tab). Everything from the page is rendered with createElement +
 * textContent: page data never reaches an HTML parser here.
 *
 * States (body[data-state]): loading → article | no-article | restricted | error.
 * `body[data-render-ms]`: script start → article rendered; `body[data-open-ms]`: the popup's
 * navigation start → article rendered.
 */
import type { CleanArticle } from '../core/types.ts';
import { mountArticleActions } from '../shared/article-actions.ts';
import { renderArticleView } from '../shared/article-view.ts';
import { browser } from '../shared/browser.ts';
import { errorMessage } from '../shared/messages.ts';
import { CANNOT_READ_TITLE, errorStateMessage, isNoAccessError, judgeUrl, noAccessMessage, noArticleMessage } from '../shared/page-access.ts';
import { DEFAULT_PREFERENCES } from '../shared/preferences.ts';
import { loadPreferences } from '../shared/preferences-store.ts';
import { readArticle } from '../shared/read-article.ts';
import { openPanel, panelKind } from '../shared/side-panel.ts';
import { byId, feedback, setState, showState, wireCleanViewButton, wireCopyButtons } from '../shared/ui.ts';

const scriptStart = performance.now();
/** Opened as a tab (`?tabId=`: the tests, a bookmark) rather than from the toolbar button. */
const asTab = new URLSearchParams(location.search).has('tabId');

function renderArticle(a: CleanArticle): void {
  renderArticleView(byId('article'), a);
  setState('article');
  wireCopyButtons(a);
}

async function targetTabId(): Promise<number> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab.');
  return tab.id;
}

async function show(): Promise<void> {
  const tabId = await targetTabId();
  // tab.url is visible only with activeTab / host permission; when hidden, the injection error decides.
  const tab = await browser.tabs.get(tabId);
  const fileOptions = {
    fileAccess: await browser.extension.isAllowedFileSchemeAccess(),
    // Only Chrome has the "Allow access to file URLs" switch to point to.
    fileAccessSetting: !browser.runtime.getURL('').startsWith('moz-extension:'),
  };
  const verdict = judgeUrl(tab.url, fileOptions);
  if (!verdict.readable) return showState('restricted', { title: CANNOT_READ_TITLE, detail: verdict.reason, action: null });

  let result;
  try {
    result = await readArticle(tabId);
  } catch (err) {
    const message = errorMessage(err);
    // The tab's URL is visible only with access to the page: when it is, the browser keeps us out.
    if (isNoAccessError(message)) return showState('restricted', noAccessMessage(message, tab.url, { ...fileOptions, asTab }));
    throw err;
  }
  if (!result.isArticle) return showState('no-article', noArticleMessage(result));
  renderArticle(result);
  wireCleanViewButton(tabId, () => window.close());
  document.body.dataset.renderMs = (performance.now() - scriptStart).toFixed(1);
  document.body.dataset.openMs = performance.now().toFixed(1);
  // Cite and Save come after the text is on screen: they are not what the reader opened the popup for.
  const { citationStyle } = await loadPreferences().catch(() => DEFAULT_PREFERENCES);
  mountArticleActions(byId('article-actions'), result, { citationStyle });
}

/**
 * The footer: open the side panel / sidebar (called straight from the click: the browsers accept
 * it only during a user gesture, so the window id is looked up beforehand), and the options page.
 */
async function setUpFooter(): Promise<void> {
  byId('open-options').addEventListener('click', () => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  });
  const button = byId<HTMLButtonElement>('open-panel');
  if (!panelKind()) return;
  const { id: windowId } = await browser.windows.getCurrent();
  if (windowId === undefined) return;
  button.addEventListener('click', () => {
    openPanel(windowId)
      .then(() => {
        if (!asTab) window.close();
      })
      .catch((err: unknown) => feedback('fail', `Could not open the side panel: ${errorMessage(err)}`));
  });
  button.hidden = false;
}

show()
  // A tab closed or changed under us, or the extension reloaded, is not a fault: it says so.
  .catch((err: unknown) => showState('error', errorStateMessage(errorMessage(err))))
  .finally(() => {
    document.body.dataset.done = '1';
  });
setUpFooter().catch(() => undefined);
