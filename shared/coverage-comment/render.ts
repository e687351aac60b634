import { lineRanges } from '../coverage/patch.js';
import type { BaseCoverage } from '../coverage-history/records.js';
import { type ReportSection, renderWithinBudget } from '../report/budget.js';
import { code, escapeText, link, pct, table } from '../report/markdown.js';
import { deltaArrow, mermaidTrend, sparkline } from '../report/trend.js';
import { type ChangedFileRow, type CommentData, headlineOf } from './data.js';

/** GitHub's limit is 65,536; the margin absorbs the sticky marker and counting differences. */
export const COMMENT_BUDGET = 65_000;

function delta(head: number | null, base: number | null | undefined): string {
  if (head === null || base === null || base === undefined) return '';
  return deltaArrow(Math.round((head - base) * 100) / 100);
}

function baseOf(data: CommentData): BaseCoverage | undefined {
  return 'unavailable' in data.base ? undefined : data.base;
}

function headline(data: CommentData, runUrl?: string): string {
  const title = data.name ? `Coverage: ${escapeText(data.name)}` : 'Coverage';
  const base = baseOf(data);
  const lead = headlineOf(data);
  // The figure coverage-gate gates; statements (Go) are named, lines are the usual meaning.
  const figure = `${pct(lead.pct)}${lead.metric === 'statements' ? ' of statements' : ''}`;
  const vsBase = base && lead.base !== undefined ? ` (${delta(lead.pct, lead.base)} vs base)` : '';
  const parts = [`### ${title} — ${figure}${vsBase}`];
  if (base) {
    const stale =
      base.commitsBehind === 0
        ? 'the merge-base'
        : `${base.commitsBehind} commit${base.commitsBehind > 1 ? 's' : ''} before the merge-base (the nearest with a record)`;
    parts.push(
      `Base: ${code(base.sha.slice(0, 7))}, ${stale}, recorded ${escapeText(base.time.slice(0, 10))}.`,
    );
  } else if ('unavailable' in data.base) {
    parts.push(`_No base to compare with: ${escapeText(data.base.unavailable)}_`);
  }
  const rows: string[][] = [];
  for (const metric of ['statements', 'lines', 'branches', 'functions'] as const) {
    const t = data.totals[metric];
    if (!t || (t.total === 0 && metric !== 'lines')) continue;
    const b = base?.[metric];
    rows.push([
      metric,
      `${pct(t.pct)} (${t.covered}/${t.total})`,
      base ? pct(b ?? null) : '',
      delta(t.pct, b),
    ]);
  }
  if (data.patch)
    rows.push([
      'patch (changed lines)',
      `${pct(data.patch.pct)} (${data.patch.covered}/${data.patch.total})`,
      '',
      '',
    ]);
  parts.push(table(['', 'Head', 'Base', 'Δ'], rows, ['l', 'r', 'r', 'r']));
  if (runUrl) parts.push(`<sub>${link('Full report in the job summary', runUrl)}</sub>`);
  return parts.join('\n\n');
}

function gatesSection(data: CommentData): string | undefined {
  if (!data.gates || data.gates.length === 0) return undefined;
  const rows = data.gates.map((g) => [
    g.skipped ? '⏭️' : g.passed ? '✅' : '❌',
    escapeText(g.title),
    escapeText(g.reason),
  ]);
  return `#### Gates\n\n${table(['', 'Gate', 'Result'], rows, ['c', 'l', 'l'])}`;
}

function ranges(lines: readonly number[], max: number): string {
  const all = lineRanges(lines).map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`));
  return all.length > max ? `${all.slice(0, max).join(', ')}, … (+${all.length - max})` : all.join(', ');
}

function changedRow(f: ChangedFileRow): string[] {
  const patchPct = f.changedExecutable > 0 ? (f.changedCovered / f.changedExecutable) * 100 : null;
  return [
    code(f.path),
    pct(f.lines),
    delta(f.lines, f.basePct),
    `${pct(patchPct)} (${f.changedCovered}/${f.changedExecutable})`,
    f.uncoveredLines.length > 0 ? ranges(f.uncoveredLines, 10) : '',
  ];
}

function changedFilesTable(rows: readonly ChangedFileRow[], limit: number, total: number): string {
  const shown = rows.slice(0, limit);
  const body = table(
    ['Changed file', 'Lines', 'Δ', 'Patch', 'Uncovered changed lines'],
    shown.map(changedRow),
    ['l', 'r', 'r', 'r', 'l'],
  );
  const more =
    total > shown.length ? `\n\n_${total - shown.length} more changed file(s) are in the job summary._` : '';
  return `#### Changed files (worst first)\n\n${body}${more}`;
}

