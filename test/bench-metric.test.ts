/** The benchmark metric against hand-computed cases (bench/metric.ts mirrors evaluate.py). */
import { describe, expect, it } from 'vitest';
import { pageF1, pagePrecision, pageRecall, scorePage, shingles, summarize, tokenize } from '../bench/metric.ts';

describe('tokenize', () => {
  it('splits on non-word characters, keeps case, digits, underscores and non-Latin letters', () => {
    expect(tokenize('The U.S. is approaching—a final_decision in 2024; Zelenskyy’s «Київ»')).toEqual([
      'The', 'U', 'S', 'is', 'approaching', 'a', 'final_decision', 'in', '2024', 'Zelenskyy', 's', 'Київ',
    ]);
  });
});

describe('shingles', () => {
  it('makes 4-grams with counts', () => {
    const s = shingles(tokenize('a b c d a b c d'));
    expect(s.size).toBe(4); // abcd, bcda, cdab, dabc... abcd twice
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBe(5);
  });
  it('makes one shingle of a text with fewer than four tokens, none of an empty one', () => {
    expect(shingles(['a', 'b']).size).toBe(1);
    expect(shingles([]).size).toBe(0);
  });
});

describe('scorePage', () => {
  it('is perfect on identical texts', () => {
    const s = scorePage('one two three four five', 'one two three four five');
    expect(s).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
    expect([pagePrecision(s), pageRecall(s), pageF1(s)]).toEqual([1, 1, 1]);
  });
  it('normalises tp/fp/fn by their sum', () => {
    // truth shingles: [1234, 2345]; predicted: [1234, 234x] → tp 1, fp 1, fn 1 → each 1/3.
    const s = scorePage('w1 w2 w3 w4 w5', 'w1 w2 w3 w4 x');
    expect(s.tp).toBeCloseTo(1 / 3);
    expect(s.fp).toBeCloseTo(1 / 3);
    expect(s.fn).toBeCloseTo(1 / 3);
    expect(pagePrecision(s)).toBeCloseTo(0.5);
    expect(pageRecall(s)).toBeCloseTo(0.5);
    expect(s.exact).toBe(false);
  });
  it('gives 0 precision and recall when nothing is predicted, and excludes it from precision', () => {
    const empty = scorePage('a b c d e', '');
    expect(empty).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(pagePrecision(empty)).toBe(0);
    expect(pageRecall(empty)).toBe(0);
    const perfect = scorePage('a b c d e', 'a b c d e');
    const sum = summarize([empty, perfect]);
    expect(sum.precision).toBe(1); // only the page with tp+fp > 0 counts
    expect(sum.recall).toBe(0.5);
    expect(sum.f1).toBeCloseTo((2 * 1 * 0.5) / 1.5);
    expect(sum.accuracy).toBe(0.5);
  });
  it('scores a short truth as one shingle', () => {
    expect(scorePage('a b', 'a b c')).toMatchObject({ tp: 0, fp: 0.5, fn: 0.5 });
  });
});
