// The base checkout and the builds: a git worktree of the merge-base beside the head checkout, so
// both versions can be built and run side by side on the same machine.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { haltIfCancelling, onCancel, spawnService } from '../loadtest/service.js';
import { UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';

const exec = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}

export interface BaseCheckout {
  dir: string;
  sha: string;
  remove(): Promise<void>;
}

/** Checks out the merge-base of `baseRef` and HEAD into a temporary worktree. */
export async function checkoutMergeBase(
  repoDir: string,
  baseRef: string,
  log: Logger,
): Promise<BaseCheckout> {
  let sha: string;
  try {
    // --end-of-options: a base-ref such as `--output=x` is a revision, never an option.
    sha = await git(repoDir, ['merge-base', '--end-of-options', baseRef, 'HEAD']);
  } catch {
    log.info(`Fetching ${baseRef} to find the merge-base`);
    try {
      await git(repoDir, ['fetch', '--no-tags', '--quiet', '--end-of-options', 'origin', baseRef]);
      sha = await git(repoDir, ['merge-base', 'FETCH_HEAD', 'HEAD']);
    } catch (error) {
      throw new UsageError(
        `cannot find the merge-base of ${baseRef} and HEAD in ${repoDir}: ${String((error as Error).message).split('\n')[0]}. Check out the full history (actions/checkout with fetch-depth: 0).`,
      );
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-perf-base-'));
  await git(repoDir, ['worktree', 'add', '--detach', '--force', '--end-of-options', dir, sha]);
  log.info(`Base ${sha.slice(0, 12)} checked out in ${dir}`);
  const forget = onCancel(() => {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: repoDir, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir,
    sha,
    async remove() {
      forget();
      try {
        await git(repoDir, ['worktree', 'remove', '--force', dir]);
      } catch {
        // fall through to the plain removal
      }
      rmSync(dir, { recursive: true, force: true });
      await git(repoDir, ['worktree', 'prune']).catch(() => undefined);
    },
  };
}

/**
 * Runs a build command in its own process group (so cancellation stops it too), with `env` (the
 * shell's childEnv: the pull request's build never sees the job's tokens); clear error on failure.
 */
export async function runBuild(
  label: string,
  cwd: string,
  command: string,
  log: Logger,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  log.info(`Building ${label}: ${command}`);
  const build = spawnService({ label, cwd, command }, 0, env);
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (build.hasExited) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
  });
  await build.stop();
  await haltIfCancelling();
  if (build.exitCode !== 0) {
    throw new UsageError(
      `build-command failed for the ${label} (${build.describeExit()}) in ${cwd}${build.tail}`,
    );
  }
}
