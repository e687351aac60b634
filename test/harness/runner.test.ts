import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_GITHUB_TOKEN, FakeGitHub } from './fake-github.js';
import { inputEnvName, pullRequestEvent, pushEvent, runAction, UNROUTABLE_URL } from './runner.js';

// A throwaway action under the repo's gitignored .tmp/ so its `import '@actions/core'` resolves from
// the repo's node_modules, driven by a `mode` input.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let entry: string;
let actionYml: string;

const ACTION_YML = `name: harness probe
description: exercises the runner harness
inputs:
  mode:
    description: what to do
    default: report
  token:
    description: token
    default: \${{ github.token }}
  head-sha:
    description: head sha
    default: \${{ github.event.pull_request.head.sha || github.sha }}
  workspace:
    description: workspace
    default: \${{ github.workspace }}
  unknown-expression:
    description: unsupported contexts evaluate to empty
    default: x\${{ secrets.NOPE }}y
  with space:
    description: odd name
  no-default:
    description: never set unless given
runs:
  using: node24
  main: index.js
`;

const SCRIPT = `import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
const mode = core.getInput('mode');
if (mode === 'report') {
  core.setOutput('single', 'plain value');
  core.setOutput('multi', 'line 1\\nline 2 = with <<EOF inside');
  core.setOutput('inputs', JSON.stringify({
    token: core.getInput('token'), headSha: core.getInput('head-sha'), workspace: core.getInput('workspace'),
    unknown: core.getInput('unknown-expression'), space: core.getInput('with space'),
    noDefault: process.env['INPUT_NO-DEFAULT'] ?? null, cwd: process.cwd(),
  }));
  core.setOutput('env', JSON.stringify(process.env));
  core.setOutput('event', readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
  core.error('bad\\nthing 100%', { file: 'src/a,b.ts', startLine: 3, endLine: 4, startColumn: 1, title: 'T: x, y' });
  core.warning('careful');
  core.notice('fyi', { file: 'README.md' });
  core.debug('only with RUNNER_DEBUG');
  core.setSecret('s3cr3t');
  core.exportVariable('EXPORTED', 'yes');
  core.saveState('phase', 'main');
  core.addPath('/opt/tool/bin');
  await core.summary.addHeading('Coverage').addRaw('91% of lines').write();
} else if (mode === 'fail') {
  core.setFailed('gate failed');
} else if (mode === 'hang') {
  setInterval(() => {}, 1000);
} else if (mode === 'status') {
  const { getOctokit, context } = await import('@actions/github');
  const octokit = getOctokit(core.getInput('token'));
  await octokit.rest.repos.createCommitStatus({ ...context.repo, sha: context.sha, state: 'success', context: 'probe' });
  core.setOutput('posted-to', context.sha);
}
`;

