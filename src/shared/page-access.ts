/**
 * Pages the browser does not let extensions read, recognised by URL (when we can see it) and by
 * the error `scripting.executeScript` throws (when we cannot). Pure: no extension API here.
 */

import { PDF_REASON } from '../core/document-kind.ts';
import type { NoArticle } from '../core/types.ts';

/** Schemes no extension may script. */
const RESTRICTED_SCHEME = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|jar):/i;

/** Web stores: both browsers refuse to script them. */
const STORE_URLS = [
  /^https?:\/\/chromewebstore\.google\.com\//i,
  /^https?:\/\/chrome\.google\.com\/webstore/i,
  /^https?:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https?:\/\/addons\.mozilla\.org\//i,
];

export type AccessVerdict =
  | { readable: true }
  | { readable: false; reason: string };

/**
 * Why the browser won't let us read `url`, or `{readable: true}` if nothing in the URL says so.
 * `fileAccess`: the user allowed file URLs; `fileAccessSetting`: the browser has such a switch.
 */
export function judgeUrl(url: string | undefined, { fileAccess = false, fileAccessSetting = true } = {}): AccessVerdict {
  if (!url) return { readable: true };
  if (RESTRICTED_SCHEME.test(url)) return { readable: false, reason: `This is a browser page (${url.split(':')[0]}:), which extensions are not allowed to read.` };
  if (STORE_URLS.some((re) => re.test(url))) return { readable: false, reason: 'The browser does not let extensions read its add-on store.' };
  if (/^file:/i.test(url) && !fileAccess) {
    // Chrome has a per-extension "Allow access to file URLs" switch; Firefox has none and keeps
    // extensions out of local files.
    return { readable: false, reason: fileAccessSetting ? 'Local files can only be read if you allow file access for Syndicated Reader in the extension settings.' : 'The browser does not let extensions read local files (file://).' };
  }
  if (/^https?:\/\/[^?#]+\.pdf(?:[?#]|$)/i.test(url)) return { readable: false, reason: PDF_REASON };
  if (/^(?:data|blob|javascript):/i.test(url)) return { readable: false, reason: 'This kind of page cannot be read by extensions.' };
  return { readable: true };
}

/**
 * Injection errors that mean "no access" rather than "something broke". Examples:
 * Chrome: `Cannot access a chrome:// URL`, `Cannot access contents of url "…"`,
 * `The extensions gallery cannot be scripted.`, `Cannot access contents of the page.`;
 * Firefox: `Missing host permission for the tab`.
 */
const NO_ACCESS_ERROR = /cannot access|cannot be scripted|missing host permission|not allowed|permission/i;

export function isNoAccessError(message: string): boolean {
  return NO_ACCESS_ERROR.test(message);
}

/**
 * Why access was refused, from the injection error: Chrome names the URL it refused
 * (`Cannot access contents of url "file:///…"`) even when the tab's URL was hidden from us, so
 * a local file or a PDF still gets its own explanation. Null when the error names no URL we
 * have a better reason for.
 */
export function reasonFromAccessError(message: string, options: { fileAccess?: boolean; fileAccessSetting?: boolean } = {}): string | null {
  // Chrome: `Cannot access a chrome:// URL` names the scheme only.
  const scheme = /cannot access an? ([a-z][a-z0-9+.-]*):(?:\/\/)? URL/i.exec(message)?.[1];
  const url = /url "([^"]+)"/i.exec(message)?.[1] ?? (scheme ? `${scheme}://` : undefined);
  if (!url) return null;
  const verdict = judgeUrl(url, options);
  return verdict.readable ? null : verdict.reason;
}

/**
 * What a failed read means for the user, for the errors the browser gives when the tab goes away
 * or changes under us (closed, navigated, extension reloaded). Anything else is shown as it is.
 */
