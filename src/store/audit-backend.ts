/**
 * The audit log's storage on top of a Store. While a store transaction is open (`current` set by
 * the matcher service), appends go into that transaction, so an operation and its audit leaf
 * commit or roll back together; reads outside a transaction use the store directly.
 */
import type { AuditLogBackend } from '../audit/backend.js';
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
}
