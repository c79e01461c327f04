import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**', 'dist/**'],
    // Generous: process-level tests (kills, resumes, NATS) run several `ebm` processes each.
    testTimeout: 300_000,
    hookTimeout: 60_000,
    // Two cores: suites that start processes and thread pools compete for them.
    fileParallelism: true,
    maxWorkers: 2,
    // The JSON report is what .ci/run counts for its 'N passed, N failed' line.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
  },
});
