import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeFiles } from './merge.js';
import { type BranchCoverage, type FileCoverage, type FunctionCoverage, fileFromLineMap } from './model.js';
import { computeTotals } from './totals.js';

function lineMap(file: FileCoverage): Map<number, number> {
  return new Map([...file.lineNumbers].map((n, i) => [n, file.lineHits[i]!]));
}

const hits = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }));
const counter = fc
  .tuple(fc.nat({ max: 50 }), fc.nat({ max: 50 }))
  .map(([a, b]) => ({ covered: Math.min(a, b), total: Math.max(a, b) }));

/** One shard's coverage of `path`: unique lines, function names and branch ids, as the parsers give. */
function shard(path: string): fc.Arbitrary<FileCoverage> {
  return fc
    .record({
      lines: fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), hits), { maxLength: 30 }),
      functions: fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.nat({ max: 5 })), {
        maxLength: 4,
        selector: ([name]) => name,
      }),
      branches: fc.uniqueArray(
        fc.tuple(
          fc.integer({ min: 1, max: 5 }),
          fc.constantFrom('0', '1'),
          fc.constantFrom('0', '1'),
          fc.option(hits),
        ),
        { maxLength: 8, selector: ([line, block, branch]) => `${line}/${block}/${branch}` },
      ),
      statements: fc.option(counter, { nil: undefined }),
      summary: fc.option(fc.record({ lines: counter, branches: counter }), { nil: undefined }),
    })
    .map(({ lines, functions, branches, statements, summary }) => {
      const fns: FunctionCoverage[] = functions.map(([name, h]) => ({
        name,
        line: name.charCodeAt(0),
        hits: h,
      }));
      const brs: BranchCoverage[] = branches.map(([line, block, branch, h]) => ({
        line,
        block,
        branch,
        hits: h,
      }));
      const file = fileFromLineMap(path, new Map(lines), fns, brs);
      if (statements) file.statements = statements;
      if (summary) file.summary = summary;
      return file;
    });
}

function only(files: FileCoverage[]): FileCoverage {
  expect(files).toHaveLength(1);
  return files[0]!;
}

/** What the merge must be equal on, independent of the order functions and branches come out in. */
function comparable(file: FileCoverage) {
  return {
    path: file.path,
    lines: [...lineMap(file)],
    functions: file.functions.map((f) => `${f.name}@${f.line}=${f.hits}`).sort(),
    branches: file.branches.map((b) => `${b.line}/${b.block}/${b.branch}=${b.hits}`).sort(),
    statements: file.statements,
    summary: file.summary,
    totals: computeTotals([file]),
  };
}

