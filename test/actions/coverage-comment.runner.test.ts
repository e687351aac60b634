// coverage-comment under the runner, with the real @actions/artifact and @actions/cache clients
// talking to loopback emulations of GitHub's artifact and cache services.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FakeActionsServices } from '../harness/fake-actions-services.js';
import { addCommitRoutes } from '../harness/fake-commits.js';
import { FakeGitHub } from '../harness/fake-github.js';
import { pullRequestEvent, pushEvent, runAction } from '../harness/runner.js';
import { type GitRepo, lcovFor, makeGitRepo, shallowClone } from '../support/git-repo.js';

const SOURCE = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

let github: FakeGitHub;
let services: FakeActionsServices;
let repo: GitRepo;

beforeAll(async () => {
  [github, services] = await Promise.all([FakeGitHub.start(), FakeActionsServices.start()]);
  services.attachRest(github, { owner: 'octo-org', repo: 'shop' });
  // GitHub's copy of the repository is the test's full one; workspaces may be shallow clones of it.
  addCommitRoutes(github, () => repo?.dir);
});
afterAll(async () => {
  await Promise.all([github.close(), services.close()]);
});
beforeEach(() => {
  services.artifacts.length = 0;
  github.state.comments.length = 0;
});
afterEach(() => repo?.cleanup());

/** A fresh workflow run: its own run id, runtime token and artifact scope. */
function runEnv(): Record<string, string> {
  return { ...services.env({ runBackendId: randomUUID() }), GITHUB_API_URL: github.url };
}

function comment(inputs: Record<string, string>, event: { name: string; payload: object }) {
  return runAction('coverage-comment', {
    workspace: repo.dir,
    event,
    env: runEnv(),
    inputs: { files: 'lcov.info', ...inputs },
  });
}

/** main: src/cart.js with 10 lines; the PR adds 4 lines (11-14), 2 of them covered. */
function setUpRepo(): { base: string; head: string } {
  repo = makeGitRepo([
    { message: 'base', files: { 'src/cart.js': SOURCE(10) } },
    { message: 'head', files: { 'src/cart.js': SOURCE(14) } },
  ]);
  return { base: repo.shas[0]!, head: repo.shas[1]! };
}

function writeCoverage(hits: Record<number, number>) {
  writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'src/cart.js': hits }));
}

const BASE_HITS = { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 0, 9: 0, 10: 0 }; // 70%
const HEAD_HITS = { ...BASE_HITS, 8: 1, 11: 1, 12: 1, 13: 0, 14: 0 }; // 10/14 = 71.42%

