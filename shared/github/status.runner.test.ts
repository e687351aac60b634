import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../../test/harness/fake-github.js';
import { createGitHubClient } from './client.js';
import { MAX_STATUS_DESCRIPTION, setCommitStatus, truncateDescription } from './status.js';

const STATUS_ROUTE = '/repos/{owner}/{repo}/statuses/{sha}';
const HEAD_SHA = 'c0ffee'.padEnd(40, '1');
const MERGE_SHA = 'abcdef'.padEnd(40, '2');

let fake: FakeGitHub;
const log = { info: () => {}, warning: () => {} };

beforeEach(async () => {
  fake = await FakeGitHub.start();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const client = () =>
  createGitHubClient({ token: fake.token, baseUrl: fake.url, log, retries: 1, retryAfterBaseMs: 5 });

describe('setCommitStatus', () => {
  it('posts the status to the sha it is given', async () => {
    const result = await setCommitStatus(client(), {
      owner: 'octo',
      repo: 'demo',
      sha: HEAD_SHA,
      context: 'shipshape/coverage',
      state: 'failure',
      description: 'Lines 71.2% < 80%',
      targetUrl: 'https://github.com/octo/demo/actions/runs/1',
    });
    expect(result).toMatchObject({ ok: true, description: 'Lines 71.2% < 80%' });
    expect(fake.state.statuses[MERGE_SHA]).toBeUndefined();
    expect(fake.state.statuses[HEAD_SHA]).toMatchObject([
      {
        context: 'shipshape/coverage',
        state: 'failure',
        description: 'Lines 71.2% < 80%',
        target_url: 'https://github.com/octo/demo/actions/runs/1',
      },
    ]);
    const [call] = fake.calls('repos/create-commit-status');
    expect(call?.path).toBe(`/repos/octo/demo/statuses/${HEAD_SHA}`);
  });

  it('sends a long description shortened to GitHub’s limit', async () => {
    const description = `${'coverage dropped in many files '.repeat(10)}end`;
    const result = await setCommitStatus(client(), {
      owner: 'o',
      repo: 'r',
      sha: HEAD_SHA,
      context: 'c',
      state: 'error',
      description,
    });
    const sent = fake.state.statuses[HEAD_SHA]?.[0]?.description ?? '';
    expect(sent.length).toBeLessThanOrEqual(MAX_STATUS_DESCRIPTION);
    expect(sent.endsWith('…')).toBe(true);
    expect(description.startsWith(sent.slice(0, -1))).toBe(true);
    expect(result).toMatchObject({ ok: true, description: sent });
  });

  it('returns a forbidden result naming the permission instead of throwing', async () => {
    fake.route('POST', STATUS_ROUTE, () => ({
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status',
        status: '403',
      },
    }));
    const result = await setCommitStatus(client(), {
      owner: 'o',
      repo: 'r',
      sha: HEAD_SHA,
      context: 'c',
      state: 'success',
      description: 'ok',
    });
    expect(result).toEqual({
      ok: false,
      reason: 'forbidden',
      status: 403,
      message: expect.stringContaining("grant 'statuses: write'"),
    });
    expect(fake.calls('repos/create-commit-status')).toHaveLength(1); // a 403 is not retried
  });

  it('throws with the endpoint named when GitHub keeps failing', async () => {
    fake.fault({ path: STATUS_ROUTE }, { kind: 'status', status: 503, times: Number.POSITIVE_INFINITY });
    const posting = setCommitStatus(client(), {
      owner: 'o',
      repo: 'r',
      sha: HEAD_SHA,
      context: 'ctx',
      state: 'pending',
      description: 'running',
    });
    await expect(posting).rejects.toThrow(
      `Setting commit status 'ctx' on ${HEAD_SHA}: GitHub API POST /repos/o/r/statuses/${HEAD_SHA} failed with 503`,
    );
  });
});

describe('truncateDescription', () => {
  it('keeps short text and folds whitespace', () => {
    expect(truncateDescription('  a\n b  ')).toBe('a b');
    expect(truncateDescription('x'.repeat(140))).toBe('x'.repeat(140));
  });

  it('never splits an emoji sequence or an accented letter', () => {
    const family = '👨‍👩‍👧';
    const text = `${'a'.repeat(137)}${family}tail`;
    expect(truncateDescription(text)).toBe(`${'a'.repeat(137)}…`);
    const accented = `${'b'.repeat(138)}e\u0301xyz`; // e + combining acute
    expect(truncateDescription(accented)).toBe(`${'b'.repeat(138)}…`);
  });

  it('property: fits the limit and is a prefix of the folded input', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 2, max: 200 }),
        (text, max) => {
          const folded = text.replace(/\s+/g, ' ').trim();
          const out = truncateDescription(text, max);
          expect(out.length).toBeLessThanOrEqual(max);
          if (folded.length <= max) {
            expect(out).toBe(folded);
            return;
          }
          expect(out.endsWith('…')).toBe(true);
          const kept = out.slice(0, -1);
          expect(folded.startsWith(kept)).toBe(true);
          // The cut falls on a boundary between graphemes of the folded text.
          const boundaries = new Set([
            0,
            ...[...segmenter.segment(folded)].map((s) => s.index + s.segment.length),
          ]);
          expect(boundaries.has(kept.length)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
