import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupMembers, groupUsage, machineBusySeconds, watchGroup } from './proc.js';

/** A fake /proc with stat lines in the kernel's format (the name may hold spaces and parentheses). */
function fakeProc(
  entries: Record<string, { name: string; pgrp: number; utime: number; stime: number; rss: number }>,
) {
  const root = mkdtempSync(join(tmpdir(), 'fake-proc-'));
  for (const [pid, e] of Object.entries(entries)) {
    mkdirSync(join(root, pid));
    const rest = [
      'S',
      '1',
      String(e.pgrp),
      ...Array(8).fill('0'),
      String(e.utime),
      String(e.stime),
      ...Array(8).fill('0'),
      String(e.rss),
    ];
    writeFileSync(join(root, pid, 'stat'), `${pid} (${e.name}) ${rest.join(' ')} 0 0\n`);
  }
  mkdirSync(join(root, 'self'));
  return root;
}

describe('groupUsage', () => {
  it('sums CPU ticks and resident pages over the members of one process group', () => {
    const root = fakeProc({
      '100': { name: 'sh', pgrp: 100, utime: 1, stime: 1, rss: 100 },
      '101': { name: 'node (worker) x', pgrp: 100, utime: 150, stime: 50, rss: 1000 },
      '200': { name: 'other', pgrp: 200, utime: 999, stime: 999, rss: 999 },
    });
    const members = groupMembers(100, root);
    expect(members?.sort()).toEqual(['100', '101']);
    const usage = groupUsage(100, members, root);
    expect(usage).toEqual({ cpuSeconds: 2.02, rssBytes: 1100 * 4096, processes: 2 });
    rmSync(root, { recursive: true, force: true });
  });

  it('returns undefined without /proc', () => {
    expect(groupMembers(1, '/nonexistent-proc')).toBeUndefined();
  });

  it('sees a real busy process use CPU', async () => {
    const child = spawn(process.execPath, ['-e', 'while (process.cpuUsage().user < 500000);'], {
      detached: true,
    });
    const watcher = watchGroup(child.pid as number, 50);
    await new Promise((r) => child.once('exit', r));
    const window = watcher.stop();
    // The child burns 500 ms of CPU; all but the last sampling interval of it is seen.
    expect(window?.cpuSeconds).toBeGreaterThan(0.2);
    expect(window?.peakRssBytes).toBeGreaterThan(1024 * 1024);
  });
});

describe('machineBusySeconds', () => {
  it('adds user, nice, system, irq, softirq and steal but not idle or iowait', () => {
    const root = mkdtempSync(join(tmpdir(), 'fake-proc-'));
    writeFileSync(join(root, 'stat'), 'cpu  100 20 30 5000 400 6 7 8 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n');
    expect(machineBusySeconds(root)).toBeCloseTo((100 + 20 + 30 + 6 + 7 + 8) / 100, 10);
    rmSync(root, { recursive: true, force: true });
  });
});
