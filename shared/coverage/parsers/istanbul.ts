// istanbul's JSON reports: coverage-final.json (full detail per file, written by nyc, jest, c8,
// vitest) and coverage-summary.json (only per-file totals). Counts are made to agree with
// istanbul-lib-coverage's own summaries, which is what those tools print.

import {
  type BranchCoverage,
  type Counter,
  CoverageParseError,
  type CoverageReport,
  type FileCoverage,
  type FunctionCoverage,
} from '../model.js';

type Json = Record<string, unknown>;

export function parseIstanbulFinal(data: string, source: string): CoverageReport {
  const root = parseJsonObject(data, source, 'coverage-final.json');
  const files: FileCoverage[] = [];
  for (const [key, raw] of Object.entries(root)) {
    if (!isObject(raw)) throw new CoverageParseError(`entry "${key}" is not an object`, source);
    files.push(fileFromFinal(key, raw, source));
  }
  return { format: 'istanbul', source, files };
}

function fileFromFinal(key: string, entry: Json, source: string): FileCoverage {
  const path = typeof entry.path === 'string' && entry.path !== '' ? entry.path : key;
  const where = `file "${path}"`;
  const statementMap = member(entry, 'statementMap', where, source);
  const s = counts(member(entry, 's', where, source), `${where} s`, source);
  const fnMap = optionalMember(entry, 'fnMap', where, source);
  const f = counts(optionalMember(entry, 'f', where, source), `${where} f`, source);
  const branchMap = optionalMember(entry, 'branchMap', where, source);
  const b = optionalMember(entry, 'b', where, source);

  // Like istanbul's getLineCoverage(): a statement counts on the line it starts on, and a line
  // with several statements takes the highest of their counts (any run statement ran the line).
  const lines = new Map<number, number>();
  let statementsCovered = 0;
  for (const [id, hits] of s) {
    if (hits > 0) statementsCovered++;
    const loc = statementMap[id];
    if (loc === undefined) continue;
    const line = startLine(loc, `${where} statement ${id}`, source);
    const prev = lines.get(line);
    if (prev === undefined || prev < hits) lines.set(line, hits);
  }

  const functions: FunctionCoverage[] = [];
  for (const [id, hits] of f) {
    const meta = fnMap[id];
    const name = isObject(meta) && typeof meta.name === 'string' ? meta.name : `(anonymous_${id})`;
    functions.push({ name, line: functionLine(meta), hits });
  }

  const branches: BranchCoverage[] = [];
  for (const [id, raw] of Object.entries(b)) {
    if (!Array.isArray(raw)) {
      throw new CoverageParseError(`${where} b["${id}"] is not an array of counts`, source);
    }
    const line = branchLine(branchMap[id]);
    raw.forEach((hits, index) => {
      branches.push({
        line,
        block: id,
        branch: String(index),
        hits: count(hits, `${where} b["${id}"]`, source),
      });
    });
  }

  const lineNumbers = Uint32Array.from(lines.keys()).sort();
  const lineHits = Float64Array.from(lineNumbers, (line) => lines.get(line)!);
  return {
    path,
    lineNumbers,
    lineHits,
    functions,
    branches,
    statements: { covered: statementsCovered, total: s.length },
  };
}

const SUMMARY_METRICS = ['lines', 'statements', 'functions', 'branches'] as const;
type SummaryMetric = (typeof SUMMARY_METRICS)[number];

