/**
 * Where the 1:N gallery's column residues live, and the search over them. The matcher's gallery
 * bookkeeping (slots, subject references, blinding factors, Merkle tables: gallery.ts) stays on
 * the main thread; the residues (~50 MB per 512-D block of 4,096 templates) live either
 *   - `LocalResidues`: in the main thread's kernel memory (one WASM memory, <= 4 GiB, i.e. at most
 *     ~80 blocks = ~330k 512-D templates; fine for tests, small banks and the CLI), or
 *   - `ShardedResidues`: in W worker threads (src/identify/matcher/shard-worker.ts), block b in
 *     worker b mod W, each worker with its own SEAL instance and kernel memory. A search runs the
 *     first floor(log2 W) expansion steps here, each worker finishes its subtrees into one shared
 *     buffer of expanded probes, then every worker multiply-accumulates and blinds its own blocks;
 *     results are merged in block order. Memory and compute both scale with W.
 * Both give identical results for identical inputs (test/identify.test.ts runs both).
 */
import { asIdentifyPreset } from '../../params/presets.js';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SealmatchError, type ErrorCode } from '../../errors.js';
import { BatchCodec } from '../../he/index.js';
import { HeContext } from '../../he/index.js';
import { expansionDepth, ExpansionKeys } from '../../he/index.js';
import { expandProbeResidues, expandProbeTop, GalleryKernel, productLevelOf } from '../../he/index.js';
import { BlockSet, type ColumnUpdate, type ScoreJob } from './block-set.js';
import type { ShardRequest, ShardResponse } from './shard-worker.js';

export type { ColumnUpdate, ScoreJob } from './block-set.js';

export interface GalleryResidues {
  /** Worker threads holding residues (0: the calling thread). */
  readonly workers: number;
  /** Applies an update to every column of a block (created as zero columns on first use). */
  update(blockId: number, update: ColumnUpdate): Promise<void>;
  /** Copies of the d columns of a block. */
  readColumns(blockId: number): Promise<Uint32Array[]>;
  /** Expands the probe container (validated first) and returns per job, in order, its result containers (BlockSet.score). */
  search(probe: Uint8Array, jobs: readonly ScoreJob[]): Promise<Uint8Array[][]>;
  /** Milliseconds of the last search's phases (expansion; multiply-accumulate + blinding + serialization). */
  readonly lastSearch: { expandMs: number; scoreMs: number };
  /** SHA-256 of each block's residues. */
  digests(blockIds: readonly number[]): Promise<Uint8Array[]>;
  /** Bytes of kernel memory over all threads. */
  heapBytes(): Promise<number>;
  /** TIMING GALLERIES ONLY: uniformly random residues in these blocks (see BlockSet.fillRandom). */
  fillRandom(blockIds: readonly number[], seed: number): Promise<void>;
  close(): Promise<void>;
}

/** Residues in the calling thread's kernel memory. */
export class LocalResidues implements GalleryResidues {
  readonly workers = 0;
  private readonly he: HeContext;
  private readonly codec: BatchCodec;
  private readonly galois: ExpansionKeys;
  private readonly set: BlockSet;

  private constructor(he: HeContext, gk: GalleryKernel, galoisKeys: Uint8Array) {
    this.he = he;
    this.codec = new BatchCodec(he);
    this.galois = ExpansionKeys.load(he, galoisKeys);
    this.set = new BlockSet(he, gk, this.codec);
  }

  static async create(he: HeContext, gk: GalleryKernel, galoisKeys: Uint8Array): Promise<LocalResidues> {
    return new LocalResidues(he, gk, galoisKeys);
  }

  async update(blockId: number, update: ColumnUpdate): Promise<void> {
    this.set.update(blockId, update);
  }

  async readColumns(blockId: number): Promise<Uint32Array[]> {
    return this.set.readColumns(blockId);
  }

  readonly lastSearch = { expandMs: 0, scoreMs: 0 };

  async search(probe: Uint8Array, jobs: readonly ScoreJob[]): Promise<Uint8Array[][]> {
    const t0 = performance.now();
    this.set.loadProbes(expandProbeResidues(this.he, probe, this.galois));
    const t1 = performance.now();
    const out = this.set.score(jobs);
    this.lastSearch.expandMs = t1 - t0;
    this.lastSearch.scoreMs = performance.now() - t1;
    return out;
  }

  async digests(blockIds: readonly number[]): Promise<Uint8Array[]> {
    return this.set.digests(blockIds);
  }

  async heapBytes(): Promise<number> {
    return this.set.heapBytes;
  }

  async fillRandom(blockIds: readonly number[], seed: number): Promise<void> {
    this.set.fillRandom(blockIds, seed);
  }

  async close(): Promise<void> {
    this.set.delete();
    this.galois.delete();
    this.codec.delete();
  }
}

/** Distributive Omit over the request union (keeps each variant's own fields). */
type RequestBody = ShardRequest extends infer R ? (R extends ShardRequest ? Omit<R, 'id'> : never) : never;

/** The worker script: the .ts source under tsx/vitest, the built .js next to the bundle otherwise. */
function shardWorkerScript(): { url: URL; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
    return { url: new URL('./shard-worker.ts', here), execArgv: ['--import', tsx] };
  }
  for (const rel of ['./shard-worker.js', './identify/matcher/shard-worker.js', '../identify/matcher/shard-worker.js']) {
    const url = new URL(rel, here);
    if (existsSync(fileURLToPath(url))) return { url, execArgv: [] };
  }
  throw new SealmatchError('E_INTERNAL', 'shard worker script not found next to the bundle');
}

