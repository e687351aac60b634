import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, type Fault, type PullFile } from '../../test/harness/fake-github.js';
import { builtInRoutes } from '../../test/harness/fake-repo.js';
import { createGitHubClient, type GitHubClientOptions } from './client.js';
import { listPullRequestChangedLines } from './pull-files.js';

const FILES_ROUTE = '/repos/{owner}/{repo}/pulls/{pull_number}/files';

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

function client(options: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({ token: fake.token, baseUrl: fake.url, log, retryAfterBaseMs: 5, ...options });
}

/**
 * A file whose new side has `length` lines of which `added` were added; the patch is written
 * hunk by hunk with context lines, so the expected set comes from the construction, not a parser.
 */
function syntheticFile(index: number): { file: PullFile; added: number[] } {
  const length = 5 + (index % 11);
  const added = Array.from({ length }, (_, i) => i + 1).filter((n) => (n + index) % 3 === 0);
  const body = Array.from({ length }, (_, i) => (added.includes(i + 1) ? `+new ${i + 1}` : ` same ${i + 1}`));
  const oldCount = length - added.length + 1; // plus one removed line
  const patch = [`@@ -1,${oldCount} +1,${length} @@ header`, '-removed', ...body].join('\n');
  return {
    file: {
      filename: `src/dir${index % 17}/file ${index}.ts`,
      status: 'modified',
      additions: added.length,
      deletions: 1,
      patch,
    },
    added,
  };
}

/** Applies `faults[page]` to the first request for that page, wherever it falls in pagination. */
function faultPages(faults: Record<number, Fault>) {
  const builtIn = builtInRoutes(fake.state, () => fake.url).find((r) => r.template === FILES_ROUTE)!;
  fake.route('GET', FILES_ROUTE, (req, params) => {
    const page = Number(req.query.page ?? '1');
    // A fault applies to the next matching request, so arm it while serving the page before.
    const next = faults[page + 1];
    if (next) {
      fake.fault({ path: FILES_ROUTE }, next);
      delete faults[page + 1];
    }
    return builtIn.handler(req, params);
  });
}

const pagesRequested = () => fake.calls('pulls/list-files').map((r) => Number(r.query.page ?? '1'));

