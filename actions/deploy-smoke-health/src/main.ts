import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { readSmokeInputs } from '../../../shared/deploy-smoke-health/options.js';
import { runSmoke } from '../../../shared/deploy-smoke-health/run.js';
import { createGitHubClient } from '../../../shared/github/client.js';
import { readEventContext } from '../../../shared/github/context.js';
import { openHistory } from '../../../shared/history/select.js';
import { actionInputs, actionLogger, runActionMain } from '../../../shared/runtime/action.js';
import { publishSmokeResult } from './publish.js';

async function main(): Promise<number> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  // Webhook URLs and the signing secret are masked before anything can print them.
  for (const name of [
    'slack-webhook',
    'discord-webhook',
    'teams-webhook',
    'webhook-url',
    'webhook-secret',
    'heartbeat-url',
  ]) {
    const value = core.getInput(name);
    if (value) core.setSecret(value);
  }
  const inputs = readSmokeInputs(actionInputs);
  const context = readEventContext(process.env, (p) => readFileSync(p, 'utf8'));
  const payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? '', 'utf8')) as Record<
    string,
    unknown
  >;
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const octokit = token ? createGitHubClient({ token, log: actionLogger }) : undefined;
  const { owner, repo } = context.repo;
  const runUrl = context.runId
    ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`
    : undefined;
  const history =
    inputs.history === 'off'
      ? undefined
      : openHistory({
          backend: inputs.history,
          folder: inputs.historyFolder,
          ...(octokit && token ? { github: { octokit, token, owner, repo } } : {}),
          ...(context.defaultBranch ? { branch: context.defaultBranch } : {}),
          log: actionLogger,
        });

  const abort = new AbortController();
  // GitHub cancels with SIGINT, then SIGTERM: stop waiting, report what was seen, exit.
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const outcome = await runSmoke({
    inputs,
    event: { name: context.eventName, payload },
    repo: context.repo,
    sha: context.sha,
    branch: context.defaultBranch ?? context.ref.replace(/^refs\/heads\//, ''),
    runId: context.runId,
    runAttempt: context.runAttempt,
    ...(runUrl ? { runUrl } : {}),
    workspace,
    ...(octokit ? { octokit } : {}),
    ...(history ? { history } : {}),
    log: actionLogger,
    signal: abort.signal,
    onSecret: (s) => core.setSecret(s),
  });
  await publishSmokeResult(outcome, { context, octokit, postStatus: inputs.status, runUrl });
  return outcome.exitCode;
}

void runActionMain(main);
