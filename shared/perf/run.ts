// perf-regression from settings to report, for the action and the CLI alike.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseScenario, singleRequest } from '../loadtest/scenario.js';
import { InputError, UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { AnalysisOptions } from './analyse.js';
import { compareSamples, mergeSamples, parseBenchJson, parseGoBench } from './ingest.js';
import { runLoadComparison } from './load-run.js';
import type { PerfInputs } from './options.js';
import { overallVerdict, PERF_REPORT_SCHEMA, type PerfReport } from './report.js';
import { checkoutMergeBase, runBuild } from './workspace.js';

export interface RunContext {
  workspace: string;
  /** The pull request's base commit (from the event), used when `base-ref` is empty. */
  baseSha?: string;
  headSha?: string;
  log: Logger;
}

function readUserFile(dir: string, file: string, input: string): string {
  try {
    return readFileSync(resolve(dir, file), 'utf8');
  } catch (error) {
    throw new InputError(
      input,
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

function ingest(inputs: PerfInputs, dir: string): PerfReport {
  const read = (files: string[], input: string) =>
    mergeSamples(
      files.map((f) =>
        inputs.mode === 'go-bench'
          ? parseGoBench(readUserFile(dir, f, input), f)
          : parseBenchJson(readUserFile(dir, f, input), f, inputs.benchBetter),
      ),
    );
  const { metrics, notes } = compareSamples(
    read(inputs.baseFiles, 'base-file'),
    read(inputs.headFiles, 'head-file'),
    inputs,
  );
  if (metrics.length === 0)
    throw new UsageError('no benchmark appears in both base-file and head-file; nothing to compare');
  return {
    schema: PERF_REPORT_SCHEMA,
    name: inputs.name,
    mode: inputs.mode as 'go-bench' | 'json-bench',
    ...overallVerdict(metrics, []),
    threshold: inputs.threshold,
    level: inputs.level,
    metrics,
    limits: [],
    notes,
  };
}

export async function runPerfRegression(inputs: PerfInputs, ctx: RunContext): Promise<PerfReport> {
  const headDir = join(ctx.workspace, inputs.workingDirectory);
  if (inputs.mode === 'go-bench' || inputs.mode === 'json-bench') return ingest(inputs, headDir);

  const requests = inputs.scenario
    ? parseScenario(readUserFile(headDir, inputs.scenario, 'scenario'), inputs.scenario)
    : [singleRequest(inputs.url)];
  const analysis: AnalysisOptions = {
    metrics: inputs.metrics,
    threshold: inputs.threshold,
    memoryThreshold: inputs.memoryThreshold,
    level: inputs.level,
    limits: {
      maxErrorRate: inputs.maxErrorRate,
      maxNon2xxRate: inputs.maxNon2xxRate,
      maxTimeouts: inputs.maxTimeouts,
    },
  };
  const baseRef = inputs.baseRef || ctx.baseSha;
  if (inputs.mode === 'ab' && !baseRef) {
    throw new InputError(
      'base-ref',
      'no base to compare with: this is not a pull_request event; set base-ref (e.g. origin/main) or use mode: aa',
    );
  }
  const base =
    inputs.mode === 'ab' ? await checkoutMergeBase(ctx.workspace, baseRef as string, ctx.log) : undefined;
  try {
    const baseDir = base ? join(base.dir, inputs.workingDirectory) : headDir;
    if (inputs.buildCommand) {
      await runBuild('head', headDir, inputs.buildCommand, ctx.log);
      if (base) await runBuild('base', baseDir, inputs.buildCommand, ctx.log);
    }
    const report = await runLoadComparison({
      name: inputs.name,
      mode: inputs.mode,
      base: { label: 'base', cwd: baseDir, command: inputs.startCommand },
      head: { label: 'head', cwd: headDir, command: inputs.startCommand },
      healthPath: inputs.healthPath,
      readyTimeoutMs: inputs.readyTimeoutSeconds * 1000,
      requests,
      trialSeconds: inputs.trialSeconds,
      connections: inputs.connections,
      requestTimeoutSeconds: inputs.requestTimeoutSeconds,
      rounds: inputs.rounds,
      maxDurationMs: inputs.maxDurationSeconds * 1000,
      rateShare: inputs.rateShare,
      ...(inputs.fixedRate !== undefined ? { fixedRate: inputs.fixedRate } : {}),
      analysis,
      log: ctx.log,
    });
    report.commits = { ...(base ? { base: base.sha } : {}), ...(ctx.headSha ? { head: ctx.headSha } : {}) };
    return report;
  } finally {
    await base?.remove();
  }
}
