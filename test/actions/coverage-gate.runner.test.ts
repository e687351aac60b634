// Runs dist/coverage-gate/index.js the way the GitHub runner does, against a real git repository
// and the loopback fake of the GitHub REST API.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../harness/fake-github.js';
import { pullRequestEvent, pushEvent, runAction } from '../harness/runner.js';
import { type GitRepo, lcovFor, makeGitRepo } from '../support/git-repo.js';

const RUNNER_ROOT = '/home/runner/work/shop/shop/';
const cart = (extra: string) =>
  `export function total(items) {\n  let sum = 0;\n  for (const i of items) sum += i;\n  return sum;\n}\n${extra}`;
const ADDED =
  'export function discount(sum) {\n  if (sum > 100) {\n    return sum * 0.9;\n  }\n  return sum;\n}\n';

let fake: FakeGitHub;
let repo: GitRepo;

beforeAll(async () => {
  fake = await FakeGitHub.start();
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  repo?.cleanup();
});

/** A PR whose head adds `discount` (lines 6-11) to src/cart.js; coverage written with runner paths. */
function pullRequestRepo(hits: Record<number, number>) {
  repo = makeGitRepo([
    { message: 'base', files: { 'src/cart.js': cart(''), 'README.md': 'shop\n' } },
    { message: 'head: add discount', files: { 'src/cart.js': cart(ADDED) } },
  ]);
  writeFileSync(join(repo.dir, 'lcov.info'), lcovFor({ 'src/cart.js': hits }, RUNNER_ROOT));
  const [baseSha, headSha] = repo.shas as [string, string];
  return { baseSha, headSha, event: pullRequestEvent({ number: 12, baseSha, headSha }) };
}

const githubEnv = () => ({ GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: 'https://github.com' });

