import type { FileCoverage, Totals } from '../coverage/model.js';
import { fileCounters } from '../coverage/totals.js';
import type { Baseline } from '../history/baseline.js';
import { HISTORY_SCHEMA, type HistoryRecord, type RunnerFingerprint } from '../history/record.js';

export const COVERAGE_KIND = 'coverage';

/** History series of an instance; an unnamed instance is 'default', as in its sticky comment. */
export function seriesName(name: string): string {
  return name || 'default';
}

/** Line coverage of one file: [covered, total]. Compact because history carries it for thousands of files. */
export type FileFigure = [covered: number, total: number];

export interface BaseCoverage {
  sha: string;
  /** Commits between the merge-base and the commit the baseline was recorded for. */
  commitsBehind: number;
  time: string;
  lines: number | null;
  branches: number | null;
  functions: number | null;
  /** Go's statement figure; absent in records of other formats. */
  statements?: number | null;
  /** Per-file line figures when the baseline record carried them. */
  files?: Record<string, FileFigure>;
}

export interface TrendPoint {
  sha: string;
  time: string;
  lines: number;
  /** Present when the run measured statements (Go). */
  statements?: number;
}

/** Per-file line figures, as stored in history and compared against the base. */
export function fileFigures(files: readonly FileCoverage[]): Record<string, FileFigure> {
  const out: Record<string, FileFigure> = {};
  for (const file of files) {
    const c = fileCounters(file).lines;
    out[file.path] = [c.covered, c.total];
  }
  return out;
}

/** The history record of one default-branch run: totals as metrics, per-file figures as detail. */
export function coverageRecord(input: {
  name: string;
  repo: string;
  branch: string;
  sha: string;
  runId: number;
  runAttempt: number;
  time: Date;
  runner: RunnerFingerprint;
  totals: Totals;
  files: readonly FileCoverage[];
}): HistoryRecord {
  const metrics: Record<string, number> = {};
  for (const metric of ['lines', 'branches', 'functions', 'statements'] as const) {
    const t = input.totals[metric];
    if (t.total === 0) continue;
    metrics[metric] = t.pct ?? 0;
    metrics[`${metric}_covered`] = t.covered;
    metrics[`${metric}_total`] = t.total;
  }
  return {
    schema: HISTORY_SCHEMA,
    kind: COVERAGE_KIND,
    name: seriesName(input.name),
    repo: input.repo,
    branch: input.branch,
    sha: input.sha,
    runId: input.runId,
    runAttempt: input.runAttempt,
    time: input.time.toISOString(),
    runner: input.runner,
    metrics,
    detail: { files: fileFigures(input.files) },
  };
}

function isFigure(v: unknown): v is FileFigure {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    v.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)
  );
}

/** Per-file figures from a record's detail, ignoring anything malformed. */
function recordFiles(record: HistoryRecord): Record<string, FileFigure> | undefined {
  const files = record.detail?.files;
  if (typeof files !== 'object' || files === null) return undefined;
  const out: Record<string, FileFigure> = {};
  for (const [path, figure] of Object.entries(files)) if (isFigure(figure)) out[path] = figure;
  return out;
}

export function baseFromBaseline(baseline: Baseline): BaseCoverage | { unavailable: string } {
  if ('unavailable' in baseline) return baseline;
  const { record, commitsBehind } = baseline;
  const metric = (m: string) => (typeof record.metrics[m] === 'number' ? record.metrics[m] : null);
  const base: BaseCoverage = {
    sha: record.sha,
    commitsBehind,
    time: record.time,
    lines: metric('lines'),
    branches: metric('branches'),
    functions: metric('functions'),
  };
  const statements = metric('statements');
  if (statements !== null) base.statements = statements;
  const files = recordFiles(record);
  if (files) base.files = files;
  return base;
}

export function trendPoints(records: readonly HistoryRecord[]): TrendPoint[] {
  return records.flatMap((r) => {
    if (typeof r.metrics.lines !== 'number') return [];
    const point: TrendPoint = { sha: r.sha, time: r.time, lines: r.metrics.lines };
    if (typeof r.metrics.statements === 'number') point.statements = r.metrics.statements;
    return [point];
  });
}
