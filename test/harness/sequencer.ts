// The order in which vitest hands files to its workers. Every layer runs in one pool
// (vitest.config.ts), so the wall time is at least the longest file; the long files start first
// and the rest fills the workers beside them. Vitest's own order (the durations it cached from the
// last run, else file size) decides among the others; a fresh CI checkout has no cached durations,
// hence this list of the files that took longest in full runs on the 2-core CI machine (issue 16).
// The order is only a hint: no test depends on it, and a file missing from the list only starts
// later.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first (the files that measure the machine run after these, in a layer of their own). */
const LONG_FILES = [
  'test/journey/two-weeks.test.ts',
  'test/actions/perf-regression.runner.test.ts',
  'test/actions/lighthouse-vitals.runner.test.ts',
  'shared/perf/load-run.real.test.ts',
  'test/actions/coverage-comment.runner.test.ts',
  'test/lighthouse/vitals.chromium.test.ts',
  'shared/history/services.runner.test.ts',
  'test/lighthouse/faults.chromium.test.ts',
  'test/package/demo.test.ts',
  'test/actions/deploy-smoke-health.alerts.runner.test.ts',
  'test/actions/coverage-comment-publish.runner.test.ts',
  'shared/github/pr-comment.runner.test.ts',
  'test/actions/deploy-smoke-health.watch.runner.test.ts',
  'test/actions/shared-comment.runner.test.ts',
];

export class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const root = spec.project.config.root.replace(/\/?$/, '/');
      const relative = spec.moduleId.startsWith(root) ? spec.moduleId.slice(root.length) : spec.moduleId;
      const index = LONG_FILES.indexOf(relative);
      return index === -1 ? LONG_FILES.length : index;
    };
    // Array.prototype.sort is stable: files off the list keep vitest's order among themselves.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
