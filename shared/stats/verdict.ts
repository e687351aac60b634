// The decision rule shared by every comparison: a confidence interval for the change, read against a
// practical threshold. All figures are on the log scale and oriented so that positive means worse.

export type Verdict = 'regression' | 'improvement' | 'no-change' | 'inconclusive';

export interface ChangeInterval {
  /** Point estimate of the change, log scale, positive = worse. */
  estimate: number;
  lower: number;
  upper: number;
}

export interface Classification {
  verdict: Verdict;
  /** Why, in one sentence; shown beside inconclusive results. */
  reason: string;
}

/**
 * The rule, with t = ln(1 + threshold):
 * - regression: the interval lies above 0 (the change is real) and the estimate is above t (it matters);
 * - improvement: the mirror image, interval below 0 and estimate below −t;
 * - no change: the whole interval lies inside (−t, t), an equivalence test at the same level;
 * - inconclusive: anything else (too noisy, or a real change whose size cannot yet be told from t).
 * Requiring both a significant interval and an estimate past t keeps tiny but real shifts (a 1%
 * change measured very precisely) from failing a build, and keeps noisy runs from passing as "no change".
 */
export function classifyChange(change: ChangeInterval, threshold: number): Classification {
  const t = Math.log1p(threshold);
  const { estimate, lower, upper } = change;
  const pct = (v: number) => `${(Math.expm1(v) * 100).toFixed(1)}%`;
  if (lower > 0 && estimate > t) return { verdict: 'regression', reason: `worse by ${pct(estimate)}` };
  if (upper < 0 && estimate < -t) return { verdict: 'improvement', reason: `better by ${pct(-estimate)}` };
  if (lower > -t && upper < t) return { verdict: 'no-change', reason: `within ±${pct(t)}` };
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) {
    return { verdict: 'inconclusive', reason: 'too few rounds for an interval at this level' };
  }
  if (lower > 0 || upper < 0) {
    return {
      verdict: 'inconclusive',
      reason: `a change of ${pct(estimate)} is real but the interval [${pct(lower)}, ${pct(upper)}] reaches past the ${pct(t)} threshold`,
    };
  }
  return {
    verdict: 'inconclusive',
    reason: `the interval [${pct(lower)}, ${pct(upper)}] is wider than ±${pct(t)}`,
  };
}

/** Bonferroni: the level of each of `comparisons` intervals so that all hold together with `level`. */
export function simultaneousLevel(level: number, comparisons: number): number {
  return 1 - (1 - level) / Math.max(1, comparisons);
}
