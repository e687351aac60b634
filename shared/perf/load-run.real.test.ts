// Real processes on 127.0.0.1: the demo service started as base and head, real autocannon trials.
// Assertions are about behaviour that holds on any machine (errors, limits, crashes), never about
// timings; the comparisons whose verdict comes from measuring are in load-run.measure.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { expectCleanedUp, FIXTURE, setup } from '../../test/support/load-comparison.js';
import { stopAllServices } from '../loadtest/service.js';
import { runLoadComparison } from './load-run.js';

afterEach(async () => {
  await stopAllServices();
});

describe('runLoadComparison against the demo service', () => {
  it('trips the hard limit when the service answers 500, and stops early', async () => {
    const { options, marker, ports } = setup({ FAIL_STATUS: '500' }, {}, { FAIL_STATUS: '500' });
    const report = await runLoadComparison(options);
    expect(report.verdict).toBe('failed');
    expect(report.reason).toMatch(/unexpected status rate 100% exceeds the limit of 0.1%/);
    expect(report.rounds?.measured).toBe(1);
    await expectCleanedUp(marker, ports);
  }, 60_000);

  it('says so when a service never becomes ready, with its last answer', async () => {
    const { options, marker, ports } = setup({ NEVER_READY: '1' }, { readyTimeoutMs: 1500 });
    await expect(runLoadComparison(options)).rejects.toThrow(
      /head service did not become ready: .*\/health gave no 2xx\/3xx answer within 2 s \(last: HTTP 503\)/,
    );
    await expectCleanedUp(marker, ports);
  }, 30_000);

  it('says so when the start command fails at once, with its output', async () => {
    const { options, marker, ports } = setup(
      {},
      { head: { label: 'head', cwd: FIXTURE, command: 'echo "cannot open config" >&2; exit 3' } },
    );
    await expect(runLoadComparison(options)).rejects.toThrow(
      /head service exited with code 3 before it became ready[\s\S]*cannot open config/,
    );
    await expectCleanedUp(marker, ports);
  }, 30_000);

  it('says which service crashed during which round', async () => {
    const { options, marker, ports } = setup({ CRASH_AFTER: '300' });
    await expect(runLoadComparison(options)).rejects.toThrow(
      /the head service exited with code 1 during round \d+ \((throughput|latency) trial\)/,
    );
    await expectCleanedUp(marker, ports);
  }, 60_000);

  it('counts statuses a scenario does not expect per request', async () => {
    const { options, marker, ports } = setup(
      {},
      {
        requests: [
          { name: 'work', method: 'GET', path: '/work', headers: {}, expectStatus: [], weight: 2 },
          { name: 'missing', method: 'GET', path: '/nope', headers: {}, expectStatus: [404], weight: 1 },
          {
            name: 'echo',
            method: 'POST',
            path: '/echo',
            headers: { 'content-type': 'application/json' },
            body: '{"a":1}',
            expectStatus: [200],
            weight: 1,
          },
        ],
      },
    );
    const report = await runLoadComparison(options);
    // /nope answers the expected 404; /echo answers 201 where 200 was expected: a quarter of requests.
    expect(report.verdict).toBe('failed');
    const non2xx = report.limits.find((l) => l.key === 'non2xx-rate');
    expect(non2xx?.head).toBeGreaterThan(15);
    expect(non2xx?.head).toBeLessThan(35);
    await expectCleanedUp(marker, ports);
  }, 60_000);
});
