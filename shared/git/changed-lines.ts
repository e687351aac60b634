// Changed lines of a pull request from the local checkout, without the API. A shallow clone
// (actions/checkout's default depth is 1) lacks the merge-base, so history is deepened in bounded
// steps; when that fails the caller falls back to the pull-request files API.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Log } from '../github/log.js';
import { parseUnifiedDiffFiles } from './diff.js';

export interface ChangedLinesFromGitOptions {
  /** Any directory inside the work tree; paths in the result are relative to the repo root. */
  cwd: string;
  baseSha: string;
  headSha: string;
  log: Log;
  /** Deepening rounds before giving up (each doubles the step, starting at 50 commits). */
  maxDeepen?: number;
  remote?: string;
  /** Per git command. */
  timeoutMs?: number;
}

export interface GitChangedLines {
  files: Map<string, Set<number>>;
  mergeBase: string;
  /** Binary files that changed: their lines cannot be named. */
  binary: string[];
}

export type GitChangedLinesResult = GitChangedLines | { unavailable: string };

const SHA = /^[0-9a-f]{7,64}$/i;
const FIRST_DEEPEN = 50;

type GitRun = { ok: true; stdout: string } | { ok: false; missingGit: boolean; detail: string };

function runGit(cwd: string, args: string[], timeoutMs: number, log: Log): Promise<GitRun> {
  log.debug?.(`git ${args.join(' ')}`);
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 1024 * 1024 * 1024,
        // Never wait for credentials on a terminal that nobody watches.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ ok: true, stdout });
          return;
        }
        const e = error as NodeJS.ErrnoException & { killed?: boolean };
        const missingGit = e.code === 'ENOENT';
        const detail = missingGit
          ? 'git is not installed or not on PATH'
          : e.killed
            ? `git ${args[0]} timed out after ${timeoutMs} ms`
            : (stderr.trim().split('\n').at(-1) ?? '') || e.message;
        resolve({ ok: false, missingGit, detail });
      },
    );
  });
}

export async function changedLinesFromGit(o: ChangedLinesFromGitOptions): Promise<GitChangedLinesResult> {
  const { cwd, baseSha, headSha, log } = o;
  const timeoutMs = o.timeoutMs ?? 120_000;
  const remote = o.remote ?? 'origin';
  const git = (args: string[]) => runGit(cwd, args, timeoutMs, log);

  for (const [name, sha] of [
    ['base', baseSha],
    ['head', headSha],
  ] as const) {
    if (!SHA.test(sha)) return { unavailable: `${name} '${sha}' is not a commit sha` };
  }
  if (!existsSync(cwd)) return { unavailable: `directory ${cwd} does not exist` };
  const top = await git(['rev-parse', '--show-toplevel']);
  if (!top.ok)
    return { unavailable: top.missingGit ? top.detail : `${cwd} is not a git work tree (${top.detail})` };

  const mergeBase = async (): Promise<string | undefined> => {
    const r = await git(['merge-base', baseSha, headSha]);
    return r.ok ? r.stdout.trim() : undefined;
  };

  let base = await mergeBase();
  if (base === undefined) {
    const fetched = await fetchHistory(
      git,
      { baseSha, headSha, remote, maxDeepen: o.maxDeepen ?? 5, log },
      mergeBase,
    );
    if ('unavailable' in fetched) return fetched;
    base = fetched.mergeBase;
  }

  const diff = await git([
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--ignore-submodules=all',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--unified=0',
    '-M',
    base,
    headSha,
    '--',
  ]);
  if (!diff.ok) return { unavailable: `git diff ${base}..${headSha} failed: ${diff.detail}` };
  const files = new Map<string, Set<number>>();
  const binary: string[] = [];
  let parsed: ReturnType<typeof parseUnifiedDiffFiles>;
  try {
    parsed = parseUnifiedDiffFiles(diff.stdout);
  } catch (err) {
    return { unavailable: `cannot read the output of git diff: ${(err as Error).message}` };
  }
  for (const file of parsed) {
    if (file.status === 'deleted') continue;
    files.set(file.path, file.addedLines);
    if (file.binary) binary.push(file.path);
  }
  log.debug?.(`git diff ${base}..${headSha}: ${files.size} changed files`);
  return { files, mergeBase: base, binary };
}

async function fetchHistory(
  git: (args: string[]) => Promise<GitRun>,
  o: { baseSha: string; headSha: string; remote: string; maxDeepen: number; log: Log },
  mergeBase: () => Promise<string | undefined>,
): Promise<{ mergeBase: string } | { unavailable: string }> {
  const { baseSha, headSha, remote, log } = o;
  const pair = `${baseSha.slice(0, 12)} and ${headSha.slice(0, 12)}`;
  const url = await git(['remote', 'get-url', remote]);
  if (!url.ok)
    return { unavailable: `merge-base of ${pair} is not in the clone and there is no remote '${remote}'` };

  const isShallow = async () => {
    const r = await git(['rev-parse', '--is-shallow-repository']);
    return r.ok && r.stdout.trim() === 'true';
  };
  const fetchArgs = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];

  if (!(await isShallow())) {
    // A complete clone may simply not have the commits yet (e.g. a pull request from a fork).
    const r = await git([...fetchArgs, remote, baseSha, headSha]);
    if (!r.ok) return { unavailable: `fetching ${pair} from '${remote}' failed: ${r.detail}` };
    const found = await mergeBase();
    return found === undefined ? { unavailable: `${pair} have no common ancestor` } : { mergeBase: found };
  }

  let step = FIRST_DEEPEN;
  let total = 0;
  for (let round = 1; round <= o.maxDeepen; round++) {
    log.info(`Shallow clone lacks the merge-base of ${pair}; fetching ${step} more commits (round ${round})`);
    const r = await git([...fetchArgs, `--deepen=${step}`, remote, baseSha, headSha]);
    if (!r.ok) return { unavailable: `deepening the clone from '${remote}' failed: ${r.detail}` };
    total += step;
    const found = await mergeBase();
    if (found !== undefined) return { mergeBase: found };
    if (!(await isShallow())) return { unavailable: `${pair} have no common ancestor` };
    step *= 2;
  }
  return {
    unavailable:
      `merge-base of ${pair} not found after deepening the clone by ${total} commits; ` +
      'set fetch-depth: 0 on actions/checkout to diff locally',
  };
}
