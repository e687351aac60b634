// History in the Actions cache: the fallback for pull requests from forks, whose token may not
// list artifacts but which can restore caches saved on the base branch. A restore yields only the
// newest matching entry, so unlike artifacts two runs racing each other can lose one record here;
// artifacts stay the record of truth.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Log } from '../github/log.js';
import { oneLine, withDeadline } from './failures.js';
import { historyId } from './names.js';
import { type HistoryRecord, parseRecords, serializeRecords } from './record.js';
import { carryForward, type HistoryBackend, type HistoryQuery, type HistoryRead, matching } from './store.js';

/** The two calls used from @actions/cache; tests may pass their own. */
export interface CacheTransfer {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface CacheHistoryOptions {
  runId: number;
  runAttempt: number;
  /** Directory the cache key's version is computed from; relative to GITHUB_WORKSPACE. */
  path?: string;
  /** Per restore or save; the client's own segment timeout is ten minutes. Default 120 s. */
  timeoutMs?: number;
  client?: CacheTransfer;
  log?: Log;
}

const DEFAULT_PATH = '.shipshape-history-cache';

export function cacheKeyPrefix(q: HistoryQuery): string {
  return `shipshape-history-${historyId(q)}-`;
}

export class CacheHistory implements HistoryBackend {
  private readonly o: CacheHistoryOptions;
  private client: CacheTransfer | undefined;

  constructor(o: CacheHistoryOptions) {
    this.o = o;
    this.client = o.client;
  }

  async read(q: HistoryQuery): Promise<HistoryRead> {
    const warnings: string[] = [];
    const prefix = cacheKeyPrefix(q);
    const { relative, absolute } = this.location(q);
    try {
      await rm(absolute, { recursive: true, force: true });
      const client = await this.transfer();
      const hit = await withDeadline(
        client.restoreCache([relative], `${prefix}${this.o.runId}-${this.o.runAttempt}`, [prefix]),
        this.o.timeoutMs ?? 120_000,
        'restoring the history cache',
      );
      if (hit === undefined) return { records: [], warnings };
      const file = join(absolute, 'history.jsonl');
      const text = await readFile(file, 'utf8');
      const parsed = parseRecords(text, `history cache '${hit}'`, { warning: (m) => warnings.push(m) });
      return { records: matching(parsed.records, q), warnings };
    } catch (error) {
      warnings.push(`could not restore history cache '${prefix}*': ${oneLine(error)}`);
      return { records: [], warnings };
    } finally {
      await rm(absolute, { recursive: true, force: true }).catch(() => {});
    }
  }

  async append(records: HistoryRecord[], o: { keep: number }): Promise<void> {
    const groups = new Map<string, HistoryRecord[]>();
    for (const r of records) groups.set(historyId(r), [...(groups.get(historyId(r)) ?? []), r]);
    for (const group of groups.values()) {
      const first = group[0]!;
      const q = { kind: first.kind, name: first.name };
      const before = await this.read(q);
      for (const w of before.warnings) this.o.log?.warning(w);
      const kept = carryForward(before.records, group, o.keep);
      const key = `${cacheKeyPrefix(q)}${this.o.runId}-${this.o.runAttempt}`;
      const { relative, absolute } = this.location(q);
      try {
        await mkdir(absolute, { recursive: true });
        await writeFile(join(absolute, 'history.jsonl'), serializeRecords(kept), 'utf8');
        const client = await this.transfer();
        const id = await withDeadline(
          client.saveCache([relative], key),
          this.o.timeoutMs ?? 120_000,
          'saving',
        );
        // saveCache reports most failures as a warning of its own and -1.
        if (id === -1) throw new Error('the cache service did not accept it (see the warning above)');
        this.o.log?.info(`history: stored ${kept.length} records in cache '${key}'`);
      } catch (error) {
        throw new Error(`could not store history cache '${key}': ${oneLine(error)}`);
      } finally {
        await rm(absolute, { recursive: true, force: true }).catch(() => {});
      }
    }
  }

  /** The cache version hashes the path as given, so it must be the same string in every run. */
  private location(q: HistoryQuery): { relative: string; absolute: string } {
    const relative = `${this.o.path ?? DEFAULT_PATH}/${historyId(q)}`;
    return { relative, absolute: resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), relative) };
  }

  private async transfer(): Promise<CacheTransfer> {
    if (!this.client) {
      const cache = await import('@actions/cache');
      this.client = { restoreCache: cache.restoreCache, saveCache: cache.saveCache };
    }
    return this.client;
  }
}
