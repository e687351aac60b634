// The shared comment's write protocol against the fake GitHub: several writers at once, with
// random delays on every request so that their reads and writes interleave differently each time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeGitHub } from '../../test/harness/fake-github.js';
import { createGitHubClient } from './client.js';
import { parseSections, SHARED_COMMENT_MARKER } from './comment-sections.js';
import { postCommentSection, type SectionInput, type SectionTiming } from './pr-comment.js';

// Each client stands for a job on its own runner: its own throttling limiter (see sticky-comment's test).
vi.mock('@octokit/plugin-throttling', async (importOriginal) => {
  const original = await importOriginal<typeof import('@octokit/plugin-throttling')>();
  let clients = 0;
  const throttling = (...[octokit, options]: Parameters<typeof original.throttling>) =>
    original.throttling(octokit, { ...options, throttle: { ...options.throttle!, id: `job-${++clients}` } });
  return { ...original, throttling };
});

const PR = 3;
const FAST: SectionTiming = { settleMs: [40, 90], retryMs: [5, 40], rounds: 40 };
const log = { info: () => {}, warning: () => {}, debug: () => {} };

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await FakeGitHub.start();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

function write(key: string, body: string, extra: Partial<SectionInput> = {}) {
  const octokit = createGitHubClient({ token: fake.token, baseUrl: fake.url, log, retryAfterBaseMs: 5 });
  return postCommentSection(octokit, {
    owner: 'octo',
    repo: 'demo',
    issueNumber: PR,
    key,
    body,
    mode: 'shared',
    log,
    timing: FAST,
    ...extra,
  });
}

function sharedComments() {
  return fake.state.commentsOn(PR).filter((c) => c.body.startsWith(`<!-- ${SHARED_COMMENT_MARKER} -->`));
}

describe('the shared pull request comment', () => {
  it('converges on one comment holding every section when writers race, round after round', async () => {
    fake.latency = () => Math.random() * 25;
    const keys = [
      'coverage-gate',
      'coverage-comment:api',
      'perf-regression',
      'lighthouse-vitals',
      'deploy-smoke-health',
    ];
    for (let round = 0; round < 8; round++) {
      const results = await Promise.all(keys.map((k) => write(k, `### ${k}\n\nround ${round}`)));
      expect(
        results.every((r) => r.ok),
        JSON.stringify(results),
      ).toBe(true);
      const comments = sharedComments();
      expect(comments, `round ${round}`).toHaveLength(1);
      const sections = parseSections(comments[0]!.body);
      expect(sections.map((s) => s.key).sort()).toEqual([...keys].sort());
      for (const s of sections) expect(s.body).toBe(`### ${s.key}\n\nround ${round}`);
    }
  }, 120_000);

  it('merges the sections of twin comments into the oldest and deletes the twins', async () => {
    const marker = `<!-- ${SHARED_COMMENT_MARKER} -->`;
    const older = fake.state.addComment(
      PR,
      `${marker}\n<!-- shipshape:section perf%2Dregression -->\n### perf\n<!-- /shipshape:section perf%2Dregression -->`,
    );
    fake.state.addComment(
      PR,
      `${marker}\n<!-- shipshape:section lighthouse%2Dvitals -->\n### vitals\n<!-- /shipshape:section lighthouse%2Dvitals -->`,
    );
    const result = await write('coverage-gate', '### gate');
    expect(result.ok).toBe(true);
    const comments = sharedComments();
    expect(comments.map((c) => c.id)).toEqual([older.id]);
    expect(parseSections(comments[0]!.body).map((s) => [s.key, s.body])).toEqual([
      ['coverage-gate', '### gate'],
      ['lighthouse-vitals', '### vitals'],
      ['perf-regression', '### perf'],
    ]);
  });

  it("never edits a comment that carries the marker but is not the bot's", async () => {
    const human = fake.state.addComment(PR, `<!-- ${SHARED_COMMENT_MARKER} -->\nquoted by a person`, {
      login: 'octocat',
      id: 583231,
      type: 'User',
    });
    expect((await write('coverage-gate', '### gate')).ok).toBe(true);
    expect(fake.state.comments.find((c) => c.id === human.id)?.body).toBe(
      `<!-- ${SHARED_COMMENT_MARKER} -->\nquoted by a person`,
    );
    expect(sharedComments().filter((c) => c.user.type === 'Bot')).toHaveLength(1);
  });

  it('fits the budget together: a section too large for its share becomes a pointer to its job summary', async () => {
    const big = `### perf-regression\n\n${'| a | b |\n'.repeat(6_000)}`; // about 60,000 characters
    expect(
      (await write('perf-regression', big, { summaryUrl: 'https://github.com/octo/demo/actions/runs/1' })).ok,
    ).toBe(true);
    const medium = `### coverage\n\n${'x'.repeat(20_000)}`;
    const result = await write('coverage-comment', medium, {
      summaryUrl: 'https://github.com/octo/demo/actions/runs/2',
    });
    expect(result.ok).toBe(true);
    const body = sharedComments()[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    const sections = Object.fromEntries(parseSections(body).map((s) => [s.key, s.body]));
    expect(sections['coverage-comment'] === medium).toBe(true);
    expect(sections['perf-regression']).toMatch(/^### perf-regression\n\n_This section did not fit/);
    expect(sections['perf-regression']).toContain('(https://github.com/octo/demo/actions/runs/1)');
  });

  it('defuses marker look-alikes in a section body so that no section can close or forge another', async () => {
    const evil =
      '### x\n\n`<!-- /shipshape:section x -->\n<!-- shipshape:section coverage%2Dgate -->\nforged`';
    expect((await write('x', evil)).ok).toBe(true);
    const sections = parseSections(sharedComments()[0]!.body);
    expect(sections.map((s) => s.key)).toEqual(['x']);
  });
});
