/**
 * The popup: one click shows the clean article of the current tab (or of `?tabId=N`, which is
 * how the tests open it as a tab). Everything from the page is rendered with createElement +
 * textContent: page data never reaches an HTML parser here.
 *
 * States (body[data-state]): loading → article | no-article | restricted | error.
 * `body[data-render-ms]`: script start → article rendered; `body[data-open-ms]`: the popup's
 * navigation start → article rendered.
 */
import { describeFinding, isEvidence } from '../core/evidence.ts';
import type { CleanArticle } from '../core/types.ts';
import { browser } from '../shared/browser.ts';
import { errorMessage, sendToBackground } from '../shared/messages.ts';
import { explainReadError, isNoAccessError, judgeUrl, reasonFromAccessError, refusalTitle } from '../shared/page-access.ts';
import { readArticle } from '../shared/read-article.ts';
import { byId, displayDate, el, feedback, setState as setPageState, wireCopyButtons } from '../shared/ui.ts';

const scriptStart = performance.now();
const ALL_SITES = '<all_urls>';

type State = 'loading' | 'article' | 'no-article' | 'restricted' | 'error';
const setState = (state: State, title?: string, detail?: string): void => setPageState(state, title, detail);

function renderArticle(a: CleanArticle): void {
  const article = byId('article');
  if (a.lang) article.lang = a.lang;
  if (a.dir) article.dir = a.dir;
  byId('title').textContent = a.title;

  const meta = byId('meta');
  const site = [a.siteName, a.section].filter(Boolean).join(' · ');
  const rows: [string, string | null][] = [
    ['By', a.byline],
    ['Publisher', [a.publisher, a.publisherSite && a.publisherSite !== a.publisher ? `(${a.publisherSite})` : null].filter(Boolean).join(' ') || null],
    ['Published', displayDate(a.published)],
    [a.syndicated ? 'Read on' : 'Site', site || null],
    ['Reading time', `${a.readingMinutes} min (${a.wordCount.toLocaleString()} words)`],
  ];
  for (const [label, value] of rows) {
    if (!value) continue;
    meta.append(el('dt', label), el('dd', value));
  }

  const evidence = a.reasons.filter(isEvidence);
  if (a.syndicated && evidence.length) {
    const list = byId('why-list');
    for (const f of evidence) list.append(el('li', describeFinding(f, a.siteName)));
    byId('why').hidden = false;
  }

  const body = byId('body');
  const paragraphs = a.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  body.append(...paragraphs.map((p) => el('p', p)));

  const copyright = byId('copyright');
  copyright.textContent = a.copyright ?? '';
  copyright.hidden = !a.copyright;
  const source = byId<HTMLAnchorElement>('source');
  source.textContent = a.url;
  if (/^https?:/i.test(a.url)) source.href = a.url;

  article.hidden = false;
  setState('article');
  wireCopyButtons(a);
}

function enableCleanView(tabId: number): void {
  const open = byId<HTMLButtonElement>('open-view');
  open.addEventListener('click', () => {
    sendToBackground('openCleanView', { tabId })
      .then(() => window.close())
      .catch((err: unknown) => feedback('fail', `Could not open the clean view: ${explainReadError(errorMessage(err))}`));
  });
  open.disabled = false;
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
  if (!verdict.readable) return setState('restricted', 'This page can’t be read', verdict.reason);

  let result;
  try {
    result = await readArticle(tabId);
  } catch (err) {
    const message = errorMessage(err);
    if (isNoAccessError(message)) {
      return setState('restricted', 'This page can’t be read',
        reasonFromAccessError(message, fileOptions) ??
        // The tab's URL is visible only with access to the page: then it is the browser that
        // keeps us out (Firefox's PDF viewer and reader view answer "Missing host permission").
        (tab.url
          ? 'The browser does not let extensions into this page (its PDF viewer, reader view or another built-in page).'
          : 'The browser does not let extensions read this page, or Syndicated Reader was not given access to it. ' +
            'Open the popup with the toolbar button while the page is showing.'));
    }
    throw err;
  }
  if (!result.isArticle) return setState('no-article', refusalTitle(result), result.reason);
  renderArticle(result);
  enableCleanView(tabId);
  document.body.dataset.renderMs = (performance.now() - scriptStart).toFixed(1);
  document.body.dataset.openMs = performance.now().toFixed(1);
}

async function setUpAutoDetectToggle(): Promise<void> {
  const toggle = byId<HTMLInputElement>('auto-detect');
  toggle.checked = await browser.permissions.contains({ origins: [ALL_SITES] });
  toggle.addEventListener('change', () => {
    // permissions.request must be called straight from the user's click (no await before it).
    const change = toggle.checked
      ? browser.permissions.request({ origins: [ALL_SITES] })
      : browser.permissions.remove({ origins: [ALL_SITES] }).then((removed) => !removed);
    change
      .then(async (enabled) => {
        toggle.checked = enabled;
        await sendToBackground('syncAutoDetect', undefined);
        feedback('ok', enabled ? 'Detection is on for all sites.' : 'Detection is on for ArcaMax only.');
      })
      .catch((err: unknown) => {
        toggle.checked = !toggle.checked;
        feedback('fail', `Could not change the setting: ${errorMessage(err)}`);
      });
  });
}

show()
  .catch((err: unknown) => {
    const message = errorMessage(err);
    const explained = explainReadError(message);
    // A tab closed or changed under us, or the extension reloaded, is not a fault: it says so.
    setState('error', explained === message ? 'Something went wrong' : 'The page could not be read', explained);
  })
  .finally(() => {
    document.body.dataset.done = '1';
  });
setUpAutoDetectToggle().catch(() => {
  byId('auto-detect').closest('footer')?.setAttribute('hidden', '');
});
