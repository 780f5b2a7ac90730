/**
 * The audit log: an append-only RFC 6962 Merkle log of {@link AuditEntry} records over an
 * {@link AuditLogBackend}, with signed tree heads and inclusion / consistency proofs.
 *
 * Invariants:
 *  - entry `seq` equals its leaf index; the log assigns it, callers cannot;
 *  - the leaf data is `encodeAuditEntry(entry)`, the leaf hash `hashLeaf(leaf data)`;
 *  - `frontier` always describes exactly the rows the backend has acknowledged, so `root()` and
 *    `treeHead()` never cover a row that failed to store;
 *  - appends are serialized in this process (one writer per log; the backend's index check stops
 *    a second process from forking the log).
 */
import { SealmatchError } from '../errors.js';
import type { AuditLogBackend } from './backend.js';
import { type AuditEntry, decodeAuditEntry, encodeAuditEntry } from './entry.js';
import { MemoryAuditBackend } from './memory-backend.js';
import { checkSize, frontierLevels, hashLeaf, MerkleFrontier } from './merkle.js';
import { consistencyProof, inclusionProof, type NodeHashSource, nodeSourceFromLeaves } from './merkle-proof.js';
import { LOG_ID_PATTERN, type SignedTreeHead, signTreeHead } from './tree-head.js';

/** What a caller supplies to {@link AuditLog.append}: the log assigns `seq`, and `time` unless given. */
export type AuditEntryInput = Omit<AuditEntry, 'seq' | 'time'> & { readonly time?: number };

/** Proof that the leaf at `leafIndex` is in the tree of `treeSize` leaves (RFC 6962 2.1.1). */
export interface InclusionProof {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: Uint8Array;
  /** Audit path, deepest sibling first. */
  readonly path: readonly Uint8Array[];
}

/** Proof that the tree of `newSize` leaves extends the one of `oldSize` leaves (RFC 6962 2.1.2). */
export interface ConsistencyProof {
  readonly oldSize: number;
  readonly newSize: number;
  readonly path: readonly Uint8Array[];
}

export interface AuditLogOptions {
  /** Name bound into every signed tree head (LOG_ID_PATTERN). */
  readonly logId: string;
  /** Storage; defaults to a fresh {@link MemoryAuditBackend}. */
  readonly backend?: AuditLogBackend;
  /** Clock for entry times and tree-head timestamps, ms since the epoch; defaults to `Date.now`. */
  readonly clock?: () => number;
}

