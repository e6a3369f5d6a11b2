/** The clean view's settings: whatever is stored (old versions, junk, nothing) becomes valid settings. */
import { describe, expect, it } from 'vitest';
import { canGrow, canShrink, DEFAULT_SETTINGS, LINE_HEIGHTS, normalizeSettings, RATES, SIZE_RANGE, WIDTHS } from '../../src/reader/settings.ts';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing, junk or the wrong types', () => {
    for (const stored of [null, undefined, 'dark', 42, [], { theme: 7, size: 'big', width: {}, lineHeight: null, rate: NaN, voice: 3, keys: 'yes' }]) {
      expect(normalizeSettings(stored), JSON.stringify(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid settings as they are, the high-contrast theme included', () => {
    const s = { theme: 'contrast', font: 'sans', size: 23, width: 56, lineHeight: 2, rate: 1.5, voice: 'urn:voice:en-GB', keys: false } as const;
    expect(normalizeSettings(s)).toEqual(s);
  });

  it('maps the first version’s width names onto the width steps', () => {
    expect(['narrow', 'medium', 'wide', 'enormous'].map((width) => normalizeSettings({ width }).width)).toEqual([32, 38, 48, DEFAULT_SETTINGS.width]);
  });

  it('offers at least five widths and line heights, in order', () => {
    expect(WIDTHS.length).toBeGreaterThanOrEqual(5);
    expect([...WIDTHS].sort((a, b) => a - b)).toEqual([...WIDTHS]);
    expect(LINE_HEIGHTS.length).toBeGreaterThanOrEqual(3);
  });

  it('puts a width, line height or rate between steps on the nearest step', () => {
    const s = normalizeSettings({ width: 40, lineHeight: 1.7, rate: 1.4 });
    expect([s.width, s.lineHeight, s.rate]).toEqual([38, 1.65, 1.5]);
    expect(normalizeSettings({ width: 1000, rate: 9 })).toMatchObject({ width: WIDTHS.at(-1), rate: RATES.at(-1) });
  });

  it('clamps the text size to its range, on the default size\'s grid of steps', () => {
    expect([2, 14, 17, 19.4, 20.5, 31, 300].map((size) => normalizeSettings({ size }).size)).toEqual([13, 15, 17, 19, 21, 31, 31]);
  });

  it('says when A− and A+ are at their limits', () => {
    const at = (size: number) => normalizeSettings({ size });
    expect([canShrink(at(SIZE_RANGE.min)), canGrow(at(SIZE_RANGE.min))]).toEqual([false, true]);
    expect([canShrink(at(SIZE_RANGE.max)), canGrow(at(SIZE_RANGE.max))]).toEqual([true, false]);
    expect([canShrink(at(21)), canGrow(at(21))]).toEqual([true, true]);
    expect(DEFAULT_SETTINGS.size - SIZE_RANGE.min).toBe(3 * SIZE_RANGE.step);
  });
});
