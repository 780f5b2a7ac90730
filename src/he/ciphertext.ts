/**
 * Moving ciphertexts between sealmatch containers and SEAL objects. Every SEAL `Ciphertext`
 * returned here is owned by the caller, who must `.delete()` it.
 */
import type { Ciphertext } from 'node-seal';
import { SealmatchError } from '../errors.js';
import { decodeCiphertext, encodeCiphertext } from './ciphertext-codec.js';
import type { HeContext } from './context.js';
import { buildSealCiphertext, parseSealCiphertext, sealCiphertextCorrectionFactor } from './seal-format.js';

/** Validates a container (see ciphertext-codec.ts) and loads it into SEAL. */
export function loadCiphertext(
  he: HeContext,
  bytes: Uint8Array,
  allowed: { sizes: readonly number[]; chainIndex?: number },
): Ciphertext {
  const { raw, correctionFactor } = decodeCiphertext(he, bytes, allowed);
  const ct = new he.seal.Ciphertext();
  try {
    ct.loadFromArray(he.context, buildSealCiphertext(raw, correctionFactor));
  } catch (e) {
    ct.delete();
    throw new SealmatchError('E_MALFORMED_CIPHERTEXT', 'ciphertext rejected by SEAL', undefined, { cause: e });
  }
  return ct;
}

/** Serializes a SEAL ciphertext into a container (bit-packed residues). */
export function saveCiphertext(he: HeContext, ct: Ciphertext): Uint8Array {
  const sealBytes = ct.saveToArray(he.seal.ComprModeType.none) as Uint8Array;
  const raw = parseSealCiphertext(sealBytes);
  return encodeCiphertext(he, raw, sealCiphertextCorrectionFactor(sealBytes));
}
