import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetsFor, checkBudgets, parseBudgetFile, parseBudgetLines, parseBudgetValue } from './budgets.js';

describe('budget values', () => {
  it('reads seconds and milliseconds for timings, plain numbers otherwise', () => {
    expect(parseBudgetValue('lcp', '2.5s', 'x')).toBe(2500);
    expect(parseBudgetValue('lcp', '2500ms', 'x')).toBe(2500);
    expect(parseBudgetValue('tbt', '300', 'x')).toBe(300);
    expect(parseBudgetValue('cls', '0.1', 'x')).toBe(0.1);
    expect(parseBudgetValue('performance', 90, 'x')).toBe(90);
  });

  it('rejects units where none belong, scores above 100 and text, naming where', () => {
    expect(() => parseBudgetValue('cls', '0.1s', "input 'budgets' line 3")).toThrow(
      "input 'budgets' line 3: cls takes no unit, got '0.1s'",
    );
    expect(() => parseBudgetValue('seo', '120', 'f')).toThrow('f: seo is a score from 0 to 100, got 120');
    expect(() => parseBudgetValue('lcp', 'fast', 'f')).toThrow(
      "f: lcp budget 'fast' is not a number (e.g. 2.5s or 2500ms)",
    );
  });

  it('any seconds value equals the same value written in milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600_000 }), (ms) => {
        expect(parseBudgetValue('fcp', `${ms / 1000}s`, 'x')).toBeCloseTo(ms, 6);
        expect(parseBudgetValue('fcp', `${ms}ms`, 'x')).toBe(ms);
      }),
    );
  });
});

describe('budget lines and files', () => {
  it('reads global and per-URL rules; URLs keep their own colons', () => {
    const rules = parseBudgetLines(
      'lcp=2.5s, cls=0.1, performance=90\n# comment\n/checkout/**: tbt=300ms\nhttp://127.0.0.1:8080/a: fcp=1s',
      "input 'budgets'",
    );
    expect(rules.map((r) => [r.url, r.metric, r.limit, r.origin])).toEqual([
      ['', 'lcp', 2500, "input 'budgets' line 1"],
      ['', 'cls', 0.1, "input 'budgets' line 1"],
      ['', 'performance', 90, "input 'budgets' line 1"],
      ['/checkout/**', 'tbt', 300, "input 'budgets' line 3"],
      ['http://127.0.0.1:8080/a', 'fcp', 1000, "input 'budgets' line 4"],
    ]);
  });

  it('names the line and the known metrics for an unknown one', () => {
    expect(() => parseBudgetLines('lcp=1s\ninp=200', 'b')).toThrow(
      "b line 2: unknown metric 'inp'; use one of lcp, cls, tbt, fcp, si, ttfb, performance, accessibility, best-practices, seo",
    );
    expect(() => parseBudgetLines('lcp 1s', 'b')).toThrow("b line 1: expected metric=value, got 'lcp 1s'");
  });

  it('reads YAML and JSON files, with or without a budgets: key', () => {
    const yaml = parseBudgetFile('- url: /blog/**\n  lcp: 3s\n  seo: 95\n- cls: 0.05\n', 'budgets.yml');
    expect(yaml.map((r) => [r.url, r.metric, r.limit, r.origin])).toEqual([
      ['/blog/**', 'lcp', 3000, 'budgets.yml budget 1'],
      ['/blog/**', 'seo', 95, 'budgets.yml budget 1'],
      ['', 'cls', 0.05, 'budgets.yml budget 2'],
    ]);
    expect(parseBudgetFile('{"budgets":[{"tbt":"200ms"}]}', 'b.json').map((r) => r.limit)).toEqual([200]);
  });

  it('reports broken files with the file and line', () => {
    expect(() => parseBudgetFile('- lcp: [1\n', 'b.yml')).toThrow(/^b\.yml:\d+: not valid YAML or JSON/);
    expect(() => parseBudgetFile('lcp: 1', 'b.yml')).toThrow(
      "b.yml: expected a list of budgets (or a 'budgets:' list)",
    );
    expect(() => parseBudgetFile('- url: 3\n', 'b.yml')).toThrow("b.yml budget 1: 'url' must be a string");
  });
});

describe('which budgets apply and whether they hold', () => {
  const rules = parseBudgetLines('lcp=2.5s, performance=90\n/checkout/**: lcp=4s', 'b');

  it('matches globs on the path; the later, more specific rule wins per metric', () => {
    const checkout = budgetsFor(rules, 'http://127.0.0.1:3000/checkout/pay?x=1');
    expect(checkout.map((r) => [r.metric, r.limit])).toEqual([
      ['lcp', 4000],
      ['performance', 90],
    ]);
    expect(budgetsFor(rules, 'http://127.0.0.1:3000/').map((r) => [r.metric, r.limit])).toEqual([
      ['lcp', 2500],
      ['performance', 90],
    ]);
  });

  it('timings and CLS are maxima, scores minima; an unmeasured metric fails', () => {
    const checks = checkBudgets(budgetsFor(rules, 'http://h/'), { lcp: 2500, performance: 89 });
    expect(checks.map((c) => [c.metric, c.kind, c.passed])).toEqual([
      ['lcp', 'max', true],
      ['performance', 'min', false],
    ]);
    expect(checkBudgets(rules.slice(0, 1), {})[0]?.passed).toBe(false);
  });
});
