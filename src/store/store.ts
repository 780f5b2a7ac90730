/**
 * Everything the matcher persists, behind one interface with two implementations: SQLite through
 * the built-in `node:sqlite` (embedded default, `sqlite.ts`) and PostgreSQL through `pg`
 * (`postgres.ts`). The same test suite (test/store-suite.ts) runs against both.
 *
 * Nothing here can hold a key of the custodian or a plaintext template: references are "SMCT"
 * ciphertext containers, terminals are public keys, audit entries have no free-form payload.
 *
 * Atomicity: `transaction(fn)` runs fn in one database transaction (serialized per store
 * instance); if fn throws, nothing it wrote stays. An enrollment writes its reference and its
 * audit leaf in one transaction.
 */
import type { Modality, StoredReference } from './reference-store.js';

export type { Modality, StoredReference } from './reference-store.js';

/** A registered device (terminal) or enrollment officer key. */
export interface KeyRecord {
  /** Hex SHA-256 of the Ed25519 public key. */
  readonly keyId: string;
  /** Ed25519 public key (32 bytes) its signatures verify under. */
  readonly publicKey: Uint8Array;
  /** Terminal id (ATM / teller app / enrollment desk) or officer id. */
  readonly ownerId: string;
  /**
   * `terminal`: ATMs and teller apps, verify only. `desk`: enrollment desks, enroll / replace /
   * delete with an officer's approval. `officer`: approves desk operations and 1:N searches.
   */
  readonly role: 'terminal' | 'desk' | 'officer';
  /** The bank / institution the key belongs to ('' when unset). */
  readonly institution?: string;
  /** When it was registered, Unix milliseconds. */
  readonly registeredAtMs: number;
  /** True once revoked: requests it signs are refused (E_UNKNOWN_KEY). */
  readonly revoked: boolean;
}

/** Verification-failure state of a subject (lockout with back-off). */
export interface SubjectState {
  /** Subject reference (64 hex digits). */
  readonly subjectRef: string;
  /** Failed verifications since the last match or lockout. */
  readonly consecutiveFailures: number;
  /** Unix milliseconds until which verification is refused; 0 when not locked. */
  readonly lockedUntilMs: number;
  /** How many times the subject was locked (drives the back-off). */
  readonly lockouts: number;
}

/** A complete subtree of the audit log's Merkle tree (see `getAuditNodes`). */
export interface AuditNodeRef {
  /** Height of the subtree: 0 is a single leaf, a node at level l covers 2^l leaves. */
  readonly level: number;
  /** Position among the subtrees of that level, counted from 0 at the left. */
  readonly index: number;
}

/** One audit log leaf as stored. */
export interface AuditLeaf {
  /** Position in the log, from 0. */
  readonly seq: number;
  /** The entry's canonical encoding (audit/entry.ts), the Merkle leaf data. */
  readonly entryBytes: Uint8Array;
  /** RFC 6962 leaf hash SHA-256(0x00 || entryBytes), 32 bytes. */
  readonly leafHash: Uint8Array;
}

/** One slot of a persisted 1:N gallery block (empty slots are not stored). */
export interface GallerySlot {
  /** Slot index within the block (0 .. N - 1, N the ring dimension). */
  readonly slot: number;
  /** Subject reference (64 hex digits) enrolled in the slot. */
  readonly subjectRef: string;
  /** The slot's secret blinding factor r_s (docs/IDENTIFY.md). */
  readonly factor: number;
  /**
   * Authenticated 1:N: the desk's enrollment as the matcher received it (GalleryEnrollSubmission:
   * the signed request and the mask seed), kept for the deletion refresh.
   */
  readonly enrollment?: Uint8Array;
}

/**
 * A 1:N gallery block as persisted: its d column ciphertexts (SMCT containers back to back,
 * `encodeGalleryBlock`) and its slot table. Written whole after every enrollment or deletion
 * that touches the block (a refresh changes every column).
 */
