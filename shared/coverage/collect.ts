import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { listTrackedFiles } from '../git/tracked.js';
import { runbookUrl } from '../report/runbooks.js';
import { UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { defaultPatterns, findReports, preferOnePerFolder } from './discover.js';
import { readModulePath } from './gomod.js';
import { type GoModule, type LoadedCoverage, loadCoverage } from './load.js';
import type { CoverageFormat } from './model.js';

export type NoFilesBehaviour = 'error' | 'warn' | 'ignore';

export interface CollectOptions {
  /** Globs relative to the working directory; empty to discover the usual report locations. */
  patterns: readonly string[];
  format: CoverageFormat | 'auto';
  /** Absolute path of the repository checkout. */
  workspace: string;
  /** Where the tests ran, relative to the workspace. */
  workingDirectory: string;
  ifNoFiles: NoFilesBehaviour;
  log: Logger;
}

export type CollectedCoverage = (LoadedCoverage & { notes: string[] }) | { missing: string };

async function goModules(tracked: ReadonlySet<string> | undefined, workspace: string): Promise<GoModule[]> {
  if (!tracked) return [];
  const modules: GoModule[] = [];
  for (const file of tracked) {
    if (file !== 'go.mod' && !file.endsWith('/go.mod')) continue;
    const text = await readFile(join(workspace, file), 'utf8').catch(() => undefined);
    const modulePath = text === undefined ? undefined : readModulePath(text);
    if (modulePath) modules.push({ modulePath, dir: dirname(file) === '.' ? '' : dirname(file) });
  }
  return modules;
}

/**
 * Finds, reads, normalises and merges the coverage reports of a checkout: the evidence every
 * coverage action starts from. Returns `missing` (after logging) when nothing was found and the
 * caller allowed that; throws a UsageError when it did not.
 */
export async function collectCoverage(options: CollectOptions): Promise<CollectedCoverage> {
  const cwd = resolve(options.workspace, options.workingDirectory);
  const discovering = options.patterns.length === 0;
  let files = await findReports(discovering ? defaultPatterns() : options.patterns, cwd);
  if (discovering) files = preferOnePerFolder(files);
  if (files.length === 0) {
    const where = discovering
      ? `the usual report locations (lcov.info, coverage-final.json, coverage.xml, coverage.out, … below ${options.workingDirectory || '.'})`
      : `'${options.patterns.join(', ')}' (relative to ${options.workingDirectory || 'the repository root'})`;
    const message = `no coverage report found at ${where}. Did the tests run with coverage enabled before this step? See ${runbookUrl('coverage-gate', 'no-reports')}`;
    if (options.ifNoFiles === 'error') throw new UsageError(message);
    if (options.ifNoFiles === 'warn') options.log.warning(message);
    else options.log.info(message);
    return { missing: message };
  }
  options.log.info(`Reading ${files.length} coverage report(s): ${files.join(', ')}`);

  const notes: string[] = [];
  const tracked = await listTrackedFiles(options.workspace);
  if (!tracked)
    notes.push(
      'The workspace is not a git checkout, so report paths could not be checked against tracked files.',
    );
  const loaded = await loadCoverage({
    files,
    format: options.format,
    paths: { workspace: options.workspace, workingDirectory: options.workingDirectory, tracked },
    goModules: await goModules(tracked, options.workspace),
  });
  return { ...loaded, notes };
}
