import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { readCommentInputs } from '../../../shared/coverage-comment/options.js';
import { parseCommentData } from '../../../shared/coverage-comment/payload.js';
import { prepareCoverageComment } from '../../../shared/coverage-comment/pipeline.js';
import { gateReportPath } from '../../../shared/coverage-gate/report.js';
import { createGitHubClient } from '../../../shared/github/client.js';
import { readEventContext } from '../../../shared/github/context.js';
import { downloadRunArtifactFile, uploadTextArtifact } from '../../../shared/github/run-artifact.js';
import { openHistory } from '../../../shared/history/select.js';
import { actionInputs, actionLogger, runActionMain } from '../../../shared/runtime/action.js';
import { EXIT, InputError, UsageError } from '../../../shared/runtime/errors.js';
import {
  DATA_FILE,
  dataArtifactName,
  postComment,
  publishBadge,
  recordHistory,
  writeBadge,
  writeOutputsAndSummary,
} from './post.js';

async function main(): Promise<number> {
  const inputs = readCommentInputs(actionInputs);
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const context = readEventContext(process.env, (p) => readFileSync(p, 'utf8'));
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const runnerTemp = process.env.RUNNER_TEMP || workspace;
  const octokit = token ? createGitHubClient({ token, log: actionLogger }) : undefined;
  const { owner, repo } = context.repo;

  if (inputs.mode === 'publish') {
    if (context.eventName !== 'workflow_run') {
      throw new InputError(
        'mode',
        `publish runs on workflow_run events (this is ${context.eventName}); see docs/coverage-comment.md#fork-pull-requests`,
      );
    }
    if (!octokit)
      throw new InputError('token', 'publish mode needs a token with pull-requests: write and actions: read');
    const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH!, 'utf8')) as {
      workflow_run?: { id?: number; head_sha?: string };
    };
    const run = event.workflow_run;
    if (!run?.id || !run.head_sha) throw new UsageError('the workflow_run event has no run id or head sha');
    const text = await downloadRunArtifactFile(octokit, {
      token,
      owner,
      repo,
      runId: run.id,
      name: dataArtifactName(inputs.name),
      fileName: DATA_FILE,
    });
    const data = parseCommentData(text);
    // The artifact came from a run of untrusted code: believe nothing the API cannot confirm.
    if (data.repo !== `${owner}/${repo}`)
      throw new UsageError(`coverage data is for ${data.repo}, not ${owner}/${repo}; refusing to publish it`);
    if (data.headSha !== run.head_sha)
      throw new UsageError(
        'coverage data names another head commit than the workflow run; refusing to publish it',
      );
    if (data.prNumber === null)
      throw new UsageError('coverage data names no pull request; nothing to publish');
    const { data: pull } = await octokit.rest.pulls.get({ owner, repo, pull_number: data.prNumber });
    if (pull.head.sha !== data.headSha) {
      actionLogger.warning(
        `pull request #${data.prNumber} has moved on to ${pull.head.sha.slice(0, 7)}; not publishing results for ${data.headSha.slice(0, 7)}`,
      );
      return EXIT.ok;
    }
    const posted = await postComment(data, { octokit, context, postStatus: true });
    await writeOutputsAndSummary(data, posted, { runnerTemp, notes: [] });
    return EXIT.ok;
  }

  const history =
    inputs.history === 'none'
      ? undefined
      : openHistory({
          backend: inputs.history,
          folder: inputs.historyFolder,
          github: octokit ? { octokit, token, owner, repo } : undefined,
          branch: context.defaultBranch,
          retentionDays: inputs.retentionDays,
          log: actionLogger,
        });
  const prepared = await prepareCoverageComment({
    ...inputs,
    workspace,
    context,
    octokit,
    history,
    gateReportPath: inputs.gateReport || gateReportPath(runnerTemp, inputs.name),
    log: actionLogger,
  });
  if ('missing' in prepared) {
    await core.summary.addRaw(`## Coverage\n\n${prepared.missing}\n`).write();
    return EXIT.ok;
  }
  const { data, notes } = prepared;
  const badgePath = writeBadge(data, { path: inputs.badgePath, runnerTemp, greenAt: inputs.minLines });

  if (inputs.mode === 'compute') {
    const path = `${runnerTemp}/shipshape/${DATA_FILE}`;
    await uploadTextArtifact(dataArtifactName(inputs.name), DATA_FILE, JSON.stringify(data), 1);
    notes.push(
      `Comment data uploaded as artifact '${dataArtifactName(inputs.name)}' for the publish job (mode: publish on workflow_run).`,
    );
    await writeOutputsAndSummary(data, undefined, { runnerTemp, notes, badgePath, dataPath: path });
    return EXIT.ok;
  }

  const posted =
    data.prNumber !== null && octokit
      ? await postComment(data, { octokit, context, postStatus: false })
      : undefined;
  if (prepared.record && history) {
    await recordHistory(history, prepared.record, { keep: inputs.historyKeep, notes });
    if (inputs.badgeBranch && octokit)
      await publishBadge(data, octokit, context, inputs.badgeBranch, badgePath, notes);
  }
  await writeOutputsAndSummary(data, posted, { runnerTemp, notes, badgePath });
  return EXIT.ok;
}

void runActionMain(main);
