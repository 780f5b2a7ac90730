/**
 * The matcher's homomorphic step for 1:1: one ciphertext x ciphertext multiplication (no
 * relinearization: the size-3 result decrypts directly, so no evaluation keys exist), then
 *
 *   result = factor * (P * G) + mask
 *
 * with `factor` a plaintext constant and `mask` a plaintext polynomial, then a modulus switch down
 * to the preset's result level to shrink what is sent. Noise: one multiplication leaves ~17 bits
 * at t = 2^26 on the face preset; `factor` <= 127 costs <= 7 bits more; the switch keeps the
 * budget (test/noise-margin.test.ts checks the worst case).
 */
import type { Ciphertext, Plaintext } from 'node-seal';
import { SealmatchError } from '../errors.js';
import type { HeContext } from './context.js';
import { saveCiphertext } from './ciphertext.js';
import { buildSealPlaintext } from './seal-format.js';

export interface Blinding {
  /** Constant multiplier in [1, t). */
  readonly factor: number;
  /** N coefficients in [0, t), added after the multiplication. */
  readonly mask: ArrayLike<number>;
}

/** Computes factor*(a*b) + mask at `targetLevel` and returns it as a container. */
export function blindedProduct(he: HeContext, a: Ciphertext, b: Ciphertext, blinding: Blinding, targetLevel: number): Uint8Array {
  const { seal, context, evaluator } = he;
  if (blinding.mask.length !== he.N) throw new SealmatchError('E_INTERNAL', 'mask must have N coefficients');
  const prod = new seal.Ciphertext();
  let factor: Plaintext | undefined;
  let mask: Plaintext | undefined;
  try {
    evaluator.multiply(a, b, prod);
    if (blinding.factor !== 1) {
      factor = new seal.Plaintext();
      factor.loadFromArray(context, buildSealPlaintext([blinding.factor]));
      evaluator.multiplyPlainInplace(prod, factor);
    }
    mask = new seal.Plaintext();
    mask.loadFromArray(context, buildSealPlaintext(blinding.mask));
    evaluator.addPlainInplace(prod, mask);
    while (prod.coeffModulusSize() - 1 > targetLevel) evaluator.cipherModSwitchToNextInplace(prod);
    return saveCiphertext(he, prod);
  } finally {
    prod.delete();
    factor?.delete();
    mask?.delete();
  }
}
