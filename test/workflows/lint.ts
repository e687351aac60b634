// shipshape's own rules for workflows, caller examples and action.yml files, on top of GitHub's parser:
// callers pass only inputs the called workflow or action declares (and every required one), reusable
// workflows declare job-level permissions and timeouts, third-party actions are pinned to commit SHAs.
// Every problem names the file and the line.
import { posix } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';

export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** Reads a repository file by its repo-relative path; undefined when it does not exist. */
export type ReadRepoFile = (path: string) => string | undefined;

interface Doc {
  file: string;
  content: string;
  root: YAMLMap | undefined;
  lineOf: (node: Node | null | undefined) => number;
  problems: Problem[];
}

function load(file: string, content: string): Doc {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0]?.line ?? 1,
    message: `YAML: ${e.message.split('\n')[0]}`,
  }));
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  return { file, content, root: isMap(doc.contents) ? doc.contents : undefined, lineOf, problems };
}

function entries(map: unknown): Array<{ key: string; keyNode: Node; value: Node | null }> {
  if (!isMap(map)) return [];
  return map.items.map((pair) => ({
    key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
    keyNode: pair.key as Node,
    value: (pair.value ?? null) as Node | null,
  }));
}

function get(map: unknown, key: string): Node | null | undefined {
  return entries(map).find((e) => e.key === key)?.value;
}

function has(map: unknown, key: string): boolean {
  return entries(map).some((e) => e.key === key);
}

function text(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null ? String(node.value) : undefined;
}

/** Every scalar under a node, with the key path that leads to it (for `if:` detection). */
function* scalars(node: unknown, key = ''): Generator<{ node: Node; value: string; key: string }> {
  if (isScalar(node)) {
    if (typeof node.value === 'string') yield { node, value: node.value, key };
  } else if (isMap(node)) {
    for (const e of entries(node)) yield* scalars(e.value, e.key);
  } else if (isSeq(node)) {
    for (const item of node.items) yield* scalars(item, key);
  }
}

/** The expression texts of a value: `${{ ... }}` spans, and the whole value of an `if:`. */
function expressions(value: string, key: string): string[] {
  const spans = [...value.matchAll(/\$\{\{(.*?)\}\}/gs)].map((m) => m[1] ?? '');
  if (key === 'if' && spans.length === 0) spans.push(value);
  return spans;
}

function events(root: YAMLMap | undefined): string[] {
  const on = get(root, 'on');
  if (isScalar(on)) return [String(on.value)];
  if (isSeq(on)) return on.items.map((i) => text(i) ?? '');
  return entries(on).map((e) => e.key);
}

interface CallInterface {
  inputs: Map<string, { type: string; required: boolean; hasDefault: boolean }>;
  secrets: Map<string, { required: boolean }>;
}

function workflowCallInterface(root: YAMLMap | undefined): CallInterface | undefined {
  const on = get(root, 'on');
  if (!isMap(on) || !has(on, 'workflow_call'))
    return events(root).includes('workflow_call') ? { inputs: new Map(), secrets: new Map() } : undefined;
  const call = get(on, 'workflow_call');
  const inputs = new Map<string, { type: string; required: boolean; hasDefault: boolean }>();
  for (const e of entries(get(call, 'inputs'))) {
    inputs.set(e.key, {
      type: text(get(e.value, 'type')) ?? 'string',
      required: get(e.value, 'required') !== undefined && text(get(e.value, 'required')) === 'true',
      hasDefault: has(e.value, 'default'),
    });
  }
  const secrets = new Map<string, { required: boolean }>();
  for (const e of entries(get(call, 'secrets'))) {
    secrets.set(e.key, { required: text(get(e.value, 'required')) === 'true' });
  }
  return { inputs, secrets };
}

interface ActionInterface {
  inputs: Map<string, { required: boolean; hasDefault: boolean }>;
}

function actionInterface(content: string): ActionInterface {
  const doc = load('action.yml', content);
  const inputs = new Map<string, { required: boolean; hasDefault: boolean }>();
  for (const e of entries(get(doc.root, 'inputs'))) {
    inputs.set(e.key, {
      required: text(get(e.value, 'required')) === 'true',
      hasDefault: has(e.value, 'default'),
    });
  }
  return { inputs };
}

const SHA_PINNED = /@[0-9a-f]{40}\s+#\s*v\d+(\.\d+){0,2}\b/;
const EXPRESSION_ONLY = /^\s*\$\{\{.*\}\}\s*$/s;

