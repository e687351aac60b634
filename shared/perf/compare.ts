// The A/B experiment: rounds in alternating order (AB, BA, AB, …, so a linear drift of the machine
// cancels out), the first a discarded warm-up, then a look at the rounds on a fixed schedule until
// every gated metric is decided or the time budget ends (shared/stats/sequential.ts explains why
// stopping early keeps the error rates).
import type { TrialKind, TrialResult } from '../loadtest/trial.js';
import type { Logger } from '../runtime/logger.js';
import { lookAt, roundsAtLook, roundsForHalfWidth } from '../stats/sequential.js';
import { type AnalysisOptions, analyseMetrics, checkLimits, logRatioSpread, type Round } from './analyse.js';
import { METRICS, type MetricKey, type SideMeasurement } from './metrics.js';
import { type MetricResult, overallVerdict } from './report.js';

export type Side = 'base' | 'head';

export type Measure = (
  side: Side,
  kind: TrialKind,
  rate: number | undefined,
  round: number,
) => Promise<TrialResult>;

export interface CompareOptions {
  measure: Measure;
  maxDurationMs: number;
  /** Latency trials run at this share of the base's measured throughput… */
  rateShare: number;
  /** …unless a fixed rate is given. */
  fixedRate?: number;
  analysis: AnalysisOptions;
  now?: () => number;
  log?: Pick<Logger, 'info' | 'progress'>;
}

export interface CompareResult {
  rounds: Round[];
  latencyRate: number;
  durationSeconds: number;
  /** Why no more rounds were added. */
  stopReason: string;
  /** Looks taken. */
  looks: number;
  /** Every metric as last analysed; a gated metric keeps the result of the look that decided it. */
  metrics: MetricResult[];
}

const decided = (m: MetricResult) => m.verdict !== 'inconclusive';

/** The gated results so far: once a look decides a metric, that result stands. */
function merge(previous: readonly MetricResult[], next: readonly MetricResult[]): MetricResult[] {
  return next.map((m) => {
    const before = previous.find((p) => p.key === m.key);
    return before?.gated && decided(before) ? before : m;
  });
}

function summarise(metrics: readonly MetricResult[]): string {
  return metrics
    .filter((m) => m.gated)
    .map((m) => {
      const change = Number.isFinite(m.changePct)
        ? `${m.changePct >= 0 ? '+' : ''}${m.changePct.toFixed(1)}%`
        : '–';
      return `${m.key} ${change} ${m.verdict}`;
    })
    .join(', ');
}

