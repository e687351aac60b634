import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGitRepo } from '../../test/support/git-repo.js';
import { collectingLog, makeRecord } from '../../test/support/history-records.js';
import {
  ancestryFromApi,
  ancestryFromGit,
  findBaseline,
  mergeBaseFromApi,
  resolveAncestry,
  resolveMergeBase,
  trend,
} from './baseline.js';
import type { RestClient } from './rest.js';

const sha = (n: number) => n.toString(16).padStart(40, '0');

describe('findBaseline', () => {
  const ancestry = [sha(10), sha(9), sha(8), sha(7), sha(6)];

  it('takes the merge-base record when there is one', () => {
    const atBase = makeRecord({ sha: sha(10) });
    expect(findBaseline([makeRecord({ sha: sha(8) }), atBase], ancestry)).toEqual({
      record: atBase,
      commitsBehind: 0,
    });
  });

  it('falls back to the nearest ancestor with a record and says how far back it is', () => {
    const older = makeRecord({ sha: sha(6) });
    const nearest = makeRecord({ sha: sha(7).toUpperCase() });
    const unrelated = makeRecord({ sha: sha(99) });
    expect(findBaseline([unrelated, nearest, older], ancestry)).toEqual({
      record: nearest,
      commitsBehind: 3,
    });
  });

  it('takes the newest of several records for the same commit', () => {
    const first = makeRecord({ sha: sha(9), runAttempt: 1, time: '2025-01-02T00:00:00Z' });
    const rerun = makeRecord({ sha: sha(9), runAttempt: 2, time: '2025-01-03T00:00:00Z' });
    expect(findBaseline([rerun, first], ancestry)).toEqual({ record: rerun, commitsBehind: 1 });
  });

  it('explains why there is no baseline', () => {
    const none = findBaseline([makeRecord({ sha: sha(99) })], ancestry);
    expect(none).toEqual({
      unavailable: expect.stringMatching(/none of the 5 commits from merge-base 0000000 .*1 records/),
    });
    expect(findBaseline([], ancestry)).toEqual({ unavailable: expect.stringMatching(/no history/) });
    expect(findBaseline([makeRecord()], [])).toEqual({ unavailable: expect.stringMatching(/merge-base/) });
  });
});

describe('trend', () => {
  it('gives the last N records of the branch, oldest first', () => {
    const main = [3, 1, 4, 2, 5].map((d) => makeRecord({ time: `2025-01-0${d}T00:00:00Z` }));
    const feature = makeRecord({ branch: 'feature', time: '2025-01-06T00:00:00Z' });
    const got = trend([...main, feature], { branch: 'main', limit: 3 });
    expect(got.map((r) => r.time.slice(0, 10))).toEqual(['2025-01-03', '2025-01-04', '2025-01-05']);
  });
});

describe('ancestryFromGit', () => {
  const run = promisify(execFile);
  let repo: string;
  const mainCommits: string[] = [];
  const git = async (...args: string[]) => (await run('git', args, { cwd: repo })).stdout.trim();
  const commit = async (file: string) => {
    await writeFile(join(repo, file), file);
    await git('add', file);
    await git('commit', '-q', '-m', file);
    return git('rev-parse', 'HEAD');
  };

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'history-git-'));
    await git('init', '-q', '-b', 'main');
    await git('config', 'user.email', 't@example.com');
    await git('config', 'user.name', 'T');
    mainCommits.push(await commit('a'), await commit('b'));
    await git('checkout', '-q', '-b', 'side');
    const sideCommit = await commit('side');
    await git('checkout', '-q', 'main');
    mainCommits.push(await commit('c'));
    await git('merge', '-q', '--no-ff', '-m', 'merge side', 'side');
    mainCommits.push(await git('rev-parse', 'HEAD'), await commit('d'));
    expect(sideCommit).not.toBe('');
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('lists the first-parent chain from the given commit backwards', async () => {
    const expected = [...mainCommits].reverse();
    expect(await ancestryFromGit(repo, 'HEAD')).toEqual(expected);
    expect(await ancestryFromGit(repo, mainCommits[2]!, 2)).toEqual([mainCommits[2], mainCommits[1]]);
    expect(await resolveAncestry({ cwd: repo, mergeBase: 'HEAD', limit: 2 })).toEqual(expected.slice(0, 2));
  });

  it('gives undefined when git does not know the commit', async () => {
    expect(await ancestryFromGit(repo, sha(1234))).toBeUndefined();
    expect(await ancestryFromGit(tmpdir(), 'HEAD')).toBeUndefined();
  });
});

