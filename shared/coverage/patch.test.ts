import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileFromLineMap } from './model.js';
import { computePatchCoverage, lineRanges } from './patch.js';

const api = fileFromLineMap(
  'src/api.ts',
  new Map([
    [1, 1],
    [2, 0],
    [3, 0],
    [5, 2],
    [8, 0],
  ]),
);
const util = fileFromLineMap(
  'src/util.ts',
  new Map([
    [10, 0],
    [11, 1],
  ]),
);

describe('computePatchCoverage', () => {
  it('counts only changed lines the report calls executable', () => {
    const changed = new Map([
      ['src/api.ts', new Set([1, 2, 3, 4, 8, 100])],
      ['src/util.ts', new Set([11])],
    ]);
    const patch = computePatchCoverage([api, util], changed);
    expect(patch.covered).toBe(2);
    expect(patch.total).toBe(5);
    expect(patch.pct).toBe(40);
    expect(patch.files).toEqual([
      { path: 'src/api.ts', executable: 4, covered: 1, uncoveredLines: [2, 3, 8] },
      { path: 'src/util.ts', executable: 1, covered: 1, uncoveredLines: [] },
    ]);
    expect(patch.missingFiles).toEqual([]);
  });

  it('has no percentage when no executable line changed', () => {
    const patch = computePatchCoverage([api], new Map([['src/api.ts', new Set([4, 6])]]));
    expect(patch).toEqual({ covered: 0, total: 0, pct: null, files: [], missingFiles: [] });
    expect(computePatchCoverage([], new Map()).pct).toBeNull();
  });

  it('orders files by uncovered lines, then by path', () => {
    const b = fileFromLineMap('b.ts', new Map([[1, 0]]));
    const a = fileFromLineMap('a.ts', new Map([[1, 0]]));
    const c = fileFromLineMap(
      'c.ts',
      new Map([
        [1, 0],
        [2, 0],
      ]),
    );
    const all = new Set([1, 2]);
    const patch = computePatchCoverage(
      [a, b, c],
      new Map([
        ['b.ts', all],
        ['a.ts', all],
        ['c.ts', all],
      ]),
    );
    expect(patch.files.map((f) => f.path)).toEqual(['c.ts', 'a.ts', 'b.ts']);
  });

  it('lists changed source files without coverage, but not tests, declarations or other files', () => {
    const changed = new Map(
      [
        'src/new.ts',
        'cmd/main.go',
        'app/models.py',
        'README.md',
        'package.json',
        'src/new.test.ts',
        'src/new.spec.tsx',
        'src/__tests__/x.ts',
        'test/helpers.js',
        'pkg/handler_test.go',
        'tests/test_models.py',
        'app/test_views.py',
        'src/types.d.ts',
        'lib/x.d.cts',
      ].map((p) => [p, new Set([1])] as const),
    );
    expect(computePatchCoverage([], changed).missingFiles).toEqual([
      'app/models.py',
      'cmd/main.go',
      'src/new.ts',
    ]);
  });

  it('agrees with a direct count over random changes', () => {
    const lines = fc.dictionary(fc.integer({ min: 1, max: 40 }).map(String), fc.nat({ max: 3 }), {
      maxKeys: 30,
    });
    fc.assert(
      fc.property(
        lines,
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 40 }),
        (hits, changedLines) => {
          const map = new Map(Object.entries(hits).map(([l, h]) => [Number(l), h]));
          const patch = computePatchCoverage(
            [fileFromLineMap('f.ts', map)],
            new Map([['f.ts', new Set(changedLines)]]),
          );
          const executable = changedLines.filter((l) => map.has(l));
          const uncovered = executable.filter((l) => map.get(l) === 0).sort((x, y) => x - y);
          expect(patch.total).toBe(executable.length);
          expect(patch.covered).toBe(executable.length - uncovered.length);
          expect(patch.files.flatMap((f) => f.uncoveredLines)).toEqual(uncovered);
        },
      ),
    );
  });
});

describe('lineRanges', () => {
  it('groups consecutive lines', () => {
    expect(lineRanges([3, 4, 5, 9])).toEqual([
      [3, 5],
      [9, 9],
    ]);
    expect(lineRanges([])).toEqual([]);
    expect(lineRanges([7])).toEqual([[7, 7]]);
  });

  it('covers exactly the given lines with separated, ascending ranges', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 60 }), (raw) => {
        const lines = [...raw].sort((a, b) => a - b);
        const ranges = lineRanges(lines);
        const expanded = ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
        expect(expanded).toEqual(lines);
        for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1] + 1);
      }),
    );
  });
});
