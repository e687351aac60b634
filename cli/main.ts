#!/usr/bin/env node
// `shipshape <command> [flags]`: the actions' gates on a developer's machine or in a pre-commit
// hook. Flags carry the same names and accept the same values as the action inputs.
import { runCoverageBadgeCli } from './coverage-badge.js';
import { runCoverageGateCli } from './coverage-gate.js';
import { runDashboardCli } from './dashboard.js';
import { runDeploySmokeHealthCli } from './deploy-smoke-health.js';

const USAGE = `Usage: shipshape <command> [flags]

Commands:
  coverage-gate   Check coverage reports against thresholds (see: shipshape coverage-gate --help)
  coverage-badge  Draw an SVG coverage badge from local reports
  dashboard       Write a static site charting the history store (see: shipshape dashboard --help)

Exit codes: 0 passed, 1 a gate failed, 2 bad input (unreadable report, wrong flag), 3 internal error.`;

/** The CLI uses Node 24's standard library (fs.glob among others), as the actions do on runners. */
const MIN_NODE_MAJOR = 24;

async function main(argv: string[]): Promise<number> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < MIN_NODE_MAJOR) {
    process.stderr.write(
      `shipshape needs Node.js ${MIN_NODE_MAJOR} or newer; this is ${process.versions.node}.\n`,
    );
    return 2;
  }
  const [command, ...rest] = argv;
  switch (command) {
    case 'coverage-gate':
      return runCoverageGateCli(rest);
    case 'perf-regression':
      return (await import('./perf-regression.js')).runPerfRegressionCli(rest);
    case 'deploy-smoke-health':
      return runDeploySmokeHealthCli(rest);
    case 'coverage-badge':
      return runCoverageBadgeCli(rest);
    case 'dashboard':
      return runDashboardCli(rest);
    case 'lighthouse-vitals':
      return (await import('./lighthouse-vitals.js')).runLighthouseVitalsCli(rest);
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`shipshape: unknown command '${command}'\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`shipshape: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