describe('listPullRequestChangedLines', () => {
  it('reads 2,500 files over 25 pages through a 502, rate limits, a dropped connection and slow answers', async () => {
    const generated = Array.from({ length: 2500 }, (_, i) => syntheticFile(i));
    fake.state.pullFiles[7] = generated.map((g) => g.file);
    faultPages({
      4: { kind: 'status', status: 502 },
      8: { kind: 'rate-limit', status: 403, retryAfter: 1 },
      12: { kind: 'rate-limit', status: 429, retryAfter: 1 },
      15: { kind: 'drop' },
      // The attempt timeout is wide (3 s) so that a busy machine cannot turn the short wait into a
      // timeout: only the page that answers after 6 s is retried.
      19: { kind: 'slow', delayMs: 6000 },
      22: { kind: 'slow', delayMs: 100 },
    });

    const result = await listPullRequestChangedLines(client({ timeoutMs: 3000 }), {
      owner: 'octo',
      repo: 'demo',
      pullNumber: 7,
      log,
    });

    const pages = pagesRequested();
    expect(new Set(pages)).toEqual(new Set(Array.from({ length: 25 }, (_, i) => i + 1)));
    // Pages 4, 8, 12, 15 and 19 were each asked twice; nothing else was repeated.
    expect(pages.length).toBe(30);
    expect(fake.calls('pulls/list-files').every((r) => r.query.per_page === '100')).toBe(true);
    expect(result.truncated).toBe(false);
    expect(result.unknownLines).toEqual([]);
    expect(result.files.size).toBe(2500);
    for (const { file, added } of generated) {
      expect([...(result.files.get(file.filename) ?? [])].sort((a, b) => a - b)).toEqual(added);
    }
    expect(logged.filter((m) => m.includes('secondary rate limit'))).toHaveLength(2);
  });

  it('waits as long as retry-after says', async () => {
    fake.state.pullFiles[1] = [syntheticFile(1).file];
    fake.fault({ path: FILES_ROUTE }, { kind: 'rate-limit', status: 429, retryAfter: 3 });
    const started = Date.now();
    const result = await listPullRequestChangedLines(client({ retryAfterBaseMs: 60 }), {
      owner: 'o',
      repo: 'r',
      pullNumber: 1,
      log,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 60 - 5);
    expect(result.files.size).toBe(1);
    expect(logged).toContain(
      'info: GitHub secondary rate limit on GET /repos/o/r/pulls/1/files; retrying in 3 s (retry 1/3)',
    );
  });

  it('survives a primary rate limit that resets soon', async () => {
    fake.state.pullFiles[1] = [syntheticFile(1).file];
    fake.fault({ path: FILES_ROUTE }, { kind: 'rate-limit', status: 403, retryAfter: 1, primary: true });
    const result = await listPullRequestChangedLines(client(), { owner: 'o', repo: 'r', pullNumber: 1, log });
    expect(result.files.size).toBe(1);
    expect(pagesRequested()).toEqual([1, 1]);
  });

  it('stops with a message naming the endpoint when the server keeps failing', async () => {
    fake.state.pullFiles[3] = [syntheticFile(1).file];
    fake.fault({ path: FILES_ROUTE }, { kind: 'status', status: 500, times: Number.POSITIVE_INFINITY });
    const started = Date.now();
    const listing = listPullRequestChangedLines(client({ retries: 2 }), {
      owner: 'o',
      repo: 'r',
      pullNumber: 3,
      log,
    });
    await expect(listing).rejects.toThrow(
      'Listing the files of pull request #3 stopped after 0 files: GitHub API GET /repos/o/r/pulls/3/files failed with 500: Server Error (after 2 retries)',
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(pagesRequested()).toEqual([1, 1, 1]);
  });

  it('stops when the server never answers, after the bounded retries', async () => {
    fake.state.pullFiles[3] = [syntheticFile(1).file];
    fake.fault({ path: FILES_ROUTE }, { kind: 'slow', delayMs: 2000, times: Number.POSITIVE_INFINITY });
    const started = Date.now();
    const listing = listPullRequestChangedLines(client({ retries: 1, timeoutMs: 150 }), {
      owner: 'o',
      repo: 'r',
      pullNumber: 3,
      log,
    });
    await expect(listing).rejects.toThrow(
      /GitHub API GET \/repos\/o\/r\/pulls\/3\/files failed: no response within 150 ms \(after 1 retry\)/,
    );
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('gives up on a rate limit that asks for a longer wait than allowed, without sleeping', async () => {
    fake.state.pullFiles[3] = [syntheticFile(1).file];
    fake.fault({ path: FILES_ROUTE }, { kind: 'rate-limit', status: 403, retryAfter: 3600 });
    const started = Date.now();
    const listing = listPullRequestChangedLines(client({ maxRetryAfterSeconds: 60 }), {
      owner: 'o',
      repo: 'r',
      pullNumber: 3,
      log,
    });
    await expect(listing).rejects.toThrow(
      /GET \/repos\/o\/r\/pulls\/3\/files failed with 403: .*rate limited; GitHub asked to wait 3600 s/,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(logged.some((m) => m.startsWith('warning:') && m.includes('longer than the 60 s allowed'))).toBe(
      true,
    );
  });

  it('marks the result truncated when GitHub stops at 3,000 files', async () => {
    fake.state.pullFiles[9] = Array.from({ length: 3200 }, (_, i) => syntheticFile(i).file);
    const result = await listPullRequestChangedLines(client(), { owner: 'o', repo: 'r', pullNumber: 9, log });
    expect(result.files.size).toBe(3000);
    expect(result.truncated).toBe(true);
    expect(result.reason).toMatch(/first 3000 files/);
    expect(pagesRequested()).toHaveLength(30);
  });

  it('uses new names, skips removed files and lists files whose lines GitHub did not send', async () => {
    fake.state.pullFiles[5] = [
      {
        filename: 'gone.ts',
        status: 'removed',
        additions: 0,
        deletions: 3,
        patch: '@@ -1,3 +0,0 @@\n-a\n-b\n-c',
      },
      {
        filename: 'new/name.ts',
        previous_filename: 'old/name.ts',
        status: 'renamed',
        additions: 1,
        deletions: 1,
        patch: '@@ -2 +2 @@\n-x\n+y',
      },
      { filename: 'moved.ts', previous_filename: 'was.ts', status: 'renamed', additions: 0, deletions: 0 },
      { filename: 'logo.png', status: 'added', additions: 0, deletions: 0, changes: 1 },
      { filename: 'huge.json', status: 'modified', additions: 90000, deletions: 10 },
      { filename: 'odd.ts', status: 'modified', additions: 1, deletions: 0, patch: 'not a patch' },
    ];
    const result = await listPullRequestChangedLines(client(), { owner: 'o', repo: 'r', pullNumber: 5, log });
    expect([...result.files]).toEqual([
      ['new/name.ts', new Set([2])],
      ['moved.ts', new Set()],
      ['logo.png', new Set()],
      ['huge.json', new Set()],
      ['odd.ts', new Set()],
    ]);
    expect(result.unknownLines).toEqual(['logo.png', 'huge.json', 'odd.ts']);
    expect(logged.some((m) => m.startsWith('warning: patch of odd.ts line 1'))).toBe(true);
  });

  it('explains a pull request that does not exist', async () => {
    const listing = listPullRequestChangedLines(client(), { owner: 'o', repo: 'r', pullNumber: 404, log });
    await expect(listing).rejects.toThrow(
      /GET \/repos\/o\/r\/pulls\/404\/files failed with 404: Not Found — check the repository, number or sha/,
    );
  });
});
