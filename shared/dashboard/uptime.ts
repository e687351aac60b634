// Checks as the status page shows them, from deploy-smoke-health's monitor state (one uptime record
// per monitor: per check its name, environment, raw results and hourly / daily rollups). Uptime per
// window is the action's own figure; an outage runs from the first down result (or hour) to the first
// one after it that is not down. Pure: the caller passes `now`.
import { loadState, newestState } from '../deploy-smoke-health/monitor-state.js';
import { HOUR_MS } from '../deploy-smoke-health/rollups.js';
import { type CheckUptime, STANDARD_WINDOWS, uptimeOfState } from '../deploy-smoke-health/uptime.js';
import type { HistoryRecord } from '../history/record.js';

export type CheckState = 'up' | 'degraded' | 'down' | 'unknown';

export const UPTIME_WINDOWS = [
  { key: 'd1', label: '24 h', ms: 86_400_000 },
  { key: 'd7', label: '7 d', ms: 7 * 86_400_000 },
  { key: 'd30', label: '30 d', ms: 30 * 86_400_000 },
  { key: 'd90', label: '90 d', ms: 90 * 86_400_000 },
] as const;

export type WindowKey = (typeof UPTIME_WINDOWS)[number]['key'];

export interface Outage {
  /** ISO 8601: the first run that found the check down. */
  start: string;
  /** The first run after it that did not; absent while the outage lasts. */
  end?: string;
  /** end − start, or now − start while it lasts. */
  durationMs: number;
  open: boolean;
  /** Down results in a row. */
  runs: number;
}

export interface CheckSample {
  t: number;
  h: number;
  ms?: number;
}

export interface UptimeCheck {
  /** Safe as an HTML id and a file name. */
  id: string;
  fingerprint: string;
  name: string;
  environment: string;
  /** The history series (the action's `history-name`) it was recorded in. */
  series: string;
  state: CheckState;
  lastChecked: string;
  lastMs?: number;
  /** Median response time of the last 24 h of runs (what the response-time badge shows). */
  medianMs?: number;
  /** Percent of runs not down per window; null when no run fell in it. */
  uptime: Record<WindowKey, number | null>;
  /** Runs per window, so a figure from three runs is not mistaken for a month of data. */
  samples: Record<WindowKey, number>;
  outages: Outage[];
  /** Oldest first; thinned to at most `maxPoints` for the chart. */
  points: CheckSample[];
}

export interface ChecksOptions {
  now: number;
  /** Only this branch's records are read (uptime runs on the default branch). */
  branch?: string;
  maxPoints?: number;
}

function stateOf(h: number): Exclude<CheckState, 'unknown'> {
  return h >= 1 ? 'up' : h > 0 ? 'degraded' : 'down';
}

