// The fork-safe publish job under the runner, fed with what a hostile pull request can upload:
// forged verdicts and instance names, Markdown in fields, zip bombs and damaged archives; and a
// GitHub that rate-limits or keeps failing. Issue 14 items 3, 4, 5 and 12.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readZip } from '../../shared/history/zip.js';
import { FakeActionsServices, type StoredArtifact } from '../harness/fake-actions-services.js';
import { FakeGitHub } from '../harness/fake-github.js';
import { pullRequestEvent, runAction } from '../harness/runner.js';
import { type GitRepo, lcovFor, makeGitRepo } from '../support/git-repo.js';
import { makeZip, overlappingZipBomb } from '../support/zip.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA_FILE = 'coverage-comment-data.json';
const SOURCE = (n: number) => `${Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n')}\n`;
const HITS = { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 0, 9: 0, 10: 0, 11: 1, 12: 1, 13: 0, 14: 0 };

let github: FakeGitHub;
let services: FakeActionsServices;
let repo: GitRepo;
let shas: { base: string; head: string };

beforeAll(async () => {
  [github, services] = await Promise.all([FakeGitHub.start(), FakeActionsServices.start()]);
  services.attachRest(github, { owner: 'octo-org', repo: 'shop' });
});
afterAll(async () => {
  await Promise.all([github.close(), services.close()]);
});
beforeEach(() => {
  services.artifacts.length = 0;
  github.state.comments.length = 0;
  github.state.statuses = {};
  repo = makeGitRepo([
    { message: 'base', files: { 'src/cart.js': SOURCE(10) } },
    { message: 'head', files: { 'src/cart.js': SOURCE(14) } },
  ]);
  shas = { base: repo.shas[0]!, head: repo.shas[1]! };
  writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'src/cart.js': HITS }));
});
afterEach(() => repo.cleanup());

function runEnv(): Record<string, string> {
  return { ...services.env({ runBackendId: randomUUID() }), GITHUB_API_URL: github.url };
}

/** The fork's compute run; `forge` rewrites the uploaded data (or replaces the archive). */
async function computeOnFork(
  forge?: (data: Record<string, unknown>) => Record<string, unknown> | Buffer,
): Promise<number> {
  const env = runEnv();
  const run = await runAction('coverage-comment', {
    workspace: repo.dir,
    event: pullRequestEvent({ number: 9, baseSha: shas.base, headSha: shas.head, fork: true }),
    env,
    inputs: { files: 'lcov.info', mode: 'compute', history: 'off' },
  });
  expect(run.exitCode, run.stdout).toBe(0);
  github.state.pulls[9] = {
    head: { ref: 'fork', sha: shas.head, repo: { full_name: 'fork/shop', fork: true } },
  };
  const stored = services.artifacts.at(-1) as StoredArtifact;
  if (forge) {
    const [entry] = await readZip(stored.content);
    const data = JSON.parse(entry!.data.toString('utf8')) as Record<string, unknown>;
    const forged = forge(data);
    const zip = Buffer.isBuffer(forged)
      ? forged
      : makeZip([{ name: DATA_FILE, data: Buffer.from(JSON.stringify(forged)) }]);
    stored.content = zip;
    stored.size = zip.length;
    stored.digest = undefined;
  }
  return Number(env.GITHUB_RUN_ID);
}

function workflowRunEvent(runId: number) {
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: runId,
        head_sha: shas.head,
        event: 'pull_request',
        conclusion: 'success',
        pull_requests: [],
      },
      repository: {
        full_name: 'octo-org/shop',
        name: 'shop',
        owner: { login: 'octo-org' },
        default_branch: 'main',
      },
    },
  };
}

function publish(
  runId: number,
  inputs: Record<string, string> = {},
  extra: { entry?: string; env?: Record<string, string> } = {},
) {
  return runAction('coverage-comment', {
    workspace: repo.dir,
    event: workflowRunEvent(runId),
    env: { ...runEnv(), ...extra.env },
    inputs: { mode: 'publish', ...inputs },
    ...(extra.entry
      ? { entry: extra.entry, actionYml: join(ROOT, 'actions/coverage-comment/action.yml') }
      : {}),
    timeoutMs: 120_000,
  });
}

