// Every `shipshape` command: the table `shipshape --help` lists and main.ts dispatches from. Each
// command's module is imported only when that command runs, so `--help`, `--version` and a
// coverage gate in a pre-commit hook load none of the load-testing or Lighthouse code.

import { EXIT_CODES_HELP } from './exit-codes.js';

export type CommandMain = (argv: string[]) => Promise<number>;

export interface Command {
  name: string;
  summary: string;
  /** The action whose inputs this command's flags mirror (actions/<action>/action.yml). */
  action?: string;
  load(): Promise<CommandMain>;
  /**
   * For commands not yet run through the action's spec (cli/run-spec.ts derives flags and this list
   * from action.yml itself): inputs that are not flags because they only work inside a GitHub job,
   * each with why. `shipshape <command> --help` shows them.
   */
  actionOnly?: Readonly<Record<string, string>>;
  /**
   * Inputs such a command does not take yet (it predates the spec runner). Shown in --help; the list
   * empties when the action's spec lands and the command moves to runSpecCli.
   */
  notYetFlags?: readonly string[];
  /** The command forwards every `--<input>` to the action's input reader. */
  acceptsEveryInput?: boolean;
}

const TOKEN = 'the CLI talks to no GitHub API; it reads local files and git';
const STATUS = 'commit statuses are posted from GitHub Actions only';
const COMMENT = 'the pull request comment is written from GitHub Actions only';

/** Actions without a command of their own yet, and why. */
export const WITHOUT_COMMAND: Readonly<Record<string, string>> = {
  'coverage-comment':
    'its settings need the event of a GitHub Actions job (the spec reads the pull request, the workflow_run and the default branch from it), so it has no local preview yet; shipshape coverage-gate --markdown prints the figures',
};

const METRICS =
  "metrics go to the team's backend from CI runs (docs/metrics.md); a local run is not a data point";

export const COMMANDS: readonly Command[] = [
  {
    name: 'coverage-gate',
    summary: 'Check coverage reports against thresholds (lines, branches, per path, patch)',
    action: 'coverage-gate',
    load: async () => (await import('./coverage-gate.js')).runCoverageGateCli,
    actionOnly: {
      token: TOKEN,
      status: STATUS,
      annotate: 'annotations are workflow commands; the CLI prints every failing gate instead',
      'metrics-remote-write': METRICS,
      'metrics-otlp': METRICS,
      'metrics-pushgateway': METRICS,
      'metrics-headers': METRICS,
    },
    notYetFlags: ['max-drop', 'history', 'history-folder', 'history-keep'],
  },
  {
    name: 'coverage-badge',
    summary: 'Draw an SVG coverage badge from local coverage reports',
    load: async () => (await import('./coverage-badge.js')).runCoverageBadgeCli,
  },
  {
    name: 'perf-regression',
    summary: 'Load-test base and head alternately and report regressions with confidence',
    action: 'perf-regression',
    load: async () => (await import('./perf-regression.js')).runPerfRegressionCli,
  },
  {
    name: 'lighthouse-vitals',
    summary: 'Audit pages with Lighthouse and check web-vitals budgets, or compare base and head',
    action: 'lighthouse-vitals',
    load: async () => (await import('./lighthouse-vitals.js')).runLighthouseVitalsCli,
    actionOnly: {
      status: STATUS,
      token: TOKEN,
      comment: COMMENT,
      'upload-reports': 'workflow artifacts exist only in a GitHub job; the CLI writes reports with --report',
      'metrics-remote-write':
        'the CLI prints its figures (--report writes them as JSON) instead of exporting them',
      'metrics-otlp': 'the CLI prints its figures (--report writes them as JSON) instead of exporting them',
      'metrics-pushgateway':
        'the CLI prints its figures (--report writes them as JSON) instead of exporting them',
      'metrics-headers':
        'the CLI prints its figures (--report writes them as JSON) instead of exporting them',
    },
    notYetFlags: ['history', 'history-folder', 'history-keep'],
  },
  {
    name: 'deploy-smoke-health',
    summary: 'Check health endpoints after a deploy or on a schedule',
    action: 'deploy-smoke-health',
    load: async () => (await import('./deploy-smoke-health.js')).runDeploySmokeHealthCli,
    acceptsEveryInput: true,
    actionOnly: {
      token: TOKEN,
      status: STATUS,
      issues: 'incident issues are opened from GitHub Actions only; the CLI reports on stdout',
    },
  },
  {
    name: 'dashboard',
    summary: 'Write a static site charting the history store',
    load: async () => (await import('./dashboard.js')).runDashboardCli,
  },
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** What `shipshape <command> --help` adds after the command's own help: inputs that are not flags. */
export function renderInputNotes(command: Command): string {
  const lines: string[] = [];
  const only = Object.entries(command.actionOnly ?? {});
  if (only.length > 0) {
    lines.push('', `Action-only inputs of ${command.action} (GitHub Actions only, not flags):`);
    for (const [name, why] of only) lines.push(`  ${name}: ${why}`);
  }
  if (command.notYetFlags?.length) {
    lines.push(
      '',
      `Inputs of ${command.action} not yet available as flags here: ${command.notYetFlags.join(', ')}`,
    );
  }
  return lines.join('\n');
}

export function renderUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: shipshape <command> [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `shipshape <command> --help` (or `shipshape help <command>`) for its flags.',
    '  --help, -h     this text',
    '  --version, -v  the version of shipshape',
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}
