import type { Maybe } from '../coverage/gates.js';
import { changedLinesFromGit } from '../git/changed-lines.js';
import { listPullRequestChangedLines } from '../github/pull-files.js';
import type { Logger } from '../runtime/logger.js';

type Octokit = Parameters<typeof listPullRequestChangedLines>[0];

export interface ChangedLinesRequest {
  cwd: string;
  owner: string;
  repo: string;
  pullNumber: number;
  baseSha: string;
  headSha: string;
  octokit?: Octokit;
  log: Logger;
}

/**
 * Changed lines of a pull request: the local diff against the merge-base when the clone has (or
 * can fetch) the history, else the paginated PR files API. The local diff has no file limit.
 */
export async function resolveChangedLines(
  req: ChangedLinesRequest,
): Promise<Maybe<Map<string, Set<number>>>> {
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
    return { value: local.files };
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
  return { value: remote.files };
}
