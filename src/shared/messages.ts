/**
 * The one message protocol of the extension, typed end to end. Three directions, each a protocol
 * map (message name → handler signature), in the spirit of `@webext-core/messaging`'s ProtocolMap:
 *
 *   ContentToBackground  content scripts → background
 *   UiToBackground       extension pages (popup, tests) → background
 *   ToContent            popup / background → the on-demand content script in a tab
 *
 * On the wire a message is `{type, data}`; an answer is `{value}` or `{error}`. A listener made by
 * `createListener` answers only the types it owns and returns `undefined` for everything else, so
 * several listeners (and other extensions' messages) can coexist. It is deliberately not `async`:
 * returning a Promise means "I answer"; returning undefined means "not mine". Errors thrown by a
 * handler travel as `{error: message}` and are rethrown by `sendToBackground` / `sendToTab`.
 *
 * Senders use the browser's native messaging (./native.ts) so the on-load content script does not
 * carry the polyfill; listeners are registered through the polyfilled `browser` (./browser.ts).
 */
import type { PrecheckClue } from '../core/precheck.ts';
import type { Detection, ExtractResult } from '../core/types.ts';
import type { Runtime } from './browser.ts';
import { nativeMessaging } from './native.ts';

/** What the background knows about a tab (kept in storage.session: the service worker may restart). */
export interface TabState {
  detection: Detection;
}

export interface CopyOutcome {
  ok: boolean;
  /** Why it failed, for the user (no article, no access, clipboard refused). */
  message: string;
}

/**
 * The on-load script's verdict plus how the page was reached: `navigationType` is the page's
 * `PerformanceNavigationTiming.type` ('navigate', 'reload', 'back_forward', 'prerender'), so
 * auto-open can leave alone a page the user came back to with Back or Forward.
 */
export interface DetectionReport extends Detection {
  navigationType?: string;
}

export interface ContentToBackground {
  /** The on-load script's verdict for the page in `sender.tab`. */
  reportDetection(detection: DetectionReport): void;
  /** The on-load pre-check found a clue: run the full detection in the sender's frame. */
  detectFully(data: { clue: PrecheckClue }): void;
}

export interface UiToBackground {
  getTabState(data: { tabId: number }): TabState | null;
  /** The context-menu / keyboard-command path, also reachable from extension pages (tests). */
  copyCleanText(data: { tabId: number }): CopyOutcome;
  /** Re-reads the optional `<all_urls>` grant and (un)registers the everywhere-detection script. */
  syncAutoDetect(data: undefined): { enabled: boolean };
  /**
   * Reads the tab's article, keeps it for the clean view and opens reader.html in a new tab
   * (`openTab: false` only keeps it: tests open the page themselves). Fails with the reason when
   * the page holds no article.
   */
  openCleanView(data: { tabId: number; openTab?: boolean }): { path: string };
}

export interface ToContent {
  getArticle(data: undefined): ExtractResult;
}

export type Protocol = ContentToBackground & UiToBackground & ToContent;
export type MessageType = keyof Protocol;
export type DataOf<K extends MessageType> = Parameters<Protocol[K]>[0];
export type ResultOf<K extends MessageType> = ReturnType<Protocol[K]>;

export interface Message<K extends MessageType = MessageType> {
  type: K;
  data: DataOf<K>;
}
export type Answer<T> = { value: T } | { error: string };

export type Handlers<P> = {
  [K in keyof P]?: P[K] extends (data: infer D) => infer R ? (data: D, sender: Runtime.MessageSender) => R | Promise<R> : never;
};

/**
 * Every message type, once: `satisfies` makes the compiler reject a type the Protocol lacks and
 * one it has but this map forgets, so the runtime check below cannot drift from the interfaces.
 */
const TYPE_MAP = {
  reportDetection: true,
  detectFully: true,
  getTabState: true,
  copyCleanText: true,
  syncAutoDetect: true,
  openCleanView: true,
  getArticle: true,
} as const satisfies Record<MessageType, true>;
// Built on first use, so scripts that only send (the on-load pre-check) do not carry the table.
let types: ReadonlySet<string> | null = null;

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && (types ??= new Set(Object.keys(TYPE_MAP))).has((value as { type?: unknown }).type as string);
}

/** True for the error a content script gets once the extension that injected it was reloaded or updated (it is orphaned: not an error). */
export function isOrphanedError(err: unknown): boolean {
  return /Extension context invalidated|Receiving end does not exist/i.test(errorMessage(err));
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : JSON.stringify(err) ?? String(err);
}

/**
 * A `runtime.onMessage` listener answering only the types in `handlers`.
 * Returns a Promise of an Answer for those, and `undefined` for anything else.
 */
export function createListener<P = Protocol>(handlers: NoInfer<Handlers<P>>) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<Answer<unknown>> | undefined => {
    if (!isMessage(message)) return undefined;
    const handler = (handlers as Record<string, ((data: unknown, sender: Runtime.MessageSender) => unknown) | undefined>)[message.type];
    if (!handler) return undefined;
    return (async () => {
      try {
        const value = await handler(message.data, sender);
        return { value: value === undefined ? null : value };
      } catch (err) {
        return { error: errorMessage(err) };
      }
    })();
  };
}

/** Unwraps an Answer: the value, or the handler's error rethrown here. */
export function unwrap<T>(answer: unknown, type: string): T {
  if (typeof answer === 'object' && answer !== null) {
    if ('error' in answer) throw new Error(String((answer as { error: unknown }).error));
    if ('value' in answer) return (answer as { value: T }).value;
  }
  // No listener answered (e.g. the receiving script is not there yet).
  throw new Error(`No answer to "${type}"`);
}

type BackgroundType = keyof ContentToBackground | keyof UiToBackground;

export async function sendToBackground<K extends BackgroundType>(type: K, data: DataOf<K>): Promise<ResultOf<K>> {
  const message: Message<K> = { type, data };
  return unwrap<ResultOf<K>>(await nativeMessaging().runtime.sendMessage(message), type);
}

export async function sendToTab<K extends keyof ToContent>(tabId: number, type: K, data: DataOf<K>): Promise<ResultOf<K>> {
  const message: Message<K> = { type, data };
  const tabs = nativeMessaging().tabs;
  if (!tabs) throw new Error('tabs.sendMessage is not available here (content scripts cannot message tabs).');
  return unwrap<ResultOf<K>>(await tabs.sendMessage(tabId, message, { frameId: 0 }), type);
}