class Shard {
  private readonly worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  readonly ready: Promise<void>;
  private failed: Error | undefined;

  constructor(presetId: string, galoisKeys: Uint8Array) {
    const { url, execArgv } = shardWorkerScript();
    this.worker = new Worker(url, { workerData: { presetId, galoisKeys }, execArgv });
    this.ready = new Promise<void>((resolve, reject) => this.pending.set(0, { resolve: () => resolve(), reject }));
    this.worker.on('message', (m: ShardResponse) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else {
        const code = m.error.code as ErrorCode | undefined;
        p.reject(code ? new SealmatchError(code, m.error.message.replace(`${code}: `, '')) : new SealmatchError('E_INTERNAL', `shard worker: ${m.error.message}`));
      }
    });
    const fail = (e: unknown): void => {
      this.failed = new SealmatchError('E_INTERNAL', `shard worker stopped: ${e instanceof Error ? e.message : String(e)}`);
      for (const p of this.pending.values()) p.reject(this.failed);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      if (this.pending.size > 0) fail(new Error(`exit code ${code}`));
    });
  }

  call<T>(body: RequestBody, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...body, id }, transfer);
    });
  }

  async close(): Promise<void> {
    try {
      await this.call({ op: 'close' });
    } finally {
      await this.worker.terminate();
    }
  }
}

/** Residues sharded over worker threads, block b in worker b mod W. */
export class ShardedResidues implements GalleryResidues {
  readonly workers: number;
  private readonly he: HeContext;
  private readonly galois: ExpansionKeys;
  private readonly shards: Shard[];

  private constructor(he: HeContext, galoisKeys: Uint8Array, shards: Shard[]) {
    this.he = he;
    this.galois = ExpansionKeys.load(he, galoisKeys);
    this.shards = shards;
    this.workers = shards.length;
  }

  /** Starts `workers` shard threads (each loads SEAL and the kernel: ~1 s). */
  static async start(he: HeContext, galoisKeys: Uint8Array, workers: number): Promise<ShardedResidues> {
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new SealmatchError('E_INVALID_ARGUMENT', 'workers must be an integer in 1..64');
    const shards = Array.from({ length: workers }, () => new Shard(he.preset.id, galoisKeys));
    try {
      await Promise.all(shards.map((s) => s.ready));
    } catch (e) {
      await Promise.allSettled(shards.map((s) => s.close()));
      throw e;
    }
    return new ShardedResidues(he, galoisKeys, shards);
  }

  private shardOf(blockId: number): Shard {
    return this.shards[blockId % this.shards.length]!;
  }

  async update(blockId: number, update: ColumnUpdate): Promise<void> {
    await this.shardOf(blockId).call({ op: 'update', blockId, update });
  }

  async readColumns(blockId: number): Promise<Uint32Array[]> {
    return this.shardOf(blockId).call<Uint32Array[]>({ op: 'read', blockId });
  }

  readonly lastSearch = { expandMs: 0, scoreMs: 0 };

  async search(probe: Uint8Array, jobs: readonly ScoreJob[]): Promise<Uint8Array[][]> {
    const t0 = performance.now();
    const d = asIdentifyPreset(this.he.preset).expansionDim;
    const W = this.shards.length;
    const topSteps = Math.min(Math.floor(Math.log2(W)), expansionDepth(d));
    // Validates the probe and runs the top of the expansion tree here (typed errors before any worker work).
    const nodes = expandProbeTop(this.he, probe, this.galois, topSteps);
    const ct2 = 2 * (productLevelOf(this.he) + 1) * this.he.N;
    const probes = new SharedArrayBuffer(d * ct2 * 4);
    await Promise.all(
      this.shards.map((s, w) => {
        const mine = nodes.filter((_, i) => i % W === w);
        return mine.length === 0 ? Promise.resolve(0) : s.call<number>({ op: 'expand', nodes: mine, fromStep: topSteps, probes });
      }),
    );
    const t1 = performance.now();
    const perShard = this.shards.map(() => [] as { at: number; job: ScoreJob }[]);
    jobs.forEach((job, at) => perShard[job.blockId % W]!.push({ at, job }));
    const out = new Array<Uint8Array[]>(jobs.length);
    await Promise.all(
      this.shards.map(async (s, w) => {
        const mine = perShard[w]!;
        if (mine.length === 0) return;
        const res = await s.call<Uint8Array[][]>({ op: 'score', probes, jobs: mine.map((m) => m.job) });
        res.forEach((r, i) => (out[mine[i]!.at] = r));
      }),
    );
    this.lastSearch.expandMs = t1 - t0;
    this.lastSearch.scoreMs = performance.now() - t1;
    return out;
  }

  async digests(blockIds: readonly number[]): Promise<Uint8Array[]> {
    return Promise.all(blockIds.map(async (id) => (await this.shardOf(id).call<Uint8Array[]>({ op: 'digests', blockIds: [id] }))[0]!));
  }

  async heapBytes(): Promise<number> {
    const all = await Promise.all(this.shards.map((s) => s.call<number>({ op: 'heap' })));
    return all.reduce((a, b) => a + b, 0);
  }

  async fillRandom(blockIds: readonly number[], seed: number): Promise<void> {
    await Promise.all(this.shards.map((s, w) => s.call({ op: 'fillRandom', blockIds: blockIds.filter((id) => id % this.shards.length === w), seed: seed + w })));
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.shards.map((s) => s.close()));
    this.galois.delete();
  }
}
