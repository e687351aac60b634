import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readPerfInputs } from '../shared/perf/options.js';
import { changeText, gateFails, renderPerfSummary, verdictLabel } from '../shared/perf/render.js';
import type { PerfReport } from '../shared/perf/report.js';
import { runPerfRegression } from '../shared/perf/run.js';
import { classifyFailure, InputError } from '../shared/runtime/errors.js';
import type { InputSource } from '../shared/runtime/inputs.js';
import { stderrLogger } from '../shared/runtime/logger.js';

const HELP = `Usage: shipshape perf-regression [flags]

Load tests (base = merge-base of --base-ref and HEAD, in a temporary git worktree):
  --mode <m>               ab | aa | go-bench | json-bench (default ab)
  --start-command <cmd>    starts the service on $PORT (required for ab, aa)
  --build-command <cmd>    run once in each checkout first
  --base-ref <ref>         e.g. origin/main (required for ab)
  --url <path>             path to load (default /)     --scenario <file>   YAML/JSON request list
  --health-path <path>     readiness path (default /)   --ready-timeout <s> (default 60)
  --rounds <n>             incl. warm-up (default 10)   --trial-duration <s> (default 2)
  --max-duration <s>       time budget (default 180)    --connections <n>   (default 10)
  --rate <r>               50% of base capacity, or req/s (default 50%)
  --metrics <list>         p50,p90,p99,rps,cpu,rss      --threshold <pct>   (default 5)
  --memory-threshold <pct> (default 20)                 --confidence <pct>  (default 95)
  --max-error-rate <pct>   --max-non2xx-rate <pct>      --max-timeouts <n>
  --working-directory <d>
Benchmarks:
  --base-file <f> --head-file <f>   (repeatable)        --bigger-is-better  (json-bench)
Output:
  --name <name>  --report <file> (JSON)  --markdown (print the Markdown summary)

Exit codes: 0 no regression, 1 regression or hard limit exceeded, 2 bad input or the service failed, 3 internal error.`;

const STRING_FLAGS = [
  'mode',
  'name',
  'start-command',
  'build-command',
  'working-directory',
  'base-ref',
  'url',
  'scenario',
  'health-path',
  'ready-timeout',
  'rounds',
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

function renderText(report: PerfReport): string {
  const lines = [
    `perf-regression${report.name ? ` (${report.name})` : ''}: ${verdictLabel(report.verdict)}: ${report.reason}`,
  ];
  for (const m of report.metrics)
    lines.push(`  ${m.label.padEnd(28)} ${changeText(m).padEnd(28)} ${m.verdict}`);
  for (const l of report.limits.filter((x) => x.exceeded))
    lines.push(`  limit exceeded: ${l.label} ${l.head} > ${l.limit}`);
  return `${lines.join('\n')}\n`;
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
    const inputs = readPerfInputs(source);
    const log = stderrLogger();
    const report = await runPerfRegression(inputs, { workspace: process.cwd(), log });
    if (typeof values.report === 'string')
      writeFileSync(resolve(values.report), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(values.markdown ? renderPerfSummary(report) : renderText(report));
    return gateFails(report) ? 1 : 0;
  } catch (error) {
    const { exitCode, message } = classifyFailure(error);
    process.stderr.write(`shipshape perf-regression: ${message}\n`);
    return exitCode;
  }
}
