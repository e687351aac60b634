import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { defaultPatterns, findReports, preferOnePerFolder } from '../coverage/discover.js';
import { evaluateGates, failureMessage, type GateConfig, type Maybe } from '../coverage/gates.js';
import { readModulePath } from '../coverage/gomod.js';
import { type GoModule, loadCoverage } from '../coverage/load.js';
import type { CoverageFormat } from '../coverage/model.js';
import { computePatchCoverage, type PatchCoverage } from '../coverage/patch.js';
import { computeTotals } from '../coverage/totals.js';
import { listTrackedFiles } from '../git/tracked.js';
import { EXIT, UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { type LineAnnotation, selectAnnotations } from './annotations.js';
import { buildReport, type GateReport } from './report.js';

export type NoFilesBehaviour = 'error' | 'warn' | 'ignore';

export interface CoverageGateOptions {
  name: string;
  /** Globs relative to the working directory; empty to discover the usual report locations. */
  patterns: readonly string[];
  format: CoverageFormat | 'auto';
  gates: GateConfig;
  /** Absolute path of the repository checkout. */
  workspace: string;
  /** Where the tests ran, relative to the workspace. */
  workingDirectory: string;
  ifNoFiles: NoFilesBehaviour;
  commit?: string;
  pullRequest?: number;
  /** Changed lines of the pull request, or undefined when this is not a pull request. */
  changedLines?: () => Promise<Maybe<Map<string, Set<number>>>>;
  log: Logger;
}

export interface CoverageGateOutcome {
  exitCode: number;
  report?: GateReport;
  /** Every failing gate in one readable message. */
  failure?: string;
  annotations: LineAnnotation[];
  annotationsLeftOut: number;
  notes: string[];
}

async function goModules(tracked: Set<string> | undefined, workspace: string): Promise<GoModule[]> {
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

/** Reads the reports, measures, decides: the whole coverage gate without any GitHub side effect. */
export async function runCoverageGate(options: CoverageGateOptions): Promise<CoverageGateOutcome> {
  const notes: string[] = [];
  const cwd = resolve(options.workspace, options.workingDirectory);
  const discovering = options.patterns.length === 0;
  let files = await findReports(discovering ? defaultPatterns() : options.patterns, cwd);
  if (discovering) files = preferOnePerFolder(files);
  if (files.length === 0) {
    const where = discovering ? `the usual report locations (lcov.info, coverage-final.json, coverage.xml, coverage.out, … below ${options.workingDirectory || '.'})` : `'${options.patterns.join(', ')}'`;
    const message = `no coverage report found at ${where}. Did the tests run with coverage enabled before this step?`;
    if (options.ifNoFiles === 'error') throw new UsageError(message);
    if (options.ifNoFiles === 'warn') options.log.warning(message);
    else options.log.info(message);
    return { exitCode: EXIT.ok, annotations: [], annotationsLeftOut: 0, notes: [message] };
  }
  options.log.info(`Reading ${files.length} coverage report(s): ${files.join(', ')}`);

  const tracked = await listTrackedFiles(options.workspace);
  if (!tracked) notes.push('The workspace is not a git checkout, so report paths could not be checked against tracked files.');
  const loaded = await loadCoverage({
    files,
    format: options.format,
    paths: { workspace: options.workspace, workingDirectory: options.workingDirectory, tracked },
    goModules: await goModules(tracked, options.workspace),
  });
  const totals = computeTotals(loaded.files);

  let patch: Maybe<PatchCoverage> | undefined;
  if (options.changedLines) {
    const changed = await options.changedLines();
    patch = 'unavailable' in changed ? changed : { value: computePatchCoverage(loaded.files, changed.value) };
  }
  const gates = evaluateGates(options.gates, { totals, files: loaded.files, patch });
  const report = buildReport({
    name: options.name,
    commit: options.commit,
    pullRequest: options.pullRequest,
    totals,
    files: loaded.files,
    patch: patch === undefined ? undefined : 'unavailable' in patch ? patch : patch.value,
    gates,
    sources: loaded.sources,
    unmatched: loaded.unmatched,
  });
  const selected = report.patch ? selectAnnotations(report.patch) : { shown: [], leftOut: 0 };
  const failure = failureMessage(gates, options.name);
  return {
    exitCode: report.passed ? EXIT.ok : EXIT.gateFailed,
    report,
    failure,
    annotations: selected.shown,
    annotationsLeftOut: selected.leftOut,
    notes,
  };
}
