import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../shared/runtime/errors.js';
import { readBoolean, readList, readPercent } from '../shared/runtime/inputs.js';
import { defineAction } from '../shared/runtime/shell.js';
import {
  type ActionInputDef,
  flagInputs,
  parseFlags,
  runSpecCli,
  type SpecCommand,
  specHelp,
} from './run-spec.js';

const INPUTS: ActionInputDef[] = [
  { name: 'files', description: 'Reports to read. Globs.', default: '', required: false },
  { name: 'min', description: 'Minimum share in percent.', default: '80', required: false },
  { name: 'strict', description: 'Fail on warnings.', default: 'false', required: false },
  { name: 'history', description: 'History backend.', default: 'auto', required: false },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, as in action.yml.
  { name: 'token', description: 'GitHub token.', default: '${{ github.token }}', required: false },
  { name: 'status', description: 'Post a commit status.', default: 'true', required: false },
  { name: 'upload', description: 'Upload an artifact.', default: 'true', required: false },
];

interface Settings {
  files: string[];
  min: number;
  strict: boolean;
}

const seen: { settings?: Settings; history?: string; context?: unknown } = {};
const spec = defineAction({
  name: 'toy-gate',
  read(inputs) {
    return {
      files: readList(inputs, 'files'),
      min: readPercent(inputs, 'min', 80),
      strict: readBoolean(inputs, 'strict', false),
    };
  },
  async run(settings, env) {
    seen.settings = settings;
    seen.history = env.history.settings.backend;
    seen.context = env.context;
    return { share: settings.files.length * 25 };
  },
  present(report, settings) {
    const passed = report.share >= settings.min;
    return {
      outputs: { share: report.share, passed },
      summary: `## toy-gate\n\nshare ${report.share}%`,
      annotations: passed ? [] : [{ level: 'error', message: 'too low', file: 'a.js', startLine: 3 }],
      exitCode: passed ? EXIT.ok : EXIT.gateFailed,
      ...(passed ? {} : { failure: `share ${report.share}% is below ${settings.min}%` }),
    };
  },
});

const command: SpecCommand<Settings, { share: number }> = {
  name: 'toy-gate',
  spec,
  inputs: INPUTS,
  actionOnly: { upload: 'artifacts exist only in a workflow run' },
};

let out: string;
let err: string;
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('runSpecCli', () => {
  it('passes flags to the spec as its inputs: repeats are lines, a bare boolean is true', async () => {
    const code = await runSpecCli(command, [
      '--files',
      'a.info',
      '--files=b.info',
      '--min',
      '50',
      '--strict',
      '--outputs',
    ]);
    expect(code).toBe(0);
    expect(seen.settings).toEqual({ files: ['a.info', 'b.info'], min: 50, strict: true });
    expect(seen.context).toBeUndefined();
    expect(out).toContain('share 50%');
    expect(out).toContain('passed=true');
  });

  it('exits 1 with the failure and annotations on stderr when the gate fails', async () => {
    expect(await runSpecCli(command, ['--files', 'a.info', '--no-strict'])).toBe(1);
    expect(seen.settings?.strict).toBe(false);
    expect(err).toContain('a.js:3: error: too low');
    expect(err).toContain('share 25% is below 80%');
  });

  it('exits 2 naming the flag for bad values, unknown flags and action-only inputs', async () => {
    expect(await runSpecCli(command, ['--min', 'lots'])).toBe(2);
    expect(err).toContain("input 'min'");
    expect(await runSpecCli(command, ['--nonsense', '1'])).toBe(2);
    expect(err).toContain("input 'nonsense': is not a flag of 'shipshape toy-gate'");
    expect(await runSpecCli(command, ['--token', 'ghp_x'])).toBe(2);
    expect(err).toContain("input 'token': is an action-only input");
    expect(await runSpecCli(command, ['--upload', 'false'])).toBe(2);
    expect(err).toContain('artifacts exist only in a workflow run');
  });

  it('keeps history local: auto means a folder outside GitHub Actions', async () => {
    await runSpecCli(command, ['--history', 'off']);
    expect(seen.history).toBe('off');
    expect(await runSpecCli(command, ['--history', 'sometimes'])).toBe(2);
  });
});

describe('specHelp', () => {
  it('lists every flag input with its default, the action-only inputs with why, and the exit codes', () => {
    const help = specHelp(command);
    for (const flag of ['--files', '--min', '--strict', '--history'])
      expect(help).toContain(`  ${flag} <value>`);
    expect(help).toContain('Minimum share in percent. (default: 80)');
    expect(help).toMatch(
      /Action-only inputs[\s\S]*token: [\s\S]*status: [\s\S]*upload: artifacts exist only/,
    );
    expect(help).not.toContain('--token');
    expect(help).toMatch(/^ {2}3 {2}a defect/m);
    expect(flagInputs(command).map((i) => i.name)).toEqual(['files', 'min', 'strict', 'history']);
  });

  it('--help prints it and exits 0 without running the spec', async () => {
    seen.settings = undefined;
    expect(await runSpecCli(command, ['--min', '50', '--help'])).toBe(0);
    expect(out).toContain('Usage: shipshape toy-gate');
    expect(seen.settings).toBeUndefined();
    expect(parseFlags(command, ['-h']).own.has('help')).toBe(true);
  });
});
