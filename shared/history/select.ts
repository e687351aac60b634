// Picks the history backend for where shipshape runs: artifacts (with the cache as fallback) on
// GitHub Actions, a folder elsewhere.
import type { Log } from '../github/log.js';
import { EnvironmentError } from '../runtime/errors.js';
import { ArtifactHistory } from './artifacts.js';
import { CacheHistory } from './cache.js';
import { FolderHistory } from './folder.js';
import type { HistoryRecord } from './record.js';
import type { RestClient } from './rest.js';
import { type HistoryBackend, type HistoryQuery, type HistoryRead, mergeRecords } from './store.js';

export type HistoryBackendName = 'artifacts' | 'cache' | 'folder' | 'auto';
export const HISTORY_BACKENDS: readonly HistoryBackendName[] = ['artifacts', 'cache', 'folder', 'auto'];

import { DEFAULT_HISTORY_FOLDER } from './settings.js';

export { DEFAULT_HISTORY_FOLDER };

export interface OpenHistoryOptions {
  backend: HistoryBackendName;
  /** For 'folder', and for 'auto' outside GitHub Actions. Default `.shipshape/history`. */
  folder?: string;
  /** Needed for 'artifacts': an Octokit whose token has `actions: read`, and that token. */
  github?: { octokit: RestClient; token: string; owner: string; repo: string };
  /** Only history stored by this branch's runs is read from artifacts; pass the default branch. */
  branch?: string;
  /** Default GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
  runId?: number;
  runAttempt?: number;
  retentionDays?: number;
  /** Artifacts merged per read. */
  latest?: number;
  log?: Log;
  env?: NodeJS.ProcessEnv;
}

/**
 * Reads the primary backend and, when that reported a problem, the fallback too, merging both.
 * Appends go to both; it fails only when neither stored anything.
 */
export class FallbackHistory implements HistoryBackend {
  readonly primary: HistoryBackend;
  readonly fallback: HistoryBackend;
  private readonly log: Log | undefined;

  constructor(primary: HistoryBackend, fallback: HistoryBackend, log?: Log) {
    this.primary = primary;
    this.fallback = fallback;
    this.log = log;
  }

  async read(q: HistoryQuery): Promise<HistoryRead> {
    const first = await this.primary.read(q);
    if (first.warnings.length === 0) return first;
    const second = await this.fallback.read(q);
    return {
      records: mergeRecords([first.records, second.records]),
      warnings: [...first.warnings, ...second.warnings],
    };
  }

  async append(records: HistoryRecord[], o: { keep: number }): Promise<void> {
    const results = await Promise.allSettled([
      this.primary.append(records, o),
      this.fallback.append(records, o),
    ]);
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failures.length === results.length) throw failures[0];
    for (const f of failures) this.log?.warning(f instanceof Error ? f.message : String(f));
  }
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

export function openHistory(o: OpenHistoryOptions): HistoryBackend {
  const env = o.env ?? process.env;
  const folder = () => new FolderHistory(o.folder ?? DEFAULT_HISTORY_FOLDER);
  const runId = o.runId ?? positiveInt(env.GITHUB_RUN_ID) ?? 0;
  const runAttempt = o.runAttempt ?? positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1;
  const cache = () => new CacheHistory({ runId, runAttempt, log: o.log });
  const artifacts = () => {
    if (!o.github) {
      throw new EnvironmentError(
        "the 'artifacts' history backend needs a GitHub token: pass the token input (the default is the job's token) and grant 'actions: read' (and 'actions: write' to record)",
      );
    }
    return new ArtifactHistory({
      ...o.github,
      runId,
      runAttempt,
      branch: o.branch,
      retentionDays: o.retentionDays,
      latest: o.latest,
      log: o.log,
    });
  };
  const onActions = env.GITHUB_ACTIONS === 'true' && Boolean(env.ACTIONS_RUNTIME_TOKEN);

  switch (o.backend) {
    case 'folder':
      return folder();
    case 'cache':
      if (!onActions) {
        throw new EnvironmentError(
          "the 'cache' history backend works only inside a GitHub Actions job; use 'history: folder' elsewhere",
        );
      }
      return cache();
    case 'artifacts':
      if (!onActions)
        throw new EnvironmentError(
          "the 'artifacts' history backend works only inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN is not set); use 'history: folder' elsewhere",
        );
      return artifacts();
    case 'auto':
      if (!onActions) return folder();
      return o.github ? new FallbackHistory(artifacts(), cache(), o.log) : cache();
    default:
      throw new Error(
        `unknown history backend '${String(o.backend)}'; use one of ${HISTORY_BACKENDS.join(', ')}`,
      );
  }
}
