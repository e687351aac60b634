// Vitals as history records (kind 'vitals', one per URL), and what a PR compares against.
import type { HistoryRecord } from '../history/record.js';
import { METRIC_IDS, type Metrics } from './metrics.js';
import type { UrlResult } from './report.js';

export const HISTORY_KIND = 'vitals';

/** One history series per instance, preset and page. */
export function historyName(name: string, preset: string, key: string): string {
  return `${name || 'default'} ${preset} ${key}`;
}

/** Metrics and the provenance a later comparison needs (versions are compared, not gated). */
export function recordFields(u: UrlResult): {
  metrics: Record<string, number>;
  meta: Record<string, string | number>;
} {
  const metrics: Record<string, number> = {};
  for (const id of METRIC_IDS) {
    const v = u.median[id];
    if (v !== undefined && Number.isFinite(v)) metrics[id] = v;
  }
  return {
    metrics,
    meta: {
      url: u.url,
      lighthouseVersion: u.lighthouseVersion,
      chromeVersion: u.chromeVersion,
      benchmarkIndex: u.benchmarkIndex ?? 0,
      runs: u.runs.length,
    },
  };
}

export function metricsOf(record: HistoryRecord): Metrics {
  const out: Metrics = {};
  for (const id of METRIC_IDS) {
    const v = record.metrics[id];
    if (typeof v === 'number') out[id] = v;
  }
  return out;
}
