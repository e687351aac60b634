// The signed-rank distribution and the Hodges-Lehmann estimate of a one-sample (paired) location,
// with the distribution-free confidence interval that inverts the test (Hollander & Wolfe, ch. 3).
import { median } from './describe.js';
import { normalQuantile } from './normal.js';

/** Above this many values the exact null distribution gives way to the normal approximation. */
export const EXACT_SIGNED_RANK_LIMIT = 50;

/** P(T+ = t) for t = 0 … n(n+1)/2 under H0 (every sign pattern of ranks 1…n equally likely). */
export function signedRankDistribution(n: number): number[] {
  const max = (n * (n + 1)) / 2;
  let counts = new Array<number>(max + 1).fill(0);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank++) {
    const next = [...counts];
    for (let s = rank; s <= max; s++) next[s] = (next[s] as number) + (counts[s - rank] as number);
    counts = next;
  }
  const total = 2 ** n;
  return counts.map((c) => c / total);
}

/** Pairwise means (x_i + x_j)/2 for i ≤ j, sorted: the Walsh averages. */
export function walshAverages(values: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    for (let j = i; j < values.length; j++) out.push(((values[i] as number) + (values[j] as number)) / 2);
  }
  return out.sort((a, b) => a - b);
}

export interface LocationInterval {
  /** Hodges-Lehmann point estimate: the median of the Walsh averages. */
  estimate: number;
  lower: number;
  upper: number;
  /** The confidence actually reached (the exact distribution is discrete), e.g. 0.9922. */
  achievedLevel: number;
  /** False when n is too small to reach the asked level at all: the interval is then (−∞, ∞). */
  attainable: boolean;
}

/**
 * The number of Walsh averages to cut from each end for a two-sided interval of at least `level`:
 * the largest c with P(T+ ≤ c − 1) ≤ (1 − level)/2. 0 means the level cannot be reached.
 */
export function signedRankCut(n: number, level: number): { cut: number; achievedLevel: number } {
  const tail = (1 - level) / 2;
  if (n <= EXACT_SIGNED_RANK_LIMIT) {
    const dist = signedRankDistribution(n);
    let cumulative = 0;
    let cut = 0;
    for (let t = 0; t < dist.length; t++) {
      cumulative += dist[t] as number;
      if (cumulative > tail) break;
      cut = t + 1;
    }
    const below = dist.slice(0, cut).reduce((a, b) => a + b, 0);
    return { cut, achievedLevel: 1 - 2 * below };
  }
  const mean = (n * (n + 1)) / 4;
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
  const cut = Math.max(0, Math.floor(mean - normalQuantile(1 - tail) * sd));
  return { cut, achievedLevel: level };
}

/** Hodges-Lehmann estimate and the signed-rank confidence interval for the centre of `values`. */
export function hodgesLehmannInterval(values: readonly number[], level: number): LocationInterval {
  if (values.length === 0) throw new RangeError('no values');
  const walsh = walshAverages(values);
  const estimate = median(walsh);
  const { cut, achievedLevel } = signedRankCut(values.length, level);
  if (cut === 0) {
    return {
      estimate,
      lower: Number.NEGATIVE_INFINITY,
      upper: Number.POSITIVE_INFINITY,
      achievedLevel: 1,
      attainable: false,
    };
  }
  return {
    estimate,
    lower: walsh[cut - 1] as number,
    upper: walsh[walsh.length - cut] as number,
    achievedLevel,
    attainable: true,
  };
}
