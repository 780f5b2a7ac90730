/**
 * What the matcher persists: encrypted references keyed by pseudonymous subject reference.
 * Nothing here can hold a key or a plaintext template. Implementations: SQLite (embedded
 * default, `sqlite.ts`) and PostgreSQL (`postgres.ts`); the same test suite runs on both.
 */
// Biometric modality of a reference (the one type of wire/messages.ts); a subject has at most one reference per modality.
export type { Modality } from '../wire/messages.js';
import type { Modality } from '../wire/messages.js';

/** An encrypted reference as stored: subject, modality, preset, ciphertext and who enrolled it. */
export interface StoredReference {
  /** Subject reference (64 hex digits): HMAC-SHA256(bank key, IIN), never the IIN itself. */
  readonly subjectRef: string;
  /** Defaults to 'face'. */
  readonly modality?: Modality;
  /** Parameter set the ciphertext was made under, as stored (the matcher refuses a reference of another, E_PARAMS_MISMATCH). */
  readonly presetId: string;
  /** Template dimension (e.g. 128); a probe must have the same. */
  readonly dim: number;
  /** "SMCT" container as received and validated at enrollment. */
  readonly ciphertext: Uint8Array;
  /** When the matcher stored it, Unix milliseconds. */
  readonly enrolledAtMs: number;
  /** SHA-256 of the HE public key the ciphertext was made under (refs enrolled since v0.2). */
  readonly heKeyId?: Uint8Array;
  /** Hex key id of the desk that enrolled it, and that desk's institution. */
  readonly enrolledBy?: string;
  /** Institution of that desk: only a desk of the same institution may replace or delete it. */
  readonly institution?: string;
  /** Fused references (composite modality): the dimension of each part, in the composition's order. */
  readonly partDims?: readonly number[];
}

/** What the 1:1 Matcher needs of a store: references by subject and modality. */
export interface ReferenceStore {
  /** Inserts a reference; throws E_ALREADY_ENROLLED if the subject has one of that modality. Atomic. */
  insertReference(ref: StoredReference): Promise<void>;
  /** The subject's reference of `modality` (default 'face'), or undefined. */
  getReference(subjectRef: string, modality?: Modality): Promise<StoredReference | undefined>;
  /** Deletes the subject's reference of `modality`, or all of them when omitted; whether any existed. */
  deleteReference(subjectRef: string, modality?: Modality): Promise<boolean>;
  /** Number of stored references. */
  countReferences(): Promise<number>;
  /** Closes the store. */
  close(): Promise<void>;
}
