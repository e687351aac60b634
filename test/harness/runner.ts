import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_REPOSITORY, pushEvent, type WorkflowEvent } from './events.js';
import { FAKE_GITHUB_TOKEN } from './fake-github.js';
import { fakeSha } from './fake-repo.js';
import {
  type Annotation,
  parseFileCommands,
  parseWorkflowCommands,
  type WorkflowCommand,
} from './workflow-commands.js';

// Runs a bundled JavaScript action the way the GitHub runner does: inputs as INPUT_* (with action.yml
// defaults applied), the GITHUB_* / RUNNER_* environment, file commands in fresh files, the event payload
// on disk. Nothing from the parent's GITHUB_* environment leaks in, and every GitHub URL defaults to an
// unroutable loopback port so a test can never reach the real API by accident.

export { pullRequestEvent, pushEvent, type WorkflowEvent } from './events.js';
export type { Annotation, ParsedWorkflowCommands, WorkflowCommand } from './workflow-commands.js';
export { parseWorkflowCommands } from './workflow-commands.js';

export interface ActionRun {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  stdout: string;
  stderr: string;
  masks: string[];
  /** The environment the action was started with. */
  env: Record<string, string>;
  /** Variables the action exported through GITHUB_ENV (core.exportVariable). */
  exportedEnv: Record<string, string>;
  /** Values saved through GITHUB_STATE (core.saveState). */
  savedState: Record<string, string>;
  /** Directories added through GITHUB_PATH (core.addPath). */
  addedPath: string[];
  /** Every workflow command the action printed, in order. */
  commands: WorkflowCommand[];
  durationMs: number;
}

export interface RunOptions {
  /** By the names used in action.yml, e.g. 'min-lines'. */
  inputs?: Record<string, string>;
  /** Written to GITHUB_EVENT_PATH; GITHUB_EVENT_NAME, GITHUB_SHA, GITHUB_REF follow it. Default: a push to main. */
  event?: WorkflowEvent;
  /** GITHUB_WORKSPACE and cwd (default: a fresh temp dir). */
  workspace?: string;
  /** Extra env, applied last, e.g. GITHUB_API_URL pointing at the fake. */
  env?: Record<string, string>;
  /** Kill after this many ms (default 60 000) and reject with the output so far. */
  timeoutMs?: number;
  /** Absolute path of the script to run instead of dist/<name>/index.js. */
  entry?: string;
  /** Absolute path of the action.yml whose inputs apply (default actions/<name>/action.yml). */
  actionYml?: string;
  /** What `${{ github.token }}` evaluates to (default FAKE_GITHUB_TOKEN, the fake's default token). */
  token?: string;
  /** Sets RUNNER_DEBUG=1, as re-running a job with debug logging does. */
  debug?: boolean;
  /** The runner only warns about inputs action.yml does not declare; by default this rejects them as typos. */
  allowUndeclaredInputs?: boolean;
  /** Keep the temp dir (file command files, event, default workspace) instead of deleting it. */
  keepTemp?: boolean;
}

export const UNROUTABLE_URL = 'http://127.0.0.1:9';
const DEFAULT_TIMEOUT_MS = 60_000;
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INHERITED_PREFIXES = ['GITHUB_', 'INPUT_', 'RUNNER_', 'ACTIONS_', 'STATE_', 'VITEST', 'NODE_OPTIONS'];

interface ActionInput {
  default?: string;
}

