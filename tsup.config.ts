import { defineConfig } from 'tsup';

/** The package's entry points (package.json `exports`): one per role and concern, src/entry/. */
const ENTRIES = ['index', 'terminal', 'matcher', 'custodian', 'desk', 'server', 'audit', 'fingerprint'] as const;
const entry = Object.fromEntries(ENTRIES.map((e) => [e, `src/entry/${e}.ts`]));
/**
 * `sealmatch/browser`: only its declarations come from tsup; its JavaScript is the esbuild browser
 * bundle `npm run build:browser` writes beside them afterwards (web/teller/build.ts --package).
 */
const browserTypes = { 'browser/index': 'src/browser/index.ts' };

export default defineConfig({
  entry: { ...entry, 'cli/main': 'src/cli/main.ts', 'identify/matcher/shard-worker': 'src/identify/matcher/shard-worker.ts' },
  format: ['esm'],
  target: 'node22',
  dts: { entry: { ...entry, ...browserTypes } },
  sourcemap: true,
  clean: true,
  splitting: true,
  external: ['node-seal', 'node:sqlite'],
  // keep 'node:' specifiers: 'node:sqlite' has no unprefixed form
  removeNodeProtocol: false,
});
