import { resolve } from 'node:path';
import { loadHistory } from '../shared/dashboard/load.js';
import { DEFAULT_MAX_POINTS, DEFAULT_MAX_SERIES, shapeDashboard } from '../shared/dashboard/model.js';
import { writeDashboardSite } from '../shared/dashboard/site.js';
import { DEFAULT_HISTORY_FOLDER } from '../shared/history/select.js';
import { classifyFailure, InputError } from '../shared/runtime/errors.js';
import { readFlags } from './flags.js';

const HELP = `Usage: shipshape dashboard [flags]

Writes a static site (ready for GitHub Pages) from the history store: index.html (an overview of
every gate and monitor, then coverage, perf and vitals trends per instance and branch, and uptime per
check), status.html (a status page: per environment and check, the current state, uptime over
24 h / 7 d / 30 d / 90 d, response times and incidents) and badges/<check>-uptime.svg and
badges/<check>-response-time.svg per check.

  --history <path>          history folder or .jsonl file (repeatable); folders are searched
                            for *.jsonl at any depth (default ${DEFAULT_HISTORY_FOLDER})
  --out <dir>               where to write the site (default _site)
  --title <text>            page title (default 'shipshape dashboard')
  --default-branch <name>   branch listed first in every table and chart (default main, then master)
  --max-branches <n>        branches charted per kind and name, most recently measured first (default ${DEFAULT_MAX_SERIES})
  --max-points <n>          newest runs charted per branch (default ${DEFAULT_MAX_POINTS})
  --server-url <url>        base of commit and run links (default $GITHUB_SERVER_URL or https://github.com)

Exit codes: 0 written, 2 bad input (missing history path, wrong flag), 3 internal error.`;

const FLAGS = {
  history: { type: 'string', multiple: true },
  out: { type: 'string' },
  title: { type: 'string' },
  'default-branch': { type: 'string' },
  'max-branches': { type: 'string' },
  'max-points': { type: 'string' },
  'server-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InputError(flag, `expected a whole number ≥ 1, got '${value}'`);
  return n;
}

function serverUrl(value: string | undefined): string {
  const text = value ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError('server-url', `'${text}' is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('server-url', `expected an http(s) URL, got '${text}'`);
  }
  return url.origin;
}

export async function runDashboardCli(argv: string[]): Promise<number> {
  try {
    const { values } = readFlags('dashboard', { options: FLAGS }, argv);
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    const paths = (values.history ?? [DEFAULT_HISTORY_FOLDER]).flatMap((p) => p.split(',')).filter(Boolean);
    const out = resolve(values.out ?? '_site');
    const options = {
      title: values.title?.trim() || 'shipshape dashboard',
      generatedAt: new Date().toISOString(),
      defaultBranch: values['default-branch']?.trim() || undefined,
      maxSeries: positiveInt('max-branches', values['max-branches'], DEFAULT_MAX_SERIES),
      maxPoints: positiveInt('max-points', values['max-points'], DEFAULT_MAX_POINTS),
      serverUrl: serverUrl(values['server-url']),
    };
    const log = { warning: (m: string) => process.stderr.write(`warning: ${m}\n`) };
    const history = await loadHistory(paths, log);
    if (history.files.length === 0) log.warning(`no .jsonl history files under ${paths.join(', ')}`);
    const data = shapeDashboard(history.records, options);
    await writeDashboardSite(out, data);
    const groups = data.sections.reduce((n, s) => n + s.groups.length, 0);
    process.stdout.write(
      `Dashboard written to ${out}/index.html (status page: status.html): ${data.records} record(s) from ${history.files.length} file(s), ` +
        `${groups} chart group(s) in ${data.sections.length} kind(s), ${data.checks.length} uptime check(s)` +
        `${history.skipped > 0 ? `; ${history.skipped} damaged line(s) skipped` : ''}.\n`,
    );
    return 0;
  } catch (error) {
    const { exitCode, message } = classifyFailure(error);
    process.stderr.write(`shipshape dashboard: ${message}\n`);
    return exitCode;
  }
}
