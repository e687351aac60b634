import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectingLog, makeRecord } from '../../test/support/history-records.js';
import { ArtifactHistory } from './artifacts.js';
import { CacheHistory } from './cache.js';
import { FolderHistory } from './folder.js';
import type { HistoryRecord } from './record.js';
import { FallbackHistory, openHistory } from './select.js';
import type { HistoryBackend, HistoryRead } from './store.js';

const ACTIONS_ENV = {
  GITHUB_ACTIONS: 'true',
  ACTIONS_RUNTIME_TOKEN: 'x',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
};
const Q = { kind: 'coverage', name: 'unit' };
const github = { octokit: { request: async () => ({ data: {} }) }, token: 't', owner: 'o', repo: 'r' };

describe('openHistory', () => {
  it('uses a folder outside GitHub Actions and artifacts with a cache fallback inside', () => {
    const local = openHistory({ backend: 'auto', env: {}, folder: 'h' });
    expect(local).toBeInstanceOf(FolderHistory);
    expect((local as FolderHistory).dir).toBe('h');
    const onActions = openHistory({ backend: 'auto', env: ACTIONS_ENV, github });
    expect(onActions).toBeInstanceOf(FallbackHistory);
    expect((onActions as FallbackHistory).primary).toBeInstanceOf(ArtifactHistory);
    expect((onActions as FallbackHistory).fallback).toBeInstanceOf(CacheHistory);
    expect(openHistory({ backend: 'auto', env: ACTIONS_ENV })).toBeInstanceOf(CacheHistory);
  });

  it('explains what a backend needs when it cannot be used', () => {
    expect(() => openHistory({ backend: 'artifacts', env: {}, github })).toThrow(
      /only inside a GitHub Actions job/,
    );
    expect(() => openHistory({ backend: 'artifacts', env: ACTIONS_ENV })).toThrow(/needs a GitHub token/);
    expect(() => openHistory({ backend: 'nope' as 'auto', env: {} })).toThrow(
      /unknown history backend 'nope'/,
    );
  });

  it('gives a working folder backend', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'history-select-'));
    try {
      const h = openHistory({ backend: 'folder', folder: dir });
      const r = makeRecord();
      await h.append([r], { keep: 10 });
      expect((await h.read({ kind: r.kind, name: r.name })).records).toEqual([r]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

class Stub implements HistoryBackend {
  appended: HistoryRecord[] = [];
  constructor(
    private readonly answer: HistoryRead,
    private readonly fail = false,
  ) {}
  async read(): Promise<HistoryRead> {
    return this.answer;
  }
  async append(records: HistoryRecord[]): Promise<void> {
    if (this.fail) throw new Error('store failed');
    this.appended.push(...records);
  }
}

describe('FallbackHistory', () => {
  it('consults the fallback only when the primary had trouble, and merges both', async () => {
    const [a, b] = [makeRecord(), makeRecord()];
    const clean = new FallbackHistory(
      new Stub({ records: [a], warnings: [] }),
      new Stub({ records: [b], warnings: [] }),
    );
    expect((await clean.read(Q)).records).toEqual([a]);
    const troubled = new FallbackHistory(
      new Stub({ records: [a], warnings: ['403'] }),
      new Stub({ records: [b, a], warnings: [] }),
    );
    expect(await troubled.read(Q)).toEqual({ records: [a, b], warnings: ['403'] });
  });

  it('appends to both and fails only when both fail', async () => {
    const r = makeRecord();
    const log = collectingLog();
    const ok = new Stub({ records: [], warnings: [] });
    await new FallbackHistory(new Stub({ records: [], warnings: [] }, true), ok, log).append([r], {
      keep: 1,
    });
    expect(ok.appended).toEqual([r]);
    expect(log.warnings).toEqual(['store failed']);
    const both = new FallbackHistory(
      new Stub({ records: [], warnings: [] }, true),
      new Stub({ records: [], warnings: [] }, true),
    );
    await expect(both.append([r], { keep: 1 })).rejects.toThrow('store failed');
  });
});
