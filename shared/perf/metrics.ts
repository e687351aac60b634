// The metrics a load-test comparison reports, and how each is read off a round's trials.
import type { TrialResult } from '../loadtest/trial.js';

export type MetricKey = 'p50' | 'p90' | 'p99' | 'rps' | 'cpu' | 'rss';
export const METRIC_KEYS: readonly MetricKey[] = ['p50', 'p90', 'p99', 'rps', 'cpu', 'rss'];

export interface MetricInfo {
  key: MetricKey;
  label: string;
  unit: string;
  /** 'lower' when smaller values are better (latency, CPU, memory). */
  better: 'lower' | 'higher';
  /** Which trial the figure comes from, for the self-checks. */
  trial: 'latency' | 'throughput' | 'both';
}

export const METRICS: Record<MetricKey, MetricInfo> = {
  p50: { key: 'p50', label: 'latency p50', unit: 'ms', better: 'lower', trial: 'latency' },
  p90: { key: 'p90', label: 'latency p90', unit: 'ms', better: 'lower', trial: 'latency' },
  p99: { key: 'p99', label: 'latency p99', unit: 'ms', better: 'lower', trial: 'latency' },
  rps: { key: 'rps', label: 'throughput', unit: 'req/s', better: 'higher', trial: 'throughput' },
  cpu: { key: 'cpu', label: 'service CPU per request', unit: 'µs', better: 'lower', trial: 'both' },
  rss: { key: 'rss', label: 'service peak RSS', unit: 'MB', better: 'lower', trial: 'both' },
};

/** One service's two trials in one round. */
export interface SideMeasurement {
  latency: TrialResult;
  throughput: TrialResult;
}

/** A metric's value for one side of one round; undefined where it could not be measured (no /proc). */
export function metricValue(key: MetricKey, side: SideMeasurement): number | undefined {
  const { latency, throughput } = side;
  switch (key) {
    case 'p50':
    case 'p90':
    case 'p99':
      return latency.responses > 0 ? Math.max(latency[key], 0.5) : undefined;
    case 'rps':
      return throughput.requestsPerSecond > 0 ? throughput.requestsPerSecond : undefined;
    case 'cpu': {
      if (latency.serviceCpuSeconds === undefined || throughput.serviceCpuSeconds === undefined)
        return undefined;
      const responses = latency.responses + throughput.responses;
      const cpu = latency.serviceCpuSeconds + throughput.serviceCpuSeconds;
      return responses > 0 && cpu > 0 ? (cpu / responses) * 1e6 : undefined;
    }
    case 'rss': {
      const peaks = [latency.peakRssBytes, throughput.peakRssBytes].filter(
        (v): v is number => v !== undefined,
      );
      return peaks.length > 0 ? Math.max(...peaks) / (1024 * 1024) : undefined;
    }
  }
}

/** Why a trial cannot be trusted, or undefined when it can (the self-checks). */
export function trialProblem(trial: TrialResult): string | undefined {
  if (trial.errors > 0) return `${trial.errors} connection error(s) in a ${trial.kind} trial`;
  const saturated = trial.clientCpuShare >= 0.9;
  if (trial.kind === 'throughput' && saturated) {
    return `the load generator used ${Math.round(trial.clientCpuShare * 100)}% of its core in a throughput trial, so it and not the service set the pace`;
  }
  if (trial.kind === 'latency' && trial.targetRate !== undefined && saturated) {
    const achieved = trial.requestsPerSecond / trial.targetRate;
    if (achieved < 0.9) {
      return `the load generator reached ${Math.round(trial.requestsPerSecond)} of ${trial.targetRate} req/s with its core saturated`;
    }
  }
  return undefined;
}

/** The trials a metric depends on. */
export function trialsOf(key: MetricKey, side: SideMeasurement): TrialResult[] {
  const trial = METRICS[key].trial;
  return trial === 'both' ? [side.latency, side.throughput] : [side[trial]];
}
