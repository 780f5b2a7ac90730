/**
 * What an audit log needs from storage: an append-only list of (entry bytes, leaf hash) rows.
 * Implemented in memory here (`memory-backend.ts`); SQLite and PostgreSQL implementations live in
 * `src/store/`. Every method may return a value or a Promise, so synchronous stores
 * (`node:sqlite`) and asynchronous ones (`pg`) fit the same interface.
 *
 * Contract a backend must keep (the log's tamper evidence rests on it only for availability; any
 * change to stored rows is caught by `verifyExportedLog` and by consistency proofs):
 *  - rows are indexed 0..count-1 without gaps and never change or disappear once appended;
 *  - `appendLeaf(index, ...)` stores bytes and hash together, atomically, and throws
 *    `SealmatchError('E_STORE')` unless `index` equals the current count (optimistic concurrency:
 *    one writer per log; a second writer fails instead of forking the log);
 *  - getters throw `SealmatchError('E_STORE')` for an index outside [0, count), and for a node
 *    that is not yet complete;
 *  - `getLeafCount` is O(1) or O(log n): the log reads it at open and after a failed commit.
 */
import type { MaybePromise } from '../merkle/merkle.js';
import type { NodeRef } from '../merkle/merkle-proof.js';

/** Where an AuditLog keeps its leaves and interior nodes (memory, SQLite or PostgreSQL). */
export interface AuditLogBackend {
  /** Number of rows stored. */
  getLeafCount(): MaybePromise<number>;
  /** Stores row `index` = (canonical entry bytes, their RFC 6962 leaf hash); see the contract above. */
  appendLeaf(index: number, entryBytes: Uint8Array, leafHash: Uint8Array): MaybePromise<void>;
  /** Leaf hash of row `index` (32 bytes). */
  getLeafHash(index: number): MaybePromise<Uint8Array>;
  /** Canonical entry bytes of row `index` (decoded by the log with `decodeAuditEntry`). */
  getEntryBytes(index: number): MaybePromise<Uint8Array>;
  /**
   * Optional accelerator: MTH of the complete subtree of leaves [index * 2^level, (index + 1) *
   * 2^level), for stores that keep interior nodes (e.g. in tiles). Without it, proofs and opening
   * an existing log rehash leaves: O(n) instead of O(log n) lookups.
   */
  getNodeHash?(level: number, index: number): MaybePromise<Uint8Array>;
  /**
   * Optional batch form of {@link getNodeHash}: the hashes of `nodes`, in order, in one store
   * round trip. The log asks for every node of a proof (O(log n) of them) at once.
   */
  getNodeHashes?(nodes: readonly NodeRef[]): MaybePromise<Uint8Array[]>;
  /** Optional range read: rows [from, to) as (entry bytes, leaf hash), in order, `to - from` small. */
  getLeafRange?(from: number, to: number): MaybePromise<{
    /** The entry's canonical encoding (audit/entry.ts). */
    entryBytes: Uint8Array;
    /** Its RFC 6962 leaf hash, 32 bytes. */
    leafHash: Uint8Array;
  }[]>;
}
