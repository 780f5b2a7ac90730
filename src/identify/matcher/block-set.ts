/**
 * The column residues of some gallery blocks, held in ONE thread's kernel memory (the matcher's
 * main thread, or one shard worker: src/identify/matcher/gallery-residues.ts). Every operation is
 * synchronous and validates all of its input before it changes a single residue, so a refused
 * update leaves the block as it was. Blocks are created on first update as d zero columns (the
 * trivial encryption of 0).
 */
import { SealmatchError } from '../../errors.js';
import type { BatchCodec } from '../../he/index.js';
import type { HeContext } from '../../he/index.js';
import { GalleryKernel, productLevelOf, resultContainer } from '../../he/index.js';
import type { KernelRegion } from '../../he/kernel/residue-kernel.js';
import { sha256 } from '../../wire/digest.js';

/** A change to every column of one block, applied in this order: replace, add, plainC0. */
export interface ColumnUpdate {
  /** d size-2 column ciphertexts (residues) that REPLACE the columns. */
  readonly replace?: readonly Uint32Array[];
  /** d size-2 ciphertexts (residues) added to the columns (undefined entries: unchanged). */
  readonly add?: readonly (Uint32Array | undefined)[];
  /** d NTT plaintexts (k*N residues) added to the columns' c0 (undefined entries: unchanged). */
  readonly plainC0?: readonly (Uint32Array | undefined)[];
}

/**
 * One block to score: its id and, on the sm1 sets, the per-slot blinding values (N integers mod
 * t). Authenticated sets take no blinding (the desk's templates and probes carry it).
 */
export interface ScoreJob {
  readonly blockId: number;
  readonly blind?: Uint32Array;
}

export class BlockSet {
  private readonly he: HeContext;
  private readonly gk: GalleryKernel;
  private readonly codec: BatchCodec;
  private readonly regions = new Map<number, KernelRegion>();

  constructor(he: HeContext, gk: GalleryKernel, codec: BatchCodec) {
    this.he = he;
    this.gk = gk;
    this.codec = codec;
  }

  get heapBytes(): number {
    return this.gk.heapBytes;
  }

  get blockIds(): number[] {
    return [...this.regions.keys()];
  }

  private region(blockId: number): KernelRegion {
    let r = this.regions.get(blockId);
    if (!r) {
      if (!Number.isInteger(blockId) || blockId < 0) throw new SealmatchError('E_INVALID_ARGUMENT', `bad block id ${blockId}`);
      r = this.gk.allocBlock();
      this.regions.set(blockId, r);
    }
    return r;
  }

  update(blockId: number, u: ColumnUpdate): void {
    const { d, ct2 } = this.gk;
    const poly = this.gk.level.polyLength;
    const check = (list: readonly (Uint32Array | undefined)[] | undefined, len: number, what: string, required: boolean): void => {
      if (list === undefined) return;
      if (list.length !== d) throw new SealmatchError('E_INVALID_ARGUMENT', `${what}: ${list.length} columns, block has ${d}`);
      for (const c of list) {
        if (c === undefined ? required : !(c instanceof Uint32Array) || c.length !== len) throw new SealmatchError('E_INVALID_ARGUMENT', `${what}: wrong residue count`);
      }
    };
    check(u.replace, ct2, 'replace', true);
    check(u.add, ct2, 'add', false);
    check(u.plainC0, poly, 'plainC0', false);
    const r = this.region(blockId);
    for (let j = 0; j < d; j++) {
      if (u.replace) this.gk.writeColumn(r, j, u.replace[j]!);
      if (u.add?.[j] || u.plainC0?.[j]) this.gk.addToColumn(r, j, u.add?.[j], u.plainC0?.[j]);
    }
  }

  readColumns(blockId: number): Uint32Array[] {
    const r = this.regions.get(blockId);
    if (!r) return Array.from({ length: this.gk.d }, () => new Uint32Array(this.gk.ct2));
    return Array.from({ length: this.gk.d }, (_, j) => this.gk.readColumn(r, j));
  }

  /** Loads the expanded probe (d * 2kN residues) every following `score` uses. */
  loadProbes(residues: Uint32Array): void {
    this.gk.loadProbes(residues);
  }

  /**
   * Per job, in job order, its size-3 result containers: one blinded result (sm1 sets) or one
   * per group (authenticated sets: y^00, y^11, ..).
   */
  score(jobs: readonly ScoreJob[]): Uint8Array[][] {
    const level = productLevelOf(this.he);
    const grouped = this.gk.groups > 1;
    for (const job of jobs) {
      if (grouped ? job.blind !== undefined : !(job.blind instanceof Uint32Array) || job.blind.length !== this.he.N) {
        throw new SealmatchError('E_INVALID_ARGUMENT', grouped ? 'authenticated results take no matcher blinding' : 'blinding values must be N integers');
      }
    }
    return jobs.map((job) =>
      grouped
        ? this.gk.scoreGroups(this.region(job.blockId)).map((r) => resultContainer(this.he, r))
        : [resultContainer(this.he, this.gk.score(this.region(job.blockId), this.codec.nttResidues(job.blind!, level)))],
    );
  }

  /** SHA-256 of each block's residues (blocks never written: the digest of zero columns). */
  digests(blockIds: readonly number[]): Uint8Array[] {
    return blockIds.map((id) => {
      const r = this.regions.get(id);
      if (!r) return sha256(new Uint8Array(this.gk.d * this.gk.ct2 * 4));
      const v = this.gk.kernel.view(r);
      return sha256(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    });
  }

  /**
   * TIMING GALLERIES ONLY (benchmarks): fills the given blocks with uniformly random residues,
   * computationally indistinguishable from encryptions (the kernel's work does not depend on the
   * values). One random block is drawn and copied into the others.
   */
  fillRandom(blockIds: readonly number[], seed: number): void {
    const primes = this.gk.level.primes;
    const N = this.he.N;
    const regions = blockIds.map((id) => this.region(id)); // allocate first: growth detaches views
    let s = seed >>> 0 || 1;
    regions.forEach((r, i) => {
      const view = this.gk.kernel.view(r);
      if (i > 0) {
        view.set(this.gk.kernel.view(regions[0]!));
        return;
      }
      for (let off = 0; off < view.length; off += N) {
        const q = primes[(off / N) % primes.length]!;
        for (let c = 0; c < N; c++) {
          s ^= s << 13;
          s ^= s >>> 17;
          s ^= s << 5;
          view[off + c] = (s >>> 0) % q;
        }
      }
    });
  }

  delete(): void {
    for (const r of this.regions.values()) this.gk.freeBlock(r);
    this.regions.clear();
  }
}
