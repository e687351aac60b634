import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ARTIFACT_SERVICE,
  CACHE_SERVICE,
  DEFAULT_WORKFLOW_RUN_ID,
  FakeActionsServices,
  findCacheEntry,
  type StoredCache,
} from './fake-actions-services.js';
import { FAKE_GITHUB_TOKEN, FakeGitHub } from './fake-github.js';
import { runAction } from './runner.js';

// The real @actions/artifact and @actions/cache read their configuration from the environment, so each
// client scenario runs in a child Node (the vitest worker's own binary) with a script under <repo>/.tmp,
// where it resolves the repository's node_modules.

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRATCH = join(REPO_ROOT, '.tmp', `fake-actions-services-${process.pid}`);
const OWNER = 'octo-org';
const REPO = 'shop';

let services: FakeActionsServices;
let github: FakeGitHub;
let dir: string;
let counter = 0;

beforeAll(async () => {
  await mkdir(SCRATCH, { recursive: true });
});

afterAll(async () => {
  await rm(SCRATCH, { recursive: true, force: true });
});

beforeEach(async () => {
  services = await FakeActionsServices.start();
  github = await FakeGitHub.start();
  services.attachRest(github, { owner: OWNER, repo: REPO });
  dir = join(SCRATCH, `case-${++counter}`);
  await mkdir(join(dir, 'temp'), { recursive: true });
});

afterEach(async () => {
  await services.close();
  await github.close();
});

interface ClientRun {
  code: number | null;
  stdout: string;
  stderr: string;
  result: Record<string, unknown>;
}

