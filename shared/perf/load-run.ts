// A load-test comparison end to end: start both services, run the rounds, stop both (always), and
// turn the rounds into the report.
import { freePort } from '../loadtest/ports.js';
import type { ScenarioRequest } from '../loadtest/scenario.js';
import {
  haltIfCancelling,
  type RunningService,
  type ServiceSpec,
  spawnService,
  waitUntilReady,
} from '../loadtest/service.js';
import { runTrial } from '../loadtest/trial.js';
import type { Logger } from '../runtime/logger.js';
import { type AnalysisOptions, calibrate, checkLimits, type Round } from './analyse.js';
import { runComparison } from './compare.js';
import { METRIC_KEYS, metricValue } from './metrics.js';
import { overallVerdict, PERF_REPORT_SCHEMA, type PerfReport } from './report.js';

export interface LoadComparisonOptions {
  name: string;
  mode: 'ab' | 'aa';
  base: ServiceSpec;
  head: ServiceSpec;
  /** Path polled until the service answers 2xx/3xx, e.g. '/health'. */
  healthPath: string;
  readyTimeoutMs: number;
  requests: readonly ScenarioRequest[];
  trialSeconds: number;
  connections: number;
  requestTimeoutSeconds: number;
  maxDurationMs: number;
  rateShare: number;
  fixedRate?: number;
  analysis: AnalysisOptions;
  log: Logger;
  /** Environment of the services (childEnv: no inputs, no runner tokens). */
  env?: NodeJS.ProcessEnv;
}

async function start(
  spec: ServiceSpec,
  o: LoadComparisonOptions,
  started: RunningService[],
): Promise<RunningService> {
  const port = await freePort();
  const service = spawnService(spec, port, o.env);
  started.push(service);
  o.log.info(`Starting the ${spec.label} service on port ${port}: ${spec.command}`);
  await waitUntilReady(service, {
    url: `http://127.0.0.1:${port}${o.healthPath}`,
    timeoutMs: o.readyTimeoutMs,
    log: o.log,
  });
  return service;
}

function roundDetail(rounds: readonly Round[]): PerfReport['detail'] {
  const values = (side: Round['base']) =>
    Object.fromEntries(METRIC_KEYS.map((k) => [k, metricValue(k, side) ?? null])) as Record<
      string,
      number | null
    >;
  return rounds.map((r) => ({
    round: r.index,
    order: r.order,
    warmup: r.warmup,
    base: values(r.base),
    head: values(r.head),
  }));
}

/** Other processes busy during the trials widen the intervals; say so when they took a quarter core or more. */
export function neighbourNote(rounds: readonly Round[]): string | undefined {
  const shares = rounds
    .filter((r) => !r.warmup)
    .flatMap((r) => [r.base.latency, r.base.throughput, r.head.latency, r.head.throughput])
    .map((t) => t.otherCpuShare)
    .filter((v): v is number => v !== undefined);
  if (shares.length === 0) return undefined;
  const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
  if (mean < 0.25) return undefined;
  const max = Math.max(...shares);
  return `Other processes kept ${Math.round(mean * 100)}% of a core busy on average during the trials (at most ${Math.round(max * 100)}%): a busy machine widens the intervals.`;
}

export async function runLoadComparison(o: LoadComparisonOptions): Promise<PerfReport> {
  const services: RunningService[] = [];
  try {
    const bySide = await o.log.group('Start the base and head services', async () => ({
      base: await start(o.base, o, services),
      head: await start(o.head, o, services),
    }));
    const result = await o.log.group('Rounds: base and head alternately', () =>
      runComparison({
        maxDurationMs: o.maxDurationMs,
        rateShare: o.rateShare,
        ...(o.fixedRate !== undefined ? { fixedRate: o.fixedRate } : {}),
        analysis: o.analysis,
        log: o.log,
        measure: async (side, kind, rate, round) => {
          const service = bySide[side];
          const during = `round ${round + 1} (${kind} trial)`;
          service.assertAlive(during);
          const trial = await runTrial({
            kind,
            service,
            requests: o.requests,
            durationSeconds: o.trialSeconds,
            connections: o.connections,
            timeoutSeconds: o.requestTimeoutSeconds,
            ...(kind === 'latency' && rate !== undefined ? { rate } : {}),
          });
          // A cancelled run ends here, before a trial against a killed service could be reported.
          await haltIfCancelling();
          // A crash shows up as connection errors first; name the real cause instead.
          await new Promise((r) => setTimeout(r, 20));
          service.assertAlive(during);
          return trial;
        },
      }),
    );
    const metrics = result.metrics;
    const limits = checkLimits(result.rounds, o.analysis.limits);
    const { verdict, reason } = overallVerdict(metrics, limits);
    const notes: string[] = [];
    const problems = new Set(
      metrics.filter((m) => m.reason.startsWith('invalid')).map((m) => `${m.label}: ${m.reason}`),
    );
    notes.push(...problems);
    notes.push(`Stopped: ${result.stopReason}.`);
    const busy = neighbourNote(result.rounds);
    if (busy) notes.push(busy);
    const measured = result.rounds.filter((r) => !r.warmup).length;
    const report: PerfReport = {
      schema: PERF_REPORT_SCHEMA,
      name: o.name,
      mode: o.mode,
      verdict,
      reason,
      threshold: o.analysis.threshold,
      level: o.analysis.level,
      metrics,
      limits,
      notes,
      rounds: {
        measured,
        warmup: 1,
        durationSeconds: Math.round(result.durationSeconds * 10) / 10,
        latencyRate: Math.round(result.latencyRate),
        looks: result.looks,
        schedule: o.analysis.schedule,
      },
      detail: roundDetail(result.rounds),
    };
    if (o.mode === 'aa') report.calibration = calibrate(result.rounds, o.analysis, result.looks);
    return report;
  } finally {
    await Promise.all(services.map((s) => s.stop()));
  }
}
