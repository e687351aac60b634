// After a deploy: wait until each endpoint is healthy on the new version (backing off with jitter,
// up to wait-timeout), require N passes in a row, then optionally keep probing for watch-duration
// and list every failed request — evidence that the rollout had no downtime.
import { type BackoffPolicy, backoffDelay, sleep } from '../http/backoff.js';
import { mapLimit } from '../probes/pool.js';
import { InputError } from '../runtime/errors.js';
import { type InputSource, readList } from '../runtime/inputs.js';
import { type CheckOptions, type CheckResult, runCheck } from './check.js';
import type { CheckConfig } from './config.js';

export interface WarmupOptions {
  check: Omit<CheckOptions, 'retries'>;
  waitTimeoutMs: number;
  /** Passes in a row required once the endpoint first answers healthy. */
  consecutive: number;
  /** Pause between the confirming passes and between watch rounds. */
  intervalMs: number;
  backoff: BackoffPolicy;
  concurrency: number;
  watchDurationMs: number;
  log?: (message: string) => void;
}

export interface WarmupResult {
  result: CheckResult;
  /** Every probe made during warm-up. */
  attempts: number;
  /** From the start until the first healthy answer; undefined when it never came. */
  healthyAfterMs?: number;
  /** Passes in a row at the end (≥ consecutive when it passed). */
  passesInARow: number;
  passed: boolean;
  /** Failure classes seen while waiting, with counts. */
  seen: Record<string, number>;
}

export interface WatchFailure {
  at: string;
  environment: string;
  check: string;
  class: string;
  status?: number;
  message: string;
}

export interface WatchResult {
  durationMs: number;
  requests: number;
  failures: WatchFailure[];
}

const healthy = (r: CheckResult) => r.health !== 'down';

async function warmOne(c: CheckConfig, o: WarmupOptions): Promise<WarmupResult> {
  const start = performance.now();
  const deadline = start + o.waitTimeoutMs;
  let attempts = 0;
  let inARow = 0;
  let healthyAfterMs: number | undefined;
  let failuresWhileWaiting = 0;
  const seen: Record<string, number> = {};
  for (;;) {
    const result = await runCheck(c, { ...o.check, retries: 0 });
    attempts++;
    if (healthy(result)) {
      healthyAfterMs ??= Math.round(performance.now() - start);
      inARow++;
      failuresWhileWaiting = 0;
    } else {
      inARow = 0;
      failuresWhileWaiting++;
      const cls = result.failure?.class ?? 'unknown';
      seen[cls] = (seen[cls] ?? 0) + 1;
    }
    const passed = inARow >= o.consecutive;
    const left = deadline - performance.now();
    if (passed || left <= 0 || o.check.signal?.aborted) {
      return {
        result,
        attempts,
        ...(healthyAfterMs !== undefined ? { healthyAfterMs } : {}),
        passesInARow: inARow,
        passed,
        seen,
      };
    }
    const wait = inARow > 0 ? o.intervalMs : backoffDelay(failuresWhileWaiting, o.backoff, o.check.random);
    if (inARow === 0)
      o.log?.(
        `${c.environment}/${c.name}: ${result.failure?.class ?? 'failing'} (${result.failure?.message ?? ''}); next try in ${wait} ms`,
      );
    await sleep(Math.min(wait, Math.max(0, left)), o.check.signal);
  }
}

export function warmUp(checks: readonly CheckConfig[], o: WarmupOptions): Promise<WarmupResult[]> {
  return mapLimit(checks, o.concurrency, (c) => warmOne(c, o));
}

/** Probes every check each `intervalMs` for `watchDurationMs` and records every failed request. */
export async function watch(checks: readonly CheckConfig[], o: WarmupOptions): Promise<WatchResult> {
  const start = performance.now();
  const failures: WatchFailure[] = [];
  let requests = 0;
  while (performance.now() - start < o.watchDurationMs && !o.check.signal?.aborted) {
    const round = performance.now();
    const results = await mapLimit(checks, o.concurrency, (c) => runCheck(c, { ...o.check, retries: 0 }));
    requests += results.length;
    for (const r of results) {
      if (!healthy(r)) {
        failures.push({
          at: r.checkedAt,
          environment: r.environment,
          check: r.name,
          class: r.failure?.class ?? 'unknown',
          ...(r.status !== undefined ? { status: r.status } : {}),
          message: r.failure?.message ?? '',
        });
      }
    }
    const left = o.watchDurationMs - (performance.now() - start);
    await sleep(Math.min(left, Math.max(0, o.intervalMs - (performance.now() - round))), o.check.signal);
  }
  return { durationMs: Math.round(performance.now() - start), requests, failures };
}

/**
 * `allowed-hosts`: host names (`shop.example.com`) or subdomain wildcards (`*.preview.example.com`,
 * which does not match preview.example.com itself), lower-cased.
 */
export function readAllowedHosts(source: InputSource, name: string): string[] {
  return readList(source, name).map((entry) => {
    const host = entry.toLowerCase();
    if (!/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host))
      throw new InputError(name, `'${entry}' is not a host name or *.domain`);
    return host;
  });
}

export function hostAllowed(url: string, allowed: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return allowed.some((a) => (a.startsWith('*.') ? host.endsWith(a.slice(1)) : host === a));
}

export interface DeploymentClaim {
  /** The environment the event names. */
  environment?: string;
  /** Its environment_url (or target_url). */
  url?: string;
}

export interface DeploymentTrustRules {
  /** Environments the workflow names: the `environment` input and the config file's environments. */
  environments: readonly string[];
  /** The `allowed-hosts` input. */
  allowedHosts: readonly string[];
  /** Whether the event's URL would be requested (no base-url configured for it). */
  urlUsed: boolean;
}

export type DeploymentTrust = { trusted: true } | { trusted: false; reason: string };

/**
 * Whether a deployment event may be checked at all. Anyone who can create a deployment (a preview
 * integration building a fork's pull request, a token with `deployments: write`) chooses its
 * environment name and URL; checking it would send the configured credentials there and post a
 * success status for it. So only environments the workflow names are checked, and an event URL that
 * would be requested must be on an allowed host whenever `allowed-hosts` is given.
 */
export function trustDeployment(claim: DeploymentClaim, rules: DeploymentTrustRules): DeploymentTrust {
  const env = claim.environment || '(none)';
  const named = rules.environments.filter((e) => e !== '');
  const allowed = claim.url !== undefined && hostAllowed(claim.url, rules.allowedHosts);
  const where = claim.url ? ` at host '${hostOf(claim.url) ?? '?'}'` : ' without a URL';
  if (named.length > 0) {
    if (!named.includes(claim.environment ?? ''))
      return {
        trusted: false,
        reason: `deployment to environment '${env}', which is not configured (configured: ${named.join(', ')})`,
      };
    if (rules.urlUsed && claim.url && rules.allowedHosts.length > 0 && !allowed)
      return { trusted: false, reason: `deployment to '${env}'${where}, which is not in 'allowed-hosts'` };
    return { trusted: true };
  }
  if (rules.allowedHosts.length === 0)
    return {
      trusted: false,
      reason: `deployment to environment '${env}': no environment is configured; name it in the 'environment' input (or the config file), or list its host in 'allowed-hosts'`,
    };
  if (!allowed)
    return { trusted: false, reason: `deployment to '${env}'${where}, which is not in 'allowed-hosts'` };
  return { trusted: true };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
