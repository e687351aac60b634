// The CLI side of the action shell: runs an action's spec (read -> run -> present) on a developer's
// machine. Its flags are the action's inputs, as listed in action.yml (cli/action-inputs.ts is
// generated from those files), so the CLI and the action accept the same names and values. Inputs
// that only mean something inside a GitHub job (the token, commit statuses, the PR comment) are
// refused with a message saying so, and listed as such in --help.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHistory } from '../shared/history/select.js';
import { readHistorySettings, recordDecision } from '../shared/history/settings.js';
import { childEnvironment } from '../shared/runtime/child-env.js';
import { classifyFailure, EnvironmentError, EXIT } from '../shared/runtime/errors.js';
import type { InputSource } from '../shared/runtime/inputs.js';
import { type Logger, stderrLogger } from '../shared/runtime/logger.js';
import type { ActionSpec, Annotation, Publication, ShellEnv } from '../shared/runtime/shell.js';
import { EXIT_CODES_HELP } from './exit-codes.js';
import { unexpectedArgument, wrongFlag } from './flags.js';

/** One input of an action.yml. */
export interface ActionInputDef {
  name: string;
  description: string;
  default: string;
  required: boolean;
}

/** The shell's inputs that publish to GitHub: they have no meaning on a developer's machine. */
export const GITHUB_ONLY_INPUTS: Readonly<Record<string, string>> = {
  token: 'the CLI talks to no GitHub API; it reads local files and git',
  status: 'commit statuses are posted from GitHub Actions only',
  comment: 'the pull request comment is written from GitHub Actions only',
};

export interface SpecCommand<S, R> {
  /** The command name, e.g. `coverage-gate`. */
  name: string;
  spec: ActionSpec<S, R>;
  /** The action's inputs (ACTION_INPUTS[name]). */
  inputs: readonly ActionInputDef[];
  /** Inputs of this action that only work inside a GitHub job, with why (GITHUB_ONLY_INPUTS are added). */
  actionOnly?: Readonly<Record<string, string>>;
  /** Defaults that differ on a machine, e.g. `annotate: false`. */
  cliDefaults?: Readonly<Record<string, string>>;
  /** One line under the usage line. */
  summary?: string;
}

/** Flags of the CLI itself, next to the action's inputs. */
const OWN_FLAGS = {
  help: 'this text',
  quiet: 'print only the failure, not the summary',
  outputs: "also print the action's outputs as name=value lines",
} as const;

export function actionOnlyInputs(c: Pick<SpecCommand<unknown, unknown>, 'inputs' | 'actionOnly'>) {
  const all: Record<string, string> = { ...GITHUB_ONLY_INPUTS, ...c.actionOnly };
  return Object.fromEntries(c.inputs.filter((i) => i.name in all).map((i) => [i.name, all[i.name] ?? '']));
}

/** The inputs that are flags of the command. */
export function flagInputs(
  c: Pick<SpecCommand<unknown, unknown>, 'inputs' | 'actionOnly'>,
): ActionInputDef[] {
  const only = actionOnlyInputs(c);
  return c.inputs.filter((i) => !(i.name in only));
}

function firstSentence(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const end = line.search(/\.(\s|$)/);
  return end === -1 ? line : line.slice(0, end + 1);
}

export function specHelp<S, R>(c: SpecCommand<S, R>): string {
  const flags = flagInputs(c);
  const defaults = { ...Object.fromEntries(c.inputs.map((i) => [i.name, i.default])), ...c.cliDefaults };
  const rows = flags.map((i) => {
    const def = defaults[i.name];
    const suffix = i.required ? ' (required)' : def ? ` (default: ${def.replace(/\n/g, ', ')})` : '';
    return `  --${i.name} <value>\n      ${firstSentence(i.description)}${suffix}`;
  });
  const only = Object.entries(actionOnlyInputs(c)).map(([name, why]) => `  ${name}: ${why}`);
  return [
    `Usage: shipshape ${c.name} [--<input> <value>]...`,
    ...(c.summary ? ['', c.summary] : []),
    '',
    `Flags are the inputs of the ${c.spec.name} action (actions/${c.spec.name}/action.yml), with the same values;`,
    'repeat a flag, or give it several lines, for list inputs. A boolean flag alone means true.',
    '',
    ...rows,
    '',
    ...Object.entries(OWN_FLAGS).map(([name, what]) => `  --${name}  ${what}`),
    ...(only.length ? ['', 'Action-only inputs (GitHub Actions only, not flags):', ...only] : []),
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

export interface ParsedFlags {
  values: Map<string, string[]>;
  own: Set<keyof typeof OWN_FLAGS>;
}

/** `--name value`, `--name=value`, `--flag` (true), `--no-flag` (false); repeats collect. */
export function parseFlags<S, R>(c: SpecCommand<S, R>, argv: string[]): ParsedFlags {
  const known = new Map(flagInputs(c).map((i) => [i.name, i]));
  const only = actionOnlyInputs(c);
  const values = new Map<string, string[]>();
  const own = new Set<keyof typeof OWN_FLAGS>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h') {
      own.add('help');
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') throw unexpectedArgument(arg);
    const eq = arg.indexOf('=');
    let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
    if (name in OWN_FLAGS && value === undefined) {
      own.add(name as keyof typeof OWN_FLAGS);
      continue;
    }
    if (!known.has(name) && name.startsWith('no-') && known.has(name.slice(3)) && value === undefined) {
      name = name.slice(3);
      value = 'false';
    }
    if (!known.has(name)) throw wrongFlag(c.name, name, { actionOnly: only });
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) value = 'true';
      else {
        value = next;
        i++;
      }
    }
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { values, own };
}

