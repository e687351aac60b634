// The checks must fail on broken files: deliberately broken workflows, examples and action.yml files,
// each beside a correct twin that passes (so a check that always complains would fail here too).
import { describe, expect, test } from 'vitest';
import { parseActionProblems, parseWorkflowProblems } from './github-parser.js';
import { lintAction, lintWorkflow } from './lint.js';

const CALLED = `on:
  workflow_call:
    inputs:
      command:
        description: what to run
        type: string
        required: true
      strict:
        description: fail hard
        type: boolean
        default: false
      limit:
        description: a number
        type: number
        default: 3
    secrets:
      HOOK:
        description: a webhook
        required: false
jobs:
  run:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions:
      contents: read
    steps:
      - run: echo "\${{ inputs.command }} \${{ inputs.strict }} \${{ inputs.limit }}"
        env:
          HOOK: \${{ secrets.HOOK }}
      - uses: ./.shipshape-src/actions/demo
        with:
          level: \${{ inputs.limit }}
`;

const ACTION = `name: demo
description: a demo action
inputs:
  level:
    description: how much
    required: false
    default: "1"
  token:
    description: a token
    required: true
    default: \${{ github.token }}
outputs:
  result:
    description: what came out
runs:
  using: node24
  main: ../../dist/demo/index.js
`;

const files: Record<string, string> = {
  '.github/workflows/called.yml': CALLED,
  'actions/demo/action.yml': ACTION,
};
const readRepoFile = (path: string) => files[path];

const CALLER = `on: push
permissions: {}
jobs:
  call:
    permissions:
      contents: read
    uses: octo/shipshape/.github/workflows/called.yml@v1
    with:
      command: make test
      strict: true
      limit: 5
    secrets:
      HOOK: \${{ secrets.MY_HOOK }}
`;

const lint = (content: string) => lintWorkflow('docs/examples/x.yml', content, readRepoFile);
const messages = (problems: Array<{ line: number; message: string }>) =>
  problems.map((p) => `${p.line}: ${p.message}`);

