import { describe, expect, it } from 'vitest';
import { fakeTrial } from '../../test/support/perf-trials.js';
import { normalDraw, seededRandom } from '../stats/random.js';
import { type AnalysisOptions, DEFAULT_SCHEDULE } from './analyse.js';
import { runComparison } from './compare.js';

const analysis: AnalysisOptions = {
  metrics: ['cpu'],
  threshold: 0.05,
  memoryThreshold: 0.2,
  level: 0.95,
  limits: { maxErrorRate: 0.1, maxNon2xxRate: 0.1, maxTimeouts: 0 },
  schedule: DEFAULT_SCHEDULE,
};

/** A fake clock that advances one second per trial. */
function clock() {
  let t = 0;
  return { now: () => t, tick: () => (t += 1000) };
}

describe('runComparison', () => {
  it('alternates the order A B B A, measures the base capacity first and loads latency trials at its share', async () => {
    const calls: string[] = [];
    const c = clock();
    const result = await runComparison({
      maxDurationMs: 1e9,
      rateShare: 0.5,
      analysis,
      now: c.now,
      measure: async (side, kind, rate, round) => {
        c.tick();
        calls.push(`${round}:${side}:${kind}:${rate ?? ''}`);
        return fakeTrial(kind, side === 'head' ? 2 : 1);
      },
    });
    expect(calls.slice(0, 8)).toEqual([
      '0:base:throughput:',
      '0:head:throughput:',
      '0:head:latency:500',
      '0:base:latency:500',
      '1:head:throughput:',
      '1:base:throughput:',
      '1:base:latency:500',
      '1:head:latency:500',
    ]);
    expect(result.rounds.map((r) => r.order).slice(0, 4)).toEqual([
      'base-first',
      'head-first',
      'base-first',
      'head-first',
    ]);
    expect(result.latencyRate).toBe(500);
    expect(result.rounds[0]?.warmup).toBe(true);
  });

  it('stops at the first look once the gated metric is decided', async () => {
    const result = await runComparison({
      maxDurationMs: 1e9,
      rateShare: 0.5,
      analysis,
      measure: async (side, kind) => fakeTrial(kind, side === 'head' ? 2 : 1),
    });
    // Warm-up + the 6 rounds of the first look.
    expect(result.rounds).toHaveLength(7);
    expect(result.looks).toBe(1);
    expect(result.metrics.find((m) => m.key === 'cpu')?.verdict).toBe('regression');
    expect(result.stopReason).toBe('every gated metric was decided at look 1 (6 measured rounds)');
  });

  it('takes looks two rounds apart while undecided, until the next look would pass max-duration', async () => {
    const c = clock();
    const random = seededRandom(5);
    const result = await runComparison({
      maxDurationMs: 120_000,
      rateShare: 0.5,
      analysis,
      now: c.now,
      measure: async (side, kind) => {
        c.tick();
        // 6% noise per trial and a true change of 0: too wide for ±5% at the first look.
        return fakeTrial(kind, side === 'head' ? Math.exp(0.06 * normalDraw(random)) : 1);
      },
    });
    // 4 trials (4 s) per round: 7 rounds = 28 s at the first look, then 2 rounds (8 s) per look.
    expect(result.looks).toBeGreaterThan(1);
    expect(result.rounds.length).toBe(7 + 2 * (result.looks - 1));
    expect(result.durationSeconds).toBeLessThanOrEqual(120);
    expect(result.stopReason).toMatch(/decided at look|next look would pass max-duration/);
  });

  it('keeps a gated metric decided at an earlier look instead of re-deciding it later', async () => {
    let n = 0;
    const result = await runComparison({
      maxDurationMs: 1e9,
      rateShare: 0.5,
      analysis: { ...analysis, metrics: ['cpu', 'p50'] },
      measure: async (side, kind) => {
        n++;
        // CPU is 2x on the head from the start; p50 wobbles so that it takes several looks.
        const trial = fakeTrial(kind, side === 'head' ? 2 : 1);
        return kind === 'latency' ? { ...trial, p50: side === 'head' ? 10 + (n % 3) : 10 } : trial;
      },
    });
    const cpu = result.metrics.find((m) => m.key === 'cpu');
    expect(cpu?.verdict).toBe('regression');
    expect(cpu?.look).toBe(1);
  });

  it('stops taking looks when the noise could not settle within the budget', async () => {
    const c = clock();
    let n = 0;
    const result = await runComparison({
      maxDurationMs: 60_000,
      rateShare: 0.5,
      analysis,
      now: c.now,
      measure: async (side, kind) => {
        c.tick();
        n++;
        // ±300% noise: the interval is far too wide for ±5% within a minute.
        return fakeTrial(kind, side === 'head' ? (n % 4 < 2 ? 4 : 0.25) : 1);
      },
    });
    expect(result.rounds.length).toBe(7);
    expect(result.stopReason).toMatch(
      /service CPU per request would need (about \d+|more than any budget of) rounds to settle, max-duration allows about 14/,
    );
  });

  it('stops early once the head exceeds a hard limit', async () => {
    const result = await runComparison({
      maxDurationMs: 1e9,
      rateShare: 0.5,
      analysis,
      measure: async (side, kind) => fakeTrial(kind, 1, side === 'head' ? { unexpectedStatus: 100 } : {}),
    });
    expect(result.rounds.length).toBe(2);
    expect(result.stopReason).toMatch(/hard limit/);
  });
});
