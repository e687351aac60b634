import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import type { Baseline, Maybe } from '../../../shared/coverage/gates.js';
import { type PullRequestDiff, resolvePullRequestDiff } from '../../../shared/coverage-gate/changed-lines.js';
import { readGateInputs } from '../../../shared/coverage-gate/options.js';
import { runCoverageGate } from '../../../shared/coverage-gate/run.js';
import { readCoverageHistory } from '../../../shared/coverage-history/baseline.js';
import { createGitHubClient } from '../../../shared/github/client.js';
import { readEventContext } from '../../../shared/github/context.js';
import { HISTORY_BACKENDS, openHistory } from '../../../shared/history/select.js';
import { actionInputs, actionLogger, runActionMain } from '../../../shared/runtime/action.js';
import { readChoice } from '../../../shared/runtime/inputs.js';
import { publishGateResult } from './publish.js';

async function main(): Promise<number> {
  const inputs = readGateInputs(actionInputs);
  const historyBackend = readChoice(actionInputs, 'history', [...HISTORY_BACKENDS, 'none'] as const, 'auto');
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const context = readEventContext(process.env, (p) => readFileSync(p, 'utf8'));
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const octokit = token ? createGitHubClient({ token, log: actionLogger }) : undefined;
  const { owner, repo } = context.repo;
  const { prNumber, baseSha } = context;

  // One diff serves both patch coverage and the merge-base that max-drop compares against.
  let diff: Promise<Maybe<PullRequestDiff>> | undefined;
  const pullRequestDiff = () => {
    diff ??=
      prNumber !== undefined && baseSha
        ? resolvePullRequestDiff({
            cwd: workspace,
            owner,
            repo,
            pullNumber: prNumber,
            baseSha,
            headSha: context.headSha,
            octokit,
            wantMergeBase: inputs.gates.maxDrop !== undefined,
            log: actionLogger,
          })
        : Promise.resolve({ unavailable: 'not a pull request' });
    return diff;
  };

  const baseline = async (): Promise<Maybe<Baseline>> => {
    if (historyBackend === 'none') return { unavailable: 'history is off (history: none)' };
    const changes = prNumber !== undefined ? await pullRequestDiff() : undefined;
    const mergeBase = changes ? ('unavailable' in changes ? undefined : changes.value.mergeBase) : baseSha;
    const read = await readCoverageHistory({
      history: openHistory({
        backend: historyBackend,
        folder: core.getInput('history-folder') || undefined,
        github: octokit ? { octokit, token, owner, repo } : undefined,
        branch: context.defaultBranch,
        log: actionLogger,
      }),
      name: inputs.name,
      mergeBase,
      cwd: workspace,
      api: octokit ? { octokit, owner, repo } : undefined,
      log: actionLogger,
    });
    for (const warning of read.warnings) core.notice(`Coverage history: ${warning}`);
    if ('unavailable' in read.base) return { unavailable: `no baseline: ${read.base.unavailable}` };
    if (read.base.lines === null) return { unavailable: 'the baseline record has no line coverage' };
    return { value: { lines: read.base.lines, sha: read.base.sha, commitsBehind: read.base.commitsBehind } };
  };

  const outcome = await runCoverageGate({
    ...inputs,
    workspace,
    commit: context.headSha,
    pullRequest: prNumber,
    changedLines:
      prNumber !== undefined && baseSha
        ? async () => {
            const changes = await pullRequestDiff();
            return 'unavailable' in changes ? changes : { value: changes.value.files };
          }
        : undefined,
    baseline,
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
