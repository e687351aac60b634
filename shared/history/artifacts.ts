// History kept in workflow artifacts, which need no storage of the user's own. Artifacts are
// immutable, so every append uploads a new artifact carrying the newest `keep` records forward,
// and a read merges the latest few: two default-branch runs that raced each other each carry what
// they read plus their own record, and the next read sees both. Everything older is superseded:
// after an upload, artifacts beyond twice the read window are deleted (with `actions: write`), or
// an hourly monitor checkpoint would keep 90 days of full snapshots in the repository's storage.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../github/log.js';
import { oneLine, withDeadline } from './failures.js';
import { historyId } from './names.js';
import { type HistoryRecord, parseRecords, serializeRecords } from './record.js';
import { describeRestError, type RestClient } from './rest.js';
import {
  carryForward,
  type HistoryBackend,
  type HistoryQuery,
  type HistoryRead,
  matching,
  mergeRecords,
} from './store.js';
import { isZip, readZip } from './zip.js';

/** The two calls used from @actions/artifact's ArtifactClient; tests may pass their own. */
export interface ArtifactTransfer {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number }>;
  downloadArtifact(
    artifactId: number,
    options?: {
      path?: string;
      skipDecompress?: boolean;
      findBy?: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string };
    },
  ): Promise<{ downloadPath?: string }>;
}

export interface ArtifactHistoryOptions {
  /** Lists the repository's artifacts; needs `actions: read`. */
  octokit: RestClient;
  /** The same token, for @actions/artifact's downloads from other runs. */
  token: string;
  owner: string;
  repo: string;
  /** This run, to name its upload. */
  runId: number;
  runAttempt: number;
  /**
   * Only artifacts uploaded by runs of this branch in this repository are read. Set it to the
   * default branch: otherwise a pull request from a fork could upload an artifact of the same
   * name and have its records taken as the baseline.
   */
  branch?: string;
  /** Days an uploaded artifact is kept; GitHub caps it at the repository's setting. Default 90. */
  retentionDays?: number;
  /** How many of the newest artifacts a read merges. Default 3. */
  latest?: number;
  /**
   * After an upload, delete this series' artifacts beyond the newest `2 × latest` that are older than
   * this many minutes (a run still reading one of them has long finished). Default 60; `false` keeps all.
   */
  pruneAfterMinutes?: number | false;
  /** Per artifact; the client's own retries can otherwise stall a run for minutes. Default 120 s. */
  downloadTimeoutMs?: number;
  /** Where downloads and uploads are staged. Default RUNNER_TEMP, then the OS temp directory. */
  tempDir?: string;
  client?: ArtifactTransfer;
  log?: Log;
}

interface ListedArtifact {
  id: number;
  name: string;
  expired?: boolean;
  created_at?: string | null;
  expires_at?: string | null;
  workflow_run?: {
    id?: number;
    repository_id?: number;
    head_repository_id?: number;
    head_branch?: string | null;
  } | null;
}

const PREFIX = 'shipshape-history-';

export function artifactName(q: HistoryQuery): string {
  return `${PREFIX}${historyId(q)}`;
}

export class ArtifactHistory implements HistoryBackend {
  private readonly o: ArtifactHistoryOptions;
  private client: ArtifactTransfer | undefined;

  constructor(o: ArtifactHistoryOptions) {
    this.o = o;
    this.client = o.client;
  }

