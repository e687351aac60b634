import { describe, expect, it } from 'vitest';
import { readHistorySettings } from '../history/settings.js';
import { inputsFrom } from '../runtime/inputs.js';
import { checkModeInputs, readSmokeInputs, WATCH_DURATION_MS } from './options.js';

const read = (values: Record<string, string>) => {
  const source = inputsFrom(values);
  return readSmokeInputs(source, readHistorySettings(source));
};

describe('deploy-smoke-health inputs', () => {
  it('refuses history off with confirm-after above 1 in uptime mode only', () => {
    const i = read({ history: 'off', 'confirm-after': '2' });
    expect(() => checkModeInputs(i, 'uptime', { hosted: true })).toThrow(
      /input 'history': 'off' cannot be used with confirm-after 2/,
    );
    expect(() => checkModeInputs(i, 'watch', { hosted: true })).not.toThrow();
    expect(() =>
      checkModeInputs(read({ history: 'off', 'confirm-after': '1' }), 'uptime', { hosted: true }),
    ).not.toThrow();
  });

  it('gives watch mode its own defaults and limits', () => {
    expect(checkModeInputs(read({}), 'watch', { hosted: true })).toEqual({
      intervalMs: 30_000,
      watchDurationMs: WATCH_DURATION_MS,
    });
    expect(checkModeInputs(read({}), 'post-deploy', { hosted: true })).toEqual({
      intervalMs: 5000,
      watchDurationMs: 0,
    });
    expect(() => read({ mode: 'watch', interval: '9s' })).toThrow(
      /input 'interval': '9s' is shorter than the minimum of 10s/,
    );
    expect(() => checkModeInputs(read({ 'watch-duration': '6h' }), 'watch', { hosted: true })).toThrow(
      /input 'watch-duration'/,
    );
    expect(
      checkModeInputs(read({ 'watch-duration': '6h' }), 'watch', { hosted: false }).watchDurationMs,
    ).toBe(6 * 3_600_000);
  });

  it('reads durations, the name and its former spelling, and never echoes a webhook URL', () => {
    const i = read({ timeout: '2s', 'max-response-time': '800ms', 'history-name': 'shop' });
    expect(i.timeoutMs).toBe(2000);
    expect(i.maxResponseMs).toBe(800);
    expect(i.name).toBe('shop');
    expect(read({ name: 'api', 'history-name': 'shop' }).name).toBe('api');
    let message = '';
    try {
      read({ 'slack-webhook': 'hooks.slack.com/services/T/B/secret123' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/input 'slack-webhook'/);
    expect(message).not.toContain('secret123');
    expect(() => read({ history: 'none' })).toThrow(/write 'history: off'/);
  });
});