/** Where a `uses:` of shipshape's own actions or workflows points inside this repository. */
function ownTarget(uses: string): { kind: 'action' | 'workflow'; path: string } | undefined {
  const local = /^\.\/(?:\.shipshape-src\/)?(actions\/[\w.-]+)\/?$/.exec(uses);
  if (local?.[1]) return { kind: 'action', path: `${local[1]}/action.yml` };
  const remoteAction = /^[\w.-]+\/shipshape\/(actions\/[\w.-]+)@\S+$/.exec(uses);
  if (remoteAction?.[1]) return { kind: 'action', path: `${remoteAction[1]}/action.yml` };
  const workflow = /^(?:\.\/|[\w.-]+\/shipshape\/)(\.github\/workflows\/[\w.-]+\.ya?ml)(?:@\S+)?$/.exec(uses);
  if (workflow?.[1]) return { kind: 'workflow', path: workflow[1] };
  return undefined;
}

function checkLiteralType(type: string, node: Node | null): string | undefined {
  const value = isScalar(node) ? node.value : undefined;
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && EXPRESSION_ONLY.test(value)) return undefined;
  if (type === 'boolean' && typeof value !== 'boolean') return `expects a boolean, got '${String(value)}'`;
  if (type === 'number' && typeof value !== 'number') return `expects a number, got '${String(value)}'`;
  return undefined;
}

/**
 * Checks a workflow or caller example: permissions, reusable-workflow hygiene, references to
 * `inputs.*`/`secrets.*`, and the inputs and secrets passed to shipshape's workflows and actions.
 */
export function lintWorkflow(
  file: string,
  content: string,
  readRepoFile: ReadRepoFile,
  options: { requireShaPins?: boolean } = {},
): Problem[] {
  const requireShaPins = options.requireShaPins ?? true;
  const doc = load(file, content);
  const problems = doc.problems;
  const add = (node: Node | null | undefined, message: string) =>
    problems.push({ file, line: doc.lineOf(node), message });
  if (!doc.root) {
    if (problems.length === 0) add(undefined, 'not a YAML mapping');
    return problems;
  }
  const call = workflowCallInterface(doc.root);
  const jobs = entries(get(doc.root, 'jobs'));
  const topPermissions = has(doc.root, 'permissions');

  if (call) {
    const on = get(doc.root, 'on');
    for (const e of entries(get(get(on, 'workflow_call'), 'inputs'))) {
      if (!text(get(e.value, 'description'))) add(e.keyNode, `input '${e.key}' has no description`);
      const required = text(get(e.value, 'required')) === 'true';
      if (!required && !has(e.value, 'default')) add(e.keyNode, `optional input '${e.key}' has no default`);
    }
    for (const e of entries(get(get(on, 'workflow_call'), 'secrets'))) {
      if (!text(get(e.value, 'description'))) add(e.keyNode, `secret '${e.key}' has no description`);
    }
  }

  const dispatchInputs = new Set(
    entries(get(get(get(doc.root, 'on'), 'workflow_dispatch'), 'inputs')).map((e) => e.key),
  );
  const declaredInputs = new Set([...(call?.inputs.keys() ?? []), ...dispatchInputs]);
  for (const { node, value, key } of scalars(doc.root)) {
    for (const expression of expressions(value, key)) {
      for (const m of expression.matchAll(/\binputs\.([A-Za-z_][\w-]*)/g)) {
        if (!declaredInputs.has(m[1] as string)) add(node, `'inputs.${m[1]}' is not a declared input`);
      }
      if (!call) continue;
      for (const m of expression.matchAll(/\bsecrets\.([A-Za-z_][\w-]*)/g)) {
        if (m[1] !== 'GITHUB_TOKEN' && !call.secrets.has(m[1] as string)) {
          add(node, `'secrets.${m[1]}' is not a declared workflow_call secret`);
        }
      }
    }
  }

  for (const job of jobs) {
    const jobUses = text(get(job.value, 'uses'));
    if (!topPermissions && !has(job.value, 'permissions')) {
      add(job.keyNode, `job '${job.key}' declares no permissions and the workflow sets none`);
    } else if (call && !has(job.value, 'permissions')) {
      add(job.keyNode, `job '${job.key}' of a reusable workflow declares no job-level permissions`);
    }
    if (call && !jobUses && !has(job.value, 'timeout-minutes')) {
      add(job.keyNode, `job '${job.key}' of a reusable workflow has no timeout-minutes`);
    }
    if (jobUses) checkWorkflowCall(job.value, jobUses);
    for (const step of isSeq(get(job.value, 'steps'))
      ? (get(job.value, 'steps') as { items: unknown[] }).items
      : []) {
      const usesNode = get(step, 'uses');
      const uses = text(usesNode);
      if (uses) checkStepUses(step, usesNode, uses);
    }
  }
  return problems;

  function checkWorkflowCall(jobNode: Node | null, uses: string) {
    const usesNode = get(jobNode, 'uses');
    const target = ownTarget(uses);
    if (!target) {
      if (requireShaPins && !uses.startsWith('./') && !SHA_PINNED.test(lineText(usesNode))) {
        add(usesNode, `'${uses}' is not pinned to a commit SHA with a version comment`);
      }
      return;
    }
    const calledText = readRepoFile(target.path);
    if (calledText === undefined) return add(usesNode, `'${uses}': ${target.path} does not exist`);
    const called = workflowCallInterface(load(target.path, calledText).root);
    if (!called) return add(usesNode, `'${uses}': ${target.path} has no workflow_call trigger`);
    const withNode = get(jobNode, 'with');
    const given = new Set<string>();
    for (const e of entries(withNode)) {
      given.add(e.key);
      const input = called.inputs.get(e.key);
      if (!input) {
        add(e.keyNode, `input '${e.key}' is not declared by ${target.path} (workflow_call.inputs)`);
        continue;
      }
      const wrongType = checkLiteralType(input.type, e.value);
      if (wrongType) add(e.value, `input '${e.key}' of ${target.path} ${wrongType}`);
    }
    for (const [name, input] of called.inputs) {
      if (input.required && !given.has(name))
        add(usesNode, `required input '${name}' of ${target.path} is not given`);
    }
    const secretsNode = get(jobNode, 'secrets');
    if (text(secretsNode) === 'inherit') return;
    const givenSecrets = new Set<string>();
    for (const e of entries(secretsNode)) {
      givenSecrets.add(e.key);
      if (!called.secrets.has(e.key)) add(e.keyNode, `secret '${e.key}' is not declared by ${target.path}`);
    }
    for (const [name, secret] of called.secrets) {
      if (secret.required && !givenSecrets.has(name))
        add(usesNode, `required secret '${name}' of ${target.path} is not given`);
    }
  }

  function checkStepUses(step: unknown, usesNode: Node | null | undefined, uses: string) {
    const target = ownTarget(uses);
    if (target?.kind !== 'action') {
      const thirdParty = !uses.startsWith('./') && !uses.startsWith('docker://');
      if (requireShaPins && thirdParty && !SHA_PINNED.test(lineText(usesNode))) {
        add(usesNode, `'${uses}' is not pinned to a commit SHA with a version comment`);
      }
      return;
    }
    const actionText = readRepoFile(target.path);
    if (actionText === undefined) return add(usesNode, `'${uses}': ${target.path} does not exist`);
    const action = actionInterface(actionText);
    const given = new Set<string>();
    for (const e of entries(get(step, 'with'))) {
      given.add(e.key);
      if (!action.inputs.has(e.key)) add(e.keyNode, `input '${e.key}' is not declared by ${target.path}`);
    }
    for (const [name, input] of action.inputs) {
      if (input.required && !input.hasDefault && !given.has(name)) {
        add(usesNode, `required input '${name}' of ${target.path} is not given`);
      }
    }
  }

  function lineText(node: Node | null | undefined): string {
    return doc.content.split('\n')[doc.lineOf(node) - 1] ?? '';
  }
}

