// How every metric the actions record is named, measured and judged on the dashboard and status
// page. Perf and vitals figures come from the tables their own renderers use (shared/perf/metrics.ts,
// shared/vitals/metrics.ts), so a metric added there is labelled here too; coverage and uptime are
// listed below. A metric nobody listed is still charted, under its own name and marked as unlabelled.
import { METRICS as PERF_METRICS } from '../perf/metrics.js';
import { METRICS as VITALS_METRICS } from '../vitals/metrics.js';

export type Better = 'higher' | 'lower';

export interface MetricInfo {
  key: string;
  label: string;
  /** Shown after the value ('%', 'ms', 'req/s'); '' for unitless figures and scores. */
  unit: string;
  /** What a chart caption says the unit is: the unit itself, 'score 0–100' or 'unitless'. */
  axis: string;
  better?: Better;
  /** Fraction digits used when showing a value. */
  digits: number;
  /** The lowest value the metric can take (0 for times, counts, percentages); axes never go below it. */
  floor?: number;
  /** The highest value it can take (100 for percentages and scores); axes never go above it. */
  ceiling?: number;
  /** Recorded for other uses (raw counts behind a percentage), never charted or tabulated. */
  hidden?: boolean;
  /** Not in any table: charted under its key. */
  unlabelled?: boolean;
}

type Known = Omit<MetricInfo, 'key'>;

const pct = (label: string): Known => ({
  label,
  unit: '%',
  axis: '%',
  better: 'higher',
  digits: 2,
  floor: 0,
  ceiling: 100,
});
const count = (label: string): Known => ({
  label,
  unit: '',
  axis: 'count',
  digits: 0,
  floor: 0,
  hidden: true,
});

function unitOf(unit: string): Pick<Known, 'unit' | 'axis' | 'digits' | 'floor' | 'ceiling'> {
  if (unit === 'score') return { unit: '', axis: 'score 0–100', digits: 0, floor: 0, ceiling: 100 };
  if (unit === 'unitless') return { unit: '', axis: 'unitless', digits: 3, floor: 0 };
  if (unit === '%') return { unit, axis: unit, digits: 2, floor: 0, ceiling: 100 };
  return { unit, axis: unit, digits: 1, floor: 0 };
}

function coverageTable(): Record<string, Known> {
  const out: Record<string, Known> = {};
  for (const [key, label] of [
    ['lines', 'Lines'],
    ['branches', 'Branches'],
    ['functions', 'Functions'],
    ['statements', 'Statements'],
  ] as const) {
    out[key] = pct(label);
    out[`${key}_covered`] = count(`${label} covered`);
    out[`${key}_total`] = count(`${label} in total`);
  }
  out.patch = pct('Patch');
  return out;
}

function perfTable(): Record<string, Known> {
  const out: Record<string, Known> = {};
  for (const m of Object.values(PERF_METRICS)) {
    out[m.key] = {
      label: m.label.charAt(0).toUpperCase() + m.label.slice(1),
      better: m.better,
      ...unitOf(m.unit),
    };
  }
  return out;
}

function vitalsTable(): Record<string, Known> {
  const out: Record<string, Known> = {};
  for (const m of VITALS_METRICS) {
    out[m.id] = { label: m.label, better: m.higherIsBetter ? 'higher' : 'lower', ...unitOf(m.unit) };
  }
  return out;
}

/** Per kind, in the order the dashboard shows them. */
const KNOWN: Record<string, Record<string, Known>> = {
  coverage: coverageTable(),
  perf: perfTable(),
  vitals: vitalsTable(),
  uptime: {
    uptime: pct('Uptime'),
    response_time: { label: 'Response time', better: 'lower', ...unitOf('ms') },
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

/** Every metric key the tables know for a kind (for tests that hold the record builders to them). */
export function knownMetrics(kind: string): string[] {
  return Object.keys(KNOWN[kind] ?? {});
}

export function kindTitle(kind: string): string {
  return KIND_TITLES[kind] ?? kind;
}

export function metricInfo(kind: string, key: string): MetricInfo {
  const known = KNOWN[kind]?.[key];
  if (known) return { key, ...known };
  return { key, label: key, unit: '', axis: 'unitless', digits: 3, unlabelled: true };
}

/** The caption of a chart or column: `Lines (%)`, `Performance score (score 0–100)`. */
export function metricCaption(m: Pick<MetricInfo, 'label' | 'axis'>): string {
  return `${m.label} (${m.axis})`;
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