describe('mergeFiles', () => {
  it('adds hits per line, per function and per branch, like lcov -a', () => {
    const a = fileFromLineMap(
      'src/x.ts',
      new Map([
        [1, 1],
        [2, 0],
        [3, 0],
      ]),
      [{ name: 'f', line: 1, hits: 1 }],
      [
        { line: 2, block: '0', branch: '0', hits: null },
        { line: 2, block: '0', branch: '1', hits: 0 },
      ],
    );
    const b = fileFromLineMap(
      'src/x.ts',
      new Map([
        [2, 4],
        [4, 0],
      ]),
      [
        { name: 'f', line: 1, hits: 2 },
        { name: 'g', line: 4, hits: 0 },
      ],
      [
        { line: 2, block: '0', branch: '0', hits: 3 },
        { line: 2, block: '0', branch: '1', hits: null },
      ],
    );
    const merged = only(mergeFiles([a, b]));
    expect([...lineMap(merged)]).toEqual([
      [1, 1],
      [2, 4],
      [3, 0],
      [4, 0],
    ]);
    expect(merged.functions).toEqual([
      { name: 'f', line: 1, hits: 3 },
      { name: 'g', line: 4, hits: 0 },
    ]);
    expect(merged.branches).toEqual([
      { line: 2, block: '0', branch: '0', hits: 3 },
      { line: 2, block: '0', branch: '1', hits: 0 },
    ]);
    // The inputs are not changed.
    expect(a.functions[0]!.hits).toBe(1);
    expect(b.branches[0]!.hits).toBe(3);
  });

  it('keeps a branch unknown (null) only when no shard ran its block', () => {
    const br = (h: number | null): BranchCoverage[] => [{ line: 1, block: '0', branch: '0', hits: h }];
    const f = (h: number | null) => fileFromLineMap('x.c', new Map([[1, 1]]), [], br(h));
    expect(only(mergeFiles([f(null), f(null)])).branches[0]!.hits).toBeNull();
    expect(only(mergeFiles([f(null), f(0)])).branches[0]!.hits).toBe(0);
    expect(only(mergeFiles([f(2), f(null)])).branches[0]!.hits).toBe(2);
  });

  it('returns files sorted by path and leaves single files as they are', () => {
    const b = fileFromLineMap('b.ts', new Map([[1, 1]]));
    const a = fileFromLineMap('a.ts', new Map([[1, 0]]));
    const out = mergeFiles([b, a]);
    expect(out.map((f) => f.path)).toEqual(['a.ts', 'b.ts']);
    expect(out[1]).toBe(b);
    expect(mergeFiles([])).toEqual([]);
  });

  it('takes the larger statement counts and the most complete summary', () => {
    const a = { ...fileFromLineMap('p.go', new Map()), statements: { covered: 3, total: 10 } };
    const b = {
      ...fileFromLineMap('p.go', new Map()),
      statements: { covered: 5, total: 9 },
      summary: { lines: { covered: 2, total: 4 } },
    };
    const c = { ...fileFromLineMap('p.go', new Map()), summary: { lines: { covered: 3, total: 4 } } };
    const merged = only(mergeFiles([a, b, c]));
    expect(merged.statements).toEqual({ covered: 5, total: 10 });
    expect(merged.summary).toEqual({ lines: { covered: 3, total: 4 } });
    expect(only(mergeFiles([a, fileFromLineMap('p.go', new Map())])).summary).toBeUndefined();
  });

  it('picks the same summary whatever order shards with equal covered lines come in', () => {
    const s1 = { lines: { covered: 5, total: 10 }, branches: { covered: 1, total: 4 } };
    const s2 = { lines: { covered: 5, total: 10 }, branches: { covered: 3, total: 4 } };
    const f = (summary: FileCoverage['summary']) => ({ ...fileFromLineMap('s.ts', new Map()), summary });
    expect(only(mergeFiles([f(s1), f(s2)])).summary).toEqual(s2);
    expect(only(mergeFiles([f(s2), f(s1)])).summary).toEqual(s2);
    const s3 = { lines: { covered: 5, total: 12 }, branches: { covered: 3, total: 4 } };
    expect(only(mergeFiles([f(s3), f(s2)])).summary).toEqual(s3);
    expect(only(mergeFiles([f(s2), f(s3)])).summary).toEqual(s3);
  });

  it('counts as covered exactly the union of lines covered in any shard', () => {
    fc.assert(
      fc.property(fc.array(shard('x.ts'), { minLength: 1, maxLength: 5 }), (shards) => {
        const merged = only(mergeFiles(shards));
        const covered = new Set<number>();
        const executable = new Set<number>();
        for (const s of shards) {
          for (const [line, h] of lineMap(s)) {
            executable.add(line);
            if (h > 0) covered.add(line);
          }
        }
        const mergedLines = lineMap(merged);
        expect(new Set([...mergedLines.keys()])).toEqual(executable);
        expect(new Set([...mergedLines].filter(([, h]) => h > 0).map(([l]) => l))).toEqual(covered);
        expect([...merged.lineNumbers]).toEqual([...executable].sort((x, y) => x - y));
      }),
    );
  });

  it('is commutative', () => {
    fc.assert(
      fc.property(shard('x.ts'), shard('x.ts'), (a, b) => {
        expect(comparable(only(mergeFiles([a, b])))).toEqual(comparable(only(mergeFiles([b, a]))));
      }),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(shard('x.ts'), shard('x.ts'), shard('x.ts'), (a, b, c) => {
        const left = only(mergeFiles([only(mergeFiles([a, b])), c]));
        const right = only(mergeFiles([a, only(mergeFiles([b, c]))]));
        const flat = only(mergeFiles([a, b, c]));
        expect(comparable(left)).toEqual(comparable(flat));
        expect(comparable(right)).toEqual(comparable(flat));
      }),
    );
  });

  it('gives totals that are the sum of the parts for files with different paths', () => {
    const paths = fc.uniqueArray(fc.constantFrom('a.ts', 'b.ts', 'c/d.ts', 'e.go', 'f.py'), { minLength: 1 });
    fc.assert(
      fc.property(
        paths.chain((ps) => fc.tuple(...ps.map(shard))),
        (files) => {
          const merged = mergeFiles(files);
          expect(merged).toHaveLength(files.length);
          const total = computeTotals(merged);
          for (const metric of ['lines', 'branches', 'functions', 'statements'] as const) {
            const parts = files.map((f) => computeTotals([f])[metric]);
            expect(total[metric].covered).toBe(parts.reduce((n, p) => n + p.covered, 0));
            expect(total[metric].total).toBe(parts.reduce((n, p) => n + p.total, 0));
          }
        },
      ),
    );
  });
});
