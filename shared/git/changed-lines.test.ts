import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { changedLinesFromGit } from './changed-lines.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'shipshape-git-'));
  dirs.push(d);
  return d;
}

function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] }).trim();
}

function initRepo(dir: string): string {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.email', 't@example.com']);
  git(dir, ['config', 'user.name', 't']);
  return dir;
}

function commitAll(dir: string, message: string): string {
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', message]);
  return git(dir, ['rev-parse', 'HEAD']);
}

function recordingLog() {
  const info: string[] = [];
  const warning: string[] = [];
  return {
    info,
    warning,
    log: { info: (m: string) => info.push(m), warning: (m: string) => warning.push(m) },
  };
}

const lines = (n: number, tag = 'l') =>
  Array.from({ length: n }, (_, i) => `${tag}${i + 1}`).join('\n') + '\n';
const sorted = (s: Set<number> | undefined) => [...(s ?? [])].sort((a, b) => a - b);

/**
 * Builds history fast with git fast-import: `main` gets `before` commits, `feat` branches off and
 * adds three lines to g.txt in three commits, then `main` moves on by `after` commits.
 */
function longHistory(dir: string, before: number, after: number) {
  initRepo(dir);
  let stream = '';
  let mark = 0;
  const commit = (branch: string, path: string, content: string, from?: number) => {
    mark++;
    const msg = `commit ${mark}`;
    stream += `commit refs/heads/${branch}\nmark :${mark}\ncommitter T <t@example.com> ${1_700_000_000 + mark} +0000\n`;
    stream += `data ${Buffer.byteLength(msg)}\n${msg}\n`;
    if (from !== undefined) stream += `from :${from}\n`;
    stream += `M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    return mark;
  };
  for (let i = 1; i <= before; i++) commit('main', 'f.txt', lines(i));
  const fork = mark;
  commit('feat', 'g.txt', lines(1, 'g'), fork);
  commit('feat', 'g.txt', lines(2, 'g'));
  commit('feat', 'g.txt', lines(3, 'g'));
  for (let i = 1; i <= after; i++) commit('main', 'h.txt', lines(i, 'h'));
  git(dir, ['fast-import', '--quiet'], stream);
  return {
    base: git(dir, ['rev-parse', 'main']),
    head: git(dir, ['rev-parse', 'feat']),
    mergeBase: git(dir, ['merge-base', 'main', 'feat']),
  };
}

describe('changedLinesFromGit with a complete clone', () => {
  it('reports added and modified lines of added, modified, renamed and unicode files', async () => {
    const repo = initRepo(join(tempDir(), 'repo'));
    writeFileSync(join(repo, 'mod.ts'), lines(5));
    writeFileSync(join(repo, 'ren.ts'), lines(20, 'r'));
    writeFileSync(join(repo, 'del.ts'), lines(3));
    writeFileSync(join(repo, 'my file.ts'), lines(2));
    writeFileSync(join(repo, 'main-only.ts'), lines(2));
    commitAll(repo, 'base');
    git(repo, ['checkout', '-qb', 'feature']);
    writeFileSync(join(repo, 'mod.ts'), 'l1\nCHANGED\nl3\nl4\nl5\nappended\n');
    mkdirSync(join(repo, 'new dir'));
    renameSync(join(repo, 'ren.ts'), join(repo, 'new dir/ren2.ts'));
    writeFileSync(join(repo, 'new dir/ren2.ts'), lines(20, 'r').replace('r10\n', 'r-ten\n'));
    unlinkSync(join(repo, 'del.ts'));
    writeFileSync(join(repo, 'my file.ts'), 'first\nl2\n');
    writeFileSync(join(repo, 'spécial ü.ts'), 'a\nb\nc\n');
    writeFileSync(join(repo, 'img.bin'), Buffer.from([0, 159, 146, 150]));
    const head = commitAll(repo, 'feature');
    git(repo, ['checkout', '-q', 'main']);
    writeFileSync(join(repo, 'main-only.ts'), 'changed on main\n');
    const base = commitAll(repo, 'main moves on');

    const { log, warning } = recordingLog();
    const result = await changedLinesFromGit({ cwd: join(repo), baseSha: base, headSha: head, log });
    if ('unavailable' in result) throw new Error(result.unavailable);
    expect(result.mergeBase).toBe(git(repo, ['merge-base', base, head]));
    expect([...result.files.keys()].sort()).toEqual(
      ['img.bin', 'mod.ts', 'my file.ts', 'new dir/ren2.ts', 'spécial ü.ts'].sort(),
    );
    expect(sorted(result.files.get('mod.ts'))).toEqual([2, 6]);
    expect(sorted(result.files.get('new dir/ren2.ts'))).toEqual([10]);
    expect(sorted(result.files.get('my file.ts'))).toEqual([1]);
    expect(sorted(result.files.get('spécial ü.ts'))).toEqual([1, 2, 3]);
    expect(result.binary).toEqual(['img.bin']);
    expect(warning).toEqual([]);
  });

  it('gives paths relative to the repository root when run from a subdirectory', async () => {
    const repo = initRepo(join(tempDir(), 'repo'));
    mkdirSync(join(repo, 'pkg'));
    writeFileSync(join(repo, 'pkg/a.ts'), 'x\n');
    const base = commitAll(repo, 'one');
    writeFileSync(join(repo, 'pkg/a.ts'), 'x\ny\n');
    const head = commitAll(repo, 'two');
    const result = await changedLinesFromGit({
      cwd: join(repo, 'pkg'),
      baseSha: base,
      headSha: head,
      ...recordingLog(),
    });
    expect('files' in result && [...result.files]).toEqual([['pkg/a.ts', new Set([2])]]);
  });
});

describe('changedLinesFromGit with a shallow clone', () => {
  // One source repository for all shallow cases: the merge-base is 71 commits behind main's tip.
  const root = tempDir();
  const src = join(root, 'src');
  const shas = longHistory(src, 130, 70);
  const shallowClone = () => {
    const dir = join(tempDir(), 'clone');
    git(root, ['clone', '-q', '--depth', '1', '--branch', 'main', `file://${src}`, dir]);
    return dir;
  };

  it('deepens in bounded steps until the merge-base arrives', async () => {
    const clone = shallowClone();
    expect(() => git(clone, ['cat-file', '-e', `${shas.head}^{commit}`])).toThrow(); // really missing
    const { log, info } = recordingLog();
    const result = await changedLinesFromGit({ cwd: clone, baseSha: shas.base, headSha: shas.head, log });
    if ('unavailable' in result) throw new Error(result.unavailable);
    expect(result.mergeBase).toBe(shas.mergeBase);
    expect([...result.files]).toEqual([['g.txt', new Set([1, 2, 3])]]);
    // 50 commits are not enough to reach 71 back; 50 + 100 are.
    expect(info).toHaveLength(2);
    expect(info[1]).toMatch(/fetching 100 more commits \(round 2\)/);
    expect(git(clone, ['rev-parse', '--is-shallow-repository'])).toBe('true'); // never unshallowed
  });

  it('gives up after maxDeepen rounds and says how to fix it', async () => {
    const clone = shallowClone();
    const { log, info } = recordingLog();
    const result = await changedLinesFromGit({
      cwd: clone,
      baseSha: shas.base,
      headSha: shas.head,
      log,
      maxDeepen: 1,
    });
    expect(result).toEqual({
      unavailable: expect.stringMatching(/after deepening the clone by 50 commits.*fetch-depth: 0/),
    });
    expect(info).toHaveLength(1);
  });

  it('reports a remote that cannot be reached', async () => {
    const clone = shallowClone();
    git(clone, ['remote', 'set-url', 'origin', `file://${join(root, 'gone')}`]);
    const result = await changedLinesFromGit({
      cwd: clone,
      baseSha: shas.base,
      headSha: shas.head,
      ...recordingLog(),
    });
    expect(result).toEqual({
      unavailable: expect.stringMatching(/^deepening the clone from 'origin' failed: /),
    });
  });
});

