// Issue 10: the CLI runs the actions' specs with the actions' inputs as flags. Every input of every
// action.yml is either a flag of the action's CLI command (listed in `shipshape <command> --help`)
// or documented there as action-only, with why; inputs a command does not take yet are listed as
// such, and that list may only shrink (an entry that became a flag fails until it is removed).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_INPUTS } from '../../cli/action-inputs.js';
import { COMMANDS, WITHOUT_COMMAND } from '../../cli/commands.js';

const root = join(import.meta.dirname, '../..');
const CLI = join(root, 'dist/cli/index.js');
const actions = readdirSync(join(root, 'actions'))
  .filter((n) => existsSync(join(root, 'actions', n, 'action.yml')))
  .sort();

function inputsOf(action: string): string[] {
  const yml = parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8'));
  return Object.keys(yml.inputs ?? {});
}

function help(command: string): string {
  const r = spawnSync(process.execPath, [CLI, command, '--help'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

const isFlag = (text: string, input: string) =>
  new RegExp(`(^|[\\s,(\\[])--${input}(?![\\w-])`, 'm').test(text);

describe('action inputs reachable from the CLI', () => {
  it('cli/action-inputs.ts lists the inputs of the current action.yml files (check-dist compares it whole)', () => {
    for (const action of actions) expect(ACTION_INPUTS[action]?.map((i) => i.name)).toEqual(inputsOf(action));
  });

  it.each(actions)('%s: every input is a flag, or documented as action-only in --help', (action) => {
    const command = COMMANDS.find((c) => c.action === action);
    if (!command) {
      expect(WITHOUT_COMMAND[action], `${action} has no CLI command and no reason why`).toBeTruthy();
      return;
    }
    const text = help(command.name);
    const onlySection = text.slice(text.indexOf('Action-only inputs'));
    const notYet = new Set(command.notYetFlags ?? []);
    const problems: string[] = [];
    for (const input of inputsOf(action)) {
      const flag = command.acceptsEveryInput || isFlag(text, input);
      const actionOnly =
        text.includes('Action-only inputs') && new RegExp(`^ {2}${input}: \\S`, 'm').test(onlySection);
      if (flag && notYet.has(input)) problems.push(`${input} is a flag now: remove it from notYetFlags`);
      if (flag && actionOnly && !command.acceptsEveryInput)
        problems.push(`${input} is both a flag and action-only`);
      if (!flag && !actionOnly && !notYet.has(input))
        problems.push(`${input} is neither a flag nor documented`);
    }
    for (const listed of [...notYet, ...Object.keys(command.actionOnly ?? {})])
      if (!inputsOf(action).includes(listed))
        problems.push(`${listed} is listed but is no input of ${action}`);
    if (notYet.size > 0) expect(text).toContain(`not yet available as flags here: ${[...notYet].join(', ')}`);
    if (command.acceptsEveryInput) expect(text).toContain('Any input of the action as a flag');
    expect(problems).toEqual([]);
  });

  it('shipshape --help lists every command, and each answers --help', () => {
    const r = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const c of COMMANDS) {
      expect(r.stdout).toMatch(new RegExp(`^ {2}${c.name} +\\S`, 'm'));
      expect(help(c.name)).toMatch(new RegExp(`Usage: shipshape ${c.name}`));
    }
    const unknown = spawnSync(process.execPath, [CLI, 'nonsense'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'nonsense'");
    expect(spawnSync(process.execPath, [CLI], { encoding: 'utf8' }).status).toBe(2);
  });
});
