/**
 * Builds the browser terminal: `web/teller/dist/sealmatch-terminal.js` (src/browser/index.ts, ESM,
 * platform browser) and the teller page's script `web/teller/dist/teller.js` (web/teller/teller-page.ts,
 * which imports the terminal bundle by URL), beside copies of index.html and teller.css. SEAL's
 * WebAssembly is not copied: the server serves node-seal's own file (src/server/teller-mount.ts).
 *
 * The `.browser.ts` sibling rule: an import of `./x.js` whose `./x.browser.ts` exists resolves to
 * the latter (src/he/seal/wasm-source, src/wire/native-sha256: the terminal path's only Node-only
 * modules). The build fails if any `node:` module or Node builtin is still reached.
 *
 *   npx tsx web/teller/build.ts [--out DIR]
 */
import { existsSync, mkdirSync, copyFileSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Not under dist/: tsup cleans that on every `npm run build`. Ignored by git (`dist/`). */
export const DEFAULT_TELLER_OUT = join(ROOT, 'web/teller/dist');
const PAGE_FILES = ['index.html', 'teller.css'];
export const TERMINAL_BUNDLE = 'sealmatch-terminal.js';
const TERMINAL_ENTRY = join(ROOT, 'src/browser/index.ts');

/** `./x.js` -> `./x.browser.ts` when that sibling exists. */
const browserSiblings: Plugin = {
  name: 'browser-siblings',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const sibling = resolve(args.resolveDir, args.path.replace(/\.js$/, '.browser.ts'));
      return existsSync(sibling) ? { path: sibling } : undefined;
    });
  },
};

/**
 * node-seal's emscripten glue runs `await import("module")` only when it finds itself on Node
 * (ENVIRONMENT_IS_NODE); in the bundle that import resolves to this stub, so no Node builtin is
 * named anywhere in it.
 */
const noNodeModule: Plugin = {
  name: 'no-node-module',
  setup(b) {
    b.onResolve({ filter: /^module$/ }, () => ({ path: 'module', namespace: 'node-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => ({
      contents: "export function createRequire() { throw new Error('node-seal: not on Node'); }",
      loader: 'js',
    }));
  },
};

/** The page imports the terminal by URL (one copy of the terminal code, cached once). */
const terminalByUrl: Plugin = {
  name: 'terminal-by-url',
  setup(b) {
    b.onResolve({ filter: /src\/browser\/index\.js$/ }, () => ({ path: `./${TERMINAL_BUNDLE}`, external: true }));
  },
};

export interface TellerBuild {
  readonly outDir: string;
  /** Bytes of the terminal bundle, raw and gzip -9. */
  readonly terminalBytes: number;
  readonly terminalGzipBytes: number;
  /** Bytes of the page script. */
  readonly pageBytes: number;
}

/** Builds the terminal bundle and the teller page into `outDir`. */
export async function buildTeller(outDir = DEFAULT_TELLER_OUT): Promise<TellerBuild> {
  mkdirSync(outDir, { recursive: true });
  const common = {
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  } as const;
  await build({ ...common, entryPoints: { 'sealmatch-terminal': TERMINAL_ENTRY }, outdir: outDir, plugins: [browserSiblings, noNodeModule] });
  await build({ ...common, entryPoints: { teller: join(ROOT, 'web/teller/teller-page.ts') }, outdir: outDir, plugins: [terminalByUrl, browserSiblings] });
  for (const f of PAGE_FILES) copyFileSync(join(ROOT, 'web/teller', f), join(outDir, f));
  const terminal = readFileSync(join(outDir, TERMINAL_BUNDLE));
  const nodeOnly = /\b(?:import\s*\(?|from)\s*["'](node:[^"']+|module|fs|path|url|crypto|os|worker_threads)["']/.exec(terminal.toString('utf8'));
  if (nodeOnly) throw new Error(`browser bundle still imports ${nodeOnly[1]}`);
  return { outDir, terminalBytes: terminal.length, terminalGzipBytes: gzipSync(terminal, { level: 9 }).length, pageBytes: statSync(join(outDir, 'teller.js')).size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const r = await buildTeller(at > 0 ? resolve(process.argv[at + 1]!) : DEFAULT_TELLER_OUT);
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
