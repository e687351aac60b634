// Commit statuses: the gate's verdict next to the commit. A fork's pull request runs with a
// read-only token that cannot write statuses; that is reported as a value, not thrown, so the
// caller can downgrade it to a warning instead of failing the gate.
import type { GitHubClient } from './client.js';
import { describeGitHubError } from './errors.js';

export type CommitState = 'success' | 'failure' | 'error' | 'pending';

export interface CommitStatusInput {
  owner: string;
  repo: string;
  sha: string;
  /** The status's name in the checks list, e.g. "shipshape/coverage". */
  context: string;
  state: CommitState;
  description: string;
  targetUrl?: string;
}

export type CommitStatusResult =
  | { ok: true; id: number; url: string; description: string }
  | { ok: false; reason: 'forbidden' | 'not-found' | 'unauthorized'; status: number; message: string };

/** GitHub rejects longer descriptions with a 422. */
export const MAX_STATUS_DESCRIPTION = 140;

/**
 * Shortens to at most `max` UTF-16 units (the strictest way to count GitHub's limit), ending in
 * '…' and never splitting a character, emoji sequence or accented letter.
 */
export function truncateDescription(text: string, max = MAX_STATUS_DESCRIPTION): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(oneLine)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

const FAILURE_REASONS = { 401: 'unauthorized', 403: 'forbidden', 404: 'not-found' } as const;

export async function setCommitStatus(
  octokit: GitHubClient,
  input: CommitStatusInput,
): Promise<CommitStatusResult> {
  const description = truncateDescription(input.description);
  try {
    const { data } = await octokit.rest.repos.createCommitStatus({
      owner: input.owner,
      repo: input.repo,
      sha: input.sha,
      context: input.context,
      state: input.state,
      description,
      ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
    });
    return { ok: true, id: data.id, url: data.url, description };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const isRateLimit = /rate limit/i.test(String((error as Error).message));
    if ((status === 401 || status === 403 || status === 404) && !isRateLimit) {
      return { ok: false, reason: FAILURE_REASONS[status], status, message: describeGitHubError(error) };
    }
    throw new Error(
      `Setting commit status '${input.context}' on ${input.sha}: ${describeGitHubError(error)}`,
      {
        cause: error,
      },
    );
  }
}