export async function runAction(name: string, options: RunOptions = {}): Promise<ActionRun> {
  const label = `runAction('${name}')`;
  const entry = options.entry ?? join(REPO_ROOT, 'dist', name, 'index.js');
  if (!existsSync(entry)) {
    throw new Error(`${label}: ${entry} does not exist; build the action first (npm run build)`);
  }
  const actionYml = options.actionYml ?? join(REPO_ROOT, 'actions', name, 'action.yml');
  const declared = options.actionYml || !options.entry ? await readInputs(actionYml, label) : undefined;

  const temp = await mkdtemp(join(tmpdir(), 'shipshape-run-'));
  try {
    const files = {
      output: join(temp, '_runner_file_commands', 'set_output'),
      summary: join(temp, '_runner_file_commands', 'step_summary'),
      state: join(temp, '_runner_file_commands', 'save_state'),
      env: join(temp, '_runner_file_commands', 'set_env'),
      path: join(temp, '_runner_file_commands', 'add_path'),
      event: join(temp, '_github_workflow', 'event.json'),
    };
    const workspace = options.workspace ?? join(temp, 'workspace');
    const runnerTemp = join(temp, '_temp');
    const toolCache = join(temp, '_tool');
    for (const dir of [dirname(files.output), dirname(files.event), workspace, runnerTemp, toolCache]) {
      await mkdir(dir, { recursive: true });
    }
    for (const file of [files.output, files.summary, files.state, files.env, files.path])
      await writeFile(file, '');
    const event = options.event ?? pushEvent();
    await writeFile(files.event, JSON.stringify(event.payload, null, 2));

    const github = githubEnv(event, name);
    const env: Record<string, string> = {
      ...inheritedEnv(),
      ...github,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: dirname(actionYml),
      GITHUB_API_URL: UNROUTABLE_URL,
      GITHUB_SERVER_URL: UNROUTABLE_URL,
      GITHUB_GRAPHQL_URL: `${UNROUTABLE_URL}/graphql`,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_RETENTION_DAYS: '90',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: toolCache,
      RUNNER_WORKSPACE: dirname(workspace),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'GitHub Actions 1',
      RUNNER_ENVIRONMENT: 'github-hosted',
      ...(options.debug ? { RUNNER_DEBUG: '1' } : {}),
    };
    Object.assign(env, options.env ?? {});
    // GitHub serves GraphQL under the REST API root, so pointing the API at the fake moves both.
    if (options.env?.GITHUB_API_URL && !options.env.GITHUB_GRAPHQL_URL) {
      env.GITHUB_GRAPHQL_URL = `${options.env.GITHUB_API_URL.replace(/\/$/, '')}/graphql`;
    }
    Object.assign(
      env,
      inputEnv(
        declared,
        options,
        { env, payload: event.payload, token: options.token ?? FAKE_GITHUB_TOKEN },
        label,
      ),
    );

    const started = Date.now();
    const { exitCode, stdout, stderr } = await spawnAction(entry, workspace, env, options.timeoutMs, label);
    const parsed = parseWorkflowCommands(stdout);
    return {
      exitCode,
      outputs: parseFileCommands(await readFile(files.output, 'utf8'), 'GITHUB_OUTPUT'),
      summary: await readFile(files.summary, 'utf8'),
      annotations: parsed.annotations,
      stdout,
      stderr,
      masks: parsed.masks,
      env,
      exportedEnv: parseFileCommands(await readFile(files.env, 'utf8'), 'GITHUB_ENV'),
      savedState: parseFileCommands(await readFile(files.state, 'utf8'), 'GITHUB_STATE'),
      addedPath: (await readFile(files.path, 'utf8')).split(/\r?\n/).filter((line) => line !== ''),
      commands: parsed.commands,
      durationMs: Date.now() - started,
    };
  } finally {
    if (!options.keepTemp) await rm(temp, { recursive: true, force: true });
  }
}

async function readInputs(actionYml: string, label: string): Promise<Map<string, ActionInput>> {
  let text: string;
  try {
    text = await readFile(actionYml, 'utf8');
  } catch {
    throw new Error(`${label}: cannot read ${actionYml}; pass options.actionYml or create it`);
  }
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new Error(`${actionYml}: invalid YAML: ${(error as Error).message}`);
  }
  const inputs = (document as { inputs?: unknown } | null)?.inputs ?? {};
  if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) {
    throw new Error(`${actionYml}: "inputs" must be a mapping of input names`);
  }
  const result = new Map<string, ActionInput>();
  for (const [inputName, spec] of Object.entries(inputs as Record<string, unknown>)) {
    const value = (spec as { default?: unknown } | null)?.default;
    result.set(inputName, value === undefined || value === null ? {} : { default: String(value) });
  }
  return result;
}

interface ExpressionContext {
  env: Record<string, string>;
  payload: object;
  token: string;
}

function inputEnv(
  declared: Map<string, ActionInput> | undefined,
  options: RunOptions,
  context: ExpressionContext,
  label: string,
): Record<string, string> {
  const given = options.inputs ?? {};
  if (declared && !options.allowUndeclaredInputs) {
    const unknown = Object.keys(given).filter((input) => !declared.has(input));
    if (unknown.length > 0) {
      throw new Error(
        `${label}: input(s) ${unknown.map((u) => `'${u}'`).join(', ')} not declared in action.yml (declared: ${[...declared.keys()].join(', ') || 'none'})`,
      );
    }
  }
  const values: Record<string, string> = {};
  for (const [input, spec] of declared ?? []) {
    if (spec.default !== undefined) values[input] = evaluateTemplate(spec.default, context);
  }
  Object.assign(values, given);
  return Object.fromEntries(Object.entries(values).map(([input, value]) => [inputEnvName(input), value]));
}

