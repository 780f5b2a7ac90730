/**
 * Secret-key decryption of one coefficient (custodian side). The custodian reads only the
 * coefficient the protocol designates; the rest of the plaintext is uniform masking.
 */
import type { Decryptor, SecretKey } from 'node-seal';
import type { HeContext } from './context.js';
import { SealmatchError } from '../../errors.js';
import { loadCiphertext, type DecodedCiphertext } from './ciphertext.js';
import { loadSecretKey } from './keys.js';
import { sealPlaintextCoefficient } from '../codec/seal-format.js';

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
    const { seal } = this.he;
    const ct = loadCiphertext(this.he, bytes, { sizes: allowedSizes });
    const pt = new seal.Plaintext();
    try {
      try {
        this.decryptor.decrypt(ct, pt);
      } catch (e) {
        throw new SealmatchError('E_MALFORMED_CIPHERTEXT', 'SEAL refused to decrypt the ciphertext', undefined, { cause: e });
      }
      const raw = pt.saveToArray(seal.ComprModeType.none) as Uint8Array;
      return indices.map((i) => sealPlaintextCoefficient(raw, i));
    } finally {
      ct.delete();
      pt.delete();
    }
  }

  /** SEAL's invariant noise budget (bits) of a container: margin checks in tests and docs. */
  noiseBudget(bytes: Uint8Array, allowedSizes: readonly number[]): number {
    const ct = loadCiphertext(this.he, bytes, { sizes: allowedSizes });
    try {
      return this.decryptor.invariantNoiseBudget(ct);
    } finally {
      ct.delete();
    }
  }

  delete(): void {
    this.decryptor.delete();
    this.sk.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}