export interface GalleryBlockRecord {
  /** 1:N parameter set of the gallery, as stored; blocks are keyed by it (a finger gallery never mixes with a face one). */
  readonly presetId: string;
  /** Block number within the gallery, from 0. */
  readonly blockId: number;
  /** The block's d column ciphertexts, "SMCT" containers back to back in feature order. */
  readonly columns: Uint8Array;
  /** The occupied slots, with their subjects and blinding factors. */
  readonly slots: readonly GallerySlot[];
}

/** Operations available inside a transaction (and, one at a time, on the store itself). */
export interface StoreOps {
  /** Stores a reference; E_ALREADY_ENROLLED if the subject has one of that modality. */
  insertReference(ref: StoredReference): Promise<void>;
  /** The subject's reference of `modality` (default face), if any. */
  getReference(subjectRef: string, modality?: Modality): Promise<StoredReference | undefined>;
  /** Deletes the subject's reference of `modality`, or every modality when omitted. */
  deleteReference(subjectRef: string, modality?: Modality): Promise<boolean>;
  /** Number of stored references. */
  countReferences(): Promise<number>;

  /** Inserts or replaces a key record. */
  putKey(rec: KeyRecord): Promise<void>;
  /** The key record with this id (hex), if any. */
  getKey(keyId: string): Promise<KeyRecord | undefined>;

  /** Records (keyId, nonce); false if that pair was seen before (a replay). */
  claimNonce(keyId: string, nonce: string, seenAtMs: number): Promise<boolean>;
  /** Forgets nonces seen before `olderThanMs` (they are outside the timestamp window anyway). */
  pruneNonces(olderThanMs: number): Promise<number>;

  /** The subject's lockout state, if any. */
  getSubjectState(subjectRef: string): Promise<SubjectState | undefined>;
  /** Inserts or replaces the subject's lockout state. */
  putSubjectState(state: SubjectState): Promise<void>;

  /** Number of audit leaves: O(1), kept in the log state row beside the leaves. */
  auditSize(): Promise<number>;
  /**
   * Appends leaf `seq`; throws E_STORE unless seq == auditSize() (no forks, no gaps). In the
   * same transaction it stores the RFC 6962 interior nodes the leaf completes and advances the
   * size: a constant number of statements, whatever the size of the log.
   */
  appendAuditLeaf(leaf: AuditLeaf): Promise<void>;
  /** Audit leaf `seq`, if the log has it. */
  getAuditLeaf(seq: number): Promise<AuditLeaf | undefined>;
  /** Leaves [from, to) in seq order (fewer if the log is shorter); callers keep the range small. */
  getAuditLeaves(from: number, to: number): Promise<AuditLeaf[]>;
  /**
   * Hashes of complete subtrees, in order: level 0 is the leaf hash of `index`, level k >= 1 the
   * MTH of leaves [index * 2^k, (index + 1) * 2^k); undefined for a node not (yet) complete.
   */
  getAuditNodes(nodes: readonly AuditNodeRef[]): Promise<(Uint8Array | undefined)[]>;

  /** Inserts or replaces a gallery block and its whole slot table. */
  putGalleryBlock(rec: GalleryBlockRecord): Promise<void>;
  /** A persisted gallery block of a preset, if any. */
  getGalleryBlock(presetId: string, blockId: number): Promise<GalleryBlockRecord | undefined>;
  /** Ids of the persisted blocks of a preset, ascending. */
  galleryBlockIds(presetId: string): Promise<number[]>;
}

/** The store of the matcher service: StoreOps plus transactions (SqliteStore, PostgresStore; openStore picks one by URL). */
export interface Store extends StoreOps {
  /** Which database. */
  readonly kind: 'sqlite' | 'postgres';
  /** Runs fn atomically; transactions on one store instance never interleave. */
  transaction<T>(fn: (tx: StoreOps) => Promise<T>): Promise<T>;
  /** Closes the store. */
  close(): Promise<void>;
}
