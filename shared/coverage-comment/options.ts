// Every input coverage-comment reads, validated before any evidence is gathered, plus what the
// chosen mode needs of where it runs (checked here too, so a misconfigured job fails in a second).
import type { NoFilesBehaviour } from '../coverage/collect.js';
import type { CoverageFormat, Metric } from '../coverage/model.js';
import { parsePoints } from '../coverage/thresholds.js';
import { DEFAULT_MIN_COVERAGE, FORMATS } from '../coverage-gate/options.js';
import type { EventContext } from '../github/context.js';
import { EnvironmentError, InputError } from '../runtime/errors.js';
import {
  type InputSource,
  parsePercent,
  readChoice,
  readInteger,
  readList,
  readString,
} from '../runtime/inputs.js';
import type { ReadEnv, ShellEnv } from '../runtime/shell.js';
import type { PublishGateConfig } from './trust.js';

export const COMMENT_MODES = ['comment', 'compute', 'publish'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface CommentSettings {
  mode: CommentMode;
  name: string;
  patterns: string[];
  format: CoverageFormat | 'auto';
  workingDirectory: string;
  ifNoFiles: NoFilesBehaviour;
  gateReport: string;
  trendLength: number;
  /** Where the badge turns green; also the publish job's gate of the headline figure (min-coverage). */
  minCoverage: number;
  /** The publish job's own thresholds: the verdicts it posts are recomputed against these. */
  gates: PublishGateConfig;
  badgePath: string;
  badgeBranch: string;
  context: EventContext;
  /** publish: the workflow run whose artifact is published. */
  workflowRun?: { id: number; headSha: string };
}

function readWorkflowRun(context: EventContext, env: Pick<ShellEnv, 'env'>): { id: number; headSha: string } {
  if (context.eventName !== 'workflow_run') {
    throw new InputError(
      'mode',
      `publish runs on workflow_run events (this is ${context.eventName}); see docs/coverage-comment.md#fork-pull-requests`,
    );
  }
  const run = context.workflowRun;
  if (!run) {
    throw new EnvironmentError(
      `the workflow_run event in ${env.env.GITHUB_EVENT_PATH ?? 'GITHUB_EVENT_PATH'} has no run id or head sha`,
    );
  }
  return run;
}

export function readCommentSettings(
  inputs: InputSource,
  env: Pick<ReadEnv, 'requireContext' | 'github' | 'env'>,
): CommentSettings {
  const mode = readChoice(inputs, 'mode', COMMENT_MODES, 'comment');
  // The same words and defaults as coverage-gate: min-coverage gates the headline figure
  // (statements for Go, lines otherwise); min-lines and the others gate only when set.
  // coverage-gate's own parser, so both actions accept and refuse the same values alike.
  const minCoverage = parsePercent('min-coverage', inputs.get('min-coverage')) ?? DEFAULT_MIN_COVERAGE;
  const minimums: Partial<Record<Metric, number>> = {};
  for (const metric of ['lines', 'branches', 'functions'] as const) {
    const value = parsePercent(`min-${metric}`, inputs.get(`min-${metric}`));
    if (value !== undefined) minimums[metric] = value;
  }
  const gates: PublishGateConfig = { minCoverage, minimums };
  const minPatch = parsePercent('min-patch', inputs.get('min-patch'));
  if (minPatch !== undefined) gates.minPatch = minPatch;
  const maxDrop = parsePoints('max-drop', inputs.get('max-drop'));
  if (maxDrop !== undefined) gates.maxDrop = maxDrop;
  const settings: Omit<CommentSettings, 'context'> = {
    mode,
    name: readString(inputs, 'name'),
    patterns: readList(inputs, 'files'),
    format: readChoice(inputs, 'format', FORMATS, 'auto'),
    workingDirectory: readString(inputs, 'working-directory').replace(/^\.\/?$/, ''),
    ifNoFiles: readChoice(inputs, 'if-no-files', ['error', 'warn', 'ignore'] as const, 'error'),
    gateReport: readString(inputs, 'gate-report'),
    trendLength: readInteger(inputs, 'trend-length', 20, { min: 0, max: 500 }),
    minCoverage,
    gates,
    badgePath: readString(inputs, 'badge-path'),
    badgeBranch: readString(inputs, 'badge-branch'),
  };
  // Every mode is about a GitHub event: no GITHUB_SHA, no event file and the like end here.
  const context = env.requireContext();
  if (mode === 'compute' && !(env.env.GITHUB_ACTIONS === 'true' && env.env.ACTIONS_RUNTIME_TOKEN)) {
    throw new EnvironmentError(
      "mode: compute uploads the comment data as an artifact of this run, which needs the runner's ACTIONS_RUNTIME_TOKEN: run it as a step of a GitHub Actions job (not inside a container step or a script that clears the environment)",
    );
  }
  if (mode === 'publish') {
    const workflowRun = readWorkflowRun(context, env);
    if (!env.github)
      throw new InputError('token', 'publish mode needs a token with pull-requests: write and actions: read');
    return { ...settings, context, workflowRun };
  }
  return { ...settings, context };
}
