// What a run is about, read from the runner's environment and event payload. Pure: the caller
// passes the environment and a file reader, so the CLI and tests need no real runner.
import { EnvironmentError } from '../runtime/errors.js';

export interface EventContext {
  eventName: string;
  repo: { owner: string; repo: string };
  /** GITHUB_SHA: for pull_request events the temporary merge commit, not the branch tip. */
  sha: string;
  /** The commit the change is about: the PR head, the pushed commit, the merge group's head. */
  headSha: string;
  /** PR base, merge-group base, or the commit a push started from (absent for a new branch). */
  baseSha?: string;
  prNumber?: number;
  defaultBranch?: string;
  ref: string;
  /** The pull request comes from another repository, so its token is read-only. */
  isFork: boolean;
  serverUrl: string;
  apiUrl: string;
  runId: number;
  runAttempt: number;
  /** workflow_run events: the run that triggered this one (what a fork-safe publish job publishes). */
  workflowRun?: { id: number; headSha: string };
  /** The event payload as the runner wrote it, for what the fields above do not cover (deployment_status). */
  payload: Readonly<Record<string, unknown>>;
}

const ZERO_SHA = /^0+$/;

type Json = Record<string, unknown>;

function obj(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) {
    throw new EnvironmentError(
      `${name} is not set: run this inside a GitHub Actions job (the runner sets it), or set it explicitly`,
    );
  }
  return value;
}

function readPayload(env: NodeJS.ProcessEnv, readFile: (path: string) => string): Json {
  const path = required(env, 'GITHUB_EVENT_PATH');
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    throw new EnvironmentError(`GITHUB_EVENT_PATH ${path} cannot be read: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new EnvironmentError(`GITHUB_EVENT_PATH ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const payload = obj(parsed);
  if (!payload) throw new EnvironmentError(`GITHUB_EVENT_PATH ${path} does not hold a JSON object`);
  return payload;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new EnvironmentError(`${name} '${text}' is not a whole number`);
  return value;
}

export function readEventContext(env: NodeJS.ProcessEnv, readFile: (path: string) => string): EventContext {
  const eventName = required(env, 'GITHUB_EVENT_NAME');
  const repository = required(env, 'GITHUB_REPOSITORY');
  const [owner, repo, ...extra] = repository.split('/');
  if (!owner || !repo || extra.length > 0) {
    throw new EnvironmentError(`GITHUB_REPOSITORY '${repository}' is not of the form owner/repo`);
  }
  const sha = required(env, 'GITHUB_SHA');
  const payload = readPayload(env, readFile);
  const eventPath = env.GITHUB_EVENT_PATH;

  let headSha = sha;
  let baseSha: string | undefined;
  let prNumber: number | undefined;
  let isFork = false;

  // pull_request, pull_request_target, pull_request_review and friends all carry pull_request.
  const pull = obj(payload.pull_request);
  const mergeGroup = obj(payload.merge_group);
  if (pull) {
    const head = obj(pull.head);
    const base = obj(pull.base);
    const pullHead = str(head?.sha);
    if (!pullHead)
      throw new EnvironmentError(`GITHUB_EVENT_PATH ${eventPath}: pull_request.head.sha is missing`);
    headSha = pullHead;
    baseSha = str(base?.sha);
    const number = pull.number ?? payload.number;
    prNumber = typeof number === 'number' ? number : undefined;
    const headRepo = str(obj(head?.repo)?.full_name);
    const baseRepo = str(obj(base?.repo)?.full_name) ?? repository;
    // A deleted fork leaves head.repo null; treat it as foreign.
    isFork = headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase();
  } else if (mergeGroup) {
    headSha = str(mergeGroup.head_sha) ?? sha;
    baseSha = str(mergeGroup.base_sha);
  } else if (eventName === 'push') {
    const before = str(payload.before);
    baseSha = before && !ZERO_SHA.test(before) ? before : undefined;
  }

  const defaultBranch = str(obj(payload.repository)?.default_branch);
  const triggering = obj(payload.workflow_run);
  const workflowRun =
    triggering && typeof triggering.id === 'number' && str(triggering.head_sha)
      ? { id: triggering.id, headSha: str(triggering.head_sha) as string }
      : undefined;
  return {
    eventName,
    repo: { owner, repo },
    sha,
    headSha,
    ...(baseSha !== undefined ? { baseSha } : {}),
    ...(prNumber !== undefined ? { prNumber } : {}),
    ...(defaultBranch !== undefined ? { defaultBranch } : {}),
    ref: env.GITHUB_REF ?? '',
    isFork,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runId: wholeNumber(env, 'GITHUB_RUN_ID', 0),
    runAttempt: wholeNumber(env, 'GITHUB_RUN_ATTEMPT', 1),
    ...(workflowRun ? { workflowRun } : {}),
    payload,
  };
}
