// Uptime and latency trends from the history store. One record per run (kind `uptime`), with two
// metrics per check: `h.<fingerprint>` (1 up, 0.5 degraded, 0 down) and `ms.<fingerprint>`.
import type { HistoryRecord } from '../history/record.js';
import type { Observed } from '../incidents/machine.js';
import type { CheckResult } from './check.js';

export const HEALTH_VALUE: Record<Observed, number> = { up: 1, degraded: 0.5, down: 0 };

export function metricsOf(results: readonly CheckResult[]): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const r of results) {
    metrics[`h.${r.fingerprint}`] = HEALTH_VALUE[r.health];
    if (r.latencyMs !== undefined && Number.isFinite(r.latencyMs))
      metrics[`ms.${r.fingerprint}`] = r.latencyMs;
  }
  return metrics;
}

/**
 * Who each fingerprint is, for readers of the history (the dashboard and status page): `check.<fp>`
 * is the check's name and `env.<fp>` its environment. Names and environments come from the
 * configuration, never from responses.
 */
export function checkNamesOf(results: readonly CheckResult[]): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const r of results) {
    meta[`check.${r.fingerprint}`] = r.name;
    meta[`env.${r.fingerprint}`] = r.environment;
  }
  return meta;
}

function observed(v: number): Observed {
  return v >= 1 ? 'up' : v > 0 ? 'degraded' : 'down';
}

/** The check's past results, oldest first (runs that did not check it are skipped). */
export function pastObservations(records: readonly HistoryRecord[], fingerprint: string): Observed[] {
  const key = `h.${fingerprint}`;
  return records.flatMap((r) => (typeof r.metrics[key] === 'number' ? [observed(r.metrics[key])] : []));
}

export interface UptimeStats {
  /** Percent of runs in the window where the check was not down (degraded counts as up); null without data. */
  d1: number | null;
  d7: number | null;
  d30: number | null;
  /** Latency of the most recent runs, oldest first (for a sparkline). */
  recentMs: number[];
}

const DAY = 86_400_000;

export function uptimeStats(
  records: readonly HistoryRecord[],
  current: CheckResult,
  now: Date,
  points = 24,
): UptimeStats {
  const key = `h.${current.fingerprint}`;
  const samples = records.flatMap((r) =>
    typeof r.metrics[key] === 'number'
      ? [{ t: Date.parse(r.time), up: r.metrics[key] > 0, ms: r.metrics[`ms.${current.fingerprint}`] }]
      : [],
  );
  samples.push({ t: now.getTime(), up: current.health !== 'down', ms: current.latencyMs });
  const pctSince = (days: number) => {
    const w = samples.filter((s) => now.getTime() - s.t <= days * DAY);
    return w.length === 0 ? null : (100 * w.filter((s) => s.up).length) / w.length;
  };
  return {
    d1: pctSince(1),
    d7: pctSince(7),
    d30: pctSince(30),
    recentMs: samples.slice(-points).flatMap((s) => (typeof s.ms === 'number' ? [s.ms] : [])),
  };
}
