import { InputError } from './errors.js';

/** Where raw input strings come from: action inputs on GitHub, flags in the CLI. */
export interface InputSource {
  /** The trimmed value, or '' when not given. */
  get(name: string): string;
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
  throw new InputError(name, `expected one of ${choices.join(', ')}, got '${raw}'`);
}

export function readBoolean(source: InputSource, name: string, fallback: boolean): boolean {
  const raw = source.get(name).toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(raw)) return true;
  if (['false', 'no', 'off', '0'].includes(raw)) return false;
  throw new InputError(name, `expected true or false, got '${raw}'`);
}

/** Several values, one per line or comma-separated; blank entries and `#` comments dropped. */
export function readList(source: InputSource, name: string): string[] {
  return source
    .get(name)
    .split(/[\n,]/)
    .map((v) => v.trim())
    .filter((v) => v !== '' && !v.startsWith('#'));
}
