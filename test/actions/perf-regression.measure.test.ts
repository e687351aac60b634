// The pull request whose head makes the demo service 3x slower, run through
// dist/perf-regression/index.js the way the GitHub runner does (a real git repository, the base in
// a worktree, real services and autocannon, the loopback fake of the GitHub REST API). Its verdict
// comes from measuring, so it runs in the `measure` layer (vitest.config.ts): after every other
// test, one file at a time, so that no other test loads the cores it measures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPortFree } from '../../shared/loadtest/ports.js';
import { DEFAULT_SCHEDULE } from '../../shared/perf/analyse.js';
import { FakeGitHub } from '../harness/fake-github.js';
import { pullRequestEvent, runAction } from '../harness/runner.js';
import type { GitRepo } from '../support/git-repo.js';
import { LOAD, serviceRepo, survivors } from '../support/perf-service-repo.js';

let fake: FakeGitHub;
let repo: GitRepo | undefined;

beforeAll(async () => {
  fake = await FakeGitHub.start();
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

describe('perf-regression under the runner, measuring', () => {
  it('fails a pull request whose head is 3x slower: outputs, summary, status, comment; cleans up', async () => {
    const { repo: r, baseSha, headSha } = serviceRepo('1', '3');
    repo = r;
    const runnerTemp = mkdtempSync(join(tmpdir(), 'perf-temp-'));
    const run = await runAction('perf-regression', {
      workspace: r.dir,
      event: pullRequestEvent({ number: 7, baseSha, headSha }),
      env: {
        GITHUB_API_URL: fake.url,
        GITHUB_SERVER_URL: 'https://github.com',
        PERF_RUNNER_TEST: r.dir,
        RUNNER_TEMP: runnerTemp,
      },
      // A budget for later looks: on a machine busy enough to blur even a 3x change at the first look,
      // the comparison keeps looking instead of giving up (it stops at the first look that decides).
      inputs: { ...LOAD, name: 'api', 'max-duration': '60s' },
      timeoutMs: 120_000,
    });
    expect(run.outputs.report).toBe(join(runnerTemp, 'shipshape', 'perf-regression-api.json'));
    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    // A verdict that fails names every metric's figures and reason, and each round's.
    const explained = JSON.stringify({
      reason: report.reason,
      metrics: report.metrics,
      rounds: report.detail,
    });
    expect(run.outputs.verdict, explained).toBe('regression');
    expect(run.exitCode).toBe(1);
    expect(report.schema).toBe('shipshape.perf-regression/v1');
    expect(report.commits).toEqual({ base: baseSha, head: headSha });
    const cpu = report.metrics.find((m: { key: string }) => m.key === 'cpu');
    expect(cpu.verdict, explained).toBe('regression');
    expect(cpu.lowerPct).toBeGreaterThan(0);
    // It stops at the look that decides: a look falls after `first` rounds, then every `every`.
    const measured = report.rounds.measured;
    expect(measured).toBeGreaterThanOrEqual(DEFAULT_SCHEDULE.first);
    expect((measured - DEFAULT_SCHEDULE.first) % DEFAULT_SCHEDULE.every).toBe(0);
    expect(report.detail).toHaveLength(measured + 1);
    expect(run.summary).toContain('## perf-regression (api)');
    expect(run.summary).toMatch(/\| service CPU per request \|.*\| 🔴 regression \|/);
    const statuses = fake.state.statuses[headSha] ?? [];
    expect(statuses.map((s) => [s.context, s.state])).toEqual([
      ['shipshape/perf-regression (api)', 'failure'],
    ]);
    const comments = fake.state.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/shipshape:section perf(-|%2D)regression(:|%3A)api/);
    expect(comments[0]?.body).toContain('### perf-regression (api)');
    expect(comments[0]?.body).toContain('🔴 regression');
    expect(fake.violations).toEqual([]);
    // The base worktree is gone and nothing the action started survives.
    expect(r.git('worktree', 'list').split('\n')).toHaveLength(1);
    expect(survivors(r.dir)).toEqual([]);
    const ports = [...new Set([...run.stdout.matchAll(/on port (\d+)/g)].map((m) => Number(m[1])))];
    expect(ports).toHaveLength(2);
    for (const port of ports) expect(await isPortFree(port)).toBe(true);
    rmSync(runnerTemp, { recursive: true, force: true });
  }, 150_000);
});
