import { mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runVitals } from '../shared/lighthouse/pipeline.js';
import { childEnvironment } from '../shared/runtime/child-env.js';
import { classifyFailure, EXIT } from '../shared/runtime/errors.js';
import type { InputSource } from '../shared/runtime/inputs.js';
import { stderrLogger } from '../shared/runtime/logger.js';
import { formatMetric, METRICS } from '../shared/vitals/metrics.js';
import { readVitalsOptions } from '../shared/vitals/options.js';
import { RATING_EMOJI } from '../shared/vitals/ratings.js';
import { renderSummary } from '../shared/vitals/render.js';
import type { VitalsReport } from '../shared/vitals/report.js';
import { vitalsVerdict } from '../shared/vitals/verdict.js';
import { readFlags } from './flags.js';

const HELP = `Usage: shipshape lighthouse-vitals [flags] [url...]

  --urls <url>                page(s) to audit (repeatable); paths with --static-dir
  --static-dir <dir>          serve this folder on 127.0.0.1 and audit it
  --start-command <cmd>       start the app first; the first URL is polled until it answers
  --base-origin <origin>      the base build's origin: the same paths are audited there too,
                              alternately with the head, and compared
  --base-static-dir <dir>     the base build as a folder served beside --static-dir
  --presets <p>               desktop | mobile | desktop,mobile (default desktop)
  --runs <n>                  runs per URL (default 3)   --compare-rounds <n> (default 6)
  --confidence <pct>          confidence of each interval, e.g. 95 (default)
  --threshold <pct>           smallest timing change that matters (default 10)
  --start-timeout <d>         how long start-command may take, e.g. 60s (default)
  --max-wait-for-load <d>     how long Lighthouse waits for the load, e.g. 45s (default)
  --throttling <t>            devtools (default) | simulate | provided
  --budgets <rules>           e.g. 'lcp=2.5s, cls=0.1' or '/blog/**: performance=90' (repeatable)
  --budget-file <file>        YAML or JSON budgets
  --cwv-gate <g>              poor (default) | needs-improvement | off
  --headers <h>               'Name: value' (repeatable), sent to the audited origin only
  --cookies <c>               'name=value' (repeatable), set for the audited host only
  --chrome-path <path>        default CHROME_PATH or what chrome-launcher finds
  --min-benchmark-index <n>   repeat runs on a slower machine (default 500; 0 off)
  --fail-on-regression <b>    fail on a regression against the base (default true)
  --name <name>               names this instance in the report
  --working-directory <dir>   where static-dir, budget-file and start-command are (default .)
  --base-url, --history-backend
                              retired: they stop with a message (use --base-origin; history is one input)
  --report <file>             write the JSON report here
  --markdown                  print the Markdown summary instead of plain text

Lighthouse is installed once into $SHIPSHAPE_TOOL_CACHE (default ~/.cache/shipshape).
Exit codes: 0 passed, 1 a budget or gate failed, 2 bad input or a page could not be measured, 3 internal error.`;

const FLAGS = {
  urls: { type: 'string', multiple: true },
  'static-dir': { type: 'string' },
  'start-command': { type: 'string' },
  'start-timeout': { type: 'string' },
  'base-origin': { type: 'string' },
  'base-url': { type: 'string' },
  'history-backend': { type: 'string' },
  'base-static-dir': { type: 'string' },
  presets: { type: 'string' },
  runs: { type: 'string' },
  throttling: { type: 'string' },
  budgets: { type: 'string', multiple: true },
  'budget-file': { type: 'string' },
  'cwv-gate': { type: 'string' },
  'min-benchmark-index': { type: 'string' },
  'compare-rounds': { type: 'string' },
  threshold: { type: 'string' },
  confidence: { type: 'string' },
  'fail-on-regression': { type: 'string' },
  headers: { type: 'string', multiple: true },
  cookies: { type: 'string', multiple: true },
  'chrome-path': { type: 'string' },
  'max-wait-for-load': { type: 'string' },
  name: { type: 'string' },
  'working-directory': { type: 'string' },
  report: { type: 'string' },
  markdown: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const log = stderrLogger();

function renderText(report: VitalsReport): string {
  const lines: string[] = [];
  for (const u of report.urls) {
    lines.push(`${u.passed ? 'PASS' : 'FAIL'} ${u.url} (${u.preset})`);
    if (u.status === 'failed') {
      lines.push(`  ${u.error}`);
      continue;
    }
    for (const spec of METRICS) {
      const v = u.median[spec.id];
      if (v === undefined) continue;
      const rating = u.ratings[spec.id];
      const verdict = u.comparison?.metrics.find((m) => m.metric === spec.id);
      lines.push(
        `  ${spec.label.padEnd(44)} ${formatMetric(spec.id, v).padStart(8)} ${rating ? RATING_EMOJI[rating] : '  '}${verdict ? `  ${verdict.verdict}` : ''}`,
      );
    }
    for (const r of u.reasons) lines.push(`  ✗ ${r}`);
  }
  lines.push(`Lighthouse ${report.lighthouseVersion}, Chrome ${report.chromeVersion}`);
  return `${lines.join('\n')}\n`;
}

export async function runLighthouseVitalsCli(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = readFlags(
      'lighthouse-vitals',
      { options: FLAGS, allowPositionals: true },
      argv,
    );
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.ok;
    }
    if (positionals.length > 0) values.urls = [...(values.urls ?? []), ...positionals];
    const source: InputSource = {
      get(name) {
        if (name === 'upload-reports') return 'false';
        const value = values[name as keyof typeof values];
        if (Array.isArray(value)) return value.join('\n').trim();
        return typeof value === 'string' ? value.trim() : '';
      },
    };
    const options = readVitalsOptions(source);
    const outDir = mkdtempSync(join(tmpdir(), 'shipshape-lighthouse-'));
    const run = await runVitals(options, {
      installRoot:
        process.env.SHIPSHAPE_TOOL_CACHE ||
        join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'shipshape'),
      outDir,
      workspace: process.cwd(),
      env: process.env,
      childEnv: childEnvironment(process.env),
      log,
    });
    if (values.report) writeFileSync(resolve(values.report), `${JSON.stringify(run.report, null, 2)}\n`);
    process.stdout.write(
      values.markdown ? renderSummary(run.report, { notes: run.notes }) : renderText(run.report),
    );
    process.stderr.write(`HTML reports: ${outDir}\n`);
    return vitalsVerdict(run.report).exitCode;
  } catch (error) {
    const { exitCode, message } = classifyFailure(error);
    process.stderr.write(`shipshape lighthouse-vitals: ${message}\n`);
    return exitCode;
  }
}
