import { describe, expect, it } from 'vitest';
import { normalDraw, seededRandom } from './random.js';
import { hodgesLehmannInterval, signedRankDistribution, walshAverages } from './signed-rank.js';

function bruteForceDistribution(n: number): number[] {
  const max = (n * (n + 1)) / 2;
  const counts = new Array<number>(max + 1).fill(0);
  for (let mask = 0; mask < 2 ** n; mask++) {
    let sum = 0;
    for (let r = 1; r <= n; r++) if (mask & (1 << (r - 1))) sum += r;
    counts[sum] = (counts[sum] as number) + 1;
  }
  return counts.map((c) => c / 2 ** n);
}

describe('signed-rank test', () => {
  it('has the null distribution found by enumerating every sign pattern', () => {
    for (const n of [1, 4, 9]) {
      const exact = signedRankDistribution(n);
      for (const [t, p] of bruteForceDistribution(n).entries()) expect(exact[t]).toBeCloseTo(p, 12);
    }
  });

  it('matches the textbook depression-scale example (Hollander & Wolfe; R: V = 40, p = 0.03906)', () => {
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const d = x.map((v, i) => v - (y[i] as number));
    const ranks = d.map((v) => d.filter((w) => Math.abs(w) <= Math.abs(v)).length);
    const statistic = d.reduce((acc, v, i) => (v > 0 ? acc + (ranks[i] as number) : acc), 0);
    expect(statistic).toBe(40);
    const upper = signedRankDistribution(9)
      .slice(statistic)
      .reduce((a, b) => a + b, 0);
    expect(2 * upper).toBeCloseTo(20 / 512, 6);
  });

  it('lists every pairwise mean once', () => {
    expect(walshAverages([3, 1, 2])).toEqual([1, 1.5, 2, 2, 2.5, 3]);
  });

  it('cannot reach a 99% interval with 7 pairs but can with 8', () => {
    // 2/2^7 = 1.6% > 1%; 2/2^8 = 0.8% ≤ 1%.
    expect(hodgesLehmannInterval([1, 2, 3, 4, 5, 6, 7], 0.99).attainable).toBe(false);
    expect(hodgesLehmannInterval([1, 2, 3, 4, 5, 6, 7, 8], 0.99).attainable).toBe(true);
  });

  it.each([
    ['normal', 10, 0.9],
    ['lognormal', 12, 0.95],
    ['normal', 60, 0.9],
  ])('covers a known shift about as often as promised (%s, n = %i, %f)', (shape, n, level) => {
    const random = seededRandom(42 + n);
    const shift = 0.2;
    const trials = 1500;
    let covered = 0;
    for (let trial = 0; trial < trials; trial++) {
      // Symmetric noise around the shift (a difference of two iid draws is symmetric for any shape).
      const values = Array.from({ length: n }, () => {
        const a = shape === 'normal' ? normalDraw(random) : Math.exp(normalDraw(random));
        const b = shape === 'normal' ? normalDraw(random) : Math.exp(normalDraw(random));
        return shift + 0.1 * (a - b);
      });
      const ci = hodgesLehmannInterval(values, level);
      if (ci.lower <= shift && shift <= ci.upper) covered++;
    }
    const coverage = covered / trials;
    expect(coverage).toBeGreaterThan(level - 0.03);
    expect(coverage).toBeLessThan(Math.min(1, level + 0.05));
  });
});
