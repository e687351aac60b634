import { describe, expect, it } from 'vitest';
import { normalDraw, seededRandom } from './random.js';
import { rankSumDistribution, rankSumTest, shiftInterval } from './rank-sum.js';

function combinations(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  if (n < k) return [];
  return [...combinations(n - 1, k - 1).map((c) => [...c, n - 1]), ...combinations(n - 1, k)];
}

describe('Mann-Whitney U', () => {
  it("matches R's wilcox.test example (W = 35) and the p-value from enumerating all 3003 splits", () => {
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const result = rankSumTest(x, y);
    expect(result.u).toBe(35);
    // Independent oracle: U of every way to pick which 10 of the 15 pooled values are "x".
    const pooled = [...x, ...y].sort((a, b) => a - b);
    let atLeast = 0;
    let atMost = 0;
    const splits = combinations(15, 10);
    for (const picked of splits) {
      const set = new Set(picked);
      let u = 0;
      for (const i of picked)
        for (let j = 0; j < 15; j++) if (!set.has(j) && (pooled[i] as number) > (pooled[j] as number)) u++;
      if (u >= 35) atLeast++;
      if (u <= 35) atMost++;
    }
    expect(splits.length).toBe(3003);
    expect(atLeast / 3003).toBeCloseTo(0.1272, 4); // R: alternative = "greater", p = 0.1272
    expect(result.pValue).toBeCloseTo((2 * Math.min(atLeast, atMost)) / 3003, 10);
  });

  it('has a null distribution that sums to one and is symmetric', () => {
    const dist = rankSumDistribution(4, 6);
    expect(dist.length).toBe(25);
    expect(dist.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (const [u, p] of dist.entries()) expect(p).toBeCloseTo(dist[24 - u] as number, 12);
  });

  it('falls back to the tie-corrected normal approximation with ties', () => {
    const result = rankSumTest([1, 1, 2, 2, 3, 3], [4, 4, 5, 5, 6, 6]);
    expect(result.exact).toBe(false);
    expect(result.pValue).toBeLessThan(0.01);
  });

  it('gives p = 1-ish for identical samples', () => {
    expect(rankSumTest([1, 2, 3], [1, 2, 3]).pValue).toBeGreaterThan(0.9);
  });

  it('covers a known shift of lognormal samples about as often as promised', () => {
    const random = seededRandom(7);
    const shift = Math.log(1.1);
    let covered = 0;
    const trials = 1000;
    for (let t = 0; t < trials; t++) {
      const x = Array.from({ length: 10 }, () => 0.05 * normalDraw(random));
      const y = Array.from({ length: 10 }, () => shift + 0.05 * normalDraw(random));
      const ci = shiftInterval(x, y, 0.95);
      if (ci.lower <= shift && shift <= ci.upper) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.92);
    expect(covered / trials).toBeLessThan(0.99);
  });
});
