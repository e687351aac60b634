// Monitoring rounds: every endpoint and domain checked, incidents decided and alerted, the
// heartbeat pinged. Uptime mode is one round; watch mode repeats every `interval` until the next
// round would not finish before `watch-duration`, so the job always ends with its state written.

import type { DeliveryResult } from '../alerts/send.js';
import { sleep } from '../http/backoff.js';
import type { LoadedIncidents } from '../incidents/github.js';
import { mapLimit } from '../probes/pool.js';
import type { Logger } from '../runtime/logger.js';
import { type CheckOptions, type CheckResult, runCheck } from './check.js';
import type { CheckConfig } from './config.js';
import { handleIncidents, type IncidentOptions, type IncidentRun } from './incidents.js';
import type { MonitorState } from './monitor-state.js';

export interface HeartbeatResult {
  ok: boolean;
  status?: number;
  error?: string;
}

export interface RoundsOptions {
  checks: readonly CheckConfig[];
  check: CheckOptions;
  concurrency: number;
  state: MonitorState;
  incidents: Omit<IncidentOptions, 'results' | 'state' | 'now' | 'loaded'>;
  /** 0: one round (uptime mode). */
  durationMs: number;
  intervalMs: number;
  heartbeat?: () => Promise<HeartbeatResult>;
  /** Called with the state every `checkpointMs` (history written mid-watch, so a lost runner loses little). */
  checkpoint?: () => Promise<void>;
  checkpointMs?: number;
  log: Logger;
  now: () => Date;
  signal?: AbortSignal;
}

export interface RoundsResult {
  rounds: number;
  /** The last round's results. */
  results: CheckResult[];
  /** Every decision that was not "nothing new", in order. */
  changes: IncidentRun[];
  /** The last round's decisions, one per check. */
  last: IncidentRun[];
  alerts: DeliveryResult[];
  storeProblems: string[];
  heartbeats: { sent: number; failed: number; lastError?: string };
  firstCheckAt?: string;
  lastCheckAt?: string;
  durationMs: number;
  stoppedBy: 'duration' | 'signal' | 'single';
}

const label = (r: CheckResult) => `${r.environment}/${r.name}`;

function logRound(
  log: Logger,
  results: readonly CheckResult[],
  runs: readonly IncidentRun[],
  verbose: boolean,
): void {
  const byFp = new Map(runs.map((r) => [r.fingerprint, r]));
  for (const r of results) {
    const run = byFp.get(r.fingerprint);
    const d = run?.decision;
    const state = d ? (d.kind === 'none' ? d.state : d.kind) : 'unknown';
    // Watching prints a line per check only when it is not simply up, so six hours stay readable.
    if (!verbose && r.health === 'up' && state === 'up') continue;
    const why = r.failure ? ` (${r.failure.class}: ${r.failure.message})` : '';
    const note = d?.kind === 'none' ? `: ${d.note}` : '';
    log.info(`${label(r)}: ${r.health}${why}, incident ${state}${note}`);
  }
}

export async function runRounds(o: RoundsOptions): Promise<RoundsResult> {
  const started = o.now().getTime();
  const deadline = started + o.durationMs;
  const out: RoundsResult = {
    rounds: 0,
    results: [],
    changes: [],
    last: [],
    alerts: [],
    storeProblems: [],
    heartbeats: { sent: 0, failed: 0 },
    durationMs: 0,
    stoppedBy: o.durationMs > 0 ? 'duration' : 'single',
  };
  let loaded: LoadedIncidents | undefined;
  let slowest = 0;
  let lastCheckpoint = started;
  for (;;) {
    const roundStart = o.now().getTime();
    const results = await mapLimit(o.checks, o.concurrency, (c) => runCheck(c, o.check));
    const at = o.now();
    out.firstCheckAt ??= new Date(roundStart).toISOString();
    out.lastCheckAt = at.toISOString();
    const round = await handleIncidents({
      ...o.incidents,
      results,
      state: o.state,
      now: at,
      ...(loaded ? { loaded } : {}),
    });
    loaded = round.loaded;
    out.rounds++;
    out.results = results;
    out.last = round.runs;
    for (const r of round.runs) if (r.decision.kind !== 'none' || r.resent) out.changes.push(r);
    for (const r of round.runs) out.alerts.push(...r.alerts);
    for (const p of round.storeProblems) if (!out.storeProblems.includes(p)) out.storeProblems.push(p);
    logRound(o.log, results, round.runs, o.durationMs === 0);
    if (o.durationMs > 0) {
      const down = results.filter((r) => r.health === 'down').length;
      const degraded = results.filter((r) => r.health === 'degraded').length;
      o.log.progress(
        'watch (min)',
        Math.floor((roundStart - started) / 60_000),
        Math.ceil(o.durationMs / 60_000),
        `round ${out.rounds}: ${results.length - down - degraded} up, ${degraded} degraded, ${down} down`,
      );
    }
    if (o.heartbeat) {
      const hb = await o.heartbeat();
      if (hb.ok) out.heartbeats.sent++;
      else {
        out.heartbeats.failed++;
        out.heartbeats.lastError = hb.error;
        o.log.warning(`Heartbeat not sent: ${hb.error}`);
      }
    }
    const done = o.now().getTime();
    slowest = Math.max(slowest, done - roundStart);
    if (o.durationMs === 0) break;
    if (o.signal?.aborted) {
      out.stoppedBy = 'signal';
      break;
    }
    const next = roundStart + o.intervalMs;
    // Stop when the next round could not finish in time: ending early beats being killed.
    if (next + slowest > deadline) break;
    if (o.checkpoint && o.checkpointMs && done - lastCheckpoint >= o.checkpointMs) {
      lastCheckpoint = done;
      await o.checkpoint();
    }
    await sleep(next - o.now().getTime(), o.signal);
    if (o.signal?.aborted) {
      out.stoppedBy = 'signal';
      break;
    }
  }
  out.durationMs = o.now().getTime() - started;
  return out;
}
