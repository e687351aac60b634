import { describe, expect, it } from 'vitest';
import type { EventContext } from '../github/context.js';
import { vitalsRecords } from '../lighthouse/history.js';
import { HISTORY_KIND } from './history.js';
import { buildReport, failedUrl, type UrlResult } from './report.js';
import { vitalsVerdict } from './verdict.js';

function measured(url: string, key: string, o: { passed: boolean; reasons?: string[] }): UrlResult {
  return {
    ...failedUrl(url, key, 'desktop', ''),
    status: 'measured',
    error: undefined,
    median: { performance: 97, lcp: 812.5, cls: 0.01, tbt: 0 },
    runs: [{ metrics: {}, benchmarkIndex: 2100, lowBenchmark: false, discarded: false, warnings: [] }],
    lighthouseVersion: '13.5.0',
    chromeVersion: '156.0.8078.114',
    benchmarkIndex: 2100,
    passed: o.passed,
    reasons: o.reasons ?? [],
  };
}

const report = (urls: UrlResult[]) => buildReport({ name: 'web', presets: ['desktop'], runsPerUrl: 3, urls });

describe('vitalsVerdict', () => {
  it('passes when every page passed', () => {
    expect(vitalsVerdict(report([measured('http://127.0.0.1:1/', '/', { passed: true })]))).toEqual({
      exitCode: 0,
    });
  });

  it('a missed budget is a gate failure (1), listing each page and reason', () => {
    const v = vitalsVerdict(
      report([
        measured('http://127.0.0.1:1/', '/', { passed: true }),
        measured('http://127.0.0.1:1/shift', '/shift', {
          passed: false,
          reasons: ['cls 0.300 is over its budget of 0.100'],
        }),
      ]),
    );
    expect(v).toEqual({
      exitCode: 1,
      failure:
        '1 of 2 page(s) failed:\nhttp://127.0.0.1:1/shift (desktop): cls 0.300 is over its budget of 0.100',
    });
  });

  it('a page that could not be measured is exit 2 and wins over a missed budget', () => {
    const v = vitalsVerdict(
      report([
        measured('http://127.0.0.1:1/shift', '/shift', { passed: false, reasons: ['cls over budget'] }),
        failedUrl(
          'http://127.0.0.1:1/gone',
          '/gone',
          'desktop',
          'HTTP 404 (Lighthouse ERRORED_DOCUMENT_REQUEST)',
        ),
      ]),
    );
    expect(v.exitCode).toBe(2);
    expect(v.failure).toContain('http://127.0.0.1:1/gone (desktop): HTTP 404');
  });
});

describe('vitals history records', () => {
  const context = {
    repo: { owner: 'octo', repo: 'shop' },
    defaultBranch: 'main',
    headSha: 'a'.repeat(40),
    runId: 7,
    runAttempt: 1,
  } as EventContext;

  it('one record per measured page, named by instance, preset and path, with stable metric ids and meta', () => {
    const records = vitalsRecords(
      report([
        measured('http://127.0.0.1:38437/pricing/', '/pricing/', { passed: true }),
        failedUrl('http://127.0.0.1:38437/gone', '/gone', 'desktop', 'HTTP 404'),
      ]),
      context,
      '2026-12-01T09:00:00.000Z',
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      kind: HISTORY_KIND,
      name: 'web desktop /pricing/',
      repo: 'octo/shop',
      branch: 'main',
      sha: 'a'.repeat(40),
      time: '2026-12-01T09:00:00.000Z',
      metrics: { performance: 97, lcp: 812.5, cls: 0.01, tbt: 0 },
      meta: {
        instance: 'web',
        preset: 'desktop',
        page: '/pricing/',
        url: 'http://127.0.0.1:38437/pricing/',
        lighthouseVersion: '13.5.0',
        chromeVersion: '156.0.8078.114',
        benchmarkIndex: 2100,
        runs: 1,
      },
    });
  });
});
