/**
 * Custodian-assisted refresh of gallery columns (enrollment and deletion, docs/IDENTIFY.md).
 *
 * Why: building a column homomorphically (expand the enrollment template, mask it into one slot)
 * leaves no noise budget for the later product (docs/PARAMETERS-1toN.md, "open problems"). So the
 * matcher masks what it holds with uniform plaintext randomness, the custodian (who then decrypts
 * only uniform values) returns FRESH encryptions, and the matcher removes the mask:
 *
 *   enrollment: matcher sends r_s * Enc(sum_j g_j X^j) + m + t*E   (m uniform mod t in all N
 *               coefficients; E a flooding term, below), custodian decrypts h = r_s g + m and
 *               returns, per feature j, a fresh Enc(batched: h_j at slot s, 0 elsewhere); the
 *               matcher subtracts m_j at slot s and adds the result into column j.
 *   deletion:   matcher sends col_j + M_j (M_j uniform batched) and the value M_j[s]; the custodian
 *               decrypts (uniform), re-encrypts with slot s := M_j[s]; matcher subtracts M_j:
 *               slot s is 0 and every residue of the column is fresh.
 *
 * Flooding: the enrollment ciphertext's noise is r_s times a fresh encryption's, so without care
 * a custodian measuring c0 + c1*s - h would estimate r_s (a 5-bit secret that hides relative
 * scores). The matcher adds t*E with E uniform in [0, 2^50) per coefficient (three 19/19/12-bit
 * digit plaintexts combined in NTT form): the r_s*e term (< 2^16) is statistically hidden to
 * ~2^-34 per coefficient; ~12 bits of budget remain, and this ciphertext is only decrypted.
 */
import type { Decryptor, Encryptor, SecretKey } from 'node-seal';
import { SealmatchError } from '../../errors.js';
import { uniformInts } from '../../csprng.js';
import { BatchCodec, coefficientNttResidues } from './batch.js';
import { encodeCiphertext } from '../codec/ciphertext-codec.js';
import { saveCiphertext } from './ciphertext.js';
import { noiseBudgetOf, readDecryption } from './decryptor.js';
import type { HeContext } from './context.js';
import { columnResidues, type GalleryKernel, productLevelOf } from './gallery-block.js';
import { loadSecretKey } from './keys.js';
import { sealPlaintextCoefficient } from '../codec/seal-format.js';

/** Uniform values in [0, t), `count` of them. */
export function uniformModT(t: bigint, count: number): Uint32Array {
  return uniformInts(count, 0, Number(t));
}

function uniformBits(bits: number, count: number): Uint32Array {
  return uniformInts(count, 0, 2 ** bits);
}

/**
 * Matcher side of enrollment: r * Enc(G) + mask + t*E, where `mask` holds N coefficients uniform
 * mod t (the caller keeps them to unmask). Input: a size-2 container at the product level
 * (coefficient-encoded template, no 2^-l factor). Output: a container for the custodian.
 */
export function maskEnrollmentTemplate(he: HeContext, gk: GalleryKernel, template: Uint8Array, r: number, mask: Uint32Array): Uint8Array {
  const l = productLevelOf(he);
  if (mask.length !== he.N) throw new SealmatchError('E_INVALID_ARGUMENT', 'enrollment mask must have N coefficients');
  if (!Number.isInteger(r) || r < 1 || BigInt(r) >= he.t) throw new SealmatchError('E_INVALID_ARGUMENT', `blinding factor ${r} out of range`);
  const residues = columnResidues(he, template);
  const { kernel, level, ct2 } = gk;
  const x = kernel.alloc(ct2);
  const acc = kernel.alloc(level.polyLength);
  const tmp = kernel.alloc(level.polyLength);
  try {
    kernel.write(x, residues);
    kernel.scale(level, x, 2, r);
    // acc = NTT(P3); acc = acc*2^19 + NTT(P2); acc = acc*2^19 + NTT(P1); acc *= t; acc += NTT(mask)
    kernel.write(acc, coefficientNttResidues(he, uniformBits(12, he.N), l));
    for (const bits of [19, 19]) {
      kernel.scale(level, acc, 1, 2 ** 19);
      kernel.write(tmp, coefficientNttResidues(he, uniformBits(bits, he.N), l));
      kernel.add(level, acc, tmp, 1);
    }
    kernel.scale(level, acc, 1, Number(he.t));
    kernel.write(tmp, coefficientNttResidues(he, mask, l));
    kernel.add(level, acc, tmp, 1);
    kernel.add(level, x, acc, 1);
    return containerOf(he, kernel.read(x));
  } finally {
    kernel.free(x);
    kernel.free(acc);
    kernel.free(tmp);
  }
}

