import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'cli/main': 'src/cli/main.ts', 'identify/matcher/shard-worker': 'src/identify/matcher/shard-worker.ts' },
  format: ['esm'],
  target: 'node22',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  external: ['node-seal', 'node:sqlite'],
  // keep 'node:' specifiers: 'node:sqlite' has no unprefixed form
  removeNodeProtocol: false,
});
