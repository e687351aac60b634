// The exporters against the real systems: Prometheus's remote-write receiver and a Pushgateway
// scraped by Prometheus (both from Debian), queried back with PromQL; OTLP decoded with the
// official OpenTelemetry protobuf definitions on a loopback receiver.
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverSamples } from '../../shared/export/deliver.js';
import { completeSamples, sample } from '../../shared/export/samples.js';
import { recordingLogger } from '../../shared/runtime/logger.js';
import {
  HAVE_PROMETHEUS,
  query,
  type RunningServer,
  startPrometheus,
  startPushgateway,
  until,
} from './prometheus-servers.js';

const run = { repo: 'acme/shop', branch: 'main' };
// Whole milliseconds a few seconds ago: Prometheus keeps ms, and a sample in the future is refused.
const at = Math.floor(Date.now() / 1000) * 1000 - 5000;

function figures() {
  return completeSamples(
    [
      sample('shipshape_coverage_ratio', 0.8347, { name: 'web', metric: 'lines' }),
      sample('shipshape_coverage_ratio', 0.612, { name: 'web', metric: 'branches' }),
      sample('shipshape_gate_passed', 1, { action: 'coverage-gate', name: 'web' }),
      sample('shipshape_check_up', 0, { environment: 'production', check: 'api /health' }),
      sample('shipshape_check_latency_seconds', 0.25, { environment: 'production', check: 'api /health' }),
    ],
    run,
    at,
  );
}

// On CI the packages are installed by .ci/run, so a missing binary fails there instead of skipping.
describe.skipIf(!HAVE_PROMETHEUS && !process.env.CI)(
  'metrics export to real Prometheus and Pushgateway',
  () => {
    let pushgateway: RunningServer;
    let prometheus: RunningServer;

    beforeAll(async () => {
      pushgateway = await startPushgateway();
      prometheus = await startPrometheus(pushgateway.url);
    }, 120_000);
    afterAll(async () => {
      await prometheus?.stop();
      await pushgateway?.stop();
    });

    it('remote write: exact values, labels and the run timestamp come back through PromQL', async () => {
      const log = recordingLogger();
      const results = await deliverSamples(
        figures(),
        { remoteWrite: new URL(`${prometheus.url}/api/v1/write`), headers: {} },
        {
          action: 'coverage-gate',
          group: { repo: run.repo, action: 'coverage-gate', name: 'web' },
          log,
        },
      );
      expect(results).toEqual([{ target: 'remote write', ok: true, samples: 5 }]);

      const lines = await until('the remote-written sample', async () => {
        const found = await query(prometheus.url, 'shipshape_coverage_ratio{metric="lines"}');
        return found.length > 0 ? found : undefined;
      });
      expect(lines).toHaveLength(1);
      expect(lines[0]?.metric).toEqual({
        __name__: 'shipshape_coverage_ratio',
        repo: 'acme/shop',
        branch: 'main',
        name: 'web',
        metric: 'lines',
      });
      expect(Number(lines[0]?.value[1])).toBe(0.8347);
      const stamp = await query(prometheus.url, 'timestamp(shipshape_coverage_ratio{metric="branches"})');
      expect(Number(stamp[0]?.value[1])).toBe(at / 1000);
      const down = await query(prometheus.url, 'shipshape_check_up{check="api /health"}');
      expect(down.map((s) => [s.metric.environment, Number(s.value[1])])).toEqual([['production', 0]]);
    });

    it('Pushgateway: the group is replaced per run and Prometheus scrapes the figures with their labels', async () => {
      const log = recordingLogger();
      const group = { repo: run.repo, action: 'deploy-smoke-health', name: 'uptime' };
      const push = (up: number) =>
        deliverSamples(
          completeSamples(
            [sample('shipshape_check_up', up, { environment: 'staging', check: 'web /' })],
            run,
            at,
          ),
          { pushgateway: new URL(pushgateway.url), headers: {} },
          { action: 'deploy-smoke-health', group, log },
        );
      expect(await push(0)).toEqual([{ target: 'Pushgateway', ok: true, samples: 1 }]);
      expect(await push(1)).toEqual([{ target: 'Pushgateway', ok: true, samples: 1 }]);

      const scraped = await until('the pushed sample in Prometheus', async () => {
        const found = await query(prometheus.url, 'shipshape_check_up{environment="staging"}');
        return found.length > 0 && found[0]?.value[1] === '1' ? found : undefined;
      });
      expect(scraped, JSON.stringify(scraped)).toHaveLength(1);
      expect(scraped[0]?.metric).toMatchObject({
        __name__: 'shipshape_check_up',
        job: 'shipshape',
        repo: 'acme/shop',
        branch: 'main',
        action: 'deploy-smoke-health',
        name: 'uptime',
        environment: 'staging',
        check: 'web /',
      });
    });
  },
);

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

