/**
 * The audit log's storage on top of a Store. While a store transaction is open (`current` set by
 * the matcher service), appends go into that transaction, so an operation and its audit leaf
 * commit or roll back together; reads outside a transaction use the store directly.
 *
 * The store keeps the log's size and every complete subtree hash (audit_state, audit_node), so
 * opening the log, appending to it and proving against it each cost O(log n), not O(n).
 */
import type { AuditLogBackend } from '../audit/backend.js';
import type { NodeRef } from '../merkle/merkle-proof.js';
import { SealmatchError } from '../errors.js';
import type { Store, StoreOps } from './store.js';

export class StoreAuditBackend implements AuditLogBackend {
  /** The open transaction's operations, if any. */
  current: StoreOps | undefined;

  constructor(private readonly store: Store) {}

  private ops(): StoreOps {
    return this.current ?? this.store;
  }

  getLeafCount(): Promise<number> {
    return this.ops().auditSize();
  }

  appendLeaf(index: number, entryBytes: Uint8Array, leafHash: Uint8Array): Promise<void> {
    if (!this.current) throw new SealmatchError('E_STORE', 'audit appends must run inside a store transaction');
    return this.current.appendAuditLeaf({ seq: index, entryBytes, leafHash });
  }

  async getLeafHash(index: number): Promise<Uint8Array> {
    const leaf = await this.ops().getAuditLeaf(index);
    if (!leaf) throw new SealmatchError('E_STORE', `no audit leaf ${index}`);
    return leaf.leafHash;
  }

  async getEntryBytes(index: number): Promise<Uint8Array> {
    const leaf = await this.ops().getAuditLeaf(index);
    if (!leaf) throw new SealmatchError('E_STORE', `no audit leaf ${index}`);
    return leaf.entryBytes;
  }

  async getNodeHash(level: number, index: number): Promise<Uint8Array> {
    return (await this.getNodeHashes([{ level, index }]))[0]!;
  }

  /** One store read for a whole proof (or the frontier at open): O(log n) indexed lookups. */
  async getNodeHashes(nodes: readonly NodeRef[]): Promise<Uint8Array[]> {
    const hashes = await this.ops().getAuditNodes(nodes);
    return hashes.map((h, i) => {
      if (!h) throw new SealmatchError('E_STORE', `no audit node ${nodes[i]!.level}/${nodes[i]!.index}`);
      return h;
    });
  }

  async getLeafRange(from: number, to: number): Promise<{ entryBytes: Uint8Array; leafHash: Uint8Array }[]> {
    const leaves = await this.ops().getAuditLeaves(from, to);
    if (leaves.length !== to - from) throw new SealmatchError('E_STORE', `audit leaves ${from}..${to} incomplete`);
    return leaves.map(({ entryBytes, leafHash }) => ({ entryBytes, leafHash }));
  }
}
