// One pull request comment per action instance, edited in place on every run instead of piling up.
// The comment is recognised by a hidden HTML marker on its first line AND by its author, so a human
// quoting the marker is never edited. Matrix jobs racing to create the first comment converge on
// the oldest one: whoever sees an older twin after creating moves its body there and deletes its own.
import type { GitHubClient } from './client.js';
import { describeGitHubError } from './errors.js';
import { ACTIONS_BOT_LOGIN } from './identity.js';
import type { Log } from './log.js';

/** GitHub rejects issue comment bodies longer than this. */
export const MAX_COMMENT_LENGTH = 65_536;
/** Without `authors`: the default GITHUB_TOKEN's account (the shell passes ownLogins). */
export const DEFAULT_STICKY_AUTHORS: readonly string[] = [ACTIONS_BOT_LOGIN];

export interface StickyCommentInput {
  owner: string;
  repo: string;
  /** Pull requests are issues to the comments API. */
  issueNumber: number;
  /** Unique per action and instance, e.g. 'shipshape:coverage-comment:api'. */
  marker: string;
  body: string;
  /** Logins allowed to own the sticky comment; defaults to DEFAULT_STICKY_AUTHORS. */
  authors?: readonly string[];
  log: Log;
}

export type StickyCommentResult =
  | { ok: true; id: number; url: string; action: 'created' | 'updated' | 'unchanged' }
  | { ok: false; reason: 'forbidden' | 'too-long' | 'not-found'; message: string };

interface ListedComment {
  id: number;
  body: string;
  url: string;
}

/**
 * The hidden marker line. An HTML comment may not contain `--` and `<`/`>` would end it early, so
 * those are rewritten; two markers differing only in such characters therefore collide.
 */
export function markerComment(marker: string): string {
  const clean = marker
    .replace(/[<>\r\n]/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean === '')
    throw new Error(`sticky comment marker ${JSON.stringify(marker)} is empty once sanitised`);
  return `<!-- ${clean} -->`;
}

/** The full text sent to GitHub; callers budgeting against MAX_COMMENT_LENGTH measure this. */
export function stickyCommentText(marker: string, body: string): string {
  return `${markerComment(marker)}\n${body}`;
}

function carriesMarker(body: string, markerLine: string): boolean {
  const firstLine = body.split('\n', 1)[0] ?? '';
  return firstLine.trim().startsWith(markerLine);
}

export async function upsertStickyComment(
  octokit: GitHubClient,
  input: StickyCommentInput,
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, log } = input;
  const markerLine = markerComment(input.marker);
  const text = stickyCommentText(input.marker, input.body);
  // UTF-16 units: never fewer than the characters GitHub counts, so a body passing here fits.
  if (text.length > MAX_COMMENT_LENGTH) {
    return {
      ok: false,
      reason: 'too-long',
      message:
        `Comment '${input.marker}' on #${issueNumber} is ${text.length} characters with its marker, ` +
        `over GitHub's limit of ${MAX_COMMENT_LENGTH}; shorten the body before posting`,
    };
  }
  const authors = new Set((input.authors ?? DEFAULT_STICKY_AUTHORS).map((login) => login.toLowerCase()));
  const where = `comment '${input.marker}' on #${issueNumber}`;

  const listOurs = async (): Promise<ListedComment[]> => {
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const ours = all
      .filter(
        (c) => c.user && authors.has(c.user.login.toLowerCase()) && carriesMarker(c.body ?? '', markerLine),
      )
      .map((c) => ({ id: c.id, body: c.body ?? '', url: c.html_url }))
      .sort((a, b) => a.id - b.id);
    log.debug?.(`${where}: ${all.length} comments listed, ${ours.length} carry the marker`);
    return ours;
  };

  /** Deleting a twin another job already deleted is the outcome we wanted. */
  const deleteComment = async (id: number): Promise<void> => {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
    } catch (error) {
      if ((error as { status?: unknown }).status !== 404) throw error;
    }
  };

  /** Gives `target` our text, unless it has it already. */
  const settle = async (target: ListedComment): Promise<StickyCommentResult> => {
    if (target.body === text) {
      log.info(`Sticky ${where} is already up to date`);
      return { ok: true, id: target.id, url: target.url, action: 'unchanged' };
    }
    const { data } = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: target.id,
      body: text,
    });
    log.info(`Updated sticky ${where}: ${data.html_url}`);
    return { ok: true, id: data.id, url: data.html_url, action: 'updated' };
  };

  try {
    const existing = await listOurs();
    const [oldest, ...twins] = existing;
    if (oldest) {
      // Left over from an earlier race that did not finish converging.
      for (const twin of twins) await deleteComment(twin.id);
      try {
        return await settle(oldest);
      } catch (error) {
        // Someone deleted it since we listed; a new one takes its place.
        if ((error as { status?: unknown }).status !== 404) throw error;
      }
    }

    const { data: created } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body: text,
    });
    const mine: ListedComment = { id: created.id, body: text, url: created.html_url };

    // Another job with the same marker may have created its comment at the same moment.
    const after = await listOurs();
    const winner = after[0];
    if (!winner || winner.id >= mine.id) {
      for (const twin of after) if (twin.id > mine.id) await deleteComment(twin.id);
      log.info(`Created sticky ${where}: ${mine.url}`);
      return { ok: true, id: mine.id, url: mine.url, action: 'created' };
    }
    let result: StickyCommentResult;
    try {
      result = await settle(winner);
    } catch (error) {
      // The older twin vanished between listing and editing; ours is then the one to keep.
      if ((error as { status?: unknown }).status === 404) {
        log.info(`Created sticky ${where}: ${mine.url}`);
        return { ok: true, id: mine.id, url: mine.url, action: 'created' };
      }
      throw error;
    }
    await deleteComment(mine.id);
    log.info(`Sticky ${where} raced another job; kept the older comment ${winner.id}`);
    return result;
  } catch (error) {
    return commentFailure(error, where);
  }
}

/** A failed comment write as a result the caller can show, or a thrown error when it is not one of those. */
export function commentFailure(error: unknown, where: string): Extract<StickyCommentResult, { ok: false }> {
  const status = (error as { status?: unknown }).status;
  const described = describeGitHubError(error);
  const isRateLimit = /rate limit/i.test(described);
  if (status === 403 && !isRateLimit) {
    return {
      ok: false,
      reason: 'forbidden',
      message:
        `Cannot write ${where}: ${described}. Commenting needs 'pull-requests: write' in the workflow's ` +
        'permissions: block; pull requests from forks only get a read-only token, so skip the comment there ' +
        'or post it from a pull_request_target / workflow_run job',
    };
  }
  if (status === 404) {
    return { ok: false, reason: 'not-found', message: `Cannot write ${where}: ${described}` };
  }
  if (status === 422 && /too long/i.test(described)) {
    return { ok: false, reason: 'too-long', message: `Cannot write ${where}: ${described}` };
  }
  throw new Error(`Writing sticky ${where}: ${described}`, { cause: error });
}
