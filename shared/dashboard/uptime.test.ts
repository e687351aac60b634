import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckSample, formatDuration, outagesOf, thin, uptimeWindows } from './uptime.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('uptimeWindows', () => {
  it('counts runs that were not down in each window, degraded as up', () => {
    const now = 100 * DAY;
    const samples: CheckSample[] = [
      { t: now - 40 * DAY, h: 0 },
      { t: now - 10 * DAY, h: 0 },
      { t: now - 2 * DAY, h: 0.5 },
      { t: now - 12 * HOUR, h: 0 },
      { t: now - HOUR, h: 1 },
    ];
    const { uptime, samples: n } = uptimeWindows(samples, now);
    expect(n).toEqual({ d1: 2, d7: 3, d30: 4, d90: 5 });
    expect(uptime).toEqual({ d1: 50, d7: (100 * 2) / 3, d30: 50, d90: 40 });
    expect(uptimeWindows([], now).uptime).toEqual({ d1: null, d7: null, d30: null, d90: null });
  });
});

describe('outagesOf', () => {
  it('runs from the first down result to the first result after it that is not down', () => {
    const s = (hours: number[], down: number[]): CheckSample[] =>
      hours.map((h) => ({ t: h * HOUR, h: down.includes(h) ? 0 : 1 }));
    expect(outagesOf(s([0, 1, 2, 3, 4], [1, 2]), 10 * HOUR)).toEqual([
      {
        start: new Date(HOUR).toISOString(),
        end: new Date(3 * HOUR).toISOString(),
        durationMs: 2 * HOUR,
        open: false,
        runs: 2,
      },
    ]);
    expect(outagesOf(s([0, 1, 2], [2]), 5 * HOUR)).toEqual([
      { start: new Date(2 * HOUR).toISOString(), durationMs: 3 * HOUR, open: true, runs: 1 },
    ]);
  });
  it('never overlaps and adds up to the time spent down', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (downs) => {
        const samples = downs.map((d, i) => ({ t: i * HOUR, h: d ? 0 : 1 }));
        const outages = outagesOf(samples, downs.length * HOUR);
        expect(outages.reduce((n, o) => n + o.runs, 0)).toBe(downs.filter(Boolean).length);
        for (let i = 1; i < outages.length; i++)
          expect(Date.parse(outages[i]!.start)).toBeGreaterThan(Date.parse(outages[i - 1]!.end!));
      }),
    );
  });
});

describe('thin', () => {
  it('keeps short series and buckets long ones, keeping the worst health', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => ({
      t: i * 60_000,
      h: i === 500 ? 0 : 1,
      ms: 100,
    }));
    expect(thin(samples.slice(0, 10), 50)).toEqual(samples.slice(0, 10));
    const out = thin(samples, 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.some((p) => p.h === 0)).toBe(true);
    expect(out.every((p) => p.ms === 100)).toBe(true);
  });
});

describe('formatDuration', () => {
  it('reads like a person would say it', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(42 * 60_000)).toBe('42 min');
    expect(formatDuration(16 * HOUR)).toBe('16 h');
    expect(formatDuration(3 * HOUR + 5 * 60_000)).toBe('3 h 5 min');
    expect(formatDuration(2 * DAY + 4 * HOUR)).toBe('2 d 4 h');
  });
});
