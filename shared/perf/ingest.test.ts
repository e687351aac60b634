import { describe, expect, it } from 'vitest';
import { normalDraw, seededRandom } from '../stats/random.js';
import { compareSamples, mergeSamples, parseBenchJson, parseGoBench } from './ingest.js';

/** `go test -bench -count=n` output with the given ns/op mean and multiplicative noise. */
function goOutput(nsPerOp: number, count: number, seed: number): string {
  const random = seededRandom(seed);
  const lines = ['goos: linux', 'goarch: amd64', 'pkg: example.com/shop', 'cpu: Test CPU'];
  for (let i = 0; i < count; i++) {
    const ns = nsPerOp * Math.exp(0.02 * normalDraw(random));
    lines.push(
      `BenchmarkParse-8   \t 1000000\t      ${ns.toFixed(1)} ns/op\t      48 B/op\t       1 allocs/op`,
    );
    lines.push(
      `BenchmarkRender-8  \t  500000\t      ${(2 * nsPerOp * Math.exp(0.02 * normalDraw(random))).toFixed(1)} ns/op\t  52.10 MB/s`,
    );
  }
  lines.push('PASS', 'ok  \texample.com/shop\t3.2s');
  return lines.join('\n');
}

describe('parseGoBench', () => {
  it('reads every value/unit pair and drops the GOMAXPROCS suffix', () => {
    const samples = parseGoBench(goOutput(1000, 3, 1), 'base.txt');
    expect([...samples.keys()].sort()).toEqual([
      'BenchmarkParse B/op',
      'BenchmarkParse allocs/op',
      'BenchmarkParse ns/op',
      'BenchmarkRender MB/s',
      'BenchmarkRender ns/op',
    ]);
    expect(samples.get('BenchmarkParse ns/op')?.values).toHaveLength(3);
    expect(samples.get('BenchmarkRender MB/s')?.better).toBe('higher');
  });

  it('names file and line of a damaged result line', () => {
    expect(() => parseGoBench('BenchmarkX-8 100 12 ns/op 7\n', 'head.txt')).toThrow(
      "head.txt:1: expected '<value> <unit>' pairs",
    );
    expect(() => parseGoBench('goos: linux\nPASS\n', 'head.txt')).toThrow(
      "head.txt: no 'Benchmark…' result lines",
    );
  });
});

describe('compareSamples (rank test, like benchstat)', () => {
  it('finds a 20% slower Parse with -count=10 and leaves identical benchmarks alone', () => {
    const base = parseGoBench(goOutput(1000, 10, 1), 'base.txt');
    const head = parseGoBench(goOutput(1200, 10, 2), 'head.txt');
    const { metrics } = compareSamples(base, head, { threshold: 0.05, level: 0.95 });
    const parse = metrics.find((m) => m.key === 'BenchmarkParse ns/op');
    expect(parse?.verdict).toBe('regression');
    expect(parse?.changePct).toBeGreaterThan(15);
    expect(parse?.pValue).toBeLessThan(0.001);
    // B/op and allocs/op are identical on both sides: ties everywhere, no change.
    expect(metrics.find((m) => m.key === 'BenchmarkParse allocs/op')?.verdict).toBe('no-change');
  });

  it('never calls the same distribution a regression', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { metrics } = compareSamples(
        parseGoBench(goOutput(1000, 10, seed), 'a'),
        parseGoBench(goOutput(1000, 10, seed + 100), 'b'),
        {
          threshold: 0.05,
          level: 0.95,
        },
      );
      expect(metrics.map((m) => m.verdict)).not.toContain('regression');
    }
  });

  it('compares values of 0 (allocs/op) by rank: 0 → 0 is no change, 0 → 1 everywhere a regression', () => {
    const go = (allocs: number[]) =>
      allocs.map((a, i) => `BenchmarkA-2  100  ${1000 + i} ns/op  ${a} allocs/op`).join('\n');
    const same = compareSamples(
      parseGoBench(go([0, 0, 0, 0, 0, 0]), 'a'),
      parseGoBench(go([0, 0, 0, 0, 0, 0]), 'b'),
      { threshold: 0.05, level: 0.95 },
    );
    expect(same.metrics.find((m) => m.unit === 'allocs/op')?.verdict).toBe('no-change');
    const more = compareSamples(
      parseGoBench(go([0, 0, 0, 0, 0, 0]), 'a'),
      parseGoBench(go([1, 1, 1, 1, 1, 1]), 'b'),
      { threshold: 0.05, level: 0.95 },
    );
    const allocs = more.metrics.find((m) => m.unit === 'allocs/op');
    expect(allocs?.verdict).toBe('regression');
    expect(allocs?.changePct).toBe(Number.POSITIVE_INFINITY);
  });

  it('says when -count is too small for any interval', () => {
    const { metrics } = compareSamples(
      parseGoBench(goOutput(1000, 2, 1), 'a'),
      parseGoBench(goOutput(2000, 2, 2), 'b'),
      {
        threshold: 0.05,
        level: 0.95,
      },
    );
    expect(metrics[0]?.verdict).toBe('inconclusive');
    expect(metrics[0]?.reason).toMatch(/higher -count/);
  });
});

describe('parseBenchJson (github-action-benchmark format)', () => {
  it('treats repeated names as samples and honours bigger-is-better', () => {
    const runs = (v: number[]) => JSON.stringify(v.map((value) => ({ name: 'req/s', unit: 'ops/s', value })));
    const base = mergeSamples([parseBenchJson(runs([1000, 1010, 990, 1005, 995, 1002]), 'b.json', 'higher')]);
    const head = parseBenchJson(runs([800, 810, 790, 805, 795, 802]), 'h.json', 'higher');
    const { metrics } = compareSamples(base, head, { threshold: 0.05, level: 0.95 });
    expect(metrics[0]?.verdict).toBe('regression');
    expect(metrics[0]?.changePct).toBeLessThan(-15);
  });

  it('names the entry that is wrong', () => {
    expect(() => parseBenchJson('[{"name":"a","unit":"ms"}]', 'b.json', 'lower')).toThrow(
      "b.json: entry 1 needs a string 'name', a string 'unit' and a numeric 'value'",
    );
    expect(() => parseBenchJson('{', 'b.json', 'lower')).toThrow('b.json: not valid JSON');
  });
});
