import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { createGitHubClient } from '../../../shared/github/client.js';
import { readEventContext } from '../../../shared/github/context.js';
import { HISTORY_BACKENDS, openHistory } from '../../../shared/history/select.js';
import { readPerfInputs } from '../../../shared/perf/options.js';
import { gateFails } from '../../../shared/perf/render.js';
import { runPerfRegression } from '../../../shared/perf/run.js';
import { actionInputs, actionLogger, runActionMain } from '../../../shared/runtime/action.js';
import { EXIT } from '../../../shared/runtime/errors.js';
import { readChoice } from '../../../shared/runtime/inputs.js';
import { publishPerfResult } from './publish.js';

async function main(): Promise<number> {
  const inputs = readPerfInputs(actionInputs);
  const historyBackend = readChoice(actionInputs, 'history', [...HISTORY_BACKENDS, 'none'] as const, 'auto');
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const context = readEventContext(process.env, (p) => readFileSync(p, 'utf8'));
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const octokit = token ? createGitHubClient({ token, log: actionLogger }) : undefined;
  const { owner, repo } = context.repo;

  const report = await runPerfRegression(inputs, {
    workspace,
    ...(context.baseSha ? { baseSha: context.baseSha } : {}),
    headSha: context.headSha,
    log: actionLogger,
  });
  const history =
    historyBackend === 'none' || (report.mode !== 'ab' && report.mode !== 'aa')
      ? undefined
      : openHistory({
          backend: historyBackend,
          folder: core.getInput('history-folder') || undefined,
          github: octokit ? { octokit, token, owner, repo } : undefined,
          branch: context.defaultBranch,
          log: actionLogger,
        });
  await publishPerfResult(report, {
    context,
    octokit,
    history,
    workspace,
    postStatus: core.getBooleanInput('status'),
    postComment: core.getBooleanInput('comment'),
    runnerTemp: process.env.RUNNER_TEMP || workspace,
  });
  return gateFails(report) ? EXIT.gateFailed : EXIT.ok;
}

void runActionMain(main);
