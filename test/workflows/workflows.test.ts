// Every workflow, caller example and action.yml in the repository, through GitHub's own parser and
// shipshape's rules (test/workflows/lint.ts). A failure lists `file:line: message` for each problem.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseActionProblems, parseWorkflowProblems } from './github-parser.js';
import { formatProblems, lintAction, lintWorkflow, type ReadRepoFile } from './lint.js';

const ROOT = join(import.meta.dirname, '..', '..');
const readRepoFile: ReadRepoFile = (path) => {
  const full = join(ROOT, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};
const yamlFiles = (dir: string) =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];

function parseOrEmpty(path: string) {
  try {
    return parse(readFileSync(join(ROOT, path), 'utf8')) ?? {};
  } catch {
    return {};
  }
}

const workflowFiles = yamlFiles('.github/workflows');
const exampleFiles = yamlFiles('docs/examples');
const actionFiles = readdirSync(join(ROOT, 'actions'))
  .map((name) => `actions/${name}/action.yml`)
  .filter((path) => existsSync(join(ROOT, path)))
  .sort();

// Our own workflows pin third-party actions to commit SHAs; caller examples may use major tags (the
// caller's policy). ci.yml belongs to the lead; pinning its actions is proposed, not yet done.
const requiresShaPins = (file: string) => file.startsWith('.github/workflows/');

const REUSABLE = ['quality-gate', 'quality-gate-publish', 'perf', 'web-vitals', 'post-deploy', 'uptime'];

describe('the repository has what these tests cover', () => {
  test('every reusable workflow, the release workflow and CI exist', () => {
    for (const name of [...REUSABLE, 'release', 'ci']) {
      expect(workflowFiles, name).toContain(`.github/workflows/${name}.yml`);
    }
  });

  test('every reusable workflow has a caller example that calls it', () => {
    for (const name of REUSABLE) {
      const callers = exampleFiles.filter((f) =>
        new RegExp(`/\\.github/workflows/${name}\\.yml@`).test(readFileSync(join(ROOT, f), 'utf8')),
      );
      expect(callers, `no docs/examples/*.yml calls ${name}.yml`).not.toEqual([]);
    }
  });
});

describe.each(workflowFiles.concat(exampleFiles))('%s', (file) => {
  const content = readFileSync(join(ROOT, file), 'utf8');

  test("passes GitHub's workflow parser", async () => {
    expect(formatProblems(await parseWorkflowProblems(file, content))).toBe('');
  });

  test("passes shipshape's workflow rules", () => {
    const requireShaPins = requiresShaPins(file);
    expect(formatProblems(lintWorkflow(file, content, readRepoFile, { requireShaPins }))).toBe('');
  });
});

describe.each(actionFiles)('%s', (file) => {
  const content = readFileSync(join(ROOT, file), 'utf8');

  test("passes GitHub's action metadata parser", () => {
    expect(formatProblems(parseActionProblems(file, content))).toBe('');
  });

  test("passes shipshape's action rules", () => {
    expect(formatProblems(lintAction(file, content))).toBe('');
  });
});

describe('the reusable workflows share one definition of the common parts', () => {
  const reusable = REUSABLE.filter(
    (n) => n !== 'quality-gate-publish' && workflowFiles.includes(`.github/workflows/${n}.yml`),
  ).map((name) => ({
    name,
    // A file that does not parse is reported with its line by the per-file tests above.
    doc: parseOrEmpty(`.github/workflows/${name}.yml`),
  }));

  test('the dashboard job is the same everywhere except for what it waits on', () => {
    const strip = (job: Record<string, unknown>) => ({ ...job, needs: undefined });
    const first = reusable[0];
    for (const { name, doc } of reusable) {
      expect(doc.jobs.dashboard, name).toBeDefined();
      expect(strip(doc.jobs.dashboard), name).toEqual(strip(first?.doc.jobs.dashboard));
      expect(Object.keys(doc.jobs), name).toEqual(expect.arrayContaining(doc.jobs.dashboard.needs));
    }
  });

  test('only the dashboard job may write to Pages or mint OIDC tokens, and it is off by default', () => {
    for (const { name, doc } of [...reusable]) {
      expect(doc.on.workflow_call.inputs.dashboard, name).toMatchObject({ type: 'boolean', default: false });
      for (const [id, job] of Object.entries(
        doc.jobs as Record<string, { permissions: Record<string, string> }>,
      )) {
        if (id === 'dashboard') continue;
        expect(job.permissions.pages, `${name}/${id}`).toBeUndefined();
        expect(job.permissions['id-token'], `${name}/${id}`).toBeUndefined();
      }
    }
  });

  test("shipshape's actions are checked out at the workflow's own commit the same way everywhere", () => {
    const checkoutSteps = (doc: { jobs: Record<string, { steps?: Array<Record<string, unknown>> }> }) =>
      Object.values(doc.jobs)
        .flatMap((job) => job.steps ?? [])
        .filter((s) => (s.with as Record<string, unknown> | undefined)?.path === '.shipshape-src');
    const refs = new Set<string>();
    for (const { name, doc } of reusable) {
      const steps = checkoutSteps(doc);
      expect(steps.length, name).toBeGreaterThan(0);
      for (const s of steps)
        refs.add(
          JSON.stringify([
            (s.with as Record<string, unknown>).repository,
            (s.with as Record<string, unknown>).ref,
          ]),
        );
    }
    expect([...refs]).toEqual([
      JSON.stringify([
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
        "${{ inputs.shipshape-repository || job.workflow_repository || 'shipshape/shipshape' }}",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
        '${{ inputs.shipshape-ref || job.workflow_sha }}',
      ]),
    ]);
  });
});

describe('caller examples grant what the reusable workflows they call ask for', () => {
  const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };
  type Job = { permissions?: Record<string, string>; uses?: string; with?: Record<string, unknown> };

  // GitHub refuses to start a called workflow whose job asks for more than the calling job grants.
  test.each(exampleFiles)('%s', (file) => {
    const doc = parseOrEmpty(file) as { jobs?: Record<string, Job> };
    for (const [id, job] of Object.entries(doc.jobs ?? {})) {
      const called = /shipshape\/shipshape\/\.github\/workflows\/([\w-]+)\.yml@/.exec(job.uses ?? '')?.[1];
      if (!called) continue;
      const callee = parseOrEmpty(`.github/workflows/${called}.yml`) as { jobs?: Record<string, Job> };
      for (const [calleeId, calleeJob] of Object.entries(callee.jobs ?? {})) {
        if (calleeId === 'dashboard' && job.with?.dashboard !== true) continue;
        for (const [scope, level] of Object.entries(calleeJob.permissions ?? {})) {
          const granted = job.permissions?.[scope] ?? 'none';
          expect(
            LEVEL[granted] ?? 0,
            `${file} job '${id}' grants ${scope}: ${granted}; ${called}.yml job '${calleeId}' asks for ${level}`,
          ).toBeGreaterThanOrEqual(LEVEL[level] ?? 0);
        }
      }
    }
  });
});
