import { describe, expect, it } from 'vitest';
import type { Lhr } from '../lighthouse/lhr.js';
import { parseBudgetLines } from './budgets.js';
import { chromeVersionOf, extractMetrics, extractRunFacts, formatMetric } from './metrics.js';
import { commentSections, renderSummary } from './render.js';
import {
  buildReport,
  evaluateUrl,
  failedUrl,
  type RunSummary,
  scoresOutput,
  withPrevious,
} from './report.js';

function lhr(o: { lcp: number; cls: number; tbt: number; perf: number | null }): Lhr {
  return {
    lighthouseVersion: '13.5.0',
    environment: {
      benchmarkIndex: 2000,
      hostUserAgent: 'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156.0.8078.108 Safari/537.36',
    },
    runWarnings: ['w'],
    configSettings: { formFactor: 'desktop' },
    audits: {
      'largest-contentful-paint': { score: 1, numericValue: o.lcp },
      'cumulative-layout-shift': { score: 1, numericValue: o.cls },
      'total-blocking-time': { score: 1, numericValue: o.tbt },
      'first-contentful-paint': { score: 1, numericValue: 100 },
      'speed-index': { score: null },
    },
    categories: { performance: { score: o.perf }, seo: { score: 0.915 } },
  };
}

const run = (metrics: RunSummary['metrics']): RunSummary => ({
  metrics,
  benchmarkIndex: 2000,
  lowBenchmark: false,
  discarded: false,
  warnings: [],
});

describe('metrics from a Lighthouse result', () => {
  it('reads audits by id and scores ×100; what Lighthouse could not compute is left out', () => {
    expect(extractMetrics(lhr({ lcp: 1200, cls: 0.02, tbt: 0, perf: 0.97 }))).toEqual({
      lcp: 1200,
      cls: 0.02,
      tbt: 0,
      fcp: 100,
      performance: 97,
      seo: 92,
    });
    expect(extractMetrics(lhr({ lcp: 1, cls: 0, tbt: 0, perf: null }))).not.toHaveProperty('performance');
  });

  it('records versions, benchmarkIndex and warnings', () => {
    expect(extractRunFacts(lhr({ lcp: 1, cls: 0, tbt: 0, perf: 1 }))).toMatchObject({
      lighthouseVersion: '13.5.0',
      chromeVersion: '156.0.8078.108',
      benchmarkIndex: 2000,
      formFactor: 'desktop',
      warnings: ['w'],
    });
    expect(chromeVersionOf(undefined)).toBe('');
  });

  it('formats values in their units', () => {
    expect([
      formatMetric('lcp', 2345),
      formatMetric('tbt', 340.4),
      formatMetric('cls', 0.1049),
      formatMetric('seo', 91.6),
      formatMetric('lcp', undefined),
    ]).toEqual(['2.35 s', '340 ms', '0.105', '92', '–']);
  });
});

