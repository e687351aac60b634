import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The top folder of the git work tree holding `cwd`; undefined outside one. */
export async function gitTopLevel(cwd: string): Promise<string | undefined> {
  try {
    return (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Files git tracks below `cwd`, repo-relative; undefined when `cwd` is not in a git work tree. */
export async function listTrackedFiles(cwd: string): Promise<Set<string> | undefined> {
  try {
    const top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
    const { stdout } = await run('git', ['ls-files', '-z', '--full-name'], {
      cwd: top,
      maxBuffer: 256 * 1024 * 1024,
    });
    return new Set(stdout.split('\0').filter(Boolean));
  } catch {
    return undefined;
  }
}
