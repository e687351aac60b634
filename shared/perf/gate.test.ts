import { describe, expect, it } from 'vitest';
import { failureMessage, gateFails, perfExitCode } from './gate.js';

describe('the perf gate', () => {
  it('fails on a regression or a hard limit, in every mode but aa', () => {
    for (const mode of ['ab', 'go-bench', 'json-bench'] as const) {
      expect(gateFails({ mode, verdict: 'regression' })).toBe(true);
      expect(gateFails({ mode, verdict: 'failed' })).toBe(true);
      for (const verdict of ['no-change', 'improvement', 'inconclusive'] as const)
        expect(gateFails({ mode, verdict })).toBe(false);
    }
    expect(gateFails({ mode: 'aa', verdict: 'regression' })).toBe(false);
    expect(perfExitCode({ mode: 'ab', verdict: 'regression' })).toBe(1);
    expect(perfExitCode({ mode: 'ab', verdict: 'inconclusive' })).toBe(0);
  });

  it('names the instance and the reason in the failure message', () => {
    expect(failureMessage({ mode: 'ab', verdict: 'regression', name: 'api', reason: 'cpu regressed' })).toBe(
      'perf-regression (api): regression: cpu regressed',
    );
    expect(failureMessage({ mode: 'ab', verdict: 'no-change', name: '', reason: '' })).toBeUndefined();
  });
});
