import type { NoFilesBehaviour } from '../coverage/collect.js';
import type { CoverageFormat } from '../coverage/model.js';
import { parsePercentage } from '../coverage/thresholds.js';
import { FORMATS } from '../coverage-gate/options.js';
import { HISTORY_BACKENDS, type HistoryBackendName } from '../history/select.js';
import { InputError } from '../runtime/errors.js';
import { type InputSource, readChoice, readList } from '../runtime/inputs.js';

export type CommentMode = 'comment' | 'compute' | 'publish';

export interface CommentInputs {
  mode: CommentMode;
  name: string;
  patterns: string[];
  format: CoverageFormat | 'auto';
  workingDirectory: string;
  ifNoFiles: NoFilesBehaviour;
  gateReport: string;
  history: HistoryBackendName | 'none';
  historyFolder: string;
  historyKeep: number;
  retentionDays: number;
  trendLength: number;
  minLines: number;
  badgePath: string;
  badgeBranch: string;
}

function wholeNumber(source: InputSource, name: string, fallback: number, min: number, max: number): number {
  const raw = source.get(name);
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new InputError(name, `expected a whole number from ${min} to ${max}, got '${raw}'`);
  }
  return value;
}

export function readCommentInputs(source: InputSource): CommentInputs {
  return {
    mode: readChoice(source, 'mode', ['comment', 'compute', 'publish'] as const, 'comment'),
    name: source.get('name'),
    patterns: readList(source, 'files'),
    format: readChoice(source, 'format', FORMATS, 'auto'),
    workingDirectory: source.get('working-directory').replace(/^\.\/?$/, ''),
    ifNoFiles: readChoice(source, 'if-no-files', ['error', 'warn', 'ignore'] as const, 'error'),
    gateReport: source.get('gate-report'),
    history: readChoice(source, 'history', [...HISTORY_BACKENDS, 'none'] as const, 'auto'),
    historyFolder: source.get('history-folder') || '.shipshape/history',
    historyKeep: wholeNumber(source, 'history-keep', 500, 1, 100_000),
    retentionDays: wholeNumber(source, 'retention-days', 90, 1, 90),
    trendLength: wholeNumber(source, 'trend-length', 20, 0, 500),
    minLines: parsePercentage('min-lines', source.get('min-lines')) ?? 80,
    badgePath: source.get('badge-path'),
    badgeBranch: source.get('badge-branch'),
  };
}
