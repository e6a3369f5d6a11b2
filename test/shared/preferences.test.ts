/** The options page's data: lenient reading of stored values, strict checking of imported files, auto-open's decision. */
import { describe, expect, it } from 'vitest';
import {
  autoOpenTarget,
  DEFAULT_PREFERENCES,
  EXPORT_FORMAT,
  makeExport,
  normalizePreferences,
  parseImport,
  siteChoice,
  siteKey,
  withSiteChoice,
  type Preferences,
} from '../../src/shared/preferences.ts';

const chosen: Preferences = {
  copyFormat: 'markdown',
  citationStyle: 'chicago',
  actionOpens: 'panel',
  sites: { 'courant.com': { autoOpen: 'clean-view', hideBadge: false }, 'arcamax.com': { autoOpen: null, hideBadge: true } },
};
const reader = { theme: 'sepia', font: 'sans', size: 21, width: 44, lineHeight: 1.8, rate: 1, voice: null, keys: false };

describe('siteKey', () => {
  it('takes the host of an address or of a typed name, lower case, without www.', () => {
    expect(siteKey('https://www.Courant.com/2024/11/17/story/')).toBe('courant.com');
    expect(siteKey('  WWW.ArcaMax.com ')).toBe('arcamax.com');
    expect(siteKey('news.example.co.uk/path')).toBe('news.example.co.uk');
  });
  it('refuses what is not a site', () => {
    for (const bad of ['', '   ', 'about:robots', 'chrome://extensions', 'not a host', 'single', 'http://']) expect(siteKey(bad), bad).toBeNull();
  });
});

describe('normalizePreferences (stored values)', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(normalizePreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
    expect(normalizePreferences('x')).toEqual(DEFAULT_PREFERENCES);
    expect(normalizePreferences([1, 2])).toEqual(DEFAULT_PREFERENCES);
  });
  it('keeps valid values and replaces invalid ones one by one', () => {
    expect(normalizePreferences(chosen)).toEqual(chosen);
    expect(normalizePreferences({ ...chosen, copyFormat: 'rtf', citationStyle: 'harvard' })).toEqual({ ...chosen, copyFormat: 'text', citationStyle: 'apa' });
  });
  it('drops site entries that are not sites or hold no choice, and re-keys hosts', () => {
    const sites = { 'WWW.Example.com': { autoOpen: 'panel', hideBadge: false }, 'bad host': { autoOpen: 'panel' }, 'none.com': { autoOpen: null, hideBadge: false }, 'x.com': 'yes' };
    expect(normalizePreferences({ sites }).sites).toEqual({ 'example.com': { autoOpen: 'panel', hideBadge: false } });
  });
});

describe('withSiteChoice / siteChoice', () => {
  it('stores a real choice, removes one set back to the defaults, and finds it from a page address', () => {
    let p = withSiteChoice(DEFAULT_PREFERENCES, 'example.com', { autoOpen: 'clean-view', hideBadge: true });
    expect(siteChoice(p, 'https://www.example.com/a/b')).toEqual({ autoOpen: 'clean-view', hideBadge: true });
    expect(siteChoice(p, 'https://other.org/')).toEqual({ autoOpen: null, hideBadge: false });
    p = withSiteChoice(p, 'example.com', { autoOpen: null, hideBadge: false });
    expect(p.sites).toEqual({});
    expect(DEFAULT_PREFERENCES.sites).toEqual({}); // never mutated
  });
});

describe('parseImport (a file the user picked)', () => {
  const good = JSON.stringify(makeExport(chosen, reader));

  it('round-trips an export', () => {
    expect(parseImport(good)).toEqual({ ok: true, value: { format: EXPORT_FORMAT, version: 1, preferences: chosen, reader } });
  });

  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['another JSON file', '{"name":"package"}', /not a Syndicated Reader settings file/],
    ['an array', '[]', /not a Syndicated Reader settings file/],
    ['a future version', JSON.stringify({ ...JSON.parse(good), version: 2 }), /version 2.*reads version 1/],
    ['no preferences', JSON.stringify({ format: EXPORT_FORMAT, version: 1, reader }), /no preferences/],
    ['a bad copy format', JSON.stringify(makeExport({ ...chosen, copyFormat: 'rtf' as never }, reader)), /invalid copy format "rtf"/],
    ['a bad site', JSON.stringify(makeExport({ ...chosen, sites: { 'not a host': { autoOpen: null, hideBadge: true } } }, reader)), /the choice for site "not a host"/],
    ['a bad auto-open', JSON.stringify(makeExport({ ...chosen, sites: { 'a.com': { autoOpen: 'always' as never, hideBadge: false } } }, reader)), /the choice for site "a.com"/],
    ['no clean view settings', JSON.stringify({ format: EXPORT_FORMAT, version: 1, preferences: chosen }), /clean view settings/],
    ['a huge file', `{"x":"${'a'.repeat(1_000_001)}"}`, /too large/],
  ])('refuses %s with a clear message', (_what, text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('names every problem it found (up to three, then a count)', () => {
    const bad = { format: EXPORT_FORMAT, version: 1, preferences: { copyFormat: 1, citationStyle: 2, actionOpens: 3, sites: [] }, reader: 'x' };
    const result = parseImport(JSON.stringify(bad));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/copy format 1, citation style 2, toolbar button choice 3 and 2 more\.$/) });
  });
});

describe('autoOpenTarget', () => {
  const prefs = withSiteChoice(DEFAULT_PREFERENCES, 'courant.com', { autoOpen: 'clean-view', hideBadge: false });
  const story = { url: 'https://www.courant.com/2024/story/', isArticle: true, syndicated: true, navigationType: 'navigate' };
  it('opens a syndicated story on a chosen site, on the first report of a navigation', () => {
    expect(autoOpenTarget(prefs, story, true)).toBe('clean-view');
    expect(autoOpenTarget(prefs, { ...story, navigationType: 'reload' }, true)).toBe('clean-view');
  });
  it('does nothing a second time, on Back/Forward, for a non-syndicated page, a non-article, or another site', () => {
    expect(autoOpenTarget(prefs, story, false)).toBeNull();
    expect(autoOpenTarget(prefs, { ...story, navigationType: 'back_forward' }, true)).toBeNull();
    expect(autoOpenTarget(prefs, { ...story, syndicated: false }, true)).toBeNull();
    expect(autoOpenTarget(prefs, { ...story, isArticle: false }, true)).toBeNull();
    expect(autoOpenTarget(prefs, { ...story, url: 'https://example.org/story' }, true)).toBeNull();
  });
});
