// The A/B experiment: rounds in alternating order (AB, BA, AB, …, so a linear drift of the machine
// cancels out), the first a discarded warm-up, then more rounds while the answer is inconclusive
// and the time budget allows.
import type { TrialKind, TrialResult } from '../loadtest/trial.js';
import type { Logger } from '../runtime/logger.js';
import { type AnalysisOptions, analyseMetrics, checkLimits, type Round } from './analyse.js';
import type { SideMeasurement } from './metrics.js';
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
  /** Rounds including the warm-up. */
  rounds: number;
  maxDurationMs: number;
  /** Latency trials run at this share of the base's measured throughput… */
  rateShare: number;
  /** …unless a fixed rate is given. */
  fixedRate?: number;
  analysis: AnalysisOptions;
  /** Rounds added at a time when inconclusive (even, to keep the order balanced). */
  extraRounds?: number;
  now?: () => number;
  log?: Logger;
}

export interface CompareResult {
  rounds: Round[];
  latencyRate: number;
  durationSeconds: number;
  /** Why no more rounds were added. */
  stopReason: string;
}

async function measureSide(
  o: CompareOptions,
  side: Side,
  rate: number,
  round: number,
): Promise<SideMeasurement> {
  const throughput = await o.measure(side, 'throughput', undefined, round);
  const latency = await o.measure(side, 'latency', rate, round);
  return { latency, throughput };
}

export async function runComparison(o: CompareOptions): Promise<CompareResult> {
  const now = o.now ?? Date.now;
  const started = now();
  const rounds: Round[] = [];
  let rate = o.fixedRate ?? 0;

  const runRound = async (index: number): Promise<void> => {
    const order = index % 2 === 0 ? 'base-first' : 'head-first';
    const sides: Side[] = order === 'base-first' ? ['base', 'head'] : ['head', 'base'];
    const measured: Partial<Record<Side, SideMeasurement>> = {};
    for (const side of sides) {
      if (index === 0 && o.fixedRate === undefined && side === 'base' && rate === 0) {
        // The warm-up measures the base's capacity first, and latency trials load a share of it.
        const throughput = await o.measure('base', 'throughput', undefined, index);
        rate = Math.max(1, throughput.requestsPerSecond * o.rateShare);
        o.log?.info(
          `Base throughput ${Math.round(throughput.requestsPerSecond)} req/s; latency trials at ${Math.round(rate)} req/s`,
        );
        measured.base = { throughput, latency: await o.measure('base', 'latency', rate, index) };
        continue;
      }
      measured[side] = await measureSide(o, side, rate, index);
    }
    rounds.push({
      index,
      order,
      warmup: index === 0,
      base: measured.base as SideMeasurement,
      head: measured.head as SideMeasurement,
    });
  };

  let stopReason = 'all planned rounds ran and the verdict is settled';
  for (let i = 0; i < o.rounds; i++) {
    await runRound(i);
    o.log?.info(`Round ${i + 1}/${o.rounds}${i === 0 ? ' (warm-up)' : ''} done`);
    if (i > 0 && checkLimits(rounds, o.analysis.limits).some((l) => l.exceeded)) {
      return {
        rounds,
        latencyRate: rate,
        durationSeconds: (now() - started) / 1000,
        stopReason: 'a hard limit was exceeded',
      };
    }
  }
  const step = Math.max(2, o.extraRounds ?? 2);
  for (;;) {
    const metrics = analyseMetrics(rounds, o.analysis);
    const verdict = overallVerdict(metrics, checkLimits(rounds, o.analysis.limits)).verdict;
    if (verdict !== 'inconclusive') break;
    const elapsed = now() - started;
    const perRound = elapsed / rounds.length;
    if (elapsed + perRound * step > o.maxDurationMs) {
      stopReason = `inconclusive after ${rounds.length - 1} measured rounds; the next ${step} would pass max-duration`;
      break;
    }
    const affordable = rounds.length - 1 + Math.floor((o.maxDurationMs - elapsed) / perRound);
    const hopeless = hopelessMetrics(metrics, rounds.length - 1, affordable, o.analysis.threshold);
    if (hopeless) {
      stopReason = hopeless;
      break;
    }
    for (let k = 0; k < step; k++) await runRound(rounds.length);
    o.log?.info(`Inconclusive so far; added ${step} rounds (${rounds.length - 1} measured)`);
  }
  return { rounds, latencyRate: rate, durationSeconds: (now() - started) / 1000, stopReason };
}

/**
 * An interval narrows like 1/√K. From this run's spread (the MDE carries it) the rounds needed for a
 * half-width below t are about K·(h/t)², with h = MDE·z_{α/2}/(z_{α/2} + z_{0.8}) ≈ 0.7·MDE. When every
 * inconclusive metric needs more than twice the rounds the budget allows (the estimate is rough),
 * adding rounds only burns time; the reason names the least hopeless metric.
 */
export function hopelessMetrics(
  metrics: readonly MetricResult[],
  measured: number,
  affordable: number,
  threshold: number,
): string | undefined {
  const t = Math.log1p(threshold);
  const needs: { label: string; rounds: number }[] = [];
  for (const m of metrics) {
    if (m.verdict !== 'inconclusive') continue;
    if (m.mdePct === null || !Number.isFinite(m.lowerPct) || !Number.isFinite(m.upperPct)) return undefined;
    const half = 0.7 * Math.log1p(m.mdePct / 100);
    const rounds = Math.ceil(measured * (half / t) ** 2);
    if (rounds <= 2 * affordable) return undefined;
    needs.push({ label: m.label, rounds });
  }
  if (needs.length === 0) return undefined;
  const best = needs.sort((a, b) => a.rounds - b.rounds)[0] as { label: string; rounds: number };
  return `inconclusive after ${measured} measured rounds; ${best.label} would need about ${best.rounds} rounds to settle, max-duration allows about ${affordable}`;
}
