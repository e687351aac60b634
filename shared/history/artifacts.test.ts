import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectingLog, makeRecord } from '../../test/support/history-records.js';
import type { GitHubClient } from '../github/client.js';
import {
  ArtifactHistory,
  type ArtifactHistoryOptions,
  type ArtifactTransfer,
  artifactName,
} from './artifacts.js';
import { type HistoryRecord, serializeRecords } from './record.js';
import type { RestClient } from './rest.js';

// The listing logic against stubs; the real clients are exercised in services.test.ts.

const Q = { kind: 'coverage', name: 'unit' };
const NAME = artifactName(Q);
let temp: string;

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'history-artifacts-'));
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

interface Listed {
  id: number;
  created: string;
  records: HistoryRecord[];
  expired?: boolean;
  headBranch?: string;
  fork?: boolean;
}

function stubs(listed: Listed[]): { octokit: RestClient; client: ArtifactTransfer; downloaded: number[] } {
  const downloaded: number[] = [];
  const octokit: RestClient = {
    async request(_route, params) {
      expect(params).toMatchObject({ owner: 'o', repo: 'r', name: NAME });
      return {
        data: {
          artifacts: listed.map((a) => ({
            id: a.id,
            name: NAME,
            expired: a.expired ?? false,
            created_at: a.created,
            workflow_run: {
              id: a.id * 10,
              repository_id: 1,
              head_repository_id: a.fork ? 2 : 1,
              head_branch: a.headBranch ?? 'main',
            },
          })),
        },
      };
    },
  };
  const client: ArtifactTransfer = {
    uploadArtifact: async () => ({ id: 1 }),
    async downloadArtifact(id, options) {
      downloaded.push(id);
      const a = listed.find((x) => x.id === id)!;
      expect(options?.findBy).toEqual({
        token: 't',
        workflowRunId: id * 10,
        repositoryOwner: 'o',
        repositoryName: 'r',
      });
      await writeFile(join(options!.path!, 'artifact'), serializeRecords(a.records));
      return { downloadPath: options?.path };
    },
  };
  return { octokit, client, downloaded };
}

function history(s: ReturnType<typeof stubs>, extra: Partial<ArtifactHistoryOptions> = {}) {
  return new ArtifactHistory({
    octokit: s.octokit,
    client: s.client,
    token: 't',
    owner: 'o',
    repo: 'r',
    runId: 1,
    runAttempt: 1,
    tempDir: temp,
    branch: 'main',
    ...extra,
  });
}

