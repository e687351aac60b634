// Prometheus remote write 1.0: a snappy-compressed protobuf WriteRequest (prompb), as Grafana
// Cloud, Mimir, Thanos, VictoriaMetrics and Prometheus's own receiver accept it.
import protobuf from 'protobufjs';
import snappy from 'snappyjs';
import type { MetricSample } from '../runtime/shell.js';
import { definitionOf } from './catalog.js';

// The subset of prometheus/prompb/{remote,types}.proto that a writer fills in.
const root = protobuf.Root.fromJSON({
  nested: {
    prometheus: {
      nested: {
        WriteRequest: {
          fields: {
            timeseries: { rule: 'repeated', type: 'TimeSeries', id: 1 },
            metadata: { rule: 'repeated', type: 'MetricMetadata', id: 3 },
          },
        },
        TimeSeries: {
          fields: {
            labels: { rule: 'repeated', type: 'Label', id: 1 },
            samples: { rule: 'repeated', type: 'Sample', id: 2 },
          },
        },
        Label: { fields: { name: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } } },
        Sample: { fields: { value: { type: 'double', id: 1 }, timestamp: { type: 'int64', id: 2 } } },
        MetricMetadata: {
          fields: {
            type: { type: 'MetricType', id: 1 },
            metricFamilyName: { type: 'string', id: 2 },
            help: { type: 'string', id: 4 },
            unit: { type: 'string', id: 5 },
          },
        },
        MetricType: { values: { UNKNOWN: 0, COUNTER: 1, GAUGE: 2 } },
      },
    },
  },
});
export const WriteRequest = root.lookupType('prometheus.WriteRequest');

/** The request body and headers of one remote-write push. */
export function encodeRemoteWrite(samples: readonly MetricSample[]): {
  body: Uint8Array;
  headers: Record<string, string>;
} {
  const timeseries = samples.map((s) => ({
    // Receivers require labels sorted by name, __name__ among them.
    labels: [
      { name: '__name__', value: s.name },
      ...Object.entries(s.labels).map(([name, value]) => ({ name, value })),
    ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    samples: [{ value: s.value, timestamp: s.timestamp ?? Date.now() }],
  }));
  const names = [...new Set(samples.map((s) => s.name))];
  const metadata = names.map((name) => ({
    type: 2,
    metricFamilyName: name,
    help: definitionOf(name)?.help ?? '',
    unit: definitionOf(name)?.unit ?? '',
  }));
  const message = WriteRequest.fromObject({ timeseries, metadata });
  const body = snappy.compress(WriteRequest.encode(message).finish()) as Uint8Array;
  return {
    body,
    headers: {
      'Content-Type': 'application/x-protobuf',
      'Content-Encoding': 'snappy',
      'X-Prometheus-Remote-Write-Version': '0.1.0',
      'User-Agent': 'shipshape',
    },
  };
}
