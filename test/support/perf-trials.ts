// Synthetic trial results for unit tests of the analysis and the round loop (no processes, no timing).
import type { TrialKind, TrialResult } from '../../shared/loadtest/trial.js';
import type { SideMeasurement } from '../../shared/perf/metrics.js';

export function fakeTrial(kind: TrialKind, speed: number, overrides: Partial<TrialResult> = {}): TrialResult {
  const responses = kind === 'throughput' ? Math.round(1000 / speed) : 500;
  return {
    kind,
    durationSeconds: 1,
    responses,
    requestsPerSecond: responses,
    p50: 10 * speed,
    p90: 20 * speed,
    p99: 40 * speed,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    unexpectedStatus: 0,
    unexpectedByRequest: {},
    ...(kind === 'latency' ? { targetRate: 500 } : {}),
    clientCpuShare: 0.2,
    serviceCpuSeconds: responses * 0.001 * speed,
    peakRssBytes: 50 * 1024 * 1024,
    ...overrides,
  };
}

export function fakeSide(speed: number, overrides: Partial<TrialResult> = {}): SideMeasurement {
  return {
    latency: fakeTrial('latency', speed, overrides),
    throughput: fakeTrial('throughput', speed, overrides),
  };
}