describe('changedLinesFromGit when git cannot answer', () => {
  const sha = 'a'.repeat(40);

  it('rejects something that is not a sha before running git', async () => {
    const result = await changedLinesFromGit({
      cwd: tmpdir(),
      baseSha: '--upload-pack=x',
      headSha: sha,
      ...recordingLog(),
    });
    expect(result).toEqual({ unavailable: "base '--upload-pack=x' is not a commit sha" });
  });

  it('reports a directory outside any repository', async () => {
    const dir = tempDir();
    const result = await changedLinesFromGit({ cwd: dir, baseSha: sha, headSha: sha, ...recordingLog() });
    expect(result).toEqual({ unavailable: expect.stringContaining(`${dir} is not a git work tree`) });
  });

  it('reports a missing directory', async () => {
    const dir = join(tempDir(), 'nope');
    const result = await changedLinesFromGit({ cwd: dir, baseSha: sha, headSha: sha, ...recordingLog() });
    expect(result).toEqual({ unavailable: `directory ${dir} does not exist` });
  });

  it('reports a missing git executable', async () => {
    vi.stubEnv('PATH', join(tempDir(), 'empty-bin'));
    try {
      const result = await changedLinesFromGit({
        cwd: tmpdir(),
        baseSha: sha,
        headSha: sha,
        ...recordingLog(),
      });
      expect(result).toEqual({ unavailable: 'git is not installed or not on PATH' });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('reports unknown commits in a repository without a remote', async () => {
    const repo = initRepo(join(tempDir(), 'repo'));
    writeFileSync(join(repo, 'a'), 'a\n');
    const head = commitAll(repo, 'one');
    const result = await changedLinesFromGit({ cwd: repo, baseSha: sha, headSha: head, ...recordingLog() });
    expect(result).toEqual({
      unavailable: expect.stringMatching(/not in the clone and there is no remote 'origin'/),
    });
  });

  it('reports histories without a common ancestor', async () => {
    const src = initRepo(join(tempDir(), 'src'));
    writeFileSync(join(src, 'a'), 'a\n');
    const base = commitAll(src, 'one');
    git(src, ['checkout', '-q', '--orphan', 'other']);
    writeFileSync(join(src, 'b'), 'b\n');
    const head = commitAll(src, 'unrelated');
    const clone = join(tempDir(), 'clone');
    git(src, ['clone', '-q', '--no-local', src, clone]);
    const result = await changedLinesFromGit({ cwd: clone, baseSha: base, headSha: head, ...recordingLog() });
    expect(result).toEqual({ unavailable: expect.stringMatching(/have no common ancestor$/) });
  });
});
