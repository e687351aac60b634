// After a deploy: wait until each endpoint is healthy on the new version (backing off with jitter,
// up to wait-timeout), require N passes in a row, then optionally keep probing for watch-duration
// and list every failed request — evidence that the rollout had no downtime.
import { type BackoffPolicy, backoffDelay, sleep } from '../probes/backoff.js';
import { mapLimit } from '../probes/pool.js';
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
