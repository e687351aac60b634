import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { gateReportPath } from '../../../shared/coverage-gate/report.js';
import type { CoverageGateOutcome } from '../../../shared/coverage-gate/run.js';
import { formatOutput, statusContext, statusDescription } from '../../../shared/coverage-gate/status.js';
import { renderGateSummary } from '../../../shared/coverage-gate/summary.js';
import type { createGitHubClient } from '../../../shared/github/client.js';
import type { EventContext } from '../../../shared/github/context.js';
import { setCommitStatus } from '../../../shared/github/status.js';

export interface PublishOptions {
  context: EventContext;
  octokit?: ReturnType<typeof createGitHubClient>;
  postStatus: boolean;
  annotate: boolean;
  runnerTemp: string;
}

/** Outputs, JSON report, job summary, annotations and the commit status of one run. */
export async function publishGateResult(
  outcome: CoverageGateOutcome,
  options: PublishOptions,
): Promise<void> {
  const report = outcome.report;
  const notes = [...outcome.notes];
  if (!report) {
    core.setOutput('passed', 'true');
    await core.summary.addRaw(`## Coverage gate\n\n${notes.join('\n\n')}\n`).write();
    return;
  }
  const path = gateReportPath(options.runnerTemp, report.name);
  mkdirSync(join(options.runnerTemp, 'shipshape'), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);

  core.setOutput('lines', formatOutput(report.totals.lines.pct));
  core.setOutput('branches', formatOutput(report.totals.branches.pct));
  core.setOutput('functions', formatOutput(report.totals.functions.pct));
  core.setOutput('statements', formatOutput(report.totals.statements.pct));
  core.setOutput('patch', formatOutput(report.patch?.pct));
  core.setOutput('passed', String(report.passed));
  core.setOutput('report', path);

  if (options.annotate) {
    for (const a of outcome.annotations) {
      core.warning(a.message, { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine });
    }
  }

  if (options.postStatus) {
    if (!options.octokit) {
      notes.push('No token was given, so no commit status was posted.');
    } else {
      const { owner, repo } = options.context.repo;
      const result = await setCommitStatus(options.octokit, {
        owner,
        repo,
        sha: options.context.headSha,
        context: statusContext(report.name),
        state: report.passed ? 'success' : 'failure',
        description: statusDescription(report),
        targetUrl: `${options.context.serverUrl}/${owner}/${repo}/actions/runs/${options.context.runId}`,
      });
      if (!result.ok) {
        const message = `Commit status not posted: ${result.message}`;
        core.warning(message);
        notes.push(message);
      }
    }
  }

  await core.summary
    .addRaw(
      renderGateSummary(report, {
        annotationsShown: options.annotate ? outcome.annotations.length : 0,
        annotationsLeftOut: options.annotate ? outcome.annotationsLeftOut : 0,
        notes,
      }),
    )
    .write();
  if (outcome.failure) core.setFailed(outcome.failure);
}
