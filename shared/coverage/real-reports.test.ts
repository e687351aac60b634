// Every figure here is checked against the producing tool's own printed totals, kept next to each
// report in oracle.json by the script that generated it (test/fixtures/coverage/real/*/generate.sh).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../runtime/errors.js';
import { evaluateGates } from './gates.js';
import { headline } from './headline.js';
import { loadCoverage } from './load.js';
import type { Metric } from './model.js';

const REAL = resolve(import.meta.dirname, '../../test/fixtures/coverage/real');

interface OracleFigure {
  covered?: number;
  total?: number;
  /** The percentage as the tool printed it. */
  printed?: number;
}

function oracle(set: string, report?: string): Partial<Record<Metric, OracleFigure>> {
  const all = JSON.parse(readFileSync(join(REAL, set, 'oracle.json'), 'utf8'));
  return report ? all[report] : all;
}

async function load(set: string, ...files: string[]) {
  return loadCoverage({
    files: files.map((f) => join(REAL, set, f)),
    format: 'auto',
    paths: { workspace: join(REAL, set) },
  });
}

/** Decimals the tool printed: Go prints 70.8, lcov 76.1, Jest 55.55. */
function decimals(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

function expectFigures(
  totals: Awaited<ReturnType<typeof load>>['totals'],
  expected: Partial<Record<Metric, OracleFigure>>,
  metrics: readonly Metric[],
): void {
  for (const metric of metrics) {
    const want = expected[metric];
    expect(want, `oracle has ${metric}`).toBeDefined();
    const got = totals[metric];
    if (want!.total !== undefined) {
      expect({ metric, covered: got.covered, total: got.total }).toEqual({
        metric,
        covered: want!.covered,
        total: want!.total,
      });
      const exact = (want!.covered! * 100) / want!.total!;
      expect(Math.abs(got.pct! - exact)).toBeLessThan(0.01);
    }
    if (want!.printed !== undefined) {
      // Equal to the tool's print at the precision it printed.
      const step = 10 ** -decimals(want!.printed);
      expect(Math.abs(got.pct! - want!.printed)).toBeLessThanOrEqual(step / 2 + 0.01);
    }
  }
}

const CASES: [set: string, files: string[], oracleKey: string | undefined, metrics: Metric[]][] = [
  ['c-gcc', ['coverage.info'], 'coverage.info', ['lines', 'functions', 'branches']],
  // gcovr's cobertura has no <methods>: its function counts are only in the header (class 4).
  ['c-gcc', ['cobertura.xml'], 'cobertura.xml', ['lines', 'functions', 'branches']],
  // One run in two formats is one measurement: the richer lcov is counted, once (class 8).
  ['c-gcc', ['coverage.info', 'cobertura.xml'], 'coverage.info', ['lines', 'functions', 'branches']],
  ['jest', ['lcov.info'], undefined, ['lines', 'functions', 'branches']],
  ['jest', ['coverage-final.json'], undefined, ['lines', 'statements', 'functions', 'branches']],
  ['jest', ['coverage-summary.json'], undefined, ['lines', 'statements', 'functions', 'branches']],
  // istanbul's cobertura drops the default-parameter branch from the line detail; the header has it.
  ['jest', ['cobertura-coverage.xml'], undefined, ['lines', 'branches']],
  ['jest', ['clover.xml'], undefined, ['lines', 'functions', 'branches']],
  // V8 names both toString methods `toString`: two FN records, two functions (class 2).
  ['c8', ['lcov.info'], undefined, ['lines', 'functions', 'branches']],
  ['c8', ['cobertura-coverage.xml'], undefined, ['lines', 'branches']],
  ['python', ['coverage.xml'], undefined, ['lines', 'branches']],
  // coverage.py 6.5 writes DA:1,1 for a docstring-only module its own report counts as 0
  // statements; lcov --summary (recounting DA, as we do) is this file's oracle.
  ['python', ['coverage.lcov'], 'coverage.lcov', ['lines', 'branches']],
  ['phpunit', ['clover.xml'], undefined, ['lines', 'functions']],
  ['phpunit', ['cobertura.xml'], undefined, ['lines']],
  ['go', ['coverage.out'], undefined, ['statements']],
  // Only LF/LH/FNF/FNH/BRF/BRH records, as `cargo llvm-cov --summary-only` writes (class 3).
  ['llvm-cov', ['summary-only.info'], undefined, ['lines', 'functions', 'branches']],
  ['jacoco', ['jacoco.xml'], undefined, ['lines', 'functions', 'branches']],
];

describe('figures equal the producing tool on real reports', () => {
  for (const [set, files, key, metrics] of CASES) {
    it(`${set}: ${files.join(' + ')} (${metrics.join(', ')})`, async () => {
      const loaded = await load(set, ...files);
      expectFigures(loaded.totals, oracle(set, key), metrics);
    });
  }

  it('leads Go profiles with statements, the figure go test -cover prints, and lcov with lines', async () => {
    const go = await load('go', 'coverage.out');
    const head = headline(
      go.totals,
      go.sources.map((s) => s.format),
    );
    expect(head.metric).toBe('statements');
    expect(Math.abs(head.pct! - oracle('go').statements!.printed!)).toBeLessThanOrEqual(0.06);
    // The block-derived line figure differs from what Go prints; it is not the headline.
    expect(go.totals.lines.pct).not.toBe(head.pct);
    const c = await load('c-gcc', 'coverage.info');
    expect(
      headline(
        c.totals,
        c.sources.map((s) => s.format),
      ).metric,
    ).toBe('lines');
  });

  it('names a mix of Go and other formats and heads it with lines of all files', async () => {
    const mixed = await load('go', 'coverage.out');
    const formats = [...mixed.sources.map((s) => s.format), 'lcov' as const];
    const head = headline(mixed.totals, formats);
    expect(head.metric).toBe('lines');
    expect(head.warning).toMatch(/mix Go profiles with other formats/);
  });

  it('says which header totals it used where the detail is incomplete', async () => {
    const jest = await load('jest', 'cobertura-coverage.xml');
    expect(jest.basis.join('\n')).toMatch(
      /branches from the report header \(branches-valid\/branches-covered: 4\/8\)/,
    );
    const gcovr = await load('c-gcc', 'cobertura.xml');
    expect(gcovr.basis.join('\n')).toMatch(/functions from the report header/);
    const both = await load('c-gcc', 'coverage.info', 'cobertura.xml');
    expect(both.basis.join('\n')).toMatch(/cobertura.xml \(cobertura\) was not counted/);
  });

  it('counts a file named in Latin-1 in lcov and in UTF-8 in cobertura once', async () => {
    const loaded = await load('c-gcc', 'latin1.info', 'utf8-cobertura.xml');
    expect(loaded.files.map((f) => f.path)).toEqual(['café-words.c', 'calc.c', 'main.c']);
    expectFigures(loaded.totals, oracle('c-gcc', 'coverage.info'), ['lines', 'functions', 'branches']);
  });

  it('refuses SonarQube generic coverage with exit 2, naming the file and the format', async () => {
    const error = await load('c-gcc', 'sonarqube.xml').catch((e: unknown) => e);
    const failure = classifyFailure(error);
    expect(failure.exitCode).toBe(2);
    expect(failure.message).toMatch(/^sonarqube\.xml:\d+: this is SonarQube generic coverage XML/);
  });

  it('fails a Go profile with no statements as nothing to measure, unless if-empty: pass', async () => {
    const empty = await load('go', 'empty.out');
    const evidence = {
      totals: empty.totals,
      headline: headline(empty.totals, ['go']),
      files: empty.files,
    };
    const failed = evaluateGates({ minCoverage: 80, minimums: {}, pathThresholds: [] }, evidence);
    expect(failed).toMatchObject([{ id: 'not-empty', passed: false }]);
    expect(failed[0]!.reason).toMatch(/nothing to measure.*if-empty: pass/);
    const allowed = evaluateGates(
      { minCoverage: 80, minimums: {}, pathThresholds: [], ifEmpty: 'pass' },
      evidence,
    );
    expect(allowed).toMatchObject([{ id: 'not-empty', passed: true, skipped: true }]);
  });
});
