// One load-test trial against one running service with autocannon, plus what the service used
// (CPU, peak memory, from /proc) and whether the load generator itself kept up.
import { machineBusySeconds, watchGroup } from './proc.js';
import { type ScenarioRequest, weightedSequence } from './scenario.js';
import type { RunningService } from './service.js';

// autocannon and its dependencies are about 1 MB of bundle: loaded by the first trial, not at start-up.
let loadGenerator: Promise<typeof import('autocannon')['default']> | undefined;
function autocannonModule(): Promise<typeof import('autocannon')['default']> {
  loadGenerator ??= import('autocannon').then((m) => m.default);
  return loadGenerator;
}

export type TrialKind = 'latency' | 'throughput';

export interface TrialOptions {
  kind: TrialKind;
  service: RunningService;
  requests: readonly ScenarioRequest[];
  durationSeconds: number;
  connections: number;
  /** Requests per second for open-loop latency trials. */
  rate?: number;
  timeoutSeconds: number;
}

export interface TrialResult {
  kind: TrialKind;
  durationSeconds: number;
  /** Responses received (any status). */
  responses: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  /** Connection errors, timeouts included (autocannon's `errors`). */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Responses whose status the scenario did not expect (any non-2xx when it names none). */
  unexpectedStatus: number;
  unexpectedByRequest: Record<string, Record<string, number>>;
  targetRate?: number;
  /** Share of one core the load generator used (≥ 0.9 means it, not the service, was the limit). */
  clientCpuShare: number;
  /**
   * Cores that processes other than the service and the load generator kept busy during the trial
   * (a noisy neighbour on the runner); undefined without /proc.
   */
  otherCpuShare?: number;
  /** Service CPU seconds over the trial; undefined without /proc. */
  serviceCpuSeconds?: number;
  peakRssBytes?: number;
}

function expected(request: ScenarioRequest, status: number): boolean {
  return request.expectStatus.length === 0
    ? status >= 200 && status < 300
    : request.expectStatus.includes(status);
}

export async function runTrial(o: TrialOptions): Promise<TrialResult> {
  const unexpectedByRequest: Record<string, Record<string, number>> = {};
  let unexpectedStatus = 0;
  const sequence = weightedSequence(o.requests).map((r) => ({
    method: r.method,
    path: r.path,
    headers: r.headers,
    ...(r.body !== undefined ? { body: r.body } : {}),
    onResponse: (status: number) => {
      if (expected(r, status)) return;
      unexpectedStatus++;
      const counts = unexpectedByRequest[r.name] ?? {};
      unexpectedByRequest[r.name] = counts;
      counts[status] = (counts[status] ?? 0) + 1;
    },
  }));
  const autocannon = await autocannonModule();
  const watcher = watchGroup(o.service.pgid);
  const machineBefore = machineBusySeconds();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await autocannon({
    url: `http://127.0.0.1:${o.service.port}`,
    duration: o.durationSeconds,
    connections: o.connections,
    timeout: o.timeoutSeconds,
    requests: sequence,
    ...(o.rate !== undefined ? { overallRate: Math.max(1, Math.round(o.rate)) } : {}),
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const usage = watcher.stop();
  const machineAfter = machineBusySeconds();
  const clientSeconds = (cpu.user + cpu.system) / 1e6;
  const otherCpuShare =
    machineBefore !== undefined && machineAfter !== undefined && usage
      ? Math.max(0, (machineAfter - machineBefore - usage.cpuSeconds - clientSeconds) / wallSeconds)
      : undefined;
  const responses = result['2xx'] + result.non2xx;
  const durationSeconds = result.duration > 0 ? result.duration : wallSeconds;
  return {
    kind: o.kind,
    durationSeconds,
    responses,
    requestsPerSecond: responses / durationSeconds,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    unexpectedStatus,
    unexpectedByRequest,
    ...(o.rate !== undefined ? { targetRate: Math.max(1, Math.round(o.rate)) } : {}),
    clientCpuShare: clientSeconds / wallSeconds,
    ...(otherCpuShare !== undefined ? { otherCpuShare } : {}),
    ...(usage ? { serviceCpuSeconds: usage.cpuSeconds, peakRssBytes: usage.peakRssBytes } : {}),
  };
}
