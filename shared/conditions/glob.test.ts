import { describe, expect, it } from 'vitest';
import { evaluateConditions, MAX_PATTERN_SCAN_CHARS } from './evaluate.js';
import { globMatch } from './glob.js';
import { parseCondition } from './syntax.js';

// The regular expression the matcher replaced, kept as the oracle for small inputs.
function oracle(pattern: string, text: string): boolean {
  const source = pattern
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 's').test(text);
}

describe('globMatch', () => {
  it.each([
    ['*', ''],
    ['*', 'anything'],
    ['abc', 'abc'],
    ['abc', 'abcd'],
    ['a*', 'abc'],
    ['*c', 'abc'],
    ['a*c', 'ac'],
    ['a*c', 'abxc'],
    ['ab*ba', 'aba'],
    ['*ok*healthy*', 'all ok and healthy'],
    ['*ok*healthy*', 'healthy but ok'],
    ['*aab*', 'aaaab'],
    ['*a*a*a*', 'aa'],
    ['x*.y', 'x.y'],
    ['(*)', '(1)'],
    ['**', 'q'],
    ['a*b*c', 'abcbc'],
    ['*abab*', 'abaabab'],
  ])('pat(%s) against %j agrees with the regular expression', (pattern, text) => {
    expect(globMatch(pattern, text).matched).toBe(oracle(pattern, text));
  });

  it('agrees with the regular expression on random short patterns and texts', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (alphabet: string, max: number) =>
      Array.from({ length: rand(max) }, () => alphabet[rand(alphabet.length)]).join('');
    for (let i = 0; i < 3000; i++) {
      const pattern = word('ab*', 7);
      const text = word('ab', 10);
      expect(globMatch(pattern, text).matched, `${pattern} ${text}`).toBe(oracle(pattern, text));
    }
  });

  it('scans a 1 MB adversarial body in linear steps', () => {
    const body = 'o'.repeat(1_000_000);
    const pattern = '*ok*healthy*';
    const { matched, steps } = globMatch(pattern, body);
    expect(matched).toBe(false);
    // A backtracking matcher makes ~n²/2 = 5·10^11 steps here.
    expect(steps).toBeLessThanOrEqual(2 * (body.length + pattern.length));
  });

  it('fails a pattern condition on text longer than the scan bound instead of scanning it', () => {
    const body = 'x'.repeat(MAX_PATTERN_SCAN_CHARS + 1);
    const ctx = { status: 200, body, headers: {}, responseTimeMs: 1, connected: true };
    const [eq, ne] = evaluateConditions(
      [parseCondition('[BODY] == pat(x*)', 'api'), parseCondition('[BODY] != pat(y*)', 'api')],
      ctx,
    );
    expect(eq?.ok).toBe(false);
    expect(ne?.ok).toBe(false);
    expect(eq?.explanation).toContain('not scanned');
  });
});
