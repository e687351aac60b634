// The examples in the README and docs/ are what users copy. Every step of a YAML example that uses a
// shipshape action may give only inputs its action.yml declares (the workflow files themselves are
// checked in workflows.test.ts), and every `shipshape <command>` line in the docs, the workflows and
// the caller examples must be accepted by the CLI's flag reader (run with --help appended: a flag
// the command does not take stops it with exit 2 before the help is printed).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

interface Block {
  file: string;
  line: number;
  lang: string;
  text: string;
}

function codeBlocks(file: string): Block[] {
  const content = readFileSync(join(ROOT, file), 'utf8');
  const blocks: Block[] = [];
  for (const m of content.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)) {
    const line = content.slice(0, m.index).split('\n').length + 1;
    blocks.push({ file, line, lang: m[1] ?? '', text: m[2] ?? '' });
  }
  return blocks;
}

/** A fragment of steps is indented as inside a job; YAML wants it at the margin. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const margin = Math.min(
    ...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length),
  );
  return lines.map((l) => l.slice(margin)).join('\n');
}

function inputsOf(action: string): Set<string> | undefined {
  const path = join(ROOT, 'actions', action, 'action.yml');
  if (!existsSync(path)) return undefined;
  const doc = parseDocument(readFileSync(path, 'utf8')).toJS() as { inputs?: Record<string, unknown> };
  return new Set(Object.keys(doc.inputs ?? {}));
}

/** Problems of every mapping in the tree with `uses: …shipshape/actions/<name>@…` and `with:`. */
function stepProblems(node: unknown, where: (n: Node) => string, out: string[]): void {
  if (isSeq(node)) for (const item of node.items) stepProblems(item, where, out);
  if (!isMap(node)) return;
  const uses = node.get('uses');
  const action =
    typeof uses === 'string' ? /(?:shipshape\/|^\.\/)actions\/([\w-]+)/.exec(uses)?.[1] : undefined;
  if (action) {
    const declared = inputsOf(action);
    const given = node.get('with', true);
    if (!declared) out.push(`${where(node)}: ${uses} names no action of this repository`);
    else if (isMap(given))
      for (const pair of given.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!declared.has(key)) out.push(`${where(pair.key as Node)}: ${action} has no input '${key}'`);
      }
  }
  for (const pair of node.items) stepProblems(pair.value, where, out);
}

const blocks = DOCS.flatMap(codeBlocks);
const yamlBlocks = blocks.filter((b) => b.lang === 'yaml' || b.lang === 'yml');
const COMMAND =
  /(?:^|[\s;&|(])((?:npx shipshape|shipshape|node \S*dist\/cli\/index\.js) (?:coverage-gate|coverage-badge|perf-regression|lighthouse-vitals|deploy-smoke-health|dashboard)(?:[ \t]+(?:'[^']*'|"[^"]*"|[^\s'"`;&|#)]+))*)/g;

/** Lines of a text, a line ending in a backslash joined with the next, each with its first line. */
function logicalLines(text: string, first: number): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let pending: { line: number; text: string } | undefined;
  for (const [i, raw] of text.split('\n').entries()) {
    const current = pending
      ? { line: pending.line, text: `${pending.text} ${raw.trim()}` }
      : { line: first + i, text: raw };
    if (current.text.endsWith('\\')) pending = { line: current.line, text: current.text.slice(0, -1) };
    else {
      out.push(current);
      pending = undefined;
    }
  }
  return out;
}

/** Workflows and caller examples, whose `run:` steps may call the CLI. */
const WORKFLOWS = ['.github/workflows', 'docs/examples'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`),
);

/** Every `shipshape <command> …` in a code block (a shell line, a workflow's `run:`) or inline code. */
const commandLines = WORKFLOWS.flatMap((file) =>
  logicalLines(readFileSync(join(ROOT, file), 'utf8'), 1)
    // A command a step runs (`run: npx shipshape …`, or a line of a `run: |` script), not prose
    // in a description or comment.
    .filter(({ text }) =>
      /^\s*(?:-\s+)?(?:run:\s*)?(?:npx shipshape|shipshape|node \S*dist\/cli\/index\.js) [a-z]/.test(text),
    )
    .flatMap(({ line, text }) => [...text.matchAll(COMMAND)].map((m) => ({ file, line, text: m[1] ?? '' }))),
).concat(
  DOCS.flatMap((file) => {
    const content = readFileSync(join(ROOT, file), 'utf8');
    const found: { file: string; line: number; text: string }[] = [];
    const inBlocks = codeBlocks(file).flatMap((b) => logicalLines(b.text, b.line));
    const inline = [...content.matchAll(/`([^`\n]+)`/g)].map((m) => ({
      line: content.slice(0, m.index).split('\n').length,
      text: m[1] ?? '',
    }));
    for (const { line, text } of [...inBlocks, ...inline])
      for (const m of text.matchAll(COMMAND)) found.push({ file, line, text: m[1] ?? '' });
    return found;
  }),
);

describe('examples in the README and docs', () => {
  it('have YAML examples to check, and shipshape command lines', () => {
    expect(yamlBlocks.length).toBeGreaterThan(10);
    expect(commandLines.length).toBeGreaterThan(5);
  });

  it('give shipshape actions only the inputs their action.yml declares', () => {
    const problems: string[] = [];
    for (const block of yamlBlocks) {
      const text = dedent(block.text);
      const doc = parseDocument(text);
      if (doc.errors.length > 0) {
        problems.push(`${block.file}:${block.line}: not YAML: ${doc.errors[0]?.message.split('\n')[0]}`);
        continue;
      }
      const where = (n: Node) =>
        `${block.file}:${block.line + text.slice(0, n.range?.[0] ?? 0).split('\n').length - 1}`;
      stepProblems(doc.contents, where, problems);
    }
    expect(problems).toEqual([]);
  });

  it.each(commandLines.map((l) => [`${l.file}:${l.line}`, l.text] as const))(
    '%s: the CLI takes every flag of `%s`',
    (_where, text) => {
      // Words as a shell splits them (quotes kept together), from the command on, then --help.
      const words = [...text.trim().matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map(
        (m) => m[1] ?? m[2] ?? m[3] ?? '',
      );
      const args = words.slice(
        words.findIndex((w) => w === 'shipshape' || w.endsWith('dist/cli/index.js')) + 1,
      );
      const run = spawnSync(process.execPath, [CLI, ...args, '--help'], { encoding: 'utf8', cwd: ROOT });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
  );
});
