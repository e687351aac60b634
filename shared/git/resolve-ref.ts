import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { InputError } from '../runtime/errors.js';

const run = promisify(execFile);

/** The commit sha a ref names (branch, tag, `HEAD~2`, `origin/main`); the input is named on failure. */
export async function resolveCommit(cwd: string, ref: string, input: string): Promise<string> {
  if (ref.startsWith('-')) throw new InputError(input, `'${ref}' is not a git ref`);
  try {
    const { stdout } = await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd });
    return stdout.trim();
  } catch {
    throw new InputError(
      input,
      `'${ref}' does not name a commit in ${cwd} (fetch it first, e.g. git fetch origin main)`,
    );
  }
}
