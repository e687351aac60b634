import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { createGitHubClient } from '../../../shared/github/client.js';
import type { EventContext } from '../../../shared/github/context.js';
import { setCommitStatus } from '../../../shared/github/status.js';
import { upsertStickyComment } from '../../../shared/github/sticky-comment.js';
import { runnerFingerprint } from '../../../shared/history/record.js';
import type { HistoryBackend } from '../../../shared/history/store.js';
import { perfRecord, renderPerfTrend } from '../../../shared/perf/history.js';
import {
  gateFails,
  renderPerfComment,
  renderPerfSummary,
  statusContext,
  statusDescription,
} from '../../../shared/perf/render.js';
import type { PerfReport } from '../../../shared/perf/report.js';
import { renderWithinBudget } from '../../../shared/report/budget.js';
import { actionLogger } from '../../../shared/runtime/action.js';

export interface PublishOptions {
  context: EventContext;
  octokit?: ReturnType<typeof createGitHubClient>;
  history?: HistoryBackend;
  workspace: string;
  postStatus: boolean;
  postComment: boolean;
  runnerTemp: string;
}

function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'default';
}

/** History: read for the trend on every run, append only on the default branch (never from a PR). */
async function historyTrend(report: PerfReport, o: PublishOptions, notes: string[]): Promise<string> {
  if (!o.history) return '';
  const { context } = o;
  const runner = runnerFingerprint();
  const name = report.name || 'default';
  const read = await o.history.read({ kind: 'perf', name });
  for (const w of read.warnings) notes.push(`History: ${w}`);
  const onDefaultBranch =
    context.prNumber === undefined &&
    context.defaultBranch !== undefined &&
    context.ref === `refs/heads/${context.defaultBranch}`;
  let records = read.records;
  if (onDefaultBranch) {
    const record = perfRecord(report, {
      repo: `${context.repo.owner}/${context.repo.repo}`,
      branch: context.defaultBranch as string,
      sha: context.headSha,
      runId: context.runId,
      runAttempt: context.runAttempt,
      time: new Date().toISOString(),
      runner,
    });
    try {
      await o.history.append([record], { keep: 500 });
      records = [...records, record];
    } catch (error) {
      notes.push(`History not stored: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return renderPerfTrend(
    records,
    runner,
    report.metrics.map((m) => m.key),
  );
}

export async function publishPerfResult(report: PerfReport, o: PublishOptions): Promise<void> {
  const path = join(o.runnerTemp, 'shipshape', `perf-regression-${slug(report.name)}.json`);
  mkdirSync(join(o.runnerTemp, 'shipshape'), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  core.setOutput('verdict', report.verdict);
  core.setOutput('report', path);

  const notes: string[] = [];
  const trend = await historyTrend(report, o, notes).catch((error: unknown) => {
    notes.push(`History unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return '';
  });
  const { owner, repo } = o.context.repo;
  const failed = gateFails(report);

  if (o.postStatus && o.octokit) {
    const result = await setCommitStatus(o.octokit, {
      owner,
      repo,
      sha: o.context.headSha,
      context: statusContext(report.name),
      state: failed ? 'failure' : 'success',
      description: statusDescription(report),
      targetUrl: `${o.context.serverUrl}/${owner}/${repo}/actions/runs/${o.context.runId}`,
    });
    if (!result.ok) notes.push(`Commit status not posted: ${result.message}`);
  } else if (o.postStatus) notes.push('No token was given, so no commit status was posted.');

  if (o.postComment && o.octokit && o.context.prNumber !== undefined) {
    const full = renderPerfComment(report);
    const comment = renderWithinBudget([
      {
        id: 'perf',
        priority: 0,
        required: true,
        label: 'perf-regression',
        markdown: full,
        fallbacks: [`${full.split('\n\n')[0] ?? ''}\n\nThe full table is in the job summary.\n`],
      },
    ]);
    const posted = await upsertStickyComment(o.octokit, {
      owner,
      repo,
      issueNumber: o.context.prNumber,
      marker: `shipshape:perf-regression:${report.name || 'default'}`,
      body: comment.body,
      log: actionLogger,
    });
    if (!posted.ok) notes.push(`Pull request comment not posted: ${posted.message}`);
  }

  for (const n of notes) core.warning(n);
  const summaryReport = notes.length > 0 ? { ...report, notes: [...report.notes, ...notes] } : report;
  await core.summary.addRaw(renderPerfSummary(summaryReport, trend)).write();
  if (failed)
    core.setFailed(
      `perf-regression${report.name ? ` (${report.name})` : ''}: ${report.verdict}: ${report.reason}`,
    );
  else if (report.verdict === 'inconclusive') core.notice(`perf-regression: inconclusive: ${report.reason}`);
}
