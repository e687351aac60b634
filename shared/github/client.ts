// The one way shared code talks to the GitHub REST API: an Octokit that survives the faults a busy
// runner sees (5xx, dropped connections, rate limits, hung responses) a bounded number of times,
// then stops with an error describeGitHubError() (errors.ts) can turn into one line.

import { setTimeout as sleep } from 'node:timers/promises';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { retryAfterHeaderMs } from '../http/retry-after.js';
import { ServiceError } from '../runtime/errors.js';
import { describeGitHubError, type ErrorLike, pathOf } from './errors.js';
import type { Log } from './log.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** Defaults to GITHUB_API_URL (set on runners, GHES included), then https://api.github.com. */
  baseUrl?: string;
  log: Log;
  /** Retries for 5xx answers, dropped connections and timeouts. */
  retries?: number;
  userAgent?: string;
  /** Per attempt; a server that sends nothing for this long counts as a failed attempt. */
  timeoutMs?: number;
  /** Retries after a rate-limit answer (403/429). */
  rateLimitRetries?: number;
  /** A rate limit asking for a longer wait than this ends the request instead of sleeping. */
  maxRetryAfterSeconds?: number;
  /**
   * Milliseconds per unit of wait: backoff after a 5xx is (attempt²) units, a retry-after of N
   * seconds is N units. 1000 in production; tests pass a few ms.
   */
  retryAfterBaseMs?: number;
}

/** Retry and throttling plugins handle these; retrying them here too would multiply attempts. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

type RequestOptions = { method?: string; url?: string; request?: { signal?: AbortSignal } };
type OctokitPlugin = NonNullable<Parameters<typeof getOctokit>[2]>;

/**
 * Gives every attempt its own deadline. Registered before the retry plugin so that it sits
 * innermost and each retry starts a fresh timer. Octokit's hook chain binds one options object
 * to every layer, so the signal is set on it rather than passed down in a copy.
 */
function attemptTimeout(timeoutMs: number): OctokitPlugin {
  const callerSignals = new WeakMap<object, AbortSignal | undefined>();
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options: RequestOptions) => {
      if (!callerSignals.has(options)) callerSignals.set(options, options.request?.signal);
      const own = callerSignals.get(options);
      const deadline = AbortSignal.timeout(timeoutMs);
      options.request = { ...options.request, signal: own ? AbortSignal.any([own, deadline]) : deadline };
      try {
        return await request(options as Parameters<typeof request>[0]);
      } catch (error) {
        if (deadline.aborted && error instanceof Error) {
          // Octokit reports the abort as a 500 with the DOMException's wording; say what happened.
          error.message = `no response within ${timeoutMs} ms`;
        }
        throw error;
      }
    });
    return {};
  };
}

type EndpointParser = { request: { endpoint: { parse(o: object): { method: string; url: string } } } };

/** `GET /repos/o/r/pulls/9`: the request's real path (hooks see the `{owner}` template), no query. */
function endpointOf(octokit: EndpointParser, options: RequestOptions): string {
  try {
    const { method, url } = octokit.request.endpoint.parse(options);
    return `${method} ${pathOf(url)}`;
  } catch {
    return `${options.method} ${pathOf(options.url)}`;
  }
}

function retryAfterSeconds(value: string | undefined): number | undefined {
  const ms = retryAfterHeaderMs(value);
  return ms === undefined ? undefined : ms / 1000;
}

/**
 * A 429 that names a wait in retry-after but neither GitHub's "secondary rate limit" wording nor an
 * exhausted quota (what proxies and some GitHub front ends send) is waited out and retried here;
 * the throttling plugin only knows the two documented shapes. Registered after it, so outside it.
 */
