// Default-branch history of a load-test comparison: what is stored per run, and the trend drawn from
// the runs on the same kind of runner. History feeds charts only, never the pull-request verdict.
import { HISTORY_SCHEMA, type HistoryRecord, type RunnerFingerprint } from '../history/record.js';
import { escapeText } from '../report/markdown.js';
import { mermaidTrend, sparkline } from '../report/trend.js';
import { METRICS, type MetricKey } from './metrics.js';
import type { PerfReport } from './report.js';

export const PERF_HISTORY_KIND = 'perf';

export interface RecordContext {
  repo: string;
  branch: string;
  sha: string;
  runId: number;
  runAttempt: number;
  time: string;
  runner: RunnerFingerprint;
}

/** The head's medians of one comparison, as one history record. */
export function perfRecord(report: PerfReport, ctx: RecordContext): HistoryRecord {
  const metrics: Record<string, number> = {};
  for (const m of report.metrics) if (Number.isFinite(m.head)) metrics[m.key] = m.head;
  return {
    schema: HISTORY_SCHEMA,
    kind: PERF_HISTORY_KIND,
    name: report.name || 'default',
    repo: ctx.repo,
    branch: ctx.branch,
    sha: ctx.sha,
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
    time: ctx.time,
    runner: ctx.runner,
    metrics,
    meta: { verdict: report.verdict, mode: report.mode },
  };
}

export function sameRunner(a: RunnerFingerprint, b: RunnerFingerprint): boolean {
  return a.os === b.os && a.cpu === b.cpu && a.cores === b.cores;
}

/** A sparkline per metric and a chart of the first, from records of this runner kind only. */
export function renderPerfTrend(
  records: readonly HistoryRecord[],
  runner: RunnerFingerprint,
  keys: readonly string[],
): string {
  const mine = records.filter((r) => r.kind === PERF_HISTORY_KIND && sameRunner(r.runner, runner)).slice(-30);
  const skipped = records.length - mine.length;
  if (mine.length < 2) {
    return skipped > 0
      ? `_No trend yet: ${skipped} stored run(s) came from another kind of runner, which are not comparable._\n`
      : '';
  }
  const lines = keys
    .filter((k) => mine.some((r) => r.metrics[k] !== undefined))
    .map((k) => {
      const values = mine.map((r) => r.metrics[k]).filter((v): v is number => v !== undefined);
      const label = METRICS[k as MetricKey]?.label ?? k;
      return `- ${escapeText(label)}: ${sparkline(values)} (latest ${values[values.length - 1]?.toFixed(2)})`;
    });
  const first = keys.find((k) => mine.some((r) => r.metrics[k] !== undefined));
  const chart = first
    ? mermaidTrend({
        title: `${METRICS[first as MetricKey]?.label ?? first} on the default branch`,
        labels: mine.map((r) => r.sha.slice(0, 7)),
        values: mine.map((r) => r.metrics[first] ?? Number.NaN),
        yLabel: METRICS[first as MetricKey]?.unit ?? '',
      })
    : '';
  const note = skipped > 0 ? `\n_${skipped} run(s) from other runner kinds left out._` : '';
  return `#### Default-branch trend (${mine.length} runs, ${escapeText(runner.cpu)}, ${runner.cores} cores)\n\n${lines.join('\n')}\n\n${chart}${note}\n`;
}
