import { describe, expect, it } from 'vitest';
import type { GateResult } from '../coverage/gates.js';
import { fileFromLineMap } from '../coverage/model.js';
import { computeTotals } from '../coverage/totals.js';
import { buildReport, type GateReport } from './report.js';
import { renderGateText } from './text.js';

function gate(title: string, passed: boolean, skipped = false): GateResult {
  return {
    id: title,
    title,
    metric: 'lines',
    threshold: 80,
    actual: 1,
    passed,
    skipped,
    reason: `${title} why`,
  };
}

function report(
  gates: GateResult[],
  extra: { name?: string; statements?: boolean; patch?: boolean } = {},
): GateReport {
  const file = fileFromLineMap(
    'a.ts',
    new Map([
      [1, 1],
      [2, 0],
      [3, 1],
    ]),
    [{ name: 'f', line: 1, hits: 1 }],
    [
      { line: 1, block: '0', branch: '0', hits: 0 },
      { line: 1, block: '0', branch: '1', hits: 2 },
    ],
  );
  if (extra.statements) file.statements = { covered: 1, total: 4 };
  return buildReport({
    name: extra.name ?? '',
    totals: computeTotals([file]),
    files: [file],
    patch: extra.patch ? { covered: 1, total: 3, pct: 33.33, files: [], missingFiles: [] } : undefined,
    gates,
    sources: [],
    unmatched: [],
  });
}

describe('renderGateText', () => {
  it('prints the figures, every gate and the verdict', () => {
    const text = renderGateText(
      report(
        [gate('lines coverage', true), gate('patch coverage', false), gate('drop vs base', true, true)],
        {
          name: 'api',
          statements: true,
          patch: true,
        },
      ),
      false,
    );
    expect(text).toBe(
      [
        'api: coverage 66.66% (lines 2/3), statements 25.00%, branches 50.00%, functions 100.00%, patch 33.33% (1/3)',
        '  pass  lines coverage: lines coverage why',
        '  FAIL  patch coverage: patch coverage why',
        '  skip  drop vs base: drop vs base why',
        '  1 gate(s) skipped for lack of data: drop vs base',
        'coverage gate FAILED',
        '',
      ].join('\n'),
    );
  });

  it('leaves out metrics the reports do not have', () => {
    const empty = buildReport({
      name: '',
      totals: computeTotals([]),
      files: [],
      patch: undefined,
      gates: [],
      sources: [],
      unmatched: [],
    });
    expect(renderGateText(empty, false)).toBe('coverage n/a (lines 0/0)\ncoverage gate passed\n');
  });

  it('prints only failures when quiet, and nothing at all when everything passed', () => {
    expect(renderGateText(report([gate('a', true), gate('b', false)]), true)).toBe(
      '  FAIL  b: b why\ncoverage gate FAILED\n',
    );
    expect(renderGateText(report([gate('a', true), gate('s', true, true)]), true)).toBe('');
  });
});
