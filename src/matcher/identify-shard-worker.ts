/**
 * A gallery shard in a worker thread: its own SEAL instance (batch codec for the blinding
 * plaintexts) and its own WASM kernel memory holding `blocks` gallery blocks. On each search it
 * multiply-accumulates every block with the expanded probe (shared memory, not copied), adds the
 * per-slot blinding plaintext and serializes the size-3 result: the same library calls as the
 * single-threaded path (src/matcher/identify.ts). Used by identify-shards.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchCodec } from '../he/batch.js';
import { HeContext } from '../he/context.js';
import { expandSubtree, expansionDepth, loadGaloisKeys } from '../he/expansion.js';
import { GalleryKernel, productLevelOf, residuesOf, resultContainer } from '../he/gallery-block.js';
import type { KernelRegion } from '../he/kernel/residue-kernel.js';

export interface ShardInit {
  readonly presetId: string;
  /** Galois keys (SMK container) for the worker's share of the probe expansion. */
  readonly galoisKeys: Uint8Array;
  readonly blocks: number;
  /** Timing galleries: fill with uniformly random residues (indistinguishable from encryptions). */
  readonly fill: 'random';
  readonly seed: number;
}

export interface ShardSearch {
  readonly probes: SharedArrayBuffer;
  readonly threshold: number;
}

/** Expand the subtree of one node (SEAL bytes) from `fromStep`, writing outputs into `probes`. */
export interface ShardExpand {
  readonly expand: { readonly node: Uint8Array; readonly index: number; readonly fromStep: number };
  readonly probes: SharedArrayBuffer;
}

async function main(): Promise<void> {
  const init = workerData as ShardInit;
  const he = await HeContext.create(init.presetId);
  const codec = new BatchCodec(he);
  const gk = await GalleryKernel.create(he);
  const level = productLevelOf(he);
  const primes = he.level(level).primes;
  const blocks: KernelRegion[] = [];
  // One random block, copied into every block: each block is its own memory (streamed from RAM
  // on every search), and the kernel's work does not depend on the values.
  let s = init.seed >>> 0 || 1;
  const first = gk.allocBlock();
  const view = gk.kernel.view(first);
  for (let off = 0; off < view.length; off += he.N) {
    const q = primes[(off / he.N) % primes.length]!;
    for (let c = 0; c < he.N; c++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      view[off + c] = (s >>> 0) % q;
    }
  }
  blocks.push(first);
  for (let b = 1; b < init.blocks; b++) {
    const r = gk.allocBlock();
    gk.kernel.view(r).set(gk.kernel.view(first));
    blocks.push(r);
  }
  // Per-slot secret factors (as enrollment would bake them) for the blinding plaintext.
  const factors = Uint32Array.from({ length: he.N }, (_, i) => 1 + (i % he.preset.blindFactorMax));
  const t = Number(he.t);
  parentPort!.postMessage({ ready: true, heapBytes: gk.heapBytes });
  const galois = loadGaloisKeys(he, init.galoisKeys);
  const d = he.preset.expansionDim!;
  const ct2 = 2 * primes.length * he.N;
  parentPort!.on('message', (msg: ShardSearch | ShardExpand | 'exit') => {
    if (msg === 'exit') {
      galois.delete();
      codec.delete();
      he.delete();
      process.exit(0);
    }
    if ('expand' in msg) {
      const started = performance.now();
      const node = new he.seal.Ciphertext();
      node.loadFromArray(he.context, msg.expand.node);
      const out = new Uint32Array(msg.probes);
      const leaves = expandSubtree(he, node, msg.expand.index, msg.expand.fromStep, expansionDepth(d), d, galois);
      node.delete();
      for (const { index, ct } of leaves) {
        out.set(residuesOf(he, ct, 2, level), index * ct2);
        ct.delete();
      }
      parentPort!.postMessage({ expandedMs: performance.now() - started, outputs: leaves.length });
      return;
    }
    const started = performance.now();
    gk.loadProbes(new Uint32Array(msg.probes));
    const results: Uint8Array[] = [];
    for (const block of blocks) {
      const blind = new Uint32Array(he.N);
      const rnd = globalThis.crypto.getRandomValues(new Uint32Array(he.N));
      for (let i = 0; i < he.N; i++) {
        const r = factors[i]!;
        blind[i] = ((((rnd[i]! % r) - r * msg.threshold) % t) + t) % t;
      }
      results.push(resultContainer(he, gk.score(block, codec.nttResidues(blind, level))));
    }
    parentPort!.postMessage({ ms: performance.now() - started, bytes: results.reduce((n, r) => n + r.length, 0), blocks: results.length });
  });
}

void main();
