// One check's history, kept small: raw results for a recent window, then hourly and daily rollups
// (counts per state, latency p50 / p95 / max, failure classes). Every result is counted into its
// hour and its day as it arrives, so dropping old raw results never changes a rollup's counts.
// Latency quantiles come from a log-spaced histogram kept only while a bucket is still open.
import type { Observed } from '../incidents/machine.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export interface Retention {
  /** Raw results older than this are dropped (their rollups stay). */
  rawMs: number;
  /** At most this many raw results per check (`history-keep`). */
  rawCount: number;
  hourlyMs: number;
  dailyMs: number;
}

/** 48 h of raw results, hourly rollups for 92 days (so a 90-day window is exact), daily for 400. */
export const DEFAULT_RETENTION: Retention = {
  rawMs: 48 * HOUR_MS,
  rawCount: 5760,
  hourlyMs: 92 * DAY_MS,
  dailyMs: 400 * DAY_MS,
};

export interface Sample {
  /** Unix ms. */
  t: number;
  health: Observed;
  latencyMs?: number;
  /** Failure class when not up. */
  failure?: string;
}

export interface Bucket {
  /** Unix ms of the bucket's start (hour or UTC day). */
  start: number;
  up: number;
  degraded: number;
  down: number;
  p50?: number;
  p95?: number;
  max?: number;
  /** Failure class → results. */
  failures?: Record<string, number>;
  /** Latency histogram (bin → count) while the bucket can still grow; dropped once it is closed. */
  hist?: Record<string, number>;
}

export interface Series {
  raw: Sample[];
  hourly: Bucket[];
  daily: Bucket[];
}

export function emptySeries(): Series {
  return { raw: [], hourly: [], daily: [] };
}

// Bins 2% wide: a quantile read from the histogram is within 2% of the exact one.
const GROWTH = Math.log(1.02);
const binOf = (ms: number) => Math.floor(Math.log1p(Math.max(0, ms)) / GROWTH);
/** The middle of a bin, in ms. */
const binMiddle = (bin: number) => Math.expm1((bin + 0.5) * GROWTH);

function quantile(hist: Record<string, number>, q: number): number | undefined {
  const bins = Object.entries(hist)
    .map(([b, n]) => [Number(b), n] as const)
    .sort((a, b) => a[0] - b[0]);
  const total = bins.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return undefined;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const [bin, n] of bins) {
    seen += n;
    if (seen >= rank) return Math.round(binMiddle(bin));
  }
  return undefined;
}

function close(b: Bucket): void {
  if (!b.hist) return;
  const p50 = quantile(b.hist, 0.5);
  const p95 = quantile(b.hist, 0.95);
  if (p50 !== undefined) b.p50 = Math.min(p50, b.max ?? p50);
  if (p95 !== undefined) b.p95 = Math.min(p95, b.max ?? p95);
  delete b.hist;
}

function countInto(list: Bucket[], start: number, s: Sample): void {
  let b = list.at(-1);
  if (!b || b.start < start) {
    if (b) close(b);
    b = { start, up: 0, degraded: 0, down: 0, hist: {} };
    list.push(b);
  } else if (b.start > start) {
    // A result older than the newest bucket (clock skew between two runners): counted where it
    // belongs if that bucket is still kept, so totals stay exact.
    const older = list.find((x) => x.start === start);
    if (!older) return;
    b = older;
  }
  b[s.health]++;
  if (s.health !== 'up' && s.failure) {
    b.failures ??= {};
    b.failures[s.failure] = (b.failures[s.failure] ?? 0) + 1;
  }
  if (s.latencyMs !== undefined && Number.isFinite(s.latencyMs)) {
    const ms = Math.round(s.latencyMs);
    b.max = Math.max(b.max ?? 0, ms);
    if (b.hist) {
      const bin = String(binOf(ms));
      b.hist[bin] = (b.hist[bin] ?? 0) + 1;
    }
  }
}

export const hourOf = (t: number) => Math.floor(t / HOUR_MS) * HOUR_MS;
export const dayOf = (t: number) => Math.floor(t / DAY_MS) * DAY_MS;

/** Adds one result: raw, and counted into its hour and its day. */
export function addSample(series: Series, s: Sample): void {
  series.raw.push(s);
  countInto(series.hourly, hourOf(s.t), s);
  countInto(series.daily, dayOf(s.t), s);
}

/** Drops what is past its retention; closes buckets that can no longer grow. */
export function compact(series: Series, now: number, r: Retention = DEFAULT_RETENTION): void {
  const rawFrom = now - r.rawMs;
  let first = series.raw.findIndex((s) => s.t >= rawFrom);
  if (first < 0) first = series.raw.length;
  first = Math.max(first, series.raw.length - r.rawCount);
  if (first > 0) series.raw.splice(0, first);
  // Cut at a day boundary, so the days before the oldest hour kept are whole in the daily rollups.
  const hourlyFrom = Math.floor((now - r.hourlyMs) / DAY_MS) * DAY_MS;
  series.hourly = series.hourly.filter((b) => b.start >= hourlyFrom);
  series.daily = series.daily.filter((b) => b.start + DAY_MS > now - r.dailyMs);
  for (const b of series.hourly) if (b.start + HOUR_MS <= now) close(b);
  for (const b of series.daily) if (b.start + DAY_MS <= now) close(b);
}

