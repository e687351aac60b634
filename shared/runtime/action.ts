// The GitHub Actions side of the runtime: the only place shipshape speaks the runner's workflow
// commands. It builds the environment once, runs an action's spec and applies what the spec asks to
// publish. What only some runs need (Octokit, the export clients) is imported when a run needs it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportConfigured, readExportSettings } from '../export/settings.js';
import { type EventContext, readEventContext } from '../github/context.js';
import { describeGitHubError } from '../github/errors.js';
import { ownLogins } from '../github/identity.js';
import { type CommentMode, postCommentSection } from '../github/pr-comment.js';
import { setCommitStatus } from '../github/status.js';
import { openHistory } from '../history/select.js';
import { readHistorySettings, recordDecision } from '../history/settings.js';
import { childEnvironment } from './child-env.js';
import { classifyFailure, EnvironmentError, EXIT, type ExitCode } from './errors.js';
import { type InputSource, readBoolean, readChoiceRetiring } from './inputs.js';
import { createLogger, type Logger } from './logger.js';
import {
  type ActionSpec,
  failureSummary,
  type GitHubAccess,
  type GitHubIdentity,
  type Publication,
  type ReadEnv,
  type ShellEnv,
} from './shell.js';
import * as core from './workflow-commands.js';

/** Names of the inputs this run read, for the test that action.yml declares exactly those. */
const inputsRead = new Set<string>();

export const actionInputs: InputSource = {
  get: (name) => {
    inputsRead.add(name);
    return core.getInput(name);
  },
};

/**
 * With SHIPSHAPE_INPUTS_TRACE set (tests only), a run stops once every input is read and writes
 * their names to that file: since all inputs are read before any evidence, that is all of them.
 */
function traceInputs(): boolean {
  const file = process.env.SHIPSHAPE_INPUTS_TRACE;
  if (file) writeFileSync(file, `${JSON.stringify([...inputsRead].sort())}\n`);
  return Boolean(file);
}

export const actionLogger: Logger = createLogger({
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
  startGroup: (t) => core.startGroup(t),
  endGroup: () => core.endGroup(),
});

const COMMENT_MODES = ['shared', 'separate', 'off'] as const;
const RETIRED_COMMENT_WORDS: Record<string, CommentMode> = {
  true: 'shared',
  false: 'off',
  none: 'off',
  no: 'off',
};

/** What the runtime itself reads, before the action's own inputs: publication switches. */
interface ShellSettings {
  status: boolean;
  comment: CommentMode;
}

function readShellSettings(
  inputs: InputSource,
  publishes: ActionSpec<unknown, unknown>['publishes'] = {},
): ShellSettings {
  const { status = true, comment = true } = publishes;
  return {
    status: status ? readBoolean(inputs, 'status', true) : false,
    // The comment switch was a boolean before sections existed.
    comment: comment
      ? readChoiceRetiring(inputs, 'comment', COMMENT_MODES, 'shared', {
          what: 'comment mode',
          words: RETIRED_COMMENT_WORDS,
        })
      : 'off',
  };
}

/**
 * Builds the environment every action runs in; `inputs` is read for the token and history only.
 * `connect()` adds the GitHub client once the action's own inputs are read.
 */
export function buildShellEnv(
  action: string,
  inputs: InputSource,
  log: Logger,
  env = process.env,
): { env: ReadEnv; connect(): Promise<ShellEnv> } {
  const token = inputs.get('token');
  if (token) core.setSecret(token);
  let context: EventContext | undefined;
  let contextError: unknown;
  try {
    context = readEventContext(env, (p) => readFileSync(p, 'utf8'));
  } catch (error) {
    contextError = error;
  }
  const repository = context?.repo ?? splitRepository(env.GITHUB_REPOSITORY);
  const identity: GitHubIdentity | undefined = token && repository ? { token, ...repository } : undefined;
  let github: GitHubAccess | undefined;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const tempDir = join(env.RUNNER_TEMP || join(workspace, '.tmp'), 'shipshape');
  mkdirSync(tempDir, { recursive: true });
  const historySettings = readHistorySettings(inputs);
  const abort = new AbortController();
  // GitHub cancels with SIGINT, then SIGTERM: stop waiting, report what was seen, exit.
  process.once('SIGINT', () => abort.abort());
  process.once('SIGTERM', () => abort.abort());
  const runUrl =
    context?.runId && repository
      ? `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${context.runId}`
      : undefined;
  const readEnv: ReadEnv = {
    action,
    workspace,
    tempDir,
    log,
    env,
    context,
    requireContext() {
      if (context) return context;
      throw contextError instanceof Error
        ? contextError
        : new EnvironmentError('no event context: run this inside a GitHub Actions job');
    },
    github: identity,
    history: {
      settings: historySettings,
      decision: recordDecision(context, historySettings),
      open: () =>
        historySettings.backend === 'off'
          ? undefined
          : openHistory({
              backend: historySettings.backend,
              folder: historySettings.folder,
              ...(github ? { github } : {}),
              ...(context?.defaultBranch ? { branch: context.defaultBranch } : {}),
              log,
              env,
            }),
    },
    signal: abort.signal,
    mask: (secret) => {
      if (secret) core.setSecret(secret);
    },
    childEnv: (extra) => childEnvironment(env, extra),
    runUrl,
  };
  return {
    env: readEnv,
    async connect() {
      if (identity && !github) {
        const { createGitHubClient } = await import('../github/client.js');
        github = { ...identity, octokit: createGitHubClient({ token: identity.token, log }) };
      }
      return { ...readEnv, github };
    },
  };
}

