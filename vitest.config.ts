import { defineConfig } from 'vitest/config';

// Three layers, each runnable alone (`npm run test:unit`, `test:runner`, `test:real`):
// - unit: pure functions in shared/ and cli/ (`*.test.ts`), seconds;
// - runner: bundles under the harness and loopback fakes of GitHub and the Actions services
//   (test/**, and `*.runner.test.ts` anywhere);
// - real: real Chromium, autocannon against real servers, real Prometheus, and the journey tests
//   (`*.real.test.ts`, `*.chromium.test.ts`, test/journey/**).
const REAL = ['**/*.real.test.ts', '**/*.chromium.test.ts', 'test/journey/**/*.test.ts'];
const RUNNER = ['**/*.runner.test.ts'];
const IGNORED = ['**/node_modules/**', '**/.tmp/**', '**/build/**', '**/dist/**'];

// Vitest's default on 2 cores is one worker for everything. The layers run one after another
// (groupOrder), each as parallel as is safe: unit files are CPU-bound (one per core); runner files
// mostly wait on the bundles they spawn and on loopback fakes (each on its own port and temp
// folder), so two run side by side; real files measure (Chromium, load tests) and run alone.

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          maxWorkers: 2,
          include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'actions/**/*.test.ts'],
          exclude: [...IGNORED, ...REAL, ...RUNNER],
        },
      },
      {
        extends: true,
        test: {
          name: 'runner',
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
          include: ['test/**/*.test.ts', ...RUNNER],
          exclude: [...IGNORED, ...REAL],
        },
      },
      {
        extends: true,
        test: { name: 'real', include: REAL, exclude: IGNORED, sequence: { groupOrder: 2 }, maxWorkers: 1 },
      },
    ],
    coverage: {
      provider: 'v8',
      // The actions' thin entries (actions/*/src) and the CLI are tested as users run them: the bundles in
      // dist/ under the runner harness and as a CLI, in child processes that in-process v8 coverage cannot
      // see. Measuring them here would only count them as untested.
      include: ['shared/**/*.ts'],
      exclude: ['**/*.test.ts', 'shared/history/test-records.ts'],
      reporter: ['text-summary', 'lcov', 'json'],
      reportsDirectory: 'coverage',
    },
  },
});
