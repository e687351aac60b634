// The JSON report (the `report` output and file): everything a rollback gate or a dashboard needs.
import type { DeliveryResult } from '../alerts/send.js';
import type { CheckResult } from './check.js';
import type { Lateness } from './cron.js';
import type { IncidentRun } from './incidents.js';
import type { WarmupResult, WatchResult } from './post-deploy.js';

export const REPORT_SCHEMA = 'shipshape.deploy-smoke-health/v1';

export interface UptimeStats {
  /** Percent of results not down over the last 24 h / 7 d / 30 d (see uptime.ts); null without data. */
  d1: number | null;
  d7: number | null;
  d30: number | null;
  /** Latency of the most recent results, oldest first (for a sparkline). */
  recentMs: number[];
}

export interface ReportCheck extends CheckResult {
  warmup?: Omit<WarmupResult, 'result'>;
  uptime?: UptimeStats;
  incident?: { state: string; issue?: number; alerts: number };
}

export interface SmokeReport {
  schema: typeof REPORT_SCHEMA;
  mode: 'post-deploy' | 'uptime' | 'watch';
  /** True when no check is down (post-deploy: every check passed warm-up and the version is live). */
  passed: boolean;
  /** The worst state of any check. */
  state: 'up' | 'degraded' | 'down';
  environments: string[];
  sha?: string;
  deployment?: { id?: number; environment?: string; url?: string };
  startedAt: string;
  finishedAt: string;
  lateness?: Lateness;
  checks: ReportCheck[];
  watch?: WatchResult;
  /** Watch mode: how long this watcher checked, and when its first and last checks were. */
  watcher?: {
    rounds: number;
    intervalMs: number;
    durationMs: number;
    firstCheckAt?: string;
    lastCheckAt?: string;
    stoppedBy: 'duration' | 'signal' | 'single';
  };
  /** Uptime: decisions of this run; watch: every change while watching. */
  incidents?: IncidentRun[];
  alerts: DeliveryResult[];
  heartbeat?: { ok: boolean; status?: number; error?: string; sent?: number; failed?: number };
  /** What went wrong besides the checks: the step fails on incident-issue problems. */
  problems?: { incidentIssues: string[]; history: string[] };
  notes: string[];
}

export function worstState(checks: readonly CheckResult[]): SmokeReport['state'] {
  if (checks.some((c) => c.health === 'down')) return 'down';
  if (checks.some((c) => c.health === 'degraded')) return 'degraded';
  return 'up';
}
