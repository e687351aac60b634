import { describe, expect, it } from 'vitest';
import { readEventContext } from './context.js';

const MERGE = '1'.repeat(40);
const HEAD = '2'.repeat(40);
const BASE = '3'.repeat(40);

function env(eventName: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_SHA: MERGE,
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_EVENT_PATH: '/runner/event.json',
    GITHUB_RUN_ID: '987654',
    GITHUB_RUN_ATTEMPT: '2',
    ...extra,
  };
}

const files = (payload: unknown) => (path: string) => {
  if (path !== '/runner/event.json') throw new Error(`ENOENT: no such file, open '${path}'`);
  return JSON.stringify(payload);
};

function pullPayload(headRepo: string | null) {
  return {
    number: 42,
    pull_request: {
      number: 42,
      head: { sha: HEAD, repo: headRepo === null ? null : { full_name: headRepo } },
      base: { sha: BASE, repo: { full_name: 'octo/demo' } },
    },
    repository: { default_branch: 'trunk' },
  };
}

describe('readEventContext', () => {
  it('takes the PR head, not the merge commit, for pull_request', () => {
    const ctx = readEventContext(env('pull_request'), files(pullPayload('octo/demo')));
    expect(ctx).toEqual({
      eventName: 'pull_request',
      repo: { owner: 'octo', repo: 'demo' },
      sha: MERGE,
      headSha: HEAD,
      baseSha: BASE,
      prNumber: 42,
      defaultBranch: 'trunk',
      ref: 'refs/pull/42/merge',
      isFork: false,
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      runId: 987654,
      runAttempt: 2,
      payload: pullPayload('octo/demo'),
    });
  });

  it('recognises a fork, and a deleted fork, for pull_request_target', () => {
    expect(readEventContext(env('pull_request_target'), files(pullPayload('someone/demo'))).isFork).toBe(
      true,
    );
    expect(readEventContext(env('pull_request_target'), files(pullPayload(null))).isFork).toBe(true);
    expect(readEventContext(env('pull_request_target'), files(pullPayload('Octo/Demo'))).isFork).toBe(false);
  });

  it('uses GITHUB_SHA and the previous tip for push', () => {
    const ctx = readEventContext(
      env('push', { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: HEAD }),
      files({ before: BASE, after: HEAD, repository: { default_branch: 'main' } }),
    );
    expect(ctx).toMatchObject({ headSha: HEAD, baseSha: BASE, ref: 'refs/heads/main', isFork: false });
    expect(ctx.prNumber).toBeUndefined();
  });

  it('leaves baseSha out for a new branch (before is all zeros)', () => {
    const ctx = readEventContext(env('push'), files({ before: '0'.repeat(40), after: MERGE }));
    expect(ctx.baseSha).toBeUndefined();
    expect(ctx.headSha).toBe(MERGE);
  });

  it('reads merge_group head and base', () => {
    const ctx = readEventContext(
      env('merge_group'),
      files({ merge_group: { head_sha: HEAD, base_sha: BASE } }),
    );
    expect(ctx).toMatchObject({ headSha: HEAD, baseSha: BASE });
  });

  it('honours GHES server and API URLs', () => {
    const ctx = readEventContext(
      env('workflow_dispatch', {
        GITHUB_SERVER_URL: 'https://ghe.corp',
        GITHUB_API_URL: 'https://ghe.corp/api/v3',
      }),
      files({}),
    );
    expect(ctx).toMatchObject({
      serverUrl: 'https://ghe.corp',
      apiUrl: 'https://ghe.corp/api/v3',
      headSha: MERGE,
    });
  });

  it('names GITHUB_EVENT_PATH when the event file is missing, malformed or not an object', () => {
    expect(() => readEventContext(env('push', { GITHUB_EVENT_PATH: '/nope.json' }), files({}))).toThrow(
      /^GITHUB_EVENT_PATH \/nope\.json cannot be read: ENOENT/,
    );
    expect(() => readEventContext(env('push'), () => '{"truncated":')).toThrow(
      /^GITHUB_EVENT_PATH \/runner\/event\.json is not valid JSON/,
    );
    expect(() => readEventContext(env('push'), () => '[1]')).toThrow(/does not hold a JSON object/);
    const noPath = env('push');
    delete noPath.GITHUB_EVENT_PATH;
    expect(() => readEventContext(noPath, files({}))).toThrow(/^GITHUB_EVENT_PATH is not set/);
  });

  it('rejects a pull_request payload without a head sha and a malformed repository', () => {
    expect(() => readEventContext(env('pull_request'), files({ pull_request: { number: 1 } }))).toThrow(
      /GITHUB_EVENT_PATH \/runner\/event\.json: pull_request\.head\.sha is missing/,
    );
    expect(() => readEventContext(env('push', { GITHUB_REPOSITORY: 'just-a-name' }), files({}))).toThrow(
      /GITHUB_REPOSITORY 'just-a-name' is not of the form owner\/repo/,
    );
    expect(() => readEventContext(env('push', { GITHUB_RUN_ID: 'abc' }), files({}))).toThrow(
      /GITHUB_RUN_ID 'abc'/,
    );
  });
});
