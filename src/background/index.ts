/**
 * Background (Chrome: service worker; Firefox: event page). Small and stateless apart from
 * storage.session, because either may be stopped at any time. Every listener is registered
 * synchronously at the top level, so events that wake the worker are not missed.
 *
 * - reportDetection (content script) → remember it for the tab, set icon/badge/title.
 * - detectFully (the on-load pre-check found a clue) → inject the full detection into that frame.
 * - "Copy clean text" context menu and the `copy-clean-text` command → extract in the tab,
 *   write the plain text to the clipboard from the page, flash "OK" / "!" on the badge.
 * - "Open clean view" (popup, context menu, `open-clean-view` command) → extract, keep the article
 *   in storage.session, open reader.html next to the tab.
 * - permissions added/removed → (un)register the everywhere-detection script.
 * - "Open side panel" (context menu, `open-side-panel` command; the popup opens it itself) and,
 *   per the options page, a click on the toolbar button; per-site choices: no badge, auto-open.
 */
import { formatMarkdown, formatPlainText } from '../core/format.ts';
import type { Detection } from '../core/types.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import { createListener, errorMessage, type ContentToBackground, type CopyOutcome, type DetectionReport, type TabState, type UiToBackground } from '../shared/messages.ts';
import { explainReadError, isNoAccessError } from '../shared/page-access.ts';
import { autoOpenTarget, PREFERENCES_KEY, siteChoice } from '../shared/preferences.ts';
import { loadPreferences } from '../shared/preferences-store.ts';
import { readArticle } from '../shared/read-article.ts';
import { openPanel, panelKind, setPanelOnActionClick } from '../shared/side-panel.ts';
import { syncAutoDetect } from './auto-detect.ts';
import { flashBadge, showDetection } from './badge.ts';
import { writeClipboardInTab } from './clipboard.ts';
import { openCleanView } from './clean-view.ts';

const MENU_ID = 'copy-clean-text';
const COMMAND = 'copy-clean-text';
const VIEW_MENU_ID = 'open-clean-view';
const VIEW_COMMAND = 'open-clean-view';
const PANEL_MENU_ID = 'open-side-panel';
const PANEL_COMMAND = 'open-side-panel';
const stateKey = (tabId: number): string => `tab:${tabId}`;
/** The full on-load detection (src/content/detect-full.ts), for pages whose pre-check found a clue. */
const FULL_DETECTION = 'detect-full.js';

async function getTabState(tabId: number): Promise<TabState | null> {
  const key = stateKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabState | undefined) ?? null;
}

/** The badge for the tab's verdict, unless the user chose "never show the badge" for its site. */
async function showBadge(tabId: number, detection: Detection | null): Promise<void> {
  const hidden = detection ? siteChoice(await loadPreferences(), detection.url).hideBadge : false;
  await showDetection(tabId, hidden ? null : detection);
}

async function restoreBadge(tabId: number): Promise<void> {
  await showBadge(tabId, (await getTabState(tabId))?.detection ?? null);
}

/** Only our own extension pages (popup, opened as a popup or a tab) may use the UI messages. */
function assertExtensionPage(sender: Runtime.MessageSender): void {
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL(''))) {
    throw new Error('This message is only accepted from the extension’s own pages.');
  }
}

async function copyCleanText(tabId: number): Promise<CopyOutcome> {
  let outcome: CopyOutcome;
  try {
    const [result, prefs] = await Promise.all([readArticle(tabId), loadPreferences()]);
    if (!result.isArticle) {
      outcome = { ok: false, message: result.reason };
    } else if (await writeClipboardInTab(tabId, prefs.copyFormat === 'markdown' ? formatMarkdown(result) : formatPlainText(result))) {
      outcome = { ok: true, message: `Copied “${result.title}”` };
    } else {
      outcome = { ok: false, message: 'The browser refused to write to the clipboard.' };
    }
  } catch (err) {
    const message = errorMessage(err);
    outcome = { ok: false, message: isNoAccessError(message) ? 'Syndicated Reader cannot read this page.' : `Copy failed: ${explainReadError(message)}` };
  }
  await flashBadge(tabId, outcome.ok, outcome.message, () => restoreBadge(tabId));
  return outcome;
}

const contentHandlers = {
  async reportDetection(detection: DetectionReport, sender: Runtime.MessageSender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return; // top frames of tabs only
    // The state is removed when the tab starts loading a page: none yet means a new navigation.
    const firstReport = (await getTabState(tabId)) === null;
    await browser.storage.session.set({ [stateKey(tabId)]: { detection } satisfies TabState });
    await showBadge(tabId, detection);
    await autoOpen(tabId, detection, firstReport);
  },
  async detectFully(_data: { clue: string }, sender: Runtime.MessageSender) {
    const tabId = sender.tab?.id;
    // Top frames of tabs only, as the pre-check is registered; the grant that registered it
    // (<all_urls>) is what allows the injection.
    if (tabId === undefined || sender.frameId !== 0) return;
    // The tab may have moved on to another page (or one we may not read) since: nothing to detect.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [FULL_DETECTION] }).catch(() => undefined);
  },
};

