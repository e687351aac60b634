// Shapes history records into what the dashboard shows: one section per kind, one group per kind and
// name, one series per branch (and repository, when a history holds several), each with its points
// over time and its latest run. Pure: no I/O, no clock (the caller passes generatedAt).
import type { HistoryRecord } from '../history/record.js';
import { mergeRecords } from '../history/store.js';
import { compareKinds, kindTitle, type MetricInfo, metricInfo, orderMetrics } from './labels.js';
import { type Verdict, verdictOf } from './verdict.js';

export const DASHBOARD_SCHEMA = 'shipshape.dashboard/v1';

export interface DashboardPoint {
  /** Milliseconds since the epoch. */
  t: number;
  sha: string;
  runId: number;
  /** Metric name → value; a metric the run did not measure is absent. */
  v: Record<string, number>;
  verdict?: Verdict;
}

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
}

export interface DashboardSeries {
  branch: string;
  repo: string;
  /** The branch, prefixed by the repository when the group spans several. */
  label: string;
  points: DashboardPoint[];
  latest: LatestRun;
}

export interface DashboardGroup {
  /** Safe as an HTML id: [a-z0-9-] only. */
  id: string;
  kind: string;
  name: string;
  metrics: MetricInfo[];
  series: DashboardSeries[];
  /** Branches left out because there were more than `maxSeries`. */
  omittedSeries: string[];
}

export interface DashboardSection {
  kind: string;
  title: string;
  groups: DashboardGroup[];
}

export interface DashboardData {
  schema: typeof DASHBOARD_SCHEMA;
  title: string;
  /** ISO 8601 */
  generatedAt: string;
  records: number;
  repos: string[];
  sections: DashboardSection[];
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

function toPoint(r: HistoryRecord): DashboardPoint {
  const verdict = verdictOf(r);
  return {
    t: Date.parse(r.time),
    sha: r.sha,
    runId: r.runId,
    v: { ...r.metrics },
    ...(verdict && { verdict }),
  };
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
  };
}

function branchRank(branch: string, preferred: readonly string[]): number {
  const i = preferred.indexOf(branch);
  return i < 0 ? preferred.length : i;
}

export function shapeDashboard(records: readonly HistoryRecord[], o: ShapeOptions): DashboardData {
  const maxSeries = o.maxSeries ?? DEFAULT_MAX_SERIES;
  const maxPoints = o.maxPoints ?? DEFAULT_MAX_POINTS;
  const serverUrl = o.serverUrl ?? 'https://github.com';
  const preferred = o.defaultBranch ? [o.defaultBranch] : ['main', 'master'];
  // Oldest first without duplicates, whatever order the sources came in.
  const all = mergeRecords([records]);
  const sections: DashboardSection[] = [];
  let index = 0;
  const byKind = groupBy(all, (r) => r.kind);
  for (const kind of [...byKind.keys()].sort(compareKinds)) {
    const groups: DashboardGroup[] = [];
    const byName = groupBy(byKind.get(kind) ?? [], (r) => r.name);
    for (const name of [...byName.keys()].sort()) {
      const list = byName.get(name) ?? [];
      const multiRepo = new Set(list.map((r) => r.repo)).size > 1;
      const series: DashboardSeries[] = [];
      for (const runs of groupBy(list, (r) => JSON.stringify([r.repo, r.branch])).values()) {
        const kept = runs.slice(-maxPoints);
        const last = kept[kept.length - 1]!;
        series.push({
          branch: last.branch,
          repo: last.repo,
          label: multiRepo ? `${last.repo} ${last.branch}` : last.branch,
          points: kept.map(toPoint),
          latest: toLatest(last, kept[kept.length - 2], serverUrl),
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
        shown.flatMap((s) => s.points.flatMap((p) => Object.keys(p.v))),
      ).map((key) => metricInfo(kind, key));
      groups.push({
        id: `${slug(`${kind}-${name}`)}-${index++}`,
        kind,
        name,
        metrics,
        series: shown,
        omittedSeries: series.slice(maxSeries).map((s) => s.label),
      });
    }
    sections.push({ kind, title: kindTitle(kind), groups });
  }
  return {
    schema: DASHBOARD_SCHEMA,
    title: o.title,
    generatedAt: o.generatedAt,
    records: all.length,
    repos: [...new Set(all.map((r) => r.repo))].sort(),
    sections,
  };
}
