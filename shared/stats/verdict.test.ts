import { describe, expect, it } from 'vitest';
import { bootstrapInterval } from './bootstrap.js';
import { normalDraw, seededRandom } from './random.js';
import { hodgesLehmannInterval } from './signed-rank.js';
import { classifyChange, holmAdjust, minimumDetectableEffect, simultaneousLevel } from './verdict.js';

const ln = Math.log;

describe('classifyChange', () => {
  it('calls a significant change past the threshold a regression or an improvement', () => {
    expect(classifyChange({ estimate: ln(1.2), lower: ln(1.1), upper: ln(1.3) }, 0.05).verdict).toBe(
      'regression',
    );
    expect(classifyChange({ estimate: ln(0.8), lower: ln(0.7), upper: ln(0.9) }, 0.05).verdict).toBe(
      'improvement',
    );
  });

  it('calls an interval inside ±threshold no change', () => {
    expect(classifyChange({ estimate: 0.01, lower: -0.03, upper: 0.04 }, 0.05).verdict).toBe('no-change');
  });

  it('keeps a noisy interval or a real-but-small change inconclusive, never a regression', () => {
    expect(classifyChange({ estimate: ln(1.2), lower: -0.01, upper: ln(1.5) }, 0.05).verdict).toBe(
      'inconclusive',
    );
    const small = classifyChange({ estimate: ln(1.03), lower: ln(1.01), upper: ln(1.09) }, 0.05);
    expect(small.verdict).toBe('inconclusive');
    expect(small.reason).toMatch(/real/);
    expect(
      classifyChange(
        { estimate: 0.5, lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY },
        0.05,
      ).verdict,
    ).toBe('inconclusive');
  });
});

describe('multiplicity', () => {
  it('splits the error rate evenly (Bonferroni)', () => {
    expect(simultaneousLevel(0.95, 5)).toBeCloseTo(0.99, 12);
  });

  it('adjusts p-values step-down (Holm), keeping the input order', () => {
    // Sorted: .01×3 = .03, .03×2 = .06, .04×1 = .04 → raised to .06 for monotonicity.
    const adjusted = holmAdjust([0.01, 0.04, 0.03]);
    expect(adjusted[0]).toBeCloseTo(0.03, 12);
    expect(adjusted[1]).toBeCloseTo(0.06, 12);
    expect(adjusted[2]).toBeCloseTo(0.06, 12);
  });
});

describe('minimum detectable effect', () => {
  it('is the effect found about 80% of the time', () => {
    const random = seededRandom(3);
    const sigma = 0.05;
    const k = 16;
    const level = 0.95;
    const calibration = Array.from({ length: 4000 }, () => sigma * normalDraw(random));
    const mde = minimumDetectableEffect(calibration, level) * Math.sqrt(4000 / k);
    let found = 0;
    const trials = 800;
    for (let t = 0; t < trials; t++) {
      const sample = Array.from({ length: k }, () => mde + sigma * normalDraw(random));
      if (hodgesLehmannInterval(sample, level).lower > 0) found++;
    }
    expect(found / trials).toBeGreaterThan(0.72);
    expect(found / trials).toBeLessThan(0.9);
  });

  it('is infinite with fewer than two rounds', () => {
    expect(minimumDetectableEffect([0.1], 0.95)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('paired bootstrap', () => {
  it('is reproducible for one seed', () => {
    const values = [0.1, 0.2, -0.05, 0.3, 0.15, 0.12];
    expect(bootstrapInterval(values, { level: 0.9, seed: 9 })).toEqual(
      bootstrapInterval(values, { level: 0.9, seed: 9 }),
    );
  });

  it('covers the mean of normal data about as often as promised with 40 rounds', () => {
    const random = seededRandom(11);
    let covered = 0;
    const trials = 400;
    for (let t = 0; t < trials; t++) {
      const values = Array.from({ length: 40 }, () => 0.1 + 0.05 * normalDraw(random));
      const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;
      const ci = bootstrapInterval(values, { level: 0.9, seed: t, resamples: 1000, statistic: mean });
      if (ci.lower <= 0.1 && 0.1 <= ci.upper) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.84);
    expect(covered / trials).toBeLessThan(0.95);
  });
});
