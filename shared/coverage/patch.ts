import type { FileCoverage } from './model.js';
import { percent } from './totals.js';

export interface PatchFile {
  path: string;
  /** Changed lines that are executable (appear in the coverage report). */
  executable: number;
  covered: number;
  /** Changed executable lines with no hits, ascending. */
  uncoveredLines: number[];
}

export interface PatchCoverage {
  covered: number;
  total: number;
  pct: number | null;
  files: PatchFile[];
  /** Changed files that look like source but have no coverage data at all. */
  missingFiles: string[];
}

const SOURCE_FILE = /\.(c|cc|cpp|cs|go|java|js|jsx|kt|mjs|cjs|php|py|rb|rs|scala|swift|ts|tsx|vue|svelte)$/i;
// Test files, and declaration files that hold no executable code (`.d.ts`), never have coverage
// of their own, so a change to them is not "missing" coverage.
const NEVER_COVERED =
  /(^|\/)(test|tests|__tests__|spec)\/|[._-](test|spec)\.[a-z]+$|_test\.go$|(^|\/)test_[^/]*\.py$|\.d\.[cm]?ts$/i;

/**
 * Coverage of the lines a change adds or modifies: only changed lines the coverage report
 * calls executable count, so comments, blank lines and config files neither help nor hurt.
 */
export function computePatchCoverage(
  files: readonly FileCoverage[],
  changed: ReadonlyMap<string, ReadonlySet<number>>,
  /** The instance's folder (working-directory), repo-relative: files outside it are another instance's. */
  scope = '',
): PatchCoverage {
  const prefix = scope.replace(/^\.\/?/, '').replace(/\/+$/, '');
  const inScope = (path: string) => prefix === '' || path.startsWith(`${prefix}/`);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const result: PatchFile[] = [];
  const missingFiles: string[] = [];
  let covered = 0;
  let total = 0;
  for (const [path, lines] of changed) {
    const file = byPath.get(path);
    if (!file) {
      if (SOURCE_FILE.test(path) && !NEVER_COVERED.test(path) && inScope(path)) missingFiles.push(path);
      continue;
    }
    const uncoveredLines: number[] = [];
    let fileCovered = 0;
    let fileTotal = 0;
    for (let i = 0; i < file.lineNumbers.length; i++) {
      const line = file.lineNumbers[i]!;
      if (!lines.has(line)) continue;
      fileTotal++;
      if (file.lineHits[i]! > 0) fileCovered++;
      else uncoveredLines.push(line);
    }
    if (fileTotal === 0) continue;
    covered += fileCovered;
    total += fileTotal;
    result.push({ path, executable: fileTotal, covered: fileCovered, uncoveredLines });
  }
  result.sort((a, b) => b.uncoveredLines.length - a.uncoveredLines.length || (a.path < b.path ? -1 : 1));
  return { covered, total, pct: percent(covered, total), files: result, missingFiles: missingFiles.sort() };
}

/** Groups ascending line numbers into ranges, e.g. [3,4,5,9] -> [[3,5],[9,9]]. */
export function lineRanges(lines: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of lines) {
    const last = ranges[ranges.length - 1];
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}
