import { describe, expect, it } from 'vitest';
import type { Observed } from '../incidents/machine.js';
import {
  checkState,
  emptyState,
  loadState,
  type MonitorState,
  observe,
  storeState,
} from './monitor-state.js';
import { DAY_MS, HOUR_MS, type Sample } from './rollups.js';
import { STANDARD_WINDOWS, windowFromRaw, windowFromRollups, windowStart } from './uptime.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A check with outages of random length at random times, and a few degraded stretches. */
function history(seed: number, from: number, to: number, stepMs: number): Sample[] {
  const random = rng(seed);
  const out: Sample[] = [];
  let outageLeft = 0;
  let kind: Observed = 'down';
  for (let t = from; t < to; t += stepMs + Math.floor(random() * 3000)) {
    if (outageLeft === 0 && random() < 0.004) {
      outageLeft = 1 + Math.floor(random() * 40);
      kind = random() < 0.3 ? 'degraded' : 'down';
    }
    const health: Observed = outageLeft > 0 ? kind : 'up';
    if (outageLeft > 0) outageLeft--;
    out.push({
      t,
      health,
      latencyMs: Math.round(20 + random() * 80 + (health === 'up' ? 0 : 900)),
      ...(health === 'down' ? { failure: random() < 0.5 ? 'connect' : 'timeout' } : {}),
    });
  }
  return out;
}

const ids = ['api', 'web', 'www.example.com'].map((name, i) => ({
  key: `k${i}`,
  environment: i === 2 ? 'domains' : 'prod',
  name,
  url: `https://example.com/${name}`,
}));

/** A watcher run, as long as the test can afford. */
const RUN_MS = 23 * HOUR_MS;

/** Feeds the samples run by run, storing and reloading the state between runs as history does. */
function replay(perCheck: Sample[][], start: number, end: number, rawCount = 1000): MonitorState {
  let state = emptyState();
  const cursor = perCheck.map(() => 0);
  for (let runEnd = start + RUN_MS; runEnd <= end + RUN_MS; runEnd += RUN_MS) {
    perCheck.forEach((samples, i) => {
      const c = checkState(state, ids[i] as (typeof ids)[number]);
      while ((cursor[i] as number) < samples.length && (samples[cursor[i] as number] as Sample).t < runEnd) {
        const s = samples[cursor[i] as number] as Sample;
        observe(c, s.health, s.t, s.latencyMs, s.failure);
        cursor[i] = (cursor[i] as number) + 1;
      }
    });
    const stored = storeState(state, Math.min(runEnd, end), {
      rawMs: 48 * HOUR_MS,
      rawCount,
      hourlyMs: 92 * DAY_MS,
      dailyMs: 400 * DAY_MS,
    });
    state = loadState(JSON.parse(JSON.stringify(stored)));
  }
  return state;
}

describe('uptime from rollups', () => {
  const start = Date.UTC(2026, 0, 1, 0, 7, 13);
  const end = start + 120 * DAY_MS + 5 * HOUR_MS + 17 * 60_000;
  const perCheck = ids.map((_, i) => history(i + 1, start, end, 300_000));
  const state = replay(perCheck, start, end);

  it('equals the figure from every raw result, per check and window, to 0.01 point after 120 days of runs', () => {
    let compared = 0;
    for (const now of [end, end - 3 * DAY_MS - 37 * 60_000]) {
      const at =
        now === end
          ? state
          : replay(
              perCheck.map((list) => list.filter((s) => s.t <= now)),
              start,
              now,
            );
      for (const [i, id] of ids.entries()) {
        const c = at.checks.get(id.key);
        expect(c?.name).toBe(id.name);
        expect(c?.environment).toBe(id.environment);
        if (!c) continue;
        // Raw results are gone beyond 48 h / 1000 results: the oracle is the full generated list.
        expect(c.series.raw.length).toBeLessThanOrEqual(1000);
        for (const w of STANDARD_WINDOWS) {
          const fromRollups = windowFromRollups(c, now, w);
          const fromRaw = windowFromRaw(perCheck[i] as Sample[], windowStart(c, now, w), now);
          expect(fromRollups.up + fromRollups.degraded + fromRollups.down).toBe(
            fromRaw.up + fromRaw.degraded + fromRaw.down,
          );
          expect(Math.abs((fromRollups.percent ?? 0) - (fromRaw.percent ?? 0))).toBeLessThan(0.01);
          compared++;
        }
      }
    }
    expect(compared).toBe(ids.length * 2 * STANDARD_WINDOWS.length);
    // The data must hold outages, or equality would prove nothing.
    const d30 = windowFromRollups(state.checks.get('k0') as never, end, { label: '30d', ms: 30 * DAY_MS });
    expect(d30.down).toBeGreaterThan(0);
    expect(d30.percent).toBeLessThan(100);
  });

  it('windows start at an hour while hourly rollups reach back that far, else at a UTC day', () => {
    const c = state.checks.get('k0');
    if (!c) throw new Error('no state');
    const d7 = windowStart(c, end, { label: '7d', ms: 7 * DAY_MS });
    expect(d7 % HOUR_MS).toBe(0);
    expect(end - 7 * DAY_MS - d7).toBeLessThan(HOUR_MS);
    const d365 = windowStart(c, end, { label: '365d', ms: 365 * DAY_MS });
    expect(d365 % DAY_MS).toBe(0);
  });

  it('keeps latency p50 / p95 of closed hours within 2% of the exact figures and max exact', () => {
    const c = state.checks.get('k1');
    if (!c) throw new Error('no state');
    const samples = perCheck[1] as Sample[];
    let checked = 0;
    let from = 0;
    for (const b of c.series.hourly.slice(0, -1)) {
      while ((samples[from] as Sample).t < b.start) from++;
      let to = from;
      while (to < samples.length && (samples[to] as Sample).t < b.start + HOUR_MS) to++;
      const ms = samples
        .slice(from, to)
        .map((s) => s.latencyMs as number)
        .sort((x, y) => x - y);
      if (ms.length === 0) continue;
      const exact = (q: number) => ms[Math.max(0, Math.ceil(q * ms.length) - 1)] as number;
      expect(b.max).toBe(ms.at(-1));
      expect(Math.abs((b.p50 as number) - exact(0.5))).toBeLessThanOrEqual(exact(0.5) * 0.02 + 1);
      expect(Math.abs((b.p95 as number) - exact(0.95))).toBeLessThanOrEqual(exact(0.95) * 0.02 + 1);
      expect(b.hist).toBeUndefined();
      checked++;
    }
    expect(checked).toBeGreaterThan(24 * 80);
  });

  it('counts failure classes per rollup', () => {
    const c = state.checks.get('k0');
    const failures = (c?.series.daily ?? []).reduce(
      (n, b) => n + Object.values(b.failures ?? {}).reduce((x, y) => x + y, 0),
      0,
    );
    const daysFrom = c?.series.daily[0]?.start ?? 0;
    const expected = (perCheck[0] as Sample[]).filter((s) => s.t >= daysFrom && s.failure).length;
    expect(failures).toBe(expected);
    expect(failures).toBeGreaterThan(0);
  });
});
