/**
 * @module he/seal/mac-lab
 * Benches and tests only (not re-exported by he/index.ts): the SEAL half of the authenticated-1:N
 * parameter study (bench/identify-mac-params.ts, test/identify-mac-bgv.test.ts). One object holds
 * a candidate's keys and does, on residues and containers only, what the roles would do:
 * encrypt a coefficient probe (desk, public key), expand it (matcher, Galois keys only,
 * SealPIR EXPAND of expansion.ts, streamed subtree by subtree so 2048 outputs at N = 8192 never
 * sit in SEAL's heap at once), encrypt gallery columns as the current refresh leaves them
 * (custodian, secret-key encryptions summed), apply what a malicious matcher can (Galois
 * automorphisms with the expansion keys, plaintext multiplies), and decrypt (custodian).
 *
 * Refresh-sum noise. Today a gallery column is the sum of one fresh symmetric encryption per
 * enrollment refresh that touched it (src/he/seal/enrollment-refresh.ts: up to 64 entries per
 * refresh request, so 64 to 4096 encryptions for a full block of 4096 slots). Encrypting 4096 x
 * (1+k)(d+2+2k) ciphertexts per measurement is out of reach, so `encryptColumn` makes ONE fresh
 * encryption and adds t*E to c0 with E a rounded Gaussian of variance (n-1) sigma^2, sigma^2 the
 * per-encryption noise variance: the same distribution as the sum of n independent encryptions
 * (their uniform halves sum to a uniform half; their noises to a Gaussian of n times the
 * variance). `realRefreshSum` builds the real sum of n encryptions, so benches can check the
 * synthesis against it.
 *
 * Security note: holds the secret key next to the matcher's keys, by design (a measurement rig).
 */
import { randomBytes } from 'node:crypto';
import type { Ciphertext, Decryptor, Encryptor, GaloisKeys, PublicKey, SecretKey } from 'node-seal';
import { SealmatchError } from '../../errors.js';
import { containerLength, encodeCiphertext } from '../codec/ciphertext-codec.js';
import { buildSealPlaintext, parseSealCiphertext, sealCiphertextCorrectionFactor } from '../codec/seal-format.js';
import { loadResidueKernel, type KernelLevel, type ResidueKernel } from '../kernel/residue-kernel.js';
import { BatchCodec, coefficientNttResidues, parmsIdOf } from './batch.js';
import { loadCiphertext } from './ciphertext.js';
import type { HeContext } from './context.js';
import { encodeExpandableProbe, expandSubtree, expansionDepth, generateExpansionKeys, loadGaloisKeys } from './expansion.js';
import { generateKeyPair, loadPublicKey, loadSecretKey } from './keys.js';

/** SEAL's per-coefficient noise: centred binomial over 21 bit pairs (variance 21/2). */
const FRESH_NOISE_VARIANCE = 10.5;

/** A ciphertext as residues (NTT form, SEAL order) plus SEAL's BGV correction factor. */
export interface ResidueCiphertext {
  readonly residues: Uint32Array;
  readonly correctionFactor: bigint;
}

/** What `expand` measured. */
export interface ExpansionRun {
  /** Wall time of the automorphism tree and the switch to the product level (no serialization, no budget sampling). */
  readonly ms: number;
  /** Smallest SEAL invariant noise budget among the sampled outputs (bits). */
  readonly minBudget: number;
  readonly sampled: number;
  /** Correction factor every output carries (1 unless switched). */
  readonly correctionFactor: bigint;
}

export class MacBgvLab implements Disposable {
  readonly he: HeContext;
  /** Chain index of the products (expanded probes and columns are switched down to it). */
  readonly productLevel: number;
  /** Number of probe coefficients expanded ((1+k)(d+2+2k), or d for today's layout). */
  readonly expandCount: number;
  /** Bytes of the Galois key container the matcher receives (SMK, seeded, SEAL zstd). */
  readonly galoisKeyBytes: number;
  private readonly kernel: ResidueKernel;
  private readonly level: KernelLevel;
  private readonly gk: GaloisKeys;
  private readonly pk: PublicKey;
  private readonly sk: SecretKey;
  private readonly pkEncryptor: Encryptor;
  private readonly skEncryptor: Encryptor;
  private readonly decryptor: Decryptor;
  private readonly codec: BatchCodec;

