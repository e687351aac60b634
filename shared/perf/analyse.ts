// From measured rounds to metric verdicts, hard limits and the overall verdict: pure.
import { median, robustSpread } from '../stats/describe.js';
import { normalDraw, seededRandom } from '../stats/random.js';
import { hodgesLehmannInterval } from '../stats/signed-rank.js';
import { classifyChange, minimumDetectableEffect, simultaneousLevel } from '../stats/verdict.js';
import {
  METRICS,
  type MetricKey,
  metricValue,
  type SideMeasurement,
  trialProblem,
  trialsOf,
} from './metrics.js';
import type { Calibration, LimitResult, MetricResult } from './report.js';

export interface Round {
  index: number;
  order: 'base-first' | 'head-first';
  warmup: boolean;
  base: SideMeasurement;
  head: SideMeasurement;
}

export interface Limits {
  /** Connection errors (timeouts included) in percent of requests. */
  maxErrorRate: number;
  /** Responses with a status the scenario did not expect, in percent of responses. */
  maxNon2xxRate: number;
  maxTimeouts: number;
}

export interface AnalysisOptions {
  metrics: readonly MetricKey[];
  threshold: number;
  /**
   * Threshold for peak RSS. Its rounds are not independent replicates (the same two processes carry
   * their memory from round to round), so its interval is too narrow and it needs a wider margin.
   */
  memoryThreshold: number;
  /** Family-wise confidence, e.g. 0.95; each metric's interval gets the Bonferroni share. */
  level: number;
  limits: Limits;
}

/** More invalid rounds than this share make a metric inconclusive instead of quietly dropping them. */
const MAX_INVALID_SHARE = 0.25;

const toPct = (logValue: number) => (Number.isFinite(logValue) ? Math.expm1(logValue) * 100 : logValue);

function analyseMetric(
  key: MetricKey,
  rounds: readonly Round[],
  o: AnalysisOptions,
  level: number,
): MetricResult {
  const info = METRICS[key];
  const ratios: number[] = [];
  const bases: number[] = [];
  const heads: number[] = [];
  const problems = new Map<string, number>();
  let unmeasured = 0;
  for (const round of rounds) {
    const problem = [...trialsOf(key, round.base), ...trialsOf(key, round.head)]
      .map(trialProblem)
      .find(Boolean);
    if (problem) {
      problems.set(problem.replace(/\d+/g, 'N'), (problems.get(problem.replace(/\d+/g, 'N')) ?? 0) + 1);
      continue;
    }
    const b = metricValue(key, round.base);
    const h = metricValue(key, round.head);
    if (b === undefined || h === undefined) {
      unmeasured++;
      continue;
    }
    bases.push(b);
    heads.push(h);
    // Oriented so that positive means worse whatever the metric's direction.
    ratios.push(info.better === 'lower' ? Math.log(h / b) : Math.log(b / h));
  }
  const base = median(bases);
  const head = median(heads);
  const invalid = [...problems.values()].reduce((a, b) => a + b, 0);
  const common = {
    key,
    label: info.label,
    unit: info.unit,
    better: info.better,
    base,
    head,
    level,
    samples: ratios.length,
  };
  if (ratios.length === 0 || invalid > MAX_INVALID_SHARE * rounds.length) {
    const reason =
      invalid > 0
        ? `invalid measurement in ${invalid} of ${rounds.length} rounds: ${[...problems.keys()][0]}`
        : unmeasured > 0
          ? 'not measurable here (no /proc)'
          : 'no rounds measured';
    return {
      ...common,
      changePct: Number.NaN,
      lowerPct: Number.NaN,
      upperPct: Number.NaN,
      verdict: 'inconclusive',
      reason,
      mdePct: null,
    };
  }
  const ci = hodgesLehmannInterval(ratios, level);
  const classification = classifyChange(ci, key === 'rss' ? o.memoryThreshold : o.threshold);
  const mde = minimumDetectableEffect(ratios, level);
  // Back from the worse-is-positive scale to "head against base".
  const flip = info.better === 'higher' ? -1 : 1;
  const lower = flip === 1 ? ci.lower : -ci.upper;
  const upper = flip === 1 ? ci.upper : -ci.lower;
  return {
    ...common,
    changePct: toPct(flip * ci.estimate),
    lowerPct: toPct(lower),
    upperPct: toPct(upper),
    verdict: classification.verdict,
    reason: classification.reason,
    mdePct: Number.isFinite(mde) ? toPct(mde) : null,
  };
}

