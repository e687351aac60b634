import type { NoFilesBehaviour } from '../coverage/collect.js';
import type { GateConfig, IfEmpty } from '../coverage/gates.js';
import type { CoverageFormat, Metric } from '../coverage/model.js';
import { parsePathThresholds, parsePoints } from '../coverage/thresholds.js';
import { type InputSource, parsePercent, readChoice, readList } from '../runtime/inputs.js';

export const FORMATS = [
  'auto',
  'lcov',
  'go',
  'istanbul',
  'istanbul-summary',
  'cobertura',
  'jacoco',
  'clover',
] as const;
/** Default of `min-coverage`, the gate on the headline figure. */
export const DEFAULT_MIN_COVERAGE = 80;
/** coverage-comment's `min-lines` default (its badge and trend threshold); the gate's is min-coverage. */
export const DEFAULT_MIN_LINES = DEFAULT_MIN_COVERAGE;

export interface GateInputs {
  name: string;
  patterns: string[];
  format: CoverageFormat | 'auto';
  gates: GateConfig;
  workingDirectory: string;
  ifNoFiles: NoFilesBehaviour;
  ifEmpty: IfEmpty;
}

/**
 * Reads the coverage gate's settings from inputs or flags with the same names, so the action
 * and the CLI accept exactly the same values and fail with the same messages.
 */
export function readGateInputs(source: InputSource): GateInputs {
  const minimums: Partial<Record<Metric, number>> = {};
  // min-lines gates lines only when set: the default gate is min-coverage, on the headline figure.
  for (const metric of ['lines', 'branches', 'functions', 'statements'] as const) {
    const value = parsePercent(`min-${metric}`, source.get(`min-${metric}`));
    if (value !== undefined) minimums[metric] = value;
  }
  const ifEmpty = readChoice(source, 'if-empty', ['fail', 'pass'] as const, 'fail');
  const gates: GateConfig = {
    minCoverage: parsePercent('min-coverage', source.get('min-coverage')) ?? DEFAULT_MIN_COVERAGE,
    ifEmpty,
    minimums,
    pathThresholds: parsePathThresholds('thresholds', source.get('thresholds')),
  };
  const minPatch = parsePercent('min-patch', source.get('min-patch'));
  if (minPatch !== undefined) gates.minPatch = minPatch;
  const maxDrop = parsePoints('max-drop', source.get('max-drop'));
  if (maxDrop !== undefined) gates.maxDrop = maxDrop;
  return {
    name: source.get('name'),
    patterns: readList(source, 'files'),
    format: readChoice(source, 'format', FORMATS, 'auto'),
    gates,
    workingDirectory: source.get('working-directory').replace(/^\.\/?$/, '') || '',
    ifNoFiles: readChoice(source, 'if-no-files', ['error', 'warn', 'ignore'] as const, 'error'),
    ifEmpty,
  };
}
