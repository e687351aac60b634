import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Commit {
  message: string;
  /** Files to write (path -> content); null deletes the file. */
  files: Record<string, string | null>;
}

export interface GitRepo {
  dir: string;
  /** Sha of each commit, in the order given. */
  shas: string[];
  git(...args: string[]): string;
  cleanup(): void;
}

/** A real git repository with the given commits on one branch, for tests that need history. */
export function makeGitRepo(
  commits: readonly Commit[],
  dir = mkdtempSync(join(tmpdir(), 'shipshape-repo-')),
): GitRepo {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.invalid',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.invalid',
      },
    }).trim();
  git('init', '-q', '-b', 'main');
  const shas: string[] = [];
  for (const commit of commits) {
    for (const [path, content] of Object.entries(commit.files)) {
      const full = join(dir, path);
      if (content === null) {
        rmSync(full, { force: true });
        continue;
      }
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', commit.message);
    shas.push(git('rev-parse', 'HEAD'));
  }
  return { dir, shas, git, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A clone of `repo` at `sha` with only that commit, as actions/checkout makes by default
 * (`fetch-depth: 1`): its history has to come from the API. `origin` is the original repository,
 * so a `git fetch --deepen` works as it does against GitHub.
 */
export function shallowClone(repo: GitRepo, sha: string): GitRepo {
  const parent = mkdtempSync(join(tmpdir(), 'shipshape-shallow-'));
  const dir = join(parent, 'checkout');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  git('remote', 'add', 'origin', `file://${repo.dir}`);
  git('fetch', '-q', '--depth', '1', 'origin', sha);
  git('checkout', '-q', '--detach', sha);
  return { dir, shas: [sha], git, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}

/** An lcov report for the given files: path -> (line -> hits). */
export function lcovFor(files: Record<string, Record<number, number>>, prefix = ''): string {
  const out: string[] = [];
  for (const [path, lines] of Object.entries(files)) {
    out.push('TN:', `SF:${prefix}${path}`);
    const entries = Object.entries(lines);
    for (const [line, hits] of entries) out.push(`DA:${line},${hits}`);
    out.push(`LF:${entries.length}`, `LH:${entries.filter(([, h]) => h > 0).length}`, 'end_of_record');
  }
  return `${out.join('\n')}\n`;
}