function sourceOf<S, R>(c: SpecCommand<S, R>, values: Map<string, string[]>): InputSource {
  const defaults: Record<string, string | undefined> = { ...c.cliDefaults };
  return {
    get(name) {
      const given = values.get(name);
      // Several values of one input are its lines, as a multi-line input in a workflow.
      return (given ? given.join('\n') : (defaults[name] ?? '')).trim();
    },
  };
}

/** The environment a spec runs in on a machine: no event, no GitHub, history in a local folder. */
export function localShellEnv(action: string, inputs: InputSource, log: Logger, env = process.env): ShellEnv {
  const workspace = process.cwd();
  const tempDir = join(tmpdir(), `shipshape-${process.pid}`);
  mkdirSync(tempDir, { recursive: true });
  const settings = readHistorySettings(inputs);
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  process.once('SIGTERM', () => abort.abort());
  // The CLI never counts as a GitHub job, even when run inside one: no artifacts or cache backend.
  const localEnv: NodeJS.ProcessEnv = { ...env, GITHUB_ACTIONS: '' };
  return {
    action,
    workspace,
    tempDir,
    log,
    env: localEnv,
    context: undefined,
    requireContext() {
      throw new EnvironmentError(
        `'shipshape ${action}' needs a GitHub Actions job for this: use the action there`,
      );
    },
    github: undefined,
    history: {
      settings,
      decision: recordDecision(undefined, settings),
      open: () =>
        settings.backend === 'off'
          ? undefined
          : openHistory({ backend: settings.backend, folder: settings.folder, log, env: localEnv }),
    },
    signal: abort.signal,
    mask: () => {},
    childEnv: (extra) => childEnvironment(env, extra),
    runUrl: undefined,
  };
}

function annotationLine(a: Annotation): string {
  const where = a.file ? `${a.file}${a.startLine ? `:${a.startLine}` : ''}: ` : '';
  return `${where}${a.level}: ${a.title ? `${a.title}: ` : ''}${a.message}`;
}

/** Writes the publication the way a terminal reads it; returns the exit code. */
function printPublication(pub: Publication, own: ParsedFlags['own']): number {
  if (!own.has('quiet') && pub.summary) process.stdout.write(`${pub.summary.trimEnd()}\n`);
  if (own.has('outputs')) {
    for (const [name, value] of Object.entries(pub.outputs))
      process.stdout.write(`${name}=${value === undefined ? '' : String(value)}\n`);
  }
  for (const a of pub.annotations ?? []) process.stderr.write(`${annotationLine(a)}\n`);
  if (pub.exitCode !== EXIT.ok && pub.failure) process.stderr.write(`${pub.failure}\n`);
  return pub.exitCode;
}

/** Runs `shipshape <name> [flags]` over the action's spec; every error ends as a message and exit code. */
export async function runSpecCli<S, R>(c: SpecCommand<S, R>, argv: string[]): Promise<number> {
  try {
    const { values, own } = parseFlags(c, argv);
    if (own.has('help')) {
      process.stdout.write(`${specHelp(c)}\n`);
      return EXIT.ok;
    }
    const inputs = sourceOf(c, values);
    const log = stderrLogger({ quiet: own.has('quiet') });
    const env = localShellEnv(c.spec.name, inputs, log);
    const settings = c.spec.read(inputs, env);
    const report = await c.spec.run(settings, env);
    return printPublication(c.spec.present(report, settings, env), own);
  } catch (error) {
    const { exitCode, message } = classifyFailure(error);
    process.stderr.write(`shipshape ${c.name}: ${message}\n`);
    return exitCode;
  }
}