export async function runComparison(o: CompareOptions): Promise<CompareResult> {
  const now = o.now ?? Date.now;
  const started = now();
  const rounds: Round[] = [];
  const schedule = o.analysis.schedule;
  let rate = o.fixedRate ?? 0;

  // Within a round the trials run A B B A: throughput of both sides, then latency in the reverse
  // order, so that a machine speeding up or slowing down within the round affects both alike.
  const runRound = async (index: number): Promise<void> => {
    const order = index % 2 === 0 ? 'base-first' : 'head-first';
    const [first, second]: Side[] = order === 'base-first' ? ['base', 'head'] : ['head', 'base'];
    const throughput: Partial<Record<Side, TrialResult>> = {};
    const latency: Partial<Record<Side, TrialResult>> = {};
    for (const side of [first, second] as Side[]) {
      throughput[side] = await o.measure(side, 'throughput', undefined, index);
      if (index === 0 && side === 'base' && o.fixedRate === undefined && rate === 0) {
        // The warm-up measures the base's capacity first, and latency trials load a share of it.
        rate = Math.max(1, (throughput.base as TrialResult).requestsPerSecond * o.rateShare);
        o.log?.info(
          `Base throughput ${Math.round((throughput.base as TrialResult).requestsPerSecond)} req/s; latency trials at ${Math.round(rate)} req/s`,
        );
      }
    }
    for (const side of [second, first] as Side[])
      latency[side] = await o.measure(side, 'latency', rate, index);
    const sideOf = (side: Side): SideMeasurement => ({
      throughput: throughput[side] as TrialResult,
      latency: latency[side] as TrialResult,
    });
    rounds.push({ index, order, warmup: index === 0, base: sideOf('base'), head: sideOf('head') });
  };

  const result = (stopReason: string, looks: number, metrics: MetricResult[]): CompareResult => ({
    rounds,
    latencyRate: rate,
    durationSeconds: (now() - started) / 1000,
    stopReason,
    looks,
    metrics,
  });

  let metrics: MetricResult[] = [];
  let looks = 0;
  for (;;) {
    const index = rounds.length;
    await runRound(index);
    const measuredRounds = rounds.length - 1;
    const look = lookAt(schedule, measuredRounds);
    const planned = roundsAtLook(schedule, looks + 1);
    o.log?.progress(
      'perf round',
      measuredRounds,
      planned,
      index === 0 ? 'warm-up done' : look ? `look ${look}` : undefined,
    );
    if (index === 0) continue;
    if (checkLimits(rounds, o.analysis.limits).some((l) => l.exceeded)) {
      metrics = merge(metrics, analyseMetrics(rounds, o.analysis, Math.max(1, looks)));
      return result('a hard limit was exceeded', looks, metrics);
    }
    if (look === undefined) continue;
    looks = look;
    metrics = merge(metrics, analyseMetrics(rounds, o.analysis, look));
    const overall = overallVerdict(
      metrics.filter((m) => m.gated),
      [],
    ).verdict;
    o.log?.info(`Look ${look} after ${measuredRounds} measured rounds: ${summarise(metrics)}`);
    if (overall !== 'inconclusive') {
      return result(
        `every gated metric was decided at look ${look} (${measuredRounds} measured rounds)`,
        looks,
        metrics,
      );
    }
    const elapsed = now() - started;
    const perRound = elapsed / rounds.length;
    if (elapsed + perRound * schedule.every > o.maxDurationMs) {
      return result(
        `inconclusive after ${measuredRounds} measured rounds (${look} looks); the next look would pass max-duration`,
        looks,
        metrics,
      );
    }
    const affordable = measuredRounds + Math.floor((o.maxDurationMs - elapsed) / perRound);
    const hopeless = hopelessMetrics(metrics, rounds, affordable, o.analysis);
    if (hopeless) return result(hopeless, looks, metrics);
  }
}

/**
 * From this run's spread, the rounds an undecided gated metric needs before some look's interval is
 * narrow enough to decide (half-width below t − |change| for "no change", below |change| for a
 * change past t). When every undecided metric needs more than three times what the budget allows,
 * more rounds only burn time; the reason names the least hopeless metric.
 */
export function hopelessMetrics(
  metrics: readonly MetricResult[],
  rounds: readonly Round[],
  affordable: number,
  o: AnalysisOptions,
): string | undefined {
  const measured = rounds.filter((r) => !r.warmup).length;
  const needs: { label: string; rounds: number }[] = [];
  for (const m of metrics) {
    if (!m.gated || decided(m)) continue;
    if (!Number.isFinite(m.lowerPct) || !Number.isFinite(m.upperPct)) return undefined;
    const t = Math.log1p(m.key === 'rss' ? o.memoryThreshold : o.threshold);
    const change = Math.abs(Math.log1p(m.changePct / 100));
    const needed = roundsForHalfWidth(
      logRatioSpread(m.key as MetricKey, rounds),
      // A change between t/2 and t may yet move either way: aim for half the threshold then.
      Math.max(change >= t ? change : t - change, t / 2),
      o.schedule,
      o.level,
      o.metrics.length,
    );
    // The spread from a few rounds is a rough guess (its square sets the rounds), hence the slack.
    if (needed <= 3 * affordable) return undefined;
    needs.push({ label: METRICS[m.key as MetricKey]?.label ?? m.label, rounds: needed });
  }
  if (needs.length === 0) return undefined;
  const best = needs.sort((a, b) => a.rounds - b.rounds)[0] as { label: string; rounds: number };
  const about = Number.isFinite(best.rounds) ? `about ${best.rounds}` : 'more than any budget of';
  return `inconclusive after ${measured} measured rounds; ${best.label} would need ${about} rounds to settle, max-duration allows about ${affordable}`;
}
