import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { resolveChangedLines } from '../../../shared/coverage-gate/changed-lines.js';
import { readGateInputs } from '../../../shared/coverage-gate/options.js';
import { runCoverageGate } from '../../../shared/coverage-gate/run.js';
import { createGitHubClient } from '../../../shared/github/client.js';
import { readEventContext } from '../../../shared/github/context.js';
import { actionInputs, actionLogger, runActionMain } from '../../../shared/runtime/action.js';
import { publishGateResult } from './publish.js';

async function main(): Promise<number> {
  const inputs = readGateInputs(actionInputs);
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const context = readEventContext(process.env, (p) => readFileSync(p, 'utf8'));
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const octokit = token ? createGitHubClient({ token, log: actionLogger }) : undefined;
  const { prNumber, baseSha } = context;

  const outcome = await runCoverageGate({
    ...inputs,
    workspace,
    commit: context.headSha,
    pullRequest: prNumber,
    changedLines:
      prNumber !== undefined && baseSha
        ? () =>
            resolveChangedLines({
              cwd: workspace,
              owner: context.repo.owner,
              repo: context.repo.repo,
              pullNumber: prNumber,
              baseSha,
              headSha: context.headSha,
              octokit,
              log: actionLogger,
            })
        : undefined,
    log: actionLogger,
  });
  await publishGateResult(outcome, {
    context,
    octokit,
    postStatus: core.getBooleanInput('status'),
    annotate: core.getBooleanInput('annotate'),
    runnerTemp: process.env.RUNNER_TEMP || workspace,
  });
  return outcome.exitCode;
}

void runActionMain(main);
