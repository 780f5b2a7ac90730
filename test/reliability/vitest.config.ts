import { defineConfig } from 'vitest/config';

/**
 * The reliability suite (`npm run test:reliability`): fault injection against the matcher and
 * custodian running as child processes. One fork, scenarios one after another: they measure
 * latencies and kill processes, so running them beside each other (or beside `npm test`, whose
 * include pattern also matches these files: they skip themselves there, see harness.ts
 * `reliabilitySuite`) would disturb the figures.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/reliability/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    env: { SEALMATCH_RELIABILITY: '1' },
  },
});
