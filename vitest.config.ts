import { defineConfig } from 'vitest/config';

/**
 * Two projects, one run: `unit` (Node; shared/, cli/, electron/ with injected modules, the Dexie
 * store on fake-indexeddb) and `e2e` (the built renderer served on localhost, driven in Debian's
 * Chromium through playwright-core).
 */
export default defineConfig({
  test: {
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          // The renderer parses in a worker and writes to IndexedDB: give the UI time, not 1 s.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
