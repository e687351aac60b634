import { describe, expect, it } from 'vitest';
import { detectableChange } from '../perf/analyse.js';
import { normalDraw, seededRandom } from './random.js';
import {
  type LookSchedule,
  lookAlpha,
  lookAt,
  lookLevel,
  meanInterval,
  roundsAtLook,
  roundsForHalfWidth,
} from './sequential.js';
import { studentTCdf, studentTQuantile } from './student-t.js';
import { classifyChange } from './verdict.js';

const schedule: LookSchedule = { first: 6, every: 2 };

describe("Student's t", () => {
  it('matches the quantiles R gives (qt)', () => {
    expect(studentTQuantile(0.975, 6)).toBeCloseTo(2.446912, 5);
    expect(studentTQuantile(0.9995, 10)).toBeCloseTo(4.586894, 5);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.025, 5)).toBeCloseTo(-2.570582, 5);
    expect(studentTQuantile(0.99999, 3)).toBeCloseTo(47.92773, 2);
    expect(studentTCdf(2, 5)).toBeCloseTo(0.9490303, 6);
  });
});

describe('the look schedule', () => {
  it('spends α over the looks so that any number of them together spend at most α', () => {
    let spent = 0;
    for (let look = 1; look <= 1000; look++) spent += lookAlpha(0.05, look);
    expect(spent).toBeLessThanOrEqual(0.05);
    expect(spent).toBeGreaterThan(0.0499);
    expect(lookAlpha(0.05, 1)).toBe(0.025);
    expect(lookLevel(0.95, 1, 2)).toBeCloseTo(1 - 0.0125, 12);
  });

  it('looks after the first rounds, then every two', () => {
    expect([5, 6, 7, 8, 9, 10].map((n) => lookAt(schedule, n))).toEqual([
      undefined,
      1,
      undefined,
      2,
      undefined,
      3,
    ]);
    expect(roundsAtLook(schedule, 3)).toBe(10);
  });
});

describe('the sequential rule under optional stopping', () => {
  /** Runs the rule as the comparison does: looks on the schedule, stop once decided or after `maxLooks`. */
  function simulate(trueChange: number, sigma: number, maxLooks: number, draw: () => number) {
    const values: number[] = [];
    for (let look = 1; look <= maxLooks; look++) {
      while (values.length < roundsAtLook(schedule, look)) values.push(trueChange + sigma * draw());
      const verdict = classifyChange(meanInterval(values, lookLevel(0.95, look, 1)), 0.05).verdict;
      if (verdict !== 'inconclusive') return verdict;
    }
    return 'inconclusive';
  }

  it.each([
    ['normal', 0.03],
    ['heavy-tailed (t with 3 df)', 0.03],
  ])('calls an A/A comparison a regression at most α/2 of the time (%s noise)', (shape, sigma) => {
    const random = seededRandom(7);
    const draw =
      shape === 'normal'
        ? () => normalDraw(random)
        : () => {
            const z = normalDraw(random);
            const chi = normalDraw(random) ** 2 + normalDraw(random) ** 2 + normalDraw(random) ** 2;
            return (z / Math.sqrt(chi / 3)) * Math.sqrt(1 / 3);
          };
    // Up to 20 looks (44 rounds): every look is another chance for the interval to leave 0 behind.
    let alarms = 0;
    const trials = 3000;
    for (let t = 0; t < trials; t++) if (simulate(0, sigma, 20, draw) === 'regression') alarms++;
    expect(alarms / trials).toBeLessThanOrEqual(0.025);
  });

  it('finds a 10% slowdown at 3% noise within the first looks nearly always', () => {
    const random = seededRandom(8);
    let found = 0;
    for (let t = 0; t < 1000; t++)
      if (simulate(Math.log(1.1), 0.03, 3, () => normalDraw(random)) === 'regression') found++;
    expect(found / 1000).toBeGreaterThan(0.95);
  });

  it('never calls a real 10% slowdown "no change" more than α/2 of the time, however long it runs', () => {
    const random = seededRandom(9);
    let wrong = 0;
    for (let t = 0; t < 2000; t++)
      if (simulate(Math.log(1.1), 0.15, 20, () => normalDraw(random)) === 'no-change') wrong++;
    expect(wrong / 2000).toBeLessThanOrEqual(0.025);
  });
});

describe('meanInterval', () => {
  it('centres on the mean log-ratio, so exp(estimate) is the ratio of the geometric means', () => {
    const base = [100, 120, 90, 110];
    const head = [105, 126, 99, 110];
    const ci = meanInterval(
      head.map((h, i) => Math.log(h / (base[i] as number))),
      0.95,
    );
    const gm = (v: number[]) => Math.exp(v.reduce((a, b) => a + Math.log(b), 0) / v.length);
    expect(Math.exp(ci.estimate)).toBeCloseTo(gm(head) / gm(base), 12);
    expect(ci.lower).toBeLessThan(ci.estimate);
    expect(ci.upper).toBeGreaterThan(ci.estimate);
  });

  it('covers the true mean about as often as promised', () => {
    const random = seededRandom(10);
    let covered = 0;
    for (let t = 0; t < 2000; t++) {
      const values = Array.from({ length: 8 }, () => 0.1 + 0.05 * normalDraw(random));
      const ci = meanInterval(values, 0.9);
      if (ci.lower <= 0.1 && 0.1 <= ci.upper) covered++;
    }
    expect(covered / 2000).toBeGreaterThan(0.87);
    expect(covered / 2000).toBeLessThan(0.93);
  });

  it('is unbounded with fewer than two values', () => {
    expect(meanInterval([0.1], 0.95).lower).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('planning', () => {
  it('finds the look whose interval is narrow enough', () => {
    const n = roundsForHalfWidth(0.03, 0.02, schedule, 0.95, 1);
    expect(lookAt(schedule, n)).toBeDefined();
    const look = lookAt(schedule, n) as number;
    const half = (k: number, l: number) =>
      (studentTQuantile(1 - (1 - lookLevel(0.95, l, 1)) / 2, k - 1) * 0.03) / Math.sqrt(k);
    expect(half(n, look)).toBeLessThan(0.02);
    if (look > 1) expect(half(roundsAtLook(schedule, look - 1), look - 1)).toBeGreaterThanOrEqual(0.02);
    expect(roundsForHalfWidth(Number.NaN, 0.02, schedule, 0.95, 1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('states a minimum detectable effect found about 80% of the time', () => {
    const random = seededRandom(3);
    const sigma = 0.05;
    const k = 16;
    const level = 0.95;
    const calibration = Array.from({ length: 4000 }, () => sigma * normalDraw(random));
    const mde = detectableChange(calibration.slice(0, k), level);
    let found = 0;
    const trials = 800;
    for (let t = 0; t < trials; t++) {
      const sample = Array.from({ length: k }, () => mde + sigma * normalDraw(random));
      if (meanInterval(sample, level).lower > 0) found++;
    }
    expect(found / trials).toBeGreaterThan(0.6);
    expect(found / trials).toBeLessThan(0.97);
  });
});
