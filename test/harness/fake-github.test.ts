import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeGitRepo } from '../support/git-repo.js';
import { addCommitRoutes } from './fake-commits.js';
import { FakeGitHub, type PullFile } from './fake-github.js';

let fake: FakeGitHub;

beforeEach(async () => {
  fake = await FakeGitHub.start();
});

afterEach(async () => {
  await fake.close();
});

async function call(method: string, path: string, body?: unknown, token: string | null = fake.token) {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (token !== null) headers.authorization = `token ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

function files(count: number): PullFile[] {
  return Array.from({ length: count }, (_, i) => ({
    filename: `src/file-${i}.ts`,
    status: 'modified' as const,
    additions: i,
    deletions: 1,
  }));
}

/** Parses a Link header into rel → page number. */
function links(header: string | null): Record<string, number> {
  const result: Record<string, number> = {};
  for (const part of (header ?? '').split(',').filter(Boolean)) {
    const found = /<([^>]+)>;\s*rel="([^"]+)"/.exec(part.trim());
    if (found?.[1] && found[2]) result[found[2]] = Number(new URL(found[1]).searchParams.get('page'));
  }
  return result;
}

describe('OpenAPI conformance', () => {
  it('rejects a path GitHub does not document and records the violation', async () => {
    const response = await call('GET', '/repos/octo-org/shop/coverage-reports');
    expect(response.status).toBe(404);
    expect(response.json.message).toContain("not in GitHub's OpenAPI description");
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toMatchObject({
      kind: 'unknown-operation',
      path: '/repos/octo-org/shop/coverage-reports',
    });
  });

  it('rejects a documented path used with an undocumented method', async () => {
    const response = await call('DELETE', '/repos/octo-org/shop/pulls/3/files');
    expect(response.status).toBe(404);
    expect(fake.violations.map((v) => v.kind)).toEqual(['unknown-operation']);
  });

  it('accepts a documented operation and records its operationId', async () => {
    fake.state.pullFiles[3] = files(2);
    const response = await call('GET', '/repos/octo-org/shop/pulls/3/files');
    expect(response.status).toBe(200);
    expect(fake.violations).toEqual([]);
    expect(fake.requests[0]?.operationId).toBe('pulls/list-files');
  });

  it('prefers literal segments: /issues/comments is not /issues/{issue_number}', async () => {
    await call('GET', '/repos/octo-org/shop/issues/comments');
    await call('GET', '/repos/octo-org/shop/issues/17');
    expect(fake.requests.map((r) => r.operationId)).toEqual(['issues/list-comments-for-repo', 'issues/get']);
    fake.allowUnhandled = true; // only the routing is under test
  });

  it('matches multi-segment parameters such as a branch ref with slashes', async () => {
    await call('POST', '/repos/octo-org/shop/statuses/abc123', { state: 'success', context: 'x' });
    const response = await call('GET', '/repos/octo-org/shop/commits/feature/nested/branch/statuses');
    expect(response.status).toBe(200);
    expect(fake.requests[1]?.operationId).toBe('repos/list-commit-statuses-for-ref');
  });

  it('answers 422 and records a violation when a required body property is missing', async () => {
    const response = await call('POST', '/repos/octo-org/shop/statuses/abc', { context: 'coverage' });
    expect(response.status).toBe(422);
    expect(fake.violations).toEqual([
      expect.objectContaining({ kind: 'invalid-body', message: 'body.state is required' }),
    ]);
    expect(fake.state.statuses.abc).toBeUndefined();
  });

  it('checks enums and nested required properties of the body schema', async () => {
    const badState = await call('POST', '/repos/o/r/statuses/abc', { state: 'passed' });
    expect(badState.status).toBe(422);
    const noSummary = await call('POST', '/repos/o/r/check-runs', {
      name: 'n',
      head_sha: 'abc',
      output: { title: 't' },
    });
    expect(noSummary.status).toBe(422);
    expect(fake.violations.map((v) => v.message)).toEqual([
      expect.stringContaining('body.state is "passed"'),
      'body.output.summary is required',
    ]);
  });

  it('records unknown query parameters without failing the request, as GitHub ignores them', async () => {
    fake.state.pullFiles[1] = files(1);
    const response = await call('GET', '/repos/o/r/pulls/1/files?perPage=100');
    expect(response.status).toBe(200);
    expect(fake.violations).toEqual([expect.objectContaining({ kind: 'unknown-query-parameter' })]);
    expect(fake.violations[0]?.message).toContain('"perPage"');
  });

  it('answers 404 for documented operations it does not implement, listing them in unhandled', async () => {
    const response = await call('GET', '/repos/octo-org/shop');
    expect(response.status).toBe(404);
    expect(response.json.message).toContain('repos/get');
    expect(fake.unhandled.map((r) => r.operationId)).toEqual(['repos/get']);
    // close() would fail on it otherwise: nothing else in the suite may leave a request unhandled.
    fake.allowUnhandled = true;
    expect(fake.violations).toEqual([]);
  });

  it('refuses to register a route GitHub does not document', () => {
    expect(() => fake.route('GET', '/repos/{owner}/{repo}/coverage', () => ({ status: 200 }))).toThrow(
      /not in GitHub's OpenAPI description/,
    );
  });

  it('hands custom routes their path parameters under the names they were registered with', async () => {
    fake.route('GET', '/repos/{o}/{r}/pulls/{n}', (_req, params) => ({ status: 200, body: params }));
    const response = await call('GET', '/repos/acme/web/pulls/12');
    expect(response.json).toEqual({ o: 'acme', r: 'web', n: '12' });
  });
});

describe('authentication and headers', () => {
  it('requires the token as "token X" or "Bearer X"', async () => {
    expect((await call('GET', '/repos/o/r/issues/1/comments', undefined, null)).status).toBe(401);
    expect((await call('GET', '/repos/o/r/issues/1/comments', undefined, 'wrong')).status).toBe(401);
    const bearer = await fetch(`${fake.url}/repos/o/r/issues/1/comments`, {
      headers: { authorization: `Bearer ${fake.token}` },
    });
    expect(bearer.status).toBe(200);
  });

  it('sends GitHub-like headers with a rate-limit budget that counts down', async () => {
    const first = await call('GET', '/repos/o/r/issues/1/comments');
    const second = await call('GET', '/repos/o/r/issues/1/comments');
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.headers.get('x-github-request-id')).toMatch(/^[0-9A-F:]+$/);
    const limit = Number(first.headers.get('x-ratelimit-limit'));
    expect(Number(first.headers.get('x-ratelimit-remaining'))).toBe(
      limit - Number(first.headers.get('x-ratelimit-used')),
    );
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(
      Number(first.headers.get('x-ratelimit-remaining')) - 1,
    );
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('pagination', () => {
  it('omits the Link header when everything fits on one page', async () => {
    fake.state.pullFiles[2] = files(30);
    const response = await call('GET', '/repos/o/r/pulls/2/files');
    expect(response.json).toHaveLength(30);
    expect(response.headers.get('link')).toBeNull();
  });

  it('links prev, next, last, first in GitHub order and keeps per_page', async () => {
    fake.state.pullFiles[2] = files(250);
    const middle = await call('GET', '/repos/o/r/pulls/2/files?per_page=100&page=2');
    const header = middle.headers.get('link') ?? '';
    expect([...header.matchAll(/rel="(\w+)"/g)].map((m) => m[1])).toEqual(['prev', 'next', 'last', 'first']);
    expect(links(header)).toEqual({ prev: 1, next: 3, last: Math.ceil(250 / 100), first: 1 });
    expect(header).toContain(`<${fake.url}/repos/o/r/pulls/2/files?per_page=100&page=3>; rel="next"`);
    const last = await call('GET', '/repos/o/r/pulls/2/files?per_page=100&page=3');
    expect(last.json).toHaveLength(250 - 200);
    expect(links(last.headers.get('link'))).toEqual({ prev: 2, first: 1 });
  });

  it('defaults to 30 per page, clamps per_page to 100, and following next yields every file once', async () => {
    fake.state.pullFiles[4] = files(65);
    const first = await call('GET', '/repos/o/r/pulls/4/files');
    expect(first.json).toHaveLength(30);
    fake.state.pullFiles[5] = files(150);
    const clamped = await call('GET', '/repos/o/r/pulls/5/files?per_page=500');
    expect(clamped.json).toHaveLength(100);

    const seen: string[] = [];
    let next: string | undefined = `${fake.url}/repos/o/r/pulls/4/files`;
    while (next) {
      const response = await fetch(next, { headers: { authorization: `token ${fake.token}` } });
      seen.push(...((await response.json()) as { filename: string }[]).map((f) => f.filename));
      next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
    }
    expect(seen).toEqual(fake.state.pullFiles[4]?.map((f) => f.filename));
  });

  it('serves at most 3000 files of a pull request, like GitHub', async () => {
    fake.state.pullFiles[6] = files(3100);
    const first = await call('GET', '/repos/o/r/pulls/6/files?per_page=100');
    expect(links(first.headers.get('link')).last).toBe(3000 / 100);
    const beyond = await call('GET', '/repos/o/r/pulls/6/files?per_page=100&page=31');
    expect(beyond.json).toEqual([]);
  });

  it('paginates issue comments oldest first', async () => {
    const seeded = Array.from({ length: 5 }, (_, i) => fake.state.addComment(9, `comment ${i}`));
    fake.state.addComment(10, 'elsewhere');
    const page = await call('GET', '/repos/o/r/issues/9/comments?per_page=2&page=3');
    expect(page.json.map((c: { id: number }) => c.id)).toEqual([seeded[4]?.id]);
    expect(links(page.headers.get('link'))).toEqual({ prev: 2, first: 1 });
  });
});

describe('built-in routes', () => {
  it('stores commit statuses per sha and lists them newest first', async () => {
    const created = await call('POST', '/repos/o/r/statuses/abc', { state: 'pending', context: 'cov' });
    await call('POST', '/repos/o/r/statuses/abc', { state: 'success', context: 'cov', description: '91%' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      state: 'pending',
      context: 'cov',
      description: null,
      creator: { type: 'Bot' },
    });
    expect(created.headers.get('location')).toBe(`${fake.url}/repos/o/r/statuses/abc`);
    expect(fake.state.statuses.abc?.map((s) => s.state)).toEqual(['pending', 'success']);
    const listed = await call('GET', '/repos/o/r/commits/abc/statuses');
    expect(listed.json.map((s: { state: string }) => s.state)).toEqual(['success', 'pending']);
  });

  it('defaults a status context to "default"', async () => {
    await call('POST', '/repos/o/r/statuses/def', { state: 'failure' });
    expect(fake.state.statuses.def?.[0]?.context).toBe('default');
  });

  it('creates and completes check runs, appending annotations across updates', async () => {
    const annotation = {
      path: 'a.ts',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning',
      message: 'm',
    };
    const created = await call('POST', '/repos/o/r/check-runs', {
      name: 'coverage',
      head_sha: 'abc',
      status: 'in_progress',
      output: { title: 't', summary: 's', annotations: [annotation] },
    });
    expect(created.status).toBe(201);
    const updated = await call('PATCH', `/repos/o/r/check-runs/${created.json.id}`, {
      conclusion: 'success',
      output: { title: 't', summary: 's2', annotations: [annotation, annotation] },
    });
    expect(updated.json).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { annotations_count: 3 },
    });
    expect(fake.state.checkRuns[0]?.annotations).toHaveLength(3);
    expect(fake.state.checkRuns[0]?.output.summary).toBe('s2');
  });

  it('rejects more than 50 annotations per request, as the schema and GitHub do', async () => {
    const annotation = { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' };
    const response = await call('POST', '/repos/o/r/check-runs', {
      name: 'n',
      head_sha: 'abc',
      output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) },
    });
    expect(response.status).toBe(422);
    expect(fake.state.checkRuns).toEqual([]);
  });

  it('rejects completing a check run without a conclusion (anyOf in the schema)', async () => {
    const created = await call('POST', '/repos/o/r/check-runs', { name: 'n', head_sha: 'abc' });
    const response = await call('PATCH', `/repos/o/r/check-runs/${created.json.id}`, { status: 'completed' });
    expect(response.status).toBe(422);
  });

  it('serves pull requests it knows and 404s the rest', async () => {
    fake.state.pulls[8] = { title: 'Add coverage gate' };
    const known = await call('GET', '/repos/o/r/pulls/8');
    expect(known.json).toMatchObject({ number: 8, title: 'Add coverage gate', state: 'open' });
    expect(known.json.head.sha).not.toBe(known.json.merge_commit_sha);
    expect((await call('GET', '/repos/o/r/pulls/99')).status).toBe(404);
  });

  it('creates, edits and deletes issue comments', async () => {
    fake.state.pulls[3] = {};
    const created = await call('POST', '/repos/o/r/issues/3/comments', { body: 'report' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      body: 'report',
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    expect(created.json.html_url).toBe(`https://github.com/o/r/pull/3#issuecomment-${created.json.id}`);
    const edited = await call('PATCH', `/repos/o/r/issues/comments/${created.json.id}`, {
      body: 'report v2',
    });
    expect(edited.json.body).toBe('report v2');
    expect(fake.state.commentsOn(3).map((c) => c.body)).toEqual(['report v2']);
    expect((await call('DELETE', `/repos/o/r/issues/comments/${created.json.id}`)).status).toBe(204);
    expect(fake.state.comments).toEqual([]);
    expect((await call('DELETE', `/repos/o/r/issues/comments/${created.json.id}`)).status).toBe(404);
  });

  it('accepts a comment of exactly 65536 characters and rejects one more, with GitHub’s message', async () => {
    expect((await call('POST', '/repos/o/r/issues/3/comments', { body: 'x'.repeat(65536) })).status).toBe(
      201,
    );
    const tooLong = await call('POST', '/repos/o/r/issues/3/comments', { body: 'x'.repeat(65537) });
    expect(tooLong.status).toBe(422);
    expect(tooLong.json.errors[0].message).toBe('body is too long (maximum is 65536 characters)');
    const comment = fake.state.comments[0]!;
    const tooLongEdit = await call('PATCH', `/repos/o/r/issues/comments/${comment.id}`, {
      body: 'y'.repeat(70000),
    });
    expect(tooLongEdit.status).toBe(422);
    expect(fake.state.comments[0]?.body).toHaveLength(65536);
  });
});

