import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { SmokeReport } from '../../../shared/deploy-smoke-health/report.js';
import type { SmokeOutcome } from '../../../shared/deploy-smoke-health/run.js';
import { renderSummary } from '../../../shared/deploy-smoke-health/summary.js';
import { describeGitHubError, type GitHubClient } from '../../../shared/github/client.js';
import type { EventContext } from '../../../shared/github/context.js';
import { setCommitStatus } from '../../../shared/github/status.js';
import { scrub } from '../../../shared/probes/redact.js';

export interface PublishOptions {
  context: EventContext;
  octokit?: GitHubClient;
  postStatus: boolean;
  runUrl?: string;
}

/** The compact JSON output: what a rollback step reads with fromJSON(). */
export function gateJson(r: SmokeReport): string {
  return JSON.stringify({
    passed: r.passed,
    state: r.state,
    mode: r.mode,
    sha: r.sha ?? null,
    environments: r.environments,
    checks: r.checks.map((c) => ({
      name: c.name,
      environment: c.environment,
      health: c.health,
      failureClass: c.failure?.class ?? null,
      status: c.status ?? null,
      latencyMs: c.latencyMs ?? null,
      certificateDaysLeft: c.certificate?.daysLeft ?? null,
      versionConfirmed: c.version ? c.version.confirmed : null,
      attempts: c.warmup?.attempts ?? c.attempts,
    })),
    watchFailures: r.watch?.failures.length ?? null,
  });
}

function describe(r: SmokeReport): string {
  const down = r.checks.filter((c) => c.health === 'down').length;
  const env = r.environments.join(', ');
  return down === 0
    ? `${r.checks.length} checks passed on ${env}`
    : `${down} of ${r.checks.length} checks failed on ${env}`;
}

export async function publishSmokeResult(outcome: SmokeOutcome, o: PublishOptions): Promise<void> {
  const r = outcome.report;
  if (!r) {
    core.notice(outcome.skipped ?? 'nothing was checked');
    core.setOutput('passed', 'true');
    core.setOutput('state', 'skipped');
    await core.summary
      .addRaw(`## Deploy smoke health\n\nSkipped: ${outcome.skipped ?? 'nothing to check'}.\n`)
      .write();
    return;
  }
  const notes = r.notes;
  const runnerTemp = process.env.RUNNER_TEMP || process.cwd();
  const dir = join(runnerTemp, 'shipshape');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `deploy-smoke-health-${r.mode}.json`);
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);

  const { owner, repo } = o.context.repo;
  if (r.mode === 'post-deploy' && o.postStatus && o.octokit && r.sha) {
    const env = r.environments.join(', ');
    const result = await setCommitStatus(o.octokit, {
      owner,
      repo,
      sha: r.sha,
      context: `shipshape/deploy-smoke-health (${env})`,
      state: r.passed ? 'success' : 'failure',
      description: describe(r),
      ...(o.runUrl ? { targetUrl: o.runUrl } : {}),
    });
    if (!result.ok) {
      core.warning(`Commit status not posted: ${result.message}`);
      notes.push(`Commit status not posted: ${result.message}`);
    }
    const dep = outcome.deployment;
    if (dep) {
      try {
        await o.octokit.rest.repos.createDeploymentStatus({
          owner,
          repo,
          deployment_id: dep.id,
          state: r.passed ? 'success' : 'failure',
          description: describe(r).slice(0, 140),
          ...(o.runUrl ? { log_url: o.runUrl } : {}),
          ...(dep.url ? { environment_url: dep.url } : {}),
          ...(dep.environment ? { environment: dep.environment } : {}),
          auto_inactive: false,
        });
      } catch (error) {
        const message = `Deployment status not posted: ${scrub(describeGitHubError(error), outcome.secrets)}`;
        core.warning(message);
        notes.push(message);
      }
    }
  }

  core.setOutput('passed', String(r.passed));
  core.setOutput('state', r.state);
  core.setOutput('report', path);
  core.setOutput('json', gateJson(r));
  core.setOutput(
    'failed-checks',
    r.checks
      .filter((c) => c.health === 'down')
      .map((c) => `${c.environment}/${c.name}`)
      .join(','),
  );
  const versions = r.checks.filter((c) => c.version);
  core.setOutput(
    'version-confirmed',
    versions.length === 0 ? '' : String(versions.every((c) => c.version?.confirmed)),
  );
  core.setOutput('lateness-seconds', r.lateness ? String(r.lateness.seconds) : '');
  await core.summary.addRaw(scrub(renderSummary(r), outcome.secrets)).write();
  if (outcome.failure) core.setFailed(outcome.failure);
}
