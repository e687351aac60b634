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

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'actions/**/*.test.ts'],
          exclude: [...IGNORED, ...REAL, ...RUNNER],
        },
      },
      {
        extends: true,
        test: {
          name: 'runner',
          include: ['test/**/*.test.ts', ...RUNNER],
          exclude: [...IGNORED, ...REAL],
        },
      },
      {
        extends: true,
        test: { name: 'real', include: REAL, exclude: IGNORED },
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
