/**
 * @module he/seal/wasm-source
 * Where SEAL's WebAssembly comes from on Node: node-seal's `dist/seal_throws.wasm`, read from the
 * installed package. The browser bundle replaces this module with `wasm-source.browser.ts`
 * (fetched from the server beside the bundle): the `.browser.ts` sibling rule of web/teller/build.ts.
 *
 * Security note: the bytes are trusted as SEAL (they come from the installed dependency).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** node-seal's WebAssembly (seal_throws.wasm, beside its entry dist/index_throws.js). */
export async function sealWasmBytes(): Promise<Uint8Array> {
  const entry = fileURLToPath(import.meta.resolve('node-seal'));
  return readFile(join(dirname(entry), 'seal_throws.wasm'));
}

/** Node >= 22 is required by node-seal 7 (it aborts on Node 20). Undefined when fine, else why not. */
export function runtimeProblem(): string | undefined {
  const major = Number(process.versions.node.split('.')[0]);
  return major >= 22 ? undefined : `Node.js >= 22 required, running ${process.version}`;
}
