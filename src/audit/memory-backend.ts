/**
 * In-memory {@link AuditLogBackend}: the default for tests, demos and the evaluation harness.
 * Keeps every complete subtree hash as well (`levels[k][i]` covers leaves [i * 2^k, (i+1) * 2^k)),
 * about 2n hashes in all, so proofs cost O(log n) lookups and appends O(1) amortized hashes.
 */
import { SealmatchError } from '../errors.js';
import type { AuditLogBackend } from './backend.js';
import { checkHash, hashChildren } from '../merkle/merkle.js';
import type { NodeRef } from '../merkle/merkle-proof.js';

/** An AuditLogBackend in memory (tests, tools): nothing survives the process. */
export class MemoryAuditBackend implements AuditLogBackend {
  private readonly entries: Uint8Array[] = [];
  /** levels[0] are the leaf hashes; levels[k] the complete subtrees of 2^k leaves. */
  private readonly levels: Uint8Array[][] = [[]];

  getLeafCount(): number {
    return this.entries.length;
  }

  appendLeaf(index: number, entryBytes: Uint8Array, leafHash: Uint8Array): void {
    if (index !== this.entries.length) {
      throw new SealmatchError('E_STORE', 'audit append out of order', { index, count: this.entries.length });
    }
    checkHash(leafHash, 'leafHash');
    this.entries.push(entryBytes.slice());
    this.levels[0]!.push(leafHash.slice());
    // Completing a right child completes its parent: carry upwards like a binary counter.
    for (let k = 0; this.levels[k]!.length % 2 === 0; k++) {
      const row = this.levels[k]!;
      const parent = hashChildren(row[row.length - 2]!, row[row.length - 1]!);
      (this.levels[k + 1] ??= []).push(parent);
    }
  }

  getLeafHash(index: number): Uint8Array {
    return this.getNodeHash(0, index);
  }

  getEntryBytes(index: number): Uint8Array {
    const e = this.entries[index];
    if (e === undefined) throw new SealmatchError('E_STORE', 'audit entry index out of range', { index });
    return e.slice();
  }

  getNodeHashes(nodes: readonly NodeRef[]): Uint8Array[] {
    return nodes.map(({ level, index }) => this.getNodeHash(level, index));
  }

  getLeafRange(from: number, to: number): {
    /** The entry's canonical encoding (audit/entry.ts). */
    entryBytes: Uint8Array;
    /** Its RFC 6962 leaf hash, 32 bytes. */
    leafHash: Uint8Array;
  }[] {
    const out: { entryBytes: Uint8Array; leafHash: Uint8Array }[] = [];
    for (let i = from; i < to; i++) out.push({ entryBytes: this.getEntryBytes(i), leafHash: this.getLeafHash(i) });
    return out;
  }

  getNodeHash(level: number, index: number): Uint8Array {
    const h = this.levels[level]?.[index];
    if (h === undefined) throw new SealmatchError('E_STORE', 'audit node out of range', { level, index });
    return h.slice();
  }
}
