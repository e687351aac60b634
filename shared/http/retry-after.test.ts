import { describe, expect, it } from 'vitest';
import { retryAfterHeaderMs } from './retry-after.js';

describe('retryAfterHeaderMs', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  it('reads delay-seconds and HTTP dates', () => {
    expect(retryAfterHeaderMs('7', now)).toBe(7000);
    expect(retryAfterHeaderMs(' 0.5 ', now)).toBe(500);
    expect(retryAfterHeaderMs('Tue, 01 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterHeaderMs('Tue, 01 Dec 2026 09:00:00 GMT', now)).toBe(0);
  });
  it('says nothing for an absent or unreadable header', () => {
    for (const value of [undefined, null, '', 'soon', '-3'])
      expect(retryAfterHeaderMs(value, now)).toBeUndefined();
  });
});
