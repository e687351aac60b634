import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoverageParseError, type CoverageReport, type FileCoverage } from '../model.js';
import { computeTotals } from '../totals.js';
import { LcovChunkParser, looksLikeLcov, parseLcov } from './lcov.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/coverage/lcov');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

// lcov-parse is the oracle: an independent, widely used reader of the same format.
interface OracleRecord {
  title?: string;
  file: string;
  lines: { found: number; hit: number; details: { line: number; hit: number }[] };
  functions: { found: number; hit: number; details: { name: string; line: number; hit?: number }[] };
  branches: {
    found: number;
    hit: number;
    details: { line: number; block: number; branch: number; taken: number }[];
  };
}
type OracleSource = (text: string, cb: (err: unknown, data?: OracleRecord[]) => void) => void;
const oracleSource = (createRequire(import.meta.url)('lcov-parse') as { source: OracleSource }).source;

/** lcov-parse's `source` entry point is synchronous; its error is a bare string. */
function oracle(text: string): OracleRecord[] {
  let result: OracleRecord[] | undefined;
  let failure: unknown;
  oracleSource(text, (err, data) => {
    failure = err;
    result = data;
  });
  if (failure !== null && failure !== undefined) throw new Error(String(failure));
  return result!;
}

/** One file in a shape both parsers can be projected onto, so a whole report compares in one assertion. */
interface Flat {
  path: string;
  linesFound: number;
  linesHit: number;
  lines: [number, number][];
  functions: [string, number | undefined][];
  branches: [number, string, string, number | null][];
}

function flatOurs(file: FileCoverage): Flat {
  const lines: [number, number][] = [];
  for (let i = 0; i < file.lineNumbers.length; i++) lines.push([file.lineNumbers[i]!, file.lineHits[i]!]);
  return {
    path: file.path,
    linesFound: lines.length,
    linesHit: lines.filter(([, hits]) => hits > 0).length,
    lines,
    functions: file.functions.map((f) => [f.name, f.hits]),
    branches: file.branches.map((b) => [b.line, b.block, b.branch, b.hits]),
  };
}

/** lcov-parse's line found/hit come from the file's own LF/LH records, so comparing them checks our recount. */
function flatOracle(rec: OracleRecord): Flat {
  return {
    path: rec.file,
    linesFound: rec.lines.found,
    linesHit: rec.lines.hit,
    lines: rec.lines.details.map((d) => [d.line, d.hit]),
    functions: rec.functions.details.map((f) => [f.name, f.hit]),
    branches: rec.branches.details.map((b) => [b.line, String(b.block), String(b.branch), b.taken]),
  };
}

/**
 * Known, deliberate difference: lcov-parse turns BRDA taken "-" (the block never ran) into 0; we keep
 * null so "not executed" stays distinguishable from "executed, branch not taken". Both count it as not hit.
 */
function asOracleSeesIt(flat: Flat): Flat {
  return { ...flat, branches: flat.branches.map(([l, bl, br, hits]) => [l, bl, br, hits ?? 0]) };
}