describe('ArtifactHistory.read', () => {
  it('merges the newest few live artifacts of this repository’s branch and ignores the rest', async () => {
    const r = Array.from({ length: 6 }, () => makeRecord());
    const s = stubs([
      { id: 1, created: '2025-01-01T00:00:00Z', records: [r[0]!] },
      { id: 2, created: '2025-01-05T00:00:00Z', records: [r[0]!, r[1]!] },
      { id: 3, created: '2025-01-06T00:00:00Z', records: [r[2]!], expired: true },
      { id: 4, created: '2025-01-07T00:00:00Z', records: [r[3]!], fork: true },
      { id: 5, created: '2025-01-08T00:00:00Z', records: [r[4]!], headBranch: 'feature' },
      { id: 6, created: '2025-01-04T00:00:00Z', records: [r[5]!] },
    ]);
    const read = await history(s, { latest: 2 }).read(Q);
    expect(read).toEqual({
      records: [r[0], r[1], r[5]].sort((a, b) => a!.time.localeCompare(b!.time)),
      warnings: [],
    });
    expect(s.downloaded.sort()).toEqual([2, 6]);
  });

  it('says which permission is missing when listing is forbidden', async () => {
    const octokit: RestClient = {
      request: async () => {
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
      },
    };
    const read = await history({ ...stubs([]), octokit }).read(Q);
    expect(read).toEqual({ records: [], warnings: [expect.stringMatching(/403 .*actions: read/)] });
  });

  it('appends on top of what it read, and warns when it could read nothing', async () => {
    const old = makeRecord();
    const s = stubs([{ id: 1, created: '2025-01-01T00:00:00Z', records: [old] }]);
    let uploaded = '';
    s.client.uploadArtifact = async (name, files) => {
      expect(name).toBe(NAME);
      uploaded = await import('node:fs/promises').then((fs) => fs.readFile(files[0]!, 'utf8'));
      return { id: 2 };
    };
    const fresh = makeRecord();
    await history(s).append([fresh], { keep: 500 });
    expect(uploaded).toBe(serializeRecords([old, fresh]));

    const log = collectingLog();
    const failing = new ArtifactHistory({
      ...{ octokit: { request: () => Promise.reject(new Error('socket hang up')) }, client: s.client },
      token: 't',
      owner: 'o',
      repo: 'r',
      runId: 1,
      runAttempt: 1,
      tempDir: temp,
      log,
    });
    await failing.append([fresh], { keep: 500 });
    expect(uploaded).toBe(serializeRecords([fresh]));
    expect(log.warnings.join('\n')).toMatch(/socket hang up[\s\S]*carries only this run's records/);
  });

  it('deletes this branch’s superseded artifacts after an upload, and only those', async () => {
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const listed: Listed[] = [
      ...Array.from({ length: 9 }, (_, i) => ({ id: i + 1, created: hoursAgo(i + 1), records: [] })),
      { id: 20, created: hoursAgo(30), records: [], headBranch: 'feature' },
      { id: 21, created: hoursAgo(30), records: [], fork: true },
    ];
    // Two of the old ones beyond the window are younger than the hour of grace once listed later.
    listed.push({ id: 30, created: new Date(Date.now() - 10 * 60_000).toISOString(), records: [] });
    const s = stubs(listed);
    const list = s.octokit.request;
    const deleted: unknown[] = [];
    s.octokit = {
      request: (route, params) => {
        if (!route.startsWith('DELETE ')) return list(route, params);
        deleted.push(params?.artifact_id);
        return Promise.resolve({ data: {} });
      },
    };
    const log = collectingLog();
    await history(s, { latest: 3, log }).append([makeRecord()], { keep: 500 });
    // Newest first: 30 (10 min), 1 … 9 (1-9 h). The newest six stay (30, 1-5); 6-9 go.
    expect(deleted).toEqual([6, 7, 8, 9]);
    expect(log.infos.join('\n')).toMatch(/deleted 4 superseded artifact/);
  });

  it('keeps superseded artifacts and says which permission would delete them when deletion is forbidden', async () => {
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const s = stubs(
      Array.from({ length: 8 }, (_, i) => ({ id: i + 1, created: hoursAgo(i + 2), records: [] })),
    );
    const list = s.octokit.request;
    s.octokit = {
      request: (route, params) =>
        route.startsWith('DELETE ')
          ? Promise.reject(
              Object.assign(new Error('Resource not accessible by integration'), { status: 403 }),
            )
          : list(route, params),
    };
    const log = collectingLog();
    await history(s, { log }).append([makeRecord()], { keep: 500 });
    expect(log.infos.join('\n')).toMatch(/2 superseded artifact\(s\) .* kept: grant 'actions: write'/);
    expect(log.warnings).toEqual([]);
  });

  it('deletes nothing without a branch to tell its own artifacts from others', async () => {
    const s = stubs(
      Array.from({ length: 8 }, (_, i) => ({ id: i + 1, created: '2025-01-01T00:00:00Z', records: [] })),
    );
    const list = s.octokit.request;
    const routes: string[] = [];
    s.octokit = {
      request: (route, params) => {
        routes.push(route);
        return list(route, params);
      },
    };
    const unbranched = new ArtifactHistory({
      ...{ octokit: s.octokit, client: s.client },
      ...{ token: 't', owner: 'o', repo: 'r', runId: 1, runAttempt: 1, tempDir: temp },
    });
    await unbranched.append([makeRecord()], { keep: 500 });
    expect(routes.some((r) => r.startsWith('DELETE'))).toBe(false);
  });

  it('accepts the project’s GitHub client', () => {
    const asRest = (c: GitHubClient): RestClient => c;
    expect(asRest).toBeTypeOf('function');
  });
});
