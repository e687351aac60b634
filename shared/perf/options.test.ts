import { describe, expect, it } from 'vitest';
import { inputsFrom } from '../runtime/inputs.js';
import { readPerfInputs } from './options.js';

const source = (values: Record<string, string>) => inputsFrom(values);

describe('readPerfInputs', () => {
  it('applies the documented defaults', () => {
    const inputs = readPerfInputs(source({ 'start-command': 'npm start' }));
    expect(inputs).toMatchObject({
      mode: 'ab',
      path: '/',
      trialSeconds: 2,
      maxDurationMs: 90_000,
      readyTimeoutMs: 60_000,
      requestTimeoutSeconds: 10,
      threshold: 0.05,
      memoryThreshold: 0.2,
      level: 0.95,
      rateShare: 0.5,
      metrics: ['cpu'],
      maxErrorRate: 0.1,
    });
  });

  it('reads timeouts as durations (a bare number means seconds) and confidence as a percentage', () => {
    const inputs = readPerfInputs(
      source({
        'start-command': 'x',
        'ready-timeout': '2m',
        'max-duration': '150',
        'trial-duration': '3s',
        confidence: '99',
      }),
    );
    expect(inputs.readyTimeoutMs).toBe(120_000);
    expect(inputs.maxDurationMs).toBe(150_000);
    expect(inputs.trialSeconds).toBe(3);
    expect(inputs.level).toBeCloseTo(0.99, 12);
  });

  it('takes a fixed rate or a share', () => {
    expect(readPerfInputs(source({ 'start-command': 'x', rate: '250' })).fixedRate).toBe(250);
    expect(readPerfInputs(source({ 'start-command': 'x', rate: '30%' })).rateShare).toBeCloseTo(0.3);
  });

  it.each([
    [{}, "input 'start-command': required in mode 'ab'"],
    [{ 'start-command': 'x', metrics: 'p50,p75' }, "input 'metrics': unknown metric 'p75'"],
    [
      { 'start-command': 'x', 'trial-duration': '1500ms' },
      "input 'trial-duration': '1500ms' is not whole seconds",
    ],
    [{ 'start-command': 'x', 'ready-timeout': 'soon' }, "input 'ready-timeout': expected a duration"],
    [
      { 'start-command': 'x', 'max-duration': '30d' },
      "input 'max-duration': '30d' is longer than the maximum",
    ],
    [{ 'start-command': 'x', path: 'http://x' }, "input 'path': expected a path on the service"],
    [{ 'start-command': 'x', url: '/api' }, "input 'url': is now called 'path'"],
    [{ 'start-command': 'x', threshold: 'five' }, "input 'threshold': expected a percentage"],
    [{ 'start-command': 'x', confidence: '0.95' }, "input 'confidence': '0.95' is outside 50–99.99"],
    [
      { 'start-command': 'x', 'bigger-is-better': 'maybe' },
      "input 'bigger-is-better': expected true or false",
    ],
    [{ mode: 'go-bench', 'base-file': 'a.txt' }, "input 'head-file': required in mode 'go-bench'"],
  ])('rejects %j', (values, message) => {
    expect(() => readPerfInputs(source(values))).toThrow(message);
  });

  it('takes benchmark files without a base: the head alone is recorded for the trend', () => {
    expect(readPerfInputs(source({ mode: 'json-bench', 'head-file': 'h.json' })).baseFiles).toEqual([]);
  });
});
