import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateGates,
  failureMessage,
  type GateConfig,
  type GateEvidence,
  type GateResult,
} from './gates.js';
import { fileFromLineMap, type Totals } from './model.js';
import type { PatchCoverage } from './patch.js';
import { computeTotals, percent } from './totals.js';

function lines(path: string, covered: number, total: number) {
  return fileFromLineMap(
    path,
    new Map(Array.from({ length: total }, (_, i) => [i + 1, i < covered ? 1 : 0])),
  );
}

const files = [
  lines('services/api/a.ts', 9, 10),
  lines('services/api/b.ts', 1, 10),
  lines('web/x.ts', 6, 10),
];
const evidence: GateEvidence = { totals: computeTotals(files), files };
const none: GateConfig = { minimums: {}, pathThresholds: [] };

function totalsWithLines(pct: number | null): Totals {
  const t = computeTotals([]);
  return { ...t, lines: { covered: 0, total: pct === null ? 0 : 1, pct } };
}

function patch(covered: number, total: number): PatchCoverage {
  return { covered, total, pct: percent(covered, total), files: [], missingFiles: [] };
}

describe('evaluateGates: minimums', () => {
  it('passes and fails on the floored percentage, in metric order', () => {
    const results = evaluateGates({ ...none, minimums: { functions: 10, lines: 53.33 } }, evidence);
    expect(results.map((r) => r.id)).toEqual(['min-lines', 'min-functions']);
    const [lines, functions] = results;
    expect(lines).toMatchObject({
      metric: 'lines',
      threshold: 53.33,
      actual: 53.33,
      passed: true,
      skipped: false,
    });
    expect(lines!.reason).toBe('53.33% ≥ 53.33% (16/30 lines covered)');
    expect(functions).toMatchObject({
      actual: null,
      passed: true,
      skipped: true,
      reason: 'no functions to measure (0 found)',
    });
  });

  it('says how many more lines would pass the gate', () => {
    const [gate] = evaluateGates({ ...none, minimums: { lines: 80 } }, evidence);
    expect(gate).toMatchObject({ passed: false, actual: 53.33 });
    expect(gate!.reason).toBe('53.33% is below the minimum 80% (16/30 lines covered; 8 more needed)');
  });

  it('does not overstate lines needed when threshold / 100 * total is inexact (7 of 25 for 28%)', () => {
    const files = [lines('a.ts', 6, 25)];
    const [gate] = evaluateGates(
      { ...none, minimums: { lines: 28 } },
      { totals: computeTotals(files), files },
    );
    expect(gate!.reason).toContain('(6/25 lines covered; 1 more needed)');
  });

  it('asks for the fewest more covered items that make the floored percentage pass', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.nat(),
        fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
        (total, c, threshold) => {
          const covered = c % (total + 1);
          const totals = computeTotals([]);
          totals.lines = { covered, total, pct: percent(covered, total) };
          const [gate] = evaluateGates({ ...none, minimums: { lines: threshold } }, { totals, files: [] });
          expect(gate!.passed).toBe(percent(covered, total)! >= threshold);
          if (gate!.passed) return;
          const more = Number(/; (\d+) more needed\)$/.exec(gate!.reason)?.[1]);
          expect(more).toBeGreaterThan(0);
          expect(percent(covered + more, total)).toBeGreaterThanOrEqual(threshold);
          expect(percent(covered + more - 1, total)).toBeLessThan(threshold);
        },
      ),
    );
  });
});

describe('evaluateGates: path thresholds', () => {
  it('measures only the files matching the glob', () => {
    const results = evaluateGates(
      {
        ...none,
        pathThresholds: [
          { glob: 'services/api/**', metric: 'lines', min: 60 },
          { glob: 'web/**', metric: 'lines', min: 60 },
          { glob: 'mobile/**', metric: 'lines', min: 60 },
          { glob: 'web/**', metric: 'branches', min: 60 },
        ],
      },
      evidence,
    );
    expect(results.map((r) => [r.id, r.passed, r.skipped, r.actual])).toEqual([
      ['path:services/api/**:lines', false, false, 50],
      ['path:web/**:lines', true, false, 60],
      ['path:mobile/**:lines', true, true, null],
      ['path:web/**:branches', true, true, null],
    ]);
    expect(results[0]!.title).toBe('lines coverage of services/api/**');
    expect(results[0]!.reason).toBe(
      '50.00% is below the minimum 60% (10/20 lines covered; 2 more needed) in 2 file(s)',
    );
    expect(results[2]!.reason).toBe("no covered file matches 'mobile/**'");
  });

  it('matches dot folders', () => {
    const dotted = [lines('.github/scripts/x.js', 1, 2)];
    const [gate] = evaluateGates(
      { ...none, pathThresholds: [{ glob: '**/*.js', metric: 'lines', min: 50 }] },
      { totals: computeTotals(dotted), files: dotted },
    );
    expect(gate).toMatchObject({ skipped: false, passed: true, actual: 50 });
  });
});

