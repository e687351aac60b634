import { describe, expect, it } from 'vitest';
import { captureOutput } from '../test/support/capture-output.js';
import { COMMANDS } from './commands.js';

async function answer(command: string, argv: string[]) {
  const found = COMMANDS.find((c) => c.name === command);
  if (!found) throw new Error(`no command ${command}`);
  const main = await found.load();
  return captureOutput(() => main(argv));
}

describe('every command answers a flag it cannot take alike', () => {
  it.each(COMMANDS.map((c) => c.name))('%s refuses a misspelt flag by name, exit 2', async (command) => {
    const { code, stderr } = await answer(command, ['--no-such-flag', 'x']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `shipshape ${command}: input 'no-such-flag': is not a flag of 'shipshape ${command}' (see shipshape ${command} --help)\n`,
    );
  });

  it.each(
    COMMANDS.filter((c) => c.name !== 'perf-regression' && c.name !== 'deploy-smoke-health').map(
      (c) => c.name,
    ),
  )('%s says which flag takes no value when given one', async (command) => {
    const { code, stderr } = await answer(command, ['--help=yes']);
    expect(code).toBe(2);
    expect(stderr).toBe(`shipshape ${command}: input 'help': takes no value\n`);
  });

  it('says which inputs work only in a GitHub job, and which the command does not take yet', async () => {
    const token = await answer('coverage-gate', ['--token', 'x']);
    expect(token.code).toBe(2);
    expect(token.stderr).toContain("input 'token': is an action-only input: the CLI talks to no GitHub API");
    const later = await answer('coverage-gate', ['--history', 'folder']);
    expect(later.stderr).toBe(
      "shipshape coverage-gate: input 'history': is an input of the action that 'shipshape coverage-gate' does not take yet\n",
    );
    const issues = await answer('deploy-smoke-health', ['--issues', 'true']);
    expect(issues.stderr).toContain("input 'issues': is an action-only input: incident issues are opened");
  });

  it('says what to write for a flag that was renamed', async () => {
    const { code, stderr } = await answer('coverage-badge', ['--min-lines', '80']);
    expect(code).toBe(2);
    expect(stderr).toContain("input 'min-lines': is not a flag of 'shipshape coverage-badge'");
    expect(stderr).toContain("write '--min-coverage 80'");
  });

  it('names a flag at the end without its value, and an argument where a flag belongs', async () => {
    expect((await answer('dashboard', ['--out'])).stderr).toBe(
      "shipshape dashboard: input 'out': needs a value\n",
    );
    expect((await answer('deploy-smoke-health', ['--endpoints'])).stderr).toBe(
      "shipshape deploy-smoke-health: input 'endpoints': needs a value\n",
    );
    expect((await answer('dashboard', ['site'])).stderr).toBe(
      "shipshape dashboard: input 'flags': unexpected argument 'site'; flags are --<name> <value>\n",
    );
    expect((await answer('perf-regression', ['site'])).stderr).toBe(
      "shipshape perf-regression: input 'flags': unexpected argument 'site'; flags are --<name> <value>\n",
    );
  });
});