export function explainReadError(message: string): string {
  if (/no tab with id|invalid tab id|tab .*(?:closed|not found)/i.test(message)) return 'The tab was closed before its article could be read.';
  if (/receiving end does not exist|message channel closed|frame .*(?:removed|detached)|document .*(?:unloaded|navigated)/i.test(message)) {
    return 'The page changed while it was being read. Open Syndicated Reader again to read the new page.';
  }
  if (/extension context invalidated/i.test(message)) return 'Syndicated Reader was updated or reloaded. Reload the page and try again.';
  return message;
}

/**
 * The popup's heading for a page extraction refused: "no article" when the page was read and
 * holds none, "can't be read" when it was not read at all (a PDF, an image, a feed, frames, or
 * one of the size, depth and time limits), whose reason then says why.
 */
export function refusalTitle(result: Pick<NoArticle, 'notRead'>): string {
  return result.notRead ? 'This page can’t be read' : 'No article found on this page';
}

// ---------------------------------------------------------------------------------------------
// The popup's states in words: one heading, one sentence of cause, and the one action that helps
// (or none). Every sentence a state shows is here, so they can be read and tested together.

/** What a state offers: `retry` reloads the popup (a button); `reopen` is a sentence to follow. */
export type StateAction = { kind: 'retry'; label: string } | { kind: 'hint'; text: string } | null;

export interface StateMessage {
  title: string;
  detail: string;
  action: StateAction;
}

export const CANNOT_READ_TITLE = 'This page can’t be read';

/** The heading said it already: "No article found on this page." under "No article found on this page". */
const NO_ARTICLE_DETAILS: [RegExp, string][] = [
  [/^no article found on this page\.?$/i, 'Nothing on it looks like a story: there is no long enough run of text.'],
  [/^no article found on this page \(too little text\)\.?$/i, 'It holds too little text to be a story.'],
];

/** The no-article and not-read states (the page answered, with no article). */
export function noArticleMessage(result: Pick<NoArticle, 'notRead' | 'reason'>): StateMessage {
  const title = refusalTitle(result);
  const detail = NO_ARTICLE_DETAILS.find(([re]) => re.test(result.reason.trim()))?.[1] ?? result.reason;
  return { title, detail, action: null };
}

/**
 * The browser kept us out. `url` is the tab's URL when we can see it; `message` the injection
 * error; `asTab` when the popup was opened as a tab (`?tabId=`), where no toolbar click granted
 * activeTab, so "not given access" is possible; from the toolbar button it is not, and the
 * browser is the only cause left (no hedging, no action that cannot help).
 */
export function noAccessMessage(message: string, url: string | undefined, options: { fileAccess?: boolean; fileAccessSetting?: boolean; asTab?: boolean } = {}): StateMessage {
  const known = reasonFromAccessError(message, options);
  if (known) return { title: CANNOT_READ_TITLE, detail: known, action: null };
  if (url || !options.asTab) {
    return { title: CANNOT_READ_TITLE, detail: 'The browser does not let extensions into this page (its PDF viewer, reader view or another built-in page).', action: null };
  }
  return {
    title: CANNOT_READ_TITLE,
    detail: 'Syndicated Reader was not given access to this page.',
    action: { kind: 'hint', text: 'Click the Syndicated Reader button in the toolbar while the page is showing.' },
  };
}

/** Something failed: a tab that went away says so and offers nothing; anything else may be retried. */
export function errorStateMessage(message: string): StateMessage {
  const title = 'The page could not be read';
  if (/no tab with id|invalid tab id|tab .*(?:closed|not found)/i.test(message)) {
    return { title, detail: 'The tab was closed before its article could be read.', action: null };
  }
  if (/receiving end does not exist|message channel closed|frame .*(?:removed|detached)|document .*(?:unloaded|navigated)/i.test(message)) {
    return { title, detail: 'The page changed while it was being read.', action: { kind: 'retry', label: 'Read the new page' } };
  }
  if (/extension context invalidated/i.test(message)) {
    return { title, detail: 'Syndicated Reader was updated or reloaded after the page was opened.', action: { kind: 'hint', text: 'Reload the page, then open Syndicated Reader again.' } };
  }
  return { title: 'Something went wrong', detail: /[.!?]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`, action: { kind: 'retry', label: 'Try again' } };
}
