/**
 * The matcher's 1:N gallery: blocks of N slots, each slot holding one enrolled template (as
 * r_s * g in every column, src/he/seal/gallery-block.ts), its subject reference and its secret blinding
 * factor r_s in [1, R] (drawn here at enrollment, never sent anywhere). Also the per-block slot
 * table commitment (RFC 6962 Merkle root over (block, slot, subject reference) leaves) that the
 * custodian signs, so the enrollment desk can check which references the matching slots hold.
 */
import { concatBytes } from '@noble/hashes/utils.js';
import { uniformInts } from '../../csprng.js';
import { merkleRoot } from '../../merkle/merkle.js';
import { inclusionProof, nodeSourceFromLeafHashes } from '../../merkle/merkle-proof.js';
import { SealmatchError } from '../../errors.js';
import { sha256 } from '../../wire/digest.js';
import { slotLeafHash } from '../messages/identify-messages.js';


/** A block's slot table; its column residues live in a GalleryResidues (gallery-residues.ts) under `id`. */
export interface GalleryBlock {
  readonly id: number;
  /** Subject reference per slot ('' = empty). */
  readonly refs: string[];
  /** r_s per slot (0 = empty). */
  readonly factors: Uint8Array;
  leafHashes: Uint8Array[] | undefined;
  root: Uint8Array | undefined;
}

export interface SlotAddress {
  readonly block: GalleryBlock;
  readonly slot: number;
}

export class Gallery {
  readonly N: number;
  readonly blockFactorMax: number;
  readonly blocks: GalleryBlock[] = [];
  private readonly bySubject = new Map<string, SlotAddress>();
  /** Slots handed out by `reserve` and not yet committed or released. */
  private readonly reserved = new Set<string>();

  constructor(N: number, blindFactorMax: number) {
    this.N = N;
    this.blockFactorMax = blindFactorMax;
  }

  get size(): number {
    return this.bySubject.size;
  }

  has(subjectRef: string): boolean {
    return this.bySubject.has(subjectRef);
  }

  addressOf(subjectRef: string): SlotAddress | undefined {
    return this.bySubject.get(subjectRef);
  }

  /** A new empty block appended to the gallery (its residues start as zero columns). */
  addBlock(): GalleryBlock {
    const b: GalleryBlock = {
      id: this.blocks.length,
      refs: new Array<string>(this.N).fill(''),
      factors: new Uint8Array(this.N),
      leafHashes: undefined,
      root: undefined,
    };
    this.blocks.push(b);
    this.cursors.push(0);
    this.reservedMask.push(new Uint8Array(this.N));
    return b;
  }

  /** Re-creates the next block from its persisted slot table (gallery loaded from the store). */
  restoreBlock(id: number, slots: readonly { slot: number; subjectRef: string; factor: number }[]): GalleryBlock {
    if (id !== this.blocks.length) throw new SealmatchError('E_STORE', `stored gallery blocks are not contiguous (block ${id} after ${this.blocks.length})`);
    const b = this.addBlock();
    for (const sl of slots) {
      const bad = !Number.isInteger(sl.slot) || sl.slot < 0 || sl.slot >= this.N || !Number.isInteger(sl.factor) || sl.factor < 1 || sl.factor > this.blockFactorMax || sl.subjectRef === '';
      if (bad || b.factors[sl.slot] !== 0 || this.bySubject.has(sl.subjectRef)) throw new SealmatchError('E_STORE', `stored slot ${id}/${sl.slot} is invalid or duplicated`);
      b.refs[sl.slot] = sl.subjectRef;
      b.factors[sl.slot] = sl.factor;
      this.bySubject.set(sl.subjectRef, { block: b, slot: sl.slot });
    }
    return b;
  }

  /** The live slots of a block, plus reserved ones to be committed, as persisted rows. */
  slotRows(block: GalleryBlock, pending: readonly string[] = []): { slot: number; subjectRef: string; factor: number }[] {
    const rows: { slot: number; subjectRef: string; factor: number }[] = [];
    for (let s = 0; s < this.N; s++) if (block.factors[s] !== 0) rows.push({ slot: s, subjectRef: block.refs[s]!, factor: block.factors[s]! });
    for (const ref of pending) {
      const r = this.reservedSlots.get(ref);
      if (r && r.block === block) rows.push({ slot: r.slot, subjectRef: ref, factor: r.factor });
    }
    return rows.sort((a, b) => a.slot - b.slot);
  }

