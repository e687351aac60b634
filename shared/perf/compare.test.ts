import { describe, expect, it } from 'vitest';
import { normalDraw, seededRandom } from '../stats/random.js';
import type { AnalysisOptions } from './analyse.js';
import { runComparison } from './compare.js';
import { fakeTrial } from './fake-trials.js';

const analysis: AnalysisOptions = {
  metrics: ['cpu'],
  threshold: 0.05,
  memoryThreshold: 0.2,
  level: 0.95,
  limits: { maxErrorRate: 0.1, maxNon2xxRate: 0.1, maxTimeouts: 0 },
};

/** A fake clock that advances one second per trial. */
function clock() {
  let t = 0;
  return { now: () => t, tick: () => (t += 1000) };
}

describe('runComparison', () => {
  it('alternates the order, measures the base capacity first and loads latency trials at its share', async () => {
    const calls: string[] = [];
    const c = clock();
    const result = await runComparison({
      rounds: 7,
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
    expect(calls.slice(0, 4)).toEqual([
      '0:base:throughput:',
      '0:base:latency:500',
      '0:head:throughput:',
      '0:head:latency:500',
    ]);
    expect(calls[4]).toBe('1:head:throughput:');
    expect(result.rounds.map((r) => r.order)).toEqual([
      'base-first',
      'head-first',
      'base-first',
      'head-first',
      'base-first',
      'head-first',
      'base-first',
    ]);
    expect(result.latencyRate).toBe(500);
    expect(result.rounds[0]?.warmup).toBe(true);
  });

  it('adds rounds while inconclusive, two at a time, until max-duration would be passed', async () => {
    const c = clock();
    const random = seededRandom(5);
    const result = await runComparison({
      rounds: 8,
      maxDurationMs: 60_000,
      rateShare: 0.5,
      analysis,
      now: c.now,
      measure: async (side, kind) => {
        c.tick();
        // 8% noise per trial: too wide for ±5% after 7 rounds, narrow enough to be worth more.
        return fakeTrial(kind, side === 'head' ? Math.exp(0.08 * normalDraw(random)) : 1);
      },
    });
    expect(result.stopReason).toMatch(/max-duration/);
    // 4 trials (4 s) per round: 8 rounds = 32 s, +2 = 40 s, … the last pair must end by 60 s.
    expect(result.rounds.length).toBe(14);
    expect(result.durationSeconds).toBeLessThanOrEqual(60);
    expect(result.stopReason).toMatch(/max-duration/);
  });

  it('stops adding rounds when the noise could not settle within the budget', async () => {
    const c = clock();
    let n = 0;
    const result = await runComparison({
      rounds: 8,
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
    expect(result.rounds.length).toBe(8);
    expect(result.stopReason).toMatch(
      /service CPU per request would need about \d+ rounds to settle, max-duration allows about 14/,
    );
  });

  it('stops early once the head exceeds a hard limit', async () => {
    const result = await runComparison({
      rounds: 20,
      maxDurationMs: 1e9,
      rateShare: 0.5,
      analysis,
      measure: async (side, kind) => fakeTrial(kind, 1, side === 'head' ? { unexpectedStatus: 100 } : {}),
    });
    expect(result.rounds.length).toBe(2);
    expect(result.stopReason).toMatch(/hard limit/);
  });
});