describe('evaluateGates: patch', () => {
  const config: GateConfig = { ...none, minPatch: 75 };

  it('is skipped outside pull requests, when changed lines are unavailable, or when none is executable', () => {
    const outside = evaluateGates(config, evidence)[0]!;
    expect(outside).toMatchObject({ id: 'min-patch', skipped: true, passed: true, actual: null });
    expect(outside.reason).toMatch(/not a pull request/);
    expect(evaluateGates(config, { ...evidence, patch: { unavailable: 'diff too large' } })[0]!.reason).toBe(
      'diff too large',
    );
    expect(evaluateGates(config, { ...evidence, patch: { value: patch(0, 0) } })[0]).toMatchObject({
      skipped: true,
      reason: 'no executable line was changed',
    });
  });

  it('compares the patch percentage with the minimum', () => {
    const pass = evaluateGates(config, { ...evidence, patch: { value: patch(3, 4) } })[0]!;
    expect(pass).toMatchObject({
      passed: true,
      skipped: false,
      actual: 75,
      reason: '75.00% ≥ 75% (3/4 changed executable lines covered)',
    });
    const fail = evaluateGates(config, { ...evidence, patch: { value: patch(2, 3) } })[0]!;
    expect(fail).toMatchObject({ passed: false, actual: 66.66 });
    expect(fail.reason).toBe(
      '66.66% of the changed lines are covered, below 75% (2/3 changed executable lines covered)',
    );
  });
});

describe('evaluateGates: drop', () => {
  const config: GateConfig = { ...none, maxDrop: 1 };
  const baseline = (lines: number) => ({ value: { lines, sha: '0123456789abcdef', commitsBehind: 0 } });

  it('is skipped without a baseline or without lines', () => {
    expect(evaluateGates(config, evidence)[0]).toMatchObject({ id: 'max-drop', skipped: true, passed: true });
    expect(
      evaluateGates(config, { ...evidence, baseline: { unavailable: 'no history yet' } })[0]!.reason,
    ).toBe('no history yet');
    expect(
      evaluateGates(config, { totals: totalsWithLines(null), files: [], baseline: baseline(50) }).find(
        (g) => g.id === 'max-drop',
      )!.reason,
    ).toBe('no lines to measure');
  });

  it('passes a drop up to the allowance and fails beyond it', () => {
    const within = evaluateGates(config, {
      totals: totalsWithLines(79),
      files: [],
      baseline: baseline(80),
    })[0]!;
    expect(within).toMatchObject({ passed: true, actual: 1 });
    expect(within.reason).toBe('lines dropped 1.00 points vs 0123456 (80.00% → 79.00%)');
    const beyond = evaluateGates(config, {
      totals: totalsWithLines(78.5),
      files: [],
      baseline: baseline(80),
    })[0]!;
    expect(beyond).toMatchObject({ passed: false, actual: 1.5 });
    expect(beyond.reason).toBe(
      'lines dropped 1.50 points vs 0123456 (80.00% → 78.50%), more than the allowed 1 points',
    );
  });

  it('reports a rise and an unchanged figure as such', () => {
    const rose = evaluateGates(config, {
      totals: totalsWithLines(81.25),
      files: [],
      baseline: baseline(80),
    })[0]!;
    expect(rose).toMatchObject({ passed: true, actual: -1.25 });
    expect(rose.reason).toMatch(/^lines rose 1\.25 points/);
    const same = evaluateGates(config, {
      totals: totalsWithLines(80),
      files: [],
      baseline: baseline(80),
    })[0]!;
    expect(same.reason).toMatch(/^lines unchanged vs 0123456/);
  });
});

describe('failureMessage', () => {
  const gate = (title: string, passed: boolean, skipped = false): GateResult => ({
    id: title,
    title,
    metric: 'lines',
    threshold: 80,
    actual: 1,
    passed,
    skipped,
    reason: `${title} reason`,
  });

  it('is undefined when every gate passed or was skipped', () => {
    expect(failureMessage([gate('a', true), gate('b', true, true)])).toBeUndefined();
    expect(failureMessage([])).toBeUndefined();
  });

  it('lists every failing gate, with the gate name when given, and where to read what to do', () => {
    const runbook = 'https://github.com/shipshape/shipshape/blob/v1/docs/runbooks/coverage-gate.md';
    expect(failureMessage([gate('a', false), gate('b', true)])).toBe(
      `1 coverage gate failed:\n- a: a reason\nWhat to do: ${runbook}#a`,
    );
    expect(failureMessage([gate('a', false), gate('c', false)], 'backend')).toBe(
      `backend: 2 coverage gates failed:\n- a: a reason\n- c: c reason\nWhat to do: ${runbook}#a ${runbook}#c`,
    );
  });
});