const errorOf = (run: { annotations: { level: string; message: string }[] }) =>
  run.annotations.find((a) => a.level === 'error')?.message ?? '';
const statusesOnHead = () => github.state.statuses[shas.head] ?? [];

describe('publish recomputes what a fork could forge (issue 14 item 3)', () => {
  it('posts the verdict of its own thresholds, not the one the fork wrote down', async () => {
    const runId = await computeOnFork((data) => ({
      ...data,
      totals: { ...(data.totals as object), lines: { covered: 1, total: 10, pct: 95 } },
      gates: [
        {
          id: 'min-lines',
          title: 'lines coverage',
          metric: 'lines',
          threshold: 0,
          actual: 95,
          passed: true,
          skipped: false,
          reason: 'fine',
        },
      ],
    }));
    const run = await publish(runId, { 'min-lines': '80' });
    expect(run.exitCode, run.stdout).toBe(0);
    const status = statusesOnHead().find((s) => s.context === 'shipshape/coverage-gate');
    expect(status?.state).toBe('failure');
    expect(status?.description).toMatch(/10\.00% is below the minimum 80%/);
    const body = github.state.commentsOn(9)[0]!.body;
    expect(body).toContain('10.00%');
    expect(body).not.toContain('95.00%');
  });

  it("refuses data that names another instance than the publish job's own", async () => {
    const runId = await computeOnFork((data) => ({
      ...data,
      name: 'api',
      gates: [
        {
          id: 'min-lines',
          title: 'lines',
          metric: 'lines',
          threshold: 0,
          actual: 70,
          passed: true,
          skipped: false,
          reason: 'ok',
        },
      ],
    }));
    const run = await publish(runId);
    expect(run.exitCode).toBe(2);
    expect(errorOf(run)).toMatch(/names instance 'api'.*configured for ''.*refusing to publish/);
    expect(statusesOnHead()).toEqual([]);
    expect(github.state.commentsOn(9)).toEqual([]);
  });
});

describe('publish validates base.time (issue 14 item 4)', () => {
  it('refuses a base time that is not a date instead of putting it in the comment', async () => {
    const runId = await computeOnFork((data) => ({
      ...data,
      base: {
        sha: shas.base,
        commitsBehind: 0,
        time: '@octocat <img src=x> <!--',
        lines: 70,
        branches: null,
        functions: null,
      },
    }));
    const run = await publish(runId);
    expect(run.exitCode).toBe(2);
    expect(errorOf(run)).toMatch(/data\.base\.time must be an ISO 8601 UTC time/);
    expect(github.state.commentsOn(9)).toEqual([]);
  });
});

