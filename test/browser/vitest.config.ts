import { defineConfig } from 'vitest/config';

/**
 * The browser tier (`npm run test:browser`, also in .ci/run): the teller page in real headless
 * Chromium against a real custodian and matcher. One fork (Chromium and the services share the
 * machine's two cores). `npm test`'s include pattern also matches these files: they skip
 * themselves there (SEALMATCH_BROWSER unset).
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/browser/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    env: { SEALMATCH_BROWSER: '1' },
  },
});