function droppedSection(data: CommentData, limit: number): string | undefined {
  if (data.droppedFiles.length === 0) return undefined;
  const shown = data.droppedFiles.slice(0, limit);
  const rows = shown.map((f) => [code(f.path), pct(f.basePct), pct(f.headPct), delta(f.headPct, f.basePct)]);
  const more =
    data.droppedFiles.length > shown.length
      ? `\n\n_${data.droppedFiles.length - shown.length} more are in the job summary._`
      : '';
  return `#### Untouched files whose coverage dropped\n\n${table(['File', 'Base', 'Head', 'Δ'], rows, ['l', 'r', 'r', 'r'])}${more}`;
}

function trendSection(data: CommentData): { full: string; compact: string } | undefined {
  const statements = headlineOf(data).metric === 'statements';
  // The headline's own series; runs recorded before statements were recorded are left out.
  const points = statements ? data.trend.filter((p) => p.statements !== undefined) : data.trend;
  if (points.length < 2) return undefined;
  const values = points.map((p) => (statements ? p.statements! : p.lines));
  const labels = points.map((p) => p.sha.slice(0, 7));
  const line = `${sparkline(values)} ${pct(values[0] ?? null)} → ${pct(values.at(-1) ?? null)} over the last ${values.length} default-branch runs`;
  const title = statements
    ? 'Statement coverage on the default branch'
    : 'Line coverage on the default branch';
  const chart = mermaidTrend({ title, labels, values, yLabel: '%' });
  return { full: `#### Trend\n\n${line}\n\n${chart}`, compact: `#### Trend\n\n${line}` };
}

export interface RenderedComment {
  /** The comment body, within the budget. */
  body: string;
  /** Labels of sections left out of the comment or shown shortened (complete in the job summary). */
  leftOut: string[];
  /** The complete report, for the job summary. */
  full: string;
}

/** Renders the sticky comment by priority within GitHub's size limit, and the complete version. */
export function renderComment(
  data: CommentData,
  options: { runUrl?: string; budget?: number } = {},
): RenderedComment {
  const changed = data.changedFiles;
  const trend = trendSection(data);
  const head = headline(data, options.runUrl);
  const gates = gatesSection(data);
  const dropped = droppedSection(data, data.droppedFiles.length);
  const sections: ReportSection[] = [
    { id: 'headline', label: 'totals', priority: 0, required: true, markdown: head },
  ];
  if (gates) sections.push({ id: 'gates', label: 'gate verdicts', priority: 1, markdown: gates });
  if (changed.length > 0) {
    sections.push({
      id: 'changed',
      label: 'changed files',
      priority: 2,
      markdown: changedFilesTable(changed, changed.length, changed.length),
      fallbacks: [200, 50, 10]
        .filter((n) => n < changed.length)
        .map((n) => changedFilesTable(changed, n, changed.length)),
    });
  }
  if (dropped) {
    sections.push({
      id: 'dropped',
      label: 'untouched files whose coverage dropped',
      priority: 3,
      markdown: dropped,
      fallbacks: data.droppedFiles.length > 20 ? [droppedSection(data, 20)!] : [],
    });
  }
  if (trend)
    sections.push({
      id: 'trend',
      label: 'trend',
      priority: 4,
      markdown: trend.full,
      fallbacks: [trend.compact],
    });
  const budgeted = renderWithinBudget(sections, options.budget ?? COMMENT_BUDGET);
  const full = sections.map((s) => s.markdown).join('\n\n');
  return {
    body: budgeted.body,
    leftOut: [...budgeted.omitted, ...budgeted.shortened].map((o) => o.label),
    full: `${full}\n`,
  };
}
