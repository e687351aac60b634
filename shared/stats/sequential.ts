// A sequential comparison that may stop at any of its looks without inflating its error rates.
//
// Looks happen on a schedule fixed before any data is seen (after `first` measured rounds, then
// every `every` rounds). Look j gets the error share α_j = α / (j (j + 1)); these shares sum to α
// over any number of looks, so by the union bound the probability that the interval of *any* look
// misses the true change is at most α: stopping at the first look that decides, or running until a
// time budget ends, cannot raise the false-alarm rate above α / 2 (one side). This is alpha
// spending with Bonferroni's bound across looks: conservative (the looks are correlated), needs no
// horizon, and holds whatever the stopping rule.
import { mean, standardDeviation } from './describe.js';
import { studentTQuantile } from './student-t.js';
import type { ChangeInterval } from './verdict.js';

export interface LookSchedule {
  /** Measured rounds at the first look. */
  first: number;
  /** Rounds between looks (2 keeps the AB / BA order balanced at every look). */
  every: number;
}

/** The error share of look `look` (1-based) out of a total `alpha`. */
export function lookAlpha(alpha: number, look: number): number {
  return alpha / (look * (look + 1));
}

/** The look that `rounds` measured rounds complete, or undefined when no look falls there. */
export function lookAt(schedule: LookSchedule, rounds: number): number | undefined {
  const past = rounds - schedule.first;
  if (past < 0 || past % schedule.every !== 0) return undefined;
  return past / schedule.every + 1;
}

/** The measured rounds at look `look`. */
export function roundsAtLook(schedule: LookSchedule, look: number): number {
  return schedule.first + (look - 1) * schedule.every;
}

/** The two-sided confidence level of each interval at a look, for `metrics` gated metrics sharing `level`. */
export function lookLevel(level: number, look: number, metrics: number): number {
  return 1 - lookAlpha(1 - level, look) / Math.max(1, metrics);
}

/**
 * The t interval of the mean of `values` (per-round log-ratios) at `level`. The estimate is their
 * mean, so for log-ratios exp(estimate) is exactly the ratio of the two sides' geometric means over
 * the same rounds: the figures a report shows and the change it states agree by construction.
 */
export function meanInterval(values: readonly number[], level: number): ChangeInterval {
  const n = values.length;
  const estimate = mean(values);
  if (n < 2) return { estimate, lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY };
  const sd = standardDeviation(values);
  const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { estimate, lower: estimate - half, upper: estimate + half };
}

/**
 * Measured rounds a look would need for an interval of half-width `halfWidth` given this spread,
 * the first look at or after that; Infinity when the spread is unknown.
 */
export function roundsForHalfWidth(
  sd: number,
  halfWidth: number,
  schedule: LookSchedule,
  level: number,
  metrics: number,
  maxLooks = 200,
): number {
  if (!(sd >= 0) || !(halfWidth > 0)) return Number.POSITIVE_INFINITY;
  for (let look = 1; look <= maxLooks; look++) {
    const n = roundsAtLook(schedule, look);
    const q = studentTQuantile(1 - (1 - lookLevel(level, look, metrics)) / 2, n - 1);
    if ((q * sd) / Math.sqrt(n) < halfWidth) return n;
  }
  return Number.POSITIVE_INFINITY;
}
