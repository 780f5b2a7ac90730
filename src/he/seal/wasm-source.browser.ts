/**
 * @module he/seal/wasm-source (browser)
 * Browser replacement of `wasm-source.ts` (web/teller/build.ts swaps it in): SEAL's WebAssembly
 * is fetched from the server that served the bundle, `seal_throws.wasm` beside the bundle's own
 * URL (the reference server mounts both under /teller/, src/server/teller-mount.ts).
 *
 * Security note: the page trusts the server for its code and its WebAssembly alike; a page served
 * by a hostile server can leak the template whatever the WebAssembly is (see web/teller/README.md).
 */

/** SEAL's WebAssembly, fetched from beside the bundle (`/teller/seal_throws.wasm`). */
export async function sealWasmBytes(): Promise<Uint8Array> {
  const wasmUrl = new URL('seal_throws.wasm', import.meta.url);
  const res = await fetch(wasmUrl);
  if (!res.ok) throw new Error(`SEAL WebAssembly: HTTP ${res.status} for ${String(wasmUrl)}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Every browser with WebAssembly and BigInt runs node-seal's web build. */
export function runtimeProblem(): string | undefined {
  return typeof WebAssembly === 'object' ? undefined : 'this browser has no WebAssembly';
}
