// The demo service started as base and head on 127.0.0.1, for the load-comparison tests
// (shared/perf/load-run.*.test.ts): the options they share, and what they check after a run.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { isPortFree } from '../../shared/loadtest/ports.js';
import { singleRequest } from '../../shared/loadtest/scenario.js';
import { DEFAULT_SCHEDULE } from '../../shared/perf/analyse.js';
import type { LoadComparisonOptions } from '../../shared/perf/load-run.js';
import { createLogger } from '../../shared/runtime/logger.js';

export const FIXTURE = fileURLToPath(new URL('../fixtures/perf/', import.meta.url));

/** Processes still alive that carry this test's marker in their environment. */
function survivors(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`PERF_TEST_MARKER=${marker}`))
        found.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

export function setup(
  headEnv: Record<string, string>,
  overrides: Partial<LoadComparisonOptions> = {},
  baseEnv: Record<string, string> = {},
) {
  const marker = `m${Math.random().toString(36).slice(2)}`;
  const ports: number[] = [];
  const options: LoadComparisonOptions = {
    name: 'test',
    mode: 'ab',
    base: {
      label: 'base',
      cwd: FIXTURE,
      command: 'exec node demo-service.mjs',
      env: { PERF_TEST_MARKER: marker, BASE_WORK_US: '600', ...baseEnv },
    },
    head: {
      label: 'head',
      cwd: FIXTURE,
      command: 'exec node demo-service.mjs',
      env: { PERF_TEST_MARKER: marker, BASE_WORK_US: '600', ...headEnv },
    },
    healthPath: '/health',
    readyTimeoutMs: 10_000,
    requests: [singleRequest('/work')],
    trialSeconds: 1,
    connections: 4,
    requestTimeoutSeconds: 5,
    // Only the first look: the next would pass the budget.
    maxDurationMs: 1,
    rateShare: 0.5,
    analysis: {
      metrics: ['p50', 'rps', 'cpu'],
      // Wide margins keep CI independent of how noisy the machine is; docs/benchmarks has the 5% figures.
      threshold: 0.15,
      memoryThreshold: 0.5,
      level: 0.95,
      limits: { maxErrorRate: 0.1, maxNon2xxRate: 0.1, maxTimeouts: 0 },
      schedule: DEFAULT_SCHEDULE,
    },
    log: createLogger({
      info: (m) => {
        const port = /on port (\d+)/.exec(m)?.[1];
        if (port) ports.push(Number(port));
      },
      warning() {},
      debug() {},
    }),
    ...overrides,
  };
  return { options, marker, ports };
}

export async function expectCleanedUp(marker: string, ports: number[]): Promise<void> {
  expect(survivors(marker)).toEqual([]);
  for (const port of ports) expect(await isPortFree(port)).toBe(true);
}