/** `INPUT_` + the name upper-cased with spaces as underscores; hyphens stay, as @actions/core expects. */
export function inputEnvName(input: string): string {
  return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Evaluates the `${{ }}` expressions that matter in input defaults: context paths such as github.token,
 * github.workspace, github.sha and github.event.*, string/number literals, and `a || b`. Anything else
 * evaluates to an empty string.
 */
export function evaluateTemplate(template: string, context: ExpressionContext): string {
  return template.replace(/\$\{\{(.*?)\}\}/gs, (_whole, expression: string) => {
    let value = '';
    for (const term of expression.split('||')) {
      value = evaluateTerm(term.trim(), context);
      if (value !== '') return value;
    }
    return value;
  });
}

function evaluateTerm(term: string, context: ExpressionContext): string {
  const literal = /^'((?:[^']|'')*)'$/.exec(term);
  if (literal) return (literal[1] ?? '').replaceAll("''", "'");
  if (/^-?\d+(\.\d+)?$/.test(term) || term === 'true' || term === 'false') return term;
  const [root, ...path] = term.split('.');
  if (root === 'github') {
    if (path[0] === 'token') return context.token;
    if (path[0] === 'event') return lookup(context.payload, path.slice(1));
    return context.env[`GITHUB_${(path[0] ?? '').toUpperCase()}`] ?? '';
  }
  if (root === 'runner') return context.env[`RUNNER_${(path[0] ?? '').toUpperCase()}`] ?? '';
  return '';
}

function lookup(root: unknown, path: string[]): string {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return '';
    node = (node as Record<string, unknown>)[key];
  }
  if (node === undefined || node === null) return '';
  return typeof node === 'object' ? JSON.stringify(node) : String(node);
}

function githubEnv(event: WorkflowEvent, action: string): Record<string, string> {
  const payload = event.payload as {
    after?: string;
    ref?: string;
    repository?: { full_name?: string; id?: number; owner?: { login?: string; id?: number } };
    sender?: { login?: string; id?: number };
    pull_request?: {
      number?: number;
      merge_commit_sha?: string;
      head?: { ref?: string };
      base?: { ref?: string; sha?: string };
    };
  };
  const repository = payload.repository?.full_name ?? DEFAULT_REPOSITORY;
  const owner = payload.repository?.owner?.login ?? repository.split('/')[0] ?? '';
  let sha = payload.after ?? fakeSha(`sha:${repository}`);
  let ref = payload.ref ?? 'refs/heads/main';
  let headRef = '';
  let baseRef = '';
  const pr = payload.pull_request;
  if (pr && event.name === 'pull_request') {
    sha = pr.merge_commit_sha ?? sha;
    ref = `refs/pull/${pr.number}/merge`;
    headRef = pr.head?.ref ?? '';
    baseRef = pr.base?.ref ?? '';
  } else if (pr && event.name === 'pull_request_target') {
    sha = pr.base?.sha ?? sha;
    ref = `refs/heads/${pr.base?.ref ?? 'main'}`;
    headRef = pr.head?.ref ?? '';
    baseRef = pr.base?.ref ?? '';
  }
  const actor = payload.sender?.login ?? 'octocat';
  return {
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_ID: String(payload.repository?.id ?? 1296269),
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_OWNER_ID: String(payload.repository?.owner?.id ?? 9919),
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: headRef,
    GITHUB_BASE_REF: baseRef,
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'test',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/ci.yml@${ref}`,
    GITHUB_ACTION: action,
    GITHUB_ACTOR: actor,
    GITHUB_ACTOR_ID: String(payload.sender?.id ?? 583231),
    GITHUB_TRIGGERING_ACTOR: actor,
  };
}

function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || INHERITED_PREFIXES.some((prefix) => key.startsWith(prefix))) continue;
    env[key] = value;
  }
  return env;
}

function spawnAction(
  entry: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number | undefined,
  label: string,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const limit = timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limit);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${label}: could not start ${process.execPath} ${entry}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (timedOut) {
        reject(
          new Error(
            `${label}: did not finish within ${limit} ms and was killed.\n--- stdout (end) ---\n${stdout.slice(-2000)}\n--- stderr (end) ---\n${stderr.slice(-2000)}`,
          ),
        );
        return;
      }
      resolve({ exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1), stdout, stderr });
    });
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return (
    { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGTERM: 15 }[
      signal as string
    ] ?? 1
  );
}
