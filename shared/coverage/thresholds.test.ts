import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../../test/support/input-error.js';
import { parsePathThresholds, parsePoints } from './thresholds.js';

describe('parsePoints', () => {
  it('reads a number of points and is undefined when not given', () => {
    expect(parsePoints('max-drop', '0.5')).toBe(0.5);
    expect(parsePoints('max-drop', ' 2 ')).toBe(2);
    expect(parsePoints('max-drop', '')).toBeUndefined();
  });

  it('rejects negative, out of range and non-decimal values', () => {
    for (const bad of ['-1', '101', 'two', '1%', '0x1']) {
      const error = inputErrorOf(() => parsePoints('max-drop', bad));
      expect(error.message).toMatch(/^input 'max-drop': expected a number of percentage points/);
    }
  });
});

describe('parsePathThresholds', () => {
  it('reads one rule a line with several metrics, skipping blanks and comments', () => {
    const text = [
      '# per-package minimums',
      'services/api/**: lines=85, branches=70%',
      '',
      "  'web/src/**' : functions = 60; statements=50.5  # legacy",
      '"lib/**": lines=90\r',
    ].join('\n');
    expect(parsePathThresholds('thresholds', text)).toEqual([
      { glob: 'services/api/**', metric: 'lines', min: 85 },
      { glob: 'services/api/**', metric: 'branches', min: 70 },
      { glob: 'web/src/**', metric: 'functions', min: 60 },
      { glob: 'web/src/**', metric: 'statements', min: 50.5 },
      { glob: 'lib/**', metric: 'lines', min: 90 },
    ]);
    expect(parsePathThresholds('thresholds', '')).toEqual([]);
  });

  it('keeps a # that is part of a glob', () => {
    expect(parsePathThresholds('thresholds', 'src/c#/**: lines=50')).toEqual([
      { glob: 'src/c#/**', metric: 'lines', min: 50 },
    ]);
  });

  const cases: [string, string, RegExp][] = [
    [
      'missing colon',
      'ok/**: lines=1\nlines=80',
      /line 2: expected '<glob>: <metric>=<percent>'.*got 'lines=80'/,
    ],
    ['nothing before the colon', ': lines=80', /line 1: expected/],
    ['empty quoted glob', "'': lines=80", /line 1: the glob before ':' is empty/],
    ['no rules', '\n\nsrc/**:   ', /line 3: no '<metric>=<percent>' after 'src\/\*\*:'/],
    [
      'unknown metric',
      'src/**: lines=80, mutations=50',
      /line 1: 'mutations=50' is not '<metric>=<percent>'.*lines, branches/,
    ],
    ['missing value', 'src/**: lines', /line 1: 'lines' is not/],
    ['bad number', '# c\nsrc/**: lines=eighty', /line 2: 'lines=eighty' needs a percentage from 0 to 100/],
    ['out of range', 'src/**: lines=120', /line 1: 'lines=120' needs a percentage/],
    ['hex', 'src/**: lines=0x50', /line 1: 'lines=0x50' needs a percentage/],
  ];
  for (const [name, text, message] of cases) {
    it(`names the input and the line for ${name}`, () => {
      const error = inputErrorOf(() => parsePathThresholds('thresholds', text));
      expect(error.input).toBe('thresholds');
      expect(error.message.startsWith("input 'thresholds': ")).toBe(true);
      expect(error.message).toMatch(message);
    });
  }
});
