/** The string helpers every parser leans on: what counts as white space, what a field keeps. */
import { describe, expect, it } from 'vitest';
import { cleanField, foldSpace } from '../../src/core/text.ts';

/** The white space a page may put between words: Unicode's spaces and line breaks. */
const SPACES = ['\t', '\n', '\r', '\v', '\f', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const ZWSP = '\u200b';

describe('foldSpace', () => {
  it.each(SPACES.map((s) => [s.codePointAt(0)!.toString(16)]))('folds U+%s between words and trims it at the ends', (hex) => {
    const s = String.fromCodePoint(parseInt(hex, 16));
    expect(foldSpace(`${s}${s}Los${s}${s}Angeles ${s}Times${s}`)).toBe('Los Angeles Times');
  });

  it('drops the zero-width space inside a word, as a reader sees it, and folds it with a space beside it', () => {
    expect(foldSpace(`${ZWSP}©2025 Bloomberg L.P.${ZWSP} Distri${ZWSP}buted by Tribune${ZWSP} Content${ZWSP}${ZWSP}`)).toBe('©2025 Bloomberg L.P. Distributed by Tribune Content');
  });

  it('keeps every other character, joiners and marks included', () => {
    let kept = 0;
    for (let c = 0x21; c < 0x3100; c++) {
      const ch = String.fromCodePoint(c);
      if (SPACES.includes(ch) || ch === ZWSP || (c >= 0x2000 && c <= 0x200a)) continue;
      if (foldSpace(`a${ch}b`) === `a${ch}b`) kept++;
      else throw new Error(`U+${c.toString(16)} was folded`);
    }
    expect(kept).toBeGreaterThan(12_000);
  });
});

describe('cleanField', () => {
  it('drops controls and bidi overrides, keeps the right-to-left marks', () => {
    expect(cleanField('\u202eReuters\u202c \u0007News')).toBe('Reuters News');
    expect(cleanField('\u200fالوطن\u200f')).toBe('\u200fالوطن\u200f');
  });
});
