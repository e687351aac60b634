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
