// What coverage-comment publishes, as plain data: outputs, the job summary, its section of the
// shared pull request comment and, in publish mode, the recomputed gate status. No I/O.
import { statusContext } from '../coverage-gate/status.js';
import { escapeText } from '../report/markdown.js';
import { EXIT } from '../runtime/errors.js';
import type { Publication, StatusUpdate } from '../runtime/shell.js';
import { type CommentData, headlineOf } from './data.js';
import type { CommentMode } from './options.js';
import { COMMENT_BUDGET, renderComment } from './render.js';

export type CommentReport =
  | { kind: 'missing'; message: string }
  /** publish: the pull request moved on since the data was computed; nothing is posted. */
  | { kind: 'stale'; message: string }
  | {
      kind: 'done';
      mode: CommentMode;
      data: CommentData;
      notes: string[];
      badgePath?: string;
      dataPath: string;
    };

/** The comment section key: one per action and instance. */
export function commentKey(name: string): string {
  return name ? `coverage-comment:${name}` : 'coverage-comment';
}

/** Budgets of the smaller forms offered when the shared comment is crowded. */
const SHORTER_BUDGETS = [30_000, 12_000, 4_000];

function deltaLines(data: CommentData): string {
  const base = 'unavailable' in data.base ? undefined : data.base;
  const lines = data.totals.lines.pct;
  return base && base.lines !== null && lines !== null ? (lines - base.lines).toFixed(2) : '';
}

function gateStatus(data: CommentData): StatusUpdate | undefined {
  if (!data.gates || data.gates.length === 0) return undefined;
  const failed = data.gates.filter((g) => !g.passed);
  const lead = headlineOf(data);
  return {
    context: statusContext(data.name),
    sha: data.headSha,
    state: failed.length === 0 ? 'success' : 'failure',
    description:
      failed.length === 0
        ? `${lead.metric} ${lead.pct === null ? 'n/a' : lead.pct.toFixed(2)}%`
        : `failed ${failed[0]!.title}: ${failed[0]!.reason}`,
  };
}

export function presentComment(
  report: CommentReport,
  settings: { name: string },
  env: { runUrl: string | undefined },
): Publication {
  const empty = {
    'comment-id': '',
    'comment-url': '',
    coverage: '',
    lines: '',
    'delta-lines': '',
    'badge-path': '',
    data: '',
  };
  if (report.kind !== 'done') {
    const title = settings.name ? `Coverage: ${escapeText(settings.name)}` : 'Coverage';
    return { outputs: empty, summary: `## ${title}\n\n${escapeText(report.message)}\n`, exitCode: EXIT.ok };
  }
  const { data, mode } = report;
  const runUrl = env.runUrl ? { runUrl: env.runUrl } : {};
  const rendered = renderComment(data, runUrl);
  const notes = [...report.notes];
  if (rendered.leftOut.length > 0)
    notes.push(
      `Left out of the comment to stay under GitHub's size limit: ${rendered.leftOut.join(', ')} (complete above).`,
    );
  const summary = `${rendered.full}\n${notes.map((n) => `> ${escapeText(n)}`).join('\n\n')}\n`;
  const status = mode === 'publish' ? gateStatus(data) : undefined;
  const posts = mode !== 'compute' && data.prNumber !== null;
  return {
    outputs: {
      ...empty,
      coverage: headlineOf(data).pct?.toFixed(2) ?? '',
      lines: data.totals.lines.pct === null ? '' : data.totals.lines.pct.toFixed(2),
      'delta-lines': deltaLines(data),
      'badge-path': report.badgePath ?? '',
      data: report.dataPath,
    },
    summary,
    ...(status ? { statuses: [status] } : {}),
    ...(posts
      ? {
          comment: {
            key: commentKey(data.name),
            body: rendered.body,
            shorter: SHORTER_BUDGETS.filter((b) => b < COMMENT_BUDGET).map(
              (budget) => renderComment(data, { ...runUrl, budget }).body,
            ),
            ...(data.prNumber !== null ? { issueNumber: data.prNumber } : {}),
          },
        }
      : {}),
    exitCode: EXIT.ok,
  };
}