function splitRepository(value: string | undefined): { owner: string; repo: string } | undefined {
  const [owner, repo] = (value ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

/** Posts statuses and the comment section; what could not be posted comes back as notes for the summary. */
async function publishToGitHub(pub: Publication, env: ShellEnv, shell: ShellSettings): Promise<string[]> {
  const notes: string[] = [];
  const { github, context, log } = env;
  if (pub.statuses?.length && shell.status) {
    if (!github) notes.push('No token was given, so no commit status was posted.');
    else if (!context) notes.push('Not in a GitHub Actions job, so no commit status was posted.');
    else {
      for (const s of pub.statuses) {
        // A status that cannot be posted (GitHub down after retries) is reported, never a defect:
        // the gate's verdict is already decided and stands in the job's own result.
        const result = await setCommitStatus(github.octokit, {
          owner: github.owner,
          repo: github.repo,
          sha: s.sha ?? context.headSha,
          context: s.context,
          state: s.state,
          description: s.description,
          ...((s.targetUrl ?? env.runUrl) ? { targetUrl: s.targetUrl ?? env.runUrl } : {}),
        }).catch((error: unknown) => ({
          ok: false as const,
          message: error instanceof Error ? error.message : String(error),
        }));
        if (!result.ok) {
          const message = `Commit status '${s.context}' not posted: ${result.message}`;
          log.warning(message);
          notes.push(message);
        }
      }
    }
  }
  const section = pub.comment;
  const issueNumber = section?.issueNumber ?? context?.prNumber;
  if (section && shell.comment !== 'off' && issueNumber !== undefined) {
    if (!github) notes.push('No token was given, so the pull request comment was not written.');
    else {
      try {
        const result = await postCommentSection(github.octokit, {
          owner: github.owner,
          repo: github.repo,
          issueNumber,
          key: section.key,
          body: section.body,
          ...(section.shorter ? { shorter: section.shorter } : {}),
          ...(env.runUrl ? { summaryUrl: env.runUrl } : {}),
          mode: shell.comment,
          // The comment is found again by its author: with a personal access token or a GitHub
          // App's token that is not github-actions[bot].
          authors: await ownLogins(github.octokit),
          log,
        });
        if (!result.ok) {
          log.warning(result.message);
          notes.push(result.message);
        } else {
          if ('comment-id' in pub.outputs) pub.outputs['comment-id'] = result.id;
          if ('comment-url' in pub.outputs) pub.outputs['comment-url'] = result.url;
          if (result.shortened)
            notes.push('The pull request comment shows this report shortened; it is complete here.');
        }
      } catch (error) {
        const message = `Pull request comment not written: ${describeGitHubError(error)}`;
        log.warning(message);
        notes.push(message);
      }
    }
  }
  return notes;
}

function applyOutputs(pub: Publication): void {
  for (const [name, value] of Object.entries(pub.outputs))
    core.setOutput(name, value === undefined ? '' : String(value));
  for (const a of pub.annotations ?? []) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'notice') core.notice(a.message, props);
    else core.warning(a.message, props);
  }
}

async function writeSummary(markdown: string): Promise<void> {
  core.appendSummary(markdown);
}

/** Runs one action: inputs, core, publication. Every error ends as a clear message and exit code. */
export async function runAction<S, R>(spec: ActionSpec<S, R>): Promise<void> {
  let exitCode: ExitCode = EXIT.internal;
  try {
    const shell = readShellSettings(actionInputs, spec.publishes);
    const exports = spec.publishes?.metrics === false ? { headers: {} } : readExportSettings(actionInputs);
    for (const value of Object.values(exports.headers)) core.setSecret(value);
    const shellEnv = buildShellEnv(spec.name, actionInputs, actionLogger);
    const settings = spec.read(actionInputs, shellEnv.env);
    if (traceInputs()) {
      process.exitCode = EXIT.ok;
      return;
    }
    const env = await shellEnv.connect();
    const report = await spec.run(settings, env);
    const pub = spec.present(report, settings, env);
    const notes = await publishToGitHub(pub, env, shell);
    applyOutputs(pub);
    if (exportConfigured(exports) && pub.metrics?.length) {
      const { exportMetrics } = await import('../export/publish.js');
      notes.push(...(await exportMetrics(pub.metrics, env, exports)));
    }
    const summary = [pub.summary, ...notes.map((n) => `> ${n}`)].filter(Boolean).join('\n\n');
    if (summary) await writeSummary(`${summary}\n`);
    if (pub.exitCode !== EXIT.ok) core.setFailed(pub.failure ?? `${spec.name} failed`);
    exitCode = pub.exitCode;
  } catch (error) {
    const failure = classifyFailure(error);
    core.setFailed(failure.message);
    if (failure.exitCode === EXIT.internal) {
      core.debug(error instanceof Error && error.stack ? error.stack : String(error));
    }
    await writeSummary(failureSummary(spec.name, failure.message)).catch(() => {});
    exitCode = failure.exitCode;
  }
  process.exitCode = exitCode;
  // Abandoned network retries (an artifact download given up on, say) must not keep the step
  // alive: once the run is done, give pending output a moment, then leave.
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

const EXIT_GRACE_MS = 3_000;
