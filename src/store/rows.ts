/**
 * How a row of each table reads back as a record, for both databases: the tables and their
 * meaning are the same in SQLite and PostgreSQL (`sqlite.ts`, `postgres.ts`); only the way each
 * driver hands back an integer, a blob and a flag differs, and that is the `ColumnReader`.
 */
import { SealmatchError } from '../errors.js';
import type { AuditLeaf, GallerySlot, KeyRecord, Modality, StoredReference, SubjectState } from './store.js';

/** A row as the drivers return it: column name -> value. */
export type Row = Record<string, unknown>;

/** The driver's reading of integer, blob and boolean columns (each may also check what it reads). */
export interface ColumnReader {
  int(v: unknown): number;
  /** A copy the caller owns. */
  bytes(v: unknown): Uint8Array;
  flag(v: unknown): boolean;
}

/** The columns a `reference_template` INSERT writes, in the order of {@link referenceParams}. */
export const REFERENCE_INSERT_COLUMNS = 'subject_ref, modality, preset_id, dim, ciphertext, enrolled_at, he_key_id, enrolled_by, institution, part_dims';

/** The values of a `reference_template` row, in the order of {@link REFERENCE_INSERT_COLUMNS}. */
export function referenceParams(ref: StoredReference): (string | number | Uint8Array | null)[] {
  return [ref.subjectRef, ref.modality ?? 'face', ref.presetId, ref.dim, ref.ciphertext, ref.enrolledAtMs, ref.heKeyId ?? null, ref.enrolledBy ?? null, ref.institution ?? null, partDimsToColumn(ref.partDims)];
}

/** A `reference_template` row. */
export function referenceFromRow(r: Row, col: ColumnReader): StoredReference {
  return {
    subjectRef: String(r.subject_ref),
    modality: String(r.modality) as Modality,
    presetId: String(r.preset_id),
    dim: col.int(r.dim),
    ciphertext: col.bytes(r.ciphertext),
    enrolledAtMs: col.int(r.enrolled_at),
    ...(r.he_key_id ? { heKeyId: col.bytes(r.he_key_id) } : {}),
    ...(r.enrolled_by != null ? { enrolledBy: String(r.enrolled_by) } : {}),
    ...(r.institution != null ? { institution: String(r.institution) } : {}),
    ...(r.part_dims != null ? { partDims: partDimsFromColumn(r.part_dims) } : {}),
  };
}

/** Part dimensions of a fused reference as stored ('8192,8192'); null for a single modality. */
export function partDimsToColumn(partDims: readonly number[] | undefined): string | null {
  return partDims?.length ? partDims.join(',') : null;
}

/** The part dimensions of a `part_dims` column; E_STORE if it is not a list of positive integers. */
export function partDimsFromColumn(v: unknown): number[] {
  const dims = String(v).split(',').map(Number);
  if (!dims.every((d) => Number.isInteger(d) && d > 0)) throw new SealmatchError('E_STORE', `part_dims column "${String(v)}" is not a list of dimensions`);
  return dims;
}

/** A `device_key` row. */
export function keyFromRow(r: Row, col: ColumnReader): KeyRecord {
  return {
    keyId: String(r.key_id),
    publicKey: col.bytes(r.public_key),
    ownerId: String(r.owner_id),
    role: String(r.role) as KeyRecord['role'],
    registeredAtMs: col.int(r.registered_at),
    revoked: col.flag(r.revoked),
    institution: String(r.institution ?? ''),
  };
}

/** A `subject_state` row. */
export function subjectStateFromRow(r: Row, col: ColumnReader): SubjectState {
  return {
    subjectRef: String(r.subject_ref),
    consecutiveFailures: col.int(r.failures),
    lockedUntilMs: col.int(r.locked_until),
    lockouts: col.int(r.lockouts),
  };
}

/** An `audit_leaf` row (seq, entry, leaf_hash). */
export function auditLeafFromRow(r: Row, col: ColumnReader): AuditLeaf {
  return { seq: col.int(r.seq), entryBytes: col.bytes(r.entry), leafHash: col.bytes(r.leaf_hash) };
}

/** A `gallery_slot` row (slot, subject_ref, factor). */
export function gallerySlotFromRow(r: Row, col: ColumnReader): GallerySlot {
  const enrollment = r.enrollment == null ? undefined : new Uint8Array(r.enrollment as Uint8Array);
  return { slot: col.int(r.slot), subjectRef: String(r.subject_ref), factor: col.int(r.factor), ...(enrollment ? { enrollment } : {}) };
}
