import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createCoverageMap } from 'istanbul-lib-coverage';
import { describe, expect, it } from 'vitest';
import { CoverageParseError, type FileCoverage, type Metric } from '../model.js';
import { computeTotals } from '../totals.js';
import { parseIstanbulFinal, parseIstanbulSummary } from './istanbul.js';

const DIR = join(import.meta.dirname, '../../../test/fixtures/coverage/istanbul');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');
const FINAL_FIXTURES = ['coverage-final.json', 'nyc-style.json'];
const METRICS: Metric[] = ['lines', 'statements', 'functions', 'branches'];

/** istanbul-lib-coverage's own summary, the figures nyc, jest and vitest print. */
function oracle(json: string): Record<Metric, { covered: number; total: number }> {
  const summary = createCoverageMap(JSON.parse(json)).getCoverageSummary();
  return Object.fromEntries(
    METRICS.map((m) => [m, { covered: summary[m].covered, total: summary[m].total }]),
  ) as Record<Metric, { covered: number; total: number }>;
}

function ours(files: FileCoverage[]): Record<Metric, { covered: number; total: number }> {
  const totals = computeTotals(files);
  return Object.fromEntries(
    METRICS.map((m) => [m, { covered: totals[m].covered, total: totals[m].total }]),
  ) as Record<Metric, { covered: number; total: number }>;
}

function expectParseError(run: () => unknown, pattern?: RegExp): CoverageParseError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(CoverageParseError);
    if (pattern) expect((err as Error).message).toMatch(pattern);
    return err as CoverageParseError;
  }
  throw new Error('expected a CoverageParseError');
}

describe('parseIstanbulFinal', () => {
  for (const name of FINAL_FIXTURES) {
    it(`${name}: totals equal istanbul-lib-coverage's summary`, () => {
      const json = fixture(name);
      const report = parseIstanbulFinal(json, name);
      expect(report.format).toBe('istanbul');
      expect(ours(report.files)).toEqual(oracle(json));
    });

    it(`${name}: per-file lines equal istanbul-lib-coverage's getLineCoverage()`, () => {
      const json = fixture(name);
      const map = createCoverageMap(JSON.parse(json));
      const report = parseIstanbulFinal(json, name);
      expect(report.files.map((f) => f.path).sort()).toEqual(map.files().sort());
      for (const file of report.files) {
        const expected = Object.entries(map.fileCoverageFor(file.path).getLineCoverage()).map(([l, h]) => [
          Number(l),
          h,
        ]);
        expect([...file.lineNumbers].map((l, i) => [l, file.lineHits[i]])).toEqual(expected);
      }
    });
  }

  it('reads functions and branches with their lines (nyc-style.json, read by hand)', () => {
    const [a] = parseIstanbulFinal(fixture('nyc-style.json'), 'nyc-style.json').files;
    expect(a!.functions).toEqual([
      { name: 'run', line: 2, hits: 4 },
      { name: '(anonymous_1)', line: 6, hits: 0 },
    ]);
    // Branch 1 has no "line" of its own, so it sits where its location starts.
    expect(a!.branches.map((b) => [b.line, b.block, b.branch, b.hits])).toEqual([
      [5, '0', '0', 0],
      [5, '0', '1', 4],
      [3, '1', '0', 4],
      [3, '1', '1', 2],
      [3, '1', '2', 0],
    ]);
  });

  it('matches istanbul-lib-coverage on generated coverage objects', () => {
    const loc = fc
      .record({ line: fc.integer({ min: 1, max: 40 }), column: fc.nat({ max: 80 }) })
      .map((start) => ({ start, end: { line: start.line, column: start.column + 1 } }));
    const hits = fc.oneof(fc.constant(0), fc.nat({ max: 5 }));
    const fileCov = fc
      .record({
        statements: fc.array(fc.tuple(loc, hits), { maxLength: 15 }),
        fns: fc.array(fc.tuple(loc, hits), { maxLength: 5 }),
        branches: fc.array(fc.tuple(loc, fc.array(hits, { minLength: 1, maxLength: 4 })), { maxLength: 5 }),
      })
      .map(({ statements, fns, branches }) => ({
        statementMap: Object.fromEntries(statements.map(([l], i) => [i, l])),
        s: Object.fromEntries(statements.map(([, h], i) => [i, h])),
        fnMap: Object.fromEntries(
          fns.map(([l], i) => [i, { name: `f${i}`, decl: l, loc: l, line: l.start.line }]),
        ),
        f: Object.fromEntries(fns.map(([, h], i) => [i, h])),
        branchMap: Object.fromEntries(
          branches.map(([l, hs], i) => [
            i,
            { loc: l, type: 'if', locations: hs.map(() => l), line: l.start.line },
          ]),
        ),
        b: Object.fromEntries(branches.map(([, hs], i) => [i, hs])),
      }));
    fc.assert(
      fc.property(fc.array(fileCov, { maxLength: 4 }), (covs) => {
        const json = JSON.stringify(
          Object.fromEntries(covs.map((c, i) => [`/src/f${i}.js`, { path: `/src/f${i}.js`, ...c }])),
        );
        expect(ours(parseIstanbulFinal(json, 'gen.json').files)).toEqual(oracle(json));
      }),
      { numRuns: 200 },
    );
  });

  it('names the source and the offending entry', () => {
    expect(
      expectParseError(() => parseIstanbulFinal('{"a": 1,\n"b": ', 'final.json'), /not valid JSON/).line,
    ).toBe(2);
    expectParseError(
      () => parseIstanbulFinal('[]', 'final.json'),
      /expected a JSON object keyed by file.*an array/,
    );
    expectParseError(
      () => parseIstanbulFinal('{"x.js": {"s": {}}}', 'final.json'),
      /file "x\.js" has no "statementMap"/,
    );
    expectParseError(
      () =>
        parseIstanbulFinal(
          '{"x.js": {"statementMap": {"0": {"start": {"line": 1}}}, "s": {"0": -1}}}',
          'f.json',
        ),
      /^f\.json: file "x\.js" s\["0"\] is -1, expected a count/,
    );
    expectParseError(
      () => parseIstanbulFinal('{"x.js": {"statementMap": {"0": {}}, "s": {"0": 1}}}', 'f.json'),
      /statement 0 has no start line/,
    );
    expectParseError(
      () => parseIstanbulFinal('{"x.js": {"statementMap": {}, "s": {}, "b": {"0": 3}}}', 'f.json'),
      /b\["0"\] is not an array/,
    );
  });
});

