import { describe, expect, it } from 'vitest';
import type { GateResult } from '../coverage/gates.js';
import { headline } from '../coverage/headline.js';
import { type FileCoverage, fileFromLineMap } from '../coverage/model.js';
import type { PatchCoverage, PatchFile } from '../coverage/patch.js';
import { computeTotals, percent } from '../coverage/totals.js';
import { buildReport, type GateReport } from './report.js';
import { renderGateSummary, type SummaryExtras } from './summary.js';

const EVIL = '@octocat <img src=x onerror=alert(1)>|x.ts';

function lines(path: string, covered: number, total: number): FileCoverage {
  return fileFromLineMap(
    path,
    new Map(Array.from({ length: total }, (_, i) => [i + 1, i < covered ? 1 : 0])),
  );
}

function gate(partial: Partial<GateResult>): GateResult {
  return {
    id: 'min-lines',
    title: 'lines coverage',
    metric: 'lines',
    threshold: 80,
    actual: 90,
    passed: true,
    skipped: false,
    reason: '90% >= 80%',
    ...partial,
  };
}

function report(overrides: {
  files?: FileCoverage[];
  gates?: GateResult[];
  patch?: PatchCoverage | { unavailable: string };
  unmatched?: string[];
  name?: string;
  format?: 'lcov' | 'go';
}): GateReport {
  const files = overrides.files ?? [lines('src/a.ts', 9, 10)];
  const totals = computeTotals(files);
  return buildReport({
    name: overrides.name ?? '',
    coverage: headline(totals, [overrides.format ?? 'lcov']),
    totals,
    files,
    patch: overrides.patch,
    gates: overrides.gates ?? [gate({})],
    sources: [{ file: 'coverage/lcov.info', format: overrides.format ?? 'lcov', files: files.length }],
    unmatched: overrides.unmatched ?? [],
  });
}

const noExtras: SummaryExtras = { annotationsShown: 0, annotationsLeftOut: 0, notes: [] };

function patchOf(files: PatchFile[], missingFiles: string[] = []): PatchCoverage {
  const covered = files.reduce((n, f) => n + f.covered, 0);
  const total = files.reduce((n, f) => n + f.executable, 0);
  return { covered, total, pct: percent(covered, total), files, missingFiles };
}

/** Cell delimiters as GFM counts them: a `|` after a backslash belongs to the cell. */
function cells(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) if (row[i] === '|' && row[i - 1] !== '\\') n++;
  return n - 1;
}

