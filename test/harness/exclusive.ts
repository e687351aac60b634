// Test files run side by side (vitest.config.ts), but a test whose verdict comes from measuring the
// machine (autocannon comparisons, Lighthouse timings) should not measure while another such test
// loads the same cores. `exclusive` serialises those stretches across vitest's worker processes:
// a lock file per name, created with O_EXCL, holding the owner's pid so that the lock of a worker
// that died is taken over instead of waited on forever. Waiting costs no assumption about time: a
// waiter only polls until the owner is done, however long that takes.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Per checkout: two worktrees (or two people) on one machine each have their own locks. */
const SCOPE = createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 12);
const POLL_MS = 200;

function lockPath(name: string): string {
  return join(tmpdir(), `shipshape-test-lock-${SCOPE}-${name}`);
}

/** This holder: the process and, should the pool run workers as threads, the thread. */
const SELF = `${process.pid}:${threadId}`;

/** Whether the holder written in the lock file still runs ('' while it is being written). */
function holderAlive(holder: string): boolean {
  const pid = Number(holder.split(':')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return true; // being written: look again
  if (holder === SELF) return false; // a lock this worker left behind (locks never nest)
  if (pid === process.pid) return true; // another thread of this process
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined; // just released
  }
}

async function acquire(file: string): Promise<void> {
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, SELF);
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    // A dead holder's lock is removed, unless another waiter replaced it meanwhile.
    if (holder !== undefined && !holderAlive(holder)) {
      if (readHolder(file) === holder) rmSync(file, { force: true });
    } else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Holders in this worker, per name: the lock file alone cannot tell two of them apart. */
const local = new Map<string, Promise<unknown>>();

/** Runs `work` while no other test of this checkout holds the lock `name`. */
export async function exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
  const before = local.get(name) ?? Promise.resolve();
  const mine = before
    .catch(() => undefined)
    .then(async () => {
      const file = lockPath(name);
      await acquire(file);
      try {
        return await work();
      } finally {
        rmSync(file, { force: true });
      }
    });
  local.set(name, mine);
  return mine;
}

/** The lock of tests whose verdict depends on the CPU they measure. */
export const MEASURING = 'measuring';

/**
 * What a test that takes the MEASURING lock adds to its timeout: the lock may be held by each of
 * the other measuring tests in turn (four of them, each well under a minute on a loaded 2-core
 * machine), and that wait is not the test's own work.
 */
export const MEASURING_WAIT_MS = 300_000;
