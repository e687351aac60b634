import { basename, dirname, isAbsolute } from 'node:path';
import { create } from '@actions/glob';

/**
 * Where the common tools write their reports, best format first: when one folder holds several
 * (vitest writes lcov.info and coverage-final.json side by side) only the first is read, so the
 * same run is never counted twice.
 */
export const DEFAULT_REPORT_NAMES: readonly string[] = [
  'lcov.info',
  'coverage-final.json',
  'cobertura-coverage.xml',
  'cobertura.xml',
  'coverage.xml',
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

/** Expands newline- or comma-separated globs (with `!` exclusions) below `cwd`, files only. */
export async function findReports(patterns: readonly string[], cwd: string): Promise<string[]> {
  const absolute = patterns.map((p) => {
    const negated = p.startsWith('!');
    const body = negated ? p.slice(1) : p;
    const full = isAbsolute(body) ? body : `${cwd}/${body}`;
    return negated ? `!${full}` : full;
  });
  const globber = await create(absolute.join('\n'), { matchDirectories: false, implicitDescendants: false });
  const found = await globber.glob();
  return [...new Set(found)].sort();
}

export function splitPatterns(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#'));
}
