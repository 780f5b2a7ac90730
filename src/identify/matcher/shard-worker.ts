/**
 * One gallery shard in a worker thread (src/identify/matcher/gallery-residues.ts, `ShardedResidues`): its
 * own SEAL instance (expansion subtrees, blinding plaintexts, result containers) and its own WASM
 * kernel memory holding the column residues of the blocks assigned to it (a `BlockSet`). Requests
 * are `{ id, op, ... }`, answers `{ id, ok, result | error }`; errors keep their SealmatchError code.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isSealmatchError } from '../../errors.js';
import { BatchCodec } from '../../he/index.js';
import { HeContext } from '../../he/index.js';
import { ExpansionKeys } from '../../he/index.js';
import { expandSubtreeInto, GalleryKernel } from '../../he/index.js';
import { BlockSet, type ColumnUpdate, type ScoreJob } from './block-set.js';

export interface ShardInit {
  readonly presetId: string;
  /** Galois keys (SMK container) for the worker's share of the probe expansion. */
  readonly galoisKeys: Uint8Array;
}

export type ShardRequest =
  | { id: number; op: 'update'; blockId: number; update: ColumnUpdate }
  | { id: number; op: 'read'; blockId: number }
  | { id: number; op: 'expand'; nodes: { node: Uint8Array; index: number }[]; fromStep: number; probes: SharedArrayBuffer }
  | { id: number; op: 'score'; probes: SharedArrayBuffer; jobs: ScoreJob[] }
  | { id: number; op: 'digests'; blockIds: number[] }
  | { id: number; op: 'fillRandom'; blockIds: number[]; seed: number }
  | { id: number; op: 'heap' }
  | { id: number; op: 'close' };

export type ShardResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: { code?: string; message: string } };

/** Buffers that belong to exactly one array each (safe to transfer instead of copying). */
function ownBuffers(arrays: readonly ArrayBufferView[]): ArrayBuffer[] {
  const seen = new Set<ArrayBufferLike>();
  const out: ArrayBuffer[] = [];
  for (const a of arrays) {
    const b = a.buffer;
    if (b instanceof ArrayBuffer && a.byteOffset === 0 && a.byteLength === b.byteLength && !seen.has(b)) out.push(b);
    seen.add(b);
  }
  return out;
}

async function main(): Promise<void> {
  const init = workerData as ShardInit;
  const port = parentPort!;
  const he = await HeContext.create(init.presetId);
  const codec = new BatchCodec(he);
  const gk = await GalleryKernel.create(he);
  const galois = ExpansionKeys.load(he, init.galoisKeys);
  const set = new BlockSet(he, gk, codec);
  let probesFrom: SharedArrayBuffer | undefined;

  const handle = (msg: ShardRequest): { result: unknown; transfer?: ArrayBuffer[] } => {
    switch (msg.op) {
      case 'update':
        set.update(msg.blockId, msg.update);
        return { result: null };
      case 'read': {
        const cols = set.readColumns(msg.blockId);
        return { result: cols, transfer: ownBuffers(cols) };
      }
      case 'expand': {
        const out = new Uint32Array(msg.probes);
        let leaves = 0;
        for (const n of msg.nodes) leaves += expandSubtreeInto(he, n.node, n.index, msg.fromStep, galois, out);
        return { result: leaves };
      }
      case 'score': {
        if (probesFrom !== msg.probes) {
          set.loadProbes(new Uint32Array(msg.probes));
          probesFrom = msg.probes;
        }
        const out = set.score(msg.jobs);
        return { result: out, transfer: ownBuffers(out.flat()) };
      }
      case 'digests':
        return { result: set.digests(msg.blockIds) };
      case 'fillRandom':
        set.fillRandom(msg.blockIds, msg.seed);
        return { result: null };
      case 'heap':
        return { result: set.heapBytes };
      case 'close':
        set.delete();
        galois.delete();
        codec.delete();
        he.delete();
        return { result: null };
    }
  };

  port.on('message', (msg: ShardRequest) => {
    try {
      const { result, transfer } = handle(msg);
      port.postMessage({ id: msg.id, ok: true, result } satisfies ShardResponse, transfer ?? []);
      if (msg.op === 'close') port.close();
    } catch (e) {
      const error = isSealmatchError(e) ? { code: e.code, message: e.message } : { message: e instanceof Error ? e.message : String(e) };
      port.postMessage({ id: msg.id, ok: false, error } satisfies ShardResponse);
    }
  });
  port.postMessage({ id: 0, ok: true, result: 'ready' } satisfies ShardResponse);
}

void main().catch((e: unknown) => {
  parentPort!.postMessage({ id: 0, ok: false, error: { message: e instanceof Error ? e.message : String(e) } } satisfies ShardResponse);
});