beforeAll(async () => {
  await mkdir(join(repoRoot, '.tmp'), { recursive: true });
  dir = await mkdtemp(join(repoRoot, '.tmp', 'harness-runner-'));
  entry = join(dir, 'index.mjs');
  actionYml = join(dir, 'action.yml');
  await writeFile(entry, SCRIPT);
  await writeFile(actionYml, ACTION_YML);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runAction', () => {
  it('collects outputs (plain and heredoc), summary, annotations, masks and file commands', async () => {
    const run = await runAction('probe', { entry, actionYml, debug: true });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.single).toBe('plain value');
    expect(run.outputs.multi).toBe('line 1\nline 2 = with <<EOF inside');
    expect(run.summary).toContain('<h1>Coverage</h1>');
    expect(run.summary).toContain('91% of lines');
    expect(run.annotations).toEqual([
      {
        level: 'error',
        message: 'bad\nthing 100%',
        file: 'src/a,b.ts',
        line: 3,
        endLine: 4,
        col: 1,
        title: 'T: x, y',
      },
      { level: 'warning', message: 'careful' },
      { level: 'notice', message: 'fyi', file: 'README.md' },
      { level: 'debug', message: 'only with RUNNER_DEBUG' },
    ]);
    expect(run.masks).toEqual(['s3cr3t']);
    expect(run.exportedEnv).toEqual({ EXPORTED: 'yes' });
    expect(run.savedState).toEqual({ phase: 'main' });
    expect(run.addedPath).toEqual(['/opt/tool/bin']);
  });

  it('applies action.yml defaults, evaluating the expressions that matter', async () => {
    const event = pullRequestEvent({ number: 4, headSha: 'a'.repeat(40) });
    const run = await runAction('probe', { entry, actionYml, event });
    const inputs = JSON.parse(run.outputs.inputs ?? '{}');
    expect(inputs.token).toBe(FAKE_GITHUB_TOKEN);
    expect(inputs.headSha).toBe('a'.repeat(40));
    expect(inputs.workspace).toBe(run.env.GITHUB_WORKSPACE);
    expect(inputs.cwd).toBe(run.env.GITHUB_WORKSPACE);
    expect(inputs.unknown).toBe('xy');
    expect(inputs.noDefault).toBeNull();
  });

  it('falls back through || when the first operand is empty, and passes given inputs verbatim', async () => {
    const run = await runAction('probe', {
      entry,
      actionYml,
      event: pushEvent({ sha: 'b'.repeat(40) }),
      inputs: { 'with space': ' kept as is ', token: 'explicit' },
    });
    const inputs = JSON.parse(run.outputs.inputs ?? '{}');
    expect(inputs.headSha).toBe('b'.repeat(40));
    expect(inputs.space).toBe('kept as is'); // core.getInput trims; the env holds the raw value
    expect(run.env[inputEnvName('with space')]).toBe(' kept as is ');
    expect(inputs.token).toBe('explicit');
  });

  it('names input variables like the runner: spaces to underscores, hyphens kept, upper case', () => {
    expect(inputEnvName('min-lines')).toBe('INPUT_MIN-LINES');
    expect(inputEnvName('with space')).toBe('INPUT_WITH_SPACE');
  });

  it('sets GITHUB_SHA to the merge commit of a pull_request, not its head', async () => {
    const event = pullRequestEvent({ number: 12, headRef: 'feat/x', baseRef: 'develop', repo: 'acme/web' });
    const run = await runAction('probe', { entry, actionYml, event });
    const payload = JSON.parse(run.outputs.event ?? '{}');
    expect(run.env.GITHUB_EVENT_NAME).toBe('pull_request');
    expect(run.env.GITHUB_SHA).toBe(payload.pull_request.merge_commit_sha);
    expect(run.env.GITHUB_SHA).not.toBe(payload.pull_request.head.sha);
    expect(run.env.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/);
    expect(run.env.GITHUB_REF).toBe('refs/pull/12/merge');
    expect(run.env.GITHUB_HEAD_REF).toBe('feat/x');
    expect(run.env.GITHUB_BASE_REF).toBe('develop');
    expect(run.env.GITHUB_REPOSITORY).toBe('acme/web');
    expect(run.env.GITHUB_REPOSITORY_OWNER).toBe('acme');
    expect(payload.number).toBe(12);
  });

  it('describes a fork pull request with the head repo under the contributor', () => {
    const { payload } = pullRequestEvent({ fork: true, user: 'outsider' }) as {
      payload: {
        pull_request: {
          head: { repo: { full_name: string; fork: boolean } };
          base: { repo: { full_name: string } };
        };
      };
    };
    expect(payload.pull_request.head.repo).toMatchObject({ full_name: 'outsider/shop', fork: true });
    expect(payload.pull_request.base.repo.full_name).toBe('octo-org/shop');
  });

  it('does not inherit GITHUB_* or INPUT_* from the parent and keeps GitHub URLs unroutable', async () => {
    process.env.GITHUB_REPOSITORY = 'leaked/repo';
    process.env.GITHUB_TOKEN = 'parent-token';
    process.env.INPUT_MODE = 'fail';
    try {
      const run = await runAction('probe', { entry, actionYml });
      const childEnv = JSON.parse(run.outputs.env ?? '{}');
      expect(childEnv.GITHUB_REPOSITORY).toBe('octo-org/shop');
      expect(childEnv.GITHUB_TOKEN).toBeUndefined();
      expect(childEnv.INPUT_MODE).toBe('report');
      expect(childEnv.GITHUB_API_URL).toBe(UNROUTABLE_URL);
      expect(childEnv.GITHUB_SERVER_URL).toBe(UNROUTABLE_URL);
      expect(childEnv.GITHUB_GRAPHQL_URL.startsWith(UNROUTABLE_URL)).toBe(true);
      for (const name of [
        'GITHUB_ACTIONS',
        'CI',
        'RUNNER_TEMP',
        'RUNNER_TOOL_CACHE',
        'GITHUB_RUN_ID',
        'GITHUB_ACTOR',
      ]) {
        expect(childEnv[name], name).toBeTruthy();
      }
      expect(childEnv.RUNNER_OS).toBe('Linux');
    } finally {
      delete process.env.GITHUB_REPOSITORY;
      delete process.env.GITHUB_TOKEN;
      delete process.env.INPUT_MODE;
    }
  });

  it('reports a failing action through exitCode and its error annotation', async () => {
    const run = await runAction('probe', { entry, actionYml, inputs: { mode: 'fail' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toEqual([{ level: 'error', message: 'gate failed' }]);
  });

  it('kills a hanging action after timeoutMs and says so', async () => {
    const started = Date.now();
    await expect(
      runAction('probe', { entry, actionYml, inputs: { mode: 'hang' }, timeoutMs: 500 }),
    ).rejects.toThrow(/did not finish within 500 ms/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('rejects inputs action.yml does not declare, naming them', async () => {
    await expect(runAction('probe', { entry, actionYml, inputs: { 'min-line': '80' } })).rejects.toThrow(
      /'min-line' not declared in action\.yml/,
    );
  });

  it('explains a missing bundle instead of failing obscurely', async () => {
    await expect(runAction('no-such-action')).rejects.toThrow(
      /dist\/no-such-action\/index\.js does not exist/,
    );
  });

  it('wires an action to the fake API through GITHUB_API_URL and the default token', async () => {
    const fake = await FakeGitHub.start();
    try {
      const event = pullRequestEvent({ number: 3 });
      const run = await runAction('probe', {
        entry,
        actionYml,
        event,
        inputs: { mode: 'status' },
        env: { GITHUB_API_URL: fake.url },
      });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(run.outputs['posted-to']).toBe(run.env.GITHUB_SHA);
      expect(fake.state.statuses[run.env.GITHUB_SHA ?? '']?.map((s) => s.context)).toEqual(['probe']);
      expect(fake.calls('repos/create-commit-status')[0]?.path).toBe(
        `/repos/octo-org/shop/statuses/${run.env.GITHUB_SHA}`,
      );
      expect(fake.violations).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('removes its temp dir unless keepTemp is set', async () => {
    const run = await runAction('probe', { entry, actionYml, keepTemp: true });
    const eventPath = run.env.GITHUB_EVENT_PATH ?? '';
    expect(JSON.parse(await readFile(eventPath, 'utf8')).ref).toBe('refs/heads/main');
    await rm(join(eventPath, '..', '..'), { recursive: true, force: true });
    const cleaned = await runAction('probe', { entry, actionYml });
    await expect(readFile(cleaned.env.GITHUB_EVENT_PATH ?? '', 'utf8')).rejects.toThrow(/ENOENT/);
  });
});
