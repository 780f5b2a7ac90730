import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is (cores - 1) workers: one on the 2-core CI machines, which runs the
    // CPU-bound suite file by file. Two forks use both cores (~2x shorter wall time).
    maxWorkers: 2,
  },
});
