import { InputError } from '../runtime/errors.js';
import { METRICS, type Metric } from './model.js';

export interface PathThreshold {
  glob: string;
  metric: Metric;
  min: number;
}

// Plain decimals only: Number() would also take '0x50', '1e2' and '-0', none of which anyone
// means as a coverage threshold.
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

/** A number from 0 to 100, or NaN when the text is not one. */
function decimalUpTo100(text: string): number {
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  return value <= 100 ? value : Number.NaN;
}

export function parsePercentage(input: string, raw: string): number | undefined {
  const given = raw.trim();
  if (given === '') return undefined;
  const value = decimalUpTo100(given.replace(/\s*%$/, ''));
  if (Number.isNaN(value)) {
    throw new InputError(input, `expected a percentage from 0 to 100, got '${given}'`);
  }
  return value;
}

export function parsePoints(input: string, raw: string): number | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const value = decimalUpTo100(text);
  if (Number.isNaN(value)) {
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
      const min = decimalUpTo100(m[2]!.trim().replace(/\s*%$/, ''));
      if (Number.isNaN(min)) {
        throw new InputError(input, `${where}: '${rule}' needs a percentage from 0 to 100`);
      }
      out.push({ glob, metric, min });
    }
  }
  return out;
}