describe('parseIstanbulSummary', () => {
  it('coverage-summary.json: totals equal istanbul-lib-coverage over the same run', () => {
    const report = parseIstanbulSummary(fixture('coverage-summary.json'), 'coverage-summary.json');
    expect(report.format).toBe('istanbul-summary');
    expect(report.files.map((f) => f.path)).not.toContain('total');
    expect(ours(report.files)).toEqual(oracle(fixture('coverage-final.json')));
  });

  it('keeps per-file counters as they are written', () => {
    const json = fixture('coverage-summary.json');
    const raw = JSON.parse(json) as Record<string, Record<Metric, { covered: number; total: number }>>;
    for (const file of parseIstanbulSummary(json, 's.json').files) {
      for (const m of METRICS) {
        expect(file.summary![m]).toEqual({
          covered: raw[file.path]![m].covered,
          total: raw[file.path]![m].total,
        });
      }
    }
  });

  it('refuses a total that disagrees with the files', () => {
    const raw = JSON.parse(fixture('coverage-summary.json'));
    raw.total.lines.covered += 1;
    expectParseError(() => parseIstanbulSummary(JSON.stringify(raw), 's.json'), /"total" says lines/);
  });

  it('refuses malformed counters', () => {
    expectParseError(
      () => parseIstanbulSummary('{"a.js": {"lines": {"total": 2, "covered": 3}}}', 's.json'),
      /covered 3 of total 2/,
    );
    expectParseError(
      () => parseIstanbulSummary('{"a.js": {"lines": {"total": "2", "covered": 1}}}', 's.json'),
      /lines\.total/,
    );
    expectParseError(() => parseIstanbulSummary('{"a.js": 5}', 's.json'), /file "a\.js" is not an object/);
    expectParseError(() => parseIstanbulSummary('null', 's.json'), /got null/);
  });
});

describe('istanbul parsers never throw anything but CoverageParseError', () => {
  const inputs = [
    fixture('coverage-final.json'),
    fixture('nyc-style.json'),
    fixture('coverage-summary.json'),
  ];

  function parsesOrRefuses(text: string): void {
    for (const parse of [parseIstanbulFinal, parseIstanbulSummary]) {
      try {
        parse(text, 'fuzz.json');
      } catch (err) {
        if (!(err instanceof CoverageParseError)) throw err;
      }
    }
  }

  it('on every prefix of the fixtures', () => {
    for (const text of inputs)
      for (let cut = 0; cut <= text.length; cut += 3) parsesOrRefuses(text.slice(0, cut));
  });

  it('on random JSON values and random text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => parsesOrRefuses(JSON.stringify(v))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.dictionary(
            fc.constantFrom(
              'statementMap',
              's',
              'fnMap',
              'f',
              'branchMap',
              'b',
              'lines',
              'total',
              'covered',
              'path',
            ),
            fc.jsonValue({ maxDepth: 3 }),
          ),
        ),
        (v) => parsesOrRefuses(JSON.stringify(v)),
      ),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string(), parsesOrRefuses), { numRuns: 200 });
  });

  it('on binary data, deep nesting, a huge line and other formats', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) =>
        parsesOrRefuses(Buffer.from(bytes).toString('latin1')),
      ),
      { numRuns: 200 },
    );
    parsesOrRefuses(`{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    parsesOrRefuses(`{"a":${'{"b":'.repeat(100_000)}1${'}'.repeat(100_000)}}`);
    parsesOrRefuses(`{"${'x'.repeat(1_000_000)}": 1}`);
    parsesOrRefuses('mode: set\na.go:1.1,1.2 1 1\n');
    parsesOrRefuses('<?xml version="1.0"?><coverage/>');
  });
});
