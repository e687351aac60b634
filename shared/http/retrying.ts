// One retry rule for every request shipshape sends to a service of the user's (alert channels,
// metrics backends, Sentry): a rate limit (429), a server error (5xx) or a failed connection is
// tried again after a jittered exponential wait, or after the service's own `retry-after` when it
// gives one; a wait longer than the caller allows ends the attempts, as does any other answer.
// Octokit has its own plugins for GitHub; this is the rule for everything else.
import { type BackoffPolicy, backoffDelay, sleep } from './backoff.js';

/** What one attempt came to: its result, and whether another attempt could do better. */
export interface AttemptOutcome<T> {
  result: T;
  retry: boolean;
  /** The service's `retry-after`, in ms, when it sent one. */
  retryAfterMs?: number;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  backoff: BackoffPolicy;
  /** The longest `retry-after` honoured. */
  maxRetryAfterMs: number;
  signal?: AbortSignal;
}

export interface RetryResult<T> {
  /** The last attempt's result. */
  result: T;
  /** Attempts made. */
  attempts: number;
  /** Set when the attempts ended because the service asked for a longer wait than allowed. */
  refusedWaitMs?: number;
}

/** Whether an HTTP status is worth another attempt. */
export function retryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

export async function retrying<T>(
  attempt: (n: number) => Promise<AttemptOutcome<T>>,
  policy: RetryPolicy,
): Promise<RetryResult<T>> {
  for (let n = 1; ; n++) {
    const outcome = await attempt(n);
    const last = { result: outcome.result, attempts: n };
    if (!outcome.retry || n >= policy.attempts || policy.signal?.aborted) return last;
    const asked = outcome.retryAfterMs;
    if (asked !== undefined && asked > policy.maxRetryAfterMs) return { ...last, refusedWaitMs: asked };
    await sleep(Math.max(asked ?? 0, backoffDelay(n, policy.backoff)), policy.signal);
    if (policy.signal?.aborted) return last;
  }
}
