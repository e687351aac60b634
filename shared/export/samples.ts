// Samples as the exporters take them: checked against the catalog, labels complete and ordered.
import type { MetricSample } from '../runtime/shell.js';
import { definitionOf, labelNames, type MetricName } from './catalog.js';

export interface RunLabels {
  repo: string;
  branch: string;
}

/** One sample of a catalogued metric; throws (a defect) on an unknown metric or a missing label. */
export function sample(
  name: MetricName,
  value: number,
  labels: Record<string, string>,
  timestamp?: number,
): MetricSample {
  return { name, value, labels, ...(timestamp !== undefined ? { timestamp } : {}) };
}

/** Adds the run's own labels and checks every sample against the catalog. */
export function completeSamples(
  samples: readonly MetricSample[],
  run: RunLabels,
  now: number,
): MetricSample[] {
  return samples
    .filter((s) => Number.isFinite(s.value))
    .map((s) => {
      if (!definitionOf(s.name)) throw new Error(`metric '${s.name}' is not in shared/export/catalog.ts`);
      const labels: Record<string, string> = {};
      for (const label of labelNames(s.name as MetricName)) {
        const value = label === 'repo' ? run.repo : label === 'branch' ? run.branch : s.labels[label];
        if (value === undefined) throw new Error(`metric '${s.name}' is missing label '${label}'`);
        labels[label] = value;
      }
      for (const label of Object.keys(s.labels)) {
        if (!(label in labels))
          throw new Error(`metric '${s.name}' has label '${label}' the catalog does not list`);
      }
      return { name: s.name, value: s.value, labels, timestamp: s.timestamp ?? now };
    });
}

const pctToRatio = (pct: number | null | undefined) => (typeof pct === 'number' ? pct / 100 : Number.NaN);

/** coverage-gate: each metric in percent as the report shows it, plus the headline and the verdict. */
export function coverageSamples(o: {
  name: string;
  percents: Partial<
    Record<'lines' | 'branches' | 'functions' | 'statements' | 'patch' | 'headline', number | null>
  >;
  passed: boolean;
}): MetricSample[] {
  const out = Object.entries(o.percents).map(([metric, pct]) =>
    sample('shipshape_coverage_ratio', pctToRatio(pct), { name: o.name, metric }),
  );
  out.push(sample('shipshape_gate_passed', o.passed ? 1 : 0, { action: 'coverage-gate', name: o.name }));
  return out.filter((s) => Number.isFinite(s.value));
}

/** perf-regression: the relative change of each gated metric (0.05 = +5%) with its verdict. */
export function perfSamples(o: {
  name: string;
  metrics: { metric: string; change: number | null | undefined; verdict: string }[];
  regression: boolean;
  passed: boolean;
}): MetricSample[] {
  return [
    ...o.metrics
      .filter((m) => typeof m.change === 'number' && Number.isFinite(m.change))
      .map((m) =>
        sample('shipshape_perf_change_ratio', m.change as number, {
          name: o.name,
          metric: m.metric,
          verdict: m.verdict,
        }),
      ),
    sample('shipshape_perf_regression', o.regression ? 1 : 0, { name: o.name }),
    sample('shipshape_gate_passed', o.passed ? 1 : 0, { action: 'perf-regression', name: o.name }),
  ];
}

/** lighthouse-vitals: one page on one form factor; times in ms as Lighthouse reports them, scores 0–100. */
export function vitalsSamples(o: {
  url: string;
  formFactor: string;
  lcpMs?: number | null;
  fcpMs?: number | null;
  tbtMs?: number | null;
  cls?: number | null;
  scores?: Record<string, number | null | undefined>;
}): MetricSample[] {
  const labels = { url: o.url, form_factor: o.formFactor };
  const seconds = (ms: number | null | undefined) => (typeof ms === 'number' ? ms / 1000 : Number.NaN);
  return [
    sample('shipshape_vitals_lcp_seconds', seconds(o.lcpMs), labels),
    sample('shipshape_vitals_fcp_seconds', seconds(o.fcpMs), labels),
    sample('shipshape_vitals_tbt_seconds', seconds(o.tbtMs), labels),
    sample('shipshape_vitals_cls', typeof o.cls === 'number' ? o.cls : Number.NaN, labels),
    ...Object.entries(o.scores ?? {}).map(([category, score]) =>
      sample('shipshape_vitals_score_ratio', pctToRatio(score), { ...labels, category }),
    ),
  ].filter((s) => Number.isFinite(s.value));
}

/** deploy-smoke-health: one check's state; degraded counts as up. */
export function checkSamples(o: {
  environment: string;
  check: string;
  state: 'up' | 'degraded' | 'down' | string;
  latencyMs?: number | null;
  certificateExpiresAt?: Date | null;
  now: number;
}): MetricSample[] {
  const labels = { environment: o.environment, check: o.check };
  const out = [sample('shipshape_check_up', o.state === 'down' ? 0 : 1, labels)];
  if (typeof o.latencyMs === 'number')
    out.push(sample('shipshape_check_latency_seconds', o.latencyMs / 1000, labels));
  if (o.certificateExpiresAt) {
    out.push(
      sample(
        'shipshape_check_certificate_expiry_seconds',
        (o.certificateExpiresAt.getTime() - o.now) / 1000,
        labels,
      ),
    );
  }
  return out;
}