  private constructor(he: HeContext, productLevel: number, expandCount: number, kernel: ResidueKernel) {
    this.he = he;
    this.productLevel = productLevel;
    this.expandCount = expandCount;
    this.kernel = kernel;
    this.level = kernel.prepareLevel(he.level(productLevel).primes, he.N);
    const keys = generateKeyPair(he);
    const gkBytes = generateExpansionKeys(he, keys.secretKey, expandCount);
    this.galoisKeyBytes = gkBytes.length;
    this.gk = loadGaloisKeys(he, gkBytes);
    this.pk = loadPublicKey(he, keys.publicKey);
    this.sk = loadSecretKey(he, keys.secretKey);
    this.pkEncryptor = new he.seal.Encryptor(he.context, this.pk);
    this.skEncryptor = new he.seal.Encryptor(he.context, this.pk, this.sk);
    this.decryptor = new he.seal.Decryptor(he.context, this.sk);
    this.codec = new BatchCodec(he);
    // SEAL lifts a BGV plaintext coefficient c >= (t+1)/2 to c - t (centred) when it moves it to
    // NTT form; encryptColumn relies on it to add a signed noise polynomial. Checked once here.
    const minusOne = coefficientNttResidues(he, [Number(he.t) - 1], productLevel);
    const q0 = he.level(productLevel).primes[0]!;
    if (minusOne[0] !== q0 - 1) throw new SealmatchError('E_INTERNAL', 'SEAL does not lift plaintext coefficients centred');
  }

  /** A lab for `he` (owned by the caller, deleted after the lab) at `productLevel`, expanding `expandCount` values. */
  static async create(he: HeContext, productLevel: number, expandCount: number): Promise<MacBgvLab> {
    return new MacBgvLab(he, productLevel, expandCount, await loadResidueKernel());
  }

  /** The kernel's primes at the product level (for a GalleryKernel in the same thread). */
  get productPrimes(): readonly number[] {
    return this.level.primes;
  }

  /** Bytes of a size-`size` container at `chainIndex` (default: the product level). */
  containerBytes(size: number, chainIndex = this.productLevel): number {
    return containerLength(this.he, size, chainIndex);
  }

  /** Desk: public-key encryption of the coefficient probe (values mod t, 2^-l folded in). Container at the first level. */
  encryptProbe(values: ArrayLike<number>): Uint8Array {
    const tn = Number(this.he.t);
    const centred = Array.from(values, (v) => (v > (tn - 1) / 2 ? v - tn : v));
    const coeffs = encodeExpandableProbe(centred, this.expandCount, this.he.t);
    const pt = new this.he.seal.Plaintext();
    const ct = new this.he.seal.Ciphertext();
    try {
      pt.loadFromArray(this.he.context, buildSealPlaintext(coeffs));
      this.pkEncryptor.encrypt(pt, ct);
      return Uint8Array.from(ct.saveToArray(this.he.seal.ComprModeType.none) as Uint8Array);
    } finally {
      pt.delete();
      ct.delete();
    }
  }

  /** SEAL invariant noise budget (bits) of a SEAL-serialized ciphertext (`encryptProbe`'s output). */
  sealBytesBudget(bytes: Uint8Array): number {
    const ct = new this.he.seal.Ciphertext();
    try {
      ct.loadFromArray(this.he.context, bytes);
      return this.decryptor.invariantNoiseBudget(ct);
    } finally {
      ct.delete();
    }
  }

  /**
   * Matcher: expands the probe into `expandCount` constants, switches each to the product level and
   * hands output j's residues to `onLeaf(j, ...)` (the buffer is reused: copy it). The noise budget
   * is sampled on outputs j with `sample(j)`.
   */
  expand(probe: Uint8Array, onLeaf: (index: number, out: ResidueCiphertext) => void, sample: (index: number) => boolean): ExpansionRun {
    const { he } = this;
    const C = this.expandCount;
    const l = expansionDepth(C);
    const top = Math.min(4, l);
    const root = new he.seal.Ciphertext();
    let ms = 0;
    let minBudget = Infinity;
    let sampled = 0;
    let cf: bigint | undefined;
    try {
      root.loadFromArray(he.context, probe);
      let t0 = performance.now();
      const nodes: { index: number; ct: Ciphertext | null }[] = expandSubtree(he, root, 0, 0, top, C, this.gk);
      ms += performance.now() - t0;
      try {
        for (const node of nodes) {
          t0 = performance.now();
          const leaves = expandSubtree(he, node.ct!, node.index, top, l, C, this.gk);
          node.ct!.delete();
          node.ct = null;
          try {
            for (const leaf of leaves) this.switchDown(leaf.ct);
            ms += performance.now() - t0;
            for (const leaf of leaves) {
              if (sample(leaf.index)) {
                minBudget = Math.min(minBudget, this.decryptor.invariantNoiseBudget(leaf.ct));
                sampled++;
              }
              const out = this.residuesOf(leaf.ct, 2);
              if (cf !== undefined && out.correctionFactor !== cf) throw new SealmatchError('E_INTERNAL', 'expanded outputs differ in correction factor');
              cf = out.correctionFactor;
              onLeaf(leaf.index, out);
            }
          } finally {
            for (const leaf of leaves) leaf.ct.delete();
          }
        }
      } finally {
        for (const node of nodes) node.ct?.delete();
      }
    } finally {
      root.delete();
    }
    return { ms, minBudget, sampled, correctionFactor: cf ?? 1n };
  }