describe('coverage-comment under the runner', () => {
  it('records history on main, then comments on a PR with the delta against the merge-base', async () => {
    const { base, head } = setUpRepo();
    writeCoverage(BASE_HITS);
    const onMain = await comment({}, pushEvent({ sha: base }));
    expect(onMain.stderr).toBe('');
    expect(onMain.exitCode).toBe(0);
    expect(onMain.outputs.lines).toBe('70.00');
    expect(services.artifacts.map((a) => a.name)).toEqual(['shipshape-history-coverage-default']);

    writeCoverage(HEAD_HITS);
    const pr = pullRequestEvent({ number: 5, baseSha: base, headSha: head });
    const onPr = await comment({}, pr);
    expect(onPr.exitCode).toBe(0);
    expect(onPr.outputs['delta-lines']).toBe('1.42');
    const comments = github.state.commentsOn(5);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.split('\n')[0]).toBe('<!-- shipshape:pr-comment -->');
    expect(body).toContain('<!-- shipshape:section coverage%2Dcomment ');
    expect(body).toContain('71.42%');
    expect(body).toContain('▲ +1.42');
    expect(body).toContain('the merge-base');
    expect(body).toMatch(/`src\/cart\.js`.*13-14/);
    expect(onPr.outputs['comment-id']).toBe(String(comments[0]!.id));
    // PR runs read history but never write it.
    expect(services.artifacts).toHaveLength(1);

    const again = await comment({}, pr);
    expect(again.exitCode).toBe(0);
    expect(github.state.commentsOn(5)).toHaveLength(1);
    expect(github.violations).toEqual([]);
  });

  it('on a shallow checkout, finds the record of the commit the push started from through the API', async () => {
    // actions/checkout fetches one commit by default: the previous push's commit is not in the
    // clone, so its place in the history comes from the commits listing.
    const { base, head } = setUpRepo();
    const checkouts = [shallowClone(repo, base), shallowClone(repo, head)];
    const [first, second] = checkouts as [GitRepo, GitRepo];
    const push = (
      checkout: GitRepo,
      hits: Record<number, number>,
      event: { name: string; payload: object },
    ) => {
      writeFileSync(join(checkout.dir, 'lcov.info'), lcovFor({ 'src/cart.js': hits }));
      return runAction('coverage-comment', {
        workspace: checkout.dir,
        event,
        env: runEnv(),
        inputs: { files: 'lcov.info' },
      });
    };
    try {
      expect(second.git('rev-parse', '--is-shallow-repository')).toBe('true');
      expect((await push(first, BASE_HITS, pushEvent({ sha: base }))).exitCode).toBe(0);
      const listed = github.requests.length;
      const onHead = await push(second, HEAD_HITS, pushEvent({ sha: head, before: base }));
      expect(onHead.exitCode).toBe(0);
      expect(onHead.stdout).not.toMatch(/could not list the commits/);
      expect(onHead.outputs['delta-lines']).toBe('1.42');
      expect(onHead.summary).toContain('▲ +1.42');
      const asked = github.requests.slice(listed).filter((r) => r.operationId === 'repos/list-commits');
      expect(asked.map((r) => r.query.sha)).toEqual([base]);
      expect(github.unhandled).toEqual([]);
      expect(github.violations).toEqual([]);
    } finally {
      for (const checkout of checkouts) checkout.cleanup();
    }
  });

  it('says in the log and the summary, in the words every action uses, when history is not stored or not recorded', async () => {
    const { base, head } = setUpRepo();
    writeCoverage(BASE_HITS);
    services.fault(
      { path: 'CreateArtifact' },
      { kind: 'status', status: 503, times: Number.POSITIVE_INFINITY },
    );
    const onMain = await comment({ history: 'artifacts' }, pushEvent({ sha: base })).finally(() =>
      services.clearFaults(),
    );
    expect(onMain.exitCode).toBe(0);
    expect(services.artifacts).toEqual([]);
    const line = /History not stored for coverage 'default': .+/;
    expect(onMain.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContainEqual(
      expect.stringMatching(line),
    );
    expect(onMain.summary).toMatch(line);

    writeCoverage(HEAD_HITS);
    const onPr = await comment(
      { history: 'artifacts' },
      pullRequestEvent({ number: 9, baseSha: base, headSha: head }),
    );
    expect(onPr.exitCode).toBe(0);
    expect(onPr.stdout).toContain(
      'History read, not recorded: pull requests read history but never write it.',
    );
  }, 120_000);

  it('loses no record when two default-branch runs race, and shows both in the trend', async () => {
    const { base, head } = setUpRepo();
    writeCoverage(BASE_HITS);
    const [first, second] = await Promise.all([
      comment({}, pushEvent({ sha: base })),
      comment({}, pushEvent({ sha: base })),
    ]);
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    writeCoverage(HEAD_HITS);
    const onPr = await comment({}, pullRequestEvent({ number: 6, baseSha: base, headSha: head }));
    expect(onPr.exitCode).toBe(0);
    expect(github.state.commentsOn(6)[0]!.body).toContain('over the last 2 default-branch runs');
  });

  it('skips a corrupted history artifact with a warning, and auto falls back to the cache copy', async () => {
    const { base, head } = setUpRepo();
    writeCoverage(BASE_HITS);
    expect((await comment({}, pushEvent({ sha: base }))).exitCode).toBe(0);
    const stored = services.artifacts[0]!;
    stored.content = Buffer.concat([stored.content.subarray(0, 20), Buffer.from('garbage')]);
    writeCoverage(HEAD_HITS);
    const pr = pullRequestEvent({ number: 7, baseSha: base, headSha: head });
    const artifactsOnly = await comment({ history: 'artifacts' }, pr);
    expect(artifactsOnly.exitCode).toBe(0);
    expect(
      artifactsOnly.annotations.some((a) => a.level === 'warning' && /history.*skipped/i.test(a.message)),
    ).toBe(true);
    expect(github.state.commentsOn(7)[0]!.body).toContain('No base to compare with');
    const withFallback = await comment({}, pr);
    expect(withFallback.exitCode).toBe(0);
    expect(github.state.commentsOn(7)).toHaveLength(1);
    expect(github.state.commentsOn(7)[0]!.body).toContain('▲ +1.42');
  });

  it('keeps a 5,000-file change under the comment limit and says what it left out', async () => {
    const files: Record<string, string> = {};
    const changed: Record<string, string> = {};
    const hits: Record<string, Record<number, number>> = {};
    for (let i = 0; i < 5000; i++) {
      const path = `src/module-${String(i).padStart(4, '0')}/@team-handler.js`;
      files[path] = SOURCE(3);
      changed[path] = SOURCE(6);
      hits[path] = { 1: 1, 2: 1, 3: 1, 4: 1, 5: 0, 6: i % 2 };
    }
    repo = makeGitRepo([
      { message: 'base', files },
      { message: 'head', files: changed },
    ]);
    writeFileSync(join(repo.dir, 'lcov.info'), lcovFor(hits));
    const run = await comment(
      { history: 'off' },
      pullRequestEvent({ number: 8, baseSha: repo.shas[0]!, headSha: repo.shas[1]! }),
    );
    expect(run.exitCode).toBe(0);
    const body = github.state.commentsOn(8)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/left out|not shown|more changed file/i);
    // File names reach the comment only inside code spans, where GitHub never turns @team into a mention.
    expect(body.replace(/`[^`\n]*`/g, '')).not.toMatch(/@team/);
    expect(run.summary.length).toBeGreaterThan(body.length);
  }, 120_000);
});

describe('coverage-comment declares what it reads', () => {
  it('reads exactly the inputs action.yml declares, in every mode', async () => {
    const { base, head } = setUpRepo();
    writeCoverage(HEAD_HITS);
    const declared = Object.keys(
      (
        parseYaml(
          readFileSync(new URL('../../actions/coverage-comment/action.yml', import.meta.url), 'utf8'),
        ) as {
          inputs: Record<string, unknown>;
        }
      ).inputs,
    ).sort();
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-trace-'));
    try {
      for (const [i, mode] of ['comment', 'compute'].entries()) {
        const trace = join(dir, `inputs-${i}.json`);
        const run = await runAction('coverage-comment', {
          workspace: repo.dir,
          event: pullRequestEvent({ number: 30 + i, baseSha: base, headSha: head }),
          env: { ...runEnv(), SHIPSHAPE_INPUTS_TRACE: trace },
          inputs: { files: 'lcov.info', mode, history: 'off' },
        });
        expect(run.exitCode, run.stdout).toBe(0);
        expect(JSON.parse(readFileSync(trace, 'utf8')), mode).toEqual(declared);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('fork pull requests: compute on pull_request, publish on workflow_run', () => {
  function workflowRunEvent(runId: number, headSha: string) {
    return {
      name: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: {
          id: runId,
          head_sha: headSha,
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

  it('computes without writing anything, then publishes after checking the PR head against the API', async () => {
    const { base, head } = setUpRepo();
    writeCoverage(HEAD_HITS);
    const computeEnv = runEnv();
    const requestsBefore = github.requests.length;
    const computed = await runAction('coverage-comment', {
      workspace: repo.dir,
      event: pullRequestEvent({ number: 9, baseSha: base, headSha: head, fork: true }),
      env: computeEnv,
      inputs: { files: 'lcov.info', mode: 'compute', history: 'off' },
    });
    expect(computed.exitCode).toBe(0);
    expect(github.state.commentsOn(9)).toHaveLength(0);
    expect(github.requests.slice(requestsBefore).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(services.artifacts.map((a) => a.name)).toEqual(['shipshape-coverage-comment-default']);

    github.state.pulls[9] = {
      head: { ref: 'fork-branch', sha: head, repo: { full_name: 'fork/shop', fork: true } },
    };
    const runId = Number(computeEnv.GITHUB_RUN_ID);
    const published = await runAction('coverage-comment', {
      workspace: repo.dir,
      event: workflowRunEvent(runId, head),
      env: runEnv(),
      inputs: { mode: 'publish' },
    });
    expect(published.stderr).toBe('');
    expect(published.exitCode).toBe(0);
    const comments = github.state.commentsOn(9);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('71.42%');

    // A run whose artifact claims another head commit than the workflow run is refused.
    const forged = await runAction('coverage-comment', {
      workspace: repo.dir,
      event: workflowRunEvent(runId, base),
      env: runEnv(),
      inputs: { mode: 'publish' },
    });
    expect(forged.exitCode).toBe(2);
    expect(forged.annotations.find((a) => a.level === 'error')?.message).toMatch(/refusing to publish/);
    expect(github.violations).toEqual([]);
  });
});

describe('coverage-gate max-drop against the recorded baseline', () => {
  function gate(event: { name: string; payload: object }, extra: Record<string, string> = {}) {
    return runAction('coverage-gate', {
      workspace: repo.dir,
      event,
      env: runEnv(),
      inputs: { files: 'lcov.info', 'min-coverage': '0', status: 'false', ...extra },
    });
  }

  it('fails when lines drop more than allowed vs the merge-base record, passes within it', async () => {
    const { base, head } = setUpRepo();
    writeCoverage({ 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1, 9: 0, 10: 0 }); // 80% on main
    expect((await comment({}, pushEvent({ sha: base }))).exitCode).toBe(0);
    writeCoverage(HEAD_HITS); // 71.42%: a drop of 8.58 points
    const pr = pullRequestEvent({ number: 11, baseSha: base, headSha: head });
    const strict = await gate(pr, { 'max-drop': '0.5' });
    expect(strict.exitCode).toBe(1);
    expect(strict.annotations.find((a) => a.level === 'error')?.message).toContain('dropped 8.58 points');
    const lenient = await gate(pr, { 'max-drop': '10' });
    expect(lenient.exitCode).toBe(0);
  });

  it('keeps gating with a notice when the artifact service fails', async () => {
    const { base, head } = setUpRepo();
    writeCoverage(HEAD_HITS);
    github.fault(
      { path: '/repos/{owner}/{repo}/actions/artifacts' },
      { kind: 'status', status: 502, times: 50 },
    );
    const run = await gate(pullRequestEvent({ number: 12, baseSha: base, headSha: head }), {
      'max-drop': '0.5',
    });
    github.fault(
      { path: '/repos/{owner}/{repo}/actions/artifacts' },
      { kind: 'status', status: 502, times: 0 },
    );
    expect(run.exitCode).toBe(0);
    expect(run.annotations.some((a) => a.level === 'notice' && /history/i.test(a.message))).toBe(true);
    expect(run.summary).toMatch(/drop vs base.*no baseline/);
  }, 120_000);
});
