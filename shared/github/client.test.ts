import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeGitHub } from '../../test/harness/fake-github.js';
import { createGitHubClient } from './client.js';
import { describeGitHubError } from './errors.js';

let fake: FakeGitHub;
let logged: string[];
const log = {
  info: (m: string) => logged.push(m),
  warning: (m: string) => logged.push(m),
  debug: (m: string) => logged.push(m),
};

beforeEach(async () => {
  fake = await FakeGitHub.start();
  logged = [];
});
afterEach(async () => {
  vi.unstubAllEnvs();
  expect(fake.violations).toEqual([]);
  await fake.close();
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('createGitHubClient', () => {
  it('defaults to GITHUB_API_URL and identifies itself', async () => {
    vi.stubEnv('GITHUB_API_URL', fake.url);
    fake.state.pullFiles[1] = [];
    const octokit = createGitHubClient({ token: fake.token, log, userAgent: 'shipshape-test/1.0' });
    await octokit.rest.pulls.listFiles({ owner: 'o', repo: 'r', pull_number: 1 });
    const [call] = fake.calls('pulls/list-files');
    expect(call?.headers['user-agent']).toMatch(/^shipshape-test\/1\.0/);
    expect(call?.headers.authorization).toBe(`token ${fake.token}`);
  });

  it('retries a dropped connection and a 503 with backoff', async () => {
    fake.state.pullFiles[1] = [];
    fake.fault({ path: /\/files$/ }, { kind: 'drop' });
    fake.fault({ path: /\/files$/ }, { kind: 'status', status: 503 });
    const octokit = createGitHubClient({ token: fake.token, baseUrl: fake.url, log, retryAfterBaseMs: 20 });
    const started = Date.now();
    const { status } = await octokit.rest.pulls.listFiles({ owner: 'o', repo: 'r', pull_number: 1 });
    expect(status).toBe(200);
    expect(fake.calls('pulls/list-files')).toHaveLength(3);
    // Backoff is (attempt)² units: 1 then 4.
    expect(Date.now() - started).toBeGreaterThanOrEqual(5 * 20 - 5);
  });
});

describe('describeGitHubError', () => {
  it('explains a bad token without showing it', async () => {
    const octokit = createGitHubClient({ token: 'ghs_wrongTokenValue', baseUrl: fake.url, log });
    const error = await failure(octokit.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 }));
    const text = describeGitHubError(error);
    expect(text).toBe(
      'GitHub API GET /repos/o/r/pulls/1 failed with 401: Bad credentials — the token is missing, invalid or expired',
    );
    expect(text).not.toContain('ghs_wrongTokenValue');
  });

  it('names the permission a read-only token lacks', async () => {
    fake.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', () => ({
      status: 403,
      body: { message: 'Resource not accessible by integration', status: '403' },
    }));
    const octokit = createGitHubClient({ token: fake.token, baseUrl: fake.url, log });
    const error = await failure(
      octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 3, body: 'hi' }),
    );
    expect(describeGitHubError(error)).toBe(
      'GitHub API POST /repos/o/r/issues/3/comments failed with 403: Resource not accessible by integration — ' +
        "the token lacks a permission: grant 'pull-requests: write' in the workflow's permissions: block " +
        '(pull requests from forks only get a read-only token)',
    );
  });

  it('includes the details of a validation failure and drops the query string', async () => {
    fake.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', () => ({
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'PullRequest', field: 'page', code: 'invalid', message: 'page is too large' }],
      },
    }));
    const octokit = createGitHubClient({ token: fake.token, baseUrl: fake.url, log });
    const error = await failure(
      octokit.rest.pulls.listFiles({ owner: 'o', repo: 'r', pull_number: 1, page: 99 }),
    );
    expect(describeGitHubError(error)).toBe(
      'GitHub API GET /repos/o/r/pulls/1/files failed with 422: Validation Failed (page is too large)',
    );
  });

  it('describes errors that are not from Octokit plainly', () => {
    expect(describeGitHubError(new Error('boom'))).toBe('boom');
    expect(describeGitHubError('text')).toBe('text');
    expect(describeGitHubError(undefined)).toBe('undefined');
  });
});
