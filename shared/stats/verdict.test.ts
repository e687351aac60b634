import { describe, expect, it } from 'vitest';
import { classifyChange, simultaneousLevel } from './verdict.js';

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
});
