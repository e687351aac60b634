import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoverageParseError, type FileCoverage } from '../model.js';
import { computeTotals } from '../totals.js';
import { MAX_GO_LINE, parseGoCoverprofile } from './go.js';

const DIR = join(import.meta.dirname, '../../../test/fixtures/coverage/go');
const PROFILES = ['set', 'count', 'atomic', 'coverpkg'] as const;
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** The percentage on `go tool cover -func`'s last line, "total: (statements) NN.N%". */
function toolTotal(funcOutput: string): number {
  const m = /^total:\s+\(statements\)\s+([\d.]+)%\s*$/m.exec(funcOutput);
  if (!m) throw new Error('no total line in go tool cover -func output');
  return Number(m[1]);
}

function linesOf(file: FileCoverage): Map<number, number> {
  return new Map([...file.lineNumbers].map((line, i) => [line, file.lineHits[i]!]));
}

function byPath(files: FileCoverage[], path: string): FileCoverage {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in ${files.map((f) => f.path).join(', ')}`);
  return file;
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

describe('parseGoCoverprofile on real go test profiles', () => {
  for (const profile of PROFILES) {
    it(`${profile}: statement total equals go tool cover -func`, () => {
      const report = parseGoCoverprofile(fixture(`${profile}.out`), `${profile}.out`);
      expect(report.format).toBe('go');
      const { statements } = computeTotals(report.files);
      const ours = (100 * statements.covered) / statements.total;
      expect(Math.abs(ours - toolTotal(fixture(`${profile}.func.txt`)))).toBeLessThanOrEqual(0.05 + 1e-9);
    });

    it(`${profile}: per-file statement coverage equals go tool cover -func over that file`, () => {
      const report = parseGoCoverprofile(fixture(`${profile}.out`), `${profile}.out`);
      const rows = fixture(`${profile}.files.txt`).trim().split('\n');
      expect(report.files.map((f) => f.path).sort()).toEqual(rows.map((r) => r.split(' ')[0]).sort());
      for (const row of rows) {
        const [path, pct] = row.split(' ') as [string, string];
        const { covered, total } = byPath(report.files, path).statements!;
        expect(Math.abs((100 * covered) / total - Number.parseFloat(pct))).toBeLessThanOrEqual(0.05 + 1e-9);
      }
    });
  }

  it('gives each line the highest count of the blocks spanning it (count mode)', () => {
    const report = parseGoCoverprofile(fixture('count.out'), 'count.out');
    const pricing = linesOf(byPath(report.files, 'example.com/shop/api/pricing/pricing.go'));
    // Read off count.out: 21.40,22.13 ran 4 times and 22.13,24.3 once; line 22 ran 4 times, not 5.
    expect(pricing.get(22)).toBe(4);
    expect(pricing.get(23)).toBe(1);
    expect(pricing.get(12)).toBe(0);
    expect(pricing.get(14)).toBe(3);
    expect(pricing.get(17)).toBe(0);
    // Lines between blocks (comments, the closing brace of the switch) are not executable.
    expect(pricing.has(16)).toBe(false);
    expect(pricing.has(19)).toBe(false);
    const cart = linesOf(byPath(report.files, 'example.com/shop/api/cart/cart.go'));
    expect(cart.get(41)).toBe(0);
    expect(cart.get(20)).toBe(1);
  });

  it('adds the counts of a block repeated by -coverpkg and counts its statements once', () => {
    const report = parseGoCoverprofile(fixture('coverpkg.out'), 'coverpkg.out');
    const pricing = byPath(report.files, 'example.com/shop/api/pricing/pricing.go');
    // 10.28,11.9 ran 2 times in cart's test binary and 3 times in pricing's.
    expect(linesOf(pricing).get(10)).toBe(5);
    // 17.2,17.10 ran only under cart's tests; merged, it is covered.
    expect(linesOf(pricing).get(17)).toBe(1);
    expect(pricing.statements!.total).toBe(11);
  });

  it('strips the module path when given one, and keeps other import paths', () => {
    const profile = `${fixture('set.out')}other.org/lib/x.go:1.1,2.2 1 1\n`;
    const report = parseGoCoverprofile(profile, 'set.out', { modulePath: 'example.com/shop/api' });
    expect(report.files.map((f) => f.path).sort()).toEqual([
      'cart/cart.go',
      'other.org/lib/x.go',
      'pricing/pricing.go',
    ]);
    // A module path that is only a string prefix of a segment must not be stripped.
    const near = parseGoCoverprofile('mode: set\nexample.com/shopx/a.go:1.1,1.5 1 1\n', 'p', {
      modulePath: 'example.com/shop',
    });
    expect(near.files[0]!.path).toBe('example.com/shopx/a.go');
  });
});

describe('parseGoCoverprofile rules', () => {
  it('ors counts of a repeated block in set mode and sums them in count and atomic mode', () => {
    const body = 'a.go:1.1,1.9 2 1\na.go:1.1,1.9 2 1\n';
    expect(parseGoCoverprofile(`mode: set\n${body}`, 'p').files[0]!.lineHits[0]).toBe(1);
    expect(parseGoCoverprofile(`mode: count\n${body}`, 'p').files[0]!.lineHits[0]).toBe(2);
    expect(parseGoCoverprofile(`mode: atomic\n${body}`, 'p').files[0]!.statements).toEqual({
      covered: 2,
      total: 2,
    });
  });

  it('does not make lines executable for blocks without statements', () => {
    const file = parseGoCoverprofile('mode: set\na.go:3.1,5.2 0 0\na.go:7.1,7.9 1 0\n', 'p').files[0]!;
    expect([...file.lineNumbers]).toEqual([7]);
  });

  it('accepts CRLF, blank lines and a repeated identical header', () => {
    const report = parseGoCoverprofile(
      'mode: count\r\na.go:1.1,1.9 1 1\r\n\r\nmode: count\r\nb.go:1.1,1.9 1 0\r\n',
      'p',
    );
    expect(report.files.map((f) => f.path)).toEqual(['a.go', 'b.go']);
  });

  it('keeps Windows-style paths with a drive colon', () => {
    const report = parseGoCoverprofile('mode: set\nC:/src/a.go:1.1,1.9 1 1\n', 'p');
    expect(report.files[0]!.path).toBe('C:/src/a.go');
  });

  it('names the file and line of each problem', () => {
    expect(expectParseError(() => parseGoCoverprofile('', 'c.out'), /mode: set\|count\|atomic/).line).toBe(1);
    expect(expectParseError(() => parseGoCoverprofile('a.go:1.1,1.9 1 1\n', 'c.out')).message).toMatch(
      /^c\.out:1: /,
    );
    expect(
      expectParseError(() => parseGoCoverprofile('mode: fast\n', 'c.out'), /unknown cover mode "fast"/).line,
    ).toBe(1);
    const bad = expectParseError(() =>
      parseGoCoverprofile('mode: set\na.go:1.1,1.9 1 1\nnot a block\n', 'c.out'),
    );
    expect(bad.line).toBe(3);
    expect(bad.file).toBe('c.out');
    expectParseError(() => parseGoCoverprofile('mode: set\nmode: count\n', 'c.out'), /differs/);
    expectParseError(
      () => parseGoCoverprofile('mode: set\na.go:5.1,4.1 1 1\n', 'c.out'),
      /ends before it starts/,
    );
    expectParseError(
      () => parseGoCoverprofile('mode: set\na.go:1.1,1.9 1 1\na.go:1.1,1.9 2 1\n', 'c.out'),
      /statements/,
    );
    expectParseError(
      () => parseGoCoverprofile(`mode: set\na.go:1.1,${MAX_GO_LINE + 1}.1 1 1\n`, 'c.out'),
      /beyond/,
    );
  });

  it('stays linear when many blocks span the same long range', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `a.go:1.${i + 1},200000.1 1 ${i}`);
    const started = performance.now();
    const file = parseGoCoverprofile(`mode: count\n${rows.join('\n')}\n`, 'p').files[0]!;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(file.lineNumbers.length).toBe(200000);
    expect(file.lineHits[100]).toBe(1999);
  });
});

describe('parseGoCoverprofile never throws anything but CoverageParseError', () => {
  const real = fixture('coverpkg.out');

  function parsesOrRefuses(text: string): void {
    try {
      parseGoCoverprofile(text, 'fuzz.out');
    } catch (err) {
      if (!(err instanceof CoverageParseError)) throw err;
    }
  }

  it('on every prefix of a real profile', () => {
    for (let cut = 0; cut <= real.length; cut += 7) parsesOrRefuses(real.slice(0, cut));
  });

  it('on random text and random block-like lines', () => {
    const blockish = fc
      .tuple(fc.string({ maxLength: 8 }), fc.array(fc.nat({ max: 30 }), { minLength: 6, maxLength: 6 }))
      .map(([f, [a, b, c, d, e, g]]) => `${f}.go:${a}.${b},${c}.${d} ${e} ${g}`);
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('mode: set', 'mode: count', 'mode: atomic'), fc.string()),
        fc.array(fc.oneof(blockish, fc.string(), fc.constant('mode: set')), { maxLength: 20 }),
        (head, rows) => parsesOrRefuses([head, ...rows].join('\n')),
      ),
      { numRuns: 300 },
    );
  });

  it('on binary data, a huge single line and other formats', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) =>
        parsesOrRefuses(Buffer.from(bytes).toString('utf8')),
      ),
      { numRuns: 200 },
    );
    parsesOrRefuses(`mode: set\n${'x'.repeat(2_000_000)}`);
    parsesOrRefuses(`mode: set\n${':1'.repeat(500_000)}.1,1.1 1 1`);
    parsesOrRefuses('TN:\nSF:a.c\nDA:1,1\nend_of_record\n');
    parsesOrRefuses('{"a.js":{"statementMap":{}}}');
    parsesOrRefuses('<?xml version="1.0"?><coverage/>');
  });
});