/** The Markdown with code spans removed: GitHub shows their content literally, mentions and tags included. */
function outsideCodeSpans(markdown: string): string {
  return markdown.replace(/(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g, 'CODE');
}

/** Every table in the output keeps the column count of its header row. */
function expectWellFormedTables(markdown: string): void {
  const rows = markdown.split('\n');
  for (let i = 0; i < rows.length; i++) {
    if (!/^\| .*---/.test(rows[i + 1] ?? '') || !rows[i]!.startsWith('|')) continue;
    const width = cells(rows[i]!);
    for (let j = i + 1; j < rows.length && rows[j]!.startsWith('|'); j++)
      expect(cells(rows[j]!), rows[j]).toBe(width);
  }
}

describe('renderGateSummary', () => {
  it('shows the verdict, the totals and the gates', () => {
    const md = renderGateSummary(
      report({
        name: 'api',
        gates: [
          gate({}),
          gate({
            id: 'min-patch',
            title: 'patch coverage',
            metric: 'patch',
            passed: false,
            actual: 50,
            reason: 'too low',
          }),
          gate({
            id: 'max-drop',
            title: 'drop vs base',
            metric: 'drop',
            threshold: 1,
            actual: null,
            skipped: true,
            reason: 'no baseline',
          }),
        ],
      }),
      noExtras,
    );
    expect(md).toMatch(/^## Coverage gate: api — ❌ failed\n/);
    expect(md).toContain('| **coverage** (lines) | 9 | 10 | **90.00%** |');
    expect(md).not.toContain('| branches |');
    expect(md).not.toContain('| statements |');
    expect(md).toContain('| ✅ | lines coverage | ≥ 80% | 90.00% | 90% &gt;= 80% |');
    expect(md).toContain(
      '| ❌ | patch coverage | ≥ 80% | 50.00% | too low [runbook](https://github.com/shipshape/shipshape/blob/v1/docs/runbooks/coverage-gate.md#patch) |',
    );
    expect(md).toContain('| ⏭️ | drop vs base | ≤ 1 pts | n/a | no baseline |');
    expect(md).toContain('<sub>Read 1 report(s): `coverage/lcov.info` (lcov, 1 files).</sub>');
    expect(md.endsWith('\n')).toBe(true);
    expectWellFormedTables(md);
  });

  it('leads with statements for Go profiles, ranks files by them, and says when no gate is configured', () => {
    const go = { ...lines('cmd/main.go', 1, 2), statements: { covered: 3, total: 4 } };
    const md = renderGateSummary(report({ files: [go], gates: [], format: 'go' }), noExtras);
    expect(md).toMatch(/^## Coverage gate — ✅ passed/);
    expect(md).toContain(
      '| Metric | Covered | Total | Coverage |\n| --- | ---: | ---: | ---: |\n| **coverage** (statements) | 3 | 4 | **75.00%** |\n| lines |',
    );
    expect(md).toContain(
      '| File | Statements | Uncovered |\n| --- | ---: | ---: |\n| `cmd/main.go` | 75.00% | 1 |',
    );
    expect(md).toContain('_No gate configured._');
  });

  it('shows a drop gate actual in points', () => {
    const md = renderGateSummary(
      report({ gates: [gate({ metric: 'drop', threshold: 0.5, actual: 1.25, title: 'drop vs base' })] }),
      noExtras,
    );
    expect(md).toContain('| ≤ 0.5 pts | 1.25 pts |');
  });

  it('shows patch coverage with uncovered ranges, floored like every other figure', () => {
    const many = Array.from({ length: 10 }, (_, i) => i * 3 + 1);
    const patch = patchOf(
      [
        { path: 'src/big.ts', executable: 20000, covered: 19999, uncoveredLines: [7] },
        { path: 'src/b.ts', executable: 12, covered: 2, uncoveredLines: many },
        { path: 'src/c.ts', executable: 3, covered: 3, uncoveredLines: [] },
      ],
      ['src/new.ts'],
    );
    const md = renderGateSummary(report({ patch }), noExtras);
    expect(md).toContain(
      '### Patch coverage\n\n20004 of 20015 changed executable lines are covered (99.94%).',
    );
    expect(md).toContain('| patch (changed lines) | 20004 | 20015 | **99.94%** |');
    expect(md).toContain('| `src/big.ts` | 99.99% | 7 |');
    expect(md).toContain('| `src/b.ts` | 16.66% | 1, 4, 7, 10, 13, 16, 19, 22, … (2 more) |');
    expect(md).not.toContain('src/c.ts');
    expect(md).toContain('Changed source files with no coverage data at all: `src/new.ts`');
  });

  it('caps the patch table and the missing-file list', () => {
    const files = Array.from({ length: 27 }, (_, i) => ({
      path: `f${i}.ts`,
      executable: 2,
      covered: 0,
      uncoveredLines: [1, 2],
    }));
    const missing = Array.from({ length: 21 }, (_, i) => `m${String(i).padStart(2, '0')}.ts`);
    const md = renderGateSummary(report({ patch: patchOf(files, missing) }), noExtras);
    expect(md).toContain('| `f24.ts` |');
    expect(md).not.toContain('`f25.ts`');
    expect(md).toContain('_2 more file(s) with uncovered changed lines are in the JSON report._');
    expect(md).toContain('`m19.ts`, …');
    expect(md).not.toContain('m20.ts');
  });

  it('says why patch coverage was not measured', () => {
    const md = renderGateSummary(report({ patch: { unavailable: 'no token for @octocat' } }), noExtras);
    expect(md).toContain(`_Patch coverage not measured: no token for @\u200boctocat_`);
    expect(renderGateSummary(report({}), noExtras)).not.toContain('Patch coverage');
  });

  it('lists the least covered files, worst first, with a summary Markdown would not mangle', () => {
    const files = [
      lines('full.ts', 4, 4),
      lines('half-small.ts', 1, 2),
      lines('half-big.ts', 5, 10),
      lines('low.ts', 1, 10),
      ...Array.from({ length: 10 }, (_, i) => lines(`n${i}.ts`, 9, 10)),
    ];
    const md = renderGateSummary(report({ files }), noExtras);
    expect(md).toContain('<details><summary>Least covered files (10 of 14)</summary>');
    const rows = md.split('\n').filter((r) => r.startsWith('| `'));
    expect(rows.slice(0, 3)).toEqual([
      '| `low.ts` | 10.00% | 9 |',
      '| `half-big.ts` | 50.00% | 5 |',
      '| `half-small.ts` | 50.00% | 1 |',
    ]);
    expect(rows).toHaveLength(10);
    expect(md).not.toContain('full.ts');
    expect(renderGateSummary(report({ files: [lines('a.ts', 2, 2)] }), noExtras)).not.toContain('<details>');
  });

  it('explains annotations left out, unmatched files and notes', () => {
    const unmatched = Array.from({ length: 52 }, (_, i) => `gen/u${i}.ts`);
    const md = renderGateSummary(report({ unmatched }), {
      annotationsShown: 10,
      annotationsLeftOut: 4,
      notes: ['Status not posted: @admins'],
    });
    expect(md).toContain('_10 uncovered changed range(s) are annotated on the diff; 4 more were left out');
    expect(md).toContain(
      '<details><summary>52 file(s) in the reports match no tracked file (check working-directory or path mapping)</summary>',
    );
    expect(md).toContain('- `gen/u49.ts`\n- … 2 more');
    expect(md).not.toContain('u50.ts');
    expect(md).toContain('> Status not posted: @\u200badmins');
  });

  it('cannot be made to mention, inject HTML or break a table through file names', () => {
    const evilFiles = [lines(EVIL, 1, 2), lines('a`b``.ts', 0, 1), lines('[x](javascript:alert(1))', 0, 3)];
    const patch = patchOf(
      [{ path: EVIL, executable: 2, covered: 1, uncoveredLines: [2] }],
      ['@team/<script>.ts'],
    );
    const md = renderGateSummary(
      report({
        name: '@everyone <b>',
        files: evilFiles,
        patch,
        unmatched: [EVIL],
        gates: [gate({ title: `lines coverage of ${EVIL}`, reason: EVIL, passed: false })],
      }),
      { ...noExtras, notes: [EVIL] },
    );
    const prose = outsideCodeSpans(md);
    expect(prose).not.toMatch(/@[\w-]/);
    expect(prose).not.toMatch(/<(img|script|b)[\s>]/);
    expect(prose.match(/CODE/g)).toHaveLength(7);
    expect(prose).not.toContain('](javascript:');
    expectWellFormedTables(md);
  });
});