export function checkId(environment: string, name: string, fingerprint: string): string {
  const slug = `${environment}-${name}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return `${slug || 'check'}-${fingerprint
    .slice(0, 6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`;
}

/** Uptime per window from samples (oldest first), as of `now`. */
export function uptimeWindows(
  samples: readonly CheckSample[],
  now: number,
): { uptime: Record<WindowKey, number | null>; samples: Record<WindowKey, number> } {
  const uptime = {} as Record<WindowKey, number | null>;
  const counts = {} as Record<WindowKey, number>;
  for (const w of UPTIME_WINDOWS) {
    let n = 0;
    let up = 0;
    for (const s of samples) {
      if (s.t > now || now - s.t > w.ms) continue;
      n++;
      if (s.h > 0) up++;
    }
    uptime[w.key] = n === 0 ? null : (100 * up) / n;
    counts[w.key] = n;
  }
  return { uptime, samples: counts };
}

/** Down results in a row, from the first to the first result after them that is not down. */
export function outagesOf(samples: readonly CheckSample[], now: number): Outage[] {
  const out: Outage[] = [];
  let start: number | undefined;
  let runs = 0;
  for (const s of samples) {
    if (s.h <= 0) {
      if (start === undefined) start = s.t;
      runs++;
    } else if (start !== undefined) {
      out.push({
        start: new Date(start).toISOString(),
        end: new Date(s.t).toISOString(),
        durationMs: s.t - start,
        open: false,
        runs,
      });
      start = undefined;
      runs = 0;
    }
  }
  if (start !== undefined) {
    out.push({
      start: new Date(start).toISOString(),
      durationMs: Math.max(0, now - start),
      open: true,
      runs,
    });
  }
  return out;
}

/** At most `max` points: the newest kept as they are when they fit, else one per time bucket (worst health, mean latency). */
export function thin(samples: readonly CheckSample[], max: number): CheckSample[] {
  if (samples.length <= max) return [...samples];
  const first = samples[0]!.t;
  const span = samples[samples.length - 1]!.t - first || 1;
  const buckets: CheckSample[][] = Array.from({ length: max }, () => []);
  for (const s of samples) buckets[Math.min(max - 1, Math.floor(((s.t - first) / span) * max))]!.push(s);
  return buckets.flatMap((b) => {
    if (b.length === 0) return [];
    const ms = b.flatMap((s) => (s.ms === undefined ? [] : [s.ms]));
    return [
      {
        t: b[b.length - 1]!.t,
        h: Math.min(...b.map((s) => s.h)),
        ...(ms.length > 0 ? { ms: ms.reduce((a, v) => a + v, 0) / ms.length } : {}),
      },
    ];
  });
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const HEALTH: Record<string, number> = { up: 1, degraded: 0.5, down: 0 };

/** One point per kept hour (its worst health, its median latency), then the raw results after it. */
function samplesOf(c: CheckUptime): CheckSample[] {
  const hourly = c.hourly.map(
    (b): CheckSample => ({
      t: b.start,
      h: b.down > 0 && b.up + b.degraded === 0 ? 0 : b.down > 0 || b.degraded > 0 ? 0.5 : 1,
      ...(b.p50 !== undefined ? { ms: b.p50 } : {}),
    }),
  );
  const raw = c.recent.map(
    (r): CheckSample => ({
      t: r.t,
      h: HEALTH[r.health] ?? 0,
      ...(r.latencyMs !== undefined ? { ms: r.latencyMs } : {}),
    }),
  );
  // Raw results are exact: they replace the hours they fall in.
  const firstRaw = raw[0]?.t ?? Number.POSITIVE_INFINITY;
  return [...hourly.filter((b) => b.t + HOUR_MS <= firstRaw), ...raw];
}

/**
 * Every check of the newest monitor state in the uptime records (deploy-smoke-health keeps one
 * state record per monitor, with raw results, hourly and daily rollups per check), by environment
 * and name. Uptime per window is the action's own figure (uptimeByCheck), exact from the rollups.
 */
export function uptimeChecks(records: readonly HistoryRecord[], o: ChecksOptions): UptimeCheck[] {
  const bySeries = new Map<string, HistoryRecord[]>();
  for (const r of records) {
    if (r.kind !== 'uptime' || (o.branch !== undefined && r.branch !== o.branch)) continue;
    bySeries.set(r.name, [...(bySeries.get(r.name) ?? []), r]);
  }
  const checks: UptimeCheck[] = [];
  for (const [series, list] of bySeries) {
    const sorted = [...list].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    const newest = newestState(sorted);
    if (!newest) {
      checks.push(...legacyUptimeChecks(sorted, o));
      continue;
    }
    const found = uptimeOfState(loadState(newest.state), o.now, STANDARD_WINDOWS, Number.POSITIVE_INFINITY);
    for (const c of found) {
      const samples = samplesOf(c);
      const last = samples[samples.length - 1];
      const uptime = {} as Record<WindowKey, number | null>;
      const counts = {} as Record<WindowKey, number>;
      for (const w of UPTIME_WINDOWS) {
        const f = c.windows[WINDOW_LABELS[w.key]];
        uptime[w.key] = f?.percent ?? null;
        counts[w.key] = f ? f.up + f.degraded + f.down : 0;
      }
      const medianMs = median(
        c.recent.flatMap((r) =>
          r.latencyMs !== undefined && r.t <= o.now && o.now - r.t <= UPTIME_WINDOWS[0].ms
            ? [r.latencyMs]
            : [],
        ),
      );
      checks.push({
        id: checkId(c.environment, c.name, c.key),
        fingerprint: c.key,
        name: c.name,
        environment: c.environment || series,
        series,
        state: last ? stateOf(last.h) : 'unknown',
        lastChecked: last ? new Date(last.t).toISOString() : newest.record.time,
        ...(last?.ms !== undefined ? { lastMs: last.ms } : {}),
        ...(medianMs !== undefined ? { medianMs } : {}),
        uptime,
        samples: counts,
        outages: outagesOf(samples, o.now),
        points: thin(samples, o.maxPoints ?? 500),
      });
    }
  }
  return sortChecks(checks);
}

/** Environment, then check name, then fingerprint: the order every dashboard view lists checks in. */
function sortChecks(checks: UptimeCheck[]): UptimeCheck[] {
  return checks.sort(
    (a, b) =>
      (a.environment < b.environment ? -1 : a.environment > b.environment ? 1 : 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.fingerprint < b.fingerprint ? -1 : 1),
  );
}

/**
 * Checks of uptime records written before the monitor state existed (one record per run, `h.<fp>` /
 * `ms.<fp>` metrics, names in `meta`), so a dashboard keeps showing a repository's older history.
 * Records must be oldest first.
 */
function legacyUptimeChecks(records: readonly HistoryRecord[], o: ChecksOptions): UptimeCheck[] {
  const found = new Map<
    string,
    { fp: string; series: string; name: string; env: string; samples: CheckSample[] }
  >();
  for (const r of records) {
    if (r.kind !== 'uptime' || (o.branch !== undefined && r.branch !== o.branch)) continue;
    const t = Date.parse(r.time);
    for (const [key, h] of Object.entries(r.metrics)) {
      if (!key.startsWith('h.')) continue;
      const fp = key.slice(2);
      const id = `${r.name}\u0000${fp}`;
      let c = found.get(id);
      const name = r.meta?.[`check.${fp}`];
      const env = r.meta?.[`env.${fp}`];
      if (!c) {
        c = { fp, series: r.name, name: fp, env: '', samples: [] };
        found.set(id, c);
      }
      // The newest record naming the check wins: a rename shows up at once.
      if (typeof name === 'string' && name !== '') c.name = name;
      if (typeof env === 'string') c.env = env;
      const ms = r.metrics[`ms.${fp}`];
      c.samples.push({ t, h, ...(typeof ms === 'number' ? { ms } : {}) });
    }
  }
  const checks = [...found.values()].map((c): UptimeCheck => {
    const last = c.samples[c.samples.length - 1]!;
    const windows = uptimeWindows(c.samples, o.now);
    const medianMs = median(
      c.samples.flatMap((s) =>
        s.ms !== undefined && s.t <= o.now && o.now - s.t <= UPTIME_WINDOWS[0].ms ? [s.ms] : [],
      ),
    );
    return {
      id: checkId(c.env, c.name, c.fp),
      fingerprint: c.fp,
      name: c.name,
      environment: c.env || c.series,
      series: c.series,
      state: stateOf(last.h),
      lastChecked: new Date(last.t).toISOString(),
      ...(last.ms !== undefined ? { lastMs: last.ms } : {}),
      ...(medianMs !== undefined ? { medianMs } : {}),
      ...windows,
      outages: outagesOf(c.samples, o.now),
      points: thin(c.samples, o.maxPoints ?? 500),
    };
  });
  return sortChecks(checks);
}

const WINDOW_LABELS: Record<WindowKey, string> = { d1: '24h', d7: '7d', d30: '30d', d90: '90d' };

/** `3 h 5 min`, `42 min`, `2 d 4 h`, `45 s`. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return min % 60 === 0 ? `${h} h` : `${h} h ${min % 60} min`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? `${d} d` : `${d} d ${h % 24} h`;
}
