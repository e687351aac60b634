// Uptime per check and window, from what the monitor stored (monitor-state.ts). Pure: the summary,
// the report and the dashboard all call `uptimeByCheck` on the records a history read returned.
//
// A window of length W ending at `now` starts at the beginning of the hour that `now - W` falls in
// (for windows longer than the hourly rollups are kept: the beginning of that UTC day), so the
// figure from the rollups equals the figure from the raw results exactly. Degraded counts as up.
import type { HistoryRecord } from '../history/record.js';
import { type CheckState, loadState, type MonitorState, newestState } from './monitor-state.js';
import { type Bucket, DAY_MS, dayOf, HOUR_MS, hourOf, type Sample } from './rollups.js';

export interface UptimeWindow {
  /** `24h`, `7d`, `30d`, `90d`, `365d`. */
  label: string;
  ms: number;
}

export const STANDARD_WINDOWS: readonly UptimeWindow[] = [
  { label: '24h', ms: DAY_MS },
  { label: '7d', ms: 7 * DAY_MS },
  { label: '30d', ms: 30 * DAY_MS },
  { label: '90d', ms: 90 * DAY_MS },
  { label: '365d', ms: 365 * DAY_MS },
];

export interface WindowFigure {
  /** Percent of results not down; null when the window holds no result. */
  percent: number | null;
  up: number;
  degraded: number;
  down: number;
  /** Unix ms the window starts at (hour- or day-aligned). */
  from: number;
}

export interface CheckUptime {
  environment: string;
  /** The check's name as configured: chart titles use `environment` and `name`. */
  name: string;
  url: string;
  /** Stable id, for joining series across runs; not meant to be shown. */
  key: string;
  windows: Record<string, WindowFigure>;
  /** Per hour of the kept hourly rollups, oldest first: for uptime and latency charts. */
  hourly: Bucket[];
  daily: Bucket[];
  /** Latest raw results (newest last), for a sparkline. */
  recent: Sample[];
  incident: 'open' | 'none';
}

function figure(from: number, counts: { up: number; degraded: number; down: number }): WindowFigure {
  const total = counts.up + counts.degraded + counts.down;
  return {
    ...counts,
    from,
    percent: total === 0 ? null : (100 * (counts.up + counts.degraded)) / total,
  };
}

/** Where a window starts: hour-aligned while hourly rollups reach that far, else day-aligned. */
export function windowStart(c: Pick<CheckState, 'series'>, now: number, w: UptimeWindow): number {
  const hourly = hourOf(now - w.ms);
  const oldestHour = c.series.hourly[0]?.start;
  return oldestHour !== undefined && oldestHour <= hourly ? hourly : dayOf(now - w.ms);
}

/** The window's figure from the rollups: hourly buckets, daily ones before the oldest hour kept. */
export function windowFromRollups(c: Pick<CheckState, 'series'>, now: number, w: UptimeWindow): WindowFigure {
  const from = windowStart(c, now, w);
  const counts = { up: 0, degraded: 0, down: 0 };
  const oldestHour = c.series.hourly[0]?.start ?? Number.POSITIVE_INFINITY;
  const add = (b: Bucket) => {
    counts.up += b.up;
    counts.degraded += b.degraded;
    counts.down += b.down;
  };
  for (const b of c.series.daily) if (b.start >= from && b.start + DAY_MS <= oldestHour) add(b);
  for (const b of c.series.hourly) if (b.start >= from && b.start <= now) add(b);
  return figure(from, counts);
}

/** The same window counted from raw results (the oracle the rollups are tested against). */
export function windowFromRaw(samples: readonly Sample[], from: number, now: number): WindowFigure {
  const counts = { up: 0, degraded: 0, down: 0 };
  for (const s of samples) if (s.t >= from && s.t <= now) counts[s.health]++;
  return figure(from, counts);
}

export function uptimeOfState(
  state: MonitorState,
  now: number,
  windows: readonly UptimeWindow[] = STANDARD_WINDOWS,
  recent = 24,
): CheckUptime[] {
  return [...state.checks.values()].map((c) => ({
    environment: c.environment,
    name: c.name,
    url: c.url,
    key: c.key,
    windows: Object.fromEntries(windows.map((w) => [w.label, windowFromRollups(c, now, w)])),
    hourly: c.series.hourly,
    daily: c.series.daily,
    recent: c.series.raw.slice(-recent),
    incident: c.memory.open ? 'open' : 'none',
  }));
}

/**
 * Uptime per check and window from a history read of kind `uptime` (any backend): the newest
 * stored monitor state is used. Checks come back named by environment and check name.
 */
export function uptimeByCheck(
  records: readonly HistoryRecord[],
  now: Date = new Date(),
  windows: readonly UptimeWindow[] = STANDARD_WINDOWS,
): CheckUptime[] {
  const newest = newestState(records);
  if (!newest) return [];
  return uptimeOfState(loadState(newest.state, { rawTail: 24 }), now.getTime(), windows);
}

export { HOUR_MS };
