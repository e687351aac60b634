// coverage-comment as a spec over the shared library: read every input, gather the comment data
// (or, in publish mode, download and re-check a fork run's), record history where the one record
// policy allows, and describe the publication.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  badgeMessage,
  coverageBadgeEndpoint,
  coverageBadgeSvg,
} from '../../../shared/coverage-comment/badge.js';
import { type CommentData, headlineOf } from '../../../shared/coverage-comment/data.js';
import { type CommentSettings, readCommentSettings } from '../../../shared/coverage-comment/options.js';
import { parseCommentData } from '../../../shared/coverage-comment/payload.js';
import { prepareCoverageComment } from '../../../shared/coverage-comment/pipeline.js';
import { type CommentReport, presentComment } from '../../../shared/coverage-comment/publication.js';
import {
  checkProvenance,
  isCurrentHead,
  trustedCommentData,
} from '../../../shared/coverage-comment/trust.js';
import { gateReportPath } from '../../../shared/coverage-gate/report.js';
import { COVERAGE_KIND, seriesName, trendPoints } from '../../../shared/coverage-history/records.js';
import { publishFile } from '../../../shared/github/data-branch.js';
import { downloadRunArtifactFile, uploadTextArtifact } from '../../../shared/github/run-artifact.js';
import { trend } from '../../../shared/history/baseline.js';
import { historyReadNotes, recordHistory } from '../../../shared/history/record-history.js';
import { fileSlug } from '../../../shared/runtime/names.js';
import { defineAction, type ShellEnv } from '../../../shared/runtime/shell.js';

export const DATA_FILE = 'coverage-comment-data.json';

export function dataArtifactName(name: string): string {
  return `shipshape-coverage-comment-${fileSlug(name)}`;
}

async function writeText(path: string, text: string | Buffer): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return path;
}

async function writeBadge(data: CommentData, settings: CommentSettings, env: ShellEnv): Promise<string> {
  const path = settings.badgePath || join(env.tempDir, `coverage-badge-${fileSlug(data.name)}.svg`);
  return writeText(path, coverageBadgeSvg(data, settings.minCoverage));
}

async function publishBadge(
  data: CommentData,
  settings: CommentSettings,
  env: ShellEnv,
  notes: string[],
): Promise<void> {
  const github = env.github;
  if (!settings.badgeBranch || !github) return;
  const base = `badges/${fileSlug(data.name)}`;
  for (const [path, content] of [
    [`${base}.svg`, coverageBadgeSvg(data, settings.minCoverage)],
    [`${base}.json`, coverageBadgeEndpoint(data, settings.minCoverage)],
  ] as const) {
    const result = await publishFile(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      branch: settings.badgeBranch,
      path,
      content,
      message: `coverage badge ${fileSlug(data.name)}: ${badgeMessage(headlineOf(data).pct)} at ${data.headSha.slice(0, 7)}`,
      log: env.log,
    });
    if (!result.ok) notes.push(`Badge not published to ${settings.badgeBranch}: ${result.message}`);
  }
}

/** comment and compute: gather the data from this run's coverage, history and changed lines. */
async function gather(settings: CommentSettings, env: ShellEnv): Promise<CommentReport> {
  const history = env.history.open();
  const records = env.history.decision.record;
  const prepared = await env.log.group('Coverage, changed lines and history', () =>
    prepareCoverageComment({
      ...settings,
      workspace: env.workspace,
      context: settings.context,
      ...(env.github ? { octokit: env.github.octokit } : {}),
      ...(history ? { history } : {}),
      gateReportPath:
        settings.gateReport || gateReportPath(env.env.RUNNER_TEMP || env.workspace, settings.name),
      log: env.log,
      records,
    }),
  );
  if ('missing' in prepared) return { kind: 'missing', message: prepared.missing };
  const { data, notes } = prepared;
  const badgePath = await writeBadge(data, settings, env);
  const dataPath = await writeText(
    join(env.tempDir, `coverage-comment-${fileSlug(data.name)}.json`),
    `${JSON.stringify(data, null, 2)}\n`,
  );

  if (settings.mode === 'compute') {
    await env.log.group('Upload the comment data for the publish job', () =>
      uploadTextArtifact(dataArtifactName(settings.name), DATA_FILE, JSON.stringify(data), 1),
    );
    notes.push(
      `Comment data uploaded as artifact '${dataArtifactName(settings.name)}' for the publish job (mode: publish on workflow_run).`,
    );
  } else {
    const { problems } = await recordHistory(history, prepared.record ? [prepared.record] : [], {
      decision: env.history.decision,
      keep: env.history.settings.keep,
      log: env.log,
    });
    notes.push(...problems);
    if (prepared.record && history) await publishBadge(data, settings, env, notes);
  }
  return { kind: 'done', mode: settings.mode, data, notes, badgePath, dataPath };
}

/** publish: the data a fork's run uploaded, checked and with every trusted figure recomputed here. */
async function publish(settings: CommentSettings, env: ShellEnv): Promise<CommentReport> {
  const github = env.github!;
  const run = settings.workflowRun!;
  const context = settings.context;
  const text = await env.log.group(`Download the comment data of run ${run.id}`, () =>
    downloadRunArtifactFile(github.octokit, {
      token: github.token,
      owner: github.owner,
      repo: github.repo,
      runId: run.id,
      name: dataArtifactName(settings.name),
      fileName: DATA_FILE,
    }),
  );
  const claimed = parseCommentData(text);
  const { prNumber } = checkProvenance(claimed, {
    repo: `${github.owner}/${github.repo}`,
    headSha: run.headSha,
    name: settings.name,
  });
  const { data: pull } = await github.octokit.rest.pulls.get({
    owner: github.owner,
    repo: github.repo,
    pull_number: prNumber,
  });
  if (!isCurrentHead(claimed, pull.head.sha)) {
    const message = `Pull request #${prNumber} has moved on to ${pull.head.sha.slice(0, 7)}; not publishing results for ${claimed.headSha.slice(0, 7)}.`;
    env.log.warning(message);
    return { kind: 'stale', message };
  }
  const defaultBranch = context.defaultBranch ?? 'main';
  const history = env.history.open();
  const read = history
    ? await env.log.group('Read coverage history', () =>
        history.read({ kind: COVERAGE_KIND, name: seriesName(settings.name) }),
      )
    : { records: [], warnings: [] };
  const notes = historyReadNotes(read.warnings, env.log);
  const data = trustedCommentData(claimed, {
    config: settings.gates,
    records: read.records,
    trend: trendPoints(trend(read.records, { branch: defaultBranch, limit: settings.trendLength })),
    defaultBranch,
  });
  notes.push(
    'Published from a pull request run: totals, patch and per-file figures come from that run; base, trend and gate verdicts were recomputed here.',
  );
  const dataPath = await writeText(
    join(env.tempDir, `coverage-comment-${fileSlug(data.name)}.json`),
    `${JSON.stringify(data, null, 2)}\n`,
  );
  return { kind: 'done', mode: 'publish', data, notes, dataPath };
}

export const spec = defineAction<CommentSettings, CommentReport>({
  name: 'coverage-comment',
  // coverage-gate exports the figures; the comment would only send them twice.
  publishes: { metrics: false },
  read: (inputs, env) => readCommentSettings(inputs, env),
  run: (settings, env) => (settings.mode === 'publish' ? publish(settings, env) : gather(settings, env)),
  present: (report, settings, env) => presentComment(report, settings, env),
});
