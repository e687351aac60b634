// How known metrics are named, measured and judged on the dashboard. Anything not listed here is
// still charted, under its own name, so a new kind or metric shows up without a code change.

export type Better = 'higher' | 'lower';

export interface MetricInfo {
  key: string;
  label: string;
  /** Shown after the value ('%', 'ms', 'req/s'); '' for unitless figures. */
  unit: string;
  better?: Better;
  /** Fraction digits used when showing a value. */
  digits: number;
}

type Known = Omit<MetricInfo, 'key'>;

const pct = (label: string): Known => ({ label, unit: '%', better: 'higher', digits: 2 });
const ms = (label: string): Known => ({ label, unit: 'ms', better: 'lower', digits: 1 });

/** Per kind, in the order the dashboard shows them. */
const KNOWN: Record<string, Record<string, Known>> = {
  coverage: {
    lines: pct('Lines'),
    statements: pct('Statements'),
    branches: pct('Branches'),
    functions: pct('Functions'),
    patch: pct('Patch'),
  },
  perf: {
    p50: ms('Latency p50'),
    p75: ms('Latency p75'),
    p90: ms('Latency p90'),
    p95: ms('Latency p95'),
    p99: ms('Latency p99'),
    mean: ms('Latency mean'),
    rps: { label: 'Throughput', unit: 'req/s', better: 'higher', digits: 1 },
    errors: { label: 'Errors', unit: '', better: 'lower', digits: 0 },
  },
  vitals: {
    performance: { label: 'Performance score', unit: '', better: 'higher', digits: 2 },
    lcp: ms('Largest Contentful Paint'),
    fcp: ms('First Contentful Paint'),
    cls: { label: 'Cumulative Layout Shift', unit: '', better: 'lower', digits: 3 },
    tbt: ms('Total Blocking Time'),
    ttfb: ms('Time to First Byte'),
    si: ms('Speed Index'),
  },
  uptime: {
    uptime: pct('Uptime'),
    response_time: ms('Response time'),
  },
};

/** The order kinds appear in; other kinds follow alphabetically. */
export const KIND_ORDER: readonly string[] = ['coverage', 'perf', 'vitals', 'uptime'];

const KIND_TITLES: Record<string, string> = {
  coverage: 'Coverage',
  perf: 'Performance',
  vitals: 'Web vitals',
  uptime: 'Uptime',
};

export function kindTitle(kind: string): string {
  return KIND_TITLES[kind] ?? kind;
}

export function metricInfo(kind: string, key: string): MetricInfo {
  const known = KNOWN[kind]?.[key];
  if (known) return { key, ...known };
  return { key, label: key, unit: '', digits: 3 };
}

/** Known metrics of the kind first, in their listed order, then the rest by name. */
export function orderMetrics(kind: string, keys: Iterable<string>): string[] {
  const known = Object.keys(KNOWN[kind] ?? {});
  const rank = (k: string) => {
    const i = known.indexOf(k);
    return i < 0 ? known.length : i;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export function compareKinds(a: string, b: string): number {
  const rank = (k: string) => {
    const i = KIND_ORDER.indexOf(k);
    return i < 0 ? KIND_ORDER.length : i;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function formatValue(value: number, info: Pick<MetricInfo, 'unit' | 'digits'>): string {
  const text = value.toLocaleString('en-US', { maximumFractionDigits: info.digits, useGrouping: false });
  if (info.unit === '') return text;
  return info.unit === '%' ? `${text}%` : `${text} ${info.unit}`;
}
