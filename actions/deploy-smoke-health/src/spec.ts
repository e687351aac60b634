// deploy-smoke-health over the shell: inputs read up front, the core in shared/deploy-smoke-health,
// and a publication (outputs, summary, commit status) the runtime applies. The deployment status
// and the Sentry deploy marker are posted here because the publication has no place for them.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkModeInputs, readSmokeInputs } from '../../../shared/deploy-smoke-health/options.js';
import { gateJson, publicationOf, type SmokeRun } from '../../../shared/deploy-smoke-health/publication.js';
import { resolveMode, runSmoke, type SmokeSettings } from '../../../shared/deploy-smoke-health/run.js';
import { markSentryDeploy, readSentrySettings, type SentrySettings } from '../../../shared/export/sentry.js';
import { postDeploymentStatus } from '../../../shared/github/deployment-status.js';
import { scrub } from '../../../shared/probes/redact.js';
import { defineAction } from '../../../shared/runtime/shell.js';

/** Inputs that are credentials: masked before anything can print them. */
const SECRET_INPUTS = [
  'slack-webhook',
  'discord-webhook',
  'teams-webhook',
  'webhook-url',
  'webhook-secret',
  'heartbeat-url',
];

export { gateJson };

type Settings = SmokeSettings & { sentry: SentrySettings | undefined };

export const spec = defineAction<Settings, SmokeRun>({
  name: 'deploy-smoke-health',
  // Its verdict goes to the commit status and the job summary; it writes no pull request comment.
  publishes: { comment: false },
  read(inputs, env) {
    for (const name of SECRET_INPUTS) env.mask(inputs.get(name));
    const read = readSmokeInputs(inputs, env.history.settings);
    const mode = resolveMode(read.mode, env.context?.eventName ?? '');
    const timing = checkModeInputs(read, mode, { hosted: env.env.RUNNER_ENVIRONMENT === 'github-hosted' });
    const sentry = readSentrySettings(inputs);
    if (sentry) env.mask(sentry.token);
    return { inputs: read, mode, ...timing, sentry };
  },
  async run(settings, env) {
    const context = env.requireContext();
    const history = env.history.open();
    const outcome = await runSmoke(settings, {
      event: { name: context.eventName, payload: context.payload },
      repo: context.repo,
      sha: context.sha,
      branch: context.defaultBranch ?? context.ref.replace(/^refs\/heads\//, ''),
      runId: context.runId,
      runAttempt: context.runAttempt,
      ...(env.runUrl ? { runUrl: env.runUrl } : {}),
      workspace: env.workspace,
      ...(env.github ? { octokit: env.github.octokit } : {}),
      ...(history ? { history } : {}),
      record: env.history.decision,
      env: env.env,
      log: env.log,
      signal: env.signal,
      mask: (v) => env.mask(v),
    });
    const r = outcome.report;
    const dep = outcome.deployment;
    if (r && dep && settings.inputs.status && env.github && r.mode === 'post-deploy') {
      const posted = await postDeploymentStatus(env.github.octokit, {
        owner: env.github.owner,
        repo: env.github.repo,
        deploymentId: dep.id,
        passed: r.passed,
        ...(env.runUrl ? { logUrl: env.runUrl } : {}),
        ...(dep.url ? { environmentUrl: dep.url } : {}),
        ...(dep.environment ? { environment: dep.environment } : {}),
      });
      if (!posted.ok) {
        const message = `Deployment status not posted: ${scrub(posted.message, outcome.secrets)}`;
        env.log.warning(message);
        r.notes.push(message);
      }
    }
    // A confirmed deploy becomes a release and deploy marker in Sentry, so errors point at it.
    if (r?.passed && r.mode === 'post-deploy' && settings.sentry) {
      const marker = await markSentryDeploy(
        settings.sentry,
        {
          version: r.sha ?? context.sha,
          environment: dep?.environment ?? r.environments[0] ?? 'production',
          ...(dep?.url ? { url: dep.url } : {}),
          repository: `${context.repo.owner}/${context.repo.repo}`,
          started: new Date(r.startedAt),
          finished: new Date(r.finishedAt),
        },
        env.log,
      );
      r.notes.push(marker.message);
    }
    let reportPath: string | undefined;
    if (r) {
      reportPath = join(env.tempDir, `deploy-smoke-health-${r.mode}.json`);
      writeFileSync(reportPath, `${JSON.stringify(r, null, 2)}\n`);
    }
    return { outcome, ...(reportPath ? { reportPath } : {}) };
  },
  present: (run) => publicationOf(run),
});
