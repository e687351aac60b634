import type { BranchCoverage, Counter, FileCoverage, FunctionCoverage } from './model.js';

/**
 * Combines coverage of the same sources from several reports (matrix shards, several test
 * suites) the way `lcov -a` does: hits are added per line, per function name and per branch.
 * Files must already carry normalised paths, or the same source would appear twice.
 */
export function mergeFiles(files: readonly FileCoverage[]): FileCoverage[] {
  const byPath = new Map<string, FileCoverage[]>();
  for (const file of files) {
    const group = byPath.get(file.path);
    if (group) group.push(file);
    else byPath.set(file.path, [file]);
  }
  const merged: FileCoverage[] = [];
  for (const group of byPath.values()) merged.push(group.length === 1 ? group[0]! : mergeSameFile(group));
  return merged.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function mergeSameFile(group: FileCoverage[]): FileCoverage {
  const lines = new Map<number, number>();
  const functions = new Map<string, FunctionCoverage>();
  const branches = new Map<string, BranchCoverage>();
  for (const file of group) {
    for (let i = 0; i < file.lineNumbers.length; i++) {
      const line = file.lineNumbers[i]!;
      lines.set(line, (lines.get(line) ?? 0) + file.lineHits[i]!);
    }
    for (const fn of file.functions) {
      const key = `${fn.name}\u0000${fn.line}`;
      const seen = functions.get(key);
      if (seen) seen.hits += fn.hits;
      else functions.set(key, { ...fn });
    }
    for (const br of file.branches) {
      const key = `${br.line}\u0000${br.block}\u0000${br.branch}`;
      const seen = branches.get(key);
      if (!seen) branches.set(key, { ...br });
      else if (br.hits !== null) seen.hits = (seen.hits ?? 0) + br.hits;
    }
  }
  const lineNumbers = Uint32Array.from(lines.keys()).sort();
  const lineHits = Float64Array.from(lineNumbers, (n) => lines.get(n)!);
  const first = group[0]!;
  const out: FileCoverage = {
    path: first.path,
    lineNumbers,
    lineHits,
    functions: [...functions.values()],
    branches: [...branches.values()],
  };
  const statements = mergeCounters(group.map((f) => f.statements));
  if (statements) out.statements = statements;
  // Summary-only formats cannot be combined line by line; the most complete shard is the best estimate.
  const summaries = group.map((f) => f.summary).filter((s) => s !== undefined);
  if (summaries.length > 0)
    out.summary = summaries.reduce((best, s) => (compareSummaries(s, best) > 0 ? s : best));
  return out;
}

type Summary = NonNullable<FileCoverage['summary']>;
const SUMMARY_ORDER = ['lines', 'branches', 'functions', 'statements'] as const;

/**
 * Orders summaries by covered lines, then every other count, so the pick does not depend on the
 * order the shards were read in (two shards with equal lines but different branches used to
 * give different totals depending on which came first).
 */
function compareSummaries(a: Summary, b: Summary): number {
  for (const metric of SUMMARY_ORDER) {
    const d = (a[metric]?.covered ?? -1) - (b[metric]?.covered ?? -1);
    if (d !== 0) return d;
  }
  for (const metric of SUMMARY_ORDER) {
    const d = (a[metric]?.total ?? -1) - (b[metric]?.total ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Statement counters of shards cannot be unioned without block detail (Go profiles are combined
 * before parsing for that reason); for other formats the larger counts are the safe estimate.
 */
function mergeCounters(counters: (Counter | undefined)[]): Counter | undefined {
  const present = counters.filter((c) => c !== undefined);
  if (present.length === 0) return undefined;
  return {
    covered: Math.max(...present.map((c) => c.covered)),
    total: Math.max(...present.map((c) => c.total)),
  };
}
