import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeGitHub } from '../../test/harness/fake-github.js';
import type { RouteHandler, RouteResponse } from '../../test/harness/fake-repo.js';
import { createGitHubClient } from './client.js';
import { gitBlobSha, type PublishFileInput, publishFile } from './data-branch.js';

// Each client stands for a separate job on its own runner, so it gets its own throttling limiter id
// instead of waiting 1 s behind every other client's writes; rate-limit handling is untouched.
vi.mock('@octokit/plugin-throttling', async (importOriginal) => {
  const original = await importOriginal<typeof import('@octokit/plugin-throttling')>();
  let clients = 0;
  const throttling = (...[octokit, options]: Parameters<typeof original.throttling>) =>
    original.throttling(octokit, { ...options, throttle: { ...options.throttle!, id: `job-${++clients}` } });
  return { ...original, throttling };
});

const BRANCH = 'shipshape-data';
const CONTENTS_ROUTE = '/repos/{owner}/{repo}/contents/{path}';

/**
 * Just enough of a git object store behind the contents and git data APIs: blobs, flat trees
 * (path → blob sha), commits and branch heads. Shas are content hashes, as in git.
 */
class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>();
  readonly heads = new Map<string, string>();

  addBlob(bytes: Buffer): string {
    const sha = createHash('sha1')
      .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
      .digest('hex');
    this.blobs.set(sha, bytes);
    return sha;
  }

  addTree(files: Map<string, string>): string {
    const listing = [...files].sort(([a], [b]) => a.localeCompare(b)).map(([p, s]) => `${p} ${s}`);
    const sha = createHash('sha1')
      .update(`tree ${listing.join('\n')}`)
      .digest('hex');
    this.trees.set(sha, new Map(files));
    return sha;
  }

  addCommit(tree: string, parents: string[], message: string): string {
    const sha = createHash('sha1')
      .update(`commit ${tree} ${parents.join(',')} ${message} ${this.commits.size}`)
      .digest('hex');
    this.commits.set(sha, { tree, parents, message });
    return sha;
  }

  /** path → blob sha on a branch, or undefined when the branch does not exist. */
  filesOn(branch: string): Map<string, string> | undefined {
    const head = this.heads.get(branch);
    if (!head) return undefined;
    return this.trees.get(this.commits.get(head)?.tree ?? '') ?? new Map();
  }

  read(branch: string, path: string): string | undefined {
    const sha = this.filesOn(branch)?.get(path);
    return sha === undefined ? undefined : this.blobs.get(sha)?.toString('utf8');
  }

  /** Commits `content` at `path` on an existing branch, as another writer (or the API) would. */
  write(branch: string, path: string, content: string | Buffer, message = 'write'): string {
    const files = new Map(this.filesOn(branch));
    files.set(path, this.addBlob(Buffer.from(content)));
    const commit = this.addCommit(this.addTree(files), [this.heads.get(branch) ?? ''], message);
    this.heads.set(branch, commit);
    return commit;
  }
}

let fake: FakeGitHub;
let git: GitStore;
let putContents: RouteHandler;
let logged: string[];
const log = {
  info: (m: string) => logged.push(`info: ${m}`),
  warning: (m: string) => logged.push(`warning: ${m}`),
  debug: (m: string) => logged.push(`debug: ${m}`),
};

const notFound = (message = 'Not Found'): RouteResponse => ({
  status: 404,
  body: { message, documentation_url: 'https://docs.github.com/rest', status: '404' },
});
const created = (body: unknown): RouteResponse => ({ status: 201, body });

