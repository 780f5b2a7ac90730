/**
 * Secret-key decryption of one coefficient (custodian side). The custodian reads only the
 * coefficient the protocol designates; the rest of the plaintext is uniform masking.
 */
import type { Decryptor, Plaintext, SecretKey } from 'node-seal';
import type { HeContext } from './context.js';
import { SealmatchError } from '../../errors.js';
import { loadCiphertext, type DecodedCiphertext } from './ciphertext.js';
import { loadSecretKey } from './keys.js';
import { sealPlaintextCoefficient } from '../codec/seal-format.js';

/** Which containers a decryption accepts: sizes, and the chain index when it is fixed. */
export type AcceptedCiphertexts = Parameters<typeof loadCiphertext>[2];

/**
 * Loads a container (E_MALFORMED_CIPHERTEXT unless it is one of `accepted`), decrypts it with
 * `decryptor` and returns what `read` takes from the plaintext. SEAL's refusal to decrypt an
 * already validated container (e.g. a correction factor it cannot invert) is E_MALFORMED_CIPHERTEXT
 * too: a typed refusal, never a 500. Both SEAL objects are deleted before this returns.
 */
export function readDecryption<T>(
  he: HeContext,
  decryptor: Decryptor,
  bytes: Uint8Array | DecodedCiphertext,
  accepted: AcceptedCiphertexts,
  read: (pt: Plaintext) => T,
): T {
  const ct = loadCiphertext(he, bytes, accepted);
  const pt = new he.seal.Plaintext();
  try {
    try {
      decryptor.decrypt(ct, pt);
    } catch (e) {
      throw new SealmatchError('E_MALFORMED_CIPHERTEXT', 'SEAL refused to decrypt the ciphertext', undefined, { cause: e });
    }
    return read(pt);
  } finally {
    ct.delete();
    pt.delete();
  }
}

/** SEAL's invariant noise budget (bits) of a container, one of `accepted`: margin checks in tests and docs. */
export function noiseBudgetOf(he: HeContext, decryptor: Decryptor, bytes: Uint8Array, accepted: AcceptedCiphertexts): number {
  const ct = loadCiphertext(he, bytes, accepted);
  try {
    return decryptor.invariantNoiseBudget(ct);
  } finally {
    ct.delete();
  }
}

export class CoefficientDecryptor implements Disposable {
  private readonly he: HeContext;
  private readonly sk: SecretKey;
  private readonly decryptor: Decryptor;

  constructor(he: HeContext, secretKey: Uint8Array) {
    this.he = he;
    this.sk = loadSecretKey(he, secretKey);
    this.decryptor = new he.seal.Decryptor(he.context, this.sk);
  }

  /** Decrypts a container and returns coefficient `index` as a residue in [0, t). */
  decryptCoefficient(bytes: Uint8Array, index: number, allowedSizes: readonly number[]): number {
    return this.decryptCoefficients(bytes, [index], allowedSizes)[0]!;
  }

  /**
   * Decrypts a container once and returns the coefficients at `indices` as residues in [0, t).
   * Any SEAL failure on an already validated container becomes E_MALFORMED_CIPHERTEXT.
   */
  decryptCoefficients(bytes: Uint8Array | DecodedCiphertext, indices: readonly number[], allowedSizes: readonly number[]): number[] {
    return readDecryption(this.he, this.decryptor, bytes, { sizes: allowedSizes }, (pt) => {
      const raw = pt.saveToArray(this.he.seal.ComprModeType.none) as Uint8Array;
      return indices.map((i) => sealPlaintextCoefficient(raw, i));
    });
  }

  /** SEAL's invariant noise budget (bits) of a container: margin checks in tests and docs. */
  noiseBudget(bytes: Uint8Array, allowedSizes: readonly number[]): number {
    return noiseBudgetOf(this.he, this.decryptor, bytes, { sizes: allowedSizes });
  }

  delete(): void {
    this.decryptor.delete();
    this.sk.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}
