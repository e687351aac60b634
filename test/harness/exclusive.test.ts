import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exclusive } from './exclusive.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** A node process that takes the lock `name`, says 'held', holds it for `holdMs` (forever if -1). */
function holder(name: string, holdMs: number) {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { exclusive } = await import(${JSON.stringify(join(HERE, 'exclusive.ts'))});
       await exclusive(${JSON.stringify(name)}, async () => {
         process.stdout.write('held\\n');
         await new Promise((r) => { if (${holdMs} >= 0) setTimeout(r, ${holdMs}); });
         process.stdout.write('released\\n');
       });`,
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let out = '';
  const held = new Promise<void>((resolve) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('held')) resolve();
    });
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { child, held, exited, output: () => out };
}

describe('exclusive', () => {
  it('never lets two holders of one name overlap, in one worker or across processes', async () => {
    const name = `test-overlap-${process.pid}`;
    let inside = 0;
    let most = 0;
    const hold = () =>
      exclusive(name, async () => {
        inside++;
        most = Math.max(most, inside);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inside--;
      });
    // A second process that holds the lock while this one asks for it.
    const other = holder(name, 1000);
    await other.held;
    const order: string[] = [];
    await Promise.all(
      [1, 2, 3].map((i) =>
        hold().then(() => {
          order.push(`${i}:${other.output().includes('released') ? 'after' : 'during'}`);
        }),
      ),
    );
    expect(most).toBe(1);
    // None of this process's holders ran while the other process held the lock.
    expect(order).toEqual(['1:after', '2:after', '3:after']);
    await other.exited;
  });

  it('takes over the lock of a holder that died', async () => {
    const name = `test-dead-${process.pid}`;
    const dead = holder(name, -1);
    await dead.held;
    dead.child.kill('SIGKILL');
    await dead.exited;
    const lockFiles = () => readdirSync(tmpdir());
    expect(lockFiles().some((f) => f.endsWith(name))).toBe(true);
    expect(await exclusive(name, async () => 'got it')).toBe('got it');
    expect(lockFiles().some((f) => f.endsWith(name))).toBe(false);
  });
});