describe('coverage-gate under the runner', () => {
  it('passes, writes outputs, summary and a success status on the PR head sha (not the merge sha)', async () => {
    const { headSha, event } = pullRequestRepo({ 2: 3, 3: 3, 4: 3, 7: 2, 8: 1, 9: 1, 10: 1 });
    const run = await runAction('coverage-gate', {
      workspace: repo.dir,
      event,
      env: githubEnv(),
      inputs: { files: 'lcov.info', 'min-lines': '80', 'min-patch': '75' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.lines).toBe('100.00');
    expect(run.outputs.patch).toBe('100.00');
    expect(run.outputs.passed).toBe('true');
    expect(run.summary).toContain('✅ passed');
    const statuses = fake.state.statuses[headSha] ?? [];
    expect(statuses.map((s) => [s.context, s.state])).toEqual([['shipshape/coverage-gate', 'success']]);
    expect(Object.keys(fake.state.statuses)).not.toContain(run.env.GITHUB_SHA);
    expect(fake.violations).toEqual([]);
    // The runner swallows ::add-mask:: and hides the value everywhere else; nothing else may carry it.
    expect(run.masks).toContain(fake.token);
    const printed = `${run.stdout}${run.stderr}${run.summary}`.replace(/^::add-mask::.*$/gm, '');
    expect(printed).not.toContain(fake.token);
  });

  it('fails with every failing gate explained, annotates uncovered changed lines and posts failure', async () => {
    const { headSha, event } = pullRequestRepo({ 2: 1, 3: 1, 4: 1, 7: 1, 8: 0, 9: 0, 10: 1 });
    const run = await runAction('coverage-gate', {
      workspace: repo.dir,
      event,
      env: githubEnv(),
      inputs: {
        files: 'lcov.info',
        'min-coverage': '70',
        'min-lines': '90',
        'min-patch': '80',
        name: 'web',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.coverage).toBe('71.42');
    expect(run.outputs.lines).toBe('71.42');
    expect(run.outputs.patch).toBe('50.00');
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.message).toContain('web: 2 coverage gates failed');
    expect(error?.message).toContain('lines coverage: 71.42% is below the minimum 90%');
    expect(error?.message).toContain('patch coverage: 50.00% of the changed lines are covered, below 80%');
    const warning = run.annotations.find((a) => a.level === 'warning' && a.file === 'src/cart.js');
    expect(warning).toMatchObject({ line: 8, endLine: 9 });
    const statuses = fake.state.statuses[headSha] ?? [];
    expect(statuses.at(-1)).toMatchObject({ context: 'shipshape/coverage-gate (web)', state: 'failure' });
    expect(run.summary).toContain('❌ failed');
    expect(run.summary).toMatch(/`src\/cart\.js` \| 50\.00% \| 8-9/);
  });

  it('falls back to the paginated PR files API, surviving 502, 429 and a secondary rate limit', async () => {
    const { headSha, baseSha } = pullRequestRepo({ 2: 1, 3: 1, 4: 1, 7: 1, 8: 0, 9: 1, 10: 1 });
    // Without the git history (a shallow checkout with no remote) only the API can tell the changed lines.
    rmSync(join(repo.dir, '.git'), { recursive: true, force: true });
    fake.state.pullFiles[31] = [
      {
        filename: 'src/cart.js',
        status: 'modified',
        additions: 6,
        deletions: 0,
        patch: '@@ -5,0 +6,6 @@\n+a\n+b\n+c\n+d\n+e\n+f',
      },
    ];
    fake.fault({ path: '/repos/{owner}/{repo}/pulls/{pull_number}/files' }, { kind: 'status', status: 502 });
    fake.fault(
      { path: '/repos/{owner}/{repo}/pulls/{pull_number}/files' },
      { kind: 'rate-limit', status: 429, retryAfter: 1 },
    );
    fake.fault(
      { path: '/repos/{owner}/{repo}/pulls/{pull_number}/files' },
      { kind: 'rate-limit', status: 403, retryAfter: 1 },
    );
    const run = await runAction('coverage-gate', {
      workspace: repo.dir,
      event: pullRequestEvent({ number: 31, baseSha, headSha }),
      env: githubEnv(),
      inputs: { files: 'lcov.info', 'min-patch': '70' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.patch).toBe('75.00');
    const fileRequests = fake.requests.filter((r) => r.path.endsWith('/pulls/31/files'));
    expect(fileRequests.length).toBeGreaterThanOrEqual(4);
    expect(fake.violations).toEqual([]);
  });

  it('keeps gating when the token may not write statuses (fork pull request)', async () => {
    const { event } = pullRequestRepo({ 2: 1, 3: 1, 4: 1, 7: 1, 8: 1, 9: 1, 10: 1 });
    const readOnly = await FakeGitHub.start();
    readOnly.route('POST', '/repos/{owner}/{repo}/statuses/{sha}', () => ({
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    }));
    const run = await runAction('coverage-gate', {
      workspace: repo.dir,
      event,
      env: { GITHUB_API_URL: readOnly.url },
      inputs: { files: 'lcov.info' },
    });
    await readOnly.close();
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(
      run.annotations.some((a) => a.level === 'warning' && /^Commit status '.*' not posted/.test(a.message)),
    ).toBe(true);
    expect(run.summary).toMatch(/Commit status 'shipshape\/coverage-gate' not posted/);
  });

  it('exits 2 naming the input for a bad value, and the file and line for a corrupt report', async () => {
    repo = makeGitRepo([{ message: 'init', files: { 'lcov.info': 'SF:a.js\nDA:x,1\nend_of_record\n' } }]);
    const bad = await runAction('coverage-gate', {
      workspace: repo.dir,
      event: pushEvent(),
      inputs: { 'min-lines': 'lots', status: 'false' },
    });
    expect(bad.exitCode).toBe(2);
    expect(bad.annotations.find((a) => a.level === 'error')?.message).toContain("input 'min-lines'");
    // An old word is refused with the one to write, as for every input, not guessed at (the
    // comment switch belongs to the actions that comment).
    const oldWord = await runAction('coverage-comment', {
      workspace: repo.dir,
      event: pushEvent(),
      inputs: { comment: 'true', status: 'false' },
    });
    expect(oldWord.exitCode).toBe(2);
    expect(oldWord.annotations.find((a) => a.level === 'error')?.message).toContain(
      "input 'comment': 'true' is not a comment mode; write 'comment: shared' (one of shared, separate, off)",
    );
    const corrupt = await runAction('coverage-gate', {
      workspace: repo.dir,
      event: pushEvent(),
      inputs: { files: 'lcov.info', status: 'false' },
    });
    expect(corrupt.exitCode).toBe(2);
    expect(corrupt.annotations.find((a) => a.level === 'error')?.message).toMatch(/lcov\.info:2/);
    expect(corrupt.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails clearly when no report is found, or only warns when asked to', async () => {
    repo = makeGitRepo([{ message: 'init', files: { 'README.md': 'x\n' } }]);
    const missing = await runAction('coverage-gate', {
      workspace: repo.dir,
      event: pushEvent(),
      inputs: { status: 'false' },
    });
    expect(missing.exitCode).toBe(2);
    expect(missing.annotations.find((a) => a.level === 'error')?.message).toContain(
      'no coverage report found',
    );
    const warned = await runAction('coverage-gate', {
      workspace: repo.dir,
      event: pushEvent(),
      inputs: { status: 'false', 'if-no-files': 'warn' },
    });
    expect(warned.exitCode).toBe(0);
    expect(
      warned.annotations.some((a) => a.level === 'warning' && a.message.includes('no coverage report found')),
    ).toBe(true);
  });
});
