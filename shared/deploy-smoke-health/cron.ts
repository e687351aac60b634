// How late did this scheduled run start? GitHub's cron is best-effort and often minutes (sometimes
// hours) late, which adds straight to the time to detect an outage; the summary says so honestly.
import { InputError, UsageError } from '../runtime/errors.js';
import type { InputSource } from '../runtime/inputs.js';

type Field = Set<number>;

const RANGES: [number, number][] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  // 7 is Sunday too, as in POSIX cron and GitHub's schedules.
  [0, 7],
];

const NAMES: (readonly string[] | undefined)[] = [
  undefined,
  undefined,
  undefined,
  ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'],
];

/** `MON` → 1, `jan` → 1: GitHub's schedules accept month and weekday names. */
function numbered(text: string, names: readonly string[] | undefined, lo: number): string {
  if (!names) return text;
  return text.replace(/[A-Za-z]{3}/g, (name) => {
    const i = names.indexOf(name.toUpperCase());
    return i < 0 ? name : String(i + lo);
  });
}

function parseField(
  text: string,
  [lo, hi]: [number, number],
  expr: string,
  names?: readonly string[],
): Field {
  const out: Field = new Set();
  for (const part of numbered(text, names, lo === 0 ? 0 : 1).split(',')) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!m) throw new UsageError(`cron '${expr}': cannot read '${part}'`);
    const step = m[4] ? Number(m[4]) : 1;
    const from = m[1] === '*' ? lo : Number(m[2]);
    const to = m[1] === '*' ? hi : m[3] ? Number(m[3]) : m[4] ? hi : from;
    if (from < lo || to > hi || from > to || step < 1)
      throw new UsageError(`cron '${expr}': '${part}' is out of range ${lo}-${hi}`);
    for (let v = from; v <= to; v += step) out.add(v === 7 && hi === 7 ? 0 : v);
  }
  return out;
}

export interface CronSchedule {
  expr: string;
  fields: [Field, Field, Field, Field, Field];
  domStar: boolean;
  dowStar: boolean;
}

export function parseCron(expr: string): CronSchedule {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 5)
    throw new UsageError(`cron '${expr}': expected 5 fields (minute hour day month weekday)`);
  const fields = parts.map((p, i) =>
    parseField(p, RANGES[i] as [number, number], expr, NAMES[i]),
  ) as CronSchedule['fields'];
  return { expr, fields, domStar: parts[2] === '*', dowStar: parts[4] === '*' };
}

/**
 * The `cron` input, checked up front whatever the event: a schedule that cannot be read would
 * otherwise pass silently on every run that is not itself scheduled.
 */
export function readCron(source: InputSource, name: string): string {
  const raw = source.get(name);
  if (raw === '') return '';
  try {
    parseCron(raw);
  } catch (error) {
    throw new InputError(name, (error as Error).message.replace(/^cron /, ''));
  }
  return raw;
}

function matches(s: CronSchedule, d: Date): boolean {
  const [min, hour, dom, month, dow] = s.fields;
  if (!min.has(d.getUTCMinutes()) || !hour.has(d.getUTCHours()) || !month.has(d.getUTCMonth() + 1))
    return false;
  const domOk = dom.has(d.getUTCDate());
  const dowOk = dow.has(d.getUTCDay());
  // POSIX cron: when both day fields are restricted, either may match.
  if (!s.domStar && !s.dowStar) return domOk || dowOk;
  return domOk && dowOk;
}

/** The latest time at or before `now` (UTC, as GitHub evaluates schedules) that the schedule names. */
export function previousSlot(s: CronSchedule, now: Date): Date | undefined {
  const t = new Date(now);
  t.setUTCSeconds(0, 0);
  for (let i = 0; i < 366 * 24 * 60; i++) {
    if (matches(s, t)) return t;
    t.setUTCMinutes(t.getUTCMinutes() - 1);
  }
  return undefined;
}

/** Minutes between two consecutive slots around `now` (the schedule's interval there). */
export function intervalMinutes(s: CronSchedule, now: Date): number | undefined {
  const last = previousSlot(s, now);
  if (!last) return undefined;
  const before = previousSlot(s, new Date(last.getTime() - 60_000));
  return before ? (last.getTime() - before.getTime()) / 60_000 : undefined;
}

export interface Lateness {
  cron: string;
  slot: string;
  seconds: number;
  intervalMinutes?: number;
}

export function lateness(expr: string, startedAt: Date): Lateness | undefined {
  const s = parseCron(expr);
  const slot = previousSlot(s, startedAt);
  if (!slot) return undefined;
  const interval = intervalMinutes(s, startedAt);
  return {
    cron: expr,
    slot: slot.toISOString(),
    seconds: Math.round((startedAt.getTime() - slot.getTime()) / 1000),
    ...(interval !== undefined ? { intervalMinutes: interval } : {}),
  };
}
