import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../test/support/history-records.js';
import { COMMENT_DATA_SCHEMA, type CommentData } from './data.js';
import { checkProvenance, trustedCommentData, UntrustedDataError } from './trust.js';

const HEAD = 'b'.repeat(40);
const BASE = 'c'.repeat(40);

function claimed(over: Partial<CommentData> = {}): CommentData {
  return {
    schema: COMMENT_DATA_SCHEMA,
    name: '',
    repo: 'octo/shop',
    prNumber: 4,
    headSha: HEAD,
    totals: {
      lines: { covered: 1, total: 10, pct: 99 },
      branches: { covered: 0, total: 0, pct: null },
      functions: { covered: 0, total: 0, pct: null },
    },
    base: {
      sha: BASE,
      commitsBehind: 0,
      time: '2026-01-01T00:00:00Z',
      lines: 5,
      branches: null,
      functions: null,
    },
    patch: { covered: 2, total: 4, pct: 100 },
    changedFiles: [],
    droppedFiles: [{ path: 'a.js', basePct: 100, headPct: 10 }],
    trend: [],
    gates: [
      {
        id: 'min-lines',
        title: 'lines',
        metric: 'lines',
        threshold: 0,
        actual: 99,
        passed: true,
        skipped: false,
        reason: 'fine',
      },
    ],
    ...over,
  };
}

describe('the fork-safe publish job trusts only what it can establish', () => {
  it('checks repository, head commit, instance and pull request', () => {
    const run = { repo: 'octo/shop', headSha: HEAD, name: '' };
    expect(checkProvenance(claimed(), run)).toEqual({ prNumber: 4 });
    expect(() => checkProvenance(claimed({ repo: 'evil/shop' }), run)).toThrow(UntrustedDataError);
    expect(() => checkProvenance(claimed({ headSha: BASE }), run)).toThrow(/another head commit/);
    expect(() => checkProvenance(claimed({ name: 'api' }), run)).toThrow(/names instance 'api'/);
    expect(() => checkProvenance(claimed({ prNumber: null }), run)).toThrow(/no pull request/);
  });

  it('recomputes percentages, base, dropped files and every verdict against its own thresholds', () => {
    const record = makeRecord({
      sha: BASE,
      metrics: { lines: 90 },
      detail: { files: { 'a.js': [5, 10] } },
    });
    const data = trustedCommentData(claimed(), {
      config: { minimums: { lines: 80 }, minPatch: 60, maxDrop: 1 },
      records: [record],
      trend: [],
      defaultBranch: 'main',
    });
    expect(data.totals.lines.pct).toBe(10);
    expect(data.patch?.pct).toBe(50);
    expect('unavailable' in data.base ? null : data.base.lines).toBe(90);
    expect(data.droppedFiles).toEqual([{ path: 'a.js', basePct: 50, headPct: 10 }]);
    expect(data.gates?.map((g) => [g.id, g.passed])).toEqual([
      ['min-lines', false],
      ['min-patch', false],
      ['max-drop', false],
    ]);
  });

  it('recomputes the coverage gate on the figure the reports lead with (statements for Go)', () => {
    const go = claimed({
      headline: 'statements',
      totals: { ...claimed().totals, statements: { covered: 7, total: 10, pct: 99 } },
    });
    const o = { config: { minCoverage: 80, minimums: {} }, records: [], trend: [], defaultBranch: 'main' };
    const data = trustedCommentData(go, o);
    expect(data.totals.statements?.pct).toBe(70);
    expect(data.gates?.map((g) => [g.id, g.metric, g.actual, g.passed])).toEqual([
      ['min-coverage', 'statements', 70, false],
    ]);
    expect(() =>
      trustedCommentData(
        claimed({ totals: { ...claimed().totals, statements: { covered: 11, total: 10, pct: 100 } } }),
        o,
      ),
    ).toThrow(/claims 11 of 10 covered/);
  });

  it('has no base when the named base commit has no record here, and refuses impossible counts', () => {
    const o = { config: { minimums: { lines: 0 } }, records: [], trend: [], defaultBranch: 'main' };
    const data = trustedCommentData(claimed(), o);
    expect(data.base).toEqual({
      unavailable: expect.stringMatching(/has no record in this repository's history/),
    });
    expect(data.droppedFiles).toEqual([]);
    expect(() => trustedCommentData(claimed({ patch: { covered: 9, total: 4, pct: 100 } }), o)).toThrow(
      /claims 9 of 4 covered/,
    );
  });
});