function routeGitApi(): void {
  fake.route('GET', '/repos/{owner}/{repo}/git/ref/{ref}', (_req, p) => {
    const branch = (p.ref ?? '').replace(/^heads\//, '');
    const sha = git.heads.get(branch);
    if (!sha) return notFound();
    return {
      status: 200,
      body: {
        ref: `refs/heads/${branch}`,
        node_id: 'REF_x',
        url: '',
        object: { sha, type: 'commit', url: '' },
      },
    };
  });
  fake.route('POST', '/repos/{owner}/{repo}/git/blobs', (req) => {
    const body = req.body as { content: string; encoding?: string };
    const sha = git.addBlob(Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8'));
    return created({ sha, url: '' });
  });
  fake.route('POST', '/repos/{owner}/{repo}/git/trees', (req) => {
    const body = req.body as { base_tree?: string; tree: { path: string; sha: string }[] };
    const files = new Map(body.base_tree ? git.trees.get(body.base_tree) : undefined);
    for (const entry of body.tree) files.set(entry.path, entry.sha);
    return created({ sha: git.addTree(files), url: '', tree: [], truncated: false });
  });
  fake.route('POST', '/repos/{owner}/{repo}/git/commits', (req) => {
    const body = req.body as { message: string; tree: string; parents?: string[] };
    return created({ sha: git.addCommit(body.tree, body.parents ?? [], body.message) });
  });
  fake.route('POST', '/repos/{owner}/{repo}/git/refs', (req) => {
    const body = req.body as { ref: string; sha: string };
    const branch = body.ref.replace(/^refs\/heads\//, '');
    if (git.heads.has(branch)) {
      return { status: 422, body: { message: 'Reference already exists', status: '422' } };
    }
    git.heads.set(branch, body.sha);
    return created({ ref: body.ref, object: { sha: body.sha, type: 'commit' } });
  });
  fake.route('GET', CONTENTS_ROUTE, (req, p) => {
    const branch = req.query.ref ?? 'main';
    const files = git.filesOn(branch);
    if (!files) return notFound(`No commit found for the ref ${branch}`);
    const path = p.path ?? '';
    const sha = files.get(path);
    if (sha === undefined) {
      const inside = [...files.keys()].filter((f) => f.startsWith(`${path}/`));
      if (inside.length === 0) return notFound();
      return {
        status: 200,
        body: inside.map((f) => ({ type: 'file', name: f, path: f, sha: files.get(f) })),
      };
    }
    const bytes = git.blobs.get(sha) ?? Buffer.alloc(0);
    // GitHub wraps the base64 at 60 columns.
    const content = (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
    return {
      status: 200,
      body: { type: 'file', encoding: 'base64', size: bytes.length, name: path, path, content, sha },
    };
  });
  putContents = (req, p) => {
    const body = req.body as { message: string; content: string; sha?: string; branch?: string };
    const branch = body.branch ?? 'main';
    const path = p.path ?? '';
    const files = git.filesOn(branch);
    if (!files) return notFound(`Branch ${branch} not found`);
    const current = files.get(path);
    if (current !== undefined && body.sha === undefined) {
      return { status: 422, body: { message: 'Invalid request.\n\n"sha" wasn\'t supplied.', status: '422' } };
    }
    if (current !== body.sha) {
      return {
        status: 409,
        body: { message: `${path} does not match ${body.sha ?? 'nothing'}`, status: '409' },
      };
    }
    const commit = git.write(branch, path, Buffer.from(body.content, 'base64'), body.message);
    const sha = git.filesOn(branch)?.get(path);
    return {
      status: current === undefined ? 201 : 200,
      body: {
        content: { name: path, path, sha, type: 'file' },
        commit: { sha: commit, message: body.message },
      },
    };
  };
  fake.route('PUT', CONTENTS_ROUTE, putContents);
}

beforeEach(async () => {
  fake = await FakeGitHub.start();
  git = new GitStore();
  logged = [];
  routeGitApi();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  expect(fake.unhandled).toEqual([]);
  expect(logged.join('\n')).not.toContain(fake.token);
  await fake.close();
});

const client = () =>
  createGitHubClient({ token: fake.token, baseUrl: fake.url, log, retries: 2, retryAfterBaseMs: 5 });

function publish(overrides: Partial<PublishFileInput> = {}) {
  return publishFile(client(), {
    owner: 'octo',
    repo: 'demo',
    branch: BRANCH,
    path: 'badges/coverage.svg',
    content: '<svg>81%</svg>',
    message: 'Update coverage badge',
    log,
    ...overrides,
  });
}

/** Puts `files` on the data branch directly, as earlier runs would have. */
function seed(files: Record<string, string | Buffer>): void {
  git.heads.set(BRANCH, git.addCommit(git.addTree(new Map()), [], 'init'));
  for (const [path, content] of Object.entries(files)) git.write(BRANCH, path, content);
}

/** Wraps the PUT handler so `before` runs first, e.g. another writer committing at that moment. */
function beforePut(before: (attempt: number) => void): void {
  let attempt = 0;
  fake.route('PUT', CONTENTS_ROUTE, (req, p) => {
    before(++attempt);
    return putContents(req, p);
  });
}

describe('gitBlobSha', () => {
  it('agrees with git hash-object', () => {
    for (const text of ['', 'hello\n', '<svg>81%</svg>', 'ünïcode ✓\r\n']) {
      const expected = execFileSync('git', ['hash-object', '--stdin'], { input: text }).toString().trim();
      expect(gitBlobSha(Buffer.from(text))).toBe(expected);
    }
  });
});

describe('publishFile', () => {
  it('creates a missing branch as an orphan holding only the file', async () => {
    const result = await publish();
    expect(result).toMatchObject({ ok: true, changed: true });
    const head = git.heads.get(BRANCH);
    expect(result.ok && result.commitSha).toBe(head);
    expect(git.commits.get(head ?? '')).toMatchObject({ parents: [], message: 'Update coverage badge' });
    expect([...(git.filesOn(BRANCH)?.keys() ?? [])]).toEqual(['badges/coverage.svg']);
    expect(git.read(BRANCH, 'badges/coverage.svg')).toBe('<svg>81%</svg>');
  });

  it('adds a new file to an existing branch, keeping the others', async () => {
    seed({ 'history/main.json': '[]' });
    const before = git.heads.get(BRANCH);
    const result = await publish();
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(git.commits.get(git.heads.get(BRANCH) ?? '')?.parents).toEqual([before]);
    expect(git.read(BRANCH, 'history/main.json')).toBe('[]');
    expect(git.read(BRANCH, 'badges/coverage.svg')).toBe('<svg>81%</svg>');
    const [put] = fake.calls('repos/create-or-update-file-contents');
    expect(put?.body).toMatchObject({ branch: BRANCH, message: 'Update coverage badge' });
    expect(put?.body).not.toHaveProperty('sha');
  });

  it('updates an existing file, naming the sha it replaces', async () => {
    seed({ 'badges/coverage.svg': '<svg>80%</svg>' });
    const oldSha = git.filesOn(BRANCH)?.get('badges/coverage.svg');
    const result = await publish({ content: '<svg>82%</svg>' });
    expect(result).toMatchObject({ ok: true, changed: true, commitSha: git.heads.get(BRANCH) });
    expect(git.read(BRANCH, 'badges/coverage.svg')).toBe('<svg>82%</svg>');
    expect(fake.calls('repos/create-or-update-file-contents').at(-1)?.body).toMatchObject({ sha: oldSha });
  });

  it('sends nothing when the content is already there', async () => {
    seed({ 'badges/coverage.svg': '<svg>81%</svg>' });
    const head = git.heads.get(BRANCH);
    const writes = fake.requests.filter((r) => r.method !== 'GET').length;
    const result = await publish({ content: Buffer.from('<svg>81%</svg>') });
    expect(result).toEqual({ ok: true, changed: false });
    expect(fake.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
    expect(git.heads.get(BRANCH)).toBe(head);
  });

  it('writes binary content byte for byte', async () => {
    const bytes = Buffer.from([0, 255, 1, 254, 10, 13, 0x89, 0x50, 0x4e, 0x47]);
    seed({ 'img.png': bytes });
    await publish({ path: 'img.png', content: Buffer.concat([bytes, bytes]) });
    const sha = git.filesOn(BRANCH)?.get('img.png') ?? '';
    expect(git.blobs.get(sha)?.equals(Buffer.concat([bytes, bytes]))).toBe(true);
  });

  it('re-reads and retries when another writer changed the file in between (409)', async () => {
    seed({ 'badges/coverage.svg': 'v1' });
    beforePut((attempt) => {
      if (attempt === 1) git.write(BRANCH, 'badges/coverage.svg', 'other writer');
    });
    const result = await publish({ content: 'v2' });
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(git.read(BRANCH, 'badges/coverage.svg')).toBe('v2');
    expect(fake.calls('repos/create-or-update-file-contents')).toHaveLength(2); // the rejected v2, then v2
  });

  it('re-reads and retries when another writer created the file in between (422)', async () => {
    seed({});
    beforePut((attempt) => {
      if (attempt === 1) git.write(BRANCH, 'badges/coverage.svg', 'other writer');
    });
    const result = await publish();
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(git.read(BRANCH, 'badges/coverage.svg')).toBe('<svg>81%</svg>');
  });

  it('gives up with a message when the file keeps moving', async () => {
    seed({ 'badges/coverage.svg': 'v1' });
    beforePut((attempt) => git.write(BRANCH, 'badges/coverage.svg', `other ${attempt}`));
    const result = await publish({ content: 'v2' });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/badges\/coverage\.svg on branch 'shipshape-data'.*409/);
    expect(fake.calls('repos/create-or-update-file-contents')).toHaveLength(5);
  });

  it('lets concurrent writers of one new branch all land', async () => {
    const paths = ['a.json', 'b.json', 'c.json', 'd.json'];
    const results = await Promise.all(paths.map((path) => publish({ path, content: `{"${path}":1}` })));
    expect(results.every((r) => r.ok && r.changed)).toBe(true);
    for (const path of paths) expect(git.read(BRANCH, path)).toBe(`{"${path}":1}`);
    expect(fake.calls('git/create-ref').length).toBeGreaterThan(1); // they did race to create it
  });

  it('lets concurrent writers of one file all succeed, one after another', async () => {
    seed({ 'badges/coverage.svg': 'v0' });
    const contents = ['v1', 'v2', 'v3'];
    const results = await Promise.all(contents.map((content) => publish({ content })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(contents).toContain(git.read(BRANCH, 'badges/coverage.svg'));
  });

  it('survives a 502 and a dropped connection', async () => {
    seed({ 'badges/coverage.svg': 'v1' });
    fake.fault({ method: 'GET', path: CONTENTS_ROUTE }, { kind: 'status', status: 502 });
    fake.fault({ method: 'PUT', path: CONTENTS_ROUTE }, { kind: 'drop' });
    expect(await publish({ content: 'v2' })).toMatchObject({ ok: true, changed: true });
    expect(git.read(BRANCH, 'badges/coverage.svg')).toBe('v2');
  });

  it('counts a write whose answer was lost as published, without writing twice', async () => {
    seed({ 'badges/coverage.svg': 'v1' });
    fake.route('PUT', CONTENTS_ROUTE, async (req, p) => {
      await putContents(req, p);
      return { status: 502, body: { message: 'Bad Gateway', status: '502' } };
    });
    const result = await publish({ content: 'v2' });
    expect(result).toEqual({ ok: true, changed: true });
    expect(git.read(BRANCH, 'badges/coverage.svg')).toBe('v2');
    expect(fake.calls('repos/create-or-update-file-contents')).toHaveLength(1);
  });

  it('reports a read-only token with the permission publishing needs', async () => {
    fake.route('POST', '/repos/{owner}/{repo}/git/blobs', () => ({
      status: 403,
      body: { message: 'Resource not accessible by integration', status: '403' },
    }));
    const result = await publish();
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/contents: write/);
    expect(!result.ok && result.message).toMatch(/opt-in/);
  });

  it('reports a path that is a directory on the branch', async () => {
    seed({ 'badges/coverage.svg': '<svg/>' });
    const result = await publish({ path: 'badges' });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/badges on branch .* is a dir, not a file/);
  });

  it('refuses paths and branch names that cannot be right', async () => {
    for (const path of ['', '../x', 'a//b', '/abs', 'a\\b']) {
      await expect(publish({ path }), path).rejects.toThrow(/must be repository-relative/);
    }
    for (const branch of ['', 'has space', 'a..b', 'refs/heads/x', 'x.lock']) {
      await expect(publish({ branch }), branch).rejects.toThrow(/not a valid branch name/);
    }
    expect(fake.requests).toEqual([]);
  });
});
