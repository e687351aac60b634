// perf-regression as a spec over the shared runtime: every input read first, the comparison (or the
// benchmark ingest) as the core, history for the trend, and the publication as plain data.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { perfSamples } from '../../../shared/export/samples.js';
import { runnerFingerprint } from '../../../shared/history/record.js';
import { historyReadNotes, recordHistory } from '../../../shared/history/record-history.js';
import { failureMessage, gateFails, perfExitCode } from '../../../shared/perf/gate.js';
import { PERF_HISTORY_KIND, perfRecord, renderPerfTrend } from '../../../shared/perf/history.js';
import { type PerfInputs, readPerfInputs } from '../../../shared/perf/options.js';
import {
  renderPerfComment,
  renderPerfSummary,
  statusContext,
  statusDescription,
} from '../../../shared/perf/render.js';
import type { PerfReport } from '../../../shared/perf/report.js';
import { loadRequests, runPerfRegression } from '../../../shared/perf/run.js';
import { fileSlug } from '../../../shared/runtime/names.js';
import { defineAction, type ShellEnv } from '../../../shared/runtime/shell.js';

export interface PerfRun {
  report: PerfReport;
  /** Where the JSON report was written. */
  reportPath: string;
  /** Markdown of the default-branch trend ('' without history). */
  trend: string;
  /** What the history step could not do, for the summary. */
  notes: string[];
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads the series for the trend on every run; appends this run where the record policy allows. */
async function history(report: PerfReport, env: ShellEnv): Promise<{ trend: string; notes: string[] }> {
  const notes: string[] = [];
  const backend = env.history.open();
  if (!backend) return { trend: '', notes };
  const name = report.name || 'default';
  const runner = runnerFingerprint();
  const read = await backend.read({ kind: PERF_HISTORY_KIND, name });
  notes.push(...historyReadNotes(read.warnings, env.log));
  const { decision } = env.history;
  const context = env.context;
  const record =
    decision.record && report.metrics.some((m) => Number.isFinite(m.head))
      ? perfRecord(report, {
          repo: context ? `${context.repo.owner}/${context.repo.repo}` : 'local',
          branch: context?.defaultBranch ?? 'local',
          sha: context?.headSha ?? report.commits?.head ?? 'local',
          // Outside GitHub every run is its own: the time tells local runs apart.
          runId: context?.runId ?? Date.now(),
          runAttempt: context?.runAttempt ?? 1,
          time: new Date().toISOString(),
          runner,
        })
      : undefined;
  const { stored, problems } = await recordHistory(backend, record ? [record] : [], {
    decision,
    keep: env.history.settings.keep,
    log: env.log,
  });
  notes.push(...problems);
  return {
    trend: renderPerfTrend(
      [...read.records, ...stored],
      runner,
      report.metrics.map((m) => m.key),
    ),
    notes,
  };
}

export const spec = defineAction<PerfInputs, PerfRun>({
  name: 'perf-regression',
  read(inputs, env) {
    const settings = readPerfInputs(inputs);
    // The scenario is an input too: a bad file fails here, before anything is checked out or started.
    if (settings.mode === 'ab' || settings.mode === 'aa')
      loadRequests(settings, join(env.workspace, settings.workingDirectory));
    return settings;
  },
  async run(settings, env) {
    const report = await runPerfRegression(settings, {
      workspace: env.workspace,
      ...(env.context?.baseSha ? { baseSha: env.context.baseSha } : {}),
      ...(env.context?.headSha ? { headSha: env.context.headSha } : {}),
      log: env.log,
      childEnv: env.childEnv(),
    });
    mkdirSync(env.tempDir, { recursive: true });
    const reportPath = join(env.tempDir, `perf-regression-${fileSlug(report.name)}.json`);
    writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    const { trend, notes } = await history(report, env).catch((error: unknown) => ({
      trend: '',
      notes: [`History unavailable: ${errorText(error)}`],
    }));
    for (const n of notes) env.log.warning(n);
    return { report, reportPath, trend, notes };
  },
  present({ report, reportPath, trend, notes }) {
    const shown = notes.length > 0 ? { ...report, notes: [...report.notes, ...notes] } : report;
    const failure = failureMessage(report);
    return {
      outputs: { verdict: report.verdict, report: reportPath },
      summary: renderPerfSummary(shown, trend),
      statuses: [
        {
          context: statusContext(report.name),
          state: gateFails(report) ? 'failure' : 'success',
          description: statusDescription(report),
        },
      ],
      comment: {
        key: report.name ? `perf-regression:${fileSlug(report.name)}` : 'perf-regression',
        body: renderPerfComment(report),
      },
      annotations:
        report.verdict === 'inconclusive'
          ? [{ level: 'notice', message: `perf-regression: inconclusive: ${report.reason}` }]
          : [],
      metrics: perfSamples({
        name: report.name || 'default',
        metrics: report.metrics
          .filter((m) => m.gated !== false)
          .map((m) => ({ metric: m.key, change: m.changePct / 100, verdict: m.verdict })),
        regression: report.verdict === 'regression',
        passed: !gateFails(report),
      }),
      ...(failure ? { failure } : {}),
      exitCode: perfExitCode(report),
    };
  },
});
