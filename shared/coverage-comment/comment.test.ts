import { describe, expect, it } from 'vitest';
import { fileFromLineMap } from '../coverage/model.js';
import { computePatchCoverage } from '../coverage/patch.js';
import { computeTotals } from '../coverage/totals.js';
import { baseFromBaseline, coverageRecord, trendPoints } from '../coverage-history/records.js';
import { badgeMessage } from './badge.js';
import { buildCommentData, type CommentData } from './data.js';
import { parseCommentData } from './payload.js';
import { renderComment } from './render.js';

const SHA = (c: string) => c.repeat(40);
const lines = (hits: number[]) => new Map(hits.map((h, i) => [i + 1, h]));

function scenario() {
  const head = [
    fileFromLineMap('src/cart.ts', lines([1, 1, 0, 0])), // 50%, lines 3-4 new and uncovered
    fileFromLineMap('src/untouched.ts', lines([1, 0, 0, 0])), // 25%, was 100% at the base
    fileFromLineMap('src/@team <b>.ts', lines([1, 1])),
  ];
  const baseFiles = [
    fileFromLineMap('src/cart.ts', lines([1, 1])),
    fileFromLineMap('src/untouched.ts', lines([1, 1, 1, 1])),
  ];
  const record = coverageRecord({
    name: 'web',
    repo: 'octo/shop',
    branch: 'main',
    sha: SHA('b'),
    runId: 1,
    runAttempt: 1,
    time: new Date('2026-11-20T10:00:00Z'),
    runner: { os: 'linux/x64', cpu: 'x', cores: 2 },
    totals: computeTotals(baseFiles),
    files: baseFiles,
  });
  const patch = computePatchCoverage(head, new Map([['src/cart.ts', new Set([3, 4])]]));
  const data = buildCommentData({
    name: 'web',
    repo: 'octo/shop',
    prNumber: 4,
    headSha: SHA('a'),
    totals: computeTotals(head),
    headline: 'lines',
    files: head,
    patch,
    base: baseFromBaseline({ record, commitsBehind: 2 }),
    trend: trendPoints([record, { ...record, sha: SHA('c'), metrics: { lines: 70 } }]),
    gates: [
      {
        id: 'min-lines',
        title: 'lines coverage',
        metric: 'lines',
        threshold: 80,
        actual: 60,
        passed: false,
        skipped: false,
        reason: 'too low',
      },
    ],
  });
  return { data, record };
}

