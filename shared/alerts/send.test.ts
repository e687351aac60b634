import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './send.js';

describe('retryAfterMs', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  it('reads seconds, HTTP dates and Discord’s JSON retry_after', () => {
    expect(retryAfterMs('30', '', now)).toBe(30_000);
    expect(retryAfterMs('1.5', '', now)).toBe(1500);
    expect(retryAfterMs('Tue, 01 Dec 2026 10:00:12 GMT', '', now)).toBe(12_000);
    expect(retryAfterMs(null, '{"message":"You are being rate limited.","retry_after":0.75}', now)).toBe(750);
  });
  it('is undefined when the provider does not say, and never negative', () => {
    expect(retryAfterMs(null, 'busy', now)).toBeUndefined();
    expect(retryAfterMs('soon', '', now)).toBeUndefined();
    expect(retryAfterMs('Tue, 01 Dec 2026 09:59:00 GMT', '', now)).toBe(0);
  });
});
