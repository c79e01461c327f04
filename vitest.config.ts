import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**', 'dist/**'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Two cores: suites that start processes and thread pools compete for them.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
