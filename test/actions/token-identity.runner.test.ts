// With a token other than the default GITHUB_TOKEN, shipshape still finds what it wrote before.
// A personal access token writes as its user and a GitHub App installation token (as made by
// actions/create-github-app-token) as `<app>[bot]`; the sticky PR comment and incident issues are
// recognised by their author, so a run that only trusted github-actions[bot] would add a comment on
// every push and never close its incident. The fake GitHub answers for its actor: GraphQL's
// `viewer`, GET /user for a user token (403 for an installation token, as GitHub does).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { scheduleEvent } from '../harness/events-deploy.js';
import { FakeGitHub } from '../harness/fake-github.js';
import { addIssueRoutes, type FakeIssues } from '../harness/fake-issues.js';
import type { GitHubUser } from '../harness/fake-repo.js';
import { type Loopback, sendJson, startServer } from '../harness/loopback-server.js';
import { pullRequestEvent, runAction } from '../harness/runner.js';
import { type GitRepo, lcovFor, makeGitRepo } from '../support/git-repo.js';

const TOKENS: { kind: string; token: string; actor: GitHubUser }[] = [
  {
    kind: 'a personal access token',
    token: 'github_pat_11AAAAAAA0fakeUserToken0000000000000000',
    actor: { login: 'release-robot', id: 7100001, type: 'User' },
  },
  {
    kind: 'a GitHub App installation token',
    token: 'ghs_fakeAppInstallationToken000000000000',
    actor: { login: 'shipshape-ci[bot]', id: 7100002, type: 'Bot' },
  },
];

let repo: GitRepo | undefined;
afterEach(() => repo?.cleanup());

describe.each(TOKENS)('with $kind', ({ token, actor }) => {
  let github: FakeGitHub;
  let issues: FakeIssues;
  let service: Loopback;
  let serviceUp = true;
  let workspace: string;

  beforeAll(async () => {
    github = await FakeGitHub.start({ token });
    github.state.actor = actor;
    issues = addIssueRoutes(github, 40);
    service = await startServer((_req, res) => sendJson(res, serviceUp ? 200 : 503, { status: 'pass' }));
    workspace = mkdtempSync(join(tmpdir(), 'identity-ws-'));
  });
  afterAll(async () => {
    await Promise.all([github.close(), service.close()]);
    rmSync(workspace, { recursive: true, force: true });
  });

  it('edits its own pull request comment instead of adding one per push', async () => {
    repo = makeGitRepo([
      { message: 'base', files: { 'src/a.js': 'a\nb\nc\nd\n' } },
      { message: 'head', files: { 'src/a.js': 'a\nb\nc\nd\ne\n' } },
    ]);
    const event = pullRequestEvent({ number: 12, baseSha: repo.shas[0]!, headSha: repo.shas[1]! });
    const bodies: string[] = [];
    for (const covered of [2, 4]) {
      const hits = Object.fromEntries([1, 2, 3, 4, 5].map((line) => [line, line <= covered ? 1 : 0]));
      writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'src/a.js': hits }));
      const run = await runAction('coverage-comment', {
        workspace: repo.dir,
        event,
        env: { GITHUB_API_URL: github.url },
        inputs: { files: 'lcov.info', history: 'off', token },
      });
      expect(run.exitCode).toBe(0);
      const comments = github.state.commentsOn(12);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.user.login).toBe(actor.login);
      bodies.push(comments[0]?.body ?? '');
    }
    expect(bodies[0]).toContain('40.00%');
    expect(bodies[1]).toContain('80.00%');
    expect(github.violations).toEqual([]);
  });

  it('closes the incident issue it opened when the service recovers', async () => {
    let runId = 9100;
    const states: string[] = [];
    for (const up of [false, false, true, true]) {
      serviceUp = up;
      const run = await runAction('deploy-smoke-health', {
        workspace,
        event: scheduleEvent(),
        env: { GITHUB_API_URL: github.url, GITHUB_RUN_ID: String(++runId) },
        inputs: {
          endpoints: `shop=http://127.0.0.1:${service.port}/health`,
          environment: 'prod',
          retries: '0',
          'confirm-after': '2',
          'recover-after': '2',
          history: 'folder',
          'history-folder': '.history',
          token,
        },
      });
      expect(run.stderr).toBe('');
      states.push(issues.issues.map((i) => `${i.state} by ${i.user?.login}`).join(', '));
    }
    expect(states).toEqual([
      '',
      `open by ${actor.login}`,
      `open by ${actor.login}`,
      `closed by ${actor.login}`,
    ]);
    expect(github.violations).toEqual([]);
  });
});