function linesOf(report: CoverageReport, path: string): Map<number, number> {
  const file = report.files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in report`);
  return new Map(Array.from(file.lineNumbers, (line, i) => [line, file.lineHits[i]!]));
}

/** Parses `lcov --summary` text: "  lines......: 76.1% (35 of 46 lines)". */
function lcovSummary(
  text: string,
): Record<'lines' | 'functions' | 'branches', { covered: number; total: number }> {
  const pick = (metric: string) => {
    const m = new RegExp(`${metric}\\.*: [\\d.]+% \\((\\d+) of (\\d+) ${metric}\\)`).exec(text);
    if (!m) throw new Error(`no ${metric} in lcov summary:\n${text}`);
    return { covered: Number(m[1]), total: Number(m[2]) };
  };
  return { lines: pick('lines'), functions: pick('functions'), branches: pick('branches') };
}

function expectParseError(fn: () => unknown, line: number | undefined, message: RegExp): CoverageParseError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(CoverageParseError);
  const err = caught as CoverageParseError;
  expect(err.file).toBe('t.info');
  expect(err.line).toBe(line);
  expect(err.message).toMatch(message);
  return err;
}

/** Invariants every successful parse must keep, whatever the input. */
function expectWellFormed(report: CoverageReport): void {
  expect(report.format).toBe('lcov');
  for (const file of report.files) {
    expect(file.lineHits.length).toBe(file.lineNumbers.length);
    for (let i = 1; i < file.lineNumbers.length; i++)
      expect(file.lineNumbers[i]!).toBeGreaterThan(file.lineNumbers[i - 1]!);
    for (const hits of file.lineHits) expect(hits).toBeGreaterThanOrEqual(0);
  }
}

const REAL_FIXTURES = ['coverage.info', 'shard-a.info', 'shard-b.info', 'merged.info', 'node-test.info'];

/**
 * lcov-parse's found/hit are the file's own LF/LH; `lcov --capture` (1.16 on Debian) writes none, so
 * they are 0 there and only comparable for files that carry them.
 */
function withoutCounts(flat: Flat): Omit<Flat, 'linesFound' | 'linesHit'> {
  const { linesFound: _found, linesHit: _hit, ...rest } = flat;
  return rest;
}

describe('parseLcov against the lcov-parse oracle', () => {
  for (const name of REAL_FIXTURES) {
    it(`agrees record by record on ${name} (real tool output)`, () => {
      const data = fixture(name);
      const text = data.toString('utf8');
      const ours = parseLcov(data, name).files.map((f) => asOracleSeesIt(flatOurs(f)));
      const theirs = oracle(text).map(flatOracle);
      expect(ours.length).toBeGreaterThan(0);
      if (/^LF:/m.test(text)) expect(ours).toEqual(theirs);
      else expect(ours.map(withoutCounts)).toEqual(theirs.map(withoutCounts));
    });
  }

  it('keeps BRDA "-" as null exactly where the tracefile says "-" (lcov-parse reports 0)', () => {
    const text = fixture('coverage.info').toString('utf8');
    const dashes = [...text.matchAll(/^BRDA:(\d+),(\d+),(\d+),-$/gm)].length;
    expect(dashes).toBeGreaterThan(0);
    const ours = parseLcov(text, 'coverage.info').files;
    const theirs = oracle(text);
    let nulls = 0;
    ours.forEach((file, f) => {
      file.branches.forEach((br, i) => {
        if (br.hits !== null) return;
        nulls++;
        expect(theirs[f]!.branches.details[i]).toEqual({
          line: br.line,
          block: Number(br.block),
          branch: Number(br.branch),
          taken: 0,
        });
      });
    });
    expect(nulls).toBe(dashes);
  });

  // Where lcov-parse departs from the lcov format, these tests pin down both behaviours exactly.
  describe('documented differences from lcov-parse', () => {
    it('lcov 2.0 FN:<start>,<end>,<name>: lcov-parse takes the end line as the name and loses the FNDA', () => {
      const text = 'SF:a.c\nFN:3,9,main\nFNDA:4,main\nDA:3,4\nend_of_record\n';
      expect(parseLcov(text, 't.info').files[0]!.functions).toEqual([{ name: 'main', line: 3, hits: 4 }]);
      expect(oracle(text)[0]!.functions.details).toEqual([{ name: '9', line: 3 }]);
    });

    it('repeated DA for a line: lcov sums them (we do), lcov-parse lists both', () => {
      const text = 'SF:a.c\nDA:3,1\nDA:4,0\nDA:3,2\nend_of_record\n';
      expect([...linesOf(parseLcov(text, 't.info'), 'a.c')]).toEqual([
        [3, 3],
        [4, 0],
      ]);
      expect(oracle(text)[0]!.lines.details).toEqual([
        { line: 3, hit: 1 },
        { line: 4, hit: 0 },
        { line: 3, hit: 2 },
      ]);
    });

    it('one SF in two sections (two TN: tests): we merge by summing, lcov-parse returns two records', () => {
      const text =
        'TN:a\nSF:x.c\nFN:1,f\nFNDA:1,f\nDA:1,1\nDA:2,0\nBRDA:2,0,0,-\nend_of_record\n' +
        'TN:b\nSF:x.c\nFN:1,f\nFNDA:2,f\nDA:2,5\nDA:7,1\nBRDA:2,0,0,3\nend_of_record\n';
      const ours = parseLcov(text, 't.info');
      expect(ours.files).toHaveLength(1);
      expect(flatOurs(ours.files[0]!)).toEqual({
        path: 'x.c',
        linesFound: 3,
        linesHit: 3,
        lines: [
          [1, 1],
          [2, 5],
          [7, 1],
        ],
        functions: [['f', 3]],
        branches: [[2, '0', '0', 3]],
      });
      expect(oracle(text).map((r) => r.file)).toEqual(['x.c', 'x.c']);
    });

    it('a missing final end_of_record: we keep the section, lcov-parse drops it', () => {
      const text = 'SF:a.c\nDA:1,1\nend_of_record\nSF:b.c\nDA:2,0\n';
      expect(parseLcov(text, 't.info').files.map((f) => f.path)).toEqual(['a.c', 'b.c']);
      expect(oracle(text).map((r) => r.file)).toEqual(['a.c']);
      expect(() => oracle('SF:b.c\nDA:2,0\n')).toThrow('Failed to parse string');
    });

    it('function names with commas (demangled C++): lcov-parse cuts the name at the first comma', () => {
      const text = 'SF:a.cpp\nFN:5,max(int, int)\nFNDA:2,max(int, int)\nend_of_record\n';
      expect(parseLcov(text, 't.info').files[0]!.functions).toEqual([
        { name: 'max(int, int)', line: 5, hits: 2 },
      ]);
      expect(oracle(text)[0]!.functions.details).toEqual([{ name: 'max(int', line: 5, hit: 2 }]);
    });

    it('negative counts from broken tools: we clamp to 0, lcov-parse keeps them', () => {
      const text = 'SF:a.c\nDA:1,-1\nBRDA:1,0,0,-5\nend_of_record\n';
      const file = parseLcov(text, 't.info').files[0]!;
      expect([...file.lineHits]).toEqual([0]);
      expect(file.branches[0]!.hits).toBe(0);
      expect(oracle(text)[0]!.lines.details).toEqual([{ line: 1, hit: -1 }]);
    });

    it('stale LF/LH in the file: we recount from DA, lcov-parse repeats the file', () => {
      const text = 'SF:a.c\nDA:1,1\nDA:2,0\nLF:10\nLH:9\nend_of_record\n';
      const flat = flatOurs(parseLcov(text, 't.info').files[0]!);
      expect([flat.linesFound, flat.linesHit]).toEqual([2, 1]);
      expect(oracle(text)[0]!.lines).toMatchObject({ found: 10, hit: 9 });
    });

    it('lcov 2.x hand fixture: lcov-parse ignores FNL/FNA and reads block "e0" as NaN', () => {
      const text = fixture('hand/lcov2.info').toString('utf8');
      const ours = parseLcov(text, 'lcov2.info');
      const theirs = oracle(text);
      expect(theirs.map((r) => r.functions.details)).toEqual([[], []]);
      // Number() of "e0" and of a branch expression is NaN; "-" is 0 as above.
      expect(theirs[0]!.branches.details).toEqual([
        { line: 14, block: 0, branch: 0, taken: 5 },
        { line: 14, block: 0, branch: 1, taken: 0 },
        { line: 20, block: Number.NaN, branch: 0, taken: 1 },
        { line: 20, block: Number.NaN, branch: 1, taken: 0 },
        { line: 22, block: 0, branch: Number.NaN, taken: 3 },
      ]);
      // Lines (DA with checksums) agree.
      expect(ours.files.map((f) => flatOurs(f).lines)).toEqual(theirs.map((r) => flatOracle(r).lines));
    });
  });

  it('CRLF line endings, blank lines and unknown records parse the same as the clean file', () => {
    const clean = fixture('merged.info').toString('utf8');
    const messy = `\r\n${clean.replace(/\n/g, '\r\nXYZ:unknown record\r\n\r\n')}`;
    const expected = parseLcov(clean, 'clean');
    expect(parseLcov(messy, 'messy').files).toEqual(expected.files);
    expect(oracle(messy).map(flatOracle)).toEqual(expected.files.map((f) => asOracleSeesIt(flatOurs(f))));
  });
});

describe('parseLcov against lcov --summary (real fixtures from regenerate.sh)', () => {
  it('totals equal what lcov 1.16 prints for coverage.info', () => {
    const want = lcovSummary(fixture('expected-summary.txt').toString('utf8'));
    const totals = computeTotals(parseLcov(fixture('coverage.info'), 'coverage.info').files);
    for (const metric of ['lines', 'functions', 'branches'] as const) {
      expect({ metric, covered: totals[metric].covered, total: totals[metric].total }).toEqual({
        metric,
        ...want[metric],
      });
    }
  });

  it('the two matrix shards concatenated into one file merge like `lcov -a` (merged-summary.txt)', () => {
    const want = lcovSummary(fixture('merged-summary.txt').toString('utf8'));
    const both = Buffer.concat([fixture('shard-a.info'), fixture('shard-b.info')]);
    const ours = parseLcov(both, 'shards');
    const totals = computeTotals(ours.files);
    for (const metric of ['lines', 'functions', 'branches'] as const) {
      expect({ metric, covered: totals[metric].covered, total: totals[metric].total }).toEqual({
        metric,
        ...want[metric],
      });
    }
    // Beyond totals: every line, function and branch count equals lcov's own merged tracefile.
    const byPath = (r: CoverageReport) => r.files.map(flatOurs).sort((a, b) => a.path.localeCompare(b.path));
    const sortFns = (f: Flat) => ({ ...f, functions: [...f.functions].sort() });
    expect(byPath(ours).map(sortFns)).toEqual(
      byPath(parseLcov(fixture('merged.info'), 'merged.info')).map(sortFns),
    );
  });

  it('node-test.info totals equal its own LF/LH, FNF/FNH and BRF/BRH records', () => {
    const text = fixture('node-test.info').toString('utf8');
    const sum = (key: string) =>
      [...text.matchAll(new RegExp(`^${key}:(\\d+)$`, 'gm'))].reduce((s, m) => s + Number(m[1]), 0);
    const totals = computeTotals(parseLcov(text, 'node-test.info').files);
    expect([totals.lines.total, totals.lines.covered]).toEqual([sum('LF'), sum('LH')]);
    expect([totals.functions.total, totals.functions.covered]).toEqual([sum('FNF'), sum('FNH')]);
    expect([totals.branches.total, totals.branches.covered]).toEqual([sum('BRF'), sum('BRH')]);
  });
});

describe('parseLcov: lcov 2.x records', () => {
  it('reads VER, FNL/FNA (aliases of one index add up), BRDA exception blocks and DA checksums', () => {
    const report = parseLcov(fixture('hand/lcov2.info'), 'lcov2.info');
    expect(report.files.map((f) => f.path)).toEqual(['/src/app/parser.cpp', '/src/app/util.h']);
    const [parser, util] = report.files as [FileCoverage, FileCoverage];
    expect(parser.functions).toEqual([
      { name: 'int parse<int>(std::string const&)', line: 12, hits: 7 },
      { name: 'Parser::reset()', line: 40, hits: 0 },
    ]);
    expect(parser.branches).toEqual([
      { line: 14, block: '0', branch: '0', hits: 5 },
      { line: 14, block: '0', branch: '1', hits: 0 },
      { line: 20, block: 'e0', branch: '0', hits: 1 },
      { line: 20, block: 'e0', branch: '1', hits: null },
      { line: 22, block: '0', branch: '(x > 0) == True', hits: 3 },
    ]);
    expect([...linesOf(report, '/src/app/parser.cpp')]).toEqual([
      [12, 7],
      [14, 7],
      [20, 1],
      [22, 3],
      [40, 0],
    ]);
    expect(util.functions).toEqual([{ name: 'clamp(int)', line: 3, hits: 9 }]);
  });
});

describe('parseLcov: format details', () => {
  it('FNDA in a different order from FN (lcov 1.x writes FNDA in hash order) still matches by name', () => {
    const text =
      'SF:a.c\nFN:1,alpha\nFN:5,beta\nFN:9,gamma\nFNDA:3,gamma\nFNDA:0,alpha\nFNDA:7,beta\nend_of_record\n';
    expect(parseLcov(text, 't.info').files[0]!.functions).toEqual([
      { name: 'alpha', line: 1, hits: 0 },
      { name: 'beta', line: 5, hits: 7 },
      { name: 'gamma', line: 9, hits: 3 },
    ]);
  });

  it('repeated FN for one name in a section is one function (lcov keys functions by name)', () => {
    const text = 'SF:a.c\nFN:4,f\nFN:4,f\nFN:9,g\nFNDA:2,f\nFNDA:1,g\nFNDA:3,f\nend_of_record\n';
    expect(parseLcov(text, 't.info').files[0]!.functions).toEqual([
      { name: 'f', line: 4, hits: 5 },
      { name: 'g', line: 9, hits: 1 },
    ]);
  });

  it('consecutive DA for the same line are summed, not kept twice', () => {
    const file = parseLcov('SF:a.c\nDA:3,1\nDA:3,2\nDA:4,0\nend_of_record\n', 't.info').files[0]!;
    expect([...file.lineNumbers]).toEqual([3, 4]);
    expect([...file.lineHits]).toEqual([3, 0]);
  });

  it('many files and thousands of distinct names (slab and name-table growth) keep every count', () => {
    const files = 300;
    const perFile = 40;
    let text = '';
    for (let f = 0; f < files; f++) {
      text += `SF:src/f${f}.c\n`;
      for (let i = 0; i < perFile; i++) text += `FN:${i + 1},fn_${f}_${i}\n`;
      // FNDA in reverse order forces the lookup path instead of the in-order fast path.
      for (let i = perFile - 1; i >= 0; i--) text += `FNDA:${f * i},fn_${f}_${i}\n`;
      for (let i = 1; i <= perFile; i++) text += `DA:${i},${f + i}\n`;
      text += 'end_of_record\n';
    }
    const report = parseLcov(text, 't.info');
    expect(report.files).toHaveLength(files);
    report.files.forEach((file, f) => {
      expect(file.path).toBe(`src/f${f}.c`);
      expect([...file.lineNumbers]).toEqual(Array.from({ length: perFile }, (_, i) => i + 1));
      expect([...file.lineHits]).toEqual(Array.from({ length: perFile }, (_, i) => f + i + 1));
      expect(file.functions).toEqual(
        Array.from({ length: perFile }, (_, i) => ({ name: `fn_${f}_${i}`, line: i + 1, hits: f * i })),
      );
    });
  });

  it('FNDA without FN keeps the count with line 0', () => {
    const text = 'SF:a.c\nFNDA:2,lonely\nend_of_record\n';
    expect(parseLcov(text, 't.info').files[0]!.functions).toEqual([{ name: 'lonely', line: 0, hits: 2 }]);
  });

  it('DA out of order is sorted; repeated BRDA is summed', () => {
    const text =
      'SF:a.c\nDA:9,1\nDA:2,4\nDA:5,0\nBRDA:5,0,0,1\nBRDA:2,0,0,-\nBRDA:5,0,0,2\nBRDA:2,0,0,-\nend_of_record\n';
    const file = parseLcov(text, 't.info').files[0]!;
    expect([...file.lineNumbers]).toEqual([2, 5, 9]);
    expect([...file.lineHits]).toEqual([4, 0, 1]);
    expect(file.branches).toEqual([
      { line: 5, block: '0', branch: '0', hits: 3 },
      { line: 2, block: '0', branch: '0', hits: null },
    ]);
  });

  it('huge counts survive as numbers; a leading byte-order mark and leading blanks are skipped', () => {
    const text = '\uFEFFTN:\n  SF:a.c\nDA:1,18446744073709551615\nDA:2,1.5e3\nend_of_record\n';
    expect([...parseLcov(text, 't.info').files[0]!.lineHits]).toEqual([Number(18446744073709551615n), 1500]);
  });

  it('a section without end_of_record is closed by the next SF', () => {
    const report = parseLcov('SF:a.c\nDA:1,1\nSF:b.c\nDA:1,0\nend_of_record\n', 't.info');
    expect(report.files.map((f) => [f.path, [...f.lineNumbers]])).toEqual([
      ['a.c', [1]],
      ['b.c', [1]],
    ]);
  });

  it('accepts Buffer and string input alike, including UTF-8 paths and names', () => {
    const text = 'SF:/src/é/ñ.c\nFN:1,grüß\nFNDA:1,grüß\nDA:1,1\nend_of_record\n';
    const fromString = parseLcov(text, 't.info');
    expect(parseLcov(Buffer.from(text), 't.info')).toEqual(fromString);
    expect(fromString.files[0]!.path).toBe('/src/é/ñ.c');
    expect(fromString.files[0]!.functions[0]!.name).toBe('grüß');
  });
});

describe('parseLcov errors', () => {
  it('names the file and 1-based line of a non-numeric line number in DA, BRDA and FN', () => {
    expectParseError(
      () => parseLcov('SF:a.c\nDA:1,1\nDA:x,1\n', 't.info'),
      3,
      /DA: line number is not a number/,
    );
    expectParseError(() => parseLcov('TN:\nSF:a.c\nBRDA:1a,0,0,1\n', 't.info'), 3, /BRDA: line number/);
    expectParseError(
      () => parseLcov('SF:a.c\r\n\r\nFN:,main\r\n', 't.info'),
      3,
      /FN: line number.*"FN:,main"/,
    );
  });

  it('rejects non-numeric counts and malformed BRDA', () => {
    expectParseError(
      () => parseLcov('SF:a.c\nDA:1,lots\n', 't.info'),
      2,
      /DA: execution count is not a number/,
    );
    expectParseError(() => parseLcov('SF:a.c\nBRDA:1,0,0\n', 't.info'), 2, /BRDA: expected/);
    expectParseError(() => parseLcov('SF:a.c\nBRDA:1,0,0,x\n', 't.info'), 2, /BRDA: execution count/);
  });

  it('rejects data records outside an SF section', () => {
    expectParseError(() => parseLcov('TN:\nDA:1,1\n', 't.info'), 2, /DA: record before any SF: record/);
    expectParseError(
      () => parseLcov('SF:a.c\nend_of_record\nFNDA:1,f\n', 't.info'),
      3,
      /FNDA: record after end_of_record and before the next SF: record/,
    );
  });

  it('rejects input without any SF record, wrong formats and binary data', () => {
    const noSf = /no SF: records; is this an lcov file\?/;
    expectParseError(() => parseLcov('', 't.info'), undefined, noSf);
    expectParseError(() => parseLcov('\n\n  \n', 't.info'), undefined, noSf);
    expectParseError(() => parseLcov('{"total": {"lines": {"pct": 80}}}\n', 't.info'), undefined, noSf);
    expectParseError(
      () => parseLcov('<?xml version="1.0"?>\n<coverage line-rate="0.5"/>\n', 't.info'),
      undefined,
      noSf,
    );
    expectParseError(() => parseLcov('mode: set\na.go:1.1,2.2 1 1\n', 't.info'), undefined, noSf);
    expectParseError(
      () => parseLcov(Buffer.from([0x53, 0x46, 0x3a, 0x61, 0x0a, 0x00, 0xff]), 't.info'),
      2,
      /binary data/,
    );
  });
});

describe('parseLcov robustness (property tests)', () => {
  const outcome = (data: Buffer | string): 'ok' | 'error' => {
    try {
      expectWellFormed(parseLcov(data, 't.info'));
      return 'ok';
    } catch (err) {
      if (err instanceof CoverageParseError) return 'error';
      throw err;
    }
  };

  it('every prefix of a real fixture parses or fails with CoverageParseError; a prefix never adds data', () => {
    const full = fixture('coverage.info');
    const fullTotals = computeTotals(parseLcov(full, 'full').files);
    for (let end = 0; end <= full.length; end++) {
      const prefix = full.subarray(0, end);
      if (outcome(prefix) === 'error') continue;
      // Tolerated: a truncated last section is kept as far as it goes (lcov's reader does the same).
      const totals = computeTotals(parseLcov(prefix, 't.info').files);
      expect(totals.lines.total).toBeLessThanOrEqual(fullTotals.lines.total);
      expect(totals.branches.total).toBeLessThanOrEqual(fullTotals.branches.total);
    }
  });

  it('random text and random bytes end in a report or CoverageParseError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        outcome(s);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        outcome(Buffer.from(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('random sequences of lcov-like lines end in a report or CoverageParseError', () => {
    const field = fc.oneof(
      fc.nat(2000).map(String),
      fc.constantFrom('-', '', 'x', 'e1', '-3', '1e3', ' 4', '9'.repeat(30)),
    );
    const line = fc.oneof(
      fc.constantFrom('SF:a.c', 'SF:b.c', 'end_of_record', 'TN:t', 'VER:1', '', 'LF:3', 'FNF:1'),
      fc
        .tuple(
          fc.constantFrom('DA', 'FN', 'FNDA', 'BRDA', 'FNL', 'FNA', 'XX'),
          fc.array(field, { maxLength: 5 }),
        )
        .map(([kind, fields]) => `${kind}:${fields.join(',')}`),
    );
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, eol), { maxLength: 40 }), (lines) => {
        outcome(lines.map(([l, e]) => l + e).join(''));
      }),
      { numRuns: 1000 },
    );
  });

  it('a 50 MB line without a newline fails fast without copying it', () => {
    const huge = Buffer.alloc(50 * 1024 * 1024, 0x41);
    const before = process.memoryUsage();
    const started = performance.now();
    expectParseError(() => parseLcov(huge, 't.info'), undefined, /no SF: records/);
    const digits = Buffer.concat([Buffer.from('SF:a.c\nDA:'), huge.fill(0x37)]);
    expectParseError(() => parseLcov(digits, 't.info'), 2, /DA: line number is out of range/);
    expect(performance.now() - started).toBeLessThan(5000);
    const after = process.memoryUsage();
    // The concat above is the only large allocation; the parser itself must not add another input-sized one.
    expect(after.heapUsed - before.heapUsed).toBeLessThan(20 * 1024 * 1024);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(
      huge.length + digits.length + 20 * 1024 * 1024,
    );
  });
});

describe('LcovChunkParser', () => {
  const inChunks = (data: Buffer, cuts: number[]) => {
    const parser = new LcovChunkParser('t.info');
    // One reused buffer for every chunk, as a file reader would do: the parser must copy what it keeps.
    const scratch = Buffer.alloc(data.length);
    let from = 0;
    for (const cut of [...cuts.sort((a, b) => a - b), data.length]) {
      const n = data.copy(scratch, 0, from, cut);
      parser.write(scratch.subarray(0, n));
      scratch.fill(0x5a);
      from = cut;
    }
    return parser.end();
  };
  const settle = (fn: () => CoverageReport) => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof CoverageParseError) return err.message;
      throw err;
    }
  };

  it('gives the same result as parseLcov wherever the chunks split the input', () => {
    const inputs = [...REAL_FIXTURES, 'hand/lcov2.info'].map(fixture);
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.array(fc.nat(), { maxLength: 12 }), (data, raw) => {
        const cuts = raw.map((x) => x % (data.length + 1));
        expect(inChunks(data, cuts)).toEqual(parseLcov(data, 't.info'));
      }),
      { numRuns: 300 },
    );
  });

  it('every single split point of a fixture, including inside CRLF and names', () => {
    const data = Buffer.from(fixture('merged.info').toString('utf8').replace(/\n/g, '\r\n'));
    const whole = parseLcov(data, 't.info');
    for (let cut = 0; cut <= data.length; cut++) expect(inChunks(data, [cut])).toEqual(whole);
  });

  it('reports errors with the same line numbers as parseLcov', () => {
    const data = Buffer.from('TN:\nSF:a.c\nDA:1,1\nDA:2,1\nDA:x,1\nend_of_record\n');
    const message = settle(() => parseLcov(data, 't.info'));
    expect(message).toMatch(/^t\.info:5: DA: line number is not a number/);
    for (let cut = 0; cut <= data.length; cut++) expect(settle(() => inChunks(data, [cut]))).toBe(message);
    const binary = Buffer.concat([data.subarray(0, 12), Buffer.from([0])]);
    expect(settle(() => inChunks(binary, [5, 9]))).toBe(settle(() => parseLcov(binary, 't.info')));
  });
});

describe('looksLikeLcov', () => {
  it('recognises real tracefiles', () => {
    for (const name of [...REAL_FIXTURES, 'hand/lcov2.info']) {
      expect(looksLikeLcov(fixture(name).toString('utf8').slice(0, 512))).toBe(true);
    }
    expect(looksLikeLcov('\n\r\n  SF:/a.c\r\nDA:1,1\r\n')).toBe(true);
  });

  it('rejects other coverage formats and empty input', () => {
    expect(looksLikeLcov('')).toBe(false);
    expect(looksLikeLcov('{"/a.js": {"path": "/a.js"}}')).toBe(false);
    expect(looksLikeLcov('<?xml version="1.0" ?>\n<coverage>')).toBe(false);
    expect(looksLikeLcov('mode: atomic\nexample.com/a.go:3.2,4.3 1 0\n')).toBe(false);
    expect(looksLikeLcov('DA:1,1\nDA:2,1\n')).toBe(false);
  });
});
