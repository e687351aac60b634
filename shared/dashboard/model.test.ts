import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../test/support/history-records.js';
import { safeTarget, shapeDashboard } from './model.js';
import { classifyVerdict, verdictOf } from './verdict.js';

const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1) + minutes * 60_000).toISOString();
const options = { title: 't', generatedAt: at(0) };

describe('shapeDashboard', () => {
  it('orders kinds coverage, perf, vitals, then others, and names alphabetically (uptime is read per check)', () => {
    const kinds = ['zeta', 'uptime', 'perf', 'coverage', 'vitals', 'alpha'];
    const records = kinds.flatMap((kind, i) => [
      makeRecord({ kind, name: 'b', time: at(i) }),
      makeRecord({ kind, name: 'a', time: at(i) }),
    ]);
    const data = shapeDashboard(records, options);
    expect(data.sections.map((s) => s.kind)).toEqual(['coverage', 'perf', 'vitals', 'alpha', 'zeta']);
    expect(data.sections[0]!.title).toBe('Coverage');
    expect(data.sections[3]!.title).toBe('alpha');
    for (const s of data.sections) expect(s.groups.map((g) => g.name)).toEqual(['a', 'b']);
    expect(data.records).toBe(records.length);
  });

  it('makes one series per branch, in time order, whatever order the records come in', () => {
    const records = [
      ...[0, 2, 4, 6].map((m) => makeRecord({ branch: 'main', time: at(m), metrics: { lines: m } })),
      ...[1, 3].map((m) => makeRecord({ branch: 'dev', time: at(m), metrics: { lines: 100 - m } })),
    ];
    const forward = shapeDashboard(records, options);
    const backward = shapeDashboard([...records].reverse(), options);
    expect(backward).toEqual(forward);
    const group = forward.sections[0]!.groups[0]!;
    const [main, dev] = group.series;
    expect(main!.branch).toBe('main');
    const chart = forward.charts[group.charts[0]!]!;
    expect(chart.series.map((s) => s.label)).toEqual(['main', 'dev']);
    expect(chart.series[0]!.points.map((p) => p[1])).toEqual([0, 2, 4, 6]);
    expect(chart.series[0]!.points.map((p) => p[0])).toEqual([0, 2, 4, 6].map((m) => Date.parse(at(m))));
    expect(main!.latest.metrics).toEqual({ lines: 6 });
    expect(main!.latest.previous).toEqual({ lines: 4 });
    expect(chart.series[1]!.points.map((p) => p[1])).toEqual([99, 97]);
    expect(dev!.latest.time).toBe(at(3));
  });

  it('puts the default branch first, then the most recently measured', () => {
    const records = [
      makeRecord({ branch: 'old', time: at(1) }),
      makeRecord({ branch: 'release', time: at(2) }),
      makeRecord({ branch: 'new', time: at(9) }),
    ];
    const labels = (o = {}) =>
      shapeDashboard(records, { ...options, ...o }).sections[0]!.groups[0]!.series.map((s) => s.branch);
    expect(labels()).toEqual(['new', 'release', 'old']);
    expect(labels({ defaultBranch: 'release' })).toEqual(['release', 'new', 'old']);
    const capped = shapeDashboard(records, { ...options, maxSeries: 2 }).sections[0]!.groups[0]!;
    expect(capped.series.map((s) => s.branch)).toEqual(['new', 'release']);
    expect(capped.omittedSeries).toEqual(['old']);
  });

  it('keeps the newest maxPoints points of a branch and merges duplicate records', () => {
    const records = [1, 2, 3, 4, 5].map((m) => makeRecord({ time: at(m), metrics: { lines: m } }));
    const data = shapeDashboard([...records, ...records], { ...options, maxPoints: 3 });
    expect(data.records).toBe(5);
    const chart = data.charts[data.sections[0]!.groups[0]!.charts[0]!]!;
    expect(chart.series[0]!.points.map((p) => p[1])).toEqual([3, 4, 5]);
  });

  it('charts every metric seen, known ones first with labels and units, others under their own name', () => {
    const records = [
      makeRecord({ kind: 'coverage', metrics: { zeta: 1, functions: 2, lines: 3 } }),
      makeRecord({ kind: 'coverage', metrics: { branches: 4, alpha: 5 } }),
    ];
    const metrics = shapeDashboard(records, options).sections[0]!.groups[0]!.metrics;
    expect(metrics.map((m) => m.key)).toEqual(['lines', 'branches', 'functions', 'alpha', 'zeta']);
    expect(metrics[0]).toMatchObject({ label: 'Lines', unit: '%', better: 'higher' });
    expect(metrics[3]).toMatchObject({ label: 'alpha', unit: '', unlabelled: true });
    expect(metrics[3]!.better).toBeUndefined();
  });

  it('charts coverage as percentages, never the raw counts the record carries beside them', () => {
    const records = [
      makeRecord({
        kind: 'coverage',
        metrics: {
          lines: 80,
          lines_covered: 80,
          lines_total: 100,
          branches: 50,
          branches_covered: 1,
          branches_total: 2,
        },
      }),
    ];
    const data = shapeDashboard(records, options);
    const group = data.sections[0]!.groups[0]!;
    expect(group.metrics.map((m) => m.key)).toEqual(['lines', 'branches']);
    expect(group.charts.map((c) => data.charts[c]!.title)).toEqual(['unit: Lines (%)', 'unit: Branches (%)']);
    expect(data.overview.coverage[0]!.figures).toEqual({ lines: { value: 80 }, branches: { value: 50 } });
  });

  it('sizes axes to the data: one point gets a day, not years; CLS and TBT never go negative', () => {
    const one = shapeDashboard(
      [makeRecord({ kind: 'vitals', metrics: { cls: 0, tbt: 0, performance: 100 } })],
      options,
    );
    const byKey = new Map(one.charts.map((c) => [c.metric.key, c]));
    const t = Date.parse(makeRecord({}).time);
    for (const c of one.charts) {
      expect(c.x[0]).toBeLessThanOrEqual(t);
      expect(c.x[1]).toBeGreaterThanOrEqual(t);
      expect(c.x[1] - c.x[0]).toBeLessThanOrEqual(86_400_000);
      expect(c.y[0]).toBeGreaterThanOrEqual(0);
      expect(c.y[1]).toBeGreaterThan(c.y[0]);
    }
    expect(byKey.get('performance')!.y).toEqual([expect.any(Number), 100]);
    expect(byKey.get('cls')!.y[0]).toBe(0);
  });

  it('reads uptime records per check, by name and environment, with uptime per window and outages', () => {
    const hour = 3_600_000;
    const t0 = Date.parse('2025-01-01T00:00:00Z');
    const records = Array.from({ length: 10 }, (_, i) =>
      makeRecord({
        kind: 'uptime',
        name: 'production',
        time: new Date(t0 + i * hour).toISOString(),
        metrics: {
          'h.aaaa11112222': i === 4 || i === 5 ? 0 : 1,
          'ms.aaaa11112222': 100 + i,
          'h.bbbb11112222': 1,
        },
        meta: {
          'check.aaaa11112222': 'api',
          'env.aaaa11112222': 'production',
          'check.bbbb11112222': 'web',
          'env.bbbb11112222': 'production',
        },
      }),
    );
    const data = shapeDashboard(records, { ...options, generatedAt: new Date(t0 + 10 * hour).toISOString() });
    expect(data.sections).toEqual([]);
    expect(data.checks.map((c) => [c.environment, c.name, c.state])).toEqual([
      ['production', 'api', 'up'],
      ['production', 'web', 'up'],
    ]);
    const api = data.checks[0]!;
    expect(api.uptime.d1).toBe(80);
    expect(api.samples.d1).toBe(10);
    expect(api.outages).toEqual([
      {
        start: new Date(t0 + 4 * hour).toISOString(),
        end: new Date(t0 + 6 * hour).toISOString(),
        durationMs: 2 * hour,
        open: false,
        runs: 2,
      },
    ]);
    expect(data.charts[api.chart!]!.title).toBe('production / api: Response time (ms)');
    expect(data.checks[1]!.chart).toBeUndefined();
  });

  it('labels series with the repository when one kind and name spans several', () => {
    const records = [makeRecord({ repo: 'a/x' }), makeRecord({ repo: 'b/y' })];
    const series = shapeDashboard(records, options).sections[0]!.groups[0]!.series;
    expect(series.map((s) => s.label).sort()).toEqual(['a/x main', 'b/y main']);
  });

  it('links commits and runs only when repo and sha look like what GitHub makes', () => {
    const good = makeRecord({ repo: 'octo/shop', sha: 'abcdef1234567', runId: 42 });
    const bad = makeRecord({ name: 'x', repo: 'javascript:alert(1)//x', sha: '"><b>' });
    const data = shapeDashboard([good, bad], { ...options, serverUrl: 'https://ghe.example/' });
    const byName = new Map(data.sections[0]!.groups.map((g) => [g.name, g]));
    expect(byName.get('unit')!.series[0]!.latest).toMatchObject({
      commitUrl: 'https://ghe.example/octo/shop/commit/abcdef1234567',
      runUrl: 'https://ghe.example/octo/shop/actions/runs/42',
    });
    expect(byName.get('x')!.series[0]!.latest.commitUrl).toBeUndefined();
    expect(byName.get('x')!.series[0]!.latest.runUrl).toBeUndefined();
  });

  it('gives every group a distinct id made of [a-z0-9-] only', () => {
    const names = ['</script>', '<img>', 'A B', 'a-b', '🙂', ''];
    const data = shapeDashboard(
      names.map((name) => makeRecord({ name: name || 'x' })),
      options,
    );
    const ids = data.sections.flatMap((s) => s.groups.map((g) => g.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('safeTarget', () => {
  it('keeps http(s) URLs without credentials, query or fragment', () => {
    expect(safeTarget('https://user:pw@api.example.com/health?token=s3cret#x')).toBe(
      'https://api.example.com/health',
    );
    expect(safeTarget('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/');
  });
  it('drops anything else', () => {
    for (const v of ['javascript:alert(1)', 'data:text/html,x', 'not a url', 42, undefined]) {
      expect(safeTarget(v)).toBeUndefined();
    }
  });
});

describe('verdicts', () => {
  it('reads meta.verdict first, then meta.passed', () => {
    expect(verdictOf({ meta: { verdict: 'regression', passed: true } })).toEqual({
      text: 'regression',
      status: 'fail',
    });
    expect(verdictOf({ meta: { passed: true } })).toEqual({ text: 'passed', status: 'pass' });
    expect(verdictOf({ meta: { passed: false } })).toEqual({ text: 'failed', status: 'fail' });
    expect(verdictOf({ meta: { verdict: '  ' } })).toBeUndefined();
    expect(verdictOf({})).toBeUndefined();
  });
  it('colours common words', () => {
    const cases: [string, string][] = [
      ['regression', 'fail'],
      ['Failed', 'fail'],
      ['no regression', 'pass'],
      ['no-change', 'pass'],
      ['improvement', 'pass'],
      ['inconclusive', 'warn'],
      ['within budget', 'pass'],
      ['measured', 'info'],
    ];
    for (const [text, status] of cases) expect([text, classifyVerdict(text)]).toEqual([text, status]);
  });
});
