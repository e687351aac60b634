import { describe, expect, it } from 'vitest';
import { type AttemptOutcome, retryableStatus, retrying } from './retrying.js';

const FAST = { backoff: { baseMs: 1, maxMs: 2 }, maxRetryAfterMs: 50 };

/** An attempt function answering the scripted outcomes in turn, counting its calls. */
function scripted(outcomes: AttemptOutcome<string>[]) {
  const calls: number[] = [];
  return {
    calls,
    attempt: async (n: number) => {
      calls.push(n);
      return outcomes[Math.min(n, outcomes.length) - 1] as AttemptOutcome<string>;
    },
  };
}

describe('retrying', () => {
  it('tries again while the outcome says so, and returns the first that does not', async () => {
    const s = scripted([
      { result: 'HTTP 503', retry: true },
      { result: 'HTTP 429', retry: true, retryAfterMs: 5 },
      { result: 'ok', retry: false },
    ]);
    expect(await retrying(s.attempt, { ...FAST, attempts: 5 })).toEqual({ result: 'ok', attempts: 3 });
    expect(s.calls).toEqual([1, 2, 3]);
  });

  it('stops at the attempt limit with the last result', async () => {
    const s = scripted([{ result: 'HTTP 502', retry: true }]);
    expect(await retrying(s.attempt, { ...FAST, attempts: 3 })).toEqual({ result: 'HTTP 502', attempts: 3 });
  });

  it('never retries an answer the service will not change its mind about', async () => {
    const s = scripted([{ result: 'HTTP 404', retry: false }]);
    expect(await retrying(s.attempt, { ...FAST, attempts: 3 })).toEqual({ result: 'HTTP 404', attempts: 1 });
  });

  it('gives up, saying so, when asked to wait longer than allowed', async () => {
    const s = scripted([{ result: 'HTTP 429', retry: true, retryAfterMs: 60_000 }]);
    expect(await retrying(s.attempt, { ...FAST, attempts: 3 })).toEqual({
      result: 'HTTP 429',
      attempts: 1,
      refusedWaitMs: 60_000,
    });
  });

  it('stops waiting when the run is cancelled', async () => {
    const abort = new AbortController();
    const s = scripted([{ result: 'HTTP 503', retry: true }]);
    const run = retrying(
      async (n) => {
        if (n === 1) abort.abort();
        return s.attempt(n);
      },
      { backoff: { baseMs: 60_000, maxMs: 60_000 }, maxRetryAfterMs: 0, attempts: 3, signal: abort.signal },
    );
    expect(await run).toEqual({ result: 'HTTP 503', attempts: 1 });
  });

  it('counts rate limits and server errors as worth another attempt, nothing else', () => {
    expect([200, 301, 400, 401, 404, 409, 422, 429, 500, 502, 503].filter(retryableStatus)).toEqual([
      429, 500, 502, 503,
    ]);
  });
});
