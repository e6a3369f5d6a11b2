/**
 * The article-extraction-benchmark's accuracy metric, exactly as its ABOUT.md and its
 * evaluate.py define it, so our numbers compare with the published ones:
 *   - tokens: runs of Unicode word characters (\w+, Unicode-aware), case kept;
 *   - each text is a multiset of 4-token shingles (fewer than 4 tokens: one shingle of them all;
 *     an empty text: none);
 *   - per page tp = Σ min(true, predicted), fp = predicted excess, fn = true excess, then divided by
 *     their sum so every page weighs the same;
 *   - precision averaged over pages with tp+fp > 0, recall over pages with tp+fn > 0; F1 of the
 *     means; accuracy = share of pages whose token lists are equal.
 */

/**
 * Python's `re` `\w` on str (evaluate.py tokenises with `re.compile(r'\w+', re.UNICODE)`):
 * characters for which `str.isalnum()` is true (letters and numbers) plus the underscore.
 * Combining marks are not word characters there, so they split tokens here too.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  if (tokens.length < n) {
    out.set(tokens.join('\u0001'), 1);
    return out;
  }
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  /** Normalised so that tp + fp + fn = 1 (or all 0 when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  /** Token lists equal. */
  exact: boolean;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const t = tokenize(truth);
  const p = tokenize(predicted);
  const ts = shingles(t);
  const ps = shingles(p);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of ts) {
    const other = ps.get(key) ?? 0;
    tp += Math.min(count, other);
    fn += Math.max(0, count - other);
  }
  for (const [key, count] of ps) fp += Math.max(0, count - (ts.get(key) ?? 0));
  const sum = tp + fp + fn;
  const exact = t.length === p.length && t.every((tok, i) => tok === p[i]);
  return sum === 0 ? { tp: 0, fp: 0, fn: 0, exact } : { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact };
}

/** evaluate.py's precision_score: 1 when nothing is wrong, 0 when nothing was predicted right. */
export function pagePrecision(s: PageScore): number {
  if (s.fp === 0 && s.fn === 0) return 1;
  if (s.tp === 0 && s.fp === 0) return 0;
  return s.tp / (s.tp + s.fp);
}

/** evaluate.py's recall_score. */
export function pageRecall(s: PageScore): number {
  if (s.fp === 0 && s.fn === 0) return 1;
  if (s.tp === 0 && s.fn === 0) return 0;
  return s.tp / (s.tp + s.fn);
}

export function pageF1(s: PageScore): number {
  const p = pagePrecision(s);
  const r = pageRecall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

export function summarize(scores: PageScore[]): Summary {
  // As evaluate.py: precision over pages with tp+fp > 0, recall over pages with tp+fn > 0.
  const ps = scores.filter((s) => s.tp + s.fp > 0).map(pagePrecision);
  const rs = scores.filter((s) => s.tp + s.fn > 0).map(pageRecall);
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    accuracy: scores.length ? scores.filter((s) => s.exact).length / scores.length : 0,
    pages: scores.length,
  };
}
