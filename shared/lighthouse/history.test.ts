import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeGitRepo } from '../../test/support/git-repo.js';
import { makeRecord } from '../../test/support/history-records.js';
import type { EventContext } from '../github/context.js';
import type { HistoryRecord } from '../history/record.js';
import type { HistoryBackend } from '../history/store.js';
import { createLogger } from '../runtime/logger.js';
import { HISTORY_KIND, historyName } from '../vitals/history.js';
import type { UrlResult, VitalsReport } from '../vitals/report.js';
import { readVitalsHistory } from './history.js';

const repos: { cleanup(): void }[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

/** main: m1 then m2 (the base branch's head now); the pull request branched off at m1. */
function branchedRepo() {
  const repo = makeGitRepo([
    { message: 'm1', files: { 'index.html': 'one' } },
    { message: 'm2', files: { 'index.html': 'two' } },
  ]);
  repos.push(repo);
  const [m1, m2] = repo.shas as [string, string];
  repo.git('checkout', '-q', '-b', 'feature', m1);
  writeFileSync(join(repo.dir, 'index.html'), 'feature');
  repo.git('commit', '-q', '-am', 'feature');
  return { dir: repo.dir, m1, m2, head: repo.git('rev-parse', 'HEAD') };
}

const page = {
  url: 'http://127.0.0.1/',
  key: '/',
  preset: 'mobile',
  status: 'measured',
  median: { lcp: 1200 },
  runs: [],
  ratings: {},
  budgets: [],
  cwv: [],
  lighthouseVersion: '13.0.0',
  chromeVersion: '140',
  passed: true,
  reasons: [],
  warnings: [],
} as unknown as UrlResult;
const report = { name: 'web', urls: [page] } as unknown as VitalsReport;

/** A store holding `records` for the page's series. */
function backendWith(records: HistoryRecord[]): HistoryBackend {
  return {
    read: async (q) => ({
      records: q.kind === HISTORY_KIND && q.name === historyName('web', 'mobile', '/') ? records : [],
      warnings: [],
    }),
    append: async () => {},
  };
}

const vitalsRecord = (sha: string, lcp: number) =>
  makeRecord({
    kind: HISTORY_KIND,
    name: historyName('web', 'mobile', '/'),
    sha,
    metrics: { lcp },
    meta: { lighthouseVersion: '13.0.0' },
  });

const log = createLogger({ info() {}, warning() {}, debug() {} });

describe('readVitalsHistory on a pull request', () => {
  it('takes the baseline at the merge-base, not at the head of the base branch', async () => {
    const { dir, m1, m2, head } = branchedRepo();
    const context = { prNumber: 4, baseSha: m2, headSha: head, defaultBranch: 'main' } as EventContext;
    const read = await readVitalsHistory(report, {
      backend: backendWith([vitalsRecord(m1, 1000), vitalsRecord(m2, 3000)]),
      context,
      workspace: dir,
      log,
    });
    expect(read.report.urls[0]?.previous).toMatchObject({
      sha: m1,
      metrics: { lcp: 1000 },
      commitsBehind: 0,
    });
    expect(read.notes).toEqual([]);
  });

  it('says so when the merge-base is not known, instead of comparing with the base branch', async () => {
    const { dir, m2, head } = branchedRepo();
    rmSync(join(dir, '.git'), { recursive: true, force: true });
    const context = { prNumber: 4, baseSha: m2, headSha: head, defaultBranch: 'main' } as EventContext;
    const read = await readVitalsHistory(report, {
      backend: backendWith([vitalsRecord(m2, 3000)]),
      context,
      workspace: dir,
      log,
    });
    expect(read.report.urls[0]?.previous).toBeUndefined();
    expect(read.notes).toEqual([
      `No history baseline: the merge-base of ${m2.slice(0, 7)} and ${head.slice(0, 7)} is not known`,
    ]);
  });
});