  /**
   * Picks a free slot for `subjectRef` and draws its r_s. Nothing is visible to searches until
   * `commit`. Throws E_ALREADY_ENROLLED for a subject already enrolled or reserved.
   */
  reserve(subjectRef: string): { address: SlotAddress; factor: number } {
    if (this.bySubject.has(subjectRef) || this.reserved.has(subjectRef)) throw new SealmatchError('E_ALREADY_ENROLLED', 'subject already enrolled');
    // Lowest free slot of the first block with one. Each block's cursor only passes slots that are
    // live or reserved, and steps back when one frees (vacate, release): amortized O(1) per slot.
    for (const block of this.blocks) {
      const taken = this.reservedMask[block.id]!;
      let s = this.cursors[block.id]!;
      while (s < this.N && (block.factors[s] !== 0 || taken[s] !== 0)) s++;
      this.cursors[block.id] = s;
      if (s < this.N) return this.hold(subjectRef, block, s);
    }
    return this.hold(subjectRef, this.addBlock(), 0);
  }

  private readonly reservedSlots = new Map<string, SlotAddress & { factor: number }>();
  /** Per block: every slot below the cursor is live or reserved. */
  private readonly cursors: number[] = [];
  /** Per block: 1 where a slot is reserved. */
  private readonly reservedMask: Uint8Array[] = [];

  private hold(subjectRef: string, block: GalleryBlock, slot: number): { address: SlotAddress; factor: number } {
    const factor = uniformInts(1, 1, this.blockFactorMax + 1)[0]!;
    this.reserved.add(subjectRef);
    this.reservedSlots.set(subjectRef, { block, slot, factor });
    this.reservedMask[block.id]![slot] = 1;
    return { address: { block, slot }, factor };
  }

  private freed(block: GalleryBlock, slot: number): void {
    this.cursors[block.id] = Math.min(this.cursors[block.id]!, slot);
  }

  /** Makes a reserved slot live (its columns must already hold r_s * g). */
  commit(subjectRef: string): void {
    const r = this.reservedSlots.get(subjectRef);
    if (!r) throw new SealmatchError('E_INTERNAL', 'commit without reserve');
    r.block.refs[r.slot] = subjectRef;
    r.block.factors[r.slot] = r.factor;
    r.block.root = undefined;
    r.block.leafHashes = undefined;
    this.bySubject.set(subjectRef, { block: r.block, slot: r.slot });
    this.release(subjectRef);
  }

  /** Forgets a reservation (enrollment aborted: the columns were not touched). */
  release(subjectRef: string): void {
    const r = this.reservedSlots.get(subjectRef);
    this.reserved.delete(subjectRef);
    this.reservedSlots.delete(subjectRef);
    if (r) {
      this.reservedMask[r.block.id]![r.slot] = 0;
      this.freed(r.block, r.slot);
    }
  }

  /** Marks a slot empty (its columns must already be zeroed and refreshed). */
  vacate(subjectRef: string): void {
    const a = this.bySubject.get(subjectRef);
    if (!a) throw new SealmatchError('E_UNKNOWN_SUBJECT', 'subject not in the gallery');
    a.block.refs[a.slot] = '';
    a.block.factors[a.slot] = 0;
    a.block.root = undefined;
    a.block.leafHashes = undefined;
    this.bySubject.delete(subjectRef);
    this.freed(a.block, a.slot);
  }

  /** Occupancy bitmap (N bits, LSB first). */
  occupied(block: GalleryBlock): Uint8Array {
    const out = new Uint8Array(this.N / 8);
    for (let s = 0; s < this.N; s++) if (block.factors[s] !== 0) out[s >> 3]! |= 1 << (s & 7);
    return out;
  }

  /** Merkle root of the block's slot table (cached until the table changes). */
  tableRoot(block: GalleryBlock): Uint8Array {
    if (!block.root) {
      block.leafHashes = block.refs.map((ref, s) => slotLeafHash(block.id, s, ref));
      block.root = merkleRoot(block.leafHashes);
    }
    return block.root;
  }

  /** Inclusion proof of (block, slot, subject reference) under `tableRoot(block)`. */
  async proof(block: GalleryBlock, slot: number): Promise<Uint8Array[]> {
    this.tableRoot(block);
    return inclusionProof(slot, this.N, nodeSourceFromLeafHashes(block.leafHashes!));
  }

  /** SHA-256 over the slot tables and factors plus the given per-block residue digests. */
  digest(residueDigests: readonly Uint8Array[]): Uint8Array {
    const parts: Uint8Array[] = [];
    this.blocks.forEach((b, i) => parts.push(residueDigests[i] ?? new Uint8Array(0), this.tableRoot(b), b.factors));
    return sha256(concatBytes(...parts));
  }
}
