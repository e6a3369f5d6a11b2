import { describe, expect, it } from 'vitest';
import { explainReadError, isNoAccessError, judgeUrl, reasonFromAccessError, refusalTitle } from '../src/shared/page-access.ts';

describe('judgeUrl', () => {
  it.each([
    ['chrome://extensions/', /browser page/],
    ['about:addons', /browser page/],
    ['moz-extension://abc/popup.html', /browser page/],
    ['view-source:https://example.org/', /browser page/],
    ['https://chromewebstore.google.com/detail/x', /add-on store/],
    ['https://addons.mozilla.org/en-US/firefox/', /add-on store/],
    ['file:///home/me/page.html', /file access/],
    ['https://example.org/report.pdf', /PDF/],
  ])('refuses %s with a reason', (url, reason) => {
    const verdict = judgeUrl(url);
    expect(verdict.readable).toBe(false);
    if (!verdict.readable) expect(verdict.reason).toMatch(reason);
  });
  it('lets ordinary pages and allowed local files through', () => {
    expect(judgeUrl('https://www.arcamax.com/currentnews/newsheadlines/s-3478215')).toEqual({ readable: true });
    expect(judgeUrl('file:///home/me/page.html', { fileAccess: true })).toEqual({ readable: true });
    expect(judgeUrl(undefined)).toEqual({ readable: true });
  });
  it('does not point Firefox users to a file-access switch their browser does not have', () => {
    expect(judgeUrl('file:///home/me/page.html', { fileAccessSetting: false })).toEqual({ readable: false, reason: 'The browser does not let extensions read local files (file://).' });
  });
});

describe('errors', () => {
  it('recognises the browsers’ no-access errors', () => {
    expect(isNoAccessError('Cannot access a chrome:// URL')).toBe(true);
    expect(isNoAccessError('Missing host permission for the tab')).toBe(true);
    expect(isNoAccessError('No tab with id: 5')).toBe(false);
  });
  it('explains a tab closed, a page changed or an extension reloaded under us', () => {
    expect(explainReadError('No tab with id: 12.')).toMatch(/tab was closed/);
    expect(explainReadError('Could not establish connection. Receiving end does not exist.')).toMatch(/page changed/);
    expect(explainReadError('Extension context invalidated.')).toMatch(/updated or reloaded/);
    expect(explainReadError('Something else')).toBe('Something else');
  });
  it('reads the refused URL out of Chrome’s injection error (the tab’s URL may be hidden from us)', () => {
    const file = 'Cannot access contents of url "file:///home/me/story.html". Extension manifest must request permission to access this host.';
    expect(reasonFromAccessError(file)).toMatch(/^Local files can only be read if you allow file access/);
    expect(reasonFromAccessError(file, { fileAccess: true })).toBeNull();
    expect(reasonFromAccessError('Cannot access contents of url "https://example.com/report.pdf".')).toMatch(/PDF/);
    expect(reasonFromAccessError('Cannot access contents of url "https://example.com/story".')).toBeNull();
    expect(reasonFromAccessError('Missing host permission for the tab')).toBeNull();
  });
  it('heads a refusal "can’t be read" when the page was not read, "no article" when it holds none', () => {
    // Which refusals are which is set where they are made (src/core/extract.ts) and tested there
    // (test/core/odd-documents.test.ts, test/core/limits.test.ts).
    expect(refusalTitle({ notRead: true })).toBe('This page can’t be read');
    expect(refusalTitle({ notRead: false })).toBe('No article found on this page');
  });
});
