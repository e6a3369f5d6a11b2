import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (core, CLI, manifest, boundaries) and the real-browser tests,
// which launch Chromium and Firefox one after the other (2-core machines: never in parallel).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
