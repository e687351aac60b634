import { readFile } from 'node:fs/promises';
import { type CollectOptions, collectCoverage } from '../coverage/collect.js';
import type { GateResult } from '../coverage/gates.js';
import { headlineMetric } from '../coverage/headline.js';
import type { FileCoverage, Totals } from '../coverage/model.js';
import { computePatchCoverage, type PatchCoverage } from '../coverage/patch.js';
import { resolvePullRequestDiff } from '../coverage-gate/changed-lines.js';
import { REPORT_SCHEMA } from '../coverage-gate/report.js';
import { readCoverageHistory } from '../coverage-history/baseline.js';
import { coverageRecord, trendPoints } from '../coverage-history/records.js';
import type { GitHubClient } from '../github/client.js';
import type { EventContext } from '../github/context.js';
import { trend } from '../history/baseline.js';
import { type HistoryRecord, runnerFingerprint } from '../history/record.js';
import { historyReadNotes } from '../history/record-history.js';
import type { HistoryBackend } from '../history/store.js';
import { buildCommentData, type CommentData } from './data.js';

export interface CommentRunOptions extends CollectOptions {
  name: string;
  context: EventContext;
  octokit?: GitHubClient;
  /** undefined when history is switched off. */
  history?: HistoryBackend;
  trendLength: number;
  /** A coverage-gate JSON report to take the gate verdicts from, if it exists. */
  gateReportPath?: string;
  /** Whether this run appends to history (the one record policy, recordDecision). */
  records: boolean;
}

export interface PreparedComment {
  data: CommentData;
  totals: Totals;
  files: FileCoverage[];
  /** The record to append when this run is on the default branch. */
  record?: HistoryRecord;
  notes: string[];
}

/** Gate verdicts from coverage-gate's JSON report; a missing or foreign file just means none. */
async function readGateVerdicts(path: string | undefined, notes: string[]): Promise<GateResult[] | null> {
  if (!path) return null;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const report = JSON.parse(text) as { schema?: unknown; gates?: unknown };
    if (report.schema !== REPORT_SCHEMA || !Array.isArray(report.gates)) {
      notes.push(`${path} is not a coverage-gate report (${REPORT_SCHEMA}); gate verdicts not shown.`);
      return null;
    }
    return report.gates as GateResult[];
  } catch (error) {
    notes.push(`${path} could not be read as JSON (${(error as Error).message}); gate verdicts not shown.`);
    return null;
  }
}

/**
 * Gathers everything the comment shows: coverage of this run, changed lines, the baseline at the
 * merge-base (or its nearest recorded ancestor), the default-branch trend and the gate verdicts.
 * Reads history but never writes it: the caller appends `record` when the run is on the default branch.
 */
export async function prepareCoverageComment(
  o: CommentRunOptions,
): Promise<PreparedComment | { missing: string }> {
  const collected = await collectCoverage(o);
  if ('missing' in collected) return collected;
  const notes = [...collected.notes];
  const { context } = o;
  const repo = `${context.repo.owner}/${context.repo.repo}`;
  const defaultBranch = context.defaultBranch ?? 'main';
  // The totals coverage-gate gates (a report's own header where its detail is incomplete).
  const totals = collected.totals;

  let patch: PatchCoverage | null = null;
  let mergeBase: string | undefined;
  if (context.prNumber !== undefined && context.baseSha) {
    const diff = await resolvePullRequestDiff({
      cwd: o.workspace,
      owner: context.repo.owner,
      repo: context.repo.repo,
      pullNumber: context.prNumber,
      baseSha: context.baseSha,
      headSha: context.headSha,
      octokit: o.octokit,
      wantMergeBase: true,
      log: o.log,
    });
    if ('unavailable' in diff) notes.push(`Patch coverage not measured: ${diff.unavailable}`);
    else {
      patch = computePatchCoverage(collected.files, diff.value.files);
      mergeBase = diff.value.mergeBase;
    }
  } else if (context.baseSha) {
    // A push: compare with the commit the push started from.
    mergeBase = context.baseSha;
  }

  let records: HistoryRecord[] = [];
  let base: CommentData['base'] = { unavailable: 'history is off' };
  if (o.history) {
    const read = await readCoverageHistory({
      history: o.history,
      name: o.name,
      mergeBase,
      cwd: o.workspace,
      api: o.octokit ? { octokit: o.octokit, owner: context.repo.owner, repo: context.repo.repo } : undefined,
      log: o.log,
    });
    records = read.records;
    base = read.base;
    notes.push(...historyReadNotes(read.warnings, o.log));
  }

  const record = o.records
    ? coverageRecord({
        name: o.name,
        repo,
        branch: defaultBranch,
        sha: context.headSha,
        runId: context.runId,
        runAttempt: context.runAttempt,
        time: new Date(),
        runner: runnerFingerprint(),
        totals,
        files: collected.files,
      })
    : undefined;
  const trendRecords = trend(record ? [...records, record] : records, {
    branch: defaultBranch,
    limit: o.trendLength,
  });

  const data = buildCommentData({
    name: o.name,
    repo,
    prNumber: context.prNumber ?? null,
    headSha: context.headSha,
    totals,
    headline: headlineMetric(collected.sources.map((s) => s.format)).metric,
    files: collected.files,
    patch,
    base,
    trend: trendPoints(trendRecords),
    gates: await readGateVerdicts(o.gateReportPath, notes),
  });
  return { data, totals, files: collected.files, record, notes };
}