describe('faults (observed with raw fetch)', () => {
  it('answers a 5xx status for the next `times` matching requests only', async () => {
    fake.fault(
      { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
      { kind: 'status', status: 502, times: 2 },
    );
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call('GET', '/repos/o/r/issues/1/comments')).status);
    expect(statuses).toEqual([502, 502, 200]);
  });

  it('does not apply a fault to requests that do not match it', async () => {
    fake.fault({ method: 'POST' }, { kind: 'status', status: 500 });
    fake.fault({ path: /\/pulls\// }, { kind: 'status', status: 503 });
    expect((await call('GET', '/repos/o/r/issues/1/comments')).status).toBe(200);
    expect((await call('POST', '/repos/o/r/issues/1/comments', { body: 'x' })).status).toBe(500);
    expect((await call('GET', '/repos/o/r/pulls/1')).status).toBe(503);
  });

  it.each([403, 429] as const)('sends a secondary rate limit as %i with retry-after', async (status) => {
    fake.fault({}, { kind: 'rate-limit', status, retryAfter: 7 });
    const limited = await call('GET', '/repos/o/r/issues/1/comments');
    expect(limited.status).toBe(status);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.json.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect((await call('GET', '/repos/o/r/issues/1/comments')).status).toBe(200);
  });

  it('sends a primary rate limit with x-ratelimit-remaining 0 and a reset time', async () => {
    fake.fault({}, { kind: 'rate-limit', status: 403, retryAfter: 30, primary: true });
    const limited = await call('GET', '/repos/o/r/issues/1/comments');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Number(limited.headers.get('x-ratelimit-reset'));
    expect(reset - Date.now() / 1000).toBeGreaterThan(25);
  });

  it('delays a slow response by at least delayMs', async () => {
    fake.fault({}, { kind: 'slow', delayMs: 400 });
    const started = performance.now();
    const response = await call('GET', '/repos/o/r/issues/1/comments');
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
  });

  it('drops the connection without a response', async () => {
    fake.fault({}, { kind: 'drop' });
    await expect(call('GET', '/repos/o/r/issues/1/comments')).rejects.toThrow(/fetch failed/);
    expect((await call('GET', '/repos/o/r/issues/1/comments')).status).toBe(200);
    expect(fake.requests).toHaveLength(2);
  });
});

describe('requests the fake cannot answer', () => {
  it('fail close(), naming the operations, unless the test allows them', async () => {
    const other = await FakeGitHub.start();
    await fetch(`${other.url}/repos/o/r`, { headers: { authorization: `token ${other.token}` } });
    await expect(other.close()).rejects.toThrow(
      /1 request\(s\) for operations it has no handler for: repos\/get \(GET \/repos\/o\/r\)/,
    );
    const allowed = await FakeGitHub.start();
    allowed.allowUnhandled = true;
    await fetch(`${allowed.url}/repos/o/r`, { headers: { authorization: `token ${allowed.token}` } });
    await expect(allowed.close()).resolves.toBeUndefined();
  });
});

describe('the commits listing and compare, answered from a real repository', () => {
  it('lists newest first through every parent, pages like GitHub, compares, and answers 404 for an unknown commit', async () => {
    // main: m1, m2, then a merge of a side branch (s1) as m3.
    const repo = makeGitRepo([{ message: 'm1', files: { a: '1' } }]);
    try {
      const [m1] = repo.shas as [string];
      repo.git('checkout', '-q', '-b', 'side');
      writeFileSync(join(repo.dir, 'b'), 'side');
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', 's1');
      const s1 = repo.git('rev-parse', 'HEAD');
      repo.git('checkout', '-q', 'main');
      writeFileSync(join(repo.dir, 'a'), '2');
      repo.git('commit', '-q', '-am', 'm2');
      const m2 = repo.git('rev-parse', 'HEAD');
      repo.git('merge', '-q', '--no-ff', '-m', 'm3', 'side');
      const m3 = repo.git('rev-parse', 'HEAD');
      addCommitRoutes(fake, () => repo.dir);

      const all = await call('GET', `/repos/o/r/commits?sha=${m3}`);
      expect(all.status).toBe(200);
      expect(new Set(all.json.map((c: { sha: string }) => c.sha))).toEqual(new Set([m3, m2, s1, m1]));
      expect(all.json[0].sha).toBe(m3);
      expect(all.json[0].parents.map((p: { sha: string }) => p.sha)).toEqual([m2, s1]);
      expect(all.json[0].commit.message).toBe('m3');

      const first = await call('GET', `/repos/o/r/commits?sha=${m2}&per_page=1`);
      expect(first.json.map((c: { sha: string }) => c.sha)).toEqual([m2]);
      expect(links(first.headers.get('link'))).toEqual({ next: 2, last: 2 });
      const second = await call('GET', `/repos/o/r/commits?sha=${m2}&per_page=1&page=2`);
      expect(second.json.map((c: { sha: string }) => c.sha)).toEqual([m1]);

      const compared = await call('GET', `/repos/o/r/compare/${m2}...${s1}`);
      expect(compared.status).toBe(200);
      expect(compared.json.merge_base_commit.sha).toBe(m1);
      expect([compared.json.status, compared.json.ahead_by, compared.json.behind_by]).toEqual([
        'diverged',
        1,
        1,
      ]);
      expect(compared.json.commits.map((c: { sha: string }) => c.sha)).toEqual([s1]);
      expect((await call('GET', `/repos/o/r/compare/${m1}...${m3}`)).json.status).toBe('ahead');
      expect((await call('GET', `/repos/o/r/compare/${m1}...${'e'.repeat(40)}`)).status).toBe(404);

      const unknown = await call('GET', `/repos/o/r/commits?sha=${'f'.repeat(40)}`);
      expect(unknown.status).toBe(404);
      expect(unknown.json.message).toBe(`No commit found for SHA: ${'f'.repeat(40)}`);
      expect(fake.violations).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});
