import { InputError } from '../runtime/errors.js';
import { percentValue } from '../runtime/inputs.js';
import { METRICS, type Metric } from './model.js';

export interface PathThreshold {
  glob: string;
  metric: Metric;
  min: number;
}

/** A number of percentage points from 0 to 100 (a drop, not a share: no `%`), or undefined when empty. */
export function parsePoints(input: string, raw: string): number | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const value = text.includes('%') ? Number.NaN : percentValue(text);
  if (!(value <= 100)) {
    throw new InputError(input, `expected a number of percentage points from 0 to 100, got '${text}'`);
  }
  return value;
}

/**
 * Parses per-path thresholds, one rule a line:
 *   services/api/**: lines=85, branches=70
 *   web/src/**: lines=75
 * Blank lines and `#` comments are ignored.
 */
export function parsePathThresholds(input: string, text: string): PathThreshold[] {
  const out: PathThreshold[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const where = `line ${i + 1}`;
    const colon = line.lastIndexOf(':');
    if (colon <= 0) {
      throw new InputError(
        input,
        `${where}: expected '<glob>: <metric>=<percent>', e.g. 'services/api/**: lines=85', got '${line}'`,
      );
    }
    const glob = line
      .slice(0, colon)
      .trim()
      .replace(/^['"]|['"]$/g, '');
    if (glob === '') throw new InputError(input, `${where}: the glob before ':' is empty in '${line}'`);
    const rules = line
      .slice(colon + 1)
      .split(/[,;]/)
      .map((r) => r.trim())
      .filter(Boolean);
    if (rules.length === 0) throw new InputError(input, `${where}: no '<metric>=<percent>' after '${glob}:'`);
    for (const rule of rules) {
      const m = /^([a-z]+)\s*=\s*(.+)$/.exec(rule);
      const metric = m?.[1] as Metric | undefined;
      if (!m || !metric || !METRICS.includes(metric)) {
        throw new InputError(
          input,
          `${where}: '${rule}' is not '<metric>=<percent>' with metric one of ${METRICS.join(', ')}`,
        );
      }
      const min = percentValue(m[2]!.trim());
      if (!(min <= 100)) {
        throw new InputError(input, `${where}: '${rule}' needs a percentage from 0 to 100`);
      }
      out.push({ glob, metric, min });
    }
  }
  return out;
}
