// The one shape of every shipshape action: read every input first, run the core, describe what to
// publish as plain data. The runtime (action.ts on GitHub, the CLI on a machine) builds the
// environment once and applies the publication, so no action writes workflow commands itself.
import type { GitHubClient } from '../github/client.js';
import type { EventContext } from '../github/context.js';
import type { CommitState } from '../github/status.js';
import type { HistorySettings, RecordDecision } from '../history/settings.js';
import type { HistoryBackend } from '../history/store.js';
import type { ExitCode } from './errors.js';
import type { InputSource } from './inputs.js';
import type { Logger } from './logger.js';

/** The repository and token a run talks to GitHub with, known before any client is loaded. */
export interface GitHubIdentity {
  /** Already masked. */
  token: string;
  owner: string;
  repo: string;
}

export interface GitHubAccess extends GitHubIdentity {
  octokit: GitHubClient;
}

export interface HistoryAccess {
  settings: HistorySettings;
  /** Whether this run may append (recordDecision); reading is always allowed. */
  decision: RecordDecision;
  /** Opens the configured backend; undefined when history is off. Throws EnvironmentError when it cannot work here. */
  open(): HistoryBackend | undefined;
}

/** What the runtime hands to an action: built once per run. */
export interface ShellEnv {
  /** The action's name, e.g. `coverage-gate`. */
  action: string;
  workspace: string;
  /** A folder of this run's own (RUNNER_TEMP/shipshape on GitHub). */
  tempDir: string;
  log: Logger;
  /** The process environment (read-only use). */
  env: NodeJS.ProcessEnv;
  /** The run's event; undefined outside GitHub Actions (the CLI). */
  context: EventContext | undefined;
  /** The event, or an EnvironmentError telling the user to run inside a GitHub Actions job. */
  requireContext(): EventContext;
  /** An Octokit with retries and throttling; undefined without a token. */
  github: GitHubAccess | undefined;
  history: HistoryAccess;
  /** Aborted when the runner cancels the job (SIGINT, then SIGTERM). */
  signal: AbortSignal;
  /** Masks a secret in every later log line. */
  mask(secret: string): void;
  /**
   * The environment for commands that run user or pull-request code (build and start commands):
   * no INPUT_* values and none of the runner's service tokens.
   */
  childEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
  /** The workflow run's page, when on GitHub. */
  runUrl: string | undefined;
}

/**
 * What `read` sees: the run's environment before the GitHub client is connected. The client (Octokit
 * and its HTTP stack) is loaded only once every input is valid, so a run that stops at its inputs,
 * or never talks to GitHub, does not pay for it.
 */
export interface ReadEnv extends Omit<ShellEnv, 'github'> {
  github: GitHubIdentity | undefined;
}

export type AnnotationLevel = 'notice' | 'warning' | 'error';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

export interface StatusUpdate {
  /** e.g. `shipshape/coverage-gate (api)`. */
  context: string;
  state: CommitState;
  description: string;
  /** Defaults to the commit the change is about (context.headSha). */
  sha?: string;
  /** Defaults to the run's page. */
  targetUrl?: string;
}

/** One action's part of the shared pull request comment. */
export interface CommentSection {
  /** `<action>` or `<action>:<name>`; one section (or separate comment) per key. */
  key: string;
  /** Markdown, headed by the section's own title. */
  body: string;
  /**
   * Smaller forms of the body, largest first, for when the shared comment cannot hold the full one
   * next to the other sections; without one that fits, a pointer to the job summary stands in.
   */
  shorter?: string[];
  /** Defaults to the run's pull request; fork-safe publish jobs name the validated one. */
  issueNumber?: number;
}

/** A measured figure for the export step (Prometheus, OTLP, Pushgateway). */
export interface MetricSample {
  name: string;
  value: number;
  labels: Record<string, string>;
  /** Unix ms; defaults to the end of the run. */
  timestamp?: number;
}

/** Everything an action wants published, as plain data; the runtime applies it. */
export interface Publication {
  /**
   * `comment-id` and `comment-url`, when present, are filled in by the runtime once the comment is
   * written (left empty when it is not).
   */
  outputs: Record<string, string | number | boolean | undefined>;
  /** Markdown for the job summary. */
  summary?: string;
  statuses?: StatusUpdate[];
  comment?: CommentSection;
  annotations?: Annotation[];
  metrics?: MetricSample[];
  /** Why the step failed, shown as its error; required when exitCode is not 0. */
  failure?: string;
  exitCode: ExitCode;
}

export interface ActionSpec<Settings, Report> {
  name: string;
  /** Reads and validates every input before any evidence is gathered; throws InputError (exit 2). */
  read(inputs: InputSource, env: ReadEnv): Settings;
  /** The core: gathers evidence, decides, records history. */
  run(settings: Settings, env: ShellEnv): Promise<Report>;
  /** Pure: what to publish. */
  present(report: Report, settings: Settings, env: Pick<ShellEnv, 'context' | 'runUrl'>): Publication;
  /**
   * What this action can publish besides outputs and the summary, so the runtime reads (and the
   * action.yml declares) only the switches that mean something: `status`, `comment`, the `metrics-*`
   * export targets. Default all.
   */
  publishes?: { status?: boolean; comment?: boolean; metrics?: boolean };
}

/** Identity helper that keeps the Settings and Report types tied together. */
export function defineAction<S, R>(spec: ActionSpec<S, R>): ActionSpec<S, R> {
  return spec;
}

/** The job-summary text written when an action stops with an error before it could publish. */
export function failureSummary(action: string, message: string): string {
  return `## ${action}\n\n❌ ${message.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))}\n`;
}