function plainRateLimits(o: { retries: number; maxWait: number; base: number; log: Log }): OctokitPlugin {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options: RequestOptions) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(options as Parameters<typeof request>[0]);
        } catch (error) {
          const e = error as ErrorLike;
          const headers = e.response?.headers ?? {};
          const wait = retryAfterSeconds(headers['retry-after']);
          const throttlingKnowsIt =
            /\bsecondary rate\b/i.test(String(e.message)) || headers['x-ratelimit-remaining'] === '0';
          if (e.status !== 429 || wait === undefined || throttlingKnowsIt) throw error;
          const endpoint = endpointOf(octokit, options);
          if (attempt >= o.retries || wait > o.maxWait) {
            o.log.warning(
              `GitHub answered 429 on ${endpoint} ${attempt + 1} times (retry-after ${wait} s); giving up`,
            );
            throw error;
          }
          o.log.info(
            `GitHub answered 429 on ${endpoint}; retrying in ${wait} s (retry ${attempt + 1}/${o.retries})`,
          );
          await sleep(wait * o.base);
        }
      }
    });
    return {};
  };
}

/** A GitHub request that kept failing after every retry: exit 2 with the endpoint and status, not a defect. */
export class GitHubServiceError extends ServiceError {
  override name = 'GitHubServiceError';
  readonly status: number | undefined;
  readonly request: unknown;
  readonly response: unknown;
  constructor(cause: unknown) {
    super('GitHub', describeGitHubError(cause));
    const e = cause as ErrorLike;
    this.status = typeof e.status === 'number' ? e.status : undefined;
    this.request = e.request;
    this.response = e.response;
    this.message = `${describeGitHubError(cause)}. GitHub kept failing after retries: run the job again later (status: https://www.githubstatus.com)`;
    this.cause = cause;
  }
}

/** Outage-like failures: server errors, no answer at all, or a rate limit that outlasted our retries. */
function isOutage(error: unknown): boolean {
  const e = error as ErrorLike;
  if (!e || typeof e !== 'object' || !e.request) return false;
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === undefined || status >= 500) return true;
  const headers = e.response?.headers ?? {};
  const limited = /rate limit/i.test(String(e.message)) || headers['x-ratelimit-remaining'] === '0';
  return status === 429 || (status === 403 && limited);
}

function serviceErrors(): OctokitPlugin {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options: RequestOptions) => {
      try {
        return await request(options as Parameters<typeof request>[0]);
      } catch (error) {
        throw isOutage(error) && !(error instanceof GitHubServiceError)
          ? new GitHubServiceError(error)
          : error;
      }
    });
    return {};
  };
}

export function createGitHubClient(o: GitHubClientOptions): GitHubClient {
  const { log } = o;
  const base = o.retryAfterBaseMs ?? 1000;
  const rateLimitRetries = o.rateLimitRetries ?? 3;
  const maxWait = o.maxRetryAfterSeconds ?? 120;

  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: RequestOptions, octokit: unknown, retryCount: number): boolean => {
      const endpoint = endpointOf(octokit as EndpointParser, options);
      if (retryCount >= rateLimitRetries) {
        log.warning(`GitHub ${kind} on ${endpoint} persists after ${retryCount} retries; giving up`);
        return false;
      }
      if (retryAfter > maxWait) {
        log.warning(
          `GitHub ${kind} on ${endpoint} asks to wait ${retryAfter} s, longer than the ${maxWait} s allowed; giving up`,
        );
        return false;
      }
      log.info(
        `GitHub ${kind} on ${endpoint}; retrying in ${retryAfter} s (retry ${retryCount + 1}/${rateLimitRetries})`,
      );
      return true;
    };

  return getOctokit(
    o.token,
    {
      baseUrl: o.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com',
      userAgent: o.userAgent ?? 'shipshape',
      log: {
        debug: (m: string) => log.debug?.(m),
        info: (m: string) => log.debug?.(m),
        warn: (m: string) => log.warning(m),
        error: (m: string) => log.warning(m),
      },
      retry: { retries: o.retries ?? 3, retryAfterBaseValue: base, doNotRetry: DO_NOT_RETRY },
      throttle: {
        retryAfterBaseValue: base,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    attemptTimeout(o.timeoutMs ?? 30_000),
    retry,
    throttling,
    plainRateLimits({ retries: rateLimitRetries, maxWait, base, log }),
    serviceErrors(),
  );
}
