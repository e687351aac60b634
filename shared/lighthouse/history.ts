// Baselines and trends from the default branch's vitals history, and this run's records. Whether a
// run may record is the shell's one decision (env.history.decision); nothing here re-decides it.

import type { EventContext } from '../github/context.js';
import { findBaseline, resolveAncestry, resolveMergeBase, trend } from '../history/baseline.js';
import { HISTORY_SCHEMA, type HistoryRecord, runnerFingerprint } from '../history/record.js';
import { historyReadNotes } from '../history/record-history.js';
import type { RestClient } from '../history/rest.js';
import type { HistoryBackend } from '../history/store.js';
import type { Logger } from '../runtime/logger.js';
import { HISTORY_KIND, historyName, metricsOf, recordFields } from '../vitals/history.js';
import type { TrendPoint } from '../vitals/render.js';
import { type VitalsReport, withPrevious } from '../vitals/report.js';

export interface VitalsHistory {
  report: VitalsReport;
  trends: Record<string, TrendPoint[]>;
  notes: string[];
}

/** Adds each page's default-branch baseline (for pull requests) and its performance trend. */
export async function readVitalsHistory(
  report: VitalsReport,
  o: {
    backend: HistoryBackend;
    context: EventContext | undefined;
    api?: { octokit: RestClient; owner: string; repo: string };
    workspace: string;
    log: Logger;
  },
): Promise<VitalsHistory> {
  const branch = o.context?.defaultBranch ?? 'main';
  const notes: string[] = [];
  // A pull request is compared with the record of its merge-base, as coverage-comment's is.
  const context = o.context;
  const mergeBase =
    context?.prNumber !== undefined && context.baseSha
      ? await resolveMergeBase({
          cwd: o.workspace,
          baseSha: context.baseSha,
          headSha: context.headSha,
          ...(o.api ? { api: o.api } : {}),
          log: o.log,
        })
      : undefined;
  if (context?.prNumber !== undefined && context.baseSha && !mergeBase)
    notes.push(
      `No history baseline: the merge-base of ${context.baseSha.slice(0, 7)} and ${context.headSha.slice(0, 7)} is not known`,
    );
  const ancestry = mergeBase
    ? await resolveAncestry({ cwd: o.workspace, mergeBase, ...(o.api ? { api: o.api } : {}), log: o.log })
    : undefined;
  const trends: Record<string, TrendPoint[]> = {};
  const urls = [];
  for (const u of report.urls) {
    const read = await o.backend.read({
      kind: HISTORY_KIND,
      name: historyName(report.name, u.preset, u.key),
    });
    notes.push(...historyReadNotes(read.warnings, o.log));
    trends[`${u.preset} ${u.key}`] = trend(read.records, { branch, limit: 30 }).flatMap((r) =>
      r.metrics.performance === undefined ? [] : [{ label: r.sha.slice(0, 7), value: r.metrics.performance }],
    );
    const baseline = ancestry ? findBaseline(read.records, ancestry) : undefined;
    urls.push(
      baseline && 'record' in baseline
        ? withPrevious(u, {
            sha: baseline.record.sha,
            metrics: metricsOf(baseline.record),
            lighthouseVersion: String(baseline.record.meta?.lighthouseVersion ?? 'unknown'),
            commitsBehind: baseline.commitsBehind,
          })
        : u,
    );
  }
  return { report: { ...report, urls }, trends, notes };
}

/** This run's records: one per measured page and preset. */
export function vitalsRecords(
  report: VitalsReport,
  context: EventContext,
  time = new Date().toISOString(),
): HistoryRecord[] {
  const branch = context.defaultBranch ?? 'main';
  return report.urls
    .filter((u) => u.status === 'measured')
    .map((u) => ({
      schema: HISTORY_SCHEMA,
      kind: HISTORY_KIND,
      name: historyName(report.name, u.preset, u.key),
      repo: `${context.repo.owner}/${context.repo.repo}`,
      branch,
      sha: context.headSha,
      runId: context.runId,
      runAttempt: context.runAttempt,
      time,
      runner: runnerFingerprint(),
      ...recordFields(u, report.name),
    }));
}