describe('publish reads hostile archives cheaply (issue 14 item 5)', () => {
  function measured(): {
    entry: string;
    env: Record<string, string>;
    peakMb: () => number;
    done: () => void;
  } {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-rss-'));
    const file = join(dir, 'maxrss');
    return {
      entry: join(ROOT, 'test/support/max-rss-entry.mjs'),
      env: {
        SHIPSHAPE_TEST_MAXRSS_FILE: file,
        SHIPSHAPE_TEST_ENTRY: join(ROOT, 'dist/coverage-comment/index.js'),
      },
      peakMb: () => Number(readFileSync(file, 'utf8')) / 1024,
      done: () => rmSync(dir, { recursive: true, force: true }),
    };
  }

  it('refuses a zip bomb (20 entries over one 64 MB blob) with exit 2 and little memory', async () => {
    const bomb = overlappingZipBomb(DATA_FILE, 64 * 1024 * 1024, 20);
    expect(bomb.length).toBeLessThan(100_000);
    const runId = await computeOnFork(() => bomb);
    const rss = measured();
    try {
      const run = await publish(runId, {}, rss);
      expect(run.exitCode).toBe(2);
      expect(errorOf(run)).toMatch(/is not usable .*20 entries/);
      expect(rss.peakMb()).toBeLessThan(300);
    } finally {
      rss.done();
    }
  });

  it('stops inflating an entry whose headers understate its size', async () => {
    const liar = makeZip([{ name: DATA_FILE, data: Buffer.alloc(64 * 1024 * 1024, 0x20), claimedSize: 200 }]);
    const runId = await computeOnFork(() => liar);
    const rss = measured();
    try {
      const run = await publish(runId, {}, rss);
      expect(run.exitCode).toBe(2);
      expect(errorOf(run)).toMatch(/inflates past the \d+ bytes allowed/);
      expect(rss.peakMb()).toBeLessThan(300);
    } finally {
      rss.done();
    }
  });

  it('reports a damaged archive as exit 2 with what to do', async () => {
    const runId = await computeOnFork(() => {
      const zip = makeZip([{ name: DATA_FILE, data: Buffer.from('{"schema":"x"}'.repeat(50)) }]);
      return zip.subarray(0, zip.length - 30);
    });
    const run = await publish(runId);
    expect(run.exitCode).toBe(2);
    expect(errorOf(run)).toMatch(/is not usable \(.*truncated.*\).*Re-run the compute job/);
    expect(errorOf(run)).not.toMatch(/bug in shipshape/);
  });
});

describe('GitHub faults (issue 14 item 12)', () => {
  it('waits out a 429 that carries retry-after without the secondary-rate-limit wording', async () => {
    const runId = await computeOnFork();
    github.fault(
      { path: '/repos/{owner}/{repo}/pulls/{pull_number}' },
      { kind: 'rate-limit', status: 429, retryAfter: 1, plain: true },
    );
    const run = await publish(runId);
    expect(run.exitCode, errorOf(run)).toBe(0);
    expect(github.state.commentsOn(9)).toHaveLength(1);
    expect(run.stdout).toMatch(
      /GitHub answered 429 on GET \/repos\/octo-org\/shop\/pulls\/9; retrying in 1 s/,
    );
  });

  it('ends persistent 500s with exit 2 naming the endpoint and status, not a shipshape bug', async () => {
    const runId = await computeOnFork();
    github.fault(
      { path: '/repos/{owner}/{repo}/pulls/{pull_number}' },
      { kind: 'status', status: 500, times: 10 },
    );
    try {
      const run = await publish(runId);
      expect(run.exitCode).toBe(2);
      expect(errorOf(run)).toMatch(/GET \/repos\/octo-org\/shop\/pulls\/9 failed with 500/);
      expect(errorOf(run)).not.toMatch(/bug in shipshape/);
    } finally {
      github.fault(
        { path: '/repos/{owner}/{repo}/pulls/{pull_number}' },
        { kind: 'status', status: 500, times: 0 },
      );
    }
  }, 120_000);
});

describe('environment problems are exit 2 with what to do (issue 10)', () => {
  it('compute without the runner token, and no GITHUB_SHA', async () => {
    const event = pullRequestEvent({ number: 9, baseSha: shas.base, headSha: shas.head, fork: true });
    const noToken = await runAction('coverage-comment', {
      workspace: repo.dir,
      event,
      env: { GITHUB_API_URL: github.url },
      inputs: { files: 'lcov.info', mode: 'compute', history: 'off' },
    });
    expect(noToken.exitCode).toBe(2);
    expect(errorOf(noToken)).toMatch(/ACTIONS_RUNTIME_TOKEN.*run it as a step of a GitHub Actions job/);
    const noSha = await runAction('coverage-comment', {
      workspace: repo.dir,
      event,
      env: { GITHUB_API_URL: github.url, GITHUB_SHA: '' },
      inputs: { files: 'lcov.info', history: 'off' },
    });
    expect(noSha.exitCode).toBe(2);
    expect(errorOf(noSha)).toMatch(/GITHUB_SHA is not set: run this inside a GitHub Actions job/);
  });
});
