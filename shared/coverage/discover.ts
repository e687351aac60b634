import { stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';

/**
 * Where the common tools write their reports, richest format first (lcov carries lines, branches
 * and functions; cobertura often lacks functions): when one folder holds several
 * (vitest writes lcov.info and coverage-final.json side by side) only the first is read, so the
 * same run is never counted twice.
 */
export const DEFAULT_REPORT_NAMES: readonly string[] = [
  'lcov.info',
  'coverage.info',
  'coverage.lcov',
  'coverage-final.json',
  'jacoco.xml',
  'jacocoTestReport.xml',
  'cobertura-coverage.xml',
  'cobertura.xml',
  'coverage.xml',
  'clover.xml',
  'coverage.out',
  'cover.out',
  'coverage.txt',
  'coverprofile.out',
  'coverage-summary.json',
];

export function defaultPatterns(): string[] {
  return [...DEFAULT_REPORT_NAMES.map((name) => `**/${name}`), '!**/node_modules/**', '!**/.git/**'];
}

/** Keeps the preferred report of each folder when patterns were discovered, not given. */
export function preferOnePerFolder(paths: readonly string[]): string[] {
  const best = new Map<string, string>();
  // A name outside the list ranks last; indexOf's -1 would have made it beat lcov.info.
  const rank = (p: string) => {
    const index = DEFAULT_REPORT_NAMES.indexOf(basename(p));
    return index === -1 ? DEFAULT_REPORT_NAMES.length : index;
  };
  for (const p of paths) {
    const dir = dirname(p);
    const current = best.get(dir);
    if (current === undefined || rank(p) < rank(current)) best.set(dir, p);
  }
  return [...best.values()].sort();
}

/** Folders no report is ever read from; pruned so discovery never walks a dependency tree. */
const PRUNED = /(^|[\\/])(node_modules|\.git)$/;

/** Expands globs (with `!` exclusions) below `cwd` to absolute file paths, sorted. */
export async function findReports(patterns: readonly string[], cwd: string): Promise<string[]> {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const excluded = (file: string) =>
    exclude.some((e) => picomatch.isMatch(file, isAbsolute(e) ? e : resolve(cwd, e), { dot: true }));
  const found = new Set<string>();
  // tinyglobby (Node 22 and 24; fs.glob is Node 24 only) with the pruned folders never entered.
  const matches = await glob(include, {
    cwd,
    dot: true,
    absolute: true,
    followSymbolicLinks: false,
    expandDirectories: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  for (const match of matches) {
    if (PRUNED.test(dirname(match))) continue;
    const file = resolve(cwd, match);
    if (excluded(file)) continue;
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) found.add(file);
  }
  return [...found].sort();
}

export function splitPatterns(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#'));
}