export class AuditLog {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly logId: string,
    private readonly backend: AuditLogBackend,
    private readonly frontier: MerkleFrontier,
    private readonly clock: () => number,
  ) {}

  /**
   * Opens a log over `options.backend` (or a new in-memory one), rebuilding the right frontier
   * from the stored rows: O(log n) lookups when the backend has `getNodeHash`, else O(n).
   * Example: `const log = await AuditLog.open({ logId: 'bank-a/prod' })`.
   */
  static async open(options: AuditLogOptions): Promise<AuditLog> {
    if (typeof options.logId !== 'string' || !LOG_ID_PATTERN.test(options.logId)) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `logId must match ${LOG_ID_PATTERN}`);
    }
    const backend = options.backend ?? new MemoryAuditBackend();
    const count = await store(() => backend.getLeafCount());
    checkSize(count, 'leaf count');
    let frontier: MerkleFrontier;
    if (backend.getNodeHash) {
      const nodes: Uint8Array[] = [];
      for (const { level, index } of frontierLevels(count)) nodes.push(await store(() => backend.getNodeHash!(level, index)));
      frontier = MerkleFrontier.fromNodes(count, nodes);
    } else {
      frontier = new MerkleFrontier();
      for (let i = 0; i < count; i++) frontier.append(await store(() => backend.getLeafHash(i)));
    }
    return new AuditLog(options.logId, backend, frontier, options.clock ?? Date.now);
  }

  /** Number of entries acknowledged by the backend (the size the next tree head will have). */
  get size(): number {
    return this.frontier.size;
  }

  /** Current MTH (32 bytes). */
  root(): Uint8Array {
    return this.frontier.root();
  }

  /**
   * Appends one entry and returns its `seq` and leaf hash once the backend has stored it.
   * Throws E_INVALID_ARGUMENT for an invalid entry (nothing is stored), E_STORE when the backend fails.
   * Example: `await log.append({ kind: 'verify', actor: 'atm-0042', outcome: 'match', subjectRef })`.
   */
  append(input: AuditEntryInput): Promise<{ seq: number; leafHash: Uint8Array }> {
    const run = async (): Promise<{ seq: number; leafHash: Uint8Array }> => {
      const seq = this.frontier.size;
      const entry = { ...input, seq, time: input.time ?? this.clock() };
      const bytes = encodeAuditEntry(entry);
      const leafHash = hashLeaf(bytes);
      await store(() => this.backend.appendLeaf(seq, bytes, leafHash));
      this.frontier.append(leafHash);
      return { seq, leafHash };
    };
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Signs the current tree head with the log's Ed25519 secret key (32-byte seed). */
  treeHead(signingKey: Uint8Array): SignedTreeHead {
    return signTreeHead({ treeSize: this.size, rootHash: this.root(), timestamp: this.clock(), logId: this.logId }, signingKey);
  }

  /** Decoded entry `seq` (E_AUDIT if the stored bytes no longer decode). */
  async entry(seq: number): Promise<AuditEntry> {
    return decodeAuditEntry(await this.entryBytes(seq));
  }

  /** Canonical bytes of entry `seq`, as stored. */
  async entryBytes(seq: number): Promise<Uint8Array> {
    this.checkIndex(seq, this.size, 'seq');
    return store(() => this.backend.getEntryBytes(seq));
  }

  /** Leaf hash of entry `seq`, as stored. */
  async leafHash(seq: number): Promise<Uint8Array> {
    this.checkIndex(seq, this.size, 'seq');
    return store(() => this.backend.getLeafHash(seq));
  }

  /** Inclusion proof of entry `seq` in the tree of the first `treeSize` entries (default: all). */
  async inclusionProof(seq: number, treeSize: number = this.size): Promise<InclusionProof> {
    checkSize(treeSize, 'treeSize');
    if (treeSize > this.size) throw new SealmatchError('E_INVALID_ARGUMENT', 'treeSize exceeds the log size', { treeSize, size: this.size });
    this.checkIndex(seq, treeSize, 'seq');
    const path = await inclusionProof(seq, treeSize, this.nodeSource());
    return { leafIndex: seq, treeSize, leafHash: await this.leafHash(seq), path };
  }

  /** Consistency proof between the trees of `oldSize` and `newSize` entries (default: all). */
  async consistencyProof(oldSize: number, newSize: number = this.size): Promise<ConsistencyProof> {
    checkSize(oldSize, 'oldSize');
    checkSize(newSize, 'newSize');
    if (newSize > this.size || oldSize > newSize) {
      throw new SealmatchError('E_INVALID_ARGUMENT', 'need oldSize <= newSize <= log size', { oldSize, newSize, size: this.size });
    }
    return { oldSize, newSize, path: await consistencyProof(oldSize, newSize, this.nodeSource()) };
  }

  private nodeSource(): NodeHashSource {
    const b = this.backend;
    if (b.getNodeHash) return { getNodeHash: (level, index) => store(() => b.getNodeHash!(level, index)) };
    return nodeSourceFromLeaves((i) => store(() => b.getLeafHash(i)));
  }

  private checkIndex(i: number, bound: number, name: string): void {
    if (!Number.isSafeInteger(i) || i < 0 || i >= bound) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `${name} must be in [0, ${bound})`, { [name]: i });
    }
  }
}

/** Runs a backend call, turning foreign errors into E_STORE (SealmatchErrors pass through). */
async function store<T>(call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof SealmatchError) throw e;
    throw new SealmatchError('E_STORE', 'audit backend failed', undefined, { cause: e });
  }
}
