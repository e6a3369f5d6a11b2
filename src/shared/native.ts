/**
 * The browser's own extension namespace, without webextension-polyfill, for the two calls the
 * message senders make. This exists because the on-load content script must stay tiny (it runs on
 * every matching page load) and only ever sends one message: the polyfill would be half its size.
 * Both browsers return Promises from these calls in Manifest V3 (`chrome.runtime.sendMessage`,
 * `chrome.tabs.sendMessage`: Chrome 99+; `browser.*`: always in Firefox).
 *
 * Everything else, including every `onMessage` listener (older Chrome versions ignore a Promise
 * returned by a native listener; the polyfill turns it into `sendResponse`), goes through
 * `./browser.ts`.
 */
export interface NativeMessaging {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  tabs?: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
}

export function nativeMessaging(): NativeMessaging {
  const scope = globalThis as { browser?: NativeMessaging; chrome?: NativeMessaging };
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  if (!api?.runtime) throw new Error('No extension API here (not running in an extension).');
  return api;
}
