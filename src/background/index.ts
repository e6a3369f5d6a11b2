/**
 * Background (Chrome: service worker; Firefox: event page). Small and stateless apart from
 * storage.session, because either may be stopped at any time. Every listener is registered
 * synchronously at the top level, so events that wake the worker are not missed.
 *
 * - reportDetection (content script) → remember it for the tab, set icon/badge/title.
 * - "Copy clean text" context menu and the `copy-clean-text` command → extract in the tab,
 *   write the plain text to the clipboard from the page, flash "OK" / "!" on the badge.
 * - "Open clean view" (popup, context menu, `open-clean-view` command) → extract, keep the article
 *   in storage.session, open reader.html next to the tab.
 * - permissions added/removed → (un)register the everywhere-detection script.
 */
import { formatPlainText } from '../core/format.ts';
import type { Detection } from '../core/types.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import { createListener, errorMessage, type ContentToBackground, type CopyOutcome, type TabState, type UiToBackground } from '../shared/messages.ts';
import { explainReadError, isNoAccessError } from '../shared/page-access.ts';
import { readArticle } from '../shared/read-article.ts';
import { syncAutoDetect } from './auto-detect.ts';
import { flashBadge, showDetection } from './badge.ts';
import { writeClipboardInTab } from './clipboard.ts';
import { openCleanView } from './clean-view.ts';

const MENU_ID = 'copy-clean-text';
const COMMAND = 'copy-clean-text';
const VIEW_MENU_ID = 'open-clean-view';
const VIEW_COMMAND = 'open-clean-view';
const stateKey = (tabId: number): string => `tab:${tabId}`;

async function getTabState(tabId: number): Promise<TabState | null> {
  const key = stateKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabState | undefined) ?? null;
}

async function restoreBadge(tabId: number): Promise<void> {
  await showDetection(tabId, (await getTabState(tabId))?.detection ?? null);
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
    const result = await readArticle(tabId);
    if (!result.isArticle) {
      outcome = { ok: false, message: result.reason };
    } else if (await writeClipboardInTab(tabId, formatPlainText(result))) {
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
  async reportDetection(detection: Detection, sender: Runtime.MessageSender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return; // top frames of tabs only
    await browser.storage.session.set({ [stateKey(tabId)]: { detection } satisfies TabState });
    await showDetection(tabId, detection);
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
  });
  void syncAutoDetect();
});
browser.runtime.onStartup.addListener(() => void syncAutoDetect());
browser.permissions.onAdded.addListener(() => void syncAutoDetect());
browser.permissions.onRemoved.addListener(() => void syncAutoDetect());

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
  if (tab?.id === undefined) return;
  if (info.menuItemId === MENU_ID) void copyCleanText(tab.id);
  else if (info.menuItemId === VIEW_MENU_ID) void openCleanViewFromPage(tab.id);
});

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== COMMAND && command !== VIEW_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  if (command === COMMAND) await copyCleanText(tabId);
  else await openCleanViewFromPage(tabId);
});
