/** The message protocol: listeners answer only what they own; errors cross the boundary as {error} and are rethrown. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from '../src/core/types.ts';

// The only fake: the browser's native messaging, wired straight to whatever listeners the test adds.
type Listener = (message: unknown, sender: object) => Promise<unknown> | undefined;
const listeners: Listener[] = [];
const sent: unknown[] = [];
const deliver = async (message: unknown, sender: object): Promise<unknown> => {
  sent.push(message);
  for (const listener of listeners) {
    const answer = listener(message, sender);
    if (answer !== undefined) return answer;
  }
  return undefined; // like the browsers: nobody answered
};
vi.mock('../src/shared/native.ts', () => ({
  nativeMessaging: () => ({
    runtime: { id: 'test', sendMessage: (m: unknown) => deliver(m, { id: 'test', url: 'chrome-extension://test/popup.html' }) },
    tabs: { sendMessage: (tabId: number, m: unknown) => deliver(m, { id: 'test', tab: { id: tabId } }) },
  }),
}));

const { createListener, isMessage, sendToBackground, sendToTab, unwrap } = await import('../src/shared/messages.ts');

const detection: Detection = {
  url: 'https://www.arcamax.com/currentnews/newsheadlines/s-3617071',
  isArticle: true,
  syndicated: true,
  reasons: [{ kind: 'arcamax-title', strength: 'weak', value: 'US nears decision | ArcaMax Publishing', where: 'page title', outlet: null, site: null, via: null }],
  reason: null,
  publisher: 'Bloomberg News',
  siteName: 'ArcaMax',
};

beforeEach(() => {
  listeners.length = 0;
  sent.length = 0;
});

describe('createListener', () => {
  it('returns undefined for message types it does not own, so other listeners can answer', () => {
    const listener = createListener({ getTabState: () => null });
    expect(listener({ type: 'getArticle', data: undefined }, {})).toBeUndefined();
    expect(listener({ type: 'reportDetection', data: detection }, {})).toBeUndefined();
  });

  it('returns undefined for things that are not our messages at all', () => {
    const listener = createListener({ getTabState: () => null });
    for (const foreign of [null, undefined, 'getTabState', 42, {}, { type: 'somethingElse' }, { action: 'getTabState' }]) {
      expect(listener(foreign, {})).toBeUndefined();
    }
  });

  it('is not an async function: it returns a Promise only when it answers', () => {
    const listener = createListener({ getTabState: () => null });
    expect(listener.constructor.name).toBe('Function');
    expect(listener({ type: 'getTabState', data: { tabId: 1 } }, {})).toBeInstanceOf(Promise);
  });

  it('answers owned types with {value}, passing data and sender to the handler', async () => {
    const handler = vi.fn((data: { tabId: number }) => ({ detection: { ...detection, url: `tab ${data.tabId}` } }));
    const listener = createListener({ getTabState: handler });
    const sender = { id: 'x', url: 'chrome-extension://x/popup.html' };
    await expect(listener({ type: 'getTabState', data: { tabId: 7 } }, sender)).resolves.toEqual({ value: { detection: { ...detection, url: 'tab 7' } } });
    expect(handler).toHaveBeenCalledWith({ tabId: 7 }, sender);
  });

  it('answers a handler that returns nothing with {value: null} (a real answer, not "nobody listened")', async () => {
    const listener = createListener({ reportDetection: () => undefined });
    await expect(listener({ type: 'reportDetection', data: detection }, {})).resolves.toEqual({ value: null });
  });

  it('serialises thrown errors and rejected promises as {error: message}', async () => {
    const listener = createListener({
      getTabState: () => {
        throw new Error('no such tab');
      },
      copyCleanText: async () => Promise.reject(new Error('clipboard refused')),
      syncAutoDetect: () => {
        throw 'plain string';
      },
    });
    await expect(listener({ type: 'getTabState', data: { tabId: 1 } }, {})).resolves.toEqual({ error: 'no such tab' });
    await expect(listener({ type: 'copyCleanText', data: { tabId: 1 } }, {})).resolves.toEqual({ error: 'clipboard refused' });
    await expect(listener({ type: 'syncAutoDetect', data: undefined }, {})).resolves.toEqual({ error: 'plain string' });
  });
});

describe('sending', () => {
  it('round-trips a message to the background as {type, data} and returns the value', async () => {
    listeners.push(createListener({ getTabState: ({ tabId }) => ({ detection: { ...detection, url: String(tabId) } }) }));
    await expect(sendToBackground('getTabState', { tabId: 3 })).resolves.toEqual({ detection: { ...detection, url: '3' } });
    expect(sent).toEqual([{ type: 'getTabState', data: { tabId: 3 } }]);
  });

  it('rethrows the handler’s error on the sending side', async () => {
    listeners.push(createListener({ copyCleanText: () => Promise.reject(new Error('Syndicated Reader cannot read this page.')) }));
    await expect(sendToBackground('copyCleanText', { tabId: 1 })).rejects.toThrow('Syndicated Reader cannot read this page.');
  });

  it('skips listeners that do not own the type and reaches the one that does', async () => {
    const notMine = vi.fn(createListener({ getTabState: () => null }));
    listeners.push(notMine, createListener({ getArticle: () => ({ url: 'u', isArticle: false, syndicated: false, reasons: [], reason: 'This is a comic.', notRead: false }) }));
    await expect(sendToTab(5, 'getArticle', undefined)).resolves.toMatchObject({ isArticle: false, reason: 'This is a comic.' });
    expect(notMine).toHaveBeenCalledOnce();
  });

  it('fails clearly when nobody answers (e.g. the content script is not injected)', async () => {
    await expect(sendToTab(5, 'getArticle', undefined)).rejects.toThrow('No answer to "getArticle"');
  });
});

describe('unwrap and isMessage', () => {
  it('unwraps values, rethrows errors and rejects anything else', () => {
    expect(unwrap({ value: 1 }, 't')).toBe(1);
    expect(() => unwrap({ error: 'boom' }, 't')).toThrow('boom');
    expect(() => unwrap(undefined, 't')).toThrow('No answer to "t"');
    expect(() => unwrap('value', 't')).toThrow('No answer to "t"');
  });

  it('recognises exactly the protocol’s message types', () => {
    for (const type of ['reportDetection', 'getTabState', 'copyCleanText', 'syncAutoDetect', 'getArticle']) expect(isMessage({ type })).toBe(true);
    expect(isMessage({ type: 'toString' })).toBe(false);
    expect(isMessage({ type: '__proto__' })).toBe(false);
  });
});
