// One measurement of one thing (a coverage total, a benchmark, a page's vitals) at one commit, as
// every shipshape action stores it. Stored as JSON Lines so that a damaged line costs one record.
import { arch, availableParallelism, cpus, platform } from 'node:os';

export const HISTORY_SCHEMA = 'shipshape.history/v1';
const SCHEMA_PATTERN = /^shipshape\.history\/v(\d+)$/;
const SUPPORTED_VERSION = 1;
/** Per source; a file that is garbage throughout would otherwise bury the log. */
const MAX_WARNINGS_PER_SOURCE = 10;

export type HistoryKind = 'coverage' | 'perf' | 'vitals' | 'uptime' | (string & {});

export interface RunnerFingerprint {
  /** `<platform>/<arch>` as Node reports them, e.g. `linux/x64`. */
  os: string;
  cpu: string;
  cores: number;
}

export interface HistoryRecord {
  schema: typeof HISTORY_SCHEMA;
  kind: HistoryKind;
  name: string;
  /** owner/name */
  repo: string;
  branch: string;
  sha: string;
  runId: number;
  runAttempt: number;
  /** ISO 8601 */
  time: string;
  runner: RunnerFingerprint;
  metrics: Record<string, number>;
  meta?: Record<string, string | number | boolean>;
  /**
   * Kind-specific detail that is too big to keep for every record (per-file coverage, say): only
   * the newest DETAIL_KEEP records of a kind and name keep it when history is carried forward.
   */
  detail?: Record<string, unknown>;
}

export interface WarningLog {
  warning(message: string): void;
}

export function runnerFingerprint(): RunnerFingerprint {
  const model = cpus()[0]?.model ?? '';
  return {
    os: `${platform()}/${arch()}`,
    cpu: model.trim().replace(/\s+/g, ' ') || 'unknown',
    cores: availableParallelism(),
  };
}

/** Two records with the same key describe the same run attempt and are duplicates. */
export function recordKey(r: HistoryRecord): string {
  return JSON.stringify([r.kind, r.name, r.repo, r.branch, r.sha, r.runId, r.runAttempt]);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Returns a description of the first thing wrong with `v`, or undefined when it is a valid v1 record. */
function shapeError(v: Record<string, unknown>): string | undefined {
  for (const field of ['kind', 'name', 'repo', 'branch', 'sha'] as const) {
    if (typeof v[field] !== 'string' || v[field] === '') return `'${field}' must be a non-empty string`;
  }
  if (!Number.isSafeInteger(v.runId) || (v.runId as number) < 0) return `'runId' must be a whole number`;
  if (!Number.isSafeInteger(v.runAttempt) || (v.runAttempt as number) < 0) {
    return `'runAttempt' must be a whole number`;
  }
  if (typeof v.time !== 'string' || Number.isNaN(Date.parse(v.time))) return `'time' must be an ISO date`;
  const runner = v.runner;
  if (!isObject(runner)) return `'runner' must be an object`;
  if (typeof runner.os !== 'string' || typeof runner.cpu !== 'string' || typeof runner.cores !== 'number') {
    return `'runner' must have os, cpu (strings) and cores (number)`;
  }
  if (!isObject(v.metrics)) return `'metrics' must be an object`;
  for (const [metric, value] of Object.entries(v.metrics)) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return `metric '${metric}' must be a finite number`;
  }
  if (v.detail !== undefined && !isObject(v.detail)) return `'detail' must be an object`;
  if (v.meta !== undefined) {
    if (!isObject(v.meta)) return `'meta' must be an object`;
    for (const [key, value] of Object.entries(v.meta)) {
      if (!['string', 'number', 'boolean'].includes(typeof value)) {
        return `meta '${key}' must be a string, number or boolean`;
      }
    }
  }
  return undefined;
}

/**
 * Reads JSON Lines written by any shipshape version. Lines that cannot be used (corrupt JSON, a
 * record from a newer schema, a shape error) are skipped with a warning naming `source` and the
 * line; the rest are kept. Never throws.
 */
export function parseRecords(
  text: string,
  source: string,
  log: WarningLog,
): { records: HistoryRecord[]; skipped: number } {
  const records: HistoryRecord[] = [];
  let skipped = 0;
  const skip = (line: number, why: string) => {
    skipped++;
    if (skipped <= MAX_WARNINGS_PER_SOURCE) log.warning(`${source}:${line}: ${why}; record skipped`);
  };
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      const truncated = index === lines.length - 1 && !text.endsWith('\n');
      skip(index + 1, truncated ? 'last line is cut short (truncated file?)' : 'not valid JSON');
      return;
    }
    if (!isObject(value)) {
      skip(index + 1, 'not a JSON object');
      return;
    }
    const schema = value.schema;
    const version = typeof schema === 'string' ? SCHEMA_PATTERN.exec(schema)?.[1] : undefined;
    if (version === undefined) {
      skip(index + 1, `schema ${JSON.stringify(schema)} is not a shipshape history schema`);
      return;
    }
    if (Number(version) > SUPPORTED_VERSION) {
      skip(index + 1, `schema ${schema} was written by a newer shipshape; this one reads ${HISTORY_SCHEMA}`);
      return;
    }
    if (Number(version) !== SUPPORTED_VERSION) {
      skip(index + 1, `schema ${schema} is not supported`);
      return;
    }
    const problem = shapeError(value);
    if (problem) {
      skip(index + 1, problem);
      return;
    }
    // Unknown fields are kept so that carrying a newer v1 writer's records forward loses nothing.
    records.push(value as unknown as HistoryRecord);
  });
  if (skipped > MAX_WARNINGS_PER_SOURCE) {
    log.warning(
      `${source}: ${skipped} records skipped in all (only the first ${MAX_WARNINGS_PER_SOURCE} shown)`,
    );
  }
  return { records, skipped };
}

/**
 * One record per line, newline-terminated. Throws on a record that would not read back (a metric
 * that is NaN or infinite turns into null in JSON), so bad data is caught where it is made.
 */
export function serializeRecords(records: readonly HistoryRecord[]): string {
  let out = '';
  for (const r of records) {
    const problem =
      r.schema === HISTORY_SCHEMA ? shapeError(r as unknown as Record<string, unknown>) : 'wrong schema';
    if (problem) throw new Error(`history record ${r.kind}/${r.name} at ${r.sha}: ${problem}`);
    out += `${JSON.stringify(r)}\n`;
  }
  return out;
}
