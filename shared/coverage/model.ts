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

/**
 * A file's functions as columns: function i is named strings[names[i]] (or '' where names[i] is -1),
 * starts at lines[i] and ran hits[i] times. `strings` is shared by every file of a report.
 */
export interface FunctionColumns {
  strings: readonly string[];
  names: Int32Array;
  lines: Uint32Array;
  hits: Float64Array;
}

/** A file's branches as columns, ids indexing `strings`; `hits` is NaN where the block never ran (lcov's "-"). */
export interface BranchColumns {
  strings: readonly string[];
  lines: Uint32Array;
  blocks: Int32Array;
  branches: Int32Array;
  hits: Float64Array;
}

/** The columns a compact file still holds; a kind is dropped once it is read or set as objects. */
const compactColumns = new WeakMap<FileCoverage, { fn?: FunctionColumns; br?: BranchColumns }>();

/**
 * A file whose functions and branches stay in typed columns until something reads them as objects.
 * A 2,000-file lcov report holds some 680,000 of them, which a gate only counts: made as objects
 * they cost a quarter of the parse in garbage collection and about 50 MB of peak memory.
 * `functions` and `branches` are own enumerable properties (so spreading, toEqual and JSON see the
 * objects); reading one makes its objects once; assigning one replaces its columns.
 */
export function compactFile(
  base: Omit<FileCoverage, 'functions' | 'branches'>,
  functions: FunctionColumns | FunctionCoverage[],
  branches: BranchColumns | BranchCoverage[],
): FileCoverage {
  const file = { ...base } as FileCoverage;
  const state: { fn?: FunctionColumns; br?: BranchColumns } = {};
  let fnObjects: FunctionCoverage[] | undefined;
  let brObjects: BranchCoverage[] | undefined;
  if (Array.isArray(functions)) fnObjects = functions;
  else state.fn = functions;
  if (Array.isArray(branches)) brObjects = branches;
  else state.br = branches;
  Object.defineProperty(file, 'functions', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (fnObjects === undefined && state.fn) fnObjects = functionObjects(state.fn);
      delete state.fn;
      return fnObjects;
    },
    set: (value: FunctionCoverage[]) => {
      fnObjects = value;
      delete state.fn;
    },
  });
  Object.defineProperty(file, 'branches', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (brObjects === undefined && state.br) brObjects = branchObjects(state.br);
      delete state.br;
      return brObjects;
    },
    set: (value: BranchCoverage[]) => {
      brObjects = value;
      delete state.br;
    },
  });
  compactColumns.set(file, state);
  return file;
}

/** The columns as function objects. */
export function functionObjects(c: FunctionColumns): FunctionCoverage[] {
  const out = new Array<FunctionCoverage>(c.hits.length);
  for (let i = 0; i < out.length; i++) {
    const id = c.names[i]!;
    out[i] = { name: id < 0 ? '' : c.strings[id]!, line: c.lines[i]!, hits: c.hits[i]! };
  }
  return out;
}

/** The columns as branch objects (NaN hits become null). */
export function branchObjects(c: BranchColumns): BranchCoverage[] {
  const out = new Array<BranchCoverage>(c.lines.length);
  for (let i = 0; i < out.length; i++) {
    const hits = c.hits[i]!;
    out[i] = {
      line: c.lines[i]!,
      block: c.strings[c.blocks[i]!]!,
      branch: c.strings[c.branches[i]!]!,
      hits: Number.isNaN(hits) ? null : hits,
    };
  }
  return out;
}

/** The same file under another path, still compact where it was. */
export function withPath(file: FileCoverage, path: string): FileCoverage {
  const state = compactColumns.get(file);
  if (!state) return { ...file, path };
  const { functions: _f, branches: _b, ...rest } = Object.getOwnPropertyDescriptors(file);
  const base = Object.defineProperties({}, rest) as Omit<FileCoverage, 'functions' | 'branches'>;
  base.path = path;
  return compactFile(base, state.fn ?? file.functions, state.br ?? file.branches);
}

/** Functions hit and functions in all, without making function objects of a compact file. */
export function functionCounter(file: FileCoverage): Counter {
  const columns = compactColumns.get(file)?.fn;
  let covered = 0;
  if (columns) {
    for (const hits of columns.hits) if (hits > 0) covered++;
    return { covered, total: columns.hits.length };
  }
  for (const fn of file.functions) if (fn.hits > 0) covered++;
  return { covered, total: file.functions.length };
}

/** Branches taken and branches in all (a branch whose block never ran is not taken). */
export function branchCounter(file: FileCoverage): Counter {
  const columns = compactColumns.get(file)?.br;
  let covered = 0;
  if (columns) {
    for (const hits of columns.hits) if (hits > 0) covered++;
    return { covered, total: columns.hits.length };
  }
  for (const br of file.branches) if (br.hits !== null && br.hits > 0) covered++;
  return { covered, total: file.branches.length };
}
