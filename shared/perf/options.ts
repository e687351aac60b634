// The perf-regression settings, read from action inputs or CLI flags with the same names, every one
// validated before anything is built, started or loaded.
import { InputError } from '../runtime/errors.js';
import {
  type InputSource,
  readBoolean,
  readChoice,
  readDuration,
  readInteger,
  readList,
  readNumber,
  readPercent,
  readString,
} from '../runtime/inputs.js';
import { METRIC_KEYS, type MetricKey } from './metrics.js';

export const MODES = ['ab', 'aa', 'go-bench', 'json-bench'] as const;
export type Mode = (typeof MODES)[number];

/** The metric that decides by default: see docs/perf-regression.md, "Why CPU per request decides". */
export const DEFAULT_METRICS: readonly MetricKey[] = ['cpu'];

export interface PerfInputs {
  mode: Mode;
  name: string;
  workingDirectory: string;
  buildCommand: string;
  startCommand: string;
  baseRef: string;
  path: string;
  scenario: string;
  healthPath: string;
  readyTimeoutMs: number;
  trialSeconds: number;
  maxDurationMs: number;
  connections: number;
  rateShare: number;
  fixedRate?: number;
  requestTimeoutSeconds: number;
  threshold: number;
  memoryThreshold: number;
  level: number;
  metrics: MetricKey[];
  maxErrorRate: number;
  maxNon2xxRate: number;
  maxTimeouts: number;
  baseFiles: string[];
  headFiles: string[];
  benchBetter: 'lower' | 'higher';
}

function readMetrics(source: InputSource): MetricKey[] {
  const names = readList(source, 'metrics');
  const metrics = (names.length > 0 ? names : [...DEFAULT_METRICS]).map((m) => {
    if (!(METRIC_KEYS as readonly string[]).includes(m))
      throw new InputError('metrics', `unknown metric '${m}' (known: ${METRIC_KEYS.join(', ')})`);
    return m as MetricKey;
  });
  return [...new Set(metrics)];
}

/** `50%` of the base's warm-up throughput, or a fixed number of requests per second. */
function readRate(source: InputSource): { rateShare: number; fixedRate?: number } {
  const raw = source.get('rate');
  if (raw === '' || raw.endsWith('%'))
    return { rateShare: readPercent(source, 'rate', 50, { min: 1 }) / 100 };
  return { rateShare: 0.5, fixedRate: readNumber(source, 'rate', undefined, { min: 1, max: 1_000_000 }) };
}

/** Whole seconds: autocannon samples once a second and rounds shorter trials up. */
function readWholeSeconds(source: InputSource, name: string, fallbackMs: number, maxMs: number): number {
  const ms = readDuration(source, name, fallbackMs, { minMs: 1000, maxMs });
  if (ms % 1000 !== 0)
    throw new InputError(name, `'${source.get(name)}' is not whole seconds (autocannon measures per second)`);
  return ms / 1000;
}

function readPath(source: InputSource, name: string, fallback: string, example: string): string {
  const path = readString(source, name, fallback);
  if (!path.startsWith('/'))
    throw new InputError(name, `expected a path on the service such as ${example}, got '${path}'`);
  return path;
}

export function readPerfInputs(source: InputSource): PerfInputs {
  if (source.get('url') !== '') {
    throw new InputError('url', "is now called 'path' (the path on the service to load, e.g. /api/items)");
  }
  const mode = readChoice(source, 'mode', MODES, 'ab');
  const inputs: PerfInputs = {
    mode,
    name: readString(source, 'name'),
    workingDirectory: readString(source, 'working-directory').replace(/^\.\/?$/, ''),
    buildCommand: readString(source, 'build-command'),
    startCommand: readString(source, 'start-command'),
    baseRef: readString(source, 'base-ref'),
    path: readPath(source, 'path', '/', '/api/items'),
    scenario: readString(source, 'scenario'),
    healthPath: readPath(source, 'health-path', '/', '/health'),
    readyTimeoutMs: readDuration(source, 'ready-timeout', 60_000, { minMs: 1000, maxMs: 3_600_000 }),
    trialSeconds: readWholeSeconds(source, 'trial-duration', 2000, 600_000),
    maxDurationMs: readDuration(source, 'max-duration', 90_000, { minMs: 1000, maxMs: 6 * 3_600_000 }),
    connections: readInteger(source, 'connections', 10, { min: 1, max: 10_000 }),
    ...readRate(source),
    requestTimeoutSeconds: readWholeSeconds(source, 'request-timeout', 10_000, 600_000),
    threshold: readPercent(source, 'threshold', 5, { min: 0.1, max: 1000 }) / 100,
    memoryThreshold: readPercent(source, 'memory-threshold', 20, { min: 0.1, max: 1000 }) / 100,
    level: readPercent(source, 'confidence', 95, { min: 50, max: 99.99 }) / 100,
    metrics: readMetrics(source),
    maxErrorRate: readPercent(source, 'max-error-rate', 0.1),
    maxNon2xxRate: readPercent(source, 'max-non2xx-rate', 0.1),
    maxTimeouts: readInteger(source, 'max-timeouts', 0, { min: 0, max: 1e9 }),
    baseFiles: readList(source, 'base-file'),
    headFiles: readList(source, 'head-file'),
    benchBetter: readBoolean(source, 'bigger-is-better', false) ? 'higher' : 'lower',
  };
  if (mode === 'ab' || mode === 'aa') {
    if (!inputs.startCommand)
      throw new InputError(
        'start-command',
        `required in mode '${mode}': the command that starts the service, listening on $PORT`,
      );
  } else if (inputs.headFiles.length === 0) {
    throw new InputError('head-file', `required in mode '${mode}': the benchmark output of the head`);
  }
  return inputs;
}
