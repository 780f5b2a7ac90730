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
 * `--package` builds only the terminal bundle, for the package's `sealmatch/browser` entry
 * (`npm run build:browser`, part of `npm run build`): into dist/browser/ with a copy of node-seal's
 * `seal_throws.wasm` beside it, the WebAssembly matching the emscripten glue bundled here.
 *
 *   npx tsx web/teller/build.ts [--out DIR]
 *   npx tsx web/teller/build.ts --package [--out DIR]     (default dist/browser)
 */
import { existsSync, mkdirSync, copyFileSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Not under dist/: tsup cleans that on every `npm run build`. Ignored by git (`dist/`). */
export const DEFAULT_TELLER_OUT = join(ROOT, 'web/teller/dist');
/** The package's browser entry (`sealmatch/browser`): written after tsup, which cleans dist/. */
export const DEFAULT_PACKAGE_OUT = join(ROOT, 'dist/browser');
/** SEAL's WebAssembly: the bundle fetches it from beside its own URL (src/he/seal/wasm-source.browser.ts). */
export const SEAL_WASM = 'seal_throws.wasm';
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

/** The terminal bundle's size budget (bytes, minified). */
const MAX_TERMINAL_BYTES = 600_000;

const COMMON = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
} as const;

/** Builds `sealmatch-terminal.js` into `outDir`; fails if a Node builtin is still imported. Returns its bytes. */
async function buildTerminalBundle(outDir: string): Promise<Buffer> {
  mkdirSync(outDir, { recursive: true });
  await build({ ...COMMON, entryPoints: { 'sealmatch-terminal': TERMINAL_ENTRY }, outdir: outDir, plugins: [browserSiblings, noNodeModule] });
  const terminal = readFileSync(join(outDir, TERMINAL_BUNDLE));
  const nodeOnly = /\b(?:import\s*\(?|from)\s*["'](node:[^"']+|module|fs|path|url|crypto|os|worker_threads)["']/.exec(terminal.toString('utf8'));
  if (nodeOnly) throw new Error(`browser bundle still imports ${nodeOnly[1]}`);
  // ~375 KB today; a bundle that grew past this has pulled in something a terminal page does not
  // need (the fingerprint representation's 1.7 MB background did once: enrollment.browser.ts).
  if (terminal.length > MAX_TERMINAL_BYTES) throw new Error(`browser bundle is ${terminal.length} bytes, over ${MAX_TERMINAL_BYTES}: check what it now imports`);
  return terminal;
}

/** Builds the terminal bundle and the teller page into `outDir`. */
export async function buildTeller(outDir = DEFAULT_TELLER_OUT): Promise<TellerBuild> {
  const terminal = await buildTerminalBundle(outDir);
  await build({ ...COMMON, entryPoints: { teller: join(ROOT, 'web/teller/teller-page.ts') }, outdir: outDir, plugins: [terminalByUrl, browserSiblings] });
  for (const f of PAGE_FILES) copyFileSync(join(ROOT, 'web/teller', f), join(outDir, f));
  return { outDir, terminalBytes: terminal.length, terminalGzipBytes: gzipSync(terminal, { level: 9 }).length, pageBytes: statSync(join(outDir, 'teller.js')).size };
}

/** What {@link buildBrowserPackage} wrote. */
export interface BrowserPackageBuild {
  readonly outDir: string;
  /** Bytes of the terminal bundle, raw and gzip -9. */
  readonly terminalBytes: number;
  readonly terminalGzipBytes: number;
  /** Bytes of the copied seal_throws.wasm. */
  readonly wasmBytes: number;
}

/**
 * The package's `sealmatch/browser` files: the terminal bundle and, beside it, the node-seal
 * WebAssembly its glue was built with (a browser fetches it from the bundle's own URL; serving
 * another node-seal version's file would not load).
 */
export async function buildBrowserPackage(outDir = DEFAULT_PACKAGE_OUT): Promise<BrowserPackageBuild> {
  const terminal = await buildTerminalBundle(outDir);
  const wasm = join(dirname(fileURLToPath(import.meta.resolve('node-seal'))), SEAL_WASM);
  copyFileSync(wasm, join(outDir, SEAL_WASM));
  return { outDir, terminalBytes: terminal.length, terminalGzipBytes: gzipSync(terminal, { level: 9 }).length, wasmBytes: statSync(wasm).size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? resolve(process.argv[at + 1]!) : undefined;
  const r = process.argv.includes('--package') ? await buildBrowserPackage(out) : await buildTeller(out);
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
