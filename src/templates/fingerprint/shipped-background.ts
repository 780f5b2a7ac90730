/**
 * The shipped default backgrounds of the fingerprint representations (the default of
 * `minutiaeToVector`, 8,192 values, and of `minutiaeToIdentifyVector`, 512 values): fitted on labelled prints of the four public FVC2002 DB1-DB4 B sets only
 * (the Neurotechnology sets may not be redistributed, so nothing shipped is fitted on them) by
 * bench/gen-finger-background.ts, compacted by background-codec.ts and stored as a generated
 * constant (gen/shipped-background.ts, gen/shipped-background-1ton.ts). Each holds fitted statistics
 * only, no print: a per-minutia feature mean, a 312 x 128 descriptor projection and 128 whitening
 * directions.
 *
 * Its expected accuracy on a sensor it was not fitted on is the leave-one-collection-out figure of
 * docs/ACCURACY-FINGER.md (`bench/accuracy-finger-loco.ts --shipped`: the neurotech folds scored by
 * this constant itself, the FVC2002 folds by the same recipe fitted on the other three sets).
 *
 * The whitening is fitted on within-finger scatter (representation.ts `FingerWhitening`), so the
 * prints of the very fingers it was fitted on (this repository's FVC2002 test data) score
 * correctly too; the earlier pooled-vector whitening shrank exactly those fingers' identities
 * (EER 84% on them).
 *
 * Security note: the constant is trusted as part of the package (its SHA-256 is checked here
 * against the generated value, which catches a truncated or hand-edited file, not a malicious one).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { SealmatchError } from '../../errors.js';
import { decodeBackground } from './background-codec.js';
import { SHIPPED_1TON_BACKGROUND_BASE64, SHIPPED_1TON_BACKGROUND_SHA256 } from './gen/shipped-background-1ton.js';
import { SHIPPED_BACKGROUND_BASE64, SHIPPED_BACKGROUND_SHA256 } from './gen/shipped-background.js';
import type { FingerBackground } from './representation.js';

const cached = new Map<string, FingerBackground>();

function decodeShipped(base64: string, sha: string): FingerBackground {
  let bg = cached.get(sha);
  if (bg) return bg;
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytesToHex(sha256(bytes)) !== sha) {
    throw new SealmatchError('E_INTERNAL', 'shipped fingerprint background does not match its SHA-256 (regenerate it)');
  }
  bg = decodeBackground(bytes);
  cached.set(sha, bg);
  return bg;
}

/** The 8,192-value representation's shipped background; decoded once, then cached (~9 MB of float64). */
export function shippedFingerBackground(): FingerBackground {
  return decodeShipped(SHIPPED_BACKGROUND_BASE64, SHIPPED_BACKGROUND_SHA256);
}

/**
 * The 512-value 1:N representation's shipped background (minutiaeToIdentifyVector): the same
 * recipe and the same FVC2002 B prints at that dimension (gen/shipped-background-1ton.ts).
 */
export function shippedFingerIdentifyBackground(): FingerBackground {
  return decodeShipped(SHIPPED_1TON_BACKGROUND_BASE64, SHIPPED_1TON_BACKGROUND_SHA256);
}
