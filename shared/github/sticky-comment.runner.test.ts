import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeGitHub, type GitHubUser } from '../../test/harness/fake-github.js';
import { builtInRoutes } from '../../test/harness/fake-repo.js';
import { createGitHubClient } from './client.js';
import {
  MAX_COMMENT_LENGTH,
  markerComment,
  type StickyCommentInput,
  stickyCommentText,
  upsertStickyComment,
} from './sticky-comment.js';

// The throttling plugin spaces writes 1-3 s apart per limiter id, shared by every client in the
// process. Each client here stands for a separate job on its own runner, so it gets its own id;
// all other throttling behaviour (rate-limit retries) is untouched.
vi.mock('@octokit/plugin-throttling', async (importOriginal) => {
  const original = await importOriginal<typeof import('@octokit/plugin-throttling')>();
  let clients = 0;
  const throttling = (...[octokit, options]: Parameters<typeof original.throttling>) =>
    original.throttling(octokit, { ...options, throttle: { ...options.throttle!, id: `job-${++clients}` } });
  return { ...original, throttling };
});

const PR = 7;
const COMMENTS_ROUTE = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const MARKER = 'shipshape:coverage-comment:api';
const HUMAN: GitHubUser = { login: 'octocat', id: 583231, type: 'User' };
const OTHER_BOT: GitHubUser = { login: 'renovate[bot]', id: 29139614, type: 'Bot' };

let fake: FakeGitHub;
let logged: string[];
const log = {
  info: (m: string) => logged.push(`info: ${m}`),
  warning: (m: string) => logged.push(`warning: ${m}`),
  debug: (m: string) => logged.push(`debug: ${m}`),
};

beforeEach(async () => {
  fake = await FakeGitHub.start();
  logged = [];
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  expect(logged.join('\n')).not.toContain(fake.token);
  await fake.close();
});

const client = () =>
  createGitHubClient({ token: fake.token, baseUrl: fake.url, log, retries: 3, retryAfterBaseMs: 5 });

function upsert(overrides: Partial<StickyCommentInput> = {}) {
  return upsertStickyComment(client(), {
    owner: 'octo',
    repo: 'demo',
    issueNumber: PR,
    marker: MARKER,
    body: 'Coverage 81.0%',
    log,
    ...overrides,
  });
}

const bodies = () => fake.state.commentsOn(PR).map((c) => c.body);

describe('markerComment', () => {
  it('wraps the marker in an HTML comment', () => {
    expect(markerComment(MARKER)).toBe(`<!-- ${MARKER} -->`);
  });

  it('cannot be closed early or nested by what the marker contains', () => {
    for (const marker of ['a-->b', 'x--y', 'p>q', '<!--z', 'multi\nline', '---', 'a --!> b']) {
      const line = markerComment(marker);
      const inner = line.slice('<!-- '.length, -' -->'.length);
      expect(inner, marker).not.toContain('--');
      expect(inner, marker).not.toMatch(/[<>\n]/);
      expect(line.split('\n')).toHaveLength(1);
    }
  });

  it('refuses a marker with nothing left after sanitising', () => {
    expect(() => markerComment(' <> ')).toThrow(/empty/);
  });
});

