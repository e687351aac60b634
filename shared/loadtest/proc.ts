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

/** Usage of every process whose process group is `pgid`; undefined where /proc is missing (macOS, Windows). */
export function groupUsage(pgid: number, procRoot = '/proc'): GroupUsage | undefined {
  let entries: string[];
  try {
    entries = readdirSync(procRoot);
  } catch {
    return undefined;
  }
  const usage: GroupUsage = { cpuSeconds: 0, rssBytes: 0, processes: 0 };
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let fields: string[];
    try {
      fields = statFields(readFileSync(`${procRoot}/${entry}/stat`, 'utf8'));
    } catch {
      continue; // the process ended between readdir and read
    }
    // After the name: state(0) ppid(1) pgrp(2) … utime(11) stime(12) … rss(21).
    if (Number(fields[2]) !== pgid) continue;
    usage.cpuSeconds += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    usage.rssBytes += Number(fields[21]) * PAGE_SIZE;
    usage.processes++;
  }
  return usage;
}

export interface UsageWindow {
  cpuSeconds: number;
  peakRssBytes: number;
}

/** Samples a group every `intervalMs` until stopped: CPU used over the window and the peak RSS seen. */
export function watchGroup(pgid: number, intervalMs = 100): { stop(): UsageWindow | undefined } {
  const first = groupUsage(pgid);
  if (!first) return { stop: () => undefined };
  let peak = first.rssBytes;
  let last = first;
  const timer = setInterval(() => {
    const now = groupUsage(pgid);
    if (!now || now.processes === 0) return;
    last = now;
    peak = Math.max(peak, now.rssBytes);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const now = groupUsage(pgid);
      if (now && now.processes > 0) {
        last = now;
        peak = Math.max(peak, now.rssBytes);
      }
      return { cpuSeconds: Math.max(0, last.cpuSeconds - first.cpuSeconds), peakRssBytes: peak };
    },
  };
}
