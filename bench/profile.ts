/**
 * The per-step profile and the cleanup rules' fire counts. The bench passes each extraction a
 * fresh `profile` object, `extractArticle(doc, url, { profile })`, which the core fills when it
 * supports it:
 *   steps: step name → milliseconds spent in that step on this page;
 *   rules: cleanup rule name → how many times it fired on this page.
 * A core that does not fill it leaves both empty; the report then says "not recorded".
 */
import { dist } from './stats.ts';

export interface ExtractProfile {
  steps: Record<string, number>;
  rules: Record<string, number>;
}

export const newProfile = (): ExtractProfile => ({ steps: {}, rules: {} });

export interface StepRow {
  step: string;
  /** Pages where the step ran. */
  pages: number;
  median: number;
  p95: number;
  total: number;
  /** Share of the summed time of all steps. */
  share: number;
}

export interface RuleRow {
  rule: string;
  fires: number;
  /** Pages where it fired at least once, and how many of them are in the held-out half. */
  pages: number;
  heldOutPages: number;
}

export interface ProfileSummary {
  steps: StepRow[];
  rules: RuleRow[];
}

/** Sums the per-page profiles; `heldOut(i)` says whether page i is in the held-out half. */
export function summarizeProfiles(profiles: readonly ExtractProfile[], heldOut: (i: number) => boolean = () => false): ProfileSummary {
  const stepTimes = new Map<string, number[]>();
  const rules = new Map<string, RuleRow>();
  profiles.forEach((p, i) => {
    for (const [step, ms] of Object.entries(p.steps)) {
      if (!Number.isFinite(ms)) continue;
      const list = stepTimes.get(step) ?? [];
      list.push(ms);
      stepTimes.set(step, list);
    }
    for (const [rule, n] of Object.entries(p.rules)) {
      if (!(n > 0)) continue;
      const row = rules.get(rule) ?? { rule, fires: 0, pages: 0, heldOutPages: 0 };
      row.fires += n;
      row.pages += 1;
      if (heldOut(i)) row.heldOutPages += 1;
      rules.set(rule, row);
    }
  });
  const grand = [...stepTimes.values()].flat().reduce((a, b) => a + b, 0);
  const steps = [...stepTimes].map(([step, times]) => {
    const d = dist(times);
    const total = times.reduce((a, b) => a + b, 0);
    return { step, pages: times.length, median: d.median, p95: d.p95, total, share: grand > 0 ? total / grand : 0 };
  });
  steps.sort((a, b) => b.total - a.total);
  return { steps, rules: [...rules.values()].sort((a, b) => b.fires - a.fires || a.rule.localeCompare(b.rule)) };
}

const ms2 = (x: number): string => `${x.toFixed(2)} ms`;

/** The per-step table, or "not recorded" when the core does not fill `profile.steps`. */
export function stepsMarkdown(s: ProfileSummary): string {
  if (!s.steps.length) return 'Per-step times: not recorded (the core does not fill `profile.steps`).';
  return `| step | pages | median | p95 | total | share |\n| --- | --- | --- | --- | --- | --- |\n${s.steps
    .map((r) => `| ${r.step} | ${r.pages} | ${ms2(r.median)} | ${ms2(r.p95)} | ${r.total.toFixed(0)} ms | ${(100 * r.share).toFixed(1)}% |`)
    .join('\n')}`;
}

/** The cleanup rules' fire counts, or "not recorded" when the core does not fill `profile.rules`. */
export function rulesMarkdown(s: ProfileSummary): string {
  if (!s.rules.length) return 'Rule fire counts: not recorded (the core does not fill `profile.rules`).';
  return `| cleanup rule | fires | pages | of them held out (8–f) |\n| --- | --- | --- | --- |\n${s.rules.map((r) => `| ${r.rule} | ${r.fires} | ${r.pages} | ${r.heldOutPages} |`).join('\n')}`;
}
