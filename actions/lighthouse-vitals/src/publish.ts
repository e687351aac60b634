import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import type { createGitHubClient } from '../../../shared/github/client.js';
import type { EventContext } from '../../../shared/github/context.js';
import { upsertStickyComment } from '../../../shared/github/sticky-comment.js';
import { renderWithinBudget } from '../../../shared/report/budget.js';
import { EXIT } from '../../../shared/runtime/errors.js';
import type { VitalsOptions } from '../../../shared/vitals/options.js';
import { commentSections, renderSummary, type TrendPoint } from '../../../shared/vitals/render.js';
import { scoresOutput, type VitalsReport } from '../../../shared/vitals/report.js';

export interface PublishOptions {
  options: VitalsOptions;
  context: EventContext;
  octokit?: ReturnType<typeof createGitHubClient>;
  outDir: string;
  runnerTemp: string;
  notes: string[];
  trends: Record<string, TrendPoint[]>;
  storeHistory(): Promise<string[]>;
}

function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'default';
}

async function uploadReports(o: PublishOptions): Promise<string | undefined> {
  const files = readdirSync(o.outDir).filter((f) => f.endsWith('.report.html') || f.endsWith('.report.json'));
  if (files.length === 0) return undefined;
  const attempt = o.context.runAttempt > 1 ? `-attempt-${o.context.runAttempt}` : '';
  const name = `lighthouse-vitals-${slug(o.options.name)}${attempt}`;
  await new DefaultArtifactClient().uploadArtifact(
    name,
    files.map((f) => join(o.outDir, f)),
    o.outDir,
    { retentionDays: 30 },
  );
  return name;
}

/** Outputs, JSON report, artifacts, summary, PR comment and history of one run; returns the exit code. */
export async function publishVitals(report: VitalsReport, o: PublishOptions): Promise<number> {
  const notes = [...o.notes];
  const path = join(o.runnerTemp, 'shipshape', `lighthouse-vitals-${slug(report.name)}.json`);
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  core.setOutput('passed', String(report.passed));
  core.setOutput('report', path);
  core.setOutput('scores', JSON.stringify(scoresOutput(report)));

  let artifact: string | undefined;
  if (o.options.uploadReports) {
    try {
      artifact = await uploadReports(o);
    } catch (error) {
      const message = `HTML reports not uploaded: ${(error as Error).message}`;
      core.warning(message);
      notes.push(message);
    }
  }
  core.setOutput('reports-artifact', artifact ?? '');

  for (const w of await o.storeHistory()) {
    core.warning(w);
    notes.push(w);
  }

  const { prNumber } = o.context;
  if (o.options.comment && prNumber !== undefined) {
    if (!o.octokit) {
      notes.push('No token was given, so no pull request comment was posted.');
    } else {
      const body = renderWithinBudget(commentSections(report, { reportsArtifact: artifact })).body;
      const result = await upsertStickyComment(o.octokit, {
        ...o.context.repo,
        issueNumber: prNumber,
        marker: `shipshape:lighthouse-vitals:${o.options.name || 'default'}`,
        body,
        log: { info: (m) => core.info(m), warning: (m) => core.warning(m) },
      });
      if (!result.ok) {
        const message = `Pull request comment not posted: ${result.message}`;
        core.warning(message);
        notes.push(message);
      }
    }
  }

  await core.summary
    .addRaw(renderSummary(report, { notes, trends: o.trends, reportsArtifact: artifact }))
    .write();
  const failed = report.urls.filter((u) => !u.passed);
  if (failed.length > 0) {
    const reasons = failed.flatMap((u) => u.reasons.map((r) => `${u.url} (${u.preset}): ${r}`));
    core.setFailed(`${failed.length} of ${report.urls.length} page(s) failed:\n${reasons.join('\n')}`);
  }
  // A page that could not be measured is an input or environment problem; a missed budget is a gate.
  if (report.urls.some((u) => u.status === 'failed')) return EXIT.badInput;
  return report.passed ? EXIT.ok : EXIT.gateFailed;
}
