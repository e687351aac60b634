import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { root: '/work/main', include: ['test/lighthouse/*.explore.ts'], testTimeout: 600_000 } });
