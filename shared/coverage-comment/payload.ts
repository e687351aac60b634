// The fork-safe flow moves CommentData from an untrusted pull_request run to a trusted
// workflow_run job. Everything in it is checked here before it is used: types, sizes, and the
// absence of anything but the known fields. Rendering escapes it again afterwards.
import type { GateResult } from '../coverage/gates.js';
import { UsageError } from '../runtime/errors.js';
import { COMMENT_DATA_SCHEMA, type CommentData } from './data.js';

const MAX_FILES = 20_000;
const MAX_PATH = 1_024;
const MAX_TEXT = 2_000;
const MAX_LINES = 100_000;
const SHA = /^[0-9a-f]{40}$/;

class PayloadError extends UsageError {
  constructor(where: string, problem: string) {
    super(`coverage data artifact: ${where} ${problem}; refusing to publish it`);
  }
}

type Json = unknown;

function obj(
  v: Json,
  where: string,
  keys: readonly string[],
  optional: readonly string[] = [],
): Record<string, Json> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new PayloadError(where, 'must be an object');
  const record = v as Record<string, Json>;
  for (const k of Object.keys(record)) {
    if (!keys.includes(k) && !optional.includes(k))
      throw new PayloadError(`${where}.${k}`, 'is not a known field');
  }
  for (const k of keys) if (!(k in record)) throw new PayloadError(`${where}.${k}`, 'is missing');
  return record;
}

function str(v: Json, where: string, max = MAX_TEXT, pattern?: RegExp): string {
  if (typeof v !== 'string' || v.length > max)
    throw new PayloadError(where, `must be a string of at most ${max} characters`);
  if (pattern && !pattern.test(v)) throw new PayloadError(where, 'has an unexpected format');
  return v;
}

function num(
  v: Json,
  where: string,
  { min = 0, max = Number.MAX_SAFE_INTEGER, nullable = false } = {},
): number | null {
  if (v === null && nullable) return null;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    throw new PayloadError(where, `must be a number from ${min} to ${max}`);
  return v;
}

function arr<T>(v: Json, where: string, max: number, item: (x: Json, where: string) => T): T[] {
  if (!Array.isArray(v) || v.length > max)
    throw new PayloadError(where, `must be a list of at most ${max} entries`);
  return v.map((x, i) => item(x, `${where}[${i}]`));
}

