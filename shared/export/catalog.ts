// The one table of every metric shipshape exports: its name, unit, help text and labels. The
// exporters, docs/metrics.md and the Grafana dashboard are all made from it, so a figure cannot
// leave shipshape without a name and a unit. Names follow Prometheus conventions: base units
// (seconds, ratios 0–1), the unit as suffix, `_total` only for counters.

export type MetricUnit = 'ratio' | 'seconds' | 'bytes' | 'score' | 'boolean' | 'count';

export interface MetricDefinition {
  help: string;
  unit: MetricUnit;
  /** Labels besides the common ones (COMMON_LABELS), in order. */
  labels: readonly string[];
  /** Which action emits it. */
  action:
    | 'coverage-gate'
    | 'coverage-comment'
    | 'perf-regression'
    | 'lighthouse-vitals'
    | 'deploy-smoke-health'
    | 'any';
}

/** Every sample carries these: where the run happened. */
export const COMMON_LABELS = ['repo', 'branch'] as const;

export const METRICS = {
  shipshape_gate_passed: {
    help: 'Whether the gate of the run passed (1) or failed (0).',
    unit: 'boolean',
    labels: ['action', 'name'],
    action: 'any',
  },
  shipshape_coverage_ratio: {
    help: 'Coverage of one metric (lines, branches, functions, statements, patch, or headline: the figure the producing tool prints).',
    unit: 'ratio',
    labels: ['name', 'metric'],
    action: 'coverage-gate',
  },
  shipshape_perf_change_ratio: {
    help: 'Relative change of head against base (0.05 = 5% higher), the point estimate the verdict is computed from.',
    unit: 'ratio',
    labels: ['name', 'metric', 'verdict'],
    action: 'perf-regression',
  },
  shipshape_perf_regression: {
    help: 'Whether the comparison found a regression (1) or not (0).',
    unit: 'boolean',
    labels: ['name'],
    action: 'perf-regression',
  },
  shipshape_vitals_lcp_seconds: {
    help: 'Largest Contentful Paint of the median Lighthouse run.',
    unit: 'seconds',
    labels: ['url', 'form_factor'],
    action: 'lighthouse-vitals',
  },
  shipshape_vitals_fcp_seconds: {
    help: 'First Contentful Paint of the median Lighthouse run.',
    unit: 'seconds',
    labels: ['url', 'form_factor'],
    action: 'lighthouse-vitals',
  },
  shipshape_vitals_tbt_seconds: {
    help: 'Total Blocking Time (the lab stand-in for INP) of the median Lighthouse run.',
    unit: 'seconds',
    labels: ['url', 'form_factor'],
    action: 'lighthouse-vitals',
  },
  shipshape_vitals_cls: {
    help: 'Cumulative Layout Shift of the median Lighthouse run (unitless score).',
    unit: 'score',
    labels: ['url', 'form_factor'],
    action: 'lighthouse-vitals',
  },
  shipshape_vitals_score_ratio: {
    help: 'Lighthouse category score of the median run (performance, accessibility, best-practices, seo) as 0–1.',
    unit: 'ratio',
    labels: ['url', 'form_factor', 'category'],
    action: 'lighthouse-vitals',
  },
  shipshape_check_up: {
    help: 'Whether the check was up (1) or down (0); degraded counts as up.',
    unit: 'boolean',
    labels: ['environment', 'check'],
    action: 'deploy-smoke-health',
  },
  shipshape_check_latency_seconds: {
    help: 'Response time of the check (the slowest attempt that counted).',
    unit: 'seconds',
    labels: ['environment', 'check'],
    action: 'deploy-smoke-health',
  },
  shipshape_check_certificate_expiry_seconds: {
    help: 'Seconds until the TLS certificate of a domain check expires.',
    unit: 'seconds',
    labels: ['environment', 'check'],
    action: 'deploy-smoke-health',
  },
} as const satisfies Record<string, MetricDefinition>;

export type MetricName = keyof typeof METRICS;

export function definitionOf(name: string): MetricDefinition | undefined {
  return (METRICS as Record<string, MetricDefinition>)[name];
}

/** The label names a sample of `name` carries, common ones first. */
export function labelNames(name: MetricName): string[] {
  return [...COMMON_LABELS, ...METRICS[name].labels];
}
