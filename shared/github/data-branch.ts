// Publishes one small file (a badge, a history point) to a branch that holds only such data, through
// the contents API so no checkout or push credentials are needed. A missing branch is created as an
// orphan holding just that file, so the data branch never carries the project's source tree.
// Publishing is opt-in: every failure is returned as a message for the caller to downgrade.
import { createHash } from 'node:crypto';
import type { GitHubClient } from './client.js';
import { describeGitHubError } from './errors.js';
import type { Log } from './log.js';

export interface PublishFileInput {
  owner: string;
  repo: string;
  /** e.g. 'shipshape-data' */
  branch: string;
  /** Repository-relative, '/'-separated, e.g. 'badges/coverage.svg'. */
  path: string;
  content: string | Buffer;
  /** The commit message. */
  message: string;
  log: Log;
}

export type PublishFileResult =
  | { ok: true; commitSha?: string; changed: boolean }
  | { ok: false; message: string };

/** Attempts at writing when another writer keeps moving the file under us. */
const WRITE_ATTEMPTS = 5;
const CONFLICT_BACKOFF_MS = 150;

/** The sha git gives a blob of these bytes; the contents API reports a file's in the same form. */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export async function publishFile(
  octokit: GitHubClient,
  input: PublishFileInput,
): Promise<PublishFileResult> {
  const { owner, repo, branch, log } = input;
  const path = checkPath(input.path);
  checkBranch(branch);
  const bytes = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : input.content;
  const wantedSha = gitBlobSha(bytes);
  const where = `${path} on branch '${branch}' of ${owner}/${repo}`;

  try {
    if (!(await branchExists(octokit, input))) {
      const commitSha = await createOrphanBranch(octokit, input, path, bytes);
      if (commitSha) {
        log.info(`Published ${where} (new branch, commit ${commitSha})`);
        return { ok: true, commitSha, changed: true };
      }
      log.debug?.(`Branch '${branch}' was created by another writer meanwhile; writing into it`);
    }

    // Set once a write may have landed without us seeing the answer (a dropped connection, a 5xx).
    let mayHaveWritten = false;
    for (let attempt = 1; ; attempt++) {
      const currentSha = await fileSha(octokit, input, path);
      if (currentSha === wantedSha) {
        log.info(`${where} is ${mayHaveWritten ? 'published' : 'already up to date'}`);
        return { ok: true, changed: mayHaveWritten };
      }
      try {
        const { data } = await octokit.rest.repos.createOrUpdateFileContents({
          owner,
          repo,
          path,
          branch,
          message: input.message,
          content: bytes.toString('base64'),
          ...(currentSha ? { sha: currentSha } : {}),
          // Resending the same sha cannot cure a conflict, and a write that failed in transit may
          // have landed; both are answered by reading the file again, here, not by resending.
          request: { retries: 0 },
        });
        const commitSha = data.commit.sha;
        log.info(`Published ${where}${commitSha ? ` (commit ${commitSha})` : ''}`);
        return commitSha ? { ok: true, commitSha, changed: true } : { ok: true, changed: true };
      } catch (error) {
        const transient = isTransient(error);
        if ((!transient && !isConcurrentWrite(error)) || attempt >= WRITE_ATTEMPTS) throw error;
        mayHaveWritten ||= transient;
        const why = transient ? describeGitHubError(error) : 'it changed while writing it';
        log.info(`${where}: ${why}; reading it again (attempt ${attempt + 1}/${WRITE_ATTEMPTS})`);
        await sleep(CONFLICT_BACKOFF_MS * attempt * (0.5 + Math.random()));
      }
    }
  } catch (error) {
    return { ok: false, message: `Publishing ${where}: ${explain(error)}` };
  }
}

async function branchExists(octokit: GitHubClient, o: PublishFileInput): Promise<boolean> {
  try {
    await octokit.rest.git.getRef({ owner: o.owner, repo: o.repo, ref: `heads/${o.branch}` });
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

/** The new branch's commit, or undefined when another writer created the branch first. */
async function createOrphanBranch(
  octokit: GitHubClient,
  o: PublishFileInput,
  path: string,
  bytes: Buffer,
): Promise<string | undefined> {
  const { owner, repo } = o;
  const blob = await octokit.rest.git.createBlob({
    owner,
    repo,
    content: bytes.toString('base64'),
    encoding: 'base64',
  });
  const tree = await octokit.rest.git.createTree({
    owner,
    repo,
    tree: [{ path, mode: '100644', type: 'blob', sha: blob.data.sha }],
  });
  const commit = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: o.message,
    tree: tree.data.sha,
    parents: [],
  });
  try {
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${o.branch}`, sha: commit.data.sha });
  } catch (error) {
    if (statusOf(error) === 422 && /already exists/i.test(describeGitHubError(error))) return undefined;
    throw error;
  }
  return commit.data.sha;
}

/** The blob sha of the file on the branch, or undefined when there is no such file yet. */
async function fileSha(
  octokit: GitHubClient,
  o: PublishFileInput,
  path: string,
): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: o.owner,
      repo: o.repo,
      path,
      ref: o.branch,
    });
    if (Array.isArray(data) || data.type !== 'file') {
      const kind = Array.isArray(data) ? 'dir' : data.type;
      throw new Error(`the path is a ${kind}, not a file`);
    }
    return data.sha;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/**
 * GitHub answers a stale or missing `sha` with 409 ("is at X but expected Y") or 422 ("sha wasn't
 * supplied"), both meaning someone else wrote the file since we read it.
 */
function isConcurrentWrite(error: unknown): boolean {
  const status = statusOf(error);
  return status === 409 || (status === 422 && /\bsha\b/i.test(describeGitHubError(error)));
}

/** Octokit reports dropped connections and timeouts as status 500 too. */
function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  return typeof status === 'number' && status >= 500;
}

function explain(error: unknown): string {
  const described = describeGitHubError(error);
  if (statusOf(error) === 403 && !/rate limit/i.test(described)) {
    return (
      `${described}. Publishing to a data branch is opt-in and needs 'contents: write' in the ` +
      "workflow's permissions: block; pull requests from forks only get a read-only token"
    );
  }
  if (statusOf(error) === 409 && /empty/i.test(described)) {
    return `${described}. The repository has no commits yet`;
  }
  return described;
}

function statusOf(error: unknown): unknown {
  return (error as { status?: unknown } | null)?.status;
}

function checkPath(path: string): string {
  const clean = path.replace(/^\.\//, '');
  const segments = clean.split('/');
  if (clean === '' || segments.some((s) => s === '' || s === '.' || s === '..') || clean.includes('\\')) {
    throw new Error(
      `publishFile: path ${JSON.stringify(path)} must be repository-relative with '/' separators, ` +
        "without empty, '.' or '..' segments",
    );
  }
  return clean;
}

function checkBranch(branch: string): void {
  // The subset of git's ref-name rules that a typo in a workflow file is likely to break.
  if (
    branch === '' ||
    /[\s~^:?*[\\]|\.\.|@\{|^\/|\/$|\/\/|^-|\.lock$|\.$/.test(branch) ||
    branch.startsWith('refs/')
  ) {
    throw new Error(`publishFile: ${JSON.stringify(branch)} is not a valid branch name`);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
