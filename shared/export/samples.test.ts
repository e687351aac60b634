import { describe, expect, it } from 'vitest';
import {
  checkSamples,
  completeSamples,
  coverageSamples,
  perfSamples,
  sample,
  vitalsSamples,
} from './samples.js';

describe('metric samples', () => {
  it('turns percentages into ratios and drops figures a report does not have', () => {
    const s = coverageSamples({
      name: 'web',
      percents: { lines: 83.47, branches: null, headline: 83.47 },
      passed: true,
    });
    expect(s.map((x) => [x.name, x.labels.metric ?? x.labels.action, x.value])).toEqual([
      ['shipshape_coverage_ratio', 'lines', 0.8347],
      ['shipshape_coverage_ratio', 'headline', 0.8347],
      ['shipshape_gate_passed', 'coverage-gate', 1],
    ]);
  });

  it('vitals in base units, scores as ratios', () => {
    const s = vitalsSamples({
      url: '/',
      formFactor: 'mobile',
      lcpMs: 1250,
      cls: 0.02,
      tbtMs: null,
      scores: { performance: 97 },
    });
    expect(Object.fromEntries(s.map((x) => [x.labels.category ?? x.name, x.value]))).toEqual({
      shipshape_vitals_lcp_seconds: 1.25,
      shipshape_vitals_cls: 0.02,
      performance: 0.97,
    });
  });

  it('checks: degraded is up, certificate expiry in seconds from now', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    const s = checkSamples({
      environment: 'production',
      check: 'api /health',
      state: 'degraded',
      latencyMs: 420,
      certificateExpiresAt: new Date(now + 86_400_000),
      now,
    });
    expect(s.map((x) => x.value)).toEqual([1, 0.42, 86_400]);
  });

  it('perf: only finite changes, with the regression flag and the gate', () => {
    const s = perfSamples({
      name: 'api',
      metrics: [
        { metric: 'cpu', change: 0.12, verdict: 'regression' },
        { metric: 'p99', change: null, verdict: 'inconclusive' },
      ],
      regression: true,
      passed: false,
    });
    expect(s.map((x) => [x.name, x.value])).toEqual([
      ['shipshape_perf_change_ratio', 0.12],
      ['shipshape_perf_regression', 1],
      ['shipshape_gate_passed', 0],
    ]);
  });

  it('completes the run labels and refuses what the catalog does not define', () => {
    const run = { repo: 'acme/shop', branch: 'main' };
    expect(completeSamples([sample('shipshape_perf_regression', 0, { name: 'api' })], run, 5)).toEqual([
      {
        name: 'shipshape_perf_regression',
        value: 0,
        labels: { repo: 'acme/shop', branch: 'main', name: 'api' },
        timestamp: 5,
      },
    ]);
    expect(() => completeSamples([{ name: 'shipshape_made_up', value: 1, labels: {} }], run, 5)).toThrow(
      /not in/,
    );
    expect(() =>
      completeSamples([{ name: 'shipshape_perf_regression', value: 1, labels: {} }], run, 5),
    ).toThrow(/missing label 'name'/);
    expect(() =>
      completeSamples(
        [{ name: 'shipshape_perf_regression', value: 1, labels: { name: 'a', sha: 'x' } }],
        run,
        5,
      ),
    ).toThrow(/label 'sha'/);
  });
});
