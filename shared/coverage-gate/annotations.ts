import type { PatchCoverage } from '../coverage/patch.js';
import { lineRanges } from '../coverage/patch.js';

export interface LineAnnotation {
  file: string;
  startLine: number;
  endLine: number;
  title: string;
  message: string;
}

/**
 * GitHub keeps only about 10 workflow-command annotations of one level per step and drops the
 * rest without a word, so we choose which ones users see: the longest uncovered runs first.
 */
export const ANNOTATION_LIMIT = 10;

export function selectAnnotations(
  patch: PatchCoverage,
  limit = ANNOTATION_LIMIT,
): { shown: LineAnnotation[]; leftOut: number } {
  const all: LineAnnotation[] = [];
  for (const file of patch.files) {
    for (const [start, end] of lineRanges(file.uncoveredLines)) {
      const count = end - start + 1;
      all.push({
        file: file.path,
        startLine: start,
        endLine: end,
        title: 'Changed lines not covered',
        message:
          count === 1
            ? `Line ${start} was changed but no test ran it.`
            : `Lines ${start}-${end} were changed but no test ran them.`,
      });
    }
  }
  all.sort(
    (a, b) =>
      b.endLine - b.startLine - (a.endLine - a.startLine) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.startLine - b.startLine,
  );
  return { shown: all.slice(0, limit), leftOut: Math.max(0, all.length - limit) };
}