/** Matcher side of deletion: col + NTT(M) on c0, as a container (the stored column is unchanged). */
export function maskColumn(gk: GalleryKernel, he: HeContext, column: Uint32Array, maskNtt: Uint32Array): Uint8Array {
  const { kernel, level, ct2 } = gk;
  const x = kernel.alloc(ct2);
  const m = kernel.alloc(level.polyLength);
  try {
    kernel.write(x, column);
    kernel.write(m, maskNtt);
    kernel.add(level, x, m, 1);
    return containerOf(he, kernel.read(x));
  } finally {
    kernel.free(x);
    kernel.free(m);
  }
}

function containerOf(he: HeContext, residues: Uint32Array): Uint8Array {
  const level = he.level(productLevelOf(he));
  return encodeCiphertext(he, { parmsId: level.parmsId, ntt: true, size: 2, N: he.N, k: level.primes.length, residues }, 1n);
}

/**
 * Custodian side: decrypts masked (uniform-looking) ciphertexts and re-encrypts fresh batched
 * columns with its secret key (symmetric encryption: smaller noise than public-key encryption,
 * which keeps a column built from up to N refreshes inside the noise margin). Owns SEAL objects.
 */
export class RefreshCustodian implements Disposable {
  private readonly he: HeContext;
  private readonly sk: SecretKey;
  private readonly decryptor: Decryptor;
  private readonly encryptor: Encryptor;
  private readonly codec: BatchCodec;

  constructor(he: HeContext, secretKey: Uint8Array) {
    productLevelOf(he);
    if (he.firstLevel !== he.preset.productLevel) throw new SealmatchError('E_INTERNAL', 'refresh assumes fresh encryptions live at the product level');
    this.he = he;
    this.sk = loadSecretKey(he, secretKey);
    const kg = new he.seal.KeyGenerator(he.context, this.sk);
    const pk = kg.createPublicKey();
    try {
      this.encryptor = new he.seal.Encryptor(he.context, pk, this.sk);
    } finally {
      pk.delete();
      kg.delete();
    }
    this.decryptor = new he.seal.Decryptor(he.context, this.sk);
    this.codec = new BatchCodec(he);
  }

  /** Coefficients 0..count-1 of a size-2 container at the product level, each in [0, t). */
  decryptCoefficients(bytes: Uint8Array, count: number): Uint32Array {
    return readDecryption(this.he, this.decryptor, bytes, { sizes: [2], chainIndex: productLevelOf(this.he) }, (pt) => {
      const raw = pt.saveToArray(this.he.seal.ComprModeType.none) as Uint8Array;
      return Uint32Array.from({ length: count }, (_, i) => sealPlaintextCoefficient(raw, i));
    });
  }

  /** Slot values (each in [0, t)) of a container of size in `sizes` at the product level. */
  decryptSlots(bytes: Uint8Array, sizes: readonly number[]): Uint32Array {
    return readDecryption(this.he, this.decryptor, bytes, { sizes, chainIndex: productLevelOf(this.he) }, (pt) => this.codec.decode(pt));
  }

  /** SEAL invariant noise budget (bits) of a container (tests, docs). */
  noiseBudget(bytes: Uint8Array, sizes: readonly number[]): number {
    return noiseBudgetOf(this.he, this.decryptor, bytes, { sizes, chainIndex: productLevelOf(this.he) });
  }

  /** A fresh secret-key encryption of the batched vector `slots` (N values in [0, t)). */
  encryptSlots(slots: ArrayLike<number>): Uint8Array {
    const pt = this.codec.encode(slots);
    const ct = new this.he.seal.Ciphertext();
    try {
      this.encryptor.encryptSymmetric(pt, ct);
      return saveCiphertext(this.he, ct);
    } finally {
      pt.delete();
      ct.delete();
    }
  }

  delete(): void {
    this.codec.delete();
    this.encryptor.delete();
    this.decryptor.delete();
    this.sk.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}
