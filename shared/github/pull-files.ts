// Changed lines of a pull request from the REST API, for when the checkout cannot produce a diff.
import { addedLinesOfPatch } from '../git/diff.js';
import type { GitHubClient } from './client.js';
import { describeGitHubError } from './errors.js';
import type { Log } from './log.js';

/** GitHub lists at most this many files of a pull request, however many it has. */
export const GITHUB_PULL_FILES_CAP = 3000;

export interface PullRequestChangedLines {
  /** New path → added or modified line numbers in the new file. */
  files: Map<string, Set<number>>;
  /** Changed files whose lines GitHub did not send (binary, or a diff too large to show). */
  unknownLines: string[];
  truncated: boolean;
  reason?: string;
}

export async function listPullRequestChangedLines(
  octokit: GitHubClient,
  o: { owner: string; repo: string; pullNumber: number; log: Log },
): Promise<PullRequestChangedLines> {
  const files = new Map<string, Set<number>>();
  const unknownLines: string[] = [];
  let listed = 0;
  let pages = 0;
  try {
    const iterator = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
      owner: o.owner,
      repo: o.repo,
      pull_number: o.pullNumber,
      per_page: 100,
    });
    for await (const page of iterator) {
      pages++;
      for (const file of page.data) {
        listed++;
        if (file.status === 'removed') continue;
        if (file.patch === undefined || file.patch === '') {
          // A pure rename or mode change has no lines; anything else without a patch is unknown.
          files.set(file.filename, new Set());
          if (file.changes > 0) unknownLines.push(file.filename);
          continue;
        }
        try {
          files.set(file.filename, addedLinesOfPatch(file.patch, `patch of ${file.filename}`));
        } catch (error) {
          o.log.warning(`${(error as Error).message}; treating the lines of ${file.filename} as unknown`);
          files.set(file.filename, new Set());
          unknownLines.push(file.filename);
        }
      }
    }
  } catch (error) {
    throw new Error(
      `Listing the files of pull request #${o.pullNumber} stopped after ${listed} files: ${describeGitHubError(error)}`,
      { cause: error },
    );
  }
  o.log.debug?.(`Pull request #${o.pullNumber}: ${listed} files in ${pages} pages`);
  if (listed >= GITHUB_PULL_FILES_CAP) {
    const reason =
      `GitHub lists only the first ${GITHUB_PULL_FILES_CAP} files of a pull request; ` +
      'changes in the remaining files are not known';
    o.log.warning(`Pull request #${o.pullNumber}: ${reason}`);
    return { files, unknownLines, truncated: true, reason };
  }
  return { files, unknownLines, truncated: false };
}
