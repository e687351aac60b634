import { describe, expect, it } from 'vitest';
import type { GateResult } from '../coverage/gates.js';
import { fileFromLineMap } from '../coverage/model.js';
import type { PatchCoverage } from '../coverage/patch.js';
import { computeTotals } from '../coverage/totals.js';
import { buildReport, type GateReport } from './report.js';
import { formatOutput, statusContext, statusDescription } from './status.js';

function gate(title: string, passed: boolean): GateResult {
  return {
    id: title,
    title,
    metric: 'lines',
    threshold: 80,
    actual: 1,
    passed,
    skipped: false,
    reason: `${title} why`,
  };
}

function report(gates: GateResult[], lines: number[] | null, patch?: PatchCoverage): GateReport {
  const files = lines === null ? [] : [fileFromLineMap('a.ts', new Map(lines.map((h, i) => [i + 1, h])))];
  return buildReport({
    name: '',
    totals: computeTotals(files),
    files,
    patch,
    gates,
    sources: [],
    unmatched: [],
  });
}

describe('statusContext', () => {
  it('gives each named gate its own context', () => {
    expect(statusContext('')).toBe('shipshape/coverage-gate');
    expect(statusContext('api')).toBe('shipshape/coverage-gate (api)');
  });
});

describe('statusDescription', () => {
  it('leads with line coverage, then the patch figure when all passed', () => {
    expect(statusDescription(report([gate('a', true)], [1, 0, 1]))).toBe('lines 66.66%');
    const patch: PatchCoverage = { covered: 1, total: 2, pct: 50, files: [], missingFiles: [] };
    expect(statusDescription(report([], [1], patch))).toBe('lines 100.00%; patch 50.00%');
    expect(statusDescription(report([], [1], { ...patch, covered: 0, total: 0, pct: null }))).toBe(
      'lines 100.00%',
    );
  });

  it('names the first failing gate and how many more failed', () => {
    expect(statusDescription(report([gate('ok', true), gate('lines coverage', false)], [0]))).toBe(
      'lines 0.00%; failed lines coverage: lines coverage why',
    );
    expect(statusDescription(report([gate('x', false), gate('y', false), gate('z', false)], null))).toBe(
      'no lines measured; failed x: x why (+2 more)',
    );
  });
});

describe('formatOutput', () => {
  it('gives two decimals, or an empty output when there is no figure', () => {
    expect(formatOutput(80)).toBe('80.00');
    expect(formatOutput(66.66)).toBe('66.66');
    expect(formatOutput(null)).toBe('');
    expect(formatOutput(undefined)).toBe('');
  });
});
