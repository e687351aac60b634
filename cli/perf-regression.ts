// `shipshape perf-regression`: the action's spec on a developer's machine (cli/run-spec.ts), with
// the action's inputs as flags: the same names, values and defaults as in a workflow.
import { spec } from '../actions/perf-regression/src/spec.js';
import { ACTION_INPUTS } from './action-inputs.js';
import { runSpecCli, type SpecCommand } from './run-spec.js';

export const perfRegressionCommand: SpecCommand<unknown, unknown> = {
  name: 'perf-regression',
  spec: spec as never,
  inputs: ACTION_INPUTS['perf-regression'] ?? [],
  actionOnly: { url: "renamed to 'path'" },
  // A run on a developer's machine keeps no history unless asked to.
  cliDefaults: { history: 'off' },
  summary:
    'Load-test the merge-base of --base-ref and HEAD against HEAD (or compare --base-file / --head-file benchmarks).',
};

export function runPerfRegressionCli(argv: string[]): Promise<number> {
  return runSpecCli(perfRegressionCommand, argv);
}
