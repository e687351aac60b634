// The Mann-Whitney U (Wilcoxon rank-sum) test and the two-sample Hodges-Lehmann shift, as benchstat
// compares two sets of benchmark runs.
import { median } from './describe.js';
import { normalCdf, normalQuantile } from './normal.js';

export const EXACT_RANK_SUM_LIMIT = 50;

/** P(U = u) for u = 0 … m·n under H0 without ties (Mann & Whitney's recursion). */
export function rankSumDistribution(m: number, n: number): number[] {
  // f[i][j][u]: number of arrangements of i x's and j y's with U = u; built up one value at a time.
  let previous: number[][] = [];
  for (let i = 0; i <= m; i++) {
    const row: number[][] = [];
    for (let j = 0; j <= n; j++) {
      if (i === 0 || j === 0) {
        row.push([1]);
        continue;
      }
      // The largest value is an x (it beats all j y's) or a y.
      const withX = previous[j] as number[];
      const withY = row[j - 1] as number[];
      const size = i * j + 1;
      const counts = new Array<number>(size).fill(0);
      for (let u = 0; u < withX.length; u++) counts[u + j] = (counts[u + j] as number) + (withX[u] as number);
      for (let u = 0; u < withY.length; u++) counts[u] = (counts[u] as number) + (withY[u] as number);
      row.push(counts);
    }
    previous = row.map((r) => r);
    if (i === m) {
      const counts = row[n] as number[];
      const total = counts.reduce((a, b) => a + b, 0);
      return counts.map((c) => c / total);
    }
  }
  return [1];
}

export interface RankSumTest {
  /** U of the first sample: pairs where x > y, ties counting one half. */
  u: number;
  /** Two-sided p-value of H0 "both samples come from one distribution". */
  pValue: number;
  exact: boolean;
}

export function rankSumTest(x: readonly number[], y: readonly number[]): RankSumTest {
  const m = x.length;
  const n = y.length;
  if (m === 0 || n === 0) return { u: 0, pValue: 1, exact: true };
  let u = 0;
  let tied = false;
  for (const a of x) {
    for (const b of y) {
      if (a > b) u += 1;
      else if (a === b) {
        u += 0.5;
        tied = true;
      }
    }
  }
  const all = [...x, ...y].sort((a, b) => a - b);
  if (!tied && new Set(all).size === all.length && m <= EXACT_RANK_SUM_LIMIT && n <= EXACT_RANK_SUM_LIMIT) {
    const dist = rankSumDistribution(m, n);
    const lower = dist.slice(0, u + 1).reduce((a, b) => a + b, 0);
    const upper = dist.slice(u).reduce((a, b) => a + b, 0);
    return { u, pValue: Math.min(1, 2 * Math.min(lower, upper)), exact: true };
  }
  const counts = new Map<number, number>();
  for (const v of all) counts.set(v, (counts.get(v) ?? 0) + 1);
  const tieTerm = [...counts.values()].reduce((acc, t) => acc + (t ** 3 - t), 0);
  const total = m + n;
  const variance = ((m * n) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  if (variance <= 0) return { u, pValue: 1, exact: false };
  const z = (Math.abs(u - (m * n) / 2) - 0.5) / Math.sqrt(variance);
  return { u, pValue: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z)))), exact: false };
}

export interface ShiftInterval {
  /** Two-sample Hodges-Lehmann: the median of all differences y_j − x_i. */
  estimate: number;
  lower: number;
  upper: number;
  achievedLevel: number;
  attainable: boolean;
}

/** The shift of `y` against `x` with the distribution-free interval that inverts the U test. */
export function shiftInterval(x: readonly number[], y: readonly number[], level: number): ShiftInterval {
  const m = x.length;
  const n = y.length;
  if (m === 0 || n === 0) throw new RangeError('both samples need values');
  const diffs: number[] = [];
  for (const a of x) for (const b of y) diffs.push(b - a);
  diffs.sort((a, b) => a - b);
  const estimate = median(diffs);
  const tail = (1 - level) / 2;
  let cut = 0;
  let achievedLevel = level;
  if (m <= EXACT_RANK_SUM_LIMIT && n <= EXACT_RANK_SUM_LIMIT) {
    const dist = rankSumDistribution(m, n);
    let cumulative = 0;
    for (let u = 0; u < dist.length; u++) {
      cumulative += dist[u] as number;
      if (cumulative > tail) break;
      cut = u + 1;
    }
    achievedLevel = 1 - 2 * dist.slice(0, cut).reduce((a, b) => a + b, 0);
  } else {
    const sd = Math.sqrt((m * n * (m + n + 1)) / 12);
    cut = Math.max(0, Math.floor((m * n) / 2 - normalQuantile(1 - tail) * sd));
  }
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
    lower: diffs[cut - 1] as number,
    upper: diffs[diffs.length - cut] as number,
    achievedLevel,
    attainable: true,
  };
}
