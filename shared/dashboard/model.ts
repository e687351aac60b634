// Shapes history records into what the dashboard shows: one section per kind, one group per kind and
// name, one series per branch (and repository, when a history holds several), each with its points
// over time and its latest run. Pure: no I/O, no clock (the caller passes generatedAt).
import type { HistoryRecord } from '../history/record.js';
import { mergeRecords } from '../history/store.js';
import {
  compareKinds,
  kindTitle,
  type MetricInfo,
  metricCaption,
  metricInfo,
  orderMetrics,
} from './labels.js';
import { type UptimeCheck, uptimeChecks } from './uptime.js';
import { type Verdict, verdictOf } from './verdict.js';

export const DASHBOARD_SCHEMA = 'shipshape.dashboard/v2';

export interface LatestRun {
  time: string;
  sha: string;
  runId: number;
  runAttempt: number;
  metrics: Record<string, number>;
  /** The metrics of the run before it on the same branch, to show the change. */
  previous?: Record<string, number>;
  verdict?: Verdict;
  commitUrl?: string;
  runUrl?: string;
  /** `meta.url` of the record (an uptime target, a page), without credentials or query. */
  target?: string;
  /** `meta.mode` (perf: load test or benchmark ingest). */
  mode?: string;
}

export interface DashboardSeries {
  branch: string;
  repo: string;
  /** The branch, prefixed by the repository when the group spans several. */
  label: string;
  runs: number;
  latest: LatestRun;
}

/** One line chart: everything dashboard.js needs to draw it, axes included. */
export interface ChartSpec {
  /** Names the instance, page or check and the metric, with its unit. */
  title: string;
  metric: MetricInfo;
  /** Milliseconds since the epoch, spanning the data (padded a little). */
  x: [number, number];
  /** Fits the data and never leaves what the metric can take (no negative times, no 120%). */
  y: [number, number];
  series: { label: string; points: [t: number, value: number, sha: string][] }[];
}

export interface DashboardGroup {
  /** Safe as an HTML id: [a-z0-9-] only. */
  id: string;
  kind: string;
  name: string;
  /** The metrics shown (hidden ones such as raw coverage counts are left out). */
  metrics: MetricInfo[];
  series: DashboardSeries[];
  /** Branches left out because there were more than `maxSeries`. */
  omittedSeries: string[];
  /** Indexes into DashboardData.charts, one per metric. */
  charts: number[];
}

export interface DashboardSection {
  kind: string;
  title: string;
  groups: DashboardGroup[];
}

export interface Figure {
  value: number;
  previous?: number;
}

export interface Overview {
  coverage: { name: string; group: string; time: string; figures: Partial<Record<string, Figure>> }[];
  perf: { name: string; group: string; time: string; verdict?: Verdict; mode?: string }[];
  vitals: {
    name: string;
    group: string;
    time: string;
    target?: string;
    scores: Partial<Record<string, number>>;
  }[];
}

export interface StatusCheck extends UptimeCheck {
  /** Index into DashboardData.charts of its response-time chart; absent without latencies. */
  chart?: number;
  badges: { uptime: string; responseTime?: string };
}

export interface DashboardData {
  schema: typeof DASHBOARD_SCHEMA;
  title: string;
  /** ISO 8601 */
  generatedAt: string;
  records: number;
  repos: string[];
  overview: Overview;
  sections: DashboardSection[];
  checks: StatusCheck[];
  charts: ChartSpec[];
}

export interface ShapeOptions {
  title: string;
  generatedAt: string;
  /** Shown first in every group; without it `main` and then `master` are. */
  defaultBranch?: string;
  /** Most branches charted per kind and name; the rest, least recently measured, are listed as omitted. */
  maxSeries?: number;
  /** Newest points kept per branch. */
  maxPoints?: number;
  /** Base of commit and run links. */
  serverUrl?: string;
}

export const DEFAULT_MAX_SERIES = 8;
export const DEFAULT_MAX_POINTS = 500;

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-fA-F]{7,64}$/;

/** http(s) URL without userinfo, query or fragment, which can carry tokens; undefined otherwise. */
export function safeTarget(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url.toString();
}

