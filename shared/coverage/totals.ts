import {
  branchCounter,
  type Counter,
  type FileCoverage,
  functionCounter,
  type Metric,
  type MetricTotal,
  type Totals,
} from './model.js';

/** Percentage with two decimals; null when there is nothing to cover (so "0 of 0" is never 0% or 100%). */
export function percent(covered: number, total: number): number | null {
  if (total <= 0) return null;
  // Multiplying before dividing keeps exact ratios exact: (57 / 100) * 10000 is 5699.999… in
  // floating point and would floor to 56.99.
  return Math.floor((covered * 10000) / total) / 100;
}

function total(counter: Counter): MetricTotal {
  return { covered: counter.covered, total: counter.total, pct: percent(counter.covered, counter.total) };
}

/**
 * Counts per file, computed once: loading, totals, the report's per-file table and the gates all
 * ask, and a 2,000-file report has millions of line entries. Files are not changed once loaded.
 */
const counted = new WeakMap<FileCoverage, Record<Metric, Counter>>();

/** Per-metric counts for one file; a format's own summary wins over counts derived from detail. */
export function fileCounters(file: FileCoverage): Record<Metric, Counter> {
  const known = counted.get(file);
  if (known) return known;
  const result = countFile(file);
  counted.set(file, result);
  return result;
}

function countFile(file: FileCoverage): Record<Metric, Counter> {
  let linesHit = 0;
  const lineHits = file.lineHits;
  for (let i = 0; i < lineHits.length; i++) if (lineHits[i]! > 0) linesHit++;
  const derived: Record<Metric, Counter> = {
    lines: { covered: linesHit, total: file.lineNumbers.length },
    functions: functionCounter(file),
    branches: branchCounter(file),
    statements: file.statements ?? { covered: 0, total: 0 },
  };
  const s = file.summary;
  if (!s) return derived;
  return {
    lines: s.lines ?? derived.lines,
    functions: s.functions ?? derived.functions,
    branches: s.branches ?? derived.branches,
    statements: s.statements ?? derived.statements,
  };
}

export function fileTotals(file: FileCoverage): Totals {
  const c = fileCounters(file);
  return {
    lines: total(c.lines),
    branches: total(c.branches),
    functions: total(c.functions),
    statements: total(c.statements),
  };
}

export function computeTotals(files: readonly FileCoverage[]): Totals {
  const sum: Record<Metric, Counter> = {
    lines: { covered: 0, total: 0 },
    branches: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 },
    statements: { covered: 0, total: 0 },
  };
  for (const file of files) {
    const c = fileCounters(file);
    for (const m of Object.keys(sum) as Metric[]) {
      sum[m].covered += c[m].covered;
      sum[m].total += c[m].total;
    }
  }
  return {
    lines: total(sum.lines),
    branches: total(sum.branches),
    functions: total(sum.functions),
    statements: total(sum.statements),
  };
}
