// The artifact and cache backends through the real @actions/artifact and @actions/cache clients,
// against loopback fakes of the services. Those clients read their configuration from the
// environment, so each simulated workflow run is a child Node with its own environment, running
// the TypeScript sources directly (Node strips the types; a resolve hook maps './x.js' to './x.ts').
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeActionsServices } from '../../test/harness/fake-actions-services.js';
import { FAKE_GITHUB_TOKEN, FakeGitHub } from '../../test/harness/fake-github.js';
import { makeRecord } from '../../test/support/history-records.js';
import { artifactName } from './artifacts.js';
import type { HistoryRecord } from './record.js';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const SCRATCH = join(REPO_ROOT, '.tmp', `history-services-${process.pid}`);
const OWNER = 'octo-org';
const REPO = 'shop';
const Q = { kind: 'coverage', name: 'unit' };

let services: FakeActionsServices;
let github: FakeGitHub;
let dir: string;
let counter = 0;
let runs = 0;

interface RunResult {
  code: number | null;
  output: string;
  result: { read?: { records: HistoryRecord[]; warnings: string[] }; error?: string; [k: string]: unknown };
}

beforeAll(async () => {
  await mkdir(SCRATCH, { recursive: true });
  await writeFile(
    join(SCRATCH, 'hooks.mjs'),
    `export async function resolve(specifier, context, next) {
  try { return await next(specifier, context); }
  catch (error) {
    if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
    throw error;
  }
}\n`,
  );
  await writeFile(
    join(SCRATCH, 'register.mjs'),
    `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
  );
});
afterAll(async () => {
  await rm(SCRATCH, { recursive: true, force: true });
});
beforeEach(async () => {
  services = await FakeActionsServices.start();
  github = await FakeGitHub.start();
  services.attachRest(github, { owner: OWNER, repo: REPO });
  dir = join(SCRATCH, `case-${++counter}`);
  await mkdir(dir, { recursive: true });
});
afterEach(async () => {
  await services.close();
  await github.close();
});

const module = (file: string) => JSON.stringify(pathToFileURL(join(REPO_ROOT, file)).href);

/**
 * One workflow run (its own run backend id and run id) executing `body`, which sees `history`
 * (an ArtifactHistory, or a CacheHistory when `backend` is 'cache'), `records` and `result`.
 */
async function workflowRun(
  body: string,
  o: {
    records?: HistoryRecord[];
    backend?: 'artifacts' | 'cache';
    options?: Record<string, unknown>;
    scopes?: string[];
  } = {},
): Promise<RunResult> {
  const run = ++runs;
  const workspace = join(dir, `run-${run}`);
  await mkdir(join(workspace, 'temp'), { recursive: true });
  const script = join(workspace, 'run.mjs');
  const resultFile = join(workspace, 'result.json');
  const runId = 5000 + run;
  await writeFile(
    script,
    `import { writeFileSync } from 'node:fs';
const { ArtifactHistory } = await import(${module('shared/history/artifacts.ts')});
const { CacheHistory } = await import(${module('shared/history/cache.ts')});
const { createGitHubClient } = await import(${module('shared/github/client.ts')});
const log = { info() {}, warning: (m) => console.log('warning: ' + m), debug() {} };
const octokit = createGitHubClient({ token: process.env.GITHUB_TOKEN, log, retries: 1, retryAfterBaseMs: 1, timeoutMs: 3000 });
const options = JSON.parse(process.env.HISTORY_OPTIONS);
const history = process.env.HISTORY_BACKEND === 'cache'
  ? new CacheHistory({ runId: ${runId}, runAttempt: 1, log, ...options })
  : new ArtifactHistory({ octokit, token: process.env.GITHUB_TOKEN, owner: '${OWNER}', repo: '${REPO}', runId: ${runId}, runAttempt: 1, branch: 'main', log, ...options });
const records = JSON.parse(process.env.HISTORY_RECORDS);
const result = {};
try {
${body}
} catch (error) {
  result.error = String(error?.message ?? error);
}
writeFileSync(process.env.RESULT_FILE, JSON.stringify(result));
// The artifact client keeps retrying abandoned downloads in the background; a run ends here.
process.exit(0);
`,
  );
  const child = spawn(
    process.execPath,
    ['--no-warnings', '--import', join(SCRATCH, 'register.mjs'), script],
    {
      cwd: workspace,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? workspace,
        RUNNER_TEMP: join(workspace, 'temp'),
        GITHUB_WORKSPACE: workspace,
        GITHUB_API_URL: github.url,
        GITHUB_TOKEN: FAKE_GITHUB_TOKEN,
        RESULT_FILE: resultFile,
        HISTORY_BACKEND: o.backend ?? 'artifacts',
        HISTORY_OPTIONS: JSON.stringify(o.options ?? {}),
        HISTORY_RECORDS: JSON.stringify(o.records ?? []),
        ...services.env({
          runBackendId: `b9e0bd43-0000-4000-8000-${String(run).padStart(12, '0')}`,
          workflowRunId: runId,
          cacheScopes: o.scopes,
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const code = await new Promise<number | null>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`run ${run} did not finish within 45 s\n${output}`));
    }, 45_000);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      done(exitCode);
    });
  });
  const result = JSON.parse(await readFile(resultFile, 'utf8').catch(() => '{}')) as RunResult['result'];
  return { code, output, result };
}

const APPEND = `result.read = await history.read({ kind: 'coverage', name: 'unit' });
await history.append(records, { keep: 500 });`;
const READ = `result.read = await history.read({ kind: 'coverage', name: 'unit' });`;

function expectClean(run: RunResult): void {
  expect(run.result.error, run.output).toBeUndefined();
  expect(run.code, run.output).toBe(0);
}

describe('ArtifactHistory through @actions/artifact', () => {
  it('carries records forward from run to run', async () => {
    const [a, b] = [makeRecord(), makeRecord()];
    const first = await workflowRun(APPEND, { records: [a], options: { retentionDays: 30 } });
    expectClean(first);
    expect(first.result.read).toEqual({ records: [], warnings: [] });
    const second = await workflowRun(APPEND, { records: [b] });
    expectClean(second);
    expect(second.result.read).toEqual({ records: [a], warnings: [] });
    const third = await workflowRun(READ);
    expectClean(third);
    expect(third.result.read).toEqual({ records: [a, b], warnings: [] });

    expect(services.artifacts.map((x) => x.name)).toEqual([artifactName(Q), artifactName(Q)]);
    const days = (x: (typeof services.artifacts)[number]) =>
      (x.expiresAt.getTime() - x.createdAt.getTime()) / 86_400_000;
    expect(days(services.artifacts[0]!)).toBeCloseTo(30, 1);
    expect(days(services.artifacts[1]!)).toBeCloseTo(90, 1);
    expect(services.rejections).toEqual([]);
    expect(github.violations).toEqual([]);
  });

  it('deletes superseded artifacts after an upload and still reads every record', async () => {
    const records = [makeRecord(), makeRecord(), makeRecord(), makeRecord()];
    // Reads merge the newest one here, so the newest two stay; no grace period.
    const options = { latest: 1, pruneAfterMinutes: 0 };
    for (const r of records) expectClean(await workflowRun(APPEND, { records: [r], options }));
    const names = services.artifacts.map((x) => x.name);
    expect(names).toEqual([artifactName(Q), artifactName(Q)]);
    const read = await workflowRun(READ, { options });
    expectClean(read);
    expect(read.result.read).toEqual({ records, warnings: [] });
    expect(github.violations).toEqual([]);
  });

  it('keeps the records of two runs that raced each other', async () => {
    const [a, b, c] = [makeRecord(), makeRecord(), makeRecord()];
    expectClean(await workflowRun(APPEND, { records: [a] }));
    // Hold each upload back so that both runs read before either has stored anything.
    services.fault({ path: 'CreateArtifact' }, { kind: 'slow', delayMs: 1500, times: 2 });
    const [runB, runC] = await Promise.all([
      workflowRun(APPEND, { records: [b] }),
      workflowRun(APPEND, { records: [c] }),
    ]);
    expectClean(runB);
    expectClean(runC);
    expect(runB.result.read?.records).toEqual([a]);
    expect(runC.result.read?.records).toEqual([a]);
    const after = await workflowRun(READ);
    expectClean(after);
    expect(after.result.read).toEqual({ records: [a, b, c], warnings: [] });
  });

  it('skips a corrupted artifact with a warning and still reads the others', async () => {
    const [a, b] = [makeRecord(), makeRecord()];
    expectClean(await workflowRun(APPEND, { records: [a] }));
    expectClean(await workflowRun(APPEND, { records: [b] }));
    const damaged = services.artifacts[1]!;
    damaged.content = damaged.content.subarray(0, damaged.content.length - 40);
    const started = Date.now();
    const run = await workflowRun(READ);
    expectClean(run);
    expect(run.result.read?.records).toEqual([a]);
    expect(run.result.read?.warnings).toEqual([
      expect.stringMatching(new RegExp(`id ${damaged.id}.*skipped: .*(truncated|end-of-central-directory)`)),
    ]);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('turns a failing artifact listing into a warning, not a throw', async () => {
    expectClean(await workflowRun(APPEND, { records: [makeRecord()] }));
    github.fault(
      { path: '/repos/{owner}/{repo}/actions/artifacts' },
      { kind: 'status', status: 502, times: Infinity },
    );
    const run = await workflowRun(READ);
    expectClean(run);
    expect(run.result.read).toEqual({
      records: [],
      warnings: [expect.stringMatching(/could not list .*502/)],
    });
  });

  it('turns a failing or hanging download into a warning, not a throw', async () => {
    const [a, b] = [makeRecord(), makeRecord()];
    expectClean(await workflowRun(APPEND, { records: [a] }));
    expectClean(await workflowRun(APPEND, { records: [b] }));
    // The newest artifact's download fails with 500s on the blob store; the older one answers.
    const newest = services.artifacts[1]!;
    services.fault(
      { method: 'GET', path: newest.blobPath },
      { kind: 'status', status: 500, times: Infinity },
    );
    // The older one's REST redirect hangs past the deadline.
    github.fault(
      { path: `/repos/${OWNER}/${REPO}/actions/artifacts/${services.artifacts[0]!.id}/zip` },
      { kind: 'slow', delayMs: 10_000 },
    );
    const run = await workflowRun(READ, { options: { downloadTimeoutMs: 3000 } });
    expectClean(run);
    expect(run.result.read?.records).toEqual([]);
    expect([...(run.result.read?.warnings ?? [])].sort()).toEqual([
      expect.stringMatching(
        new RegExp(`id ${services.artifacts[0]!.id}, .*skipped: the download took longer than 3 s`),
      ),
      expect.stringMatching(new RegExp(`id ${newest.id}, .*skipped: the download took longer than 3 s`)),
    ]);
  });

  it('refuses to store the same history twice in one run, saying why', async () => {
    const run = await workflowRun(
      `await history.append([records[0]], { keep: 500 });
await history.append([records[1]], { keep: 500 });`,
      { records: [makeRecord(), makeRecord()] },
    );
    expect(run.result.error).toMatch(/could not store history artifact .*already stored/);
  });
});

describe('CacheHistory through @actions/cache', () => {
  it('carries records forward and is readable from a pull request scope', async () => {
    const [a, b] = [makeRecord(), makeRecord()];
    expectClean(await workflowRun(APPEND, { backend: 'cache', records: [a] }));
    const second = await workflowRun(APPEND, { backend: 'cache', records: [b] });
    expectClean(second);
    expect(second.result.read).toEqual({ records: [a], warnings: [] });
    const fork = await workflowRun(READ, {
      backend: 'cache',
      scopes: ['refs/pull/7/merge', 'refs/heads/main'],
    });
    expectClean(fork);
    expect(fork.result.read).toEqual({ records: [a, b], warnings: [] });
    const keys = services.caches.map((c) => c.key);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) expect(key).toMatch(/^shipshape-history-coverage-unit-\d+-1$/);
  });

  it('reads nothing rather than throwing when the cache service fails', async () => {
    expectClean(await workflowRun(APPEND, { backend: 'cache', records: [makeRecord()] }));
    services.fault({}, { kind: 'status', status: 503, times: Infinity });
    const run = await workflowRun(READ, { backend: 'cache', options: { timeoutMs: 3000 } });
    expectClean(run);
    expect(run.result.read?.records).toEqual([]);
    expect(run.result.read?.warnings).toEqual([expect.stringMatching(/took longer than 3 s/)]);
  });
});
