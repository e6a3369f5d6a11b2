/**
 * The popup's state messages (src/shared/page-access.ts): one heading, one sentence of cause that
 * does not repeat the heading, and the one action that helps or none.
 */
import { describe, expect, it } from 'vitest';
import { errorStateMessage, noAccessMessage, noArticleMessage, type StateMessage } from '../../src/shared/page-access.ts';

/** One sentence: one terminal stop, at the end (a parenthesis may hold its own). */
const ONE_SENTENCE = /^[^.!?]*(?:\([^)]*\)[^.!?]*)*[.!?]$/;

function wellFormed(m: StateMessage): void {
  expect(m.title).not.toMatch(/[.!?]$/);
  expect(m.detail).toMatch(ONE_SENTENCE);
  expect(m.detail.toLowerCase()).not.toContain(m.title.toLowerCase());
}

describe('no article', () => {
  it('does not say "No article found on this page" twice', () => {
    for (const reason of ['No article found on this page.', 'No article found on this page (too little text).']) {
      const m = noArticleMessage({ notRead: false, reason });
      expect(m.title).toBe('No article found on this page');
      wellFormed(m);
      expect(m.action).toBeNull();
    }
  });
  it('keeps a reason that says something new, under the right heading', () => {
    expect(noArticleMessage({ notRead: false, reason: 'This page lists comics, not a story.' })).toEqual({ title: 'No article found on this page', detail: 'This page lists comics, not a story.', action: null });
    expect(noArticleMessage({ notRead: true, reason: 'This is an image, not an article.' }).title).toBe('This page can’t be read');
  });
});

describe('no access', () => {
  it('Chrome’s "Cannot access a chrome:// URL": a browser page, no hedge, no action', () => {
    const m = noAccessMessage('Cannot access a chrome:// URL', undefined, { asTab: true });
    expect(m).toEqual({ title: 'This page can’t be read', detail: 'This is a browser page (chrome:), which extensions are not allowed to read.', action: null });
  });
  it('from the toolbar button (activeTab granted) only the browser can be the cause', () => {
    const m = noAccessMessage('Missing host permission for the tab', undefined, { asTab: false });
    wellFormed(m);
    expect(m.detail).not.toMatch(/\bor\b.*not given access/);
    expect(m.action).toBeNull();
  });
  it('opened as a tab without access: says so and how to give it', () => {
    const m = noAccessMessage('Missing host permission for the tab', undefined, { asTab: true });
    wellFormed(m);
    expect(m.detail).toBe('Syndicated Reader was not given access to this page.');
    expect(m.action).toEqual({ kind: 'hint', text: expect.stringMatching(/toolbar/) });
  });
  it('a local file in Chrome points to the switch; in Firefox it says there is none', () => {
    expect(noAccessMessage('Cannot access contents of url "file:///tmp/a.html"', undefined, { fileAccessSetting: true }).detail).toMatch(/allow file access/);
    expect(noAccessMessage('Cannot access contents of url "file:///tmp/a.html"', undefined, { fileAccessSetting: false }).detail).toBe('The browser does not let extensions read local files (file://).');
  });
});

describe('errors', () => {
  it('a closed tab: nothing to do', () => {
    const m = errorStateMessage('No tab with id: 42.');
    wellFormed(m);
    expect(m.action).toBeNull();
  });
  it('a page that changed: read the new page', () => {
    const m = errorStateMessage('Could not establish connection. Receiving end does not exist.');
    wellFormed(m);
    expect(m.action).toEqual({ kind: 'retry', label: 'Read the new page' });
  });
  it('an extension reload: reload the page', () => {
    const m = errorStateMessage('Extension context invalidated.');
    wellFormed(m);
    expect(m.action).toMatchObject({ kind: 'hint' });
  });
  it('anything else is shown as it is, with a retry', () => {
    expect(errorStateMessage('The page did not answer within 20 s')).toEqual({ title: 'Something went wrong', detail: 'The page did not answer within 20 s.', action: { kind: 'retry', label: 'Try again' } });
  });
});
