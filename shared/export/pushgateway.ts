// The Pushgateway: the text exposition format (written by prom-client) PUT under a grouping key, so
// a run replaces the previous run's figures of the same repository, action and name. The
// Pushgateway refuses samples with timestamps; Prometheus stamps them when it scrapes.
import { Gauge, Registry } from 'prom-client';
import type { MetricSample } from '../runtime/shell.js';
import { definitionOf } from './catalog.js';

export async function encodeExposition(samples: readonly MetricSample[]): Promise<string> {
  const registry = new Registry();
  const gauges = new Map<string, Gauge>();
  for (const s of samples) {
    let gauge = gauges.get(s.name);
    if (!gauge) {
      gauge = new Gauge({
        name: s.name,
        help: definitionOf(s.name)?.help ?? s.name,
        labelNames: Object.keys(s.labels),
        registers: [registry],
      });
      gauges.set(s.name, gauge);
    }
    gauge.set(s.labels, s.value);
  }
  return registry.metrics();
}

/** `/metrics/job/shipshape/<key>@base64/<value>…`: base64 lets values hold slashes (owner/repo). */
export function groupingPath(group: Record<string, string>): string {
  const parts = ['metrics', 'job', 'shipshape'];
  for (const [key, value] of Object.entries(group)) {
    parts.push(`${key}@base64`, Buffer.from(value || '=', 'utf8').toString('base64url') || '=');
  }
  return `/${parts.join('/')}`;
}
