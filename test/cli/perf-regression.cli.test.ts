// `shipshape perf-regression` over the same core as the action, here in go-bench mode on real
// `go test -bench -count=6` output (test/fixtures/perf/go-bench-*.txt; the head does 30% more work in
// BenchmarkParse, see go-bench-source.go.txt).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPerfRegressionCli } from '../../cli/perf-regression.js';
import { captureOutput } from '../support/capture-output.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/perf/', import.meta.url));
let temp: string | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const cli = (args: string[]) => captureOutput(() => runPerfRegressionCli(args));

describe('shipshape perf-regression', () => {
  it('compares go test -bench output and exits 1 exactly when something regressed', async () => {
    const r = await cli([
      '--mode',
      'go-bench',
      '--base-file',
      join(FIXTURES, 'go-bench-base.txt'),
      '--head-file',
      join(FIXTURES, 'go-bench-head.txt'),
      '--outputs',
    ]);
    const out = /^report=(.+)$/m.exec(r.stdout)?.[1] as string;
    temp = dirname(out);
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
    expect(r.stdout).toMatch(/BenchmarkParse \\?\(ns\/op\\?\)/);
  });

  it('exits 2 with the flag named for bad input', async () => {
    const r = await cli(['--mode', 'go-bench', '--base-file', 'nope.txt', '--head-file', 'nope.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("input 'head-file': cannot read nope.txt: ENOENT");
    const unknown = await cli(['--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("input 'bogus': is not a flag of 'shipshape perf-regression'");
    const token = await cli(['--token', 'x']);
    expect(token.code).toBe(2);
    expect(token.stderr).toContain("input 'token': is an action-only input");
  });

  it('gives a JSON file with one value per benchmark a change and a trend, not a plea for more runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-cli-json-'));
    temp = dir;
    const history = join(dir, 'history');
    const write = (file: string, value: number) =>
      writeFileSync(join(dir, file), JSON.stringify([{ name: 'parse', unit: 'ns/iter', value }]));
    const runs: { code: number; stdout: string }[] = [];
    for (const [i, value] of [100, 104, 99].entries()) {
      write(`head-${i}.json`, value);
      runs.push(
        await cli([
          '--mode',
          'json-bench',
          '--name',
          'bench',
          '--head-file',
          join(dir, `head-${i}.json`),
          ...(i > 0 ? ['--base-file', join(dir, `head-${i - 1}.json`)] : []),
          '--history',
          'folder',
          '--history-folder',
          history,
        ]),
      );
    }
    const last = runs[2] as { code: number; stdout: string };
    expect(last.code).toBe(0);
    expect(last.stdout).not.toContain('higher -count');
    expect(last.stdout).toContain('one value per side: the change is shown and tracked in the trend');
    expect(last.stdout).toContain('-4.8%');
    // Three recorded runs: the trend has all of them.
    expect(last.stdout).toContain('Default-branch trend (3 runs');
    expect(last.stdout).toMatch(/parse ns\/iter|parse \(ns\/iter\)/);
  });
});