describe("GitHub's parser", () => {
  test('accepts a correct workflow and reports each error of a broken one with its line', async () => {
    expect(await parseWorkflowProblems('ok.yml', CALLED)).toEqual([]);
    const broken = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: rwx',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        run: echo both',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
      '      - run: echo ${{ nosuch.context }}',
    ].join('\n');
    const problems = await parseWorkflowProblems('broken.yml', broken);
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['broken.yml', 6],
      ['broken.yml', 9],
      ['broken.yml', 10],
    ]);
    expect(problems[2]?.message).toContain('nosuch');
  });

  test('reports a job graph without a starting job', async () => {
    const broken = CALLED.replace(
      '    runs-on: ubuntu-latest\n',
      '    runs-on: ubuntu-latest\n    needs: [nope]\n',
    );
    const problems = await parseWorkflowProblems('needs.yml', broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join('\n')).toContain('dependencies');
  });

  test('accepts a correct action.yml and reports an unknown runtime with its line', () => {
    expect(parseActionProblems('actions/demo/action.yml', ACTION)).toEqual([]);
    const problems = parseActionProblems('actions/demo/action.yml', ACTION.replace('node24', 'node99'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'actions/demo/action.yml', line: 16 });
  });

  test('a YAML syntax error is a problem with a line, not a crash', async () => {
    const problems = await parseWorkflowProblems('bad.yml', 'on: push\njobs:\n  a: [unclosed\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });
});

describe('calls of reusable workflows', () => {
  test('a correct call passes', () => {
    expect(lint(CALLER)).toEqual([]);
  });

  test('an input the workflow does not declare is reported at its line', () => {
    expect(messages(lint(CALLER.replace('      limit: 5\n', '      limit: 5\n      colour: red\n')))).toEqual(
      ["12: input 'colour' is not declared by .github/workflows/called.yml (workflow_call.inputs)"],
    );
  });

  test('a missing required input is reported', () => {
    expect(messages(lint(CALLER.replace('      command: make test\n', '')))).toEqual([
      "7: required input 'command' of .github/workflows/called.yml is not given",
    ]);
  });

  test('literal values of the wrong type are reported; expressions are left to run time', () => {
    const wrong = CALLER.replace('strict: true', 'strict: yes please').replace('limit: 5', 'limit: many');
    expect(messages(lint(wrong))).toEqual([
      "10: input 'strict' of .github/workflows/called.yml expects a boolean, got 'yes please'",
      "11: input 'limit' of .github/workflows/called.yml expects a number, got 'many'",
    ]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
    expect(lint(CALLER.replace('strict: true', "strict: ${{ github.event_name == 'push' }}"))).toEqual([]);
  });

  test('an undeclared secret is reported; secrets: inherit passes', () => {
    expect(messages(lint(CALLER.replace('      HOOK:', '      HOOKS:')))).toEqual([
      "13: secret 'HOOKS' is not declared by .github/workflows/called.yml",
    ]);
    expect(lint(CALLER.replace(/ {4}secrets:\n.*\n$/s, '    secrets: inherit\n'))).toEqual([]);
  });

  test('a call of a workflow that does not exist is reported', () => {
    expect(messages(lint(CALLER.replace('called.yml', 'missing.yml')))).toEqual([
      "7: 'octo/shipshape/.github/workflows/missing.yml@v1': .github/workflows/missing.yml does not exist",
    ]);
  });
});

describe('workflow rules', () => {
  test('the called workflow itself passes', () => {
    expect(lintWorkflow('.github/workflows/called.yml', CALLED, readRepoFile)).toEqual([]);
  });

  test('a reference to an undeclared input or secret is reported', () => {
    const broken = CALLED.replace('inputs.limit }}"', 'inputs.limt }}"').replace(
      'secrets.HOOK',
      'secrets.HOOKS',
    );
    expect(messages(lintWorkflow('w.yml', broken, readRepoFile))).toEqual([
      "27: 'inputs.limt' is not a declared input",
      "29: 'secrets.HOOKS' is not a declared workflow_call secret",
    ]);
  });

  test('inputs passed to an action must exist in its action.yml', () => {
    const broken = CALLED.replace('          level:', '          levels:');
    expect(messages(lintWorkflow('w.yml', broken, readRepoFile))).toEqual([
      "32: input 'levels' is not declared by actions/demo/action.yml",
    ]);
  });

  test('a job without permissions, and a reusable job without timeout, are reported', () => {
    const broken = CALLED.replace('    timeout-minutes: 5\n    permissions:\n      contents: read\n', '');
    expect(messages(lintWorkflow('w.yml', broken, readRepoFile))).toEqual([
      "21: job 'run' declares no permissions and the workflow sets none",
      "21: job 'run' of a reusable workflow has no timeout-minutes",
    ]);
  });

  test('an input without description or default is reported', () => {
    const broken = CALLED.replace('        description: fail hard\n', '').replace('        default: 3\n', '');
    expect(messages(lintWorkflow('w.yml', broken, readRepoFile))).toEqual([
      "8: input 'strict' has no description",
      "11: optional input 'limit' has no default",
    ]);
  });

  test('third-party actions must be pinned to a commit SHA with a version comment', () => {
    const step = (uses: string) => `${CALLED}      - uses: ${uses}\n`;
    const sha = 'de0fac2e4500dabe0009e67214ff5f5447ce83dd';
    expect(lintWorkflow('w.yml', step(`actions/checkout@${sha} # v6.0.2`), readRepoFile)).toEqual([]);
    expect(messages(lintWorkflow('w.yml', step('actions/checkout@v6'), readRepoFile))).toEqual([
      "33: 'actions/checkout@v6' is not pinned to a commit SHA with a version comment",
    ]);
    expect(messages(lintWorkflow('w.yml', step(`actions/checkout@${sha}`), readRepoFile))).toHaveLength(1);
    expect(
      lintWorkflow('w.yml', step('actions/checkout@v6'), readRepoFile, { requireShaPins: false }),
    ).toEqual([]);
  });
});

describe('action.yml rules', () => {
  test('a correct action passes', () => {
    expect(lintAction('actions/demo/action.yml', ACTION)).toEqual([]);
  });

  test('the runtime, the bundle path and undocumented inputs and outputs are reported', () => {
    const broken = ACTION.replace('using: node24', 'using: node20')
      .replace('dist/demo/', 'dist/other/')
      .replace('    default: "1"\n', '')
      .replace('    description: what came out\n', '    value: x\n');
    expect(messages(lintAction('actions/demo/action.yml', broken))).toEqual([
      '15: runs.using must be node24',
      '16: runs.main must be ../../dist/demo/index.js',
      "4: input 'level' has no default (use '' for none)",
      "12: output 'result' has no description",
    ]);
  });
});