describe('coverage comment data', () => {
  it('compares with the base file by file: changed files worst first, untouched files that dropped', () => {
    const { data, record } = scenario();
    expect(record.name).toBe('web');
    expect(record.metrics).toMatchObject({ lines: 100, lines_covered: 6, lines_total: 6 });
    expect(data.changedFiles.map((f) => [f.path, f.uncoveredLines])).toEqual([['src/cart.ts', [3, 4]]]);
    expect(data.changedFiles[0]).toMatchObject({ lines: 50, basePct: 100 });
    expect(data.droppedFiles).toEqual([{ path: 'src/untouched.ts', basePct: 100, headPct: 25 }]);
    expect(data.base).toMatchObject({ sha: SHA('b'), commitsBehind: 2, lines: 100 });
  });

  it('renders totals, delta, staleness, gates, changed and dropped files and the trend, all escaped', () => {
    const { data } = scenario();
    const { body, full, leftOut } = renderComment(data, {
      runUrl: 'https://github.com/octo/shop/actions/runs/1',
    });
    expect(body).toContain('### Coverage: web — 50.00% (▼ -50.00 vs base)');
    expect(body).toContain('2 commits before the merge-base');
    expect(body).toContain('| ❌ | lines coverage | too low |');
    expect(body).toMatch(/`src\/cart\.ts` \| 50\.00% \| ▼ -50\.00 \| 0\.00% \(0\/2\) \| 3-4/);
    expect(body).toContain('Untouched files whose coverage dropped');
    expect(body).toContain('```mermaid');
    expect(body.replace(/`[^`\n]*`/g, '')).not.toMatch(/@team|<b>/);
    expect(leftOut).toEqual([]);
    expect(full).toContain('src/untouched.ts');
  });

  it('drops whole sections to fit a small budget and says so', () => {
    const { data } = scenario();
    const small = renderComment(data, { budget: 900 });
    expect(small.body.length).toBeLessThanOrEqual(900);
    expect(small.leftOut.length).toBeGreaterThan(0);
  });

  it('says when there is no base', () => {
    const { data } = scenario();
    const { body } = renderComment({
      ...data,
      base: { unavailable: 'no history has been stored yet' },
      trend: [],
    });
    expect(body).toContain('No base to compare with: no history has been stored yet');
  });
});

describe('a Go project', () => {
  // Go's own tool prints statement coverage, and coverage-gate gates it: the comment leads with it too.
  function goData(): CommentData {
    const { data } = scenario();
    return {
      ...data,
      headline: 'statements',
      totals: { ...data.totals, statements: { covered: 7, total: 10, pct: 70 } },
      base: { ...(data.base as Exclude<CommentData['base'], { unavailable: string }>), statements: 75 },
      trend: [
        { sha: SHA('d'), time: '2026-11-01T00:00:00Z', lines: 60 },
        { sha: SHA('e'), time: '2026-11-02T00:00:00Z', lines: 61, statements: 72 },
        { sha: SHA('f'), time: '2026-11-03T00:00:00Z', lines: 62, statements: 75 },
      ],
    };
  }

  it('leads with statement coverage, against the base statement figure, with its own trend', () => {
    const { body } = renderComment(goData());
    expect(body).toContain('### Coverage: web — 70.00% of statements (▼ -5.00 vs base)');
    expect(body).toMatch(/\| statements \| 70\.00% \(7\/10\) \| 75\.00% \|/);
    expect(body).toContain('Statement coverage on the default branch');
    expect(body).toContain('72.00% → 75.00% over the last 2 default-branch runs');
  });

  it('shows the statement figure on the badge and survives the fork-safe payload', () => {
    const data = goData();
    expect(badgeMessage(70)).toBe('70.0%');
    const parsed = parseCommentData(JSON.stringify(data));
    expect(parsed.headline).toBe('statements');
    expect(parsed.totals.statements).toEqual({ covered: 7, total: 10, pct: 70 });
    expect(parsed.trend.map((p) => p.statements)).toEqual([undefined, 72, 75]);
    expect(() => parseCommentData(JSON.stringify({ ...data, headline: 'branches' }))).toThrow(
      /data\.headline has an unexpected format/,
    );
  });
});

describe('fork-safe payload', () => {
  it('reads back what compute wrote', () => {
    const { data } = scenario();
    const parsed = parseCommentData(JSON.stringify(data));
    // Per-file base figures stay behind: the comment does not need them.
    const { files: _files, ...base } = data.base as Exclude<CommentData['base'], { unavailable: string }>;
    expect(parsed).toEqual({ ...data, base });
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    [
      'a foreign field',
      (d: Record<string, unknown>) => ({ ...d, html: '<script>' }),
      /data\.html is not a known field/,
    ],
    [
      'a bad sha',
      (d: Record<string, unknown>) => ({ ...d, headSha: 'HEAD' }),
      /data\.headSha has an unexpected format/,
    ],
    ['a bad repo', (d: Record<string, unknown>) => ({ ...d, repo: '../../x' }), /data\.repo/],
    [
      'a negative count',
      (d: Record<string, unknown>) => ({ ...d, patch: { covered: -1, total: 2, pct: 0 } }),
      /data\.patch\.covered/,
    ],
    ['an unknown schema', (d: Record<string, unknown>) => ({ ...d, schema: 'x' }), /data\.schema/],
  ])('refuses %s', (_what, change, message) => {
    const { data } = scenario();
    const text =
      typeof change === 'string'
        ? change
        : JSON.stringify(change(data as unknown as Record<string, unknown>));
    expect(() => parseCommentData(text)).toThrow(message);
  });
});

describe('the coverage badge', () => {
  it('rounds down as every figure does, so it never shows a pass a gate at that figure fails', () => {
    expect(badgeMessage(79.96)).toBe('79.9%');
    expect(badgeMessage(99.99)).toBe('99.9%');
    expect(badgeMessage(100)).toBe('100%');
    expect(badgeMessage(0)).toBe('0.0%');
    expect(badgeMessage(null)).toBe('n/a');
  });
});
