import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import type { CommentData } from '../../../shared/coverage-comment/data.js';
import { renderComment } from '../../../shared/coverage-comment/render.js';
import { statusContext } from '../../../shared/coverage-gate/status.js';
import type { GitHubClient } from '../../../shared/github/client.js';
import type { EventContext } from '../../../shared/github/context.js';
import { publishFile } from '../../../shared/github/data-branch.js';
import { setCommitStatus } from '../../../shared/github/status.js';
import { upsertStickyComment } from '../../../shared/github/sticky-comment.js';
import type { HistoryRecord } from '../../../shared/history/record.js';
import type { HistoryBackend } from '../../../shared/history/store.js';
import { coverageColor, renderBadge, shieldsEndpoint } from '../../../shared/report/badge.js';
import { escapeText } from '../../../shared/report/markdown.js';
import { runbookUrl } from '../../../shared/report/runbooks.js';
import { actionLogger } from '../../../shared/runtime/action.js';
import { fileSlug } from '../../../shared/runtime/names.js';

export const DATA_FILE = 'coverage-comment-data.json';

export function dataArtifactName(name: string): string {
  return `shipshape-coverage-comment-${fileSlug(name)}`;
}

function runUrl(context: EventContext): string {
  return `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
}

export interface Posted {
  id?: number;
  url?: string;
  notes: string[];
}

/** Posts (or updates) the sticky comment and, in publish mode, the gate's commit status. */
export async function postComment(
  data: CommentData,
  o: { octokit: GitHubClient; context: EventContext; postStatus: boolean },
): Promise<Posted> {
  const { owner, repo } = o.context.repo;
  const notes: string[] = [];
  const rendered = renderComment(data, { runUrl: runUrl(o.context) });
  const result = await upsertStickyComment(o.octokit, {
    owner,
    repo,
    issueNumber: data.prNumber!,
    marker: `shipshape:coverage-comment:${data.name || 'default'}`,
    body: rendered.body,
    log: actionLogger,
  });
  if (rendered.leftOut.length > 0)
    notes.push(
      `Left out of the comment to stay under GitHub's size limit: ${rendered.leftOut.join(', ')} (complete below).`,
    );
  if (!result.ok) {
    const message = `Coverage comment not posted: ${result.message} (see ${runbookUrl('coverage-comment', 'comment-not-posted')})`;
    core.warning(message);
    notes.push(message);
  }
  if (o.postStatus && data.gates && data.gates.length > 0) {
    const failed = data.gates.filter((g) => !g.passed);
    const status = await setCommitStatus(o.octokit, {
      owner,
      repo,
      sha: data.headSha,
      context: statusContext(data.name),
      state: failed.length === 0 ? 'success' : 'failure',
      description:
        failed.length === 0
          ? `lines ${data.totals.lines.pct?.toFixed(2) ?? 'n/a'}%`
          : `failed ${failed[0]!.title}: ${failed[0]!.reason}`,
      targetUrl: runUrl(o.context),
    });
    if (!status.ok) notes.push(`Commit status not posted: ${status.message}`);
  }
  return result.ok ? { id: result.id, url: result.url, notes } : { notes };
}

export function writeBadge(
  data: CommentData,
  o: { path: string; runnerTemp: string; greenAt: number },
): string {
  const path = o.path || join(o.runnerTemp, 'shipshape', `coverage-badge-${fileSlug(data.name)}.svg`);
  const pct = data.totals.lines.pct;
  const svg = renderBadge({
    label: data.name ? `coverage ${data.name}` : 'coverage',
    message: pct === null ? 'n/a' : `${pct.toFixed(pct >= 99.95 ? 0 : 1)}%`,
    color: coverageColor(pct, { red: 60, green: o.greenAt }),
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, svg);
  return path;
}

export async function publishBadge(
  data: CommentData,
  octokit: GitHubClient,
  context: EventContext,
  branch: string,
  badgePath: string,
  notes: string[],
): Promise<void> {
  const { owner, repo } = context.repo;
  const pct = data.totals.lines.pct;
  const base = `badges/${fileSlug(data.name)}`;
  const endpoint = shieldsEndpoint({
    label: data.name ? `coverage ${data.name}` : 'coverage',
    message: pct === null ? 'n/a' : `${pct.toFixed(1)}%`,
    color: coverageColor(pct),
  });
  for (const [path, content] of [
    [`${base}.svg`, readFileSync(badgePath)],
    [`${base}.json`, endpoint],
  ] as const) {
    const result = await publishFile(octokit, {
      owner,
      repo,
      branch,
      path,
      content,
      message: `coverage badge ${fileSlug(data.name)}: ${pct ?? 'n/a'}% at ${context.headSha.slice(0, 7)}`,
      log: actionLogger,
    });
    if (!result.ok) notes.push(`Badge not published to ${branch}: ${result.message}`);
  }
}

export async function recordHistory(
  history: HistoryBackend,
  record: HistoryRecord,
  o: { keep: number; notes: string[] },
): Promise<void> {
  try {
    await history.append([record], { keep: o.keep });
  } catch (error) {
    const message = `Coverage history not stored: ${(error as Error).message}`;
    core.warning(message);
    o.notes.push(message);
  }
}

export async function writeOutputsAndSummary(
  data: CommentData,
  posted: Posted | undefined,
  o: { runnerTemp: string; notes: string[]; badgePath?: string; dataPath?: string },
): Promise<void> {
  const dataPath =
    o.dataPath ?? join(o.runnerTemp, 'shipshape', `coverage-comment-${fileSlug(data.name)}.json`);
  mkdirSync(dirname(dataPath), { recursive: true });
  writeFileSync(dataPath, `${JSON.stringify(data, null, 2)}\n`);
  const base = 'unavailable' in data.base ? undefined : data.base;
  const lines = data.totals.lines.pct;
  core.setOutput('lines', lines === null ? '' : lines.toFixed(2));
  core.setOutput(
    'delta-lines',
    base && base.lines !== null && lines !== null ? (lines - base.lines).toFixed(2) : '',
  );
  core.setOutput('comment-id', posted?.id === undefined ? '' : String(posted.id));
  core.setOutput('comment-url', posted?.url ?? '');
  core.setOutput('badge-path', o.badgePath ?? '');
  core.setOutput('data', dataPath);
  const notes = [...o.notes, ...(posted?.notes ?? [])].map((n) => `> ${escapeText(n)}`);
  const full = renderComment(data, {}).full;
  await core.summary.addRaw(`${full}\n${notes.join('\n\n')}\n`).write();
}
