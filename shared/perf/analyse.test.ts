import { describe, expect, it } from 'vitest';
import { fakeSide } from '../../test/support/perf-trials.js';
import { normalDraw, seededRandom } from '../stats/random.js';
import {
  type AnalysisOptions,
  analyseMetrics,
  calibrate,
  checkLimits,
  DEFAULT_SCHEDULE,
  type Round,
} from './analyse.js';
import { neighbourNote } from './load-run.js';
import { overallVerdict } from './report.js';

const options: AnalysisOptions = {
  metrics: ['p50', 'p90', 'p99', 'rps', 'cpu', 'rss'],
  threshold: 0.05,
  memoryThreshold: 0.2,
  level: 0.95,
  limits: { maxErrorRate: 0.1, maxNon2xxRate: 0.1, maxTimeouts: 0 },
  schedule: DEFAULT_SCHEDULE,
};

/** Rounds whose head is `factor` times slower, with multiplicative noise of `noise` (log sd). */
function rounds(count: number, factor: number, noise: number, seed = 1): Round[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => ({
    index,
    order: index % 2 === 0 ? 'base-first' : 'head-first',
    warmup: index === 0,
    base: fakeSide(Math.exp(noise * normalDraw(random))),
    head: fakeSide(factor * Math.exp(noise * normalDraw(random))),
  }));
}

describe('analyseMetrics', () => {
  it('finds a 20% slowdown in every latency metric, throughput and CPU, but not in memory', () => {
    const metrics = analyseMetrics(rounds(12, 1.2, 0.02), options, 1);
    const byKey = Object.fromEntries(metrics.map((m) => [m.key, m]));
    for (const key of ['p50', 'p90', 'p99', 'cpu']) {
      expect(byKey[key]?.verdict).toBe('regression');
      expect(byKey[key]?.changePct).toBeGreaterThan(15);
      expect(byKey[key]?.changePct).toBeLessThan(25);
    }
    // Throughput falls: a negative change that is still a regression.
    expect(byKey.rps?.verdict).toBe('regression');
    expect(byKey.rps?.changePct).toBeLessThan(-10);
    expect(byKey.rps?.upperPct).toBeLessThan(0);
    expect(byKey.rss?.verdict).toBe('no-change');
  });

  it('calls the same service against itself no change, never a regression', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const verdicts = analyseMetrics(rounds(12, 1, 0.02, seed), options, 1).map((m) => m.verdict);
      expect(verdicts).not.toContain('regression');
    }
  });

  it('reports an invalid measurement as inconclusive with the self-check reason', () => {
    const list = rounds(12, 3, 0.02);
    for (const r of list) r.head.throughput.clientCpuShare = 0.97;
    const rps = analyseMetrics(list, options, 1).find((m) => m.key === 'rps');
    expect(rps?.verdict).toBe('inconclusive');
    expect(rps?.reason).toMatch(/load generator used N% of its core/);
  });

  it('states the minimum detectable effect, larger for noisier runs', () => {
    const quiet = analyseMetrics(rounds(12, 1, 0.01), options, 1).find((m) => m.key === 'cpu');
    const noisy = analyseMetrics(rounds(12, 1, 0.1), options, 1).find((m) => m.key === 'cpu');
    expect(quiet?.mdePct).toBeGreaterThan(0);
    expect(noisy?.mdePct ?? 0).toBeGreaterThan(quiet?.mdePct ?? 0);
  });

  it('shows base and head as the geometric means the change is computed from', () => {
    // Drift: the machine slows down over the rounds, both sides alike; the head is 8% faster.
    const list = Array.from({ length: 9 }, (_, index) => ({
      index,
      order: index % 2 === 0 ? ('base-first' as const) : ('head-first' as const),
      warmup: index === 0,
      base: fakeSide(1 + index * 0.2),
      head: fakeSide((1 + index * 0.2) * 0.92),
    }));
    for (const m of analyseMetrics(list, options, 1)) {
      if (!Number.isFinite(m.changePct)) continue;
      expect((m.head / m.base - 1) * 100).toBeCloseTo(m.changePct, 8);
    }
    const cpu = analyseMetrics(list, options, 1).find((m) => m.key === 'cpu');
    expect(cpu?.changePct).toBeCloseTo(-8, 6);
  });

  it('marks the metrics outside `metrics` as not gated, listed after the gated ones', () => {
    const metrics = analyseMetrics(rounds(8, 1, 0.02), { ...options, metrics: ['cpu'] }, 1);
    expect(metrics.map((m) => [m.key, m.gated])).toEqual([
      ['cpu', true],
      ['p50', false],
      ['p90', false],
      ['p99', false],
      ['rps', false],
      ['rss', false],
    ]);
  });

  it('gives later looks a smaller share of the error, so their intervals are at a higher level', () => {
    const list = rounds(12, 1, 0.02);
    const first = analyseMetrics(list, { ...options, metrics: ['cpu'] }, 1)[0];
    const third = analyseMetrics(list, { ...options, metrics: ['cpu'] }, 3)[0];
    expect(first?.level).toBeCloseTo(1 - 0.05 / 2, 10);
    expect(third?.level).toBeCloseTo(1 - 0.05 / 12, 10);
  });
});

describe('checkLimits and overallVerdict', () => {
  it('fails on head errors above the limit even when the statistics see no change', () => {
    const list = rounds(10, 1, 0.01);
    for (const r of list) r.head.latency.unexpectedStatus = 50;
    const limits = checkLimits(list, options.limits);
    const non2xx = limits.find((l) => l.key === 'non2xx-rate');
    expect(non2xx?.exceeded).toBe(true);
    const measured = list.slice(1);
    const responses = measured.reduce(
      (a, r) => a + r.head.latency.responses + r.head.throughput.responses,
      0,
    );
    expect(non2xx?.head).toBeCloseTo(((50 * measured.length) / responses) * 100, 2);
    expect(non2xx?.base).toBe(0);
    const overall = overallVerdict(analyseMetrics(list, options, 1), limits);
    expect(overall.verdict).toBe('failed');
    expect(overall.reason).toContain('unexpected status rate');
  });

  it('ignores errors of the warm-up round', () => {
    const list = rounds(10, 1, 0.01);
    (list[0] as Round).head.latency.timeouts = 5;
    expect(checkLimits(list, options.limits).some((l) => l.exceeded)).toBe(false);
  });
});

describe('calibrate', () => {
  it('reports the noise floor and a small false-alarm rate for quiet A/A rounds', () => {
    const list = rounds(12, 1, 0.03);
    const cal = calibrate(list, options, 3, 200);
    expect(cal.noisePct.cpu).toBeGreaterThan(1);
    expect(cal.noisePct.cpu).toBeLessThan(8);
    expect(cal.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});

describe('neighbourNote', () => {
  it('speaks up only when other processes kept a quarter core or more busy', () => {
    const list = rounds(5, 1, 0.01);
    expect(neighbourNote(list)).toBeUndefined();
    for (const r of list) {
      for (const t of [r.base.latency, r.base.throughput, r.head.latency]) t.otherCpuShare = 0;
      r.head.throughput.otherCpuShare = 2;
    }
    expect(neighbourNote(list)).toBe(
      'Other processes kept 50% of a core busy on average during the trials (at most 200%): a busy machine widens the intervals.',
    );
  });
});