export function analyseMetrics(rounds: readonly Round[], o: AnalysisOptions): MetricResult[] {
  const measured = rounds.filter((r) => !r.warmup);
  const level = simultaneousLevel(o.level, o.metrics.length);
  return o.metrics.map((key) => analyseMetric(key, measured, o, level));
}

function totals(rounds: readonly Round[], side: 'base' | 'head') {
  let errors = 0;
  let timeouts = 0;
  let unexpected = 0;
  let responses = 0;
  for (const r of rounds) {
    for (const t of [r[side].latency, r[side].throughput]) {
      errors += t.errors;
      timeouts += t.timeouts;
      unexpected += t.unexpectedStatus;
      responses += t.responses;
    }
  }
  const pct = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1e5) / 1e3 : n > 0 ? 100 : 0);
  return { errorRate: pct(errors, responses + errors), non2xxRate: pct(unexpected, responses), timeouts };
}

/** Error rate, unexpected statuses and timeouts: hard limits on the head, not statistical tests. */
export function checkLimits(rounds: readonly Round[], limits: Limits): LimitResult[] {
  const measured = rounds.filter((r) => !r.warmup);
  const base = totals(measured, 'base');
  const head = totals(measured, 'head');
  return [
    {
      key: 'error-rate',
      label: 'connection error rate',
      limit: limits.maxErrorRate,
      unit: '%',
      base: base.errorRate,
      head: head.errorRate,
      exceeded: head.errorRate > limits.maxErrorRate,
    },
    {
      key: 'non2xx-rate',
      label: 'unexpected status rate',
      limit: limits.maxNon2xxRate,
      unit: '%',
      base: base.non2xxRate,
      head: head.non2xxRate,
      exceeded: head.non2xxRate > limits.maxNon2xxRate,
    },
    {
      key: 'timeouts',
      label: 'timeouts',
      limit: limits.maxTimeouts,
      unit: 'count',
      base: base.timeouts,
      head: head.timeouts,
      exceeded: head.timeouts > limits.maxTimeouts,
    },
  ];
}

/**
 * A/A calibration: the noise floor per metric and, by simulating normal log-ratios with that noise
 * through the same rule (seeded, so one input gives one answer), the share of false regressions.
 */
export function calibrate(
  metrics: readonly MetricResult[],
  rounds: readonly Round[],
  o: AnalysisOptions,
  simulations = 400,
): Calibration {
  const measured = rounds.filter((r) => !r.warmup);
  const level = simultaneousLevel(o.level, o.metrics.length);
  const noisePct: Record<string, number> = {};
  const sigmas: number[] = [];
  for (const m of metrics) {
    const key = m.key as MetricKey;
    const ratios = measured
      .map((r) => {
        const b = metricValue(key, r.base);
        const h = metricValue(key, r.head);
        return b && h ? Math.log(h / b) : undefined;
      })
      .filter((v): v is number => v !== undefined);
    const sigma = robustSpread(ratios);
    if (Number.isFinite(sigma)) {
      noisePct[m.key] = Math.round(toPct(sigma) * 100) / 100;
      sigmas.push(sigma);
    }
  }
  const random = seededRandom(20240601);
  const k = measured.length;
  let alarms = 0;
  for (let s = 0; s < simulations; s++) {
    const alarm = sigmas.some((sigma) => {
      const sample = Array.from({ length: k }, () => sigma * normalDraw(random));
      return classifyChange(hodgesLehmannInterval(sample, level), o.threshold).verdict === 'regression';
    });
    if (alarm) alarms++;
  }
  return { noisePct, falseAlarmRate: sigmas.length > 0 ? alarms / simulations : Number.NaN };
}
