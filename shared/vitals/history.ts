// Vitals as history records (kind 'vitals', one series per instance, preset and page), and what a
// pull request compares against. The dashboard reads these records: metric ids stay stable.
import type { HistoryRecord } from '../history/record.js';
import { METRIC_IDS, type Metrics } from './metrics.js';
import type { UrlResult } from './report.js';

export const HISTORY_KIND = 'vitals';

/**
 * One history series per instance, preset and page: `<name or default> <preset> <key>`, where the
 * key is the page's path for pages served on loopback (seriesKey), so a new port is no new series.
 */
export function historyName(name: string, preset: string, key: string): string {
  return `${name || 'default'} ${preset} ${key}`;
}

/** Metrics and the provenance a later comparison and the dashboard need (versions are compared, not gated). */
export function recordFields(
  u: UrlResult,
  instance: string,
): {
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
      instance: instance || 'default',
      preset: u.preset,
      page: u.key,
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