function links(r: HistoryRecord, serverUrl: string): Pick<LatestRun, 'commitUrl' | 'runUrl'> {
  if (!REPO.test(r.repo)) return {};
  const base = `${serverUrl.replace(/\/+$/, '')}/${r.repo}`;
  return {
    commitUrl: SHA.test(r.sha) ? `${base}/commit/${r.sha}` : undefined,
    runUrl: r.runId > 0 ? `${base}/actions/runs/${r.runId}` : undefined,
  };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'x'
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function toLatest(r: HistoryRecord, before: HistoryRecord | undefined, serverUrl: string): LatestRun {
  const verdict = verdictOf(r);
  const target = safeTarget(r.meta?.url);
  return {
    time: r.time,
    sha: r.sha,
    runId: r.runId,
    runAttempt: r.runAttempt,
    metrics: { ...r.metrics },
    ...(before && { previous: { ...before.metrics } }),
    ...(verdict && { verdict }),
    ...links(r, serverUrl),
    ...(target && { target }),
    ...(typeof r.meta?.mode === 'string' && { mode: r.meta.mode }),
  };
}

function branchRank(branch: string, preferred: readonly string[]): number {
  const i = preferred.indexOf(branch);
  return i < 0 ? preferred.length : i;
}

const HOUR = 3_600_000;

/** Spans the data with 2% to spare; one point gets a day around it rather than years. */
export function timeRange(times: readonly number[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const t of times) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  if (!Number.isFinite(lo)) return [0, 1];
  const span = hi - lo;
  if (span === 0) return [lo - 12 * HOUR, hi + 12 * HOUR];
  return [lo - span * 0.02, hi + span * 0.02];
}

/** Fits the values with a little room, inside the metric's floor and ceiling. */
export function valueRange(
  values: readonly number[],
  m: Pick<MetricInfo, 'floor' | 'ceiling' | 'digits'>,
): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo)) return [m.floor ?? 0, m.ceiling ?? 1];
  const span = hi - lo;
  const pad = span > 0 ? span * 0.1 : Math.max(Math.abs(hi) * 0.05, 10 ** -Math.max(0, m.digits - 1));
  let bottom = lo - pad;
  let top = hi + pad;
  if (m.floor !== undefined && lo >= m.floor) bottom = Math.max(bottom, m.floor);
  if (m.ceiling !== undefined && hi <= m.ceiling) top = Math.min(top, m.ceiling);
  if (top <= bottom) {
    // A value sitting on both bounds (100% of 0..100 after clamping): open the side that has room.
    if (m.ceiling !== undefined && top >= m.ceiling) bottom = top - Math.max(pad, 1);
    else top = bottom + Math.max(pad, 1);
  }
  return [bottom, top];
}

/** Two digits more than the metric shows: enough for a tooltip, and a page of 100k points stays small. */
function compact(value: number, m: Pick<MetricInfo, 'digits'>): number {
  return Number(value.toFixed(Math.min(8, m.digits + 2)));
}

function chartOf(
  title: string,
  metric: MetricInfo,
  lines: { label: string; records: readonly HistoryRecord[] }[],
): ChartSpec {
  const series = lines.map((l) => ({
    label: l.label,
    points: l.records.flatMap((r): [number, number, string][] =>
      typeof r.metrics[metric.key] === 'number'
        ? [[Date.parse(r.time), compact(r.metrics[metric.key]!, metric), r.sha.slice(0, 7)]]
        : [],
    ),
  }));
  const all = series.flatMap((s) => s.points);
  return {
    title,
    metric,
    x: timeRange(all.map((p) => p[0])),
    y: valueRange(
      all.map((p) => p[1]),
      metric,
    ),
    series,
  };
}

const SCORES = ['performance', 'accessibility', 'best-practices', 'seo'];

function overviewOf(sections: readonly DashboardSection[]): Overview {
  const overview: Overview = { coverage: [], perf: [], vitals: [] };
  for (const section of sections) {
    for (const g of section.groups) {
      const main = g.series[0];
      if (!main) continue;
      const l = main.latest;
      const figure = (key: string): Figure | undefined => {
        const value = l.metrics[key];
        if (value === undefined) return undefined;
        const previous = l.previous?.[key];
        return previous === undefined ? { value } : { value, previous };
      };
      if (g.kind === 'coverage') {
        const figures: Partial<Record<string, Figure>> = {};
        for (const key of ['lines', 'branches', 'functions', 'statements']) {
          const f = figure(key);
          if (f) figures[key] = f;
        }
        overview.coverage.push({ name: g.name, group: g.id, time: l.time, figures });
      } else if (g.kind === 'perf') {
        const mode = l.mode;
        overview.perf.push({
          name: g.name,
          group: g.id,
          time: l.time,
          ...(l.verdict && { verdict: l.verdict }),
          ...(mode && { mode }),
        });
      } else if (g.kind === 'vitals') {
        const scores: Partial<Record<string, number>> = {};
        for (const key of SCORES) if (l.metrics[key] !== undefined) scores[key] = l.metrics[key];
        overview.vitals.push({
          name: g.name,
          group: g.id,
          time: l.time,
          ...(l.target && { target: l.target }),
          scores,
        });
      }
    }
  }
  return overview;
}

