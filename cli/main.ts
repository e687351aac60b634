#!/usr/bin/env node
// `shipshape <command> [flags]`: the actions' gates on a developer's machine or in a pre-commit
// hook. Flags carry the same names and accept the same values as the action inputs.
import { COMMANDS, type Command, findCommand, renderInputNotes, renderUsage } from './commands.js';
import { nodeSupport } from './node-version.js';
import { VERSION } from './version.js';

async function main(argv: string[]): Promise<number> {
  const support = nodeSupport(process.versions.node);
  if (!support.ok) {
    process.stderr.write(`shipshape: ${support.message}\n`);
    return 2;
  }
  const [name, ...rest] = argv;
  switch (name) {
    case undefined:
      process.stderr.write(`${renderUsage()}\n`);
      return 2;
    case '-h':
    case '--help':
      process.stdout.write(`${renderUsage()}\n`);
      return 0;
    case '-v':
    case '--version':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case 'help': {
      // `shipshape help <command>` is `shipshape <command> --help`.
      if (rest[0] === undefined) {
        process.stdout.write(`${renderUsage()}\n`);
        return 0;
      }
      const command = findCommand(rest[0]);
      if (!command) return unknown(rest[0]);
      return run(command, ['--help']);
    }
  }
  const command = findCommand(name);
  if (!command) return unknown(name);
  return run(command, rest);
}

async function run(command: Command, argv: string[]): Promise<number> {
  const code = await (await command.load())(argv);
  if (code === 0 && (argv.includes('--help') || argv.includes('-h'))) {
    const notes = renderInputNotes(command);
    if (notes) process.stdout.write(`${notes}\n`);
  }
  return code;
}

function unknown(name: string): number {
  process.stderr.write(
    `shipshape: unknown command '${name}' (one of ${COMMANDS.map((c) => c.name).join(', ')})\n\n${renderUsage()}\n`,
  );
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `shipshape: unexpected error: ${error instanceof Error ? error.message : String(error)}. This is a bug in shipshape: please report it\n`,
    );
    process.exitCode = 3;
  },
);