export function parseIstanbulSummary(data: string, source: string): CoverageReport {
  const root = parseJsonObject(data, source, 'coverage-summary.json');
  const files: FileCoverage[] = [];
  const sum: Record<SummaryMetric, Counter> = {
    lines: { covered: 0, total: 0 },
    statements: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 },
    branches: { covered: 0, total: 0 },
  };
  let declaredTotal: Partial<Record<SummaryMetric, Counter>> | undefined;
  for (const [key, raw] of Object.entries(root)) {
    const counters = summaryCounters(raw, key === 'total' ? 'the "total" entry' : `file "${key}"`, source);
    if (key === 'total') {
      declaredTotal = counters;
      continue;
    }
    for (const metric of SUMMARY_METRICS) {
      const c = counters[metric];
      if (!c) continue;
      sum[metric].covered += c.covered;
      sum[metric].total += c.total;
    }
    files.push({
      path: key,
      lineNumbers: new Uint32Array(0),
      lineHits: new Float64Array(0),
      functions: [],
      branches: [],
      summary: counters,
    });
  }
  if (declaredTotal) {
    // A total that disagrees with its files means the file was edited or cut; trust neither.
    for (const metric of SUMMARY_METRICS) {
      const declared = declaredTotal[metric];
      const actual = sum[metric];
      if (declared && (declared.covered !== actual.covered || declared.total !== actual.total)) {
        throw new CoverageParseError(
          `"total" says ${metric} ${declared.covered}/${declared.total} but the files add up to ${actual.covered}/${actual.total}`,
          source,
        );
      }
    }
  }
  return { format: 'istanbul-summary', source, files };
}

function summaryCounters(
  raw: unknown,
  where: string,
  source: string,
): Partial<Record<SummaryMetric, Counter>> {
  if (!isObject(raw)) throw new CoverageParseError(`${where} is not an object`, source);
  const out: Partial<Record<SummaryMetric, Counter>> = {};
  for (const metric of SUMMARY_METRICS) {
    const c = raw[metric];
    if (c === undefined) continue;
    if (!isObject(c)) throw new CoverageParseError(`${where} ${metric} is not an object`, source);
    const total = count(c.total, `${where} ${metric}.total`, source);
    const covered = count(c.covered, `${where} ${metric}.covered`, source);
    if (!Number.isInteger(total) || !Number.isInteger(covered) || covered > total) {
      throw new CoverageParseError(`${where} ${metric} has covered ${covered} of total ${total}`, source);
    }
    out[metric] = { covered, total };
  }
  return out;
}

function parseJsonObject(data: string, source: string, kind: string): Json {
  let root: unknown;
  try {
    root = JSON.parse(data.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    const line = at
      ? lineAt(data, Number(at[1]))
      : /end of JSON/.test(message)
        ? lineAt(data, data.length)
        : undefined;
    throw new CoverageParseError(`not valid JSON (${message.slice(0, 200)})`, source, line);
  }
  if (!isObject(root)) {
    throw new CoverageParseError(
      `expected a JSON object keyed by file (${kind}), got ${kindOf(root)}`,
      source,
    );
  }
  return root;
}

function member(entry: Json, name: string, where: string, source: string): Json {
  const value = entry[name];
  if (!isObject(value)) throw new CoverageParseError(`${where} has no "${name}" object`, source);
  return value;
}

function optionalMember(entry: Json, name: string, where: string, source: string): Json {
  return entry[name] === undefined ? {} : member(entry, name, where, source);
}

function counts(map: Json, where: string, source: string): [string, number][] {
  return Object.entries(map).map(([id, hits]) => [id, count(hits, `${where}["${id}"]`, source)]);
}

function count(value: unknown, where: string, source: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new CoverageParseError(`${where} is ${kindOf(value)}, expected a count`, source);
  }
  return value;
}

function startLine(loc: unknown, where: string, source: string): number {
  const line = isObject(loc) && isObject(loc.start) ? loc.start.line : undefined;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 0) {
    throw new CoverageParseError(`${where} has no start line`, source);
  }
  return line;
}

/** Where the function is declared (its name), else where its body starts; 0 when unknown. */
function functionLine(meta: unknown): number {
  if (!isObject(meta)) return 0;
  for (const loc of [meta.decl, meta.loc]) {
    if (isObject(loc) && isObject(loc.start) && isLine(loc.start.line)) return loc.start.line;
  }
  return isLine(meta.line) ? meta.line : 0;
}

/** istanbul's getBranchCoverageByLine() rule: the branch's own `line`, else where it starts. */
function branchLine(meta: unknown): number {
  if (!isObject(meta)) return 0;
  if (isLine(meta.line) && meta.line > 0) return meta.line;
  const loc = meta.loc;
  return isObject(loc) && isObject(loc.start) && isLine(loc.start.line) ? loc.start.line : 0;
}

function isLine(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string "${value.slice(0, 40)}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

function lineAt(text: string, position: number): number {
  let line = 1;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