export function shapeDashboard(records: readonly HistoryRecord[], o: ShapeOptions): DashboardData {
  const maxSeries = o.maxSeries ?? DEFAULT_MAX_SERIES;
  const maxPoints = o.maxPoints ?? DEFAULT_MAX_POINTS;
  const serverUrl = o.serverUrl ?? 'https://github.com';
  const preferred = o.defaultBranch ? [o.defaultBranch] : ['main', 'master'];
  // Oldest first without duplicates, whatever order the sources came in.
  const all = mergeRecords([records]);
  const sections: DashboardSection[] = [];
  const charts: ChartSpec[] = [];
  let index = 0;
  const byKind = groupBy(all, (r) => r.kind);
  for (const kind of [...byKind.keys()].sort(compareKinds)) {
    // Uptime records hold every check of a run; they are read per check, below.
    if (kind === 'uptime') continue;
    const groups: DashboardGroup[] = [];
    const byName = groupBy(byKind.get(kind) ?? [], (r) => r.name);
    for (const name of [...byName.keys()].sort()) {
      const list = byName.get(name) ?? [];
      const multiRepo = new Set(list.map((r) => r.repo)).size > 1;
      const series: (DashboardSeries & { kept: HistoryRecord[] })[] = [];
      for (const runs of groupBy(list, (r) => JSON.stringify([r.repo, r.branch])).values()) {
        const kept = runs.slice(-maxPoints);
        const last = kept[kept.length - 1]!;
        series.push({
          branch: last.branch,
          repo: last.repo,
          label: multiRepo ? `${last.repo} ${last.branch}` : last.branch,
          runs: runs.length,
          latest: toLatest(last, kept[kept.length - 2], serverUrl),
          kept,
        });
      }
      series.sort(
        (a, b) =>
          branchRank(a.branch, preferred) - branchRank(b.branch, preferred) ||
          Date.parse(b.latest.time) - Date.parse(a.latest.time) ||
          (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
      );
      const shown = series.slice(0, maxSeries);
      const metrics = orderMetrics(
        kind,
        shown.flatMap((s) => s.kept.flatMap((r) => Object.keys(r.metrics))),
      )
        .map((key) => metricInfo(kind, key))
        .filter((m) => !m.hidden);
      const chartIds = metrics.map((m) => {
        charts.push(
          chartOf(
            `${name}: ${metricCaption(m)}`,
            m,
            shown.map((s) => ({ label: s.label, records: s.kept })),
          ),
        );
        return charts.length - 1;
      });
      groups.push({
        id: `${slug(`${kind}-${name}`)}-${index++}`,
        kind,
        name,
        metrics,
        series: shown.map(({ kept: _kept, ...s }) => s),
        omittedSeries: series.slice(maxSeries).map((s) => s.label),
        charts: chartIds,
      });
    }
    sections.push({ kind, title: kindTitle(kind), groups });
  }
  const uptimeRecords = byKind.get('uptime') ?? [];
  const uptimeBranch =
    preferred.find((b) => uptimeRecords.some((r) => r.branch === b)) ?? uptimeRecords.at(-1)?.branch;
  const responseTime = metricInfo('uptime', 'response_time');
  const checks = uptimeChecks(uptimeRecords, {
    now: Date.parse(o.generatedAt),
    ...(uptimeBranch !== undefined && { branch: uptimeBranch }),
    maxPoints,
  }).map((c): StatusCheck => {
    const points = c.points.flatMap((p): [number, number, string][] =>
      p.ms === undefined ? [] : [[p.t, compact(p.ms, responseTime), '']],
    );
    const badges = { uptime: `badges/${c.id}-uptime.svg`, responseTime: `badges/${c.id}-response-time.svg` };
    if (points.length === 0) return { ...c, badges: { uptime: badges.uptime } };
    charts.push({
      title: `${c.environment} / ${c.name}: ${metricCaption(responseTime)}`,
      metric: responseTime,
      x: timeRange(points.map((p) => p[0])),
      y: valueRange(
        points.map((p) => p[1]),
        responseTime,
      ),
      series: [{ label: c.name, points }],
    });
    return { ...c, chart: charts.length - 1, badges };
  });
  return {
    schema: DASHBOARD_SCHEMA,
    title: o.title,
    generatedAt: o.generatedAt,
    records: all.length,
    repos: [...new Set(all.map((r) => r.repo))].sort(),
    overview: overviewOf(sections),
    sections,
    checks,
    charts,
  };
}
