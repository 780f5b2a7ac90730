/**
 * Public-key BGV encryption of coefficient-encoded plaintexts (terminal side; the matcher uses it
 * too, to encrypt nothing secret). Owns its SEAL objects: call `delete()`.
 */
import type { Encryptor, PublicKey } from 'node-seal';
import type { HeContext } from './context.js';
import { saveCiphertext } from './ciphertext.js';
import { loadPublicKey } from './keys.js';
import { buildSealPlaintext } from '../codec/seal-format.js';

export class CoefficientEncryptor implements Disposable {
  private readonly he: HeContext;
  private readonly pk: PublicKey;
  private readonly encryptor: Encryptor;

  constructor(he: HeContext, publicKey: Uint8Array) {
    this.he = he;
    this.pk = loadPublicKey(he, publicKey);
    this.encryptor = new he.seal.Encryptor(he.context, this.pk);
  }

  /** Encrypts a plaintext whose coefficients (each in [0, t)) are given; returns a container. */
  encrypt(coeffs: ArrayLike<number>): Uint8Array {
    const { seal, context } = this.he;
    const pt = new seal.Plaintext();
    const ct = new seal.Ciphertext();
    try {
      pt.loadFromArray(context, buildSealPlaintext(coeffs));
      this.encryptor.encrypt(pt, ct);
      return saveCiphertext(this.he, ct);
    } finally {
      pt.delete();
      ct.delete();
    }
  }

  delete(): void {
    this.encryptor.delete();
    this.pk.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}