describe('the decision per URL', () => {
  const base = {
    url: 'http://127.0.0.1:1/',
    key: '/',
    preset: 'desktop' as const,
    medianRun: 0,
    facts: extractRunFacts(lhr({ lcp: 1, cls: 0, tbt: 0, perf: 1 })),
    failOnRegression: true,
  };

  it('fails on a missed budget and on a poor Core Web Vital, with one reason each', () => {
    const u = evaluateUrl({
      ...base,
      runs: [run({ lcp: 4200, cls: 0.3, tbt: 10 })],
      rules: parseBudgetLines('lcp=2.5s', "input 'budgets'"),
      cwvGate: 'poor',
    });
    expect(u.passed).toBe(false);
    expect(u.reasons).toEqual([
      "lcp 4.20 s is over its budget of 2.50 s (input 'budgets' line 1)",
      'lcp 4.20 s is rated poor (Core Web Vitals gate: poor)',
      'cls 0.300 is rated poor (Core Web Vitals gate: poor)',
    ]);
  });

  it("the 'needs-improvement' gate is stricter; 'off' never fails on ratings", () => {
    const runs = [run({ lcp: 3000, cls: 0, tbt: 0 })];
    expect(evaluateUrl({ ...base, runs, rules: [], cwvGate: 'needs-improvement' }).passed).toBe(false);
    expect(evaluateUrl({ ...base, runs, rules: [], cwvGate: 'poor' }).passed).toBe(true);
    expect(evaluateUrl({ ...base, runs: [run({ lcp: 9000 })], rules: [], cwvGate: 'off' }).passed).toBe(true);
  });

  it('a regression fails unless base and head ran different Lighthouse versions', () => {
    const metric = {
      metric: 'lcp' as const,
      scale: 'ratio' as const,
      base: 1,
      head: 2,
      change: 1,
      lower: 0.9,
      upper: 1.1,
      verdict: 'regression' as const,
      reason: 'worse by 100.0%',
      rounds: 6,
    };
    const comparison = { baseUrl: 'b', rounds: 6, level: 0.95, metrics: [metric], versionMismatch: false };
    const runs = [run({ lcp: 1000 })];
    expect(evaluateUrl({ ...base, runs, rules: [], cwvGate: 'off', comparison }).reasons).toEqual([
      'lcp regressed against the base: worse by 100.0%',
    ]);
    expect(
      evaluateUrl({
        ...base,
        runs,
        rules: [],
        cwvGate: 'off',
        comparison: { ...comparison, versionMismatch: true },
      }).passed,
    ).toBe(true);
    expect(
      evaluateUrl({ ...base, runs, rules: [], cwvGate: 'off', comparison, failOnRegression: false }).passed,
    ).toBe(true);
  });

  it('flags a history baseline from another Lighthouse version', () => {
    const u = evaluateUrl({ ...base, runs: [run({ lcp: 1 })], rules: [], cwvGate: 'off' });
    expect(
      withPrevious(u, { sha: 'abc1234', metrics: {}, lighthouseVersion: '12.8.0', commitsBehind: 0 }).previous
        ?.versionMismatch,
    ).toBe(true);
    expect(
      withPrevious(u, { sha: 'abc1234', metrics: {}, lighthouseVersion: '13.5.0', commitsBehind: 0 }).previous
        ?.versionMismatch,
    ).toBe(false);
  });
});

describe('renderers', () => {
  const hostile = 'http://127.0.0.1:1/<img src=x>|`';
  const measured = evaluateUrl({
    url: hostile,
    key: '/',
    preset: 'desktop',
    runs: [run({ lcp: 3000, cls: 0, tbt: 0, performance: 88 })],
    medianRun: 0,
    facts: extractRunFacts(lhr({ lcp: 1, cls: 0, tbt: 0, perf: 1 })),
    rules: parseBudgetLines('lcp=2.5s', 'b'),
    cwvGate: 'poor',
    failOnRegression: true,
  });
  const report = buildReport({
    name: 'web',
    presets: ['desktop'],
    runsPerUrl: 1,
    urls: [
      measured,
      failedUrl(
        'http://x/',
        '/x',
        'desktop',
        'http://x/: the server answered HTTP 500 instead of a page (Lighthouse ERRORED_DOCUMENT_REQUEST)',
      ),
    ],
  });

  it('summary: per-URL table with rating colour, budget and the reasons; user text escaped', () => {
    const md = renderSummary(report);
    expect(md).toContain('## Lighthouse vitals (web): ❌ failed (2 of 2 URL(s))');
    expect(md).toMatch(/\| Largest Contentful Paint \| 3\.00 s \| 🟠 needs-improvement \| ❌ ≤ 2\.50 s \|/);
    expect(md).toContain('HTTP 500 instead of a page');
    // Inside a code span HTML is shown, not rendered; it must not appear anywhere else.
    expect(md.replace(/``[^`]*(?:`(?!`)[^`]*)*``/g, '')).not.toContain('<img');
    expect(md).toContain('TBT is the lab stand-in for INP');
  });

  it('comment: compact sections, the title required', () => {
    const sections = commentSections(report);
    expect(sections.find((s) => s.required)?.markdown).toContain('Lighthouse vitals (web)');
    expect(sections.map((s) => s.id)).toEqual(['title', 'table', 'reasons']);
  });

  it('scores output keys by URL', () => {
    expect(scoresOutput(report)).toEqual({ [hostile]: { performance: 88 }, 'http://x/': {} });
  });
});
