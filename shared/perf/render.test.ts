import { describe, expect, it } from 'vitest';
import { gateFails } from './gate.js';
import { renderPerfComment, renderPerfSummary, statusContext } from './render.js';
import { type MetricResult, overallVerdict, PERF_REPORT_SCHEMA, type PerfReport } from './report.js';

const metric = (over: Partial<MetricResult>): MetricResult => ({
  key: 'p50',
  label: 'latency p50',
  unit: 'ms',
  better: 'lower',
  base: 10,
  head: 12,
  changePct: 20,
  lowerPct: 12.5,
  upperPct: 28,
  level: 0.99,
  verdict: 'regression',
  reason: 'worse by 20.0%',
  mdePct: 6.2,
  samples: 9,
  ...over,
});

function report(metrics: MetricResult[], over: Partial<PerfReport> = {}): PerfReport {
  return {
    schema: PERF_REPORT_SCHEMA,
    name: 'api',
    mode: 'ab',
    ...overallVerdict(metrics, []),
    threshold: 0.05,
    level: 0.95,
    metrics,
    limits: [],
    notes: [],
    ...over,
  };
}

describe('renderPerfSummary', () => {
  it('has one row per metric with base, head, change with interval, verdict and MDE', () => {
    const md = renderPerfSummary(report([metric({})]));
    expect(md).toContain('## perf-regression (api)');
    expect(md).toContain('| latency p50 | 10 ms | 12 ms | +20.0% [+12.5%, +28.0%] | 🔴 regression | 6.2% |');
  });

  it('shows figures precise enough to see the change they state', () => {
    // The A/A table that read "base 19.9 µs, head 19.9 µs, change −8.3%" now shows what the
    // change is computed from: head / base − 1.
    const md = renderPerfSummary(
      report(
        [
          metric({
            key: 'cpu',
            label: 'service CPU per request',
            unit: 'µs',
            base: 19.93,
            head: 19.87,
            changePct: -0.301,
            lowerPct: -2,
            upperPct: 1.5,
            verdict: 'no-change',
            reason: 'within ±5.0%',
          }),
        ],
        {
          rounds: { measured: 6, warmup: 1, durationSeconds: 30, looks: 1 },
        },
      ),
    );
    expect(md).toContain('| service CPU per request | 19.93 µs | 19.87 µs | -0.3% [-2.0%, +1.5%] |');
    expect(md).toContain('geometric means over the measured rounds; change = head / base − 1');
  });

  it('says which metrics are shown but not gated', () => {
    const md = renderPerfSummary(
      report([
        metric({ key: 'cpu', verdict: 'no-change', reason: 'within ±5.0%' }),
        metric({ gated: false }),
      ]),
    );
    expect(md).toContain('| not gated (🔴 regression) |');
    expect(md).toContain('**⚪ no-change**'.replace('no-change', 'no change'));
  });

  it('escapes user-controlled names and notes', () => {
    const md = renderPerfComment(
      report([metric({ label: 'BenchmarkX|<img src=x>' })], { name: '<b>x</b>', notes: ['*boom*'] }),
    );
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>x</b>');
    expect(md).not.toContain('|<img');
  });

  it('shows an unattainable interval as infinite', () => {
    const md = renderPerfSummary(
      report([
        metric({
          verdict: 'inconclusive',
          lowerPct: -Infinity,
          upperPct: Infinity,
          reason: 'too few rounds',
        }),
      ]),
    );
    expect(md).toContain('[−∞, +∞]');
  });
});

describe('gate', () => {
  it('fails on a regression or an exceeded limit, never in aa mode or when inconclusive', () => {
    expect(gateFails(report([metric({})]))).toBe(true);
    expect(gateFails(report([metric({})], { mode: 'aa' }))).toBe(false);
    expect(gateFails(report([metric({ verdict: 'inconclusive' })]))).toBe(false);
    expect(statusContext('')).toBe('shipshape/perf-regression');
  });
});
