// Typed readers for action inputs and CLI flags: one way to read every kind of value, each raising
// one InputError that names the input, the value given and what is allowed (exit 2). Every action
// reads all of its inputs through these before it gathers any evidence.
import { InputError } from './errors.js';

/** Where raw input strings come from: action inputs on GitHub, flags in the CLI. */
export interface InputSource {
  /** The trimmed value, or '' when not given. */
  get(name: string): string;
}

/** An InputSource over a plain map (tests, the CLI, reusable workflow defaults). */
export function inputsFrom(values: Record<string, string | undefined>): InputSource {
  return { get: (name) => (values[name] ?? '').trim() };
}

const TRUE = ['true', 'yes', 'on', '1'];
const FALSE = ['false', 'no', 'off', '0'];

export function readString(source: InputSource, name: string, fallback = ''): string {
  const raw = source.get(name);
  return raw === '' ? fallback : raw;
}

/** A value the action cannot run without. */
export function readRequired(source: InputSource, name: string, what = 'a value'): string {
  const raw = source.get(name);
  if (raw === '') throw new InputError(name, `is required: give ${what}`);
  return raw;
}

export function readChoice<T extends string>(
  source: InputSource,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = source.get(name).toLowerCase();
  if (raw === '') return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new InputError(name, `expected one of ${choices.join(', ')}, got '${source.get(name)}'`);
}

/**
 * A choice whose input once took other words (`history: none`, `comment: true`): an old word
 * stops with the one to write now, never guessed at. `what` names a value, e.g. 'comment mode'.
 */
export function readChoiceRetiring<T extends string>(
  source: InputSource,
  name: string,
  choices: readonly T[],
  fallback: T,
  retired: { what: string; words: Readonly<Record<string, T>> },
): T {
  const raw = source.get(name).toLowerCase();
  const replacement = Object.hasOwn(retired.words, raw) ? retired.words[raw] : undefined;
  if (replacement !== undefined) {
    throw new InputError(
      name,
      `'${raw}' is not a ${retired.what}; write '${name}: ${replacement}' (one of ${choices.join(', ')})`,
    );
  }
  return readChoice(source, name, choices, fallback);
}

export function readBoolean(source: InputSource, name: string, fallback: boolean): boolean {
  const raw = source.get(name).toLowerCase();
  if (raw === '') return fallback;
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw new InputError(name, `expected true or false, got '${source.get(name)}'`);
}

export interface NumberBounds {
  min?: number;
  max?: number;
}

function bounded(name: string, raw: string, value: number, b: NumberBounds, unit = ''): number {
  if (b.min !== undefined && value < b.min) {
    throw new InputError(name, `'${raw}' is below the minimum of ${b.min}${unit}`);
  }
  if (b.max !== undefined && value > b.max) {
    throw new InputError(name, `'${raw}' is above the maximum of ${b.max}${unit}`);
  }
  return value;
}

export function readNumber(source: InputSource, name: string, fallback: number, b?: NumberBounds): number;
export function readNumber(
  source: InputSource,
  name: string,
  fallback: undefined,
  b?: NumberBounds,
): number | undefined;
export function readNumber(
  source: InputSource,
  name: string,
  fallback: number | undefined,
  b: NumberBounds = {},
): number | undefined {
  const raw = source.get(name);
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw) || !Number.isFinite(value)) {
    throw new InputError(name, `expected a number, got '${raw}'`);
  }
  return bounded(name, raw, value, b);
}

export function readInteger(source: InputSource, name: string, fallback: number, b?: NumberBounds): number;
export function readInteger(
  source: InputSource,
  name: string,
  fallback: undefined,
  b?: NumberBounds,
): number | undefined;
export function readInteger(
  source: InputSource,
  name: string,
  fallback: number | undefined,
  b: NumberBounds = {},
): number | undefined {
  const raw = source.get(name);
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!/^[+-]?\d+$/.test(raw) || !Number.isSafeInteger(value)) {
    throw new InputError(name, `expected a whole number, got '${raw}'`);
  }
  return bounded(name, raw, value, b);
}

// Plain decimals only, with an optional `%`: Number() would also take '0x50', '1e2', '-0' and
// '+80', none of which anyone means as a percentage.
const PERCENT = /^(\d+(\.\d*)?|\.\d+)\s*%?$/;

/** `80`, `80%`, `99.5` as a number; NaN when the text is not a plain percentage. */
export function percentValue(text: string): number {
  return PERCENT.test(text) ? Number.parseFloat(text) : Number.NaN;
}

