// perf-regression from settings to report, for the action and the CLI alike.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseScenario, type ScenarioRequest, singleRequest } from '../loadtest/scenario.js';
import { stopServicesOnCancel } from '../loadtest/service.js';
import { InputError, UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { type AnalysisOptions, DEFAULT_SCHEDULE } from './analyse.js';
import { type BenchSamples, compareSamples, mergeSamples, parseBenchJson, parseGoBench } from './ingest.js';
import { runLoadComparison } from './load-run.js';
import type { PerfInputs } from './options.js';
import { type MetricResult, overallVerdict, PERF_REPORT_SCHEMA, type PerfReport } from './report.js';
import { checkoutMergeBase, runBuild } from './workspace.js';

export interface RunContext {
  workspace: string;
  /** The pull request's base commit (from the event), used when `base-ref` is empty. */
  baseSha?: string;
  headSha?: string;
  log: Logger;
  /** The environment of build and start commands: the shell's childEnv (no inputs, no runner tokens). */
  childEnv: NodeJS.ProcessEnv;
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

/** The head's figures alone (no base-file): shown and recorded for the trend, nothing tested. */
function headOnly(head: BenchSamples): MetricResult[] {
  return [...head.entries()].map(([key, e]) => {
    const sorted = [...e.values].sort((a, b) => a - b);
    const value = sorted[Math.floor((sorted.length - 1) / 2)] as number;
    return {
      key,
      label: `${e.name} (${e.unit})`,
      unit: e.unit,
      better: e.better,
      base: Number.NaN,
      head: value,
      changePct: Number.NaN,
      lowerPct: Number.NaN,
      upperPct: Number.NaN,
      level: 0,
      verdict: 'inconclusive',
      reason: 'no base-file: the head is shown and tracked in the trend, not tested',
      mdePct: null,
      samples: e.values.length,
      gated: false,
    };
  });
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
  const head = read(inputs.headFiles, 'head-file');
  const { metrics, notes } =
    inputs.baseFiles.length === 0
      ? { metrics: headOnly(head), notes: [] }
      : compareSamples(read(inputs.baseFiles, 'base-file'), head, inputs);
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

/** The requests of a load test; a bad scenario file is an input error before anything starts. */
export function loadRequests(inputs: PerfInputs, headDir: string): ScenarioRequest[] {
  return inputs.scenario
    ? parseScenario(readUserFile(headDir, inputs.scenario, 'scenario'), inputs.scenario)
    : [singleRequest(inputs.path)];
}

export async function runPerfRegression(inputs: PerfInputs, ctx: RunContext): Promise<PerfReport> {
  const headDir = join(ctx.workspace, inputs.workingDirectory);
  if (inputs.mode === 'go-bench' || inputs.mode === 'json-bench') return ingest(inputs, headDir);

  const requests = loadRequests(inputs, headDir);
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
    schedule: DEFAULT_SCHEDULE,
  };
  const baseRef = inputs.baseRef || ctx.baseSha;
  if (inputs.mode === 'ab' && !baseRef) {
    throw new InputError(
      'base-ref',
      'no base to compare with: this is not a pull_request event; set base-ref (e.g. origin/main) or use mode: aa',
    );
  }
  // From here on, a cancelled job stops every process it started before it exits.
  stopServicesOnCancel();
  const base =
    inputs.mode === 'ab' ? await checkoutMergeBase(ctx.workspace, baseRef as string, ctx.log) : undefined;
  try {
    const baseDir = base ? join(base.dir, inputs.workingDirectory) : headDir;
    if (inputs.buildCommand) {
      await ctx.log.group('Build', async () => {
        await runBuild('head', headDir, inputs.buildCommand, ctx.log, ctx.childEnv);
        if (base) await runBuild('base', baseDir, inputs.buildCommand, ctx.log, ctx.childEnv);
      });
    }
    const report = await runLoadComparison({
      name: inputs.name,
      mode: inputs.mode,
      base: { label: 'base', cwd: baseDir, command: inputs.startCommand },
      head: { label: 'head', cwd: headDir, command: inputs.startCommand },
      healthPath: inputs.healthPath,
      readyTimeoutMs: inputs.readyTimeoutMs,
      requests,
      trialSeconds: inputs.trialSeconds,
      connections: inputs.connections,
      requestTimeoutSeconds: inputs.requestTimeoutSeconds,
      maxDurationMs: inputs.maxDurationMs,
      rateShare: inputs.rateShare,
      ...(inputs.fixedRate !== undefined ? { fixedRate: inputs.fixedRate } : {}),
      analysis,
      log: ctx.log,
      env: ctx.childEnv,
    });
    report.commits = { ...(base ? { base: base.sha } : {}), ...(ctx.headSha ? { head: ctx.headSha } : {}) };
    return report;
  } finally {
    await base?.remove();
  }
}
