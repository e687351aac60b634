import { describe, expect, it } from 'vitest';
import { rate, ratingLimits } from './ratings.js';

describe('ratings', () => {
  it("uses Google's Core Web Vitals limits, inclusive at 'good', exclusive at 'poor'", () => {
    expect([2500, 2501, 4000, 4001].map((v) => rate('lcp', v, 'mobile'))).toEqual([
      'good',
      'needs-improvement',
      'needs-improvement',
      'poor',
    ]);
    expect([0.1, 0.11, 0.25, 0.26].map((v) => rate('cls', v, 'desktop'))).toEqual([
      'good',
      'needs-improvement',
      'needs-improvement',
      'poor',
    ]);
    expect(rate('fcp', 1800, 'mobile')).toBe('good');
    expect(rate('ttfb', 1801, 'mobile')).toBe('poor');
  });

  it("rates TBT and Speed Index by Lighthouse's scoring thresholds, which differ by preset", () => {
    expect(ratingLimits('tbt', 'mobile')).toMatchObject({ good: 200, poor: 600 });
    expect(ratingLimits('tbt', 'desktop')).toMatchObject({ good: 150, poor: 350 });
    expect(rate('tbt', 180, 'mobile')).toBe('good');
    expect(rate('tbt', 180, 'desktop')).toBe('needs-improvement');
    expect(rate('si', 2400, 'desktop')).toBe('poor');
  });

  it('colours scores as Lighthouse does (90+ green, 50-89 orange)', () => {
    expect([90, 89, 50, 49].map((v) => rate('performance', v, 'desktop'))).toEqual([
      'good',
      'needs-improvement',
      'needs-improvement',
      'poor',
    ]);
    expect(rate('lcp', undefined, 'desktop')).toBeUndefined();
  });
});
