// The JSON report every perf-regression mode writes (schema documented in docs/perf-regression.md).
import type { Verdict } from '../stats/verdict.js';

export const PERF_REPORT_SCHEMA = 'shipshape.perf-regression/v1';

export type OverallVerdict = Verdict | 'failed';
export type PerfMode = 'ab' | 'aa' | 'go-bench' | 'json-bench';

export interface MetricResult {
  /** 'p50', 'rps', … or, when ingesting benchmarks, '<benchmark> <unit>'. */
  key: string;
  label: string;
  unit: string;
  better: 'lower' | 'higher';
  /**
   * Load tests: geometric means of the base and head values over the rounds used, so that
   * changePct = head / base − 1 exactly. Benchmarks: medians of the samples.
   */
  base: number;
  head: number;
  /** Estimated change of head against base, in percent of base (positive = larger). */
  changePct: number;
  /** Interval for changePct at `level`; ±Infinity when the rounds cannot reach that level. */
  lowerPct: number;
  upperPct: number;
  level: number;
  verdict: Verdict;
  reason: string;
  /** Smallest change (in % of base) this run would find 80% of the time; null when unknown. */
  mdePct: number | null;
  /** Rounds (or samples) that went into the figures. */
  samples: number;
  /** Two-sided p-value (rank tests only). */
  pValue?: number;
  /** False for metrics that are measured and shown but decide nothing (absent = gated). */
  gated?: boolean;
  /** Load tests: the look whose interval this is (its level carries that look's error share). */
  look?: number;
}

export interface LimitResult {
  key: 'error-rate' | 'non2xx-rate' | 'timeouts';
  label: string;
  limit: number;
  unit: '%' | 'count';
  base: number;
  head: number;
  exceeded: boolean;
}

export interface Calibration {
  /** Per metric: the robust spread of the A/A log-ratios in percent, the noise floor. */
  noisePct: Record<string, number>;
  /** Simulated share of A/A comparisons that this decision rule would call a regression at this noise. */
  falseAlarmRate: number;
}

export interface PerfReport {
  schema: typeof PERF_REPORT_SCHEMA;
  name: string;
  mode: PerfMode;
  verdict: OverallVerdict;
  /** One sentence behind the verdict. */
  reason: string;
  threshold: number;
  level: number;
  metrics: MetricResult[];
  limits: LimitResult[];
  /** Self-check findings and other things a reader should know. */
  notes: string[];
  rounds?: {
    measured: number;
    warmup: number;
    durationSeconds: number;
    latencyRate?: number;
    /** Looks taken at the rounds; the schedule is fixed before the first round. */
    looks?: number;
    schedule?: { first: number; every: number };
  };
  calibration?: Calibration;
  commits?: { base?: string; head?: string };
  /** Raw per-round figures, for anyone who wants to redo the statistics. */
  detail?: {
    round: number;
    order: 'base-first' | 'head-first';
    warmup: boolean;
    base: Record<string, number | null>;
    head: Record<string, number | null>;
  }[];
}

/** The overall verdict from the metric verdicts: a failed limit beats everything, then regression, then doubt. */
export function overallVerdict(
  metrics: readonly MetricResult[],
  limits: readonly LimitResult[],
): { verdict: OverallVerdict; reason: string } {
  const exceeded = limits.filter((l) => l.exceeded);
  if (exceeded.length > 0) {
    return {
      verdict: 'failed',
      reason: exceeded
        .map(
          (l) =>
            `${l.label} ${l.head}${l.unit === '%' ? '%' : ''} exceeds the limit of ${l.limit}${l.unit === '%' ? '%' : ''}`,
        )
        .join('; '),
    };
  }
  const gated = metrics.filter((m) => m.gated !== false);
  const pick = (v: string) => gated.filter((m) => m.verdict === v);
  const regressions = pick('regression');
  if (regressions.length > 0)
    return { verdict: 'regression', reason: `${regressions.map((m) => m.label).join(', ')} regressed` };
  const inconclusive = pick('inconclusive');
  if (inconclusive.length > 0)
    return {
      verdict: 'inconclusive',
      reason: `${inconclusive.map((m) => `${m.label}: ${m.reason}`).join('; ')}`,
    };
  const improvements = pick('improvement');
  if (improvements.length > 0)
    return { verdict: 'improvement', reason: `${improvements.map((m) => m.label).join(', ')} improved` };
  if (gated.length === 0) {
    return {
      verdict: 'inconclusive',
      reason:
        metrics.length > 0
          ? 'nothing was tested: one value per benchmark is shown with its trend (several runs per side give a tested verdict)'
          : 'nothing was compared',
    };
  }
  return { verdict: 'no-change', reason: 'every metric stayed within the threshold' };
}
