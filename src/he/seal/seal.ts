/**
 * Loads Microsoft SEAL (node-seal 7, WebAssembly) once per thread. This folder (`src/he/`) is the
 * only place in sealmatch that touches SEAL; everything above it sees bytes and integers.
 * The WebAssembly's bytes come from wasm-source.ts (Node: the installed package; browsers: fetched
 * beside the bundle, wasm-source.browser.ts).
 */
import initialize, { type MainModule } from 'node-seal';
import { SealmatchError } from '../../errors.js';
import { runtimeProblem, sealWasmBytes } from './wasm-source.js';

export type Seal = MainModule;

let loading: Promise<Seal> | undefined;
let memory: WebAssembly.Memory | undefined;

/** Node >= 22 is required by node-seal 7 (it aborts on Node 20). Throws E_RUNTIME otherwise. */
export function assertRuntime(): void {
  const problem = runtimeProblem();
  if (problem) throw new SealmatchError('E_RUNTIME', problem);
}

/**
 * The SEAL module of this thread, loaded on first call. We instantiate the WebAssembly ourselves
 * (emscripten's `instantiateWasm` hook) to keep a handle on its linear memory, so benchmarks can
 * report the WASM heap and leaks show.
 */
export function loadSeal(): Promise<Seal> {
  assertRuntime();
  loading ??= (async () => {
    const binary = await sealWasmBytes();
    // A failed instantiation must reject the load (not hang it behind an unhandled rejection).
    let fail: (e: unknown) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => {
      fail = reject;
    });
    const seal = initialize({
      instantiateWasm(imports: WebAssembly.Imports, done: (inst: WebAssembly.Instance, mod: WebAssembly.Module) => void) {
        WebAssembly.instantiate(binary as Uint8Array<ArrayBuffer>, imports).then(({ instance, module }) => {
          for (const v of Object.values(instance.exports)) if (v instanceof WebAssembly.Memory) memory = v;
          done(instance, module);
        }, fail);
        return {};
      },
    });
    return Promise.race([seal, failed]);
  })();
  return loading;
}

/** Current size in bytes of SEAL's WebAssembly linear memory (0 before loading). It never shrinks. */
export function wasmHeapBytes(): number {
  return memory?.buffer.byteLength ?? 0;
}