async function receiver(
  answer: (n: number) => number,
): Promise<{ url: string; got: Received[]; server: Server }> {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(answer(got.length), { 'content-type': 'application/x-protobuf' });
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, got, server };
}

describe('metrics export over OTLP/HTTP', () => {
  const require = createRequire(import.meta.url);
  // The protobuf definitions generated from opentelemetry-proto, as the OpenTelemetry JS project published them.
  const { opentelemetry } = require('otlp-proto-decoder/build/src/generated/root.js');
  const Request = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;

  it('sends gauges with the run timestamp, labels as attributes and the credentials header', async () => {
    const sink = await receiver(() => 200);
    try {
      const results = await deliverSamples(
        figures(),
        { otlp: new URL(`${sink.url}/v1/metrics`), headers: { Authorization: 'Bearer otlp-secret' } },
        { action: 'coverage-gate', group: {}, log: recordingLogger() },
      );
      expect(results).toEqual([{ target: 'OTLP', ok: true, samples: 5 }]);
      expect(sink.got).toHaveLength(1);
      const request = sink.got[0] as Received;
      expect(request.path).toBe('/v1/metrics');
      expect(request.headers['content-type']).toBe('application/x-protobuf');
      expect(request.headers.authorization).toBe('Bearer otlp-secret');
      const decoded = Request.toObject(Request.decode(request.body), { longs: String });
      const resource = decoded.resourceMetrics[0];
      const attrs = (list: { key: string; value: { stringValue: string } }[]) =>
        Object.fromEntries(list.map((a) => [a.key, a.value.stringValue]));
      expect(attrs(resource.resource.attributes)).toMatchObject({
        'service.name': 'shipshape',
        'shipshape.action': 'coverage-gate',
      });
      const metrics = resource.scopeMetrics[0].metrics;
      const coverage = metrics.find((m: { name: string }) => m.name === 'shipshape_coverage_ratio');
      expect(coverage.unit).toBe('1');
      const points = coverage.gauge.dataPoints.map(
        (p: { attributes: never[]; asDouble: number; timeUnixNano: string }) => ({
          labels: attrs(p.attributes),
          value: p.asDouble,
          time: p.timeUnixNano,
        }),
      );
      expect(points).toEqual([
        {
          labels: { repo: 'acme/shop', branch: 'main', name: 'web', metric: 'lines' },
          value: 0.8347,
          time: `${at}000000`,
        },
        {
          labels: { repo: 'acme/shop', branch: 'main', name: 'web', metric: 'branches' },
          value: 0.612,
          time: `${at}000000`,
        },
      ]);
      const latency = metrics.find((m: { name: string }) => m.name === 'shipshape_check_latency_seconds');
      expect(latency.unit).toBe('s');
    } finally {
      sink.server.close();
    }
  });

  it('a backend that keeps failing ends in a warning, never an exception', async () => {
    const sink = await receiver(() => 400);
    const log = recordingLogger();
    try {
      const results = await deliverSamples(
        figures(),
        { remoteWrite: new URL(`${sink.url}/api/v1/write?token=hidden`), headers: {} },
        { action: 'coverage-gate', group: {}, log, backoffMs: 1 },
      );
      expect(results).toEqual([{ target: 'remote write', ok: false, samples: 5, message: 'HTTP 400' }]);
      // A 400 is not retried; the URL is named without its query.
      expect(sink.got).toHaveLength(1);
      expect(log.lines.join('\n')).toContain(`remote write to ${sink.url}/api/v1/write failed`);
      expect(log.lines.join('\n')).not.toContain('hidden');
    } finally {
      sink.server.close();
    }
  });

  it('retries 503 with backoff until the backend answers', async () => {
    const sink = await receiver((n) => (n < 3 ? 503 : 204));
    try {
      const results = await deliverSamples(
        figures(),
        { remoteWrite: new URL(`${sink.url}/api/v1/write`), headers: {} },
        { action: 'coverage-gate', group: {}, log: recordingLogger(), backoffMs: 1 },
      );
      expect(results[0]?.ok).toBe(true);
      expect(sink.got).toHaveLength(3);
      expect(sink.got[0]?.headers['content-encoding']).toBe('snappy');
    } finally {
      sink.server.close();
    }
  });
});
