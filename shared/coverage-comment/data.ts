import type { GateResult } from '../coverage/gates.js';
import type { HeadlineMetric } from '../coverage/headline.js';
import type { FileCoverage, MetricTotal, Totals } from '../coverage/model.js';
import type { PatchCoverage } from '../coverage/patch.js';
import { percent } from '../coverage/totals.js';
import {
  type BaseCoverage,
  type FileFigure,
  fileFigures,
  type TrendPoint,
} from '../coverage-history/records.js';

export const COMMENT_DATA_SCHEMA = 'shipshape.coverage-comment/v1';

export interface ChangedFileRow {
  path: string;
  lines: number | null;
  basePct: number | null;
  /** Changed executable lines and how many of them ran. */
  changedExecutable: number;
  changedCovered: number;
  uncoveredLines: number[];
}

export interface DroppedFileRow {
  path: string;
  basePct: number;
  headPct: number;
}

/**
 * Everything the comment shows, and nothing it does not: the renderer works from this alone, and
 * in the fork-safe flow this is what crosses from the untrusted run to the trusted one.
 */
export interface CommentData {
  schema: typeof COMMENT_DATA_SCHEMA;
  name: string;
  repo: string;
  /** null outside pull requests (the summary of a push shows the same content). */
  prNumber: number | null;
  headSha: string;
  /**
   * The figure the comment leads with, as coverage-gate's: statements for Go reports, lines
   * otherwise. Absent in data written before it existed, which means lines.
   */
  headline?: HeadlineMetric;
  /** `statements` only when the reports count statements (Go). */
  totals: Pick<Totals, 'lines' | 'branches' | 'functions'> & { statements?: MetricTotal };
  base: BaseCoverage | { unavailable: string };
  patch: { covered: number; total: number; pct: number | null } | null;
  changedFiles: ChangedFileRow[];
  droppedFiles: DroppedFileRow[];
  trend: TrendPoint[];
  gates: GateResult[] | null;
}

function figurePct(figure: FileFigure | undefined): number | null {
  return figure ? percent(figure[0], figure[1]) : null;
}

/** Smallest drop, in points, that counts as a file losing coverage (below it is rounding noise). */
const DROP_EPSILON = 0.01;

export function buildCommentData(input: {
  name: string;
  repo: string;
  /** null outside pull requests (the summary of a push shows the same content). */
  prNumber: number | null;
  headSha: string;
  totals: Totals;
  headline: HeadlineMetric;
  files: readonly FileCoverage[];
  patch: PatchCoverage | null;
  base: BaseCoverage | { unavailable: string };
  trend: TrendPoint[];
  gates: GateResult[] | null;
}): CommentData {
  const head = fileFigures(input.files);
  const baseFiles = 'unavailable' in input.base ? undefined : input.base.files;
  const patchByPath = new Map((input.patch?.files ?? []).map((f) => [f.path, f]));

  const changedFiles: ChangedFileRow[] = [...patchByPath.values()].map((p) => ({
    path: p.path,
    lines: figurePct(head[p.path]),
    basePct: figurePct(baseFiles?.[p.path]),
    changedExecutable: p.executable,
    changedCovered: p.covered,
    uncoveredLines: p.uncoveredLines,
  }));
  // Worst first: most uncovered changed lines, then lowest coverage.
  changedFiles.sort(
    (a, b) =>
      b.uncoveredLines.length - a.uncoveredLines.length ||
      (a.lines ?? 101) - (b.lines ?? 101) ||
      (a.path < b.path ? -1 : 1),
  );

  const droppedFiles: DroppedFileRow[] = [];
  if (baseFiles) {
    for (const [path, figure] of Object.entries(head)) {
      if (patchByPath.has(path)) continue;
      const basePct = figurePct(baseFiles[path]);
      const headPct = figurePct(figure);
      if (basePct !== null && headPct !== null && basePct - headPct >= DROP_EPSILON) {
        droppedFiles.push({ path, basePct, headPct });
      }
    }
    droppedFiles.sort(
      (a, b) => b.basePct - b.headPct - (a.basePct - a.headPct) || (a.path < b.path ? -1 : 1),
    );
  }

  return {
    schema: COMMENT_DATA_SCHEMA,
    name: input.name,
    repo: input.repo,
    prNumber: input.prNumber,
    headSha: input.headSha,
    headline: input.headline,
    totals: {
      lines: input.totals.lines,
      branches: input.totals.branches,
      functions: input.totals.functions,
      ...(input.totals.statements.total > 0 ? { statements: input.totals.statements } : {}),
    },
    base: input.base,
    patch: input.patch
      ? { covered: input.patch.covered, total: input.patch.total, pct: input.patch.pct }
      : null,
    changedFiles,
    droppedFiles,
    trend: input.trend,
    gates: input.gates,
  };
}

/** The headline metric of comment data, its figure and the base's figure of the same metric. */
export function headlineOf(data: CommentData): {
  metric: HeadlineMetric;
  pct: number | null;
  base: number | null | undefined;
} {
  const metric = data.headline === 'statements' && data.totals.statements ? 'statements' : 'lines';
  const total = metric === 'statements' ? data.totals.statements! : data.totals.lines;
  const base = 'unavailable' in data.base ? undefined : data.base[metric];
  return { metric, pct: total.pct, base };
}