/** Checks an action.yml against shipshape's conventions: node24, bundled main, documented inputs and outputs. */
export function lintAction(file: string, content: string): Problem[] {
  const doc = load(file, content);
  const problems = doc.problems;
  const add = (node: Node | null | undefined, message: string) =>
    problems.push({ file, line: doc.lineOf(node), message });
  if (!doc.root) {
    if (problems.length === 0) add(undefined, 'not a YAML mapping');
    return problems;
  }
  const runs = get(doc.root, 'runs');
  if (text(get(runs, 'using')) !== 'node24') add(get(runs, 'using') ?? runs, `runs.using must be node24`);
  const folder = posix.basename(posix.dirname(file));
  const expectedMain = `../../dist/${folder}/index.js`;
  if (text(get(runs, 'main')) !== expectedMain)
    add(get(runs, 'main') ?? runs, `runs.main must be ${expectedMain}`);
  for (const e of entries(get(doc.root, 'inputs'))) {
    if (!text(get(e.value, 'description'))) add(e.keyNode, `input '${e.key}' has no description`);
    if (!has(e.value, 'default')) add(e.keyNode, `input '${e.key}' has no default (use '' for none)`);
  }
  for (const e of entries(get(doc.root, 'outputs'))) {
    if (!text(get(e.value, 'description'))) add(e.keyNode, `output '${e.key}' has no description`);
  }
  return problems;
}

export function formatProblems(
  problems: ReadonlyArray<{ file: string; line: number; message: string }>,
): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
}
