import { defineConfig } from 'vitest/config';

/**
 * Three projects, run one group after the other (sequence.groupOrder) so that the browsers never
 * compete with the unit tests for the CPU on a 2-core machine:
 *   unit     everything quick: core, CLI in process, manifest, messages, boundaries (under 30 s)
 *   slow     limits (6 MB and 3,000-level pages), fast-check properties, spawned CLI processes,
 *            the attribution corpora (the generated pages, the 181 benchmark pages, the blind pages):
 *            timeouts sized for 2 busy cores, not vitest's default 5 s
 *   browser  real Chromium and Firefox (test/e2e), one file at a time
 * `npm test` runs all three; `npm run test:unit`, `test:slow`, `test:browser` run one.
 */
/** The attribution corpora: hundreds of whole pages each, so they run with the slow tests. */
const ATTRIBUTION_CORPORA = [
  'test/attribution-corpus/**/*.test.ts',
  'test/attribution/corpus.test.ts',
  'test/attribution/benchmark-labels.test.ts',
  'test/attribution/blind.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/slow/**', ...ATTRIBUTION_CORPORA],
          environment: 'node',
          sequence: { groupOrder: 0 },
          // Quick tests, but a 2-core machine under load can stall one for seconds.
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'slow',
          include: ['test/slow/**/*.test.ts', ...ATTRIBUTION_CORPORA],
          environment: 'node',
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 2 },
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