  /**
   * Custodian refresh: the column with slot values `slots` (N values in [0, t)) as the sum of n
   * fresh secret-key encryptions would leave it, for every n in `refreshCounts` (module header),
   * at the product level. One fresh encryption, then c0 += t*E_n per count.
   */
  encryptColumn(slots: ArrayLike<number>, refreshCounts: readonly number[]): ResidueCiphertext[] {
    const base = this.freshColumn(slots);
    const variance = this.perEncryptionVariance();
    return refreshCounts.map((n) => {
      if (!Number.isInteger(n) || n < 1) throw new SealmatchError('E_INVALID_ARGUMENT', `refresh count ${n} must be >= 1`);
      if (n === 1) return { residues: base.residues.slice(), correctionFactor: base.correctionFactor };
      return { residues: this.addNoise(base.residues, Math.sqrt((n - 1) * variance)), correctionFactor: base.correctionFactor };
    });
  }

  /** The real sum of n fresh secret-key encryptions (n - 1 of zero), at the product level: checks `encryptColumn`. */
  realRefreshSum(slots: ArrayLike<number>, n: number): ResidueCiphertext {
    const zero = new Array<number>(this.he.N).fill(0);
    const acc = this.freshColumnCt(slots);
    try {
      for (let i = 1; i < n; i++) {
        const z = this.freshColumnCt(zero);
        try {
          this.he.evaluator.addInplace(acc, z);
        } finally {
          z.delete();
        }
      }
      return this.residuesOf(acc, 2);
    } finally {
      acc.delete();
    }
  }

  /** Matcher: X -> X^element on a size-2 ciphertext (a slot permutation of a batched column), with the expansion keys. */
  applyGalois(x: ResidueCiphertext, element: number): ResidueCiphertext {
    const ct = this.toSeal(x, 2);
    try {
      this.he.evaluator.applyGaloisInplace(ct, element, this.gk);
      return this.residuesOf(ct, 2);
    } finally {
      ct.delete();
    }
  }

  /** Matcher: slot-wise product of a ciphertext of `size` polynomials with the batched plaintext `factors` (N values in [0, t)). */
  multiplySlots(x: ResidueCiphertext, size: number, factors: ArrayLike<number>): ResidueCiphertext {
    const ct = this.toSeal(x, size);
    const pt = this.codec.encode(factors);
    const pid = parmsIdOf(this.he, this.productLevel);
    try {
      this.he.evaluator.plainTransformToNttInplace(pt, pid);
      this.he.evaluator.multiplyPlainInplace(ct, pt);
      return this.residuesOf(ct, size);
    } finally {
      pid.delete();
      pt.delete();
      ct.delete();
    }
  }

  /**
   * Matcher: adds the batched plaintext `values` (N values in [0, t)) to a ciphertext of `size`
   * polynomials (SEAL addPlain: free in noise, unlike `multiplySlots` by a non-constant plaintext,
   * which costs about log2 t + 7 bits).
   */
  addSlots(x: ResidueCiphertext, size: number, values: ArrayLike<number>): ResidueCiphertext {
    const ct = this.toSeal(x, size);
    const pt = this.codec.encode(values);
    try {
      this.he.evaluator.addPlainInplace(ct, pt);
      return this.residuesOf(ct, size);
    } finally {
      pt.delete();
      ct.delete();
    }
  }

  /** Matcher: the sum of two ciphertexts of `size` polynomials (e.g. another slot's or block's product added in). */
  add(x: ResidueCiphertext, y: ResidueCiphertext, size: number): ResidueCiphertext {
    const a = this.toSeal(x, size);
    const b = this.toSeal(y, size);
    try {
      this.he.evaluator.addInplace(a, b);
      return this.residuesOf(a, size);
    } finally {
      a.delete();
      b.delete();
    }
  }

  /** Custodian: slot values (each in [0, t)) and the noise budget (bits) of a size-`size` ciphertext at the product level. */
  decryptSlots(x: ResidueCiphertext, size: number): { slots: Uint32Array; budget: number } {
    const ct = this.toSeal(x, size);
    const pt = new this.he.seal.Plaintext();
    try {
      const budget = this.decryptor.invariantNoiseBudget(ct);
      this.decryptor.decrypt(ct, pt);
      return { slots: this.codec.decode(pt), budget };
    } finally {
      pt.delete();
      ct.delete();
    }
  }

