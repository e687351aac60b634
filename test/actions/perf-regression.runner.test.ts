// Runs dist/perf-regression/index.js the way the GitHub runner does: a real git repository of the
// demo service, the base checked out into a worktree, real services and autocannon, and the
// loopback fake of the GitHub REST API. The pull request whose head is 3x slower, a verdict that
// comes from measuring, is in perf-regression.measure.test.ts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPortFree } from '../../shared/loadtest/ports.js';
import { FakeGitHub } from '../harness/fake-github.js';
import { type ActionRun, pullRequestEvent, pushEvent, runAction } from '../harness/runner.js';
import type { GitRepo } from '../support/git-repo.js';
import { LOAD, serviceRepo, survivors } from '../support/perf-service-repo.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

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

/** Cleans the repository up after the test. */
function track<T extends { repo: GitRepo }>(made: T): T {
  repo = made.repo;
  return made;
}

describe('perf-regression under the runner', () => {
  // One default-branch run in aa mode (a full comparison, the longest part of this file) serves
  // two tests: it records history into a folder, and its build and start commands dump the
  // environment they were given.
  describe('a default-branch run in aa mode', () => {
    let aa: { repo: GitRepo; headSha: string; historyDir: string; dump: string; run: ActionRun };
    beforeAll(async () => {
      const { repo: r, headSha } = serviceRepo('1', '1');
      const historyDir = mkdtempSync(join(tmpdir(), 'perf-history-'));
      const dump = join(r.dir, 'env-dump');
      const run = await runAction('perf-regression', {
        workspace: r.dir,
        event: pushEvent({ sha: headSha }),
        env: {
          GITHUB_API_URL: fake.url,
          PERF_RUNNER_TEST: r.dir,
          ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token-secret',
          GITHUB_TOKEN: 'github-token-secret',
        },
        inputs: {
          ...LOAD,
          mode: 'aa',
          metrics: 'cpu',
          history: 'folder',
          'history-folder': historyDir,
          status: 'false',
          token: 'input-token-secret',
          'build-command': `env > ${dump}.build`,
          'start-command': `env > ${dump}.start; BASE_WORK_US=600 exec node server.mjs`,
        },
        timeoutMs: 120_000,
      });
      aa = { repo: r, headSha, historyDir, dump, run };
    }, 150_000);
    afterAll(() => {
      aa?.repo.cleanup();
      if (aa) rmSync(aa.historyDir, { recursive: true, force: true });
    });

    it('records default-branch runs in history (aa mode) with the runner fingerprint', () => {
      const { run, historyDir, headSha, repo: r } = aa;
      expect(run.exitCode).toBe(0);
      expect(run.summary).toContain('Calibration (A/A)');
      const stored = readdirSync(historyDir, { recursive: true }).map(String);
      const file = stored.find((f) => f.endsWith('.jsonl'));
      expect(file).toBeDefined();
      const record = JSON.parse(
        readFileSync(join(historyDir, file as string), 'utf8')
          .trim()
          .split('\n')
          .pop() as string,
      );
      expect(record.kind).toBe('perf');
      expect(record.sha).toBe(headSha);
      expect(record.runner.cores).toBeGreaterThan(0);
      expect(record.metrics.cpu).toBeGreaterThan(0);
      expect(survivors(r.dir)).toEqual([]);
    });

    it('runs build-command and start-command without the inputs or the runner tokens', () => {
      const { run, dump, repo: r } = aa;
      expect(run.exitCode).toBe(0);
      for (const file of [`${dump}.build`, `${dump}.start`]) {
        const seen = readFileSync(file, 'utf8');
        // The harness gave the action its inputs and the runner's tokens; none reach the commands.
        expect(seen).toContain(`PERF_RUNNER_TEST=${r.dir}`);
        expect(seen).not.toMatch(/^INPUT_/m);
        expect(seen).not.toContain('secret');
      }
      expect(readFileSync(`${dump}.start`, 'utf8')).toMatch(/^PORT=\d+$/m);
      expect(survivors(r.dir)).toEqual([]);
    });
  });

  it('names file and line of a bad scenario (exit 2) before starting anything', async () => {
    const { repo: r, baseSha, headSha } = track(serviceRepo('1', '1'));
    writeFileSync(join(r.dir, 'svc/load.yml'), 'requests:\n  - path: /work\n  - path: /x\n    weight: -1\n');
    const run = await runAction('perf-regression', {
      workspace: r.dir,
      event: pullRequestEvent({ number: 8, baseSha, headSha }),
      env: { GITHUB_API_URL: fake.url },
      inputs: { ...LOAD, scenario: 'load.yml' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.annotations.map((a) => a.message).join('\n')).toContain(
      "load.yml:3: 'weight' must be a whole number from 1 to 100, got -1",
    );
    expect(r.git('worktree', 'list').split('\n')).toHaveLength(1);
  });

  it.each([
    ['status', 'maybe'],
    ['comment', 'maybe'],
    ['confidence', '0.95'],
    ['ready-timeout', 'soon'],
  ])('rejects %s: %s with exit 2 before anything is checked out or started', async (input, value) => {
    const { repo: r, baseSha, headSha } = track(serviceRepo('1', '1'));
    const run = await runAction('perf-regression', {
      workspace: r.dir,
      event: pullRequestEvent({ number: 9, baseSha, headSha }),
      env: { GITHUB_API_URL: fake.url, PERF_RUNNER_TEST: r.dir },
      inputs: { ...LOAD, [input]: value },
    });
    expect(run.exitCode).toBe(2);
    expect(run.annotations.map((a) => a.message).join('\n')).toContain(`input '${input}'`);
    expect(run.stdout).not.toContain('Starting the');
    expect(r.git('worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('stops every service, frees the ports and removes the worktree when cancelled with SIGINT', async () => {
    const { repo: r, baseSha, headSha } = track(serviceRepo('1', '1'));
    const temp = mkdtempSync(join(tmpdir(), 'perf-cancel-'));
    const eventPath = join(temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify(pushEvent({ sha: headSha }).payload));
    const inputs = {
      ...LOAD,
      mode: 'ab',
      'base-ref': baseSha,
      // A threshold no noisy run can settle keeps the comparison going until it is cancelled.
      threshold: '0.1',
      'max-duration': '10m',
      status: 'false',
      comment: 'off',
      token: '',
    };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo-org/shop',
      GITHUB_SHA: headSha,
      GITHUB_WORKSPACE: r.dir,
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      RUNNER_TEMP: temp,
      PERF_RUNNER_TEST: r.dir,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const child = spawn(process.execPath, [join(ROOT, 'dist/perf-regression/index.js')], {
      cwd: r.dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const ports: number[] = [];
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      for (const m of out.matchAll(/on port (\d+)/g))
        if (!ports.includes(Number(m[1]))) ports.push(Number(m[1]));
    });
    // Cancelled once the first measured round is in: the comparison is under way, both services run.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (/perf round +1\//.test(out)) {
          clearInterval(timer);
          resolve();
        }
      }, 50);
    });
    expect(survivors(r.dir).length).toBeGreaterThanOrEqual(2);
    expect(r.git('worktree', 'list').split('\n')).toHaveLength(2);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(r.git('worktree', 'list').split('\n')).toHaveLength(1);
    expect(ports).toHaveLength(2);
    for (const port of ports) expect(await isPortFree(port)).toBe(true);
    expect(survivors(r.dir)).toEqual([]);
    expect(
      existsSync(join(temp, 'summary')) ? readFileSync(join(temp, 'summary'), 'utf8') : '',
    ).not.toContain('regression');
    rmSync(temp, { recursive: true, force: true });
  }, 60_000);
});
