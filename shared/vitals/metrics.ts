// The figures shipshape reads from a Lighthouse result: lab metrics by audit id and category scores.
import type { Lhr } from '../lighthouse/lhr.js';

export type MetricId =
  | 'lcp'
  | 'cls'
  | 'tbt'
  | 'fcp'
  | 'si'
  | 'ttfb'
  | 'performance'
  | 'accessibility'
  | 'best-practices'
  | 'seo';

export interface MetricSpec {
  id: MetricId;
  label: string;
  /** Where the value comes from: an audit's numericValue or a category's score (×100). */
  source: { audit: string } | { category: string };
  unit: 'ms' | 'unitless' | 'score';
  /** Scores are better when higher; everything else when lower. */
  higherIsBetter: boolean;
}

export const METRICS: readonly MetricSpec[] = [
  {
    id: 'lcp',
    label: 'Largest Contentful Paint',
    source: { audit: 'largest-contentful-paint' },
    unit: 'ms',
    higherIsBetter: false,
  },
  {
    id: 'cls',
    label: 'Cumulative Layout Shift',
    source: { audit: 'cumulative-layout-shift' },
    unit: 'unitless',
    higherIsBetter: false,
  },
  {
    id: 'tbt',
    label: 'Total Blocking Time (lab stand-in for INP)',
    source: { audit: 'total-blocking-time' },
    unit: 'ms',
    higherIsBetter: false,
  },
  {
    id: 'fcp',
    label: 'First Contentful Paint',
    source: { audit: 'first-contentful-paint' },
    unit: 'ms',
    higherIsBetter: false,
  },
  { id: 'si', label: 'Speed Index', source: { audit: 'speed-index' }, unit: 'ms', higherIsBetter: false },
  {
    id: 'ttfb',
    label: 'Time to First Byte',
    source: { audit: 'server-response-time' },
    unit: 'ms',
    higherIsBetter: false,
  },
  {
    id: 'performance',
    label: 'Performance score',
    source: { category: 'performance' },
    unit: 'score',
    higherIsBetter: true,
  },
  {
    id: 'accessibility',
    label: 'Accessibility score',
    source: { category: 'accessibility' },
    unit: 'score',
    higherIsBetter: true,
  },
  {
    id: 'best-practices',
    label: 'Best Practices score',
    source: { category: 'best-practices' },
    unit: 'score',
    higherIsBetter: true,
  },
  { id: 'seo', label: 'SEO score', source: { category: 'seo' }, unit: 'score', higherIsBetter: true },
];

export const METRIC_IDS: readonly MetricId[] = METRICS.map((m) => m.id);

export function metricSpec(id: MetricId): MetricSpec {
  return METRICS.find((m) => m.id === id) as MetricSpec;
}

export function isMetricId(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}

export type Metrics = Partial<Record<MetricId, number>>;

export interface RunFacts {
  metrics: Metrics;
  benchmarkIndex: number;
  lighthouseVersion: string;
  /** e.g. `Chrome/156.0.8078.108` from the host user agent; '' when it is not in the result. */
  chromeVersion: string;
  formFactor: string;
  warnings: string[];
}

/** Chrome's version from a user agent string such as `… HeadlessChrome/156.0.0.0 …`. */
export function chromeVersionOf(userAgent: string | undefined): string {
  return /(?:Headless)?Chrom(?:e|ium)\/([\d.]+)/.exec(userAgent ?? '')?.[1] ?? '';
}

/** Every metric present in the result; a metric Lighthouse could not compute is left out, not zeroed. */
export function extractMetrics(lhr: Lhr): Metrics {
  const out: Metrics = {};
  for (const spec of METRICS) {
    if ('audit' in spec.source) {
      const value = lhr.audits[spec.source.audit]?.numericValue;
      if (typeof value === 'number' && Number.isFinite(value)) out[spec.id] = value;
    } else {
      const score = lhr.categories[spec.source.category]?.score;
      if (typeof score === 'number' && Number.isFinite(score)) out[spec.id] = Math.round(score * 100);
    }
  }
  return out;
}

/** `browserVersion`: Chrome's full version when known; the LHR's user agent only has the major version. */
export function extractRunFacts(lhr: Lhr, browserVersion = ''): RunFacts {
  return {
    metrics: extractMetrics(lhr),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lighthouseVersion: lhr.lighthouseVersion,
    chromeVersion: browserVersion || chromeVersionOf(lhr.environment.hostUserAgent ?? lhr.userAgent),
    formFactor: lhr.configSettings?.formFactor ?? '',
    warnings: [...(lhr.runWarnings ?? [])],
  };
}

/** Human form of a value: `1.23 s`, `340 ms`, `0.105`, `92`. */
export function formatMetric(id: MetricId, value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const { unit } = metricSpec(id);
  if (unit === 'score') return String(Math.round(value));
  if (unit === 'unitless') return value.toFixed(3);
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}