describe('ancestryFromApi', () => {
  // A main line m0..m249 (m_i's first parent m_{i-1}) with a merged side branch whose commits are
  // dated between main commits, so the date-ordered listing interleaves them.
  const main = Array.from({ length: 250 }, (_, i) => `m${i}`.padEnd(40, '0'));
  const side = Array.from({ length: 30 }, (_, i) => `s${i}`.padEnd(40, '0'));
  const parents = new Map<string, string[]>();
  for (const [i, m] of main.entries()) parents.set(m, i === 0 ? [] : [main[i - 1]!]);
  for (const [i, s] of side.entries()) parents.set(s, [i === 0 ? main[100]! : side[i - 1]!]);
  parents.set(main[150]!, [main[149]!, side[29]!]);
  const dateOrder = [
    ...main.slice(0, 101),
    ...side.flatMap((s, i) => [s, main[101 + i]!]),
    ...main.slice(131),
  ].reverse();

  function fakeApi(calls: string[]): RestClient {
    return {
      async request(route, params) {
        calls.push(`${route} ${params?.sha}`);
        const start = dateOrder.indexOf(String(params?.sha));
        const reachable = dateOrder.slice(start);
        return {
          data: reachable
            .slice(0, 100)
            .map((s) => ({ sha: s, parents: parents.get(s)!.map((p) => ({ sha: p })) })),
        };
      },
    };
  }

  it('follows first parents across pages, skipping merged-in commits', async () => {
    const calls: string[] = [];
    const got = await ancestryFromApi(fakeApi(calls), { owner: 'o', repo: 'r', sha: main[249]!, limit: 200 });
    expect(got).toEqual([...main].reverse().slice(0, 200));
    expect(calls.length).toBeGreaterThan(1);
  });

  it('gives undefined and a warning when the API fails', async () => {
    const log = collectingLog();
    const failing: RestClient = {
      request: async () => {
        throw Object.assign(new Error('Not Found'), { status: 404 });
      },
    };
    expect(await ancestryFromApi(failing, { owner: 'o', repo: 'r', sha: main[5]! }, log)).toBeUndefined();
    expect(log.warnings).toEqual([expect.stringMatching(/m5.*404 Not Found/)]);
  });
});

describe('resolveMergeBase', () => {
  it('takes the merge-base from the clone when it has both commits', async () => {
    const repo = makeGitRepo([
      { message: 'm1', files: { a: '1' } },
      { message: 'm2', files: { a: '2' } },
    ]);
    try {
      const [m1, m2] = repo.shas as [string, string];
      repo.git('checkout', '-q', '-b', 'feature', m1);
      repo.git('commit', '-q', '--allow-empty', '-m', 'feature');
      const head = repo.git('rev-parse', 'HEAD');
      const api: RestClient = {
        request: async () => {
          throw new Error('the API is not asked when git can tell');
        },
      };
      const found = await resolveMergeBase({
        cwd: repo.dir,
        baseSha: m2,
        headSha: head,
        api: { octokit: api, owner: 'o', repo: 'r' },
      });
      expect(found).toBe(m1);
    } finally {
      repo.cleanup();
    }
  });

  it('asks the compare API otherwise, and says why when it cannot tell', async () => {
    const asked: unknown[] = [];
    const answering: RestClient = {
      request: async (route, params) => {
        asked.push([route, params]);
        return { data: { merge_base_commit: { sha: sha(3) } } };
      },
    };
    const dir = await mkdtemp(join(tmpdir(), 'shipshape-no-clone-'));
    try {
      const o = { cwd: dir, baseSha: sha(9), headSha: sha(8) };
      expect(await resolveMergeBase({ ...o, api: { octokit: answering, owner: 'o', repo: 'r' } })).toBe(
        sha(3),
      );
      expect(asked).toEqual([
        [
          'GET /repos/{owner}/{repo}/compare/{basehead}',
          { owner: 'o', repo: 'r', basehead: `${sha(9)}...${sha(8)}`, per_page: 1 },
        ],
      ]);
      expect(await resolveMergeBase(o)).toBeUndefined();
      const failing: RestClient = {
        request: async () => {
          throw Object.assign(new Error('Not Found'), { status: 404 });
        },
      };
      const log = collectingLog();
      expect(
        await mergeBaseFromApi(failing, { owner: 'o', repo: 'r', baseSha: sha(9), headSha: sha(8) }, log),
      ).toBeUndefined();
      expect(log.infos).toEqual(['Merge-base not available from the compare API: 404 Not Found']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
