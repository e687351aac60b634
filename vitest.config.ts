import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'actions/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts', 'actions/*/src/**/*.ts', 'cli/**/*.ts'],
      exclude: ['**/*.test.ts'],
      reporter: ['text-summary', 'lcov', 'json'],
      reportsDirectory: 'coverage',
    },
  },
});
