/**
 * The part of a Store that is the same for every database: one FIFO mutex per instance, single
 * reads run under it, single writes run as one-operation transactions. Implementations supply
 * `reads` (operations outside a transaction) and `transaction`.
 */
import { Mutex } from './mutex.js';
import type { AuditLeaf, AuditNodeRef, GalleryBlockRecord, KeyRecord, Modality, Store, StoreOps, StoredReference, SubjectState } from './store.js';

export abstract class SerializedStore implements Store {
  abstract readonly kind: Store['kind'];
  protected readonly mutex = new Mutex();
  /** Operations for single reads outside any transaction (called with the mutex held). */
  protected abstract readonly reads: StoreOps;

  abstract transaction<T>(fn: (tx: StoreOps) => Promise<T>): Promise<T>;
  abstract close(): Promise<void>;

  private read<T>(fn: (ops: StoreOps) => Promise<T>): Promise<T> {
    return this.mutex.run(() => fn(this.reads));
  }

  insertReference(ref: StoredReference): Promise<void> {
    return this.transaction((tx) => tx.insertReference(ref));
  }
  getReference(subjectRef: string, modality?: Modality): Promise<StoredReference | undefined> {
    return this.read((ops) => ops.getReference(subjectRef, modality));
  }
  deleteReference(subjectRef: string, modality?: Modality): Promise<boolean> {
    return this.transaction((tx) => tx.deleteReference(subjectRef, modality));
  }
  countReferences(): Promise<number> {
    return this.read((ops) => ops.countReferences());
  }
  putKey(rec: KeyRecord): Promise<void> {
    return this.transaction((tx) => tx.putKey(rec));
  }
  getKey(keyId: string): Promise<KeyRecord | undefined> {
    return this.read((ops) => ops.getKey(keyId));
  }
  claimNonce(keyId: string, nonce: string, seenAtMs: number): Promise<boolean> {
    return this.transaction((tx) => tx.claimNonce(keyId, nonce, seenAtMs));
  }
  pruneNonces(olderThanMs: number): Promise<number> {
    return this.transaction((tx) => tx.pruneNonces(olderThanMs));
  }
  getSubjectState(subjectRef: string): Promise<SubjectState | undefined> {
    return this.read((ops) => ops.getSubjectState(subjectRef));
  }
  putSubjectState(state: SubjectState): Promise<void> {
    return this.transaction((tx) => tx.putSubjectState(state));
  }
  auditSize(): Promise<number> {
    return this.read((ops) => ops.auditSize());
  }
  appendAuditLeaf(leaf: AuditLeaf): Promise<void> {
    return this.transaction((tx) => tx.appendAuditLeaf(leaf));
  }
  getAuditLeaf(seq: number): Promise<AuditLeaf | undefined> {
    return this.read((ops) => ops.getAuditLeaf(seq));
  }
  getAuditLeaves(from: number, to: number): Promise<AuditLeaf[]> {
    return this.read((ops) => ops.getAuditLeaves(from, to));
  }
  getAuditNodes(nodes: readonly AuditNodeRef[]): Promise<(Uint8Array | undefined)[]> {
    return this.read((ops) => ops.getAuditNodes(nodes));
  }
  putGalleryBlock(rec: GalleryBlockRecord): Promise<void> {
    return this.transaction((tx) => tx.putGalleryBlock(rec));
  }
  getGalleryBlock(presetId: string, blockId: number): Promise<GalleryBlockRecord | undefined> {
    return this.read((ops) => ops.getGalleryBlock(presetId, blockId));
  }
  galleryBlockIds(presetId: string): Promise<number[]> {
    return this.read((ops) => ops.galleryBlockIds(presetId));
  }
}
