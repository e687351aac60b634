import { defineConfig } from 'vitest/config';
import { LongFirstSequencer } from './test/harness/sequencer.js';

// Four layers, each runnable alone (`npm run test:unit`, `test:runner`, `test:real`, `test:measure`):
// - unit: pure functions in shared/ and cli/ (`*.test.ts`), seconds;
// - runner: bundles under the harness and loopback fakes of GitHub and the Actions services
//   (test/**, and `*.runner.test.ts` anywhere);
// - real: real Chromium, autocannon against real servers, real Prometheus, and the journey tests
//   (`*.real.test.ts`, `*.chromium.test.ts`, test/journey/**);
// - measure: tests whose verdict comes from measuring the machine (`*.measure.test.ts`: the load
//   comparisons of a 3x slowdown and of a build against itself, the blocking-time audit).
const REAL = ['**/*.real.test.ts', '**/*.chromium.test.ts', 'test/journey/**/*.test.ts'];
const RUNNER = ['**/*.runner.test.ts'];
const MEASURE = ['**/*.measure.test.ts'];
const IGNORED = ['**/node_modules/**', '**/.tmp/**', '**/build/**', '**/dist/**'];

// One pool for the first three layers: on 2 cores, layers run one after another would leave the
// cores idle while the last files of a layer finish, and the longest files (the journey, the
// Lighthouse install) would run alone. Most runner and real files wait rather than compute (on the
// bundles they spawn, loopback fakes, retry waits, Chromium), so six workers share two cores (six
// finished the suite in 268 s against 316 s with four; docs/benchmarks.md); each file uses its own
// ports and temp folders. The long files start first (test/harness/sequencer.ts). Projects in one
// pool must agree on maxWorkers (vitest's rule).
const WORKERS = 6;

// The measure layer runs after that pool has finished (a later `groupOrder`), one file at a time:
// a measured verdict needs cores that nothing else of the suite loads. Inside the pool, a 3x
// slowdown came out inconclusive on the CI machine: Chrome starting and `npm ci` beside the
// measured service made base rounds 5x costlier and some slower than the 3x head. What a real
// runner's neighbours do to it is the method's business (it keeps looking, or says inconclusive);
// what the suite does to itself is not.
const MEASURE_GROUP = 1;

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    sequence: { sequencer: LongFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          maxWorkers: WORKERS,
          include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'actions/**/*.test.ts'],
          exclude: [...IGNORED, ...REAL, ...RUNNER, ...MEASURE],
        },
      },
      {
        extends: true,
        test: {
          name: 'runner',
          maxWorkers: WORKERS,
          include: ['test/**/*.test.ts', ...RUNNER],
          exclude: [...IGNORED, ...REAL, ...MEASURE],
        },
      },
      {
        extends: true,
        test: { name: 'real', include: REAL, exclude: [...IGNORED, ...MEASURE], maxWorkers: WORKERS },
      },
      {
        extends: true,
        test: {
          name: 'measure',
          include: MEASURE,
          exclude: IGNORED,
          maxWorkers: 1,
          sequence: { groupOrder: MEASURE_GROUP },
        },
      },
    ],
    coverage: {
      provider: 'v8',
      // The actions' thin entries (actions/*/src) and the CLI are tested as users run them: the bundles in
      // dist/ under the runner harness and as a CLI, in child processes that in-process v8 coverage cannot
      // see. Measuring them here would only count them as untested.
      include: ['shared/**/*.ts'],
      exclude: ['**/*.test.ts'],
      reporter: ['text-summary', 'lcov', 'json'],
      reportsDirectory: 'coverage',
    },
  },
});
