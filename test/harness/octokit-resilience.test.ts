import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.js';

// The real client stack an action would use (@actions/github + plugin-retry + plugin-throttling)
// against the fake, proving the fake's faults look like GitHub's to Octokit and that the plugins,
// configured as below, ride them out.

let fake: FakeGitHub;
let limits: { kind: 'primary' | 'secondary'; retryAfter: number; retryCount: number }[];

beforeEach(async () => {
  fake = await FakeGitHub.start();
  limits = [];
});

afterEach(async () => {
  await fake.close();
});

const silent = { debug() {}, info() {}, warn() {}, error() {} };

// Plugin order matters: the plugin passed last wraps outermost. With throttling before retry,
// plugin-throttling sees a 429 first and honours retry-after; the other way round plugin-retry grabs it
// and retries on its own back-off (see the last test).
function client(retryAfterBaseValue?: number, plugins = [throttling, retry]) {
  return getOctokit(
    fake.token,
    {
      baseUrl: fake.url,
      log: silent,
      retry: retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue },
      throttle: {
        // Both callbacks must return true for plugin-throttling to retry.
        onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
          limits.push({ kind: 'primary', retryAfter, retryCount });
          return retryCount < 2;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          _options: unknown,
          _octokit: unknown,
          retryCount: number,
        ) => {
          limits.push({ kind: 'secondary', retryAfter, retryCount });
          return retryCount < 2;
        },
      },
    },
    ...plugins,
  );
}

const listComments = (octokit: ReturnType<typeof client>) =>
  octokit.rest.issues.listComments({ owner: 'octo-org', repo: 'shop', issue_number: 1 });

describe('@actions/github with plugin-retry and plugin-throttling against the fake', () => {
  it('retries a 500 with plugin-retry defaults (1 s back-off) and succeeds', async () => {
    fake.state.addComment(1, 'hello');
    fake.fault(
      { path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
      { kind: 'status', status: 500 },
    );
    const started = performance.now();
    const response = await listComments(client());
    expect(response.data.map((c) => c.body)).toEqual(['hello']);
    expect(fake.calls('issues/list-comments')).toHaveLength(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('retries 502 and 503 in a row', async () => {
    fake.fault({}, { kind: 'status', status: 502 });
    fake.fault({}, { kind: 'status', status: 503 });
    const response = await listComments(client(20));
    expect(response.status).toBe(200);
    expect(fake.requests).toHaveLength(3);
  });

  it('gives up after the configured number of retries and surfaces the status', async () => {
    fake.fault({}, { kind: 'status', status: 502, times: Number.POSITIVE_INFINITY });
    await expect(listComments(client(5))).rejects.toMatchObject({ status: 502 });
    expect(fake.requests).toHaveLength(1 + 3);
  });

  it('waits out a 403 secondary rate limit for retry-after seconds', async () => {
    fake.fault({}, { kind: 'rate-limit', status: 403, retryAfter: 1 });
    const started = performance.now();
    const response = await listComments(client(20));
    expect(response.status).toBe(200);
    expect(limits).toEqual([{ kind: 'secondary', retryAfter: 1, retryCount: 0 }]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('waits out a 429 secondary rate limit on a write', async () => {
    fake.fault({ method: 'POST' }, { kind: 'rate-limit', status: 429, retryAfter: 1 });
    const octokit = client(20);
    const response = await octokit.rest.repos.createCommitStatus({
      owner: 'octo-org',
      repo: 'shop',
      sha: 'abc',
      state: 'success',
      context: 'coverage',
    });
    expect(response.status).toBe(201);
    expect(limits.map((l) => l.kind)).toEqual(['secondary']);
    expect(fake.state.statuses.abc).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it('waits for the reset of a primary rate limit', async () => {
    fake.fault({}, { kind: 'rate-limit', status: 403, retryAfter: 1, primary: true });
    const response = await listComments(client(20));
    expect(response.status).toBe(200);
    expect(limits.map((l) => l.kind)).toEqual(['primary']);
  });

  it('stops when onSecondaryRateLimit declines, surfacing the 403', async () => {
    fake.fault({}, { kind: 'rate-limit', status: 403, retryAfter: 1, times: 5 });
    await expect(listComments(client(20))).rejects.toMatchObject({ status: 403 });
    expect(limits.map((l) => l.retryCount)).toEqual([0, 1, 2]);
  });

  it('survives a slow response', async () => {
    fake.fault({}, { kind: 'slow', delayMs: 700 });
    const started = performance.now();
    const response = await listComments(client(20));
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(690);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a dropped connection, which Octokit reports as status 500', async () => {
    fake.fault({}, { kind: 'drop', times: 2 });
    const response = await listComments(client(20));
    expect(response.status).toBe(200);
    expect(fake.requests).toHaveLength(3);
  });

  it('paginates pull request files through Link headers up to GitHub’s 3000 cap', async () => {
    fake.state.pullFiles[12] = Array.from({ length: 3050 }, (_, i) => ({
      filename: `f${i}.ts`,
      status: 'added' as const,
      additions: 1,
      deletions: 0,
    }));
    fake.fault({ path: /\/files$/ }, { kind: 'status', status: 502 });
    const octokit = client(20);
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'octo-org',
      repo: 'shop',
      pull_number: 12,
      per_page: 100,
    });
    expect(all).toHaveLength(3000);
    expect(new Set(all.map((f) => f.filename)).size).toBe(3000);
    expect(fake.violations).toEqual([]);
  });

  it('with retry listed before throttling, plugin-retry takes a 429 and ignores retry-after', async () => {
    fake.fault({}, { kind: 'rate-limit', status: 429, retryAfter: 5 });
    const started = performance.now();
    const response = await listComments(client(20, [retry, throttling]));
    expect(response.status).toBe(200);
    expect(limits).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