/**
 * A percentage written as people write it (`80`, `80%`, `99.5`) from the raw text of input `name`,
 * or undefined when it is empty. Never a fraction: `0.95` is 0.95%, and when that falls outside the
 * bounds (0–100 unless given) the error says how to write it.
 */
export function parsePercent(name: string, raw: string, b: NumberBounds = {}): number | undefined {
  const given = raw.trim();
  if (given === '') return undefined;
  const value = percentValue(given);
  if (Number.isNaN(value)) {
    throw new InputError(name, `expected a percentage such as 80 or 99.5, got '${given}'`);
  }
  const { min = 0, max = 100 } = b;
  if (value < min || value > max) {
    // A value of at most 1 is almost always a fraction meant as a percentage.
    const hint =
      value > 0 && value <= 1 ? ` (percentages are written ${+(value * 100).toFixed(6)}, not ${given})` : '';
    throw new InputError(name, `'${given}' is outside ${min}–${max}${hint}`);
  }
  return value;
}

/** The percentage input `name`, or `fallback` when it is not given. */
export function readPercent(source: InputSource, name: string, fallback: number, b?: NumberBounds): number;
export function readPercent(
  source: InputSource,
  name: string,
  fallback: undefined,
  b?: NumberBounds,
): number | undefined;
export function readPercent(
  source: InputSource,
  name: string,
  fallback: number | undefined,
  b: NumberBounds = {},
): number | undefined {
  return parsePercent(name, source.get(name), b) ?? fallback;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Node's timers overflow past 2^31-1 ms (about 24.8 days); every duration is bounded well below. */
export const MAX_DURATION_MS = 24 * 3_600_000;

/** Parses `500ms`, `30s`, `5m`, `2h`, `14d` or `1m30s`; a bare number means seconds. Returns ms, or undefined. */
export function parseDuration(text: string): number | undefined {
  const raw = text.trim().toLowerCase();
  if (raw === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const part = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  for (const match of raw.matchAll(part)) {
    total += Number(match[1]) * (DURATION_UNITS[match[2] as string] as number);
    consumed += match[0].length;
  }
  if (consumed !== raw.length || consumed === 0) return undefined;
  return Math.round(total);
}

/** A duration in milliseconds; bounded by `max` (default 24 h) so no timer can overflow. */
export function readDuration(
  source: InputSource,
  name: string,
  fallbackMs: number,
  b?: { minMs?: number; maxMs?: number },
): number;
export function readDuration(
  source: InputSource,
  name: string,
  fallbackMs: undefined,
  b?: { minMs?: number; maxMs?: number },
): number | undefined;
export function readDuration(
  source: InputSource,
  name: string,
  fallbackMs: number | undefined,
  b: { minMs?: number; maxMs?: number } = {},
): number | undefined {
  const raw = source.get(name);
  if (raw === '') return fallbackMs;
  const ms = parseDuration(raw);
  if (ms === undefined) {
    throw new InputError(
      name,
      `expected a duration such as 500ms, 30s, 5m or 2h (a bare number means seconds), got '${raw}'`,
    );
  }
  const { minMs = 0, maxMs = MAX_DURATION_MS } = b;
  if (ms < minMs)
    throw new InputError(name, `'${raw}' is shorter than the minimum of ${formatDuration(minMs)}`);
  if (ms > maxMs)
    throw new InputError(name, `'${raw}' is longer than the maximum of ${formatDuration(maxMs)}`);
  return ms;
}

/** The shortest exact spelling of a duration in the input vocabulary: 90000 -> `1m30s`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = Math.round(ms);
  let out = '';
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
    ['ms', 1],
  ] as const) {
    if (rest >= size) {
      out += `${Math.floor(rest / size)}${unit}`;
      rest %= size;
    }
  }
  return out;
}

/** An absolute http(s) URL. */
export function readUrl(source: InputSource, name: string): URL | undefined {
  const raw = source.get(name);
  if (raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Never echo the value: URLs given to shipshape often carry a webhook token.
    throw new InputError(name, 'is not an absolute URL (expected https://host/path)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(name, `must be an http or https URL, got a ${url.protocol} URL`);
  }
  return url;
}

/** Several values, one per line or comma-separated; blank entries and `#` comments dropped. */
export function readList(source: InputSource, name: string): string[] {
  return source
    .get(name)
    .split(/[\n,]/)
    .map((v) => v.trim())
    .filter((v) => v !== '' && !v.startsWith('#'));
}

/** Several values, one per line only (values that may contain commas: globs, commands, headers). */
export function readLines(source: InputSource, name: string): string[] {
  return source
    .get(name)
    .split('\n')
    .map((v) => v.trim())
    .filter((v) => v !== '' && !v.startsWith('#'));
}
