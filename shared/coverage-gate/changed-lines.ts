import type { Maybe } from '../coverage/gates.js';
import { changedLinesFromGit } from '../git/changed-lines.js';
import type { GitHubClient } from '../github/client.js';
import { listPullRequestChangedLines } from '../github/pull-files.js';
import { mergeBaseFromApi } from '../history/baseline.js';
import type { Logger } from '../runtime/logger.js';

export interface PullRequestDiffRequest {
  cwd: string;
  owner: string;
  repo: string;
  pullNumber: number;
  baseSha: string;
  headSha: string;
  octokit?: GitHubClient;
  /** Also ask the compare API for the merge-base when git cannot tell it (baselines need it). */
  wantMergeBase?: boolean;
  log: Logger;
}

export interface PullRequestDiff {
  files: Map<string, Set<number>>;
  /** The merge-base of base and head, when git or the compare API could tell it. */
  mergeBase?: string;
}

/**
 * Changed lines of a pull request: the local diff against the merge-base when the clone has (or
 * can fetch) the history, else the paginated PR files API. The local diff has no file limit.
 */
export async function resolvePullRequestDiff(req: PullRequestDiffRequest): Promise<Maybe<PullRequestDiff>> {
  const local = await changedLinesFromGit({
    cwd: req.cwd,
    baseSha: req.baseSha,
    headSha: req.headSha,
    log: req.log,
  });
  if (!('unavailable' in local)) {
    req.log.info(
      `Changed lines from git diff ${local.mergeBase.slice(0, 7)}...${req.headSha.slice(0, 7)}: ${local.files.size} file(s).`,
    );
    return { value: { files: local.files, mergeBase: local.mergeBase } };
  }
  req.log.info(`Local git diff unavailable (${local.unavailable}); asking the pull request files API.`);
  if (!req.octokit)
    return { unavailable: `changed lines unavailable: ${local.unavailable}, and no token to ask the API` };
  const remote = await listPullRequestChangedLines(req.octokit, {
    owner: req.owner,
    repo: req.repo,
    pullNumber: req.pullNumber,
    log: req.log,
  });
  if (remote.truncated)
    req.log.warning(
      `Patch coverage covers only part of the pull request: ${remote.reason ?? 'file list truncated'}.`,
    );
  const mergeBase = req.wantMergeBase
    ? await mergeBaseFromApi(
        req.octokit,
        { owner: req.owner, repo: req.repo, baseSha: req.baseSha, headSha: req.headSha },
        req.log,
      )
    : undefined;
  return { value: { files: remote.files, mergeBase } };
}
