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
import { checkSize, frontierLevels, HASH_SIZE, hashLeaf, MerkleFrontier } from '../merkle/merkle.js';
import {
  consistencyPathRanges,
  foldNodeHashes,
  inclusionPathRanges,
  type LeafRange,
  type NodeHashSource,
  type NodeRef,
  nodeSourceFromLeaves,
  rangeNodes,
} from '../merkle/merkle-proof.js';
import { LOG_ID_PATTERN, type SignedTreeHead, signTreeHead } from './tree-head.js';

/** What a caller supplies to {@link AuditLog.append}: the log assigns `seq`, and `time` unless given. */
export type AuditEntryInput = Omit<AuditEntry, 'seq' | 'time'> & {
  /** Unix milliseconds; default the log's clock. */
  readonly time?: number;
};

/** Proof that the leaf at `leafIndex` is in the tree of `treeSize` leaves (RFC 6962 2.1.1). */
export interface InclusionProof {
  /** Position of the leaf (the entry's seq), from 0. */
  readonly leafIndex: number;
  /** Size of the tree the proof is for (a signed tree head's treeSize). */
  readonly treeSize: number;
  /** RFC 6962 leaf hash of the entry, 32 bytes. */
  readonly leafHash: Uint8Array;
  /** Audit path, deepest sibling first. */
  readonly path: readonly Uint8Array[];
}

/** Proof that the tree of `newSize` leaves extends the one of `oldSize` leaves (RFC 6962 2.1.2). */
export interface ConsistencyProof {
  /** Size of the earlier tree. */
  readonly oldSize: number;
  /** Size of the later tree; the proof shows it extends the earlier one append-only. */
  readonly newSize: number;
  /** RFC 6962 consistency path (2.1.2), 32-byte hashes. */
  readonly path: readonly Uint8Array[];
}

/** How an AuditLog is opened: its backend, log id, signing key and clock. */
export interface AuditLogOptions {
  /** Name bound into every signed tree head (LOG_ID_PATTERN). */
  readonly logId: string;
  /** Storage; defaults to a fresh {@link MemoryAuditBackend}. */
  readonly backend?: AuditLogBackend;
  /** Clock for entry times and tree-head timestamps, ms since the epoch; defaults to `Date.now`. */
  readonly clock?: () => number;
}

