// Which stored record a pull request is compared against: the one for the merge-base commit, or
// failing that its nearest first-parent ancestor that has one (the merge-base's own run may have
// been skipped, cancelled or expired).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { HistoryRecord, WarningLog } from './record.js';
import { describeRestError, type RestClient } from './rest.js';

const run = promisify(execFile);

export type Baseline = { record: HistoryRecord; commitsBehind: number } | { unavailable: string };

function short(sha: string): string {
  return sha.slice(0, 7);
}

/**
 * `ancestry` lists SHAs from the merge-base backwards (first = merge-base). `records` should
 * already be narrowed to what is comparable (kind, name, perhaps runner). Of several records for
 * one commit the newest wins: a re-run measures the same code again, later.
 */
export function findBaseline(records: readonly HistoryRecord[], ancestry: readonly string[]): Baseline {
  if (ancestry.length === 0) return { unavailable: 'the merge-base commit is not known' };
  if (records.length === 0) return { unavailable: 'no history has been stored yet' };
  const newestBySha = new Map<string, HistoryRecord>();
  for (const r of records) {
    const sha = r.sha.toLowerCase();
    const previous = newestBySha.get(sha);
    if (!previous || Date.parse(r.time) >= Date.parse(previous.time)) newestBySha.set(sha, r);
  }
  for (const [index, sha] of ancestry.entries()) {
    const record = newestBySha.get(sha.toLowerCase());
    if (record) return { record, commitsBehind: index };
  }
  const mergeBase = short(ancestry[0] ?? '');
  return {
    unavailable:
      `none of the ${ancestry.length} commits from merge-base ${mergeBase} backwards has a stored record ` +
      `(${records.length} records stored)`,
  };
}

/** The last `limit` records of `branch`, oldest first. */
export function trend(
  records: readonly HistoryRecord[],
  o: { branch: string; limit: number },
): HistoryRecord[] {
  const onBranch = records.filter((r) => r.branch === o.branch);
  onBranch.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  return o.limit > 0 ? onBranch.slice(-o.limit) : [];
}

/**
 * First-parent ancestry of `mergeBase` from the local clone, or undefined when git cannot tell
 * (no git, not a repository, the commit is outside a shallow clone).
 */
export async function ancestryFromGit(
  cwd: string,
  mergeBase: string,
  limit = 200,
): Promise<string[] | undefined> {
  try {
    const { stdout } = await run(
      'git',
      ['rev-list', '--first-parent', `--max-count=${limit}`, mergeBase, '--'],
      {
        cwd,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const shas = stdout.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l));
    return shas.length > 0 ? shas : undefined;
  } catch {
    return undefined;
  }
}

interface CommitItem {
  sha?: unknown;
  parents?: { sha?: unknown }[];
}

/**
 * First-parent ancestry of `sha` through the REST API, for shallow clones. The commits listing
 * is in date order and includes merged-in branches, so the first-parent chain is followed
 * explicitly, fetching further pages while the chain leads beyond what has been fetched.
 */
export async function ancestryFromApi(
  octokit: RestClient,
  o: { owner: string; repo: string; sha: string; limit?: number },
  log?: WarningLog,
): Promise<string[] | undefined> {
  const limit = o.limit ?? 200;
  const parentOf = new Map<string, string | undefined>();
  const chain: string[] = [];
  let next: string | undefined = o.sha;
  const maxPages = Math.ceil(limit / 100) + 3;
  try {
    for (let page = 0; page < maxPages && next && chain.length < limit; page++) {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits', {
        owner: o.owner,
        repo: o.repo,
        sha: next,
        per_page: 100,
      });
      const items = Array.isArray(data) ? (data as CommitItem[]) : [];
      // `sha` may be abbreviated or a ref; the listing starts with the commit it names.
      const first = items[0]?.sha;
      if (page === 0 && typeof first === 'string' && !items.some((i) => i.sha === next)) next = first;
      for (const item of items) {
        if (typeof item.sha !== 'string') continue;
        const parent = item.parents?.[0]?.sha;
        parentOf.set(item.sha, typeof parent === 'string' ? parent : undefined);
      }
      // Walk as far as the fetched commits reach; the next page starts where the chain left off.
      while (next && parentOf.has(next) && chain.length < limit) {
        chain.push(next);
        next = parentOf.get(next);
      }
      if (items.length === 0) break;
    }
  } catch (error) {
    log?.warning(`could not list the commits before ${short(o.sha)}: ${describeRestError(error)}`);
    if (chain.length === 0) return undefined;
  }
  return chain.length > 0 ? chain : undefined;
}

async function isShallow(cwd: string): Promise<boolean> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--is-shallow-repository'], { cwd });
    return stdout.trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Ancestry from the local clone, topped up from the REST API when the clone is shallow (the
 * default `actions/checkout` fetches one commit) and an Octokit is at hand.
 */
export async function resolveAncestry(o: {
  cwd: string;
  mergeBase: string;
  limit?: number;
  api?: { octokit: RestClient; owner: string; repo: string };
  log?: WarningLog;
}): Promise<string[] | undefined> {
  const limit = o.limit ?? 200;
  const local = await ancestryFromGit(o.cwd, o.mergeBase, limit);
  if (local && (local.length >= limit || !(await isShallow(o.cwd)))) return local;
  if (!o.api) return local;
  const remote = await ancestryFromApi(o.api.octokit, { ...o.api, sha: o.mergeBase, limit }, o.log);
  return (remote?.length ?? 0) > (local?.length ?? 0) ? remote : local;
}

const COMMIT_SHA = /^[0-9a-f]{40,64}$/;

/**
 * The merge-base of a pull request's base and head as GitHub computes it, from the compare API
 * (`GET /repos/{owner}/{repo}/compare/{base}...{head}`); undefined, with a line in the log, when the
 * API cannot tell.
 */
export async function mergeBaseFromApi(
  octokit: RestClient,
  o: { owner: string; repo: string; baseSha: string; headSha: string },
  log?: { info(message: string): void },
): Promise<string | undefined> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: o.owner,
      repo: o.repo,
      basehead: `${o.baseSha}...${o.headSha}`,
      per_page: 1,
    });
    const sha = (data as { merge_base_commit?: { sha?: unknown } } | undefined)?.merge_base_commit?.sha;
    if (typeof sha === 'string' && COMMIT_SHA.test(sha)) return sha;
    log?.info('Merge-base not available from the compare API: the answer names no merge-base commit');
  } catch (error) {
    log?.info(`Merge-base not available from the compare API: ${describeRestError(error)}`);
  }
  return undefined;
}

/**
 * The merge-base a pull request's baseline is taken from: the local clone's when it has both
 * commits, else the compare API's. The base branch's head (`pull_request.base.sha`) is not it: the
 * base branch may have moved on since the pull request branched off.
 */
export async function resolveMergeBase(o: {
  cwd: string;
  baseSha: string;
  headSha: string;
  api?: { octokit: RestClient; owner: string; repo: string };
  log?: { info(message: string): void };
}): Promise<string | undefined> {
  if (!COMMIT_SHA.test(o.baseSha) || !COMMIT_SHA.test(o.headSha)) return undefined;
  try {
    const { stdout } = await run('git', ['merge-base', o.baseSha, o.headSha], { cwd: o.cwd });
    const sha = stdout.trim();
    if (COMMIT_SHA.test(sha)) return sha;
  } catch {
    // not a clone, or one without both commits: ask GitHub
  }
  return o.api
    ? mergeBaseFromApi(o.api.octokit, { ...o.api, baseSha: o.baseSha, headSha: o.headSha }, o.log)
    : undefined;
}