/** Runs `body` (an async ESM snippet that may `await` and assign to `result`) in a child Node. */
async function runClient(name: string, body: string, env: Record<string, string>): Promise<ClientRun> {
  const script = join(dir, `${name}.mjs`);
  const resultFile = join(dir, `${name}.result.json`);
  await writeFile(
    script,
    [
      "import { writeFileSync } from 'node:fs';",
      "import { DefaultArtifactClient } from '@actions/artifact';",
      "import * as cache from '@actions/cache';",
      'const result = {};',
      'try {',
      body,
      '} catch (error) {',
      '  result.error = String(error?.message ?? error);',
      '}',
      'writeFileSync(process.env.RESULT_FILE, JSON.stringify(result));',
    ].join('\n'),
  );
  const child = spawn(process.execPath, [script], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      RUNNER_TEMP: join(dir, 'temp'),
      GITHUB_WORKSPACE: dir,
      GITHUB_API_URL: github.url,
      RESULT_FILE: resultFile,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name}.mjs did not finish within 30 s\n${stdout}\n${stderr}`));
    }, 30_000);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  const result = JSON.parse(await readFile(resultFile, 'utf8').catch(() => '{}')) as Record<string, unknown>;
  return { code, stdout, stderr, result };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function writeInputs(): Promise<{ text: Buffer; binary: Buffer }> {
  const text = Buffer.from('line coverage 87.5%\n'.repeat(50));
  const binary = randomBytes(300_000);
  await mkdir(join(dir, 'out', 'sub'), { recursive: true });
  await writeFile(join(dir, 'out', 'report.txt'), text);
  await writeFile(join(dir, 'out', 'sub', 'data.bin'), binary);
  return { text, binary };
}

const UPLOAD = `
  const client = new DefaultArtifactClient();
  const root = process.cwd() + '/out';
  const upload = await client.uploadArtifact('coverage-report', [root + '/report.txt', root + '/sub/data.bin'], root, { retentionDays: 5 });
  result.upload = upload;
`;

describe('@actions/artifact against the fake', () => {
  it('uploads two files, lists them, and downloads them in the same run and from another run', async () => {
    const inputs = await writeInputs();
    const sameRun = await runClient(
      'same-run',
      `${UPLOAD}
      result.list = (await client.listArtifacts()).artifacts;
      result.byName = (await client.getArtifact('coverage-report')).artifact;
      await client.downloadArtifact(upload.id, { path: process.cwd() + '/same-run' });
      `,
      services.env(),
    );
    expect(sameRun.result.error, sameRun.stdout).toBeUndefined();
    expect(services.rejections).toEqual([]);

    const stored = services.artifacts[0];
    expect(services.artifacts).toHaveLength(1);
    expect(stored).toMatchObject({ name: 'coverage-report', finalized: true, mimeType: 'application/zip' });
    expect(stored?.content.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04'));
    expect(stored?.digest).toBe(`sha256:${sha256(stored?.content ?? Buffer.alloc(0))}`);
    expect(stored?.size).toBe(stored?.content.length);
    const retentionDays =
      ((stored?.expiresAt.getTime() ?? 0) - (stored?.createdAt.getTime() ?? 0)) / 86_400_000;
    expect(retentionDays).toBeCloseTo(5, 1);

    const upload = sameRun.result.upload as { id: number; size: number; digest: string };
    expect(upload).toEqual({
      id: stored?.id,
      size: stored?.size,
      digest: sha256(stored?.content ?? Buffer.alloc(0)),
    });
    expect(sameRun.result.list).toEqual([
      expect.objectContaining({ id: upload.id, name: 'coverage-report' }),
    ]);
    expect(sameRun.result.byName).toMatchObject({ id: upload.id, size: upload.size });
    expect(await readFile(join(dir, 'same-run', 'report.txt'))).toEqual(inputs.text);
    expect(await readFile(join(dir, 'same-run', 'sub', 'data.bin'))).toEqual(inputs.binary);

    const otherRun = await runClient(
      'other-run',
      `
      const client = new DefaultArtifactClient();
      result.ownRun = (await client.listArtifacts()).artifacts;
      const findBy = { token: '${FAKE_GITHUB_TOKEN}', workflowRunId: ${DEFAULT_WORKFLOW_RUN_ID}, repositoryOwner: '${OWNER}', repositoryName: '${REPO}' };
      result.listed = (await client.listArtifacts({ findBy })).artifacts;
      await client.downloadArtifact(${upload.id}, { path: process.cwd() + '/other-run', findBy });
      `,
      services.env({ runBackendId: 'b9e0bd43-0000-4000-8000-000000000002', workflowRunId: 1234 }),
    );
    expect(otherRun.result.error, otherRun.stdout).toBeUndefined();
    expect(otherRun.result.ownRun).toEqual([]);
    expect(otherRun.result.listed).toEqual([
      expect.objectContaining({
        id: upload.id,
        name: 'coverage-report',
        size: upload.size,
        digest: stored?.digest,
      }),
    ]);
    expect(await readFile(join(dir, 'other-run', 'report.txt'))).toEqual(inputs.text);
    expect(await readFile(join(dir, 'other-run', 'sub', 'data.bin'))).toEqual(inputs.binary);
    expect(github.calls('actions/download-artifact')).toHaveLength(1);
    expect(github.violations).toEqual([]);
  });

  it('retries CreateArtifact after one injected 500 (the client retries 5xx up to 5 attempts)', async () => {
    await writeInputs();
    services.fault({ path: 'CreateArtifact' }, { kind: 'status', status: 500 });
    const run = await runClient('retry', UPLOAD, services.env());
    expect(run.result.error, run.stdout).toBeUndefined();
    expect(run.stdout).toContain('Attempt 1 of 5 failed with error: Failed request: (500)');
    const creates = services.requests.filter((r) => r.path === `/twirp/${ARTIFACT_SERVICE}/CreateArtifact`);
    expect(creates).toHaveLength(2);
    expect(services.artifacts.map((a) => a.finalized)).toEqual([true]);
  });

  it('stores a skipArchive upload raw, serves it back under its file name, and deletes it', async () => {
    const inputs = await writeInputs();
    const run = await runClient(
      'raw',
      `
      const client = new DefaultArtifactClient();
      const upload = await client.uploadArtifact('ignored', [process.cwd() + '/out/report.txt'], process.cwd() + '/out', { skipArchive: true });
      await client.downloadArtifact(upload.id, { path: process.cwd() + '/raw' });
      result.deleted = await client.deleteArtifact('report.txt');
      result.after = (await client.listArtifacts()).artifacts;
      `,
      services.env(),
    );
    expect(run.result.error, run.stdout).toBeUndefined();
    expect(await readFile(join(dir, 'raw', 'report.txt'))).toEqual(inputs.text);
    expect(run.result.after).toEqual([]);
    expect(services.artifacts).toEqual([]);
    const created = services.requests.find((r) => r.path.endsWith('/CreateArtifact'));
    expect(created?.body).toMatchObject({ name: 'report.txt', mime_type: 'text/plain' });
  });

  it('fails without retrying when the name is already taken in the run (409 is not retryable)', async () => {
    await writeInputs();
    const env = services.env();
    await runClient('first', UPLOAD, env);
    const second = await runClient('second', UPLOAD, env);
    expect(second.result.error).toMatch(/non-retryable error: Failed request: \(409\).*already exists/);
    expect(services.artifacts).toHaveLength(1);
  });
});

describe('@actions/cache (service v2) against the fake', () => {
  it('saves entries and restores by exact key, by restore-key prefix (newest first), or misses', async () => {
    const first = randomBytes(50_000);
    const second = randomBytes(50_000);
    const env = services.env();
    const saved = await runClient(
      'save',
      `
      const { writeFileSync, mkdirSync } = await import('node:fs');
      mkdirSync('cached', { recursive: true });
      writeFileSync('cached/blob.bin', Buffer.from('${first.toString('base64')}', 'base64'));
      result.first = await cache.saveCache(['cached'], 'deps-linux-aaa');
      await new Promise((r) => setTimeout(r, 20));
      writeFileSync('cached/blob.bin', Buffer.from('${second.toString('base64')}', 'base64'));
      result.second = await cache.saveCache(['cached'], 'deps-linux-bbb');
      `,
      env,
    );
    expect(saved.result.error, saved.stdout).toBeUndefined();
    expect(services.caches.map((c) => [c.id, c.key, c.finalized, c.size === c.content.length])).toEqual([
      [saved.result.first, 'deps-linux-aaa', true, true],
      [saved.result.second, 'deps-linux-bbb', true, true],
    ]);

    const restored = await runClient(
      'restore',
      `
      const { readFileSync, rmSync } = await import('node:fs');
      const read = () => readFileSync('cached/blob.bin').toString('base64');
      rmSync('cached', { recursive: true, force: true });
      result.exact = await cache.restoreCache(['cached'], 'deps-linux-aaa', ['deps-linux-']);
      result.exactContent = read();
      rmSync('cached', { recursive: true, force: true });
      result.prefix = await cache.restoreCache(['cached'], 'deps-linux-zzz', ['deps-mac-', 'deps-linux-']);
      result.prefixContent = read();
      result.miss = (await cache.restoreCache(['cached'], 'deps-windows-1', ['deps-win'])) ?? null;
      result.otherPaths = (await cache.restoreCache(['elsewhere'], 'deps-linux-aaa')) ?? null;
      `,
      env,
    );
    expect(restored.result.error, restored.stdout).toBeUndefined();
    expect(restored.result).toMatchObject({
      exact: 'deps-linux-aaa',
      exactContent: first.toString('base64'),
      prefix: 'deps-linux-bbb',
      prefixContent: second.toString('base64'),
      miss: null,
      otherPaths: null,
    });
    expect(services.rejections).toEqual([]);
  });
});

describe('under runAction', () => {
  it('needs only env() plus GITHUB_API_URL on top of the runner environment', async () => {
    const entry = join(dir, 'action.mjs');
    await writeFile(
      entry,
      `import { writeFileSync } from 'node:fs';
      import * as core from '@actions/core';
      import { DefaultArtifactClient } from '@actions/artifact';
      import * as cache from '@actions/cache';
      writeFileSync('kept.txt', 'kept');
      const client = new DefaultArtifactClient();
      const { id } = await client.uploadArtifact('from-action', ['kept.txt'], process.cwd());
      const listed = await client.listArtifacts({ findBy: { token: process.env.INPUT_TOKEN,
        workflowRunId: Number(process.env.GITHUB_RUN_ID), repositoryOwner: '${OWNER}', repositoryName: '${REPO}' } });
      core.setOutput('artifact', String(id));
      core.setOutput('listed', listed.artifacts.map((a) => a.name).join(','));
      core.setOutput('cache', String(await cache.saveCache(['kept.txt'], 'from-action')));
      `,
    );
    const run = await runAction('fake-actions-services', {
      entry,
      inputs: { token: FAKE_GITHUB_TOKEN },
      env: { ...services.env(), GITHUB_API_URL: github.url },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toEqual({
      artifact: String(services.artifacts[0]?.id),
      listed: 'from-action',
      cache: String(services.caches[0]?.id),
    });
  });
});

describe('protocol details checked directly', () => {
  async function twirp(service: string, method: string, body: unknown, token = services.runtimeToken()) {
    const response = await fetch(`${services.resultsUrl}twirp/${service}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  /** Creates and finalizes an artifact with a single Put Blob, the way a minimal client would. */
  async function storeArtifact(name: string, content: Buffer, runBackendId?: string) {
    const token = services.runtimeToken(runBackendId ? { runBackendId, jobBackendId: 'job' } : {});
    const ids = { ...ownIds(token), name };
    const created = await twirp(ARTIFACT_SERVICE, 'CreateArtifact', { ...ids, version: 7 }, token);
    const put = await fetch(String(created.json.signed_upload_url), {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-blob-content-type': 'application/zip' },
      body: content,
    });
    expect(put.status).toBe(201);
    const finalized = await twirp(ARTIFACT_SERVICE, 'FinalizeArtifact', { ...ids, size: '3' }, token);
    return Number(finalized.json.artifact_id);
  }

  async function rest(path: string, init: RequestInit = {}) {
    return fetch(`${github.url}/repos/${OWNER}/${REPO}${path}`, {
      redirect: 'manual',
      ...init,
      headers: { authorization: `token ${FAKE_GITHUB_TOKEN}` },
    });
  }

  it('rejects Twirp calls with a token it did not mint, or for another run than the token', async () => {
    const forged = `${services.runtimeToken().split('.').slice(0, 2).join('.')}.forged`;
    const bad = await twirp(ARTIFACT_SERVICE, 'ListArtifacts', {}, forged);
    expect(bad).toEqual({
      status: 401,
      json: { code: 'unauthenticated', msg: expect.stringContaining('not issued') },
    });
    const otherRun = await twirp(ARTIFACT_SERVICE, 'ListArtifacts', {
      workflow_run_backend_id: 'someone-else',
      workflow_job_run_backend_id: 'job',
    });
    expect(otherRun.status).toBe(403);
    const unknown = await twirp(CACHE_SERVICE, 'DeleteCacheEntry', {});
    expect(unknown.json.code).toBe('bad_route');
  });

  it('serves byte ranges and refuses a tampered or write-only signature', async () => {
    const content = randomBytes(1000);
    const id = await storeArtifact('ranged', content);
    const redirect = await rest(`/actions/artifacts/${id}/zip`);
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') ?? '';
    const ranged = await fetch(location, { headers: { range: 'bytes=100-199' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(Buffer.from(await ranged.arrayBuffer())).toEqual(content.subarray(100, 200));
    const tampered = await fetch(location.replace(/sp=r/, 'sp=rw'));
    expect(tampered.status).toBe(403);
    const writeWithReadUrl = await fetch(location, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
    });
    expect(writeWithReadUrl.status).toBe(403);
  });

  it('lists over REST with total_count, name filter and pagination; expired artifacts answer 410', async () => {
    const ids = [];
    for (const name of ['a', 'b', 'c']) ids.push(await storeArtifact(name, Buffer.from(name)));
    const page = await rest('/actions/artifacts?per_page=2&page=2');
    const body = (await page.json()) as { total_count: number; artifacts: { id: number }[] };
    expect(body.total_count).toBe(3);
    expect(body.artifacts.map((a) => a.id)).toEqual([ids[0]]); // newest first: page 2 holds the oldest
    expect(page.headers.get('link')).toContain('rel="prev"');
    const named = (await (await rest('/actions/artifacts?name=b')).json()) as { artifacts: { id: number }[] };
    expect(named.artifacts.map((a) => a.id)).toEqual([ids[1]]);

    const expired = services.artifacts.find((a) => a.name === 'c');
    if (expired) expired.expiresAt = new Date(Date.now() - 1000);
    const single = (await (await rest(`/actions/artifacts/${ids[2]}`)).json()) as { expired: boolean };
    expect(single.expired).toBe(true);
    expect((await rest(`/actions/artifacts/${ids[2]}/zip`)).status).toBe(410);
    expect((await rest(`/actions/artifacts/${ids[1]}/zip`)).status).toBe(302);
    const listed = await twirp(ARTIFACT_SERVICE, 'ListArtifacts', ownIds(services.runtimeToken()));
    expect((listed.json.artifacts as { name: string }[]).map((a) => a.name)).toEqual(['a', 'b']);
    expect(github.violations).toEqual([]);
  });

  it('lists only the given run under runs/{run_id}/artifacts and 404s for another repository', async () => {
    await storeArtifact('mine', Buffer.from('x'));
    await storeArtifact('theirs', Buffer.from('y'), 'run-two');
    const theirRun = services.artifacts.find((a) => a.name === 'theirs')?.workflowRunId;
    const listed = (await (await rest(`/actions/runs/${theirRun}/artifacts`)).json()) as {
      artifacts: { name: string; workflow_run: { id: number } }[];
    };
    expect(listed.artifacts.map((a) => [a.name, a.workflow_run.id])).toEqual([['theirs', theirRun]]);
    const elsewhere = await fetch(`${github.url}/repos/other/repo/actions/artifacts`, {
      headers: { authorization: `token ${FAKE_GITHUB_TOKEN}` },
    });
    expect(elsewhere.status).toBe(404);
  });

  it('applies faults by Twirp method name: slow, then dropped, then normal', async () => {
    services.fault({ path: 'ListArtifacts' }, { kind: 'slow', delayMs: 200 });
    services.fault({ path: /ListArtifacts$/ }, { kind: 'drop' });
    const started = Date.now();
    const slow = await twirp(ARTIFACT_SERVICE, 'ListArtifacts', ownIds(services.runtimeToken()));
    expect(slow.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    await expect(twirp(ARTIFACT_SERVICE, 'ListArtifacts', ownIds(services.runtimeToken()))).rejects.toThrow();
    expect((await twirp(ARTIFACT_SERVICE, 'ListArtifacts', ownIds(services.runtimeToken()))).status).toBe(
      200,
    );
  });
});

describe('findCacheEntry', () => {
  const entry = (id: number, key: string, scope = 'refs/heads/feature', version = 'v1'): StoredCache => ({
    id,
    key,
    version,
    scope,
    size: 1,
    createdAt: new Date(1_700_000_000_000 + id * 1000),
    lastAccessedAt: new Date(0),
    finalized: true,
    content: Buffer.alloc(1),
    blobPath: `/blob/${id}`,
  });
  const lookup = { version: 'v1', scopes: ['refs/heads/feature', 'refs/heads/main'], restoreKeys: [] };

  it('prefers an exact key over a newer prefix match, and a prefix of the key over restore keys', () => {
    const entries = [entry(1, 'npm-abc'), entry(2, 'npm-abcd'), entry(3, 'npm-x')];
    expect(findCacheEntry(entries, { ...lookup, key: 'npm-abc', restoreKeys: ['npm-'] })?.id).toBe(1);
    expect(findCacheEntry(entries, { ...lookup, key: 'npm-ab', restoreKeys: ['npm-'] })?.id).toBe(2);
    expect(findCacheEntry(entries, { ...lookup, key: 'npm-q', restoreKeys: ['npm-'] })?.id).toBe(3);
  });

  it('tries restore keys in order, ignores other versions and unfinalized entries, falls back to later scopes', () => {
    const pending = { ...entry(4, 'a-2'), finalized: false };
    const entries = [
      entry(1, 'a-1', 'refs/heads/main'),
      entry(2, 'b-1'),
      entry(3, 'a-3', undefined, 'v2'),
      pending,
    ];
    expect(findCacheEntry(entries, { ...lookup, key: 'z', restoreKeys: ['b-', 'a-'] })?.id).toBe(2);
    expect(findCacheEntry(entries, { ...lookup, key: 'z', restoreKeys: ['a-'] })?.id).toBe(1);
    expect(
      findCacheEntry(entries, { ...lookup, key: 'z', restoreKeys: ['a-'], scopes: ['refs/heads/feature'] }),
    ).toBe(undefined);
  });
});

function ownIds(token: string): Record<string, string> {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    scp: string;
  };
  const results = claims.scp.split(' ').find((s) => s.startsWith('Actions.Results:')) ?? '';
  const [, run = '', job = ''] = results.split(':');
  return { workflow_run_backend_id: run, workflow_job_run_backend_id: job };
}