/** An append-only RFC 6962 audit log: appends entries, signs tree heads, serves inclusion and consistency proofs from stored nodes. */
export class AuditLog {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    /** The log's name, bound into every signed tree head (e.g. 'bank-a/matcher'). */
    readonly logId: string,
    private readonly backend: AuditLogBackend,
    private readonly frontier: MerkleFrontier,
    private readonly clock: () => number,
  ) {}

  /**
   * Opens a log over `options.backend` (or a new in-memory one), rebuilding the right frontier
   * from the stored rows: O(log n) lookups (one batch) when the backend keeps interior nodes
   * (`getNodeHashes` / `getNodeHash`), else O(n) rehashing of every leaf.
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
    if (backend.getNodeHashes || backend.getNodeHash) {
      // popcount(count) <= 53 stored nodes, one batch: restart cost does not grow with the log.
      frontier = MerkleFrontier.fromNodes(count, await fetchNodes(backend, frontierLevels(count)));
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
  append(input: AuditEntryInput): Promise<{
    /** The entry's position in the log, from 0. */
    seq: number;
    /** Its RFC 6962 leaf hash, 32 bytes. */
    leafHash: Uint8Array;
  }> {
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

  /**
   * Rows [from, to) as stored: (canonical entry bytes, leaf hash), in order. One backend range
   * read when it has `getLeafRange`; callers keep `to - from` small (an export page).
   */
  async leafRange(from: number, to: number): Promise<{
    /** The entry's canonical encoding (audit/entry.ts). */
    entryBytes: Uint8Array;
    /** Its RFC 6962 leaf hash, 32 bytes. */
    leafHash: Uint8Array;
  }[]> {
    checkSize(from, 'from');
    checkSize(to, 'to');
    if (from > to || to > this.size) throw new SealmatchError('E_INVALID_ARGUMENT', 'need from <= to <= log size', { from, to, size: this.size });
    const b = this.backend;
    if (b.getLeafRange) {
      const rows = await store(() => b.getLeafRange!(from, to));
      if (rows.length !== to - from) throw new SealmatchError('E_STORE', 'audit backend returned a short range', { from, to, rows: rows.length });
      return rows;
    }
    const out: { entryBytes: Uint8Array; leafHash: Uint8Array }[] = [];
    for (let i = from; i < to; i++) out.push({ entryBytes: await store(() => b.getEntryBytes(i)), leafHash: await store(() => b.getLeafHash(i)) });
    return out;
  }

  /**
   * Inclusion proof of entry `seq` in the tree of the first `treeSize` entries (default: all).
   * Cost: O(log n) distinct stored nodes, fetched in one batch when the backend keeps nodes.
   */
  async inclusionProof(seq: number, treeSize: number = this.size): Promise<InclusionProof> {
    checkSize(treeSize, 'treeSize');
    if (treeSize > this.size) throw new SealmatchError('E_INVALID_ARGUMENT', 'treeSize exceeds the log size', { treeSize, size: this.size });
    this.checkIndex(seq, treeSize, 'seq');
    const { path, extra } = await this.proofHashes(inclusionPathRanges(seq, treeSize), [{ level: 0, index: seq }]);
    return { leafIndex: seq, treeSize, leafHash: extra[0]!, path };
  }

  /** Consistency proof between the trees of `oldSize` and `newSize` entries (default: all). O(log n) lookups. */
  async consistencyProof(oldSize: number, newSize: number = this.size): Promise<ConsistencyProof> {
    checkSize(oldSize, 'oldSize');
    checkSize(newSize, 'newSize');
    if (newSize > this.size || oldSize > newSize) {
      throw new SealmatchError('E_INVALID_ARGUMENT', 'need oldSize <= newSize <= log size', { oldSize, newSize, size: this.size });
    }
    const { path } = await this.proofHashes(consistencyPathRanges(oldSize, newSize));
    return { oldSize, newSize, path };
  }

  /**
   * MTHs of `ranges` (each a node of an RFC 6962 tree), plus the hashes of `extra` nodes. Every
   * range is planned into complete subtrees first; duplicates are asked for once, and the
   * current frontier (complete subtrees, immutable once complete) is answered from memory, so the
   * right-edge nodes of a proof against the current size cost no lookup at all.
   */
  private async proofHashes(ranges: readonly LeafRange[], extra: readonly NodeRef[] = []): Promise<{ path: Uint8Array[]; extra: Uint8Array[] }> {
    const plans = ranges.map(rangeNodes);
    const wanted = [...plans.flat(), ...extra];
    const known = new Map<string, Uint8Array>();
    const nodes = this.frontier.frontier();
    frontierLevels(this.frontier.size).forEach((r, i) => known.set(nodeKey(r), nodes[i]!));
    const missing: NodeRef[] = [];
    for (const r of wanted) {
      const k = nodeKey(r);
      if (!known.has(k)) {
        known.set(k, EMPTY);
        missing.push(r);
      }
    }
    const fetched = await fetchNodes(this.backend, missing);
    missing.forEach((r, i) => known.set(nodeKey(r), fetched[i]!));
    const hashes = wanted.map((r) => known.get(nodeKey(r))!);
    let at = 0;
    const path = plans.map((p) => {
      const h = foldNodeHashes(hashes.slice(at, at + p.length));
      at += p.length;
      return h;
    });
    return { path, extra: hashes.slice(at) };
  }

  private checkIndex(i: number, bound: number, name: string): void {
    if (!Number.isSafeInteger(i) || i < 0 || i >= bound) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `${name} must be in [0, ${bound})`, { [name]: i });
    }
  }
}

const EMPTY = new Uint8Array(0);
const nodeKey = (r: NodeRef): string => `${r.level}/${r.index}`;

/**
 * Hashes of complete subtrees `refs` from the backend: one batch call when it has
 * `getNodeHashes`, else one lookup each, else rehashed from leaves (O(n): backends without nodes).
 * A hash that is not 32 bytes is the store's fault: E_STORE.
 */
async function fetchNodes(backend: AuditLogBackend, refs: readonly NodeRef[]): Promise<Uint8Array[]> {
  if (refs.length === 0) return [];
  let out: Uint8Array[];
  if (backend.getNodeHashes) {
    out = await store(() => backend.getNodeHashes!(refs));
  } else {
    const source: NodeHashSource = backend.getNodeHash
      ? { getNodeHash: (level, index) => store(() => backend.getNodeHash!(level, index)) }
      : nodeSourceFromLeaves((i) => store(() => backend.getLeafHash(i)));
    out = [];
    for (const { level, index } of refs) out.push(await source.getNodeHash(level, index));
  }
  if (out.length !== refs.length || out.some((h) => !(h instanceof Uint8Array) || h.length !== HASH_SIZE)) {
    throw new SealmatchError('E_STORE', 'audit backend returned a malformed node hash');
  }
  return out;
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