const uiHandlers = {
  getTabState({ tabId }: { tabId: number }, sender: Runtime.MessageSender) {
    assertExtensionPage(sender);
    return getTabState(tabId);
  },
  copyCleanText({ tabId }: { tabId: number }, sender: Runtime.MessageSender) {
    assertExtensionPage(sender);
    return copyCleanText(tabId);
  },
  syncAutoDetect(_data: undefined, sender: Runtime.MessageSender) {
    assertExtensionPage(sender);
    return syncAutoDetect();
  },
  openCleanView({ tabId, openTab }: { tabId: number; openTab?: boolean }, sender: Runtime.MessageSender) {
    assertExtensionPage(sender);
    return openCleanView(tabId, { openTab: openTab !== false });
  },
};

browser.runtime.onMessage.addListener(createListener<ContentToBackground & UiToBackground>({ ...contentHandlers, ...uiHandlers }));

// A new document in the tab: forget the old page's detection (the browser resets the badge itself).
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void browser.storage.session.remove(stateKey(tabId));
});
browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(stateKey(tabId)));

browser.runtime.onInstalled.addListener(() => {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Copy clean text', contexts: ['page'] });
    browser.contextMenus.create({ id: VIEW_MENU_ID, title: 'Open clean view', contexts: ['page'] });
    if (panelKind()) browser.contextMenus.create({ id: PANEL_MENU_ID, title: 'Open side panel', contexts: ['page'] });
  });
  void syncAutoDetect();
  void applyActionChoice();
});
browser.runtime.onStartup.addListener(() => {
  void syncAutoDetect();
  void applyActionChoice();
});
browser.storage.onChanged.addListener((changes) => {
  if (PREFERENCES_KEY in changes) void applyActionChoice();
});
// Firefox: with the popup unset (options: "the side panel"), a click opens the sidebar. Chrome
// opens its side panel itself (setPanelBehavior) and sends no click.
browser.action.onClicked.addListener((tab) => {
  if (panelKind() === 'sidebar') void openPanel(tab.windowId ?? browser.windows.WINDOW_ID_CURRENT);
});
browser.permissions.onAdded.addListener(() => void syncAutoDetect());
browser.permissions.onRemoved.addListener(() => void syncAutoDetect());

/**
 * Auto-open (options page, per site). The verdict came from our content script, so we have access
 * to the page. The clean view opens in a new tab; the panel can only be opened during a user
 * gesture in both browsers, so without one the attempt fails quietly (the badge still shows, and
 * an open panel follows the tab by itself).
 */
async function autoOpen(tabId: number, detection: DetectionReport, firstReport: boolean): Promise<void> {
  const target = autoOpenTarget(await loadPreferences(), detection, firstReport);
  if (target === 'clean-view') await openCleanViewFromPage(tabId);
  else if (target === 'panel') {
    const tab = await browser.tabs.get(tabId);
    await openPanel(tab.windowId ?? browser.windows.WINDOW_ID_CURRENT).catch(() => undefined);
  }
}

/** What a click on the toolbar button opens: the popup, or (options page) the side panel. */
async function applyActionChoice(): Promise<void> {
  const { actionOpens } = await loadPreferences();
  const panel = actionOpens === 'panel' && panelKind() !== null;
  await browser.action.setPopup({ popup: panel ? '' : 'popup.html' });
  await setPanelOnActionClick(panel);
}

/** The menu/shortcut path to the clean view: failures show on the badge, as for copying. */
async function openCleanViewFromPage(tabId: number): Promise<void> {
  try {
    await openCleanView(tabId);
  } catch (err) {
    const message = errorMessage(err);
    await flashBadge(tabId, false, isNoAccessError(message) ? 'Syndicated Reader cannot read this page.' : explainReadError(message), () => restoreBadge(tabId));
  }
}

browser.contextMenus.onClicked.addListener((info, tab) => {
  // First and synchronously: the browsers open a panel only during the user's gesture.
  if (info.menuItemId === PANEL_MENU_ID) return void openPanel(tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT).catch(() => undefined);
  if (tab?.id === undefined) return;
  if (info.menuItemId === MENU_ID) void copyCleanText(tab.id);
  else if (info.menuItemId === VIEW_MENU_ID) void openCleanViewFromPage(tab.id);
});

browser.commands.onCommand.addListener(async (command, tab) => {
  // First and synchronously: the browsers open a panel only during the user's gesture.
  if (command === PANEL_COMMAND) return void openPanel(tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT).catch(() => undefined);
  if (command !== COMMAND && command !== VIEW_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  if (command === COMMAND) await copyCleanText(tabId);
  else await openCleanViewFromPage(tabId);
});
