// How every `shipshape` command answers a flag it cannot take: the same words and exit code (2)
// whether the command's flags are the action's inputs (cli/run-spec.ts, deploy-smoke-health) or
// declared for node:util's parseArgs (coverage-gate, coverage-badge, lighthouse-vitals, dashboard).
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { InputError } from '../shared/runtime/errors.js';
import { findCommand } from './commands.js';

/** Flags a command no longer takes or never will, each with what to write instead. */
export type RefusedFlags = Readonly<Record<string, string>>;

/**
 * A flag the command does not have: an input that works only inside a GitHub job (`actionOnly`,
 * by default the command's list in cli/commands.ts), an older name (`refused`), or a misspelling.
 */
export function wrongFlag(
  command: string,
  name: string,
  o: { refused?: RefusedFlags; actionOnly?: RefusedFlags } = {},
): InputError {
  const known = findCommand(command);
  const actionOnly = o.actionOnly ?? known?.actionOnly ?? {};
  if (name in actionOnly) return new InputError(name, `is an action-only input: ${actionOnly[name]}`);
  const refused = o.refused?.[name];
  if (refused !== undefined)
    return new InputError(name, `is not a flag of 'shipshape ${command}': ${refused}`);
  if (known?.notYetFlags?.includes(name))
    return new InputError(name, `is an input of the action that 'shipshape ${command}' does not take yet`);
  return new InputError(name, `is not a flag of 'shipshape ${command}' (see shipshape ${command} --help)`);
}

/** A flag given last, without the value it needs. */
export function missingValue(name: string): InputError {
  return new InputError(name, 'needs a value');
}

/** Something that is not a flag where a flag belongs. */
export function unexpectedArgument(arg: string): InputError {
  return new InputError('flags', `unexpected argument '${arg}'; flags are --<name> <value>`);
}

interface FlagsConfig {
  options: ParseArgsOptionsConfig;
  allowPositionals?: boolean;
}

/**
 * parseArgs in strict mode, with its errors (thrown as plain TypeErrors) turned into the input
 * errors every command gives.
 */
export function readFlags<C extends FlagsConfig>(
  command: string,
  config: C,
  argv: string[],
  refused: RefusedFlags = {},
) {
  try {
    return parseArgs({ ...config, args: argv, strict: true as const });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    // "Unknown option '--x'", "Unknown option '-x'", "Option '-o, --out <value>' argument missing".
    const name = /'(?:-\w, )?--([^' =]+)/.exec(message)?.[1] ?? /'-([^' ,]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw wrongFlag(command, name, { refused });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message)) throw new InputError(name, 'takes no value');
      throw missingValue(name);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw unexpectedArgument(/'([^']*)'/.exec(message)?.[1] ?? '');
    throw error;
  }
}