  /** Noise budget (bits) of a size-2 column at the product level. */
  columnBudget(x: ResidueCiphertext): number {
    const ct = this.toSeal(x, 2);
    try {
      return this.decryptor.invariantNoiseBudget(ct);
    } finally {
      ct.delete();
    }
  }

  delete(): void {
    this.codec.delete();
    this.decryptor.delete();
    this.skEncryptor.delete();
    this.pkEncryptor.delete();
    this.sk.delete();
    this.pk.delete();
    this.gk.delete();
    this.kernel.releaseLevel(this.level);
  }

  [Symbol.dispose](): void {
    this.delete();
  }

  // ------------------------------------------------------------------ internals

  /** Noise variance of one refresh encryption at the product level: fresh, or fresh switched down (rounding term u0 + u1 s). */
  private perEncryptionVariance(): number {
    if (this.productLevel === this.he.firstLevel) return FRESH_NOISE_VARIANCE;
    // Each switch divides the noise by the dropped prime and adds t (u0 + u1 s), u uniform in
    // [-1/2, 1/2], s ternary with 2N/3 non-zero coefficients: variance 1/12 + (2N/3)/12 per coefficient.
    return 1 / 12 + this.he.N / 18;
  }

  private freshColumnCt(slots: ArrayLike<number>): Ciphertext {
    const pt = this.codec.encode(slots);
    const ct = new this.he.seal.Ciphertext();
    try {
      this.skEncryptor.encryptSymmetric(pt, ct);
      this.switchDown(ct);
      return ct;
    } catch (e) {
      ct.delete();
      throw e;
    } finally {
      pt.delete();
    }
  }

  private freshColumn(slots: ArrayLike<number>): ResidueCiphertext {
    const ct = this.freshColumnCt(slots);
    try {
      return this.residuesOf(ct, 2);
    } finally {
      ct.delete();
    }
  }

  /** c0 += t * E, E a rounded Gaussian of standard deviation `sigma` per coefficient (a copy). */
  private addNoise(residues: Uint32Array, sigma: number): Uint32Array {
    const { he, kernel, level } = this;
    const tn = Number(he.t);
    const e = gaussianInts(he.N, sigma).map((x) => (x < 0 ? x + tn : x));
    const x = kernel.alloc(residues.length);
    const noise = kernel.alloc(level.polyLength);
    try {
      kernel.write(x, residues);
      kernel.write(noise, coefficientNttResidues(he, e, this.productLevel));
      kernel.scale(level, noise, 1, tn);
      kernel.add(level, x, noise, 1);
      return kernel.read(x);
    } finally {
      kernel.free(x);
      kernel.free(noise);
    }
  }

  private switchDown(ct: Ciphertext): void {
    const cd = this.he.context.getContextData(ct.parmsId());
    const here = cd.chainIndex();
    cd.delete();
    for (let c = here; c > this.productLevel; c--) this.he.evaluator.cipherModSwitchToNextInplace(ct);
  }

  private residuesOf(ct: Ciphertext, size: number): ResidueCiphertext {
    const bytes = ct.saveToArray(this.he.seal.ComprModeType.none) as Uint8Array;
    const raw = parseSealCiphertext(bytes);
    if (raw.size !== size || raw.k !== this.productLevel + 1 || !raw.ntt) throw new SealmatchError('E_INTERNAL', `unexpected ciphertext shape (size ${raw.size}, k ${raw.k})`);
    return { residues: raw.residues, correctionFactor: sealCiphertextCorrectionFactor(bytes) };
  }

  private toSeal(x: ResidueCiphertext, size: number): Ciphertext {
    const lvl = this.he.level(this.productLevel);
    const bytes = encodeCiphertext(this.he, { parmsId: lvl.parmsId, ntt: true, size, N: this.he.N, k: lvl.primes.length, residues: x.residues }, x.correctionFactor);
    return loadCiphertext(this.he, bytes, { sizes: [size], chainIndex: this.productLevel });
  }
}

/** `count` rounded Gaussians of standard deviation sigma (Box-Muller over crypto randomness). */
function gaussianInts(count: number, sigma: number): number[] {
  const u = new Uint32Array(randomBytes(8 * count).buffer);
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const a = (u[2 * i]! + 1) / 4294967297;
    const b = u[2 * i + 1]! / 4294967296;
    out[i] = Math.round(sigma * Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * b));
  }
  return out;
}