// Stored form: columns and deltas, so a year of 100 checks stays a few MB of JSON.
export interface StoredSeries {
  /** Raw results: first time (unix s), deltas (s), states (u/d/x), latencies (-1 none), failures by index. */
  raw: { t0: number; dt: number[]; h: string; ms: number[]; f: Record<string, string> };
  /** Bucket rows `[start delta in units, up, degraded, down, p50, p95, max, failures?, hist?]`. */
  hourly: { t0: number; rows: unknown[][] };
  daily: { t0: number; rows: unknown[][] };
}

const CODE: Record<Observed, string> = { up: 'u', degraded: 'd', down: 'x' };
const FROM_CODE: Record<string, Observed> = { u: 'up', d: 'degraded', x: 'down' };

function storeBuckets(list: readonly Bucket[], unit: number): StoredSeries['hourly'] {
  const t0 = list[0] ? list[0].start / unit : 0;
  let prev = t0;
  const rows = list.map((b) => {
    const at = b.start / unit;
    const row: unknown[] = [at - prev, b.up, b.degraded, b.down, b.p50 ?? -1, b.p95 ?? -1, b.max ?? -1];
    prev = at;
    if (b.failures || b.hist) row.push(b.failures ?? 0);
    if (b.hist) row.push(b.hist);
    return row;
  });
  return { t0, rows };
}

function loadBuckets(stored: StoredSeries['hourly'] | undefined, unit: number): Bucket[] {
  if (!stored || !Array.isArray(stored.rows)) return [];
  let at = Number(stored.t0) || 0;
  const rows = stored.rows;
  const out: Bucket[] = new Array(rows.length);
  let n = 0;
  const num = (v: unknown) => (typeof v === 'number' ? v : 0);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length < 7) continue;
    at += num(row[0]);
    const b: Bucket = { start: at * unit, up: num(row[1]), degraded: num(row[2]), down: num(row[3]) };
    const p50 = num(row[4]);
    const p95 = num(row[5]);
    const max = num(row[6]);
    if (p50 >= 0 && row[4] !== undefined) b.p50 = p50;
    if (p95 >= 0 && row[5] !== undefined) b.p95 = p95;
    if (max >= 0 && row[6] !== undefined) b.max = max;
    if (row.length > 7) {
      if (row[7] && typeof row[7] === 'object') b.failures = row[7] as Record<string, number>;
      if (row[8] && typeof row[8] === 'object') b.hist = row[8] as Record<string, number>;
    }
    out[n++] = b;
  }
  out.length = n;
  return out;
}

export function storeSeries(s: Series): StoredSeries {
  // Floored, so a result never moves into the next hour (or day) on the way back in.
  const secs = s.raw.map((x) => Math.floor(x.t / 1000));
  const f: Record<string, string> = {};
  s.raw.forEach((x, i) => {
    if (x.failure && x.health !== 'up') f[i] = x.failure;
  });
  return {
    raw: {
      t0: secs[0] ?? 0,
      dt: secs.map((t, i) => (i === 0 ? 0 : t - (secs[i - 1] as number))),
      h: s.raw.map((x) => CODE[x.health]).join(''),
      ms: s.raw.map((x) => (x.latencyMs === undefined ? -1 : Math.round(x.latencyMs))),
      f,
    },
    hourly: storeBuckets(s.hourly, HOUR_MS),
    daily: storeBuckets(s.daily, DAY_MS),
  };
}

/** `rawTail` loads only the newest raw results (a reader that needs rollups and a sparkline). */
export function loadSeries(stored: StoredSeries | undefined, rawTail = Number.POSITIVE_INFINITY): Series {
  if (!stored) return emptySeries();
  const raw: Sample[] = [];
  const r = stored.raw;
  if (r && typeof r.h === 'string' && Array.isArray(r.dt) && Array.isArray(r.ms)) {
    let t = Number(r.t0) || 0;
    const from = Math.max(0, r.h.length - rawTail);
    for (let i = 0; i < from; i++) t += Number(r.dt[i]) || 0;
    for (let i = from; i < r.h.length; i++) {
      t += Number(r.dt[i]) || 0;
      const health = FROM_CODE[r.h[i] as string];
      if (!health) continue;
      const ms = Number(r.ms[i]);
      const failure = r.f?.[i];
      raw.push({
        t: t * 1000,
        health,
        ...(ms >= 0 ? { latencyMs: ms } : {}),
        ...(failure ? { failure } : {}),
      });
    }
  }
  return { raw, hourly: loadBuckets(stored.hourly, HOUR_MS), daily: loadBuckets(stored.daily, DAY_MS) };
}
