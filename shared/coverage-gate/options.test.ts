import { describe, expect, it } from 'vitest';
import { InputError } from '../runtime/errors.js';
import type { InputSource } from '../runtime/inputs.js';
import { DEFAULT_MIN_COVERAGE, readGateInputs } from './options.js';

/** The same source the action (core.getInput) and the CLI (parsed flags) hand over: trimmed, '' when absent. */
function source(values: Record<string, string>): InputSource {
  return { get: (name) => (values[name] ?? '').trim() };
}

function inputError(values: Record<string, string>): InputError {
  try {
    readGateInputs(source(values));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('readGateInputs', () => {
  it('defaults to discovery, auto format, the root folder and an 80% gate on the headline figure', () => {
    expect(DEFAULT_MIN_COVERAGE).toBe(80);
    expect(readGateInputs(source({}))).toEqual({
      name: '',
      patterns: [],
      format: 'auto',
      gates: { minCoverage: 80, ifEmpty: 'fail', minimums: {}, pathThresholds: [] },
      workingDirectory: '',
      ifNoFiles: 'error',
      ifEmpty: 'fail',
    });
  });

  it('reads every input', () => {
    const inputs = readGateInputs(
      source({
        name: 'api',
        files: 'coverage/lcov.info, api/coverage.xml\n!**/fixtures/**',
        format: 'Cobertura',
        'min-lines': '75%',
        'min-branches': '60',
        'min-functions': '50.5',
        'min-statements': '0',
        'min-patch': '90',
        'max-drop': '0.5',
        thresholds: 'services/api/**: lines=85, branches=70',
        'working-directory': 'packages/api',
        'if-no-files': 'warn',
        'min-coverage': '85',
        'if-empty': 'pass',
      }),
    );
    expect(inputs).toEqual({
      name: 'api',
      patterns: ['coverage/lcov.info', 'api/coverage.xml', '!**/fixtures/**'],
      format: 'cobertura',
      gates: {
        minCoverage: 85,
        ifEmpty: 'pass',
        minimums: { lines: 75, branches: 60, functions: 50.5, statements: 0 },
        pathThresholds: [
          { glob: 'services/api/**', metric: 'lines', min: 85 },
          { glob: 'services/api/**', metric: 'branches', min: 70 },
        ],
        minPatch: 90,
        maxDrop: 0.5,
      },
      workingDirectory: 'packages/api',
      ifNoFiles: 'warn',
      ifEmpty: 'pass',
    });
  });

  it('treats . and ./ as the root folder', () => {
    expect(readGateInputs(source({ 'working-directory': '.' })).workingDirectory).toBe('');
    expect(readGateInputs(source({ 'working-directory': './' })).workingDirectory).toBe('');
    expect(readGateInputs(source({ 'working-directory': './web' })).workingDirectory).toBe('./web');
  });

  const bad: [Record<string, string>, string, RegExp][] = [
    [{ 'min-lines': 'eighty' }, 'min-lines', /expected a percentage such as 80 or 99.5, got 'eighty'/],
    [{ 'min-branches': '120' }, 'min-branches', /'120' is outside 0–100/],
    [{ 'min-functions': '-5' }, 'min-functions', /got '-5'/],
    [{ 'min-statements': '1e2' }, 'min-statements', /got '1e2'/],
    [{ 'min-patch': '%' }, 'min-patch', /got '%'/],
    [{ 'max-drop': 'lots' }, 'max-drop', /percentage points/],
    [{ thresholds: 'src/**: lines=80\nweb/**: lines=abc' }, 'thresholds', /line 2: 'lines=abc'/],
    [
      { format: 'emma' },
      'format',
      /expected one of auto, lcov, go, istanbul, istanbul-summary, cobertura, jacoco, clover, got 'emma'/,
    ],
    [{ 'if-no-files': 'skip' }, 'if-no-files', /expected one of error, warn, ignore/],
  ];
  for (const [values, input, message] of bad) {
    it(`names the input in the error for a bad ${input}`, () => {
      const error = inputError(values);
      expect(error.input).toBe(input);
      expect(error.message.startsWith(`input '${input}': `)).toBe(true);
      expect(error.message).toMatch(message);
    });
  }
});
