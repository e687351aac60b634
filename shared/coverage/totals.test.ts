import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FileCoverage, fileFromLineMap } from './model.js';
import { computeTotals, fileCounters, fileTotals, percent } from './totals.js';

/** floor(100 * covered / total) with two decimals, computed in exact integer arithmetic. */
function exactFlooredPercent(covered: number, total: number): number {
  const scaled = BigInt(covered) * 10000n;
  return Number(scaled / BigInt(total)) / 100;
}

describe('percent', () => {
  it('is null when there is nothing to cover', () => {
    expect(percent(0, 0)).toBeNull();
    expect(percent(3, 0)).toBeNull();
  });

  it('floors to two decimals like istanbul instead of rounding', () => {
    expect(percent(2, 3)).toBe(66.66);
    expect(percent(1, 3)).toBe(33.33);
    expect(percent(19999, 20000)).toBe(99.99);
    expect(percent(5, 5)).toBe(100);
    expect(percent(0, 7)).toBe(0);
  });

  it('keeps exact ratios exact (57/100 used to come out as 56.99)', () => {
    expect(percent(57, 100)).toBe(57);
    expect(percent(29, 100)).toBe(29);
    expect(percent(7, 10)).toBe(70);
  });

  it('equals the floored percentage computed with integers', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5_000_000 })
          .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total))),
        ([covered, total]) => {
          expect(percent(covered, total)).toBe(exactFlooredPercent(covered, total));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

function file(path: string, hits: Record<number, number>, extra: Partial<FileCoverage> = {}): FileCoverage {
  return {
    ...fileFromLineMap(path, new Map(Object.entries(hits).map(([l, h]) => [Number(l), h]))),
    ...extra,
  };
}

describe('fileCounters and fileTotals', () => {
  it('counts lines, functions and branches hit at least once', () => {
    const f = fileFromLineMap(
      'a.ts',
      new Map([
        [1, 3],
        [2, 0],
        [5, 1],
      ]),
      [
        { name: 'f', line: 1, hits: 2 },
        { name: 'g', line: 5, hits: 0 },
      ],
      [
        { line: 1, block: '0', branch: '0', hits: 1 },
        { line: 1, block: '0', branch: '1', hits: 0 },
        { line: 5, block: '1', branch: '0', hits: null },
      ],
    );
    expect(fileCounters(f)).toEqual({
      lines: { covered: 2, total: 3 },
      functions: { covered: 1, total: 2 },
      branches: { covered: 1, total: 3 },
      statements: { covered: 0, total: 0 },
    });
    const t = fileTotals(f);
    expect(t.lines).toEqual({ covered: 2, total: 3, pct: 66.66 });
    expect(t.branches.pct).toBe(33.33);
    expect(t.functions.pct).toBe(50);
    expect(t.statements.pct).toBeNull();
  });

  it('lets a format summary win over counts derived from detail, metric by metric', () => {
    const f = file(
      'a.ts',
      { 1: 1, 2: 0 },
      { summary: { lines: { covered: 9, total: 10 } }, statements: { covered: 4, total: 8 } },
    );
    const c = fileCounters(f);
    expect(c.lines).toEqual({ covered: 9, total: 10 });
    expect(c.statements).toEqual({ covered: 4, total: 8 });
    expect(c.functions).toEqual({ covered: 0, total: 0 });
    const all = file(
      'b.ts',
      {},
      {
        summary: {
          lines: { covered: 1, total: 2 },
          branches: { covered: 3, total: 4 },
          functions: { covered: 5, total: 6 },
          statements: { covered: 7, total: 8 },
        },
      },
    );
    expect(fileCounters(all)).toEqual(all.summary);
  });
});

describe('computeTotals', () => {
  it('is all null for no files', () => {
    const t = computeTotals([]);
    for (const m of ['lines', 'branches', 'functions', 'statements'] as const)
      expect(t[m]).toEqual({ covered: 0, total: 0, pct: null });
  });

  it('sums counts over files before taking the percentage', () => {
    const t = computeTotals([
      file('a.ts', { 1: 1, 2: 0, 3: 0 }),
      file('b.ts', { 1: 1 }, { statements: { covered: 1, total: 3 } }),
    ]);
    expect(t.lines).toEqual({ covered: 2, total: 4, pct: 50 });
    expect(t.statements).toEqual({ covered: 1, total: 3, pct: 33.33 });
  });

  it('equals the sum of the per-file counters', () => {
    const lineMap = fc.dictionary(
      fc.integer({ min: 1, max: 300 }).map(String),
      fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50 })),
      { maxKeys: 40 },
    );
    fc.assert(
      fc.property(fc.array(lineMap, { maxLength: 8 }), (maps) => {
        const files = maps.map((m, i) => file(`f${i}.ts`, m as Record<number, number>));
        const t = computeTotals(files);
        let covered = 0;
        let total = 0;
        for (const m of maps) {
          const hits = Object.values(m);
          total += hits.length;
          covered += hits.filter((h) => h > 0).length;
        }
        expect(t.lines.covered).toBe(covered);
        expect(t.lines.total).toBe(total);
        expect(t.lines.pct).toBe(total === 0 ? null : exactFlooredPercent(covered, total));
      }),
    );
  });
});