describe('upsertStickyComment', () => {
  it('creates the comment with the marker on its first line, then edits it in place', async () => {
    const first = await upsert({ body: 'Coverage 80.0%' });
    expect(first).toMatchObject({ ok: true, action: 'created' });
    expect(bodies()).toEqual([`<!-- ${MARKER} -->\nCoverage 80.0%`]);

    const second = await upsert({ body: 'Coverage 82.5%' });
    expect(second).toMatchObject({ ok: true, action: 'updated' });
    const comments = fake.state.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(`<!-- ${MARKER} -->\nCoverage 82.5%`);
    expect(first.ok && second.ok && second.id === first.id).toBe(true);
    expect(first.ok && first.url).toBe(
      `https://github.com/octo/demo/issues/${PR}#issuecomment-${comments[0]?.id}`,
    );
    expect(fake.calls('issues/create-comment')).toHaveLength(1);
    expect(fake.calls('issues/update-comment')).toHaveLength(1);
  });

  it('sends no edit when the body is identical', async () => {
    await upsert();
    const result = await upsert();
    expect(result).toMatchObject({ ok: true, action: 'unchanged' });
    expect(fake.calls('issues/update-comment')).toHaveLength(0);
    expect(fake.calls('issues/create-comment')).toHaveLength(1);
  });

  it('finds its comment as the 230th of 250, reading every page at 100 per page', async () => {
    for (let i = 1; i <= 250; i++) {
      if (i === 230) fake.state.addComment(PR, stickyCommentText(MARKER, 'old'));
      else fake.state.addComment(PR, `chatter ${i}`, i % 2 ? HUMAN : fake.state.actor);
    }
    const target = fake.state.commentsOn(PR)[229];
    const result = await upsert({ body: 'new' });
    expect(result).toMatchObject({ ok: true, action: 'updated', id: target?.id });
    expect(target?.body).toBe(stickyCommentText(MARKER, 'new'));
    expect(fake.state.commentsOn(PR)).toHaveLength(250);
    const pages = fake.calls('issues/list-comments').map((r) => [r.query.per_page, r.query.page ?? '1']);
    expect(pages).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ]);
  });

  it('never edits a comment by someone else that quotes the marker', async () => {
    const quoted = `${markerComment(MARKER)}\nI copied the bot's comment`;
    const human = fake.state.addComment(PR, quoted, HUMAN);
    const bot = fake.state.addComment(PR, stickyCommentText(MARKER, 'by another bot'), OTHER_BOT);
    const result = await upsert();
    expect(result).toMatchObject({ ok: true, action: 'created' });
    expect(human.body).toBe(quoted);
    expect(bot.body).toBe(stickyCommentText(MARKER, 'by another bot'));
    expect(fake.state.commentsOn(PR)).toHaveLength(3);
  });

  it('owns comments of the authors it is given', async () => {
    const app = { login: 'Shipshape-App[bot]', id: 99, type: 'Bot' } as const;
    const seeded = fake.state.addComment(PR, stickyCommentText(MARKER, 'old'), app);
    const result = await upsert({ authors: ['shipshape-app[bot]'] });
    expect(result).toMatchObject({ ok: true, action: 'updated', id: seeded.id });
  });

  it('ignores the marker anywhere but the first line', async () => {
    const quoting = fake.state.addComment(PR, `Summary\n> ${markerComment(MARKER)}\n> old`);
    await upsert();
    expect(quoting.body).toBe(`Summary\n> ${markerComment(MARKER)}\n> old`);
    expect(fake.state.commentsOn(PR)).toHaveLength(2);
  });

  it('keeps instances with different markers apart', async () => {
    const web = 'shipshape:coverage-comment:web';
    await upsert({ marker: web, body: 'web 1' });
    await upsert({ marker: MARKER, body: 'api 1' });
    await upsert({ marker: web, body: 'web 2' });
    expect(bodies()).toEqual([stickyCommentText(web, 'web 2'), stickyCommentText(MARKER, 'api 1')]);
  });

  it('converges leftover twins from a race on the oldest, with the new body', async () => {
    const older = fake.state.addComment(PR, stickyCommentText(MARKER, 'job A'));
    fake.state.addComment(PR, stickyCommentText(MARKER, 'job B'));
    const result = await upsert({ body: 'job C' });
    expect(result).toMatchObject({ ok: true, action: 'updated', id: older.id });
    expect(fake.state.commentsOn(PR).map((c) => [c.id, c.body])).toEqual([
      [older.id, stickyCommentText(MARKER, 'job C')],
    ]);
  });

  it('moves its body to an older twin created at the same moment and deletes its own', async () => {
    // Another matrix job's comment lands between this job's listing and its own create.
    const create = builtInRoutes(fake.state, () => fake.url).find(
      (r) => r.method === 'POST' && r.template === COMMENTS_ROUTE,
    )!;
    let twinId = 0;
    fake.route('POST', COMMENTS_ROUTE, (req, params) => {
      if (twinId === 0) twinId = fake.state.addComment(PR, stickyCommentText(MARKER, 'twin')).id;
      return create.handler(req, params);
    });
    const result = await upsert({ body: 'mine' });
    expect(twinId).toBeGreaterThan(0);
    expect(fake.calls('issues/create-comment')).toHaveLength(1);
    expect(fake.calls('issues/delete-comment')).toHaveLength(1);
    expect(result).toMatchObject({ ok: true, action: 'updated', id: twinId });
    expect(fake.state.commentsOn(PR).map((c) => [c.id, c.body])).toEqual([
      [twinId, stickyCommentText(MARKER, 'mine')],
    ]);
  });

  it('leaves exactly one comment when five jobs upsert at once', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map((job) => upsert({ body: `job ${job}` })));
    const comments = fake.state.commentsOn(PR);
    expect(comments).toHaveLength(1);
    // The jobs did race (several created a comment) and every extra comment was deleted again.
    const created = fake.calls('issues/create-comment').length;
    expect(created).toBeGreaterThan(1);
    expect(fake.calls('issues/delete-comment').length).toBeGreaterThanOrEqual(created - 1);
    expect(results.every((r) => r.ok && r.id === comments[0]?.id)).toBe(true);
    expect(['job 1', 'job 2', 'job 3', 'job 4', 'job 5'].map((b) => stickyCommentText(MARKER, b))).toContain(
      comments[0]?.body,
    );
  });

  it('leaves one comment per marker when two instances each run three jobs at once', async () => {
    const markers = ['shipshape:coverage-comment:web', MARKER];
    await Promise.all(
      markers.flatMap((marker) => [1, 2, 3].map((job) => upsert({ marker, body: `${marker} ${job}` }))),
    );
    const comments = fake.state.commentsOn(PR);
    expect(comments).toHaveLength(2);
    for (const marker of markers) {
      expect(comments.filter((c) => c.body.startsWith(markerComment(marker)))).toHaveLength(1);
    }
  });

  it('survives a 502, a 429 with retry-after and a dropped connection', async () => {
    fake.state.addComment(PR, 'first!', HUMAN);
    fake.fault(
      { method: 'GET', path: COMMENTS_ROUTE },
      {
        kind: 'status',
        status: 502,
      },
    );
    fake.fault({ method: 'POST' }, { kind: 'rate-limit', status: 429, retryAfter: 1 });
    fake.fault({ method: 'GET' }, { kind: 'drop' });
    const created = await upsert({ body: 'v1' });
    expect(created).toMatchObject({ ok: true, action: 'created' });

    fake.fault({ method: 'PATCH' }, { kind: 'drop' });
    fake.fault({ method: 'PATCH' }, { kind: 'status', status: 502 });
    const updated = await upsert({ body: 'v2' });
    expect(updated).toMatchObject({ ok: true, action: 'updated' });
    expect(bodies()).toEqual(['first!', stickyCommentText(MARKER, 'v2')]);
    expect(fake.calls('issues/create-comment')).toHaveLength(2); // one rate-limited, one accepted
  });

  it('refuses a body over the limit before sending anything', async () => {
    const overhead = stickyCommentText(MARKER, '').length;
    const fits = await upsert({ body: 'x'.repeat(MAX_COMMENT_LENGTH - overhead) });
    expect(fits).toMatchObject({ ok: true, action: 'created' });
    const before = fake.requests.length;
    const result = await upsert({ body: 'x'.repeat(MAX_COMMENT_LENGTH - overhead + 1) });
    expect(result).toMatchObject({ ok: false, reason: 'too-long' });
    expect(!result.ok && result.message).toContain(String(MAX_COMMENT_LENGTH));
    expect(fake.requests.length).toBe(before);
  });

  it('reports a read-only token as forbidden with the permission to grant', async () => {
    fake.route('POST', COMMENTS_ROUTE, () => ({
      status: 403,
      body: { message: 'Resource not accessible by integration', status: '403' },
    }));
    const result = await upsert();
    expect(result).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(!result.ok && result.message).toMatch(/pull-requests: write/);
    expect(!result.ok && result.message).toMatch(/fork/);
  });

  it('creates a new comment when its old one is deleted while it edits', async () => {
    const old = fake.state.addComment(PR, stickyCommentText(MARKER, 'old'));
    fake.route('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', () => {
      fake.state.comments = fake.state.comments.filter((c) => c.id !== old.id);
      return { status: 404, body: { message: 'Not Found', status: '404' } };
    });
    const result = await upsert({ body: 'new' });
    expect(result).toMatchObject({ ok: true, action: 'created' });
    expect(bodies()).toEqual([stickyCommentText(MARKER, 'new')]);
  });

  it('reports a missing issue as not-found', async () => {
    fake.route('GET', COMMENTS_ROUTE, () => ({
      status: 404,
      body: { message: 'Not Found', status: '404' },
    }));
    expect(await upsert()).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('throws with context on a failure it cannot classify', async () => {
    fake.fault({ method: 'GET' }, { kind: 'status', status: 503, times: Number.POSITIVE_INFINITY });
    await expect(upsert()).rejects.toThrow(new RegExp(`sticky comment '${MARKER}' on #${PR}.*503`));
  });
});
