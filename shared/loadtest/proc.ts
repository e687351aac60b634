// CPU time and resident memory of a whole process group, read from /proc: the service may be a shell
// that started node that started workers, and all of them count.
import { readdirSync, readFileSync } from 'node:fs';

export interface GroupUsage {
  /** utime + stime of the live processes of the group, in seconds. */
  cpuSeconds: number;
  /** Sum of their resident set sizes, in bytes. */
  rssBytes: number;
  processes: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux that GitHub runners use.
const PAGE_SIZE = 4096;

/** Fields of /proc/<pid>/stat after the parenthesised command name (which may hold spaces). */
function statFields(text: string): string[] {
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

function readStat(procRoot: string, pid: string): string[] | undefined {
  try {
    return statFields(readFileSync(`${procRoot}/${pid}/stat`, 'utf8'));
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Pids of the processes whose process group is `pgid`; undefined where /proc is missing (macOS, Windows). */
export function groupMembers(pgid: number, procRoot = '/proc'): string[] | undefined {
  let entries: string[];
  try {
    entries = readdirSync(procRoot);
  } catch {
    return undefined;
  }
  // After the name: state(0) ppid(1) pgrp(2).
  return entries.filter((e) => /^\d+$/.test(e) && Number(readStat(procRoot, e)?.[2]) === pgid);
}

/**
 * Members of group `pgid` that have not finished exiting (zombies excluded: a zombie holds no
 * sockets or memory any more, it only waits for its parent to collect its exit status).
 */
export function runningMembers(pgid: number, procRoot = '/proc'): string[] | undefined {
  // State is the first field after the name: R, S, D, Z (zombie), X (dead), …
  return groupMembers(pgid, procRoot)?.filter((pid) => {
    const state = readStat(procRoot, pid)?.[0];
    return state !== undefined && state !== 'Z' && state !== 'X';
  });
}

/** Usage of the given members of group `pgid` (members that left the group or ended are skipped). */
export function groupUsage(
  pgid: number,
  members = groupMembers(pgid),
  procRoot = '/proc',
): GroupUsage | undefined {
  if (!members) return undefined;
  const usage: GroupUsage = { cpuSeconds: 0, rssBytes: 0, processes: 0 };
  for (const pid of members) {
    const fields = readStat(procRoot, pid);
    // … utime(11) stime(12) … rss(21).
    if (!fields || Number(fields[2]) !== pgid) continue;
    usage.cpuSeconds += cpuSeconds(procRoot, pid, fields);
    usage.rssBytes += Number(fields[21]) * PAGE_SIZE;
    usage.processes++;
  }
  return usage;
}

/**
 * CPU time of one process: from /proc/<pid>/schedstat (nanoseconds on the CPU) where the kernel has
 * it, else utime + stime in clock ticks (10 ms steps, coarse for a one-second trial).
 */
function cpuSeconds(procRoot: string, pid: string, stat: string[]): number {
  try {
    const ns = Number(readFileSync(`${procRoot}/${pid}/schedstat`, 'utf8').split(' ', 1)[0]);
    if (Number.isFinite(ns)) return ns / 1e9;
  } catch {
    // no schedstat: fall back to the tick counters
  }
  return (Number(stat[11]) + Number(stat[12])) / TICKS_PER_SECOND;
}

export interface UsageWindow {
  cpuSeconds: number;
  peakRssBytes: number;
}

/**
 * Samples a group every `intervalMs` until stopped: CPU used over the window and the peak RSS seen.
 * Only the known members are read each tick; the whole of /proc is listed again once a second to
 * catch new ones, so the sampler costs the load generator next to nothing.
 */
export function watchGroup(pgid: number, intervalMs = 100): { stop(): UsageWindow | undefined } {
  let members = groupMembers(pgid);
  if (!members) return { stop: () => undefined };
  const first = groupUsage(pgid, members) as GroupUsage;
  let peak = first.rssBytes;
  let last = first;
  let ticks = 0;
  const sample = () => {
    if (++ticks % Math.max(1, Math.round(1000 / intervalMs)) === 0) members = groupMembers(pgid) ?? members;
    const now = groupUsage(pgid, members);
    if (!now || now.processes === 0) return;
    last = now;
    peak = Math.max(peak, now.rssBytes);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      members = groupMembers(pgid) ?? members;
      sample();
      // CPU of members that ended during the window is lost; the services under test are long-lived.
      return { cpuSeconds: Math.max(0, last.cpuSeconds - first.cpuSeconds), peakRssBytes: peak };
    },
  };
}

/** Core-seconds the whole machine spent busy (steal included: time the hypervisor gave elsewhere), from /proc/stat. */
export function machineBusySeconds(procRoot = '/proc'): number | undefined {
  try {
    const line = readFileSync(`${procRoot}/stat`, 'utf8').split('\n', 1)[0] ?? '';
    // cpu user nice system idle iowait irq softirq steal …
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    const busy = [user, nice, system, irq, softirq, steal].reduce<number>((a, v) => a + (v ?? 0), 0);
    return Number.isFinite(busy) ? busy / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
