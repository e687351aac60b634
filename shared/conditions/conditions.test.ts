import { describe, expect, it } from 'vitest';
import { type ConditionContext, evaluateConditions, parseDuration } from './evaluate.js';
import { ConditionSyntaxError, parseCondition } from './syntax.js';

const ctx: ConditionContext = {
  status: 200,
  body: JSON.stringify({ status: 'pass', version: 'abc1234', a: { b: [{ c: 'deep' }] }, items: [1, 2, 3] }),
  headers: { 'strict-transport-security': 'max-age=63072000', 'content-type': 'application/health+json' },
  responseTimeMs: 120,
  certificateExpiresInMs: 20 * 86_400_000,
  connected: true,
  ip: '127.0.0.1',
};

function check(source: string, c: ConditionContext = ctx): boolean {
  const [result] = evaluateConditions([parseCondition(source, 'api')], c);
  return result?.ok ?? false;
}

describe('conditions', () => {
  it.each([
    ['[STATUS] == 200', true],
    ['[STATUS] != 200', false],
    ['[STATUS] < 300', true],
    ['[BODY].status == pass', true],
    ['[BODY].status == fail', false],
    ['[BODY].a.b[0].c == deep', true],
    ['[BODY].a.b[1].c == deep', false],
    ['[RESPONSE_TIME] < 500', true],
    ['[RESPONSE_TIME] < 100ms', false],
    ['[CERTIFICATE_EXPIRATION] > 14d', true],
    ['[CERTIFICATE_EXPIRATION] > 30d', false],
    ['[HEADER].strict-transport-security != ""', true],
    ['[HEADER].x-missing != ""', false],
    ['[HEADER].Content-Type == application/health+json', true],
    ['len([BODY].items) == 3', true],
    ['has([BODY].nothing) == false', true],
    ['[BODY].version == pat(abc*)', true],
    ['[CONNECTED] == true', true],
    ['[IP] == 127.0.0.1', true],
    ['[BODY].status == "pass"', true],
  ])('%s → %s', (source, expected) => {
    expect(check(source)).toBe(expected);
  });

  it('compares a substituted SHA as a bare word', () => {
    expect(check('[BODY].version == abc1234')).toBe(true);
    expect(check('[BODY].version == 0123456')).toBe(false);
  });

  it('fails ordered comparisons of non-numbers instead of guessing', () => {
    expect(check('[BODY].status > 3')).toBe(false);
  });

  it('explains what the left side was', () => {
    const [r] = evaluateConditions([parseCondition('[STATUS] == 200', 'api')], { ...ctx, status: 503 });
    expect(r?.explanation).toBe('[STATUS] (503) == 200');
  });

  it('reads durations in every unit', () => {
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('48h')).toBe(48 * 3_600_000);
    expect(parseDuration('14d')).toBe(14 * 86_400_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('soon')).toBeUndefined();
  });

  it.each([
    ['[STATUS] = 200', 10, "'=' is not an operator"],
    ['[STATUSES] == 200', 1, 'unknown placeholder [STATUSES]'],
    ['[STATUS]', 9, 'expected an operator'],
    ['[STATUS] ==', 12, 'expected a value'],
    ['[BODY]. == 1', 8, 'expected a field name'],
    ['[HEADER] == x', 1, '[HEADER] needs one header name'],
    ['[BODY].status == "pass', 18, 'unterminated string'],
  ])('rejects %s at column %i', (source, column, reason) => {
    let error: unknown;
    try {
      parseCondition(source, 'checkout (prod)');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConditionSyntaxError);
    const e = error as ConditionSyntaxError;
    expect(e.column).toBe(column);
    expect(e.message).toContain("endpoint 'checkout (prod)'");
    expect(e.message).toContain(`condition '${source}'`);
    expect(e.message).toContain(reason);
  });
});
