// The perf-regression settings, read from action inputs or CLI flags with the same names.
import { InputError } from '../runtime/errors.js';
import { type InputSource, readChoice, readList } from '../runtime/inputs.js';
import { minimumPairs } from '../stats/signed-rank.js';
import { simultaneousLevel } from '../stats/verdict.js';
import { METRIC_KEYS, type MetricKey } from './metrics.js';

export const MODES = ['ab', 'aa', 'go-bench', 'json-bench'] as const;
export type Mode = (typeof MODES)[number];

export interface PerfInputs {
  mode: Mode;
  name: string;
  workingDirectory: string;
  buildCommand: string;
  startCommand: string;
  baseRef: string;
  url: string;
  scenario: string;
  healthPath: string;
  readyTimeoutSeconds: number;
  rounds: number;
  trialSeconds: number;
  maxDurationSeconds: number;
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

function number(
  source: InputSource,
  name: string,
  fallback: number,
  min: number,
  max: number,
  integer = false,
): number {
  const raw = source.get(name);
  if (raw === '') return fallback;
  const value = Number(raw.replace(/s$/, ''));
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new InputError(
      name,
      `expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got '${raw}'`,
    );
  }
  return value;
}

/** '5%' or '5' → 0.05. */
function percent(source: InputSource, name: string, fallback: number, min: number, max: number): number {
  const raw = source.get(name);
  if (raw === '') return fallback;
  const value = Number(raw.replace(/%$/, ''));
  if (!Number.isFinite(value) || value < min || value > max)
    throw new InputError(name, `expected a percentage from ${min} to ${max}, got '${raw}'`);
  return value / 100;
}

export function readPerfInputs(source: InputSource): PerfInputs {
  const mode = readChoice(source, 'mode', MODES, 'ab');
  const metricNames = readList(source, 'metrics');
  const metrics = (metricNames.length > 0 ? metricNames : [...METRIC_KEYS]).map((m) => {
    if (!(METRIC_KEYS as readonly string[]).includes(m))
      throw new InputError('metrics', `unknown metric '${m}' (known: ${METRIC_KEYS.join(', ')})`);
    return m as MetricKey;
  });
  const rateRaw = source.get('rate') || '50%';
  let rateShare = 0.5;
  let fixedRate: number | undefined;
  if (rateRaw.endsWith('%')) rateShare = percent(source, 'rate', 0.5, 1, 100);
  else fixedRate = number(source, 'rate', 0, 1, 1_000_000);
  const inputs: PerfInputs = {
    mode,
    name: source.get('name'),
    workingDirectory: source.get('working-directory').replace(/^\.\/?$/, ''),
    buildCommand: source.get('build-command'),
    startCommand: source.get('start-command'),
    baseRef: source.get('base-ref'),
    url: source.get('url') || '/',
    scenario: source.get('scenario'),
    healthPath: source.get('health-path') || '/',
    readyTimeoutSeconds: number(source, 'ready-timeout', 60, 1, 3600),
    rounds: number(source, 'rounds', 10, 2, 1000, true),
    // autocannon samples once a second and rounds shorter durations up to a whole second.
    trialSeconds: number(source, 'trial-duration', 2, 1, 600, true),
    maxDurationSeconds: number(source, 'max-duration', 180, 1, 6 * 3600),
    connections: number(source, 'connections', 10, 1, 10_000, true),
    rateShare,
    ...(fixedRate !== undefined ? { fixedRate } : {}),
    requestTimeoutSeconds: number(source, 'request-timeout', 10, 1, 600),
    threshold: percent(source, 'threshold', 0.05, 0.1, 1000),
    memoryThreshold: percent(source, 'memory-threshold', 0.2, 0.1, 1000),
    level: percent(source, 'confidence', 0.95, 50, 99.99),
    metrics,
    maxErrorRate: percent(source, 'max-error-rate', 0.001, 0, 100) * 100,
    maxNon2xxRate: percent(source, 'max-non2xx-rate', 0.001, 0, 100) * 100,
    maxTimeouts: number(source, 'max-timeouts', 0, 0, 1e9, true),
    baseFiles: readList(source, 'base-file'),
    headFiles: readList(source, 'head-file'),
    benchBetter:
      readChoice(source, 'bigger-is-better', ['false', 'true'] as const, 'false') === 'true'
        ? 'higher'
        : 'lower',
  };
  if (mode === 'ab' || mode === 'aa') {
    if (!inputs.startCommand)
      throw new InputError(
        'start-command',
        `required in mode '${mode}': the command that starts the service, listening on $PORT`,
      );
    if (!inputs.url.startsWith('/'))
      throw new InputError('url', `expected a path on the service such as /api/items, got '${inputs.url}'`);
    if (!inputs.healthPath.startsWith('/'))
      throw new InputError('health-path', `expected a path such as /health, got '${inputs.healthPath}'`);
    // The signed-rank interval is discrete: too few rounds can never exclude zero at this level.
    const needed = minimumPairs(simultaneousLevel(inputs.level, metrics.length));
    if (inputs.rounds - 1 < needed) {
      throw new InputError(
        'rounds',
        `${inputs.rounds - 1} measured rounds can never reach ${(simultaneousLevel(inputs.level, metrics.length) * 100).toFixed(2)}% confidence for ${metrics.length} metrics; use at least ${needed + 1} (1 warm-up + ${needed})`,
      );
    }
  } else if (inputs.baseFiles.length === 0 || inputs.headFiles.length === 0) {
    throw new InputError(
      inputs.baseFiles.length === 0 ? 'base-file' : 'head-file',
      `required in mode '${mode}': the benchmark output of the base and of the head`,
    );
  }
  return inputs;
}
