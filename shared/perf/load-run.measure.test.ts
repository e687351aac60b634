// A comparison whose verdict comes from measuring the machine: the demo service as base and head on
// 127.0.0.1, the same build on both sides, real autocannon trials. It runs in the `measure` layer
// (vitest.config.ts), one file at a time after every other test, so that no other test loads the
// cores it measures. A 3x slowdown is caught through the bundled action, in
// test/actions/perf-regression.measure.test.ts. Assertions hold on any machine, never about timings.
import { afterEach, describe, expect, it } from 'vitest';
import { expectCleanedUp, setup } from '../../test/support/load-comparison.js';
import { stopAllServices } from '../loadtest/service.js';
import { runLoadComparison } from './load-run.js';

afterEach(async () => {
  await stopAllServices();
});

describe('runLoadComparison of a build against itself, measuring', () => {
  it('never calls a build against itself a regression, and reports its noise in aa mode', async () => {
    const { options, marker, ports } = setup({}, { mode: 'aa' });
    const report = await runLoadComparison(options);
    expect(['no-change', 'inconclusive', 'improvement']).toContain(report.verdict);
    expect(report.limits.every((l) => !l.exceeded)).toBe(true);
    expect(report.calibration?.noisePct.cpu).toBeGreaterThanOrEqual(0);
    await expectCleanedUp(marker, ports);
  }, 60_000);
});