  async read(q: HistoryQuery): Promise<HistoryRead> {
    const warnings: string[] = [];
    const name = artifactName(q);
    let chosen: ListedArtifact[];
    try {
      chosen = await this.latestArtifacts(name);
    } catch (error) {
      const hint =
        (error as { status?: unknown }).status === 403
          ? " — grant 'actions: read' in the workflow's permissions: block"
          : '';
      warnings.push(`could not list history artifacts '${name}': ${describeRestError(error)}${hint}`);
      return { records: [], warnings };
    }
    if (chosen.length === 0) return { records: [], warnings };
    const base = await this.stagingDir();
    try {
      const lists = await Promise.all(
        chosen.map((a, i) => this.download(a, join(base, String(i)), warnings)),
      );
      return { records: matching(mergeRecords(lists), q), warnings };
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  }

  async append(records: HistoryRecord[], o: { keep: number }): Promise<void> {
    const groups = new Map<string, HistoryRecord[]>();
    for (const r of records) {
      const name = artifactName(r);
      groups.set(name, [...(groups.get(name) ?? []), r]);
    }
    for (const [name, group] of groups) {
      const first = group[0]!;
      const q = { kind: first.kind, name: first.name };
      const before = await this.read(q);
      for (const w of before.warnings) this.o.log?.warning(w);
      if (before.warnings.length > 0 && before.records.length === 0) {
        this.o.log?.warning(
          `history '${name}' could not be read, so the new artifact carries only this run's records; ` +
            `older records stay readable while their artifacts are among the latest ${this.latest()}`,
        );
      }
      const kept = carryForward(before.records, group, o.keep);
      await this.upload(name, q, kept);
      await this.prune(name);
    }
  }

  /**
   * Deletes superseded artifacts of one series: never the newest 2 × latest (reads merge `latest`;
   * the margin covers runs that listed before this upload), never one younger than the grace
   * period, and only this branch's own (the same filter reads use). A failure is logged, never fatal:
   * the history is complete without it.
   */
  private async prune(name: string): Promise<void> {
    const grace = this.o.pruneAfterMinutes ?? 60;
    // Without a branch every run's artifacts of the name would count as ours.
    if (grace === false || this.o.branch === undefined) return;
    let stale: ListedArtifact[];
    try {
      const all = await this.ownArtifacts(name);
      const cutoff = Date.now() - grace * 60_000;
      stale = all.slice(2 * this.latest()).filter((a) => Date.parse(a.created_at ?? '') < cutoff);
    } catch {
      return; // listing worked moments ago; the next run prunes instead
    }
    let deleted = 0;
    for (const a of stale) {
      try {
        await this.o.octokit.request('DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}', {
          owner: this.o.owner,
          repo: this.o.repo,
          artifact_id: a.id,
        });
        deleted++;
      } catch (error) {
        const denied = (error as { status?: unknown }).status === 403;
        this.o.log?.info(
          denied
            ? `history: ${stale.length - deleted} superseded artifact(s) of '${name}' kept: grant 'actions: write' to let shipshape delete them (they count against the repository's artifact storage)`
            : `history: could not delete superseded artifact ${a.id} of '${name}': ${describeRestError(error)}`,
        );
        return;
      }
    }
    if (deleted > 0) this.o.log?.info(`history: deleted ${deleted} superseded artifact(s) of '${name}'`);
  }

  private latest(): number {
    return this.o.latest ?? 3;
  }

  private async transfer(): Promise<ArtifactTransfer> {
    if (!this.client) {
      // Loaded on first use so that callers of the folder backend never load the artifact client.
      const { DefaultArtifactClient } = await import('@actions/artifact');
      this.client = new DefaultArtifactClient();
    }
    return this.client;
  }

  private async stagingDir(): Promise<string> {
    const root = this.o.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir();
    await mkdir(root, { recursive: true });
    return mkdtemp(join(root, 'shipshape-history-'));
  }

  private async latestArtifacts(name: string): Promise<ListedArtifact[]> {
    return (await this.ownArtifacts(name)).slice(0, this.latest());
  }

  /** This series' unexpired artifacts from this branch's runs, newest first. */
  private async ownArtifacts(name: string): Promise<ListedArtifact[]> {
    const { data } = await this.o.octokit.request('GET /repos/{owner}/{repo}/actions/artifacts', {
      owner: this.o.owner,
      repo: this.o.repo,
      name,
      per_page: 100,
    });
    const listed = (data as { artifacts?: ListedArtifact[] }).artifacts ?? [];
    const now = Date.now();
    const usable = listed.filter((a) => {
      if (a.name !== name || a.expired) return false;
      if (a.expires_at && Date.parse(a.expires_at) <= now) return false;
      if (!a.workflow_run?.id) return false;
      if (this.o.branch === undefined) return true;
      const run = a.workflow_run;
      const sameRepo =
        run.head_repository_id === undefined || run.repository_id === undefined
          ? true
          : run.head_repository_id === run.repository_id;
      return sameRepo && run.head_branch === this.o.branch;
    });
    usable.sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
    return usable;
  }

  /** The records in one artifact; a failure is a warning and no records. */
  private async download(a: ListedArtifact, dir: string, warnings: string[]): Promise<HistoryRecord[]> {
    const label = `history artifact '${a.name}' (id ${a.id}, run ${a.workflow_run?.id})`;
    try {
      await mkdir(dir, { recursive: true });
      const client = await this.transfer();
      await withDeadline(
        client.downloadArtifact(a.id, {
          path: dir,
          // Unpacked here instead, so that a damaged archive is reported at once (see zip.ts).
          skipDecompress: true,
          findBy: {
            token: this.o.token,
            workflowRunId: a.workflow_run!.id!,
            repositoryOwner: this.o.owner,
            repositoryName: this.o.repo,
          },
        }),
        this.o.downloadTimeoutMs ?? 120_000,
        'the download',
      );
      const records: HistoryRecord[] = [];
      const log = { warning: (m: string) => warnings.push(m) };
      for (const file of await readdir(dir)) {
        const data = await readFile(join(dir, file));
        const entries = isZip(data) ? await readZip(data) : [{ name: file, data }];
        for (const entry of entries) {
          records.push(...parseRecords(entry.data.toString('utf8'), `${label}/${entry.name}`, log).records);
        }
      }
      return records;
    } catch (error) {
      warnings.push(`${label} could not be read and was skipped: ${oneLine(error)}`);
      return [];
    }
  }

  private async upload(name: string, q: HistoryQuery, records: HistoryRecord[]): Promise<void> {
    const dir = await this.stagingDir();
    try {
      const file = join(dir, `${historyId(q)}.jsonl`);
      await writeFile(file, serializeRecords(records), 'utf8');
      const client = await this.transfer();
      await client.uploadArtifact(name, [file], dir, { retentionDays: this.o.retentionDays ?? 90 });
      this.o.log?.info(`history: stored ${records.length} records in artifact '${name}'`);
    } catch (error) {
      const message = oneLine(error);
      const why = /\(409\)|already exists/i.test(message)
        ? ` — this run (attempt ${this.o.runAttempt}) already stored '${name}': a re-run whose first attempt ` +
          'stored history, or two jobs storing the same kind and name (give each its own name)'
        : '';
      throw new Error(`could not store history artifact '${name}': ${message}${why}`);
    }
  }
}
