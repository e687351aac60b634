// `shipshape perf-regression` over the same core as the action, here in go-bench mode on real
// `go test -bench -count=6` output (test/fixtures/perf/go-bench-*.txt; the head does 30% more work in
// BenchmarkParse, see go-bench-source.go.txt).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPerfRegressionCli } from '../../cli/perf-regression.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/perf/', import.meta.url));
let temp: string | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await runPerfRegressionCli(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('shipshape perf-regression', () => {
  it('compares go test -bench output and exits 1 exactly when something regressed', async () => {
    temp = mkdtempSync(join(tmpdir(), 'perf-cli-'));
    const out = join(temp, 'report.json');
    const r = await cli([
      '--mode',
      'go-bench',
      '--base-file',
      join(FIXTURES, 'go-bench-base.txt'),
      '--head-file',
      join(FIXTURES, 'go-bench-head.txt'),
      '--report',
      out,
    ]);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.mode).toBe('go-bench');
    const keys = report.metrics.map((m: { key: string }) => m.key).sort();
    expect(keys).toEqual([
      'BenchmarkParse ns/op',
      'BenchmarkRender B/op',
      'BenchmarkRender allocs/op',
      'BenchmarkRender ns/op',
    ]);
    const allocs = report.metrics.find((m: { key: string }) => m.key === 'BenchmarkRender allocs/op');
    expect(allocs.verdict).toBe('no-change');
    expect(r.code).toBe(report.verdict === 'regression' ? 1 : 0);
    expect(r.stdout).toContain('BenchmarkParse (ns/op)');
  });

  it('exits 2 with the flag named for bad input', async () => {
    const r = await cli(['--mode', 'go-bench', '--base-file', 'nope.txt', '--head-file', 'nope.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("input 'base-file': cannot read nope.txt: ENOENT");
    const unknown = await cli(['--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--bogus'");
  });
});
