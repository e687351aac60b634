import { describe, expect, it } from 'vitest';
import { readPerfInputs } from './options.js';

const source = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? '' });

describe('readPerfInputs', () => {
  it('applies the documented defaults', () => {
    const inputs = readPerfInputs(source({ 'start-command': 'npm start' }));
    expect(inputs).toMatchObject({
      mode: 'ab',
      rounds: 10,
      trialSeconds: 2,
      maxDurationSeconds: 180,
      threshold: 0.05,
      memoryThreshold: 0.2,
      level: 0.95,
      rateShare: 0.5,
      metrics: ['p50', 'p90', 'p99', 'rps', 'cpu', 'rss'],
      maxErrorRate: 0.1,
    });
  });

  it('takes a fixed rate or a share', () => {
    expect(readPerfInputs(source({ 'start-command': 'x', rate: '250' })).fixedRate).toBe(250);
    expect(readPerfInputs(source({ 'start-command': 'x', rate: '30%' })).rateShare).toBeCloseTo(0.3);
  });

  it.each([
    [{}, "input 'start-command': required in mode 'ab'"],
    [{ 'start-command': 'x', metrics: 'p50,p75' }, "input 'metrics': unknown metric 'p75'"],
    [
      { 'start-command': 'x', 'trial-duration': '0.5' },
      "input 'trial-duration': expected a whole number from 1 to 600",
    ],
    [{ 'start-command': 'x', url: 'http://x' }, "input 'url': expected a path"],
    [{ 'start-command': 'x', threshold: 'five' }, "input 'threshold': expected a percentage"],
    [{ mode: 'go-bench', 'base-file': 'a.txt' }, "input 'head-file': required in mode 'go-bench'"],
  ])('rejects %j', (values, message) => {
    expect(() => readPerfInputs(source(values))).toThrow(message);
  });

  it('allows fewer rounds when fewer metrics share the confidence', () => {
    expect(() => readPerfInputs(source({ 'start-command': 'x', rounds: '7', metrics: 'cpu' }))).not.toThrow();
    expect(() => readPerfInputs(source({ 'start-command': 'x', rounds: '7' }))).toThrow(/use at least 9/);
  });
});
