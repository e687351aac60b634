// The fork-safe publish job's decisions, as pure functions. The comment data comes from a run of
// the pull request's own code, so nothing in it is believed that this repository can establish
// for itself: the instance is the publish job's own, the base and trend come from this
// repository's history, percentages are recomputed from the counts, and every gate verdict is
// recomputed from the publish job's own thresholds. What is left from the fork (its totals,
// patch and per-file figures, and which of lines or statements its reports lead with) is only
// displayed, and the docs say so.
import { evaluateGates, type GateConfig, type GateResult } from '../coverage/gates.js';
import type { MetricTotal, Totals } from '../coverage/model.js';
import { percent } from '../coverage/totals.js';
import {
  type BaseCoverage,
  baseFromBaseline,
  type FileFigure,
  type TrendPoint,
} from '../coverage-history/records.js';
import type { HistoryRecord } from '../history/record.js';
import { UsageError } from '../runtime/errors.js';
import { type CommentData, headlineOf } from './data.js';

export class UntrustedDataError extends UsageError {
  override name = 'UntrustedDataError';
  constructor(problem: string) {
    super(`coverage data artifact: ${problem}; refusing to publish it`);
  }
}

export interface PublishRun {
  /** `owner/repo` of this (the base) repository. */
  repo: string;
  /** The head commit of the workflow run that uploaded the data, as the event names it. */
  headSha: string;
  /** The publish job's own `name` input. */
  name: string;
}

/** The claims a run can make about itself that the publish job can check: throws when one is false. */
export function checkProvenance(data: CommentData, run: PublishRun): { prNumber: number } {
  if (data.repo.toLowerCase() !== run.repo.toLowerCase())
    throw new UntrustedDataError(`it is for ${data.repo}, not ${run.repo}`);
  if (data.headSha !== run.headSha)
    throw new UntrustedDataError('it names another head commit than the workflow run that uploaded it');
  if (data.name !== run.name)
    throw new UntrustedDataError(
      `it names instance '${data.name}', but this publish job is configured for '${run.name}' (the name input)`,
    );
  if (data.prNumber === null) throw new UntrustedDataError('it names no pull request');
  return { prNumber: data.prNumber };
}

/** Whether the pull request's head (from the API) is still the commit the data was computed for. */
export function isCurrentHead(data: CommentData, pullHeadSha: string): boolean {
  return pullHeadSha === data.headSha;
}

function counted(t: { covered: number; total: number }, where: string): MetricTotal {
  if (t.covered > t.total) throw new UntrustedDataError(`${where} claims ${t.covered} of ${t.total} covered`);
  return { covered: t.covered, total: t.total, pct: percent(t.covered, t.total) };
}

/**
 * The base the run named, with its figures taken from this repository's own history record for
 * that commit (never from the artifact). A base commit with no record here means no base.
 */
export function trustedBase(
  claimed: CommentData['base'],
  records: readonly HistoryRecord[],
  defaultBranch: string,
): CommentData['base'] {
  if ('unavailable' in claimed) return claimed;
  const record = records
    .filter((r) => r.sha === claimed.sha && r.branch === defaultBranch)
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time))
    .at(-1);
  if (!record)
    return {
      unavailable: `the base commit ${claimed.sha.slice(0, 7)} has no record in this repository's history`,
    };
  return baseFromBaseline({ record, commitsBehind: claimed.commitsBehind });
}

function figurePct(figure: FileFigure | undefined): number | null {
  return figure ? percent(figure[0], figure[1]) : null;
}

/** Thresholds the publish job can recompute from comment data: totals, patch, drop (no per-path rules). */
export type PublishGateConfig = Omit<GateConfig, 'pathThresholds'>;

/** Every gate verdict, recomputed from the recomputed figures and the publish job's own thresholds. */
export function recomputeGates(config: PublishGateConfig, data: CommentData): GateResult[] {
  const none = { covered: 0, total: 0, pct: null };
  const totals: Totals = { ...data.totals, statements: data.totals.statements ?? none };
  const lead = headlineOf(data);
  const base = data.base;
  return evaluateGates(
    { ...config, pathThresholds: [] },
    {
      totals,
      headline: { metric: lead.metric, ...totals[lead.metric] },
      files: [],
      patch: data.patch
        ? { value: { ...data.patch, files: [], missingFiles: [] } }
        : { unavailable: 'the pull request run measured no changed lines' },
      baseline:
        'unavailable' in base
          ? { unavailable: `no baseline: ${base.unavailable}` }
          : base.lines === null
            ? { unavailable: 'the baseline record has no line coverage' }
            : { value: { lines: base.lines, sha: base.sha, commitsBehind: base.commitsBehind } },
    },
  );
}

/** Smallest drop, in points, that counts as a file losing coverage (as in buildCommentData). */
const DROP_EPSILON = 0.01;

/**
 * The data to publish: the run's figures recomputed from their counts, with the instance name,
 * base, trend and gate verdicts of this repository in place of the run's.
 */
export function trustedCommentData(
  data: CommentData,
  o: {
    config: PublishGateConfig;
    records: readonly HistoryRecord[];
    trend: TrendPoint[];
    defaultBranch: string;
  },
): CommentData {
  const base = trustedBase(data.base, o.records, o.defaultBranch);
  const baseFiles: Record<string, FileFigure> | undefined =
    'unavailable' in base ? undefined : (base as BaseCoverage).files;
  const changedFiles = data.changedFiles.map((f, i) => {
    if (f.changedCovered > f.changedExecutable)
      throw new UntrustedDataError(`changedFiles[${i}] claims more covered than changed lines`);
    return { ...f, basePct: figurePct(baseFiles?.[f.path]) };
  });
  const droppedFiles = data.droppedFiles.flatMap((f) => {
    const basePct = figurePct(baseFiles?.[f.path]);
    return basePct !== null && basePct - f.headPct >= DROP_EPSILON ? [{ ...f, basePct }] : [];
  });
  const figures: CommentData = {
    ...data,
    totals: {
      lines: counted(data.totals.lines, 'totals.lines'),
      branches: counted(data.totals.branches, 'totals.branches'),
      functions: counted(data.totals.functions, 'totals.functions'),
      ...(data.totals.statements ? { statements: counted(data.totals.statements, 'totals.statements') } : {}),
    },
    patch: data.patch ? counted(data.patch, 'patch') : null,
    base,
    changedFiles,
    droppedFiles,
    trend: o.trend,
    gates: null,
  };
  return { ...figures, gates: recomputeGates(o.config, figures) };
}
