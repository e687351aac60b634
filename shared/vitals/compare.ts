// Base against head, from rounds in which both were audited on the same machine one after the
// other: a Hodges-Lehmann interval on the paired changes and the verdict rule of shared/stats.
// Timings change by ratios (log scale); TBT and CLS are often exactly 0 and scores are bounded,
// so those are compared as plain differences with an absolute threshold.
import { median } from '../stats/describe.js';
import { hodgesLehmannInterval } from '../stats/signed-rank.js';
import { type Classification, classifyChange, type Verdict } from '../stats/verdict.js';
import { formatMetric, type MetricId, type Metrics, metricSpec } from './metrics.js';

export interface CompareOptions {
  /** Relative threshold for timings, e.g. 0.1 = a 10% change matters. */
  relative: number;
  /** Confidence level of each interval, e.g. 0.95. */
  level: number;
  /** Absolute thresholds for the metrics compared as differences. */
  absolute?: Partial<Record<MetricId, number>>;
}

export const DEFAULT_ABSOLUTE: Partial<Record<MetricId, number>> = {
  tbt: 50,
  cls: 0.025,
  performance: 5,
  accessibility: 5,
  'best-practices': 5,
  seo: 5,
};

export interface MetricComparison {
  metric: MetricId;
  scale: 'ratio' | 'difference';
  base: number;
  head: number;
  /** Ratio scale: relative change (0.12 = 12% worse-or-higher value); difference scale: head − base. */
  change: number;
  /** The interval of `change`, in the same terms; infinite when there are too few rounds. */
  lower: number;
  upper: number;
  verdict: Verdict;
  reason: string;
  rounds: number;
}

export interface Round {
  base: Metrics;
  head: Metrics;
}

const LOG_FLOOR_MS = 1;

function classifyDifference(
  estimate: number,
  lower: number,
  upper: number,
  t: number,
  id: MetricId,
): Classification {
  const f = (v: number) => formatMetric(id, Math.abs(v));
  if (lower > 0 && estimate > t) return { verdict: 'regression', reason: `worse by ${f(estimate)}` };
  if (upper < 0 && estimate < -t) return { verdict: 'improvement', reason: `better by ${f(estimate)}` };
  if (lower > -t && upper < t) return { verdict: 'no-change', reason: `within ±${f(t)}` };
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) {
    return { verdict: 'inconclusive', reason: 'too few rounds for an interval at this level' };
  }
  return { verdict: 'inconclusive', reason: `the interval is wider than ±${f(t)}` };
}

export function compareMetric(
  id: MetricId,
  rounds: readonly Round[],
  o: CompareOptions,
): MetricComparison | undefined {
  const pairs = rounds.flatMap((r) => {
    const b = r.base[id];
    const h = r.head[id];
    return b === undefined || h === undefined ? [] : [{ b, h }];
  });
  if (pairs.length === 0) return undefined;
  const spec = metricSpec(id);
  const base = median(pairs.map((p) => p.b));
  const head = median(pairs.map((p) => p.h));
  const absolute = o.absolute?.[id] ?? DEFAULT_ABSOLUTE[id];
  if (absolute === undefined && spec.unit === 'ms') {
    const logs = pairs.map((p) => Math.log(Math.max(p.h, LOG_FLOOR_MS) / Math.max(p.b, LOG_FLOOR_MS)));
    const hl = hodgesLehmannInterval(logs, o.level);
    const c = classifyChange(hl, o.relative);
    return {
      metric: id,
      scale: 'ratio',
      base,
      head,
      change: Math.expm1(hl.estimate),
      lower: Math.expm1(hl.lower),
      upper: Math.expm1(hl.upper),
      ...c,
      rounds: pairs.length,
    };
  }
  const t = absolute ?? 0;
  const diffs = pairs.map((p) => p.h - p.b);
  const hl = hodgesLehmannInterval(diffs, o.level);
  // Oriented so that positive means worse, as the verdict rule expects.
  const sign = spec.higherIsBetter ? -1 : 1;
  const [worseLower, worseUpper] = sign === 1 ? [hl.lower, hl.upper] : [-hl.upper, -hl.lower];
  const c = classifyDifference(sign * hl.estimate, worseLower, worseUpper, t, id);
  return {
    metric: id,
    scale: 'difference',
    base,
    head,
    change: hl.estimate,
    lower: hl.lower,
    upper: hl.upper,
    ...c,
    rounds: pairs.length,
  };
}

export function compareRounds(
  ids: readonly MetricId[],
  rounds: readonly Round[],
  o: CompareOptions,
): MetricComparison[] {
  return ids.flatMap((id) => compareMetric(id, rounds, o) ?? []);
}
