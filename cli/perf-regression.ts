// `shipshape perf-regression`: the action's spec on a developer's machine, with flags named like the
// action's inputs. No GitHub: no status, no comment; history only when --history is given.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spec } from '../actions/perf-regression/src/spec.js';
import { openHistory } from '../shared/history/select.js';
import { readHistorySettings, recordDecision } from '../shared/history/settings.js';
import { changeText, verdictLabel } from '../shared/perf/render.js';
import type { PerfReport } from '../shared/perf/report.js';
import { childEnvironment } from '../shared/runtime/child-env.js';
import { classifyFailure, EnvironmentError, InputError } from '../shared/runtime/errors.js';
import type { InputSource } from '../shared/runtime/inputs.js';
import { stderrLogger } from '../shared/runtime/logger.js';
import type { ShellEnv } from '../shared/runtime/shell.js';

const HELP = `Usage: shipshape perf-regression [flags]

Load tests (base = merge-base of --base-ref and HEAD, in a temporary git worktree):
  --mode <m>               ab | aa | go-bench | json-bench (default ab)
  --start-command <cmd>    starts the service on $PORT (required for ab, aa)
  --build-command <cmd>    run once in each checkout first
  --base-ref <ref>         e.g. origin/main (required for ab)
  --path <path>            path to load (default /)     --scenario <file>   YAML/JSON request list
  --health-path <path>     readiness path (default /)   --ready-timeout <d> (default 60s)
  --trial-duration <d>     whole seconds (default 2s)   --max-duration <d>  time budget (default 90s)
  --connections <n>        (default 10)                 --request-timeout <d> (default 10s)
  --rate <r>               50% of base capacity, or req/s (default 50%)
  --metrics <list>         gated metrics, of p50,p90,p99,rps,cpu,rss (default cpu)
  --threshold <pct>        (default 5)                  --memory-threshold <pct> (default 20)
  --confidence <pct>       (default 95)
  --max-error-rate <pct>   --max-non2xx-rate <pct>      --max-timeouts <n>
  --working-directory <d>
Benchmarks:
  --base-file <f> --head-file <f>   (repeatable)        --bigger-is-better  (json-bench)
History (off unless given):
  --history folder --history-folder <dir> --history-keep <n>
Output:
  --name <name>  --report <file> (JSON)  --markdown (print the Markdown summary)

Durations: 500ms, 30s, 5m (a bare number means seconds). Percentages: 95 means 95%.
Exit codes: 0 no regression, 1 regression or hard limit exceeded, 2 bad input or the service failed, 3 internal error.`;

const STRING_FLAGS = [
  'mode',
  'name',
  'start-command',
  'build-command',
  'working-directory',
  'base-ref',
  'path',
  'scenario',
  'health-path',
  'ready-timeout',
  'trial-duration',
  'max-duration',
  'connections',
  'rate',
  'request-timeout',
  'metrics',
  'threshold',
  'memory-threshold',
  'confidence',
  'max-error-rate',
  'max-non2xx-rate',
  'max-timeouts',
  'history',
  'history-folder',
  'history-keep',
  'report',
] as const;

const FLAGS = {
  ...Object.fromEntries(STRING_FLAGS.map((f) => [f, { type: 'string' as const }])),
  'base-file': { type: 'string', multiple: true },
  'head-file': { type: 'string', multiple: true },
  'bigger-is-better': { type: 'boolean' },
  markdown: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Inputs the CLI cannot take: they only mean something inside a GitHub Actions job. */
export const ACTION_ONLY_INPUTS = ['token', 'status', 'comment', 'url'];

function renderText(report: PerfReport): string {
  const lines = [
    `perf-regression${report.name ? ` (${report.name})` : ''}: ${verdictLabel(report.verdict)}: ${report.reason}`,
  ];
  for (const m of report.metrics)
    lines.push(
      `  ${m.label.padEnd(28)} ${changeText(m).padEnd(28)} ${m.gated === false ? `(not gated) ${m.verdict}` : m.verdict}`,
    );
  for (const l of report.limits.filter((x) => x.exceeded))
    lines.push(`  limit exceeded: ${l.label} ${l.head} > ${l.limit}`);
  return `${lines.join('\n')}\n`;
}

function cliEnv(source: InputSource): ShellEnv {
  const log = stderrLogger();
  const workspace = process.cwd();
  const settings = readHistorySettings({
    get: (n) => (n === 'history' ? source.get(n) || 'off' : source.get(n)),
  });
  const abort = new AbortController();
  return {
    action: spec.name,
    workspace,
    tempDir: mkdtempSync(join(tmpdir(), 'shipshape-perf-')),
    log,
    env: process.env,
    context: undefined,
    requireContext() {
      throw new EnvironmentError('no event context: run this inside a GitHub Actions job');
    },
    github: undefined,
    history: {
      settings,
      decision: recordDecision(undefined, settings),
      open: () =>
        settings.backend === 'off'
          ? undefined
          : openHistory({ backend: settings.backend, folder: settings.folder, log, env: process.env }),
    },
    signal: abort.signal,
    mask() {},
    childEnv: (extra) => childEnvironment(process.env, extra),
    runUrl: undefined,
  };
}

export async function runPerfRegressionCli(argv: string[]): Promise<number> {
  try {
    let values: Record<string, string | string[] | boolean | undefined>;
    try {
      values = parseArgs({ args: argv, options: FLAGS, strict: true }).values;
    } catch (error) {
      throw new InputError('flags', `${(error as Error).message}\n\n${HELP}`);
    }
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    const source: InputSource = {
      get(name) {
        const value = values[name];
        if (Array.isArray(value)) return value.join(',');
        if (typeof value === 'boolean') return String(value);
        return typeof value === 'string' ? value.trim() : '';
      },
    };
    const env = cliEnv(source);
    const settings = spec.read(source, env);
    const run = await spec.run(settings, env);
    const pub = spec.present(run, settings, env);
    if (typeof values.report === 'string')
      writeFileSync(resolve(values.report), `${JSON.stringify(run.report, null, 2)}\n`);
    process.stdout.write(values.markdown ? (pub.summary ?? '') : renderText(run.report));
    return pub.exitCode;
  } catch (error) {
    const { exitCode, message } = classifyFailure(error);
    process.stderr.write(`shipshape perf-regression: ${message}\n`);
    return exitCode;
  }
}
