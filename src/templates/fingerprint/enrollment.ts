/**
 * Multi-impression fingerprint enrollment: one reference vector from 2-4 impressions of the same
 * finger, the default enrollment path for fingerprints (TerminalClient.enrollFinger).
 *
 * The reference is the sum of the impressions' L2-normalized representation vectors
 * (representation.ts), quantized afterwards as ONE template: the encrypted reference, the matcher's
 * work and the decision are exactly those of a single-impression reference. Averaging keeps the
 * local structures the impressions share and dilutes what one capture alone shows (spurious
 * minutiae, one pressure's distortion, one placement's partial overlap); measured
 * leave-one-collection-out in docs/ACCURACY-FINGER.md (bench/accuracy-finger-loco.ts --shipped,
 * probes impressions 5-8): 3-4 impressions roughly halve the EER of a single-impression reference.
 *
 * A single record is accepted (k = 1, the weaker path: it is what 1:1 verification figures without
 * multi-impression enrollment measure). More than FINGER_ENROLLMENT_MAX_IMPRESSIONS are refused:
 * the gain was measured for 1-4 only.
 *
 * Security note: the records are trusted to be impressions of ONE finger of the enrolling subject
 * (the enrollment officer's job); nothing here can tell a mixed set apart.
 */
import { SealmatchError } from '../../errors.js';
import type { MinutiaeRecord } from './model.js';
import { minutiaeToVector, type RepresentationOptions } from './representation.js';

/** Impressions a multi-impression reference is measured for: 1 (weaker) to 4. */
export const FINGER_ENROLLMENT_MAX_IMPRESSIONS = 4;
/** Impressions the enrollment desk should capture (docs/ACCURACY-FINGER.md: k = 3-4 beat k = 1). */
export const FINGER_ENROLLMENT_RECOMMENDED_IMPRESSIONS = 3;

/**
 * Sum of L2-normalized vectors of equal length (the multi-impression reference before
 * quantization). A zero vector contributes nothing. Refuses an empty list, unequal lengths and
 * non-finite values.
 */
export function combineImpressionVectors(vectors: readonly ArrayLike<number>[]): Float64Array {
  if (!Array.isArray(vectors) || vectors.length === 0) throw new SealmatchError('E_INVALID_ARGUMENT', 'a reference needs at least one impression');
  const dim = vectors[0]!.length;
  const out = new Float64Array(dim);
  vectors.forEach((v, k) => {
    if (v.length !== dim) throw new SealmatchError('E_DIMENSION', `impression ${k} has ${v.length} values, impression 0 has ${dim}`);
    let sq = 0;
    for (let i = 0; i < dim; i++) {
      const x = v[i]!;
      if (!Number.isFinite(x)) throw new SealmatchError('E_NON_FINITE', `impression ${k} has a non-finite value at ${i}`);
      sq += x * x;
    }
    const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
    for (let i = 0; i < dim; i++) out[i]! += v[i]! * inv;
  });
  return out;
}

/**
 * The enrollment reference vector of one finger from 1 to FINGER_ENROLLMENT_MAX_IMPRESSIONS
 * records (2-4 recommended; a single record is the weaker path), each through `minutiaeToVector`
 * with the same options. Quantize it (or pass it to Terminal.encryptReference) like any finger
 * vector.
 *
 * @example
 *   const ref = fingerEnrollmentVector([rec1, rec2, rec3]); // three captures at the desk
 */
export function fingerEnrollmentVector(records: readonly MinutiaeRecord[], options: RepresentationOptions = {}): Float64Array {
  if (!Array.isArray(records) || records.length === 0) throw new SealmatchError('E_INVALID_ARGUMENT', 'fingerprint enrollment needs 1 to 4 records (2-4 recommended)');
  if (records.length > FINGER_ENROLLMENT_MAX_IMPRESSIONS) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `fingerprint enrollment takes at most ${FINGER_ENROLLMENT_MAX_IMPRESSIONS} records, got ${records.length}`);
  }
  return combineImpressionVectors(records.map((r) => minutiaeToVector(r, options)));
}
