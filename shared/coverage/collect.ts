import { readFile, realpath } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gitTopLevel, listTrackedFiles } from '../git/tracked.js';
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

export type CollectedCoverage =
  | (LoadedCoverage & {
      notes: string[];
      /** The folder paths are relative to (the git top folder) and the working directory within it. */
      workspace: string;
      workingDirectory: string;
    })
  | { missing: string };

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
 * go.mod files found upward from each report's folder (to the filesystem root), for checkouts
 * git does not know: a profile written inside a module folder names import paths of that module.
 */
async function goModulesAbove(reports: readonly string[], workspace: string): Promise<GoModule[]> {
  const modules = new Map<string, GoModule>();
  for (const report of reports) {
    let dir = dirname(report);
    for (;;) {
      const text = await readFile(join(dir, 'go.mod'), 'utf8').catch(() => undefined);
      const modulePath = text === undefined ? undefined : readModulePath(text);
      if (modulePath) {
        const rel = relative(workspace, dir).split(sep).join('/');
        modules.set(dir, { modulePath, dir: rel.startsWith('..') ? '' : rel });
        break;
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return [...modules.values()];
}

/**
 * Where paths are relative to: the git work tree's top folder when `workspace` is inside one (the
 * CLI run from a module folder), with the working directory made relative to it.
 */
async function rooted(
  workspace: string,
  workingDirectory: string,
): Promise<{ workspace: string; workingDirectory: string }> {
  const top = await gitTopLevel(workspace);
  if (!top) return { workspace, workingDirectory };
  const [realTop, realWorkspace] = await Promise.all([realpath(top), realpath(workspace)]);
  if (realTop === realWorkspace) return { workspace, workingDirectory };
  const inside = relative(realTop, realWorkspace).split(sep).join('/');
  if (inside.startsWith('..')) return { workspace, workingDirectory };
  return {
    workspace: realTop,
    workingDirectory: workingDirectory ? `${inside}/${workingDirectory}` : inside,
  };
}

/**
 * Finds, reads, normalises and merges the coverage reports of a checkout: the evidence every
 * coverage action starts from. Returns `missing` (after logging) when nothing was found and the
 * caller allowed that; throws a UsageError when it did not.
 */
export async function collectCoverage(options: CollectOptions): Promise<CollectedCoverage> {
  const cwd = resolve(options.workspace, options.workingDirectory);
  const discovering = options.patterns.length === 0;
  const found = await findReports(discovering ? defaultPatterns() : options.patterns, cwd);
  const files = discovering ? preferOnePerFolder(found) : found;
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
  if (discovering && found.length > files.length) {
    const left = found.filter((f) => !files.includes(f));
    notes.push(
      `Read the richest report of each folder; also found, not read (the same run in another format): ${left.join(', ')}.`,
    );
  }
  const root = await rooted(options.workspace, options.workingDirectory);
  const tracked = await listTrackedFiles(root.workspace);
  if (!tracked)
    notes.push(
      'The workspace is not a git checkout, so report paths could not be checked against tracked files.',
    );
  const modules = tracked
    ? await goModules(tracked, root.workspace)
    : await goModulesAbove(files, root.workspace);
  const loaded = await loadCoverage({
    files,
    format: options.format,
    paths: { workspace: root.workspace, workingDirectory: root.workingDirectory, tracked },
    goModules: modules,
  });
  return { ...loaded, notes, workspace: root.workspace, workingDirectory: root.workingDirectory };
}
