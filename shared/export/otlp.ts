// OTLP/HTTP through the official OpenTelemetry exporter (protobuf), as the Collector, Datadog,
// Honeycomb and New Relic accept it. Samples become gauge data points stamped with the run's time.
import { ValueType } from '@opentelemetry/api';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AggregationTemporality,
  DataPointType,
  type GaugeMetricData,
  type ResourceMetrics,
} from '@opentelemetry/sdk-metrics';
import type { MetricSample } from '../runtime/shell.js';
import { definitionOf } from './catalog.js';

const UNITS: Record<string, string> = {
  seconds: 's',
  ratio: '1',
  bytes: 'By',
  score: '1',
  boolean: '1',
  count: '1',
};

function hrTime(ms: number): [number, number] {
  return [Math.floor(ms / 1000), (ms % 1000) * 1e6];
}

export function toResourceMetrics(samples: readonly MetricSample[], action: string): ResourceMetrics {
  const byName = new Map<string, MetricSample[]>();
  for (const s of samples) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const metrics: GaugeMetricData[] = [...byName.entries()].map(([name, list]) => ({
    descriptor: {
      name,
      description: definitionOf(name)?.help ?? '',
      unit: UNITS[definitionOf(name)?.unit ?? ''] ?? '1',
      valueType: ValueType.DOUBLE,
    },
    aggregationTemporality: AggregationTemporality.CUMULATIVE,
    dataPointType: DataPointType.GAUGE,
    dataPoints: list.map((s) => ({
      startTime: hrTime(s.timestamp ?? Date.now()),
      endTime: hrTime(s.timestamp ?? Date.now()),
      attributes: s.labels,
      value: s.value,
    })),
  }));
  return {
    resource: resourceFromAttributes({ 'service.name': 'shipshape', 'shipshape.action': action }),
    scopeMetrics: [{ scope: { name: 'shipshape' }, metrics }],
  };
}

/** Sends once; resolves with undefined on success or the exporter's error message. */
export async function sendOtlp(
  url: string,
  headers: Record<string, string>,
  data: ResourceMetrics,
  timeoutMs: number,
): Promise<string | undefined> {
  const exporter = new OTLPMetricExporter({ url, headers, timeoutMillis: timeoutMs });
  try {
    return await new Promise<string | undefined>((resolve) => {
      exporter.export(data, (result) =>
        resolve(result.code === 0 ? undefined : (result.error?.message ?? 'export failed')),
      );
    });
  } finally {
    await exporter.shutdown().catch(() => {});
  }
}
