import type { createGitHubClient } from '../../../shared/github/client.js';
import type { EventContext } from '../../../shared/github/context.js';
import { findBaseline, resolveAncestry, trend } from '../../../shared/history/baseline.js';
import { HISTORY_SCHEMA, type HistoryRecord, runnerFingerprint } from '../../../shared/history/record.js';
import { openHistory } from '../../../shared/history/select.js';
import { DEFAULT_KEEP } from '../../../shared/history/store.js';
import { actionLogger } from '../../../shared/runtime/action.js';
import { HISTORY_KIND, historyName, metricsOf, recordFields } from '../../../shared/vitals/history.js';
import type { VitalsOptions } from '../../../shared/vitals/options.js';
import type { TrendPoint } from '../../../shared/vitals/render.js';
import { type VitalsReport, withPrevious } from '../../../shared/vitals/report.js';

export interface HistoryOutcome {
  report: VitalsReport;
  trends: Record<string, TrendPoint[]>;
  notes: string[];
  /** Appends this run's medians when it ran on the default branch; returns warnings. */
  store(): Promise<string[]>;
}

/** Baselines from the default branch beside the figures, trends, and the record of this run. */
export async function withHistory(
  report: VitalsReport,
  o: {
    options: VitalsOptions;
    context: EventContext;
    octokit?: ReturnType<typeof createGitHubClient>;
    token: string;
    workspace: string;
  },
): Promise<HistoryOutcome> {
  const { context } = o;
  const notes: string[] = [];
  const branch = context.defaultBranch ?? 'main';
  let backend: ReturnType<typeof openHistory>;
  try {
    backend = openHistory({
      backend: o.options.historyBackend,
      github: o.octokit ? { octokit: o.octokit, token: o.token, ...context.repo } : undefined,
      branch,
      log: actionLogger,
    });
  } catch (error) {
    notes.push(`History not used: ${(error as Error).message}`);
    return { report, trends: {}, notes, store: async () => [] };
  }
  const ancestry =
    context.prNumber !== undefined && context.baseSha
      ? await resolveAncestry({
          cwd: o.workspace,
          mergeBase: context.baseSha,
          api: o.octokit ? { octokit: o.octokit, ...context.repo } : undefined,
          log: actionLogger,
        })
      : undefined;
  const trends: Record<string, TrendPoint[]> = {};
  const urls = [];
  for (const u of report.urls) {
    const name = historyName(o.options.name, u.preset, u.key);
    const read = await backend.read({ kind: HISTORY_KIND, name });
    for (const w of read.warnings) actionLogger.warning(w);
    const points = trend(read.records, { branch, limit: 30 }).flatMap((r) =>
      r.metrics.performance === undefined ? [] : [{ label: r.sha.slice(0, 7), value: r.metrics.performance }],
    );
    trends[`${u.preset} ${u.key}`] = points;
    const baseline = ancestry ? findBaseline(read.records, ancestry) : undefined;
    if (baseline && 'record' in baseline) {
      urls.push(
        withPrevious(u, {
          sha: baseline.record.sha,
          metrics: metricsOf(baseline.record),
          lighthouseVersion: String(baseline.record.meta?.lighthouseVersion ?? 'unknown'),
          commitsBehind: baseline.commitsBehind,
        }),
      );
    } else {
      urls.push(u);
    }
  }
  const onDefaultBranch = context.eventName === 'push' && context.ref === `refs/heads/${branch}`;
  const store = async (): Promise<string[]> => {
    if (!onDefaultBranch) return [];
    const time = new Date().toISOString();
    const records: HistoryRecord[] = report.urls
      .filter((u) => u.status === 'measured')
      .map((u) => ({
        schema: HISTORY_SCHEMA,
        kind: HISTORY_KIND,
        name: historyName(o.options.name, u.preset, u.key),
        repo: `${context.repo.owner}/${context.repo.repo}`,
        branch,
        sha: context.headSha,
        runId: context.runId,
        runAttempt: context.runAttempt,
        time,
        runner: runnerFingerprint(),
        ...recordFields(u),
      }));
    const warnings: string[] = [];
    // One series per URL: each append is its own artifact, so a failure costs only that URL's record.
    for (const r of records) {
      try {
        await backend.append([r], { keep: DEFAULT_KEEP });
      } catch (error) {
        warnings.push(`History not stored for ${r.name}: ${(error as Error).message}`);
      }
    }
    return warnings;
  };
  return { report: { ...report, urls }, trends, notes, store };
}
