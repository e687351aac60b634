import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMetric, type Round } from './compare.js';

const o = { relative: 0.1, level: 0.9 };
const rounds = (pairs: [number, number][], id: 'lcp' | 'tbt' | 'performance' | 'cls'): Round[] =>
  pairs.map(([b, h]) => ({ base: { [id]: b }, head: { [id]: h } }));

describe('base comparison per metric', () => {
  it('a consistent 50% slower LCP is a regression, with the ratio and its interval', () => {
    const c = compareMetric(
      'lcp',
      rounds(
        [
          [1000, 1500],
          [1100, 1650],
          [900, 1350],
          [1050, 1575],
          [980, 1470],
        ],
        'lcp',
      ),
      o,
    );
    expect(c?.verdict).toBe('regression');
    expect(c?.scale).toBe('ratio');
    expect(c?.change).toBeCloseTo(0.5, 6);
    expect(c?.rounds).toBe(5);
  });

  it('scores are better when higher: a drop of 20 points is a regression, a rise an improvement', () => {
    const drop = compareMetric(
      'performance',
      rounds(
        [
          [95, 75],
          [96, 76],
          [94, 74],
          [95, 75],
          [97, 77],
        ],
        'performance',
      ),
      o,
    );
    expect(drop?.verdict).toBe('regression');
    expect(drop?.change).toBe(-20);
    const rise = compareMetric(
      'performance',
      rounds(
        [
          [75, 95],
          [76, 96],
          [74, 94],
          [75, 95],
          [77, 97],
        ],
        'performance',
      ),
      o,
    );
    expect(rise?.verdict).toBe('improvement');
  });

  it('TBT of 0 on both sides is no change (differences, not ratios, so zero is fine)', () => {
    const c = compareMetric(
      'tbt',
      rounds(
        [
          [0, 0],
          [0, 0],
          [0, 0],
          [0, 0],
          [0, 0],
        ],
        'tbt',
      ),
      o,
    );
    expect(c?.verdict).toBe('no-change');
    expect(c?.scale).toBe('difference');
  });

  it('too few rounds for the level is inconclusive, never a verdict', () => {
    const c = compareMetric('lcp', rounds([[1000, 3000]], 'lcp'), { relative: 0.1, level: 0.95 });
    expect(c?.verdict).toBe('inconclusive');
    expect(c?.reason).toBe('too few rounds for an interval at this level');
  });

  it('a metric missing on either side of every round is left out', () => {
    expect(compareMetric('cls', [{ base: {}, head: { cls: 0.2 } }], o)).toBeUndefined();
  });

  it('swapping base and head turns a regression into an improvement and vice versa', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 100, max: 5000 }), fc.integer({ min: 100, max: 5000 })), {
          minLength: 5,
          maxLength: 12,
        }),
        (pairs) => {
          const forward = compareMetric('lcp', rounds(pairs, 'lcp'), o)?.verdict;
          const backward = compareMetric(
            'lcp',
            rounds(
              pairs.map(([b, h]) => [h, b]),
              'lcp',
            ),
            o,
          )?.verdict;
          const mirror = {
            regression: 'improvement',
            improvement: 'regression',
            'no-change': 'no-change',
            inconclusive: 'inconclusive',
          };
          expect(backward).toBe(mirror[forward as keyof typeof mirror]);
        },
      ),
    );
  });
});
