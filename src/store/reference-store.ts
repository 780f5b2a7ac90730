/**
 * What the matcher persists: encrypted references keyed by pseudonymous subject reference.
 * Nothing here can hold a key or a plaintext template. Implementations: SQLite (embedded
 * default, `sqlite.ts`) and PostgreSQL (`postgres.ts`); the same test suite runs on both.
 */
export interface StoredReference {
  readonly subjectRef: string;
  readonly presetId: string;
  readonly dim: number;
  /** "SMCT" container as received and validated at enrollment. */
  readonly ciphertext: Uint8Array;
  readonly enrolledAtMs: number;
}

export interface ReferenceStore {
  /** Inserts a reference; throws E_ALREADY_ENROLLED if the subject has one. Atomic. */
  insertReference(ref: StoredReference): Promise<void>;
  /** The subject's reference, or undefined. */
  getReference(subjectRef: string): Promise<StoredReference | undefined>;
  /** Deletes the subject's reference; returns whether one existed. */
  deleteReference(subjectRef: string): Promise<boolean>;
  /** Number of stored references. */
  countReferences(): Promise<number>;
  close(): Promise<void>;
}
