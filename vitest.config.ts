import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'actions/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
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