/** An ISO 8601 UTC time as history records carry it; anything else could smuggle Markdown. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
function time(v: Json, where: string): string {
  const text = str(v, where, 40);
  if (!ISO_TIME.test(text) || !Number.isFinite(Date.parse(text)))
    throw new PayloadError(where, 'must be an ISO 8601 UTC time such as 2026-12-01T09:30:00Z');
  return text;
}

const pct = (v: Json, where: string) => num(v, where, { max: 100, nullable: true });
const count = (v: Json, where: string) => num(v, where) as number;
const line = (v: Json, where: string) => num(v, where, { min: 1 }) as number;

function total(v: Json, where: string) {
  const t = obj(v, where, ['covered', 'total', 'pct']);
  return {
    covered: count(t.covered, `${where}.covered`),
    total: count(t.total, `${where}.total`),
    pct: pct(t.pct, `${where}.pct`),
  };
}

function gate(v: Json, where: string): GateResult {
  const g = obj(v, where, ['id', 'title', 'metric', 'threshold', 'actual', 'passed', 'skipped', 'reason']);
  const metric = str(
    g.metric,
    `${where}.metric`,
    20,
    /^(lines|branches|functions|statements|patch|drop)$/,
  ) as GateResult['metric'];
  if (typeof g.passed !== 'boolean' || typeof g.skipped !== 'boolean')
    throw new PayloadError(where, 'passed and skipped must be booleans');
  return {
    id: str(g.id, `${where}.id`, MAX_PATH),
    title: str(g.title, `${where}.title`, MAX_PATH),
    metric,
    threshold: num(g.threshold, `${where}.threshold`, { max: 100 }) as number,
    actual: num(g.actual, `${where}.actual`, { min: -100, max: 100, nullable: true }),
    passed: g.passed,
    skipped: g.skipped,
    reason: str(g.reason, `${where}.reason`),
  };
}

/** Parses and checks the data a compute run uploaded; throws a UsageError naming the bad field. */
export function parseCommentData(text: string): CommentData {
  let raw: Json;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PayloadError('the file', `is not JSON (${(error as Error).message})`);
  }
  const d = obj(
    raw,
    'data',
    [
      'schema',
      'name',
      'repo',
      'prNumber',
      'headSha',
      'totals',
      'base',
      'patch',
      'changedFiles',
      'droppedFiles',
      'trend',
      'gates',
    ],
    ['headline'],
  );
  if (d.schema !== COMMENT_DATA_SCHEMA)
    throw new PayloadError('data.schema', `must be '${COMMENT_DATA_SCHEMA}'`);
  const totals = obj(d.totals, 'data.totals', ['lines', 'branches', 'functions'], ['statements']);
  const headline =
    d.headline === undefined
      ? undefined
      : (str(d.headline, 'data.headline', 20, /^(lines|statements)$/) as 'lines' | 'statements');
  let base: CommentData['base'];
  const b = d.base as Record<string, Json> | null;
  if (b && typeof b === 'object' && 'unavailable' in b) {
    base = { unavailable: str(obj(b, 'data.base', ['unavailable']).unavailable, 'data.base.unavailable') };
  } else {
    const o = obj(
      d.base,
      'data.base',
      ['sha', 'commitsBehind', 'time', 'lines', 'branches', 'functions'],
      ['files', 'statements'],
    );
    base = {
      sha: str(o.sha, 'data.base.sha', 40, SHA),
      commitsBehind: count(o.commitsBehind, 'data.base.commitsBehind'),
      time: time(o.time, 'data.base.time'),
      lines: pct(o.lines, 'data.base.lines'),
      branches: pct(o.branches, 'data.base.branches'),
      functions: pct(o.functions, 'data.base.functions'),
      ...(o.statements !== undefined ? { statements: pct(o.statements, 'data.base.statements') } : {}),
    };
  }
  const patch = d.patch === null ? null : total(d.patch, 'data.patch');
  return {
    schema: COMMENT_DATA_SCHEMA,
    name: str(d.name, 'data.name', 100),
    repo: str(d.repo, 'data.repo', 200, /^[\w.-]+\/[\w.-]+$/),
    prNumber: num(d.prNumber, 'data.prNumber', { min: 1 }) as number,
    headSha: str(d.headSha, 'data.headSha', 40, SHA),
    ...(headline ? { headline } : {}),
    totals: {
      lines: total(totals.lines, 'data.totals.lines'),
      branches: total(totals.branches, 'data.totals.branches'),
      functions: total(totals.functions, 'data.totals.functions'),
      ...(totals.statements !== undefined
        ? { statements: total(totals.statements, 'data.totals.statements') }
        : {}),
    },
    base,
    patch,
    changedFiles: arr(d.changedFiles, 'data.changedFiles', MAX_FILES, (x, w) => {
      const f = obj(x, w, [
        'path',
        'lines',
        'basePct',
        'changedExecutable',
        'changedCovered',
        'uncoveredLines',
      ]);
      return {
        path: str(f.path, `${w}.path`, MAX_PATH),
        lines: pct(f.lines, `${w}.lines`),
        basePct: pct(f.basePct, `${w}.basePct`),
        changedExecutable: count(f.changedExecutable, `${w}.changedExecutable`),
        changedCovered: count(f.changedCovered, `${w}.changedCovered`),
        uncoveredLines: arr(f.uncoveredLines, `${w}.uncoveredLines`, MAX_LINES, line),
      };
    }),
    droppedFiles: arr(d.droppedFiles, 'data.droppedFiles', MAX_FILES, (x, w) => {
      const f = obj(x, w, ['path', 'basePct', 'headPct']);
      return {
        path: str(f.path, `${w}.path`, MAX_PATH),
        basePct: pct(f.basePct, `${w}.basePct`) as number,
        headPct: pct(f.headPct, `${w}.headPct`) as number,
      };
    }),
    trend: arr(d.trend, 'data.trend', 1_000, (x, w) => {
      const p = obj(x, w, ['sha', 'time', 'lines'], ['statements']);
      return {
        sha: str(p.sha, `${w}.sha`, 40, SHA),
        time: time(p.time, `${w}.time`),
        lines: pct(p.lines, `${w}.lines`) as number,
        ...(p.statements !== undefined ? { statements: pct(p.statements, `${w}.statements`) as number } : {}),
      };
    }),
    gates: d.gates === null ? null : arr(d.gates, 'data.gates', 200, gate),
  };
}
