import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../../test/support/input-error.js';
import { inputsFrom, parsePercent, readChoiceRetiring, readPercent } from './inputs.js';

describe('parsePercent', () => {
  it('reads plain decimals, with an optional % sign', () => {
    expect(parsePercent('min-lines', '80')).toBe(80);
    expect(parsePercent('min-lines', ' 72.5% ')).toBe(72.5);
    expect(parsePercent('min-lines', '80 %')).toBe(80);
    expect(parsePercent('min-lines', '0')).toBe(0);
    expect(parsePercent('min-lines', '100')).toBe(100);
    expect(parsePercent('min-lines', '.5')).toBe(0.5);
  });

  it('is undefined when not given', () => {
    expect(parsePercent('min-lines', '')).toBeUndefined();
    expect(parsePercent('min-lines', '   ')).toBeUndefined();
  });

  it('rejects anything else, naming the input and the value', () => {
    for (const bad of ['abc', '101', '-1', '-0', '0x50', '1e2', 'Infinity', '%', '80%%', '8 0', '+80']) {
      const error = inputErrorOf(() => parsePercent('min-branches', bad));
      expect(error.input).toBe('min-branches');
      expect(error.message).toContain("input 'min-branches'");
      expect(error.message).toContain(`'${bad}'`);
    }
  });
});

describe('readPercent', () => {
  it('falls back when the input is not given, and keeps its bounds', () => {
    const inputs = inputsFrom({ threshold: '5%', confidence: '0.95' });
    expect(readPercent(inputs, 'threshold', 10, { min: 0.1, max: 1000 })).toBe(5);
    expect(readPercent(inputs, 'rate', 50)).toBe(50);
    expect(inputErrorOf(() => readPercent(inputs, 'confidence', 95, { min: 50, max: 99.9 })).message).toBe(
      "input 'confidence': '0.95' is outside 50–99.9 (percentages are written 95, not 0.95)",
    );
    expect(inputErrorOf(() => parsePercent('rate', '0.07', { min: 1 })).message).toBe(
      "input 'rate': '0.07' is outside 1–100 (percentages are written 7, not 0.07)",
    );
    // Past the top, no hint about fractions: it would be wrong.
    expect(inputErrorOf(() => parsePercent('min-lines', '120')).message).toBe(
      "input 'min-lines': '120' is outside 0–100",
    );
  });
});

describe('readChoiceRetiring', () => {
  const retired = { what: 'comment mode', words: { true: 'shared', false: 'off' } } as const;
  const read = (value: string) =>
    readChoiceRetiring(
      inputsFrom({ comment: value }),
      'comment',
      ['shared', 'separate', 'off'],
      'shared',
      retired,
    );

  it('reads the choices and falls back when not given', () => {
    expect(read('separate')).toBe('separate');
    expect(read('')).toBe('shared');
  });

  it('stops an old word with the one to write, and anything else with the choices', () => {
    expect(inputErrorOf(() => read('False')).message).toBe(
      "input 'comment': 'false' is not a comment mode; write 'comment: off' (one of shared, separate, off)",
    );
    expect(inputErrorOf(() => read('toString')).message).toContain('expected one of shared, separate, off');
  });
});
