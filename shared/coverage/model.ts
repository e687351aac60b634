// The one coverage model every parser produces and every gate, merge and renderer consumes.
// Line data is kept in typed arrays: a 2,000-file lcov has millions of DA records, and one
// object per line would cost several times the memory budget the parsers are held to.

import { UsageError } from '../runtime/errors.js';

export type CoverageFormat =
  | 'lcov'
  | 'go'
  | 'istanbul'
  | 'istanbul-summary'
  | 'cobertura'
  | 'jacoco'
  | 'clover';

export interface FunctionCoverage {
  name: string;
  /** 1-based line where the function starts; 0 when the format does not say. */
  line: number;
  hits: number;
}

export interface BranchCoverage {
  line: number;
  /** Block id and branch id as the format names them (lcov BRDA fields 2 and 3). */
  block: string;
  branch: string;
  /** Times taken; null when the enclosing block never ran (lcov's "-"). */
  hits: number | null;
}

/** Counts for formats that report only totals per file (istanbul coverage-summary.json). */
export interface Counter {
  covered: number;
  total: number;
}

export interface FileCoverage {
  /** Path as found in the report; repo-relative once normalised. */
  path: string;
  /** Executable line numbers, ascending and unique. */
  lineNumbers: Uint32Array;
  /** Hit count for each entry of lineNumbers. */
  lineHits: Float64Array;
  functions: FunctionCoverage[];
  branches: BranchCoverage[];
  /** Statement counts where the format has them (Go, istanbul); the Go headline figure. */
  statements?: Counter;
  /**
   * Totals given by the format when it carries no per-line detail (coverage-summary.json).
   * When present they take precedence over counts derived from the arrays above.
   */
  summary?: { lines?: Counter; branches?: Counter; functions?: Counter; statements?: Counter };
}

export interface CoverageReport {
  format: CoverageFormat;
  /** The file the report was read from, for messages. */
  source: string;
  files: FileCoverage[];
  /** Cobertura `<sources>` entries, in document order, for resolving the relative class filenames. */
  sourceRoots?: string[];
  /**
   * The producer's own report-level totals (cobertura's `lines-valid`, `branches-covered`, …).
   * Loading uses them for a metric whose per-file detail is incomplete, and says so.
   */
  header?: Partial<Record<Metric, Counter>>;
}

export type Metric = 'lines' | 'branches' | 'functions' | 'statements';
export const METRICS: readonly Metric[] = ['lines', 'branches', 'functions', 'statements'];

export interface MetricTotal extends Counter {
  /** Percentage covered with two decimals, or null when there is nothing to cover. */
  pct: number | null;
}

export type Totals = Record<Metric, MetricTotal>;

/** An error in a coverage file that names where it is, so users can open the line. */
export class CoverageParseError extends UsageError {
  override name = 'CoverageParseError';
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
  }
}

/** Builds a FileCoverage from an unordered map of line -> hits. */
export function fileFromLineMap(
  path: string,
  lines: Map<number, number>,
  functions: FunctionCoverage[] = [],
  branches: BranchCoverage[] = [],
): FileCoverage {
  const lineNumbers = Uint32Array.from(lines.keys()).sort();
  const lineHits = new Float64Array(lineNumbers.length);
  for (let i = 0; i < lineNumbers.length; i++) lineHits[i] = lines.get(lineNumbers[i]!)!;
  return { path, lineNumbers, lineHits, functions, branches };
}
