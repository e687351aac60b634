// Every `shipshape` command: the table `shipshape --help` lists and main.ts dispatches from. Each
// command's module is imported only when that command runs, so `--help`, `--version` and a
// coverage gate in a pre-commit hook load none of the load-testing or Lighthouse code.

export type CommandMain = (argv: string[]) => Promise<number>;

export interface Command {
  name: string;
  summary: string;
  /** The action whose inputs this command's flags mirror (actions/<action>/action.yml). */
  action?: string;
  load(): Promise<CommandMain>;
}

export const COMMANDS: readonly Command[] = [
  {
    name: 'coverage-gate',
    summary: 'Check coverage reports against thresholds (lines, branches, per path, patch)',
    action: 'coverage-gate',
    load: async () => (await import('./coverage-gate.js')).runCoverageGateCli,
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
  },
  {
    name: 'deploy-smoke-health',
    summary: 'Check health endpoints after a deploy or on a schedule',
    action: 'deploy-smoke-health',
    load: async () => (await import('./deploy-smoke-health.js')).runDeploySmokeHealthCli,
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

export const EXIT_CODES_HELP = `Exit codes:
  0  passed
  1  a gate failed (the evidence was read and did not meet a threshold)
  2  bad input or environment: a wrong flag, an unreadable report, a missing tool (the message says what to do)
  3  a defect in shipshape (please report it)`;

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
