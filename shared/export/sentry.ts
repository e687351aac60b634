// Deploy markers in Sentry: on a confirmed post-deploy check, the release (the deployed commit) and
// its deploy to the environment are created through Sentry's documented HTTP API, so errors are
// tied to the deploy that caused them. Like every export, a failure is a warning, never a verdict.
import { retryAfterHeaderMs } from '../http/retry-after.js';
import { retryableStatus, retrying } from '../http/retrying.js';
import { InputError } from '../runtime/errors.js';
import { type InputSource, readList, readString, readUrl } from '../runtime/inputs.js';
import type { Logger } from '../runtime/logger.js';

export interface SentrySettings {
  baseUrl: URL;
  org: string;
  projects: string[];
  token: string;
}

export const SENTRY_INPUTS = ['sentry-url', 'sentry-org', 'sentry-projects', 'sentry-token'] as const;

/** Undefined when no Sentry organisation is configured. */
export function readSentrySettings(source: InputSource): SentrySettings | undefined {
  // Every input is read, set or not, so that a value given without sentry-org is still seen.
  const org = readString(source, 'sentry-org');
  const token = readString(source, 'sentry-token');
  const projects = readList(source, 'sentry-projects');
  const baseUrl = readUrl(source, 'sentry-url') ?? new URL('https://sentry.io');
  if (org === '') return undefined;
  if (token === '')
    throw new InputError(
      'sentry-token',
      'is required with sentry-org: an auth token with project:releases scope',
    );
  if (projects.length === 0)
    throw new InputError('sentry-projects', 'is required with sentry-org: one or more project slugs');
  const slug = /^[a-z0-9][a-z0-9_-]*$/i;
  for (const [input, value] of [
    ['sentry-org', org],
    ...projects.map((p) => ['sentry-projects', p]),
  ] as const) {
    if (!slug.test(value))
      throw new InputError(input, `'${value}' is not a Sentry slug (letters, digits, - and _)`);
  }
  return { baseUrl, org, projects, token };
}

export interface DeployMarker {
  /** The release version: the deployed commit. */
  version: string;
  environment: string;
  /** Where the deployed version is served. */
  url?: string;
  repository?: string;
  started: Date;
  finished: Date;
}

export interface SentryResult {
  ok: boolean;
  message: string;
}

/** A POST to Sentry's API, tried again on 429, 5xx or a failed connection (shared/http/retrying.ts). */
async function call(
  s: SentrySettings,
  path: string,
  body: unknown,
  attempts: number,
  backoffMs: number,
): Promise<Response> {
  const { result } = await retrying<Response | Error>(
    async () => {
      try {
        const response = await fetch(new URL(path, s.baseUrl), {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${s.token}`,
            'Content-Type': 'application/json',
            'User-Agent': 'shipshape',
          },
          body: JSON.stringify(body),
          // The token never follows a redirect.
          redirect: 'manual',
          signal: AbortSignal.timeout(15_000),
        });
        const asked = retryAfterHeaderMs(response.headers.get('retry-after'));
        return {
          result: response,
          retry: retryableStatus(response.status),
          ...(asked !== undefined ? { retryAfterMs: asked } : {}),
        };
      } catch (error) {
        return { result: error instanceof Error ? error : new Error(String(error)), retry: true };
      }
    },
    { attempts, backoff: { baseMs: backoffMs, maxMs: 30_000 }, maxRetryAfterMs: 30_000 },
  );
  if (result instanceof Error) throw result;
  return result;
}

export async function markSentryDeploy(
  s: SentrySettings,
  marker: DeployMarker,
  log: Pick<Logger, 'info' | 'warning'>,
  o: { attempts?: number; backoffMs?: number } = {},
): Promise<SentryResult> {
  const attempts = o.attempts ?? 3;
  const backoff = o.backoffMs ?? 1000;
  const org = encodeURIComponent(s.org);
  const version = marker.version;
  try {
    const release = await call(
      s,
      `/api/0/organizations/${org}/releases/`,
      {
        version,
        projects: s.projects,
        ...(marker.repository ? { refs: [{ repository: marker.repository, commit: version }] } : {}),
        dateReleased: marker.finished.toISOString(),
      },
      attempts,
      backoff,
    );
    // 208: the release exists already (an earlier deploy of the same commit).
    if (release.status !== 201 && release.status !== 208 && release.status !== 200) {
      return failed(`creating release ${version} answered HTTP ${release.status}`, log);
    }
    const deploy = await call(
      s,
      `/api/0/organizations/${org}/releases/${encodeURIComponent(version)}/deploys/`,
      {
        environment: marker.environment,
        projects: s.projects,
        ...(marker.url ? { url: marker.url } : {}),
        dateStarted: marker.started.toISOString(),
        dateFinished: marker.finished.toISOString(),
      },
      attempts,
      backoff,
    );
    if (deploy.status !== 201 && deploy.status !== 200) {
      return failed(
        `creating the deploy of ${version} to ${marker.environment} answered HTTP ${deploy.status}`,
        log,
      );
    }
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error), log);
  }
  const message = `Sentry: release ${version.slice(0, 12)} deployed to ${marker.environment}`;
  log.info(message);
  return { ok: true, message };
}

function failed(why: string, log: Pick<Logger, 'warning'>): SentryResult {
  const message = `Sentry deploy marker not created: ${why}`;
  log.warning(message);
  return { ok: false, message };
}
