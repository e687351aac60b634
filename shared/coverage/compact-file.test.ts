import { describe, expect, it } from 'vitest';
import { branchCounter, compactFile, type FileCoverage, functionCounter, withPath } from './model.js';
import { parseLcov } from './parsers/lcov.js';
import { fileCounters } from './totals.js';

const strings = ['0', '1', 'f', 'g'];

function sample(): FileCoverage {
  return compactFile(
    { path: 'src/a.ts', lineNumbers: Uint32Array.of(1, 2, 5), lineHits: Float64Array.of(1, 0, 3) },
    {
      strings,
      names: Int32Array.of(2, 3, 2),
      lines: Uint32Array.of(1, 4, 9),
      hits: Float64Array.of(2, 0, 1),
    },
    {
      strings,
      lines: Uint32Array.of(2, 2, 5),
      blocks: Int32Array.of(0, 0, 1),
      branches: Int32Array.of(0, 1, 0),
      hits: Float64Array.of(1, Number.NaN, 0),
    },
  );
}

const objects = {
  functions: [
    { name: 'f', line: 1, hits: 2 },
    { name: 'g', line: 4, hits: 0 },
    { name: 'f', line: 9, hits: 1 },
  ],
  branches: [
    { line: 2, block: '0', branch: '0', hits: 1 },
    { line: 2, block: '0', branch: '1', hits: null },
    { line: 5, block: '1', branch: '0', hits: 0 },
  ],
};

describe('compact files', () => {
  it('count functions and branches from the columns as the objects would', () => {
    const file = sample();
    expect(functionCounter(file)).toEqual({ covered: 2, total: 3 });
    expect(branchCounter(file)).toEqual({ covered: 1, total: 3 });
    const plain = { ...objects, path: 'x', lineNumbers: new Uint32Array(), lineHits: new Float64Array() };
    expect(functionCounter(plain)).toEqual(functionCounter(sample()));
    expect(branchCounter(plain)).toEqual(branchCounter(sample()));
  });

  it('read as the objects they stand for: equality, spreading and JSON see them', () => {
    const file = sample();
    expect(file).toEqual({
      path: 'src/a.ts',
      lineNumbers: Uint32Array.of(1, 2, 5),
      lineHits: Float64Array.of(1, 0, 3),
      ...objects,
    });
    expect({ ...sample() }.branches).toEqual(objects.branches);
    expect(JSON.parse(JSON.stringify(sample())).functions).toEqual(objects.functions);
    expect(file.functions).toBe(file.functions); // made once
  });

  it('take assigned objects instead of their columns', () => {
    const file = sample();
    file.functions = [{ name: 'only', line: 3, hits: 0 }];
    expect(functionCounter(file)).toEqual({ covered: 0, total: 1 });
    expect(branchCounter(file)).toEqual({ covered: 1, total: 3 });
  });

  it('keep their data under another path', () => {
    const moved = withPath(sample(), 'pkg/src/a.ts');
    expect(moved.path).toBe('pkg/src/a.ts');
    expect(moved).toEqual({ ...sample(), path: 'pkg/src/a.ts' });
    expect(functionCounter(moved)).toEqual({ covered: 2, total: 3 });
    const plain = withPath({ ...sample() }, 'b.ts');
    expect(plain.functions).toEqual(objects.functions);
  });

  it('come out of the lcov parser with the same counts as lcov records them', () => {
    const report = parseLcov(
      [
        'SF:src/a.ts',
        'FN:1,f',
        'FN:4,g',
        'FNDA:2,f',
        'FNDA:0,g',
        'DA:1,1',
        'DA:2,0',
        'BRDA:2,0,0,1',
        'BRDA:2,0,1,-',
        'BRDA:2,0,0,2',
        'end_of_record',
        '',
      ].join('\n'),
      'lcov.info',
    );
    const [file] = report.files;
    expect(fileCounters(file!)).toMatchObject({
      functions: { covered: 1, total: 2 },
      branches: { covered: 1, total: 2 },
    });
    // The repeated BRDA summed into one branch, the "-" kept as never run.
    expect(file!.branches).toEqual([
      { line: 2, block: '0', branch: '0', hits: 3 },
      { line: 2, block: '0', branch: '1', hits: null },
    ]);
  });
});
