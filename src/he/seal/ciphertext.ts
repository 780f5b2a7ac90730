/**
 * Moving ciphertexts between sealmatch containers and SEAL objects. Every SEAL `Ciphertext`
 * returned here is owned by the caller, who must `.delete()` it.
 */
import type { Ciphertext } from 'node-seal';
import { SealmatchError } from '../../errors.js';
import { decodeCiphertext, encodeCiphertext } from '../codec/ciphertext-codec.js';
import type { HeContext } from './context.js';
import { buildSealCiphertext, parseSealCiphertext, sealCiphertextCorrectionFactor } from '../codec/seal-format.js';

/** A container already validated by `decodeCiphertext`. */
export type DecodedCiphertext = ReturnType<typeof decodeCiphertext>;

/**
 * Validates a container (see ciphertext-codec.ts) and loads it into SEAL. A container the caller
 * already decoded (and so validated) is loaded without parsing it again.
 */
export function loadCiphertext(
  he: HeContext,
  bytes: Uint8Array | DecodedCiphertext,
  allowed: { sizes: readonly number[]; chainIndex?: number },
): Ciphertext {
  const { raw, correctionFactor } = bytes instanceof Uint8Array ? decodeCiphertext(he, bytes, allowed) : bytes;
  if (!allowed.sizes.includes(raw.size)) throw new SealmatchError('E_MALFORMED_CIPHERTEXT', `ciphertext has ${raw.size} polynomials`);
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
