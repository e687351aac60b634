import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PatchCoverage } from '../coverage/patch.js';
import { ANNOTATION_LIMIT, selectAnnotations } from './annotations.js';

function patch(files: Record<string, number[]>): PatchCoverage {
  return {
    covered: 0,
    total: 0,
    pct: null,
    missingFiles: [],
    files: Object.entries(files).map(([path, uncoveredLines]) => ({
      path,
      executable: uncoveredLines.length,
      covered: 0,
      uncoveredLines,
    })),
  };
}

describe('selectAnnotations', () => {
  it('annotates each uncovered run with its line range', () => {
    const { shown, leftOut } = selectAnnotations(patch({ 'src/a.ts': [3, 4, 5, 9], 'src/b.ts': [1] }));
    expect(leftOut).toBe(0);
    expect(shown).toEqual([
      {
        file: 'src/a.ts',
        startLine: 3,
        endLine: 5,
        title: 'Changed lines not covered',
        message: 'Lines 3-5 were changed but no test ran them.',
      },
      {
        file: 'src/a.ts',
        startLine: 9,
        endLine: 9,
        title: 'Changed lines not covered',
        message: 'Line 9 was changed but no test ran it.',
      },
      {
        file: 'src/b.ts',
        startLine: 1,
        endLine: 1,
        title: 'Changed lines not covered',
        message: 'Line 1 was changed but no test ran it.',
      },
    ]);
  });

  it('shows at most 10, the longest runs first, and counts the rest', () => {
    const singles = Array.from({ length: 15 }, (_, i) => i * 2 + 1);
    const { shown, leftOut } = selectAnnotations(
      patch({ 'a.ts': singles, 'z.ts': [100, 101, 102], 'm.ts': [5, 6] }),
    );
    expect(ANNOTATION_LIMIT).toBe(10);
    expect(shown).toHaveLength(10);
    expect(leftOut).toBe(7);
    expect(shown.slice(0, 3).map((a) => [a.file, a.startLine, a.endLine])).toEqual([
      ['z.ts', 100, 102],
      ['m.ts', 5, 6],
      ['a.ts', 1, 1],
    ]);
    expect(shown.slice(2).map((a) => a.startLine)).toEqual([1, 3, 5, 7, 9, 11, 13, 15]);
  });

  it('has nothing to show for a fully covered patch', () => {
    expect(selectAnnotations(patch({ 'a.ts': [] }))).toEqual({ shown: [], leftOut: 0 });
  });

  it('never shows a shorter run while leaving out a longer one', () => {
    const lines = fc
      .uniqueArray(fc.integer({ min: 1, max: 80 }), { maxLength: 40 })
      .map((l) => l.sort((a, b) => a - b));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a.ts', 'b.ts', 'c/d.ts'), lines),
        fc.integer({ min: 0, max: 12 }),
        (files, limit) => {
          const all = selectAnnotations(patch(files), Number.MAX_SAFE_INTEGER).shown;
          const { shown, leftOut } = selectAnnotations(patch(files), limit);
          expect(shown.length).toBe(Math.min(limit, all.length));
          expect(shown.length + leftOut).toBe(all.length);
          const covered = all.reduce((n, a) => n + a.endLine - a.startLine + 1, 0);
          expect(covered).toBe(Object.values(files).reduce((n, l) => n + l.length, 0));
          const length = (a: { startLine: number; endLine: number }) => a.endLine - a.startLine + 1;
          const isShown = (a: (typeof all)[number]) =>
            shown.some((s) => s.file === a.file && s.startLine === a.startLine);
          const longestLeftOut = Math.max(0, ...all.filter((a) => !isShown(a)).map(length));
          for (const a of shown) expect(length(a)).toBeGreaterThanOrEqual(longestLeftOut);
        },
      ),
    );
  });
});
