// From measured rounds to metric verdicts, hard limits and the overall verdict: pure.
import { mean, standardDeviation } from '../stats/describe.js';
import { normalQuantile } from '../stats/normal.js';
import { normalDraw, seededRandom } from '../stats/random.js';
import { type LookSchedule, lookLevel, meanInterval, roundsAtLook } from '../stats/sequential.js';
import { studentTQuantile } from '../stats/student-t.js';
import { classifyChange } from '../stats/verdict.js';
import {
  METRIC_KEYS,
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
  /** The metrics that decide the verdict (and when the comparison may stop). */
  metrics: readonly MetricKey[];
  threshold: number;
  /**
   * Threshold for peak RSS. Its rounds are not independent replicates (the same two processes carry
   * their memory from round to round), so its interval is too narrow and it needs a wider margin.
   */
  memoryThreshold: number;
  /** Family-wise confidence over every look and gated metric, e.g. 0.95. */
  level: number;
  limits: Limits;
  /** When the comparison looks at its rounds (fixed before any data is seen). */
  schedule: LookSchedule;
}

/** The default look schedule: a first look after 6 measured rounds, then every 2 (AB + BA). */
export const DEFAULT_SCHEDULE: LookSchedule = { first: 6, every: 2 };

/** More invalid rounds than this share make a metric inconclusive instead of quietly dropping them. */
const MAX_INVALID_SHARE = 0.25;

const toPct = (logValue: number) => (Number.isFinite(logValue) ? Math.expm1(logValue) * 100 : logValue);

interface Paired {
  /** ln(head/base) per usable round (not oriented). */
  logRatios: number[];
  logBase: number[];
  logHead: number[];
  problems: Map<string, number>;
  unmeasured: number;
}

function paired(key: MetricKey, rounds: readonly Round[]): Paired {
  const out: Paired = { logRatios: [], logBase: [], logHead: [], problems: new Map(), unmeasured: 0 };
  for (const round of rounds) {
    const problem = [...trialsOf(key, round.base), ...trialsOf(key, round.head)]
      .map(trialProblem)
      .find(Boolean);
    if (problem) {
      const kind = problem.replace(/\d+/g, 'N');
      out.problems.set(kind, (out.problems.get(kind) ?? 0) + 1);
      continue;
    }
    const b = metricValue(key, round.base);
    const h = metricValue(key, round.head);
    if (b === undefined || h === undefined) {
      out.unmeasured++;
      continue;
    }
    out.logBase.push(Math.log(b));
    out.logHead.push(Math.log(h));
    out.logRatios.push(Math.log(h / b));
  }
  return out;
}

/** The standard deviation of a metric's per-round log-ratios over the measured rounds. */
export function logRatioSpread(key: MetricKey, rounds: readonly Round[]): number {
  return standardDeviation(
    paired(
      key,
      rounds.filter((r) => !r.warmup),
    ).logRatios,
  );
}

function analyseMetric(
  key: MetricKey,
  rounds: readonly Round[],
  o: AnalysisOptions,
  level: number,
  look: number,
  gated: boolean,
): MetricResult {
  const info = METRICS[key];
  const p = paired(key, rounds);
  const invalid = [...p.problems.values()].reduce((a, b) => a + b, 0);
  // Geometric means over the same rounds: head/base of these two is exactly exp(mean log-ratio).
  const common = {
    key,
    label: info.label,
    unit: info.unit,
    better: info.better,
    base: p.logBase.length > 0 ? Math.exp(mean(p.logBase)) : Number.NaN,
    head: p.logHead.length > 0 ? Math.exp(mean(p.logHead)) : Number.NaN,
    level,
    samples: p.logRatios.length,
    gated,
    look,
  };
  if (p.logRatios.length < 2 || invalid > MAX_INVALID_SHARE * rounds.length) {
    const reason =
      invalid > 0
        ? `invalid measurement in ${invalid} of ${rounds.length} rounds: ${[...p.problems.keys()][0]}`
        : p.unmeasured > 0
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
  const ci = meanInterval(p.logRatios, level);
  // Oriented so that positive means worse whatever the metric's direction.
  const worse = info.better === 'lower' ? ci : { estimate: -ci.estimate, lower: -ci.upper, upper: -ci.lower };
  const classification = classifyChange(worse, key === 'rss' ? o.memoryThreshold : o.threshold);
  const mde = detectableChange(p.logRatios, level);
  return {
    ...common,
    changePct: toPct(ci.estimate),
    lowerPct: toPct(ci.lower),
    upperPct: toPct(ci.upper),
    verdict: classification.verdict,
    reason: classification.reason,
    mdePct: Number.isFinite(mde) ? toPct(mde) : null,
  };
}

/**
 * The smallest true change (log scale) these rounds would find with 80% power at this look's level:
 * (t_{1−α/2} + z_{0.8}) · s / √K.
 */
export function detectableChange(logRatios: readonly number[], level: number, power = 0.8): number {
  const k = logRatios.length;
  if (k < 2) return Number.POSITIVE_INFINITY;
  const sd = standardDeviation(logRatios);
  return ((studentTQuantile(1 - (1 - level) / 2, k - 1) + normalQuantile(power)) * sd) / Math.sqrt(k);
}

/** The gated metrics first, then the others, which are measured and shown but decide nothing. */
export function shownMetrics(o: Pick<AnalysisOptions, 'metrics'>): MetricKey[] {
  return [...o.metrics, ...METRIC_KEYS.filter((k) => !o.metrics.includes(k))];
}

/** Every metric at look `look` (1-based): the intervals have that look's share of the error. */
export function analyseMetrics(rounds: readonly Round[], o: AnalysisOptions, look: number): MetricResult[] {
  const measured = rounds.filter((r) => !r.warmup);
  const level = lookLevel(o.level, look, o.metrics.length);
  return shownMetrics(o).map((key) => analyseMetric(key, measured, o, level, look, o.metrics.includes(key)));
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
 * A/A calibration: the noise floor per gated metric and, by simulating normal log-ratios with that
 * noise through the same sequential rule for as many looks as this run took (seeded, so one input
 * gives one answer), the share of comparisons that would end in a false regression.
 */
export function calibrate(
  rounds: readonly Round[],
  o: AnalysisOptions,
  looks: number,
  simulations = 400,
): Calibration {
  const measured = rounds.filter((r) => !r.warmup);
  const noisePct: Record<string, number> = {};
  const sigmas: number[] = [];
  for (const key of o.metrics) {
    const sigma = standardDeviation(paired(key, measured).logRatios);
    if (Number.isFinite(sigma)) {
      noisePct[key] = Math.round(toPct(sigma) * 100) / 100;
      sigmas.push(sigma);
    }
  }
  const random = seededRandom(20240601);
  const maxRounds = roundsAtLook(o.schedule, Math.max(1, looks));
  let alarms = 0;
  for (let s = 0; s < simulations; s++) {
    const samples = sigmas.map((sigma) =>
      Array.from({ length: maxRounds }, () => sigma * normalDraw(random)),
    );
    for (let look = 1; look <= Math.max(1, looks); look++) {
      const n = roundsAtLook(o.schedule, look);
      const level = lookLevel(o.level, look, o.metrics.length);
      const verdicts = samples.map(
        (sample) => classifyChange(meanInterval(sample.slice(0, n), level), o.threshold).verdict,
      );
      if (verdicts.includes('regression')) {
        alarms++;
        break;
      }
      if (verdicts.every((v) => v !== 'inconclusive')) break;
    }
  }
  return { noisePct, falseAlarmRate: sigmas.length > 0 ? alarms / simulations : Number.NaN };
}
