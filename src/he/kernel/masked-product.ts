/**
 * The 1:1 homomorphic step, entirely in the NTT/RNS residue domain (no SEAL call, no evaluation
 * key): for fresh ciphertexts P (probe) and G (reference),
 *
 *   R = factor * (P (x) G) + U,   U = NTT-domain mask with INTT(U)_m = offset * cf, uniform elsewhere
 *
 * so R decrypts to  factor * <p, g> + offset  at the score coefficient m, and to values uniform
 * modulo q (hence modulo t) at every other coefficient: the custodian sees nothing but slot m.
 * The mask is drawn uniform in Z_q^N per prime and projected with the score-slot functional
 * (score-slot.ts), which costs two linear passes instead of an NTT.
 */
import { SealmatchError } from '../../errors.js';
import { uniformResidues } from '../../csprng.js';
import type { HeContext } from '../seal/context.js';
import type { ResidueArith } from './residue-arith.js';
import type { ScoreSlot } from './score-slot.js';
import type { RawCiphertext } from '../codec/seal-format.js';

export interface SlotBlinding {
  /** Multiplier in [1, t). */
  readonly factor: number;
  /** Value added to the score coefficient, in [0, t). */
  readonly offset: number;
}


export class MaskedProduct {
  private readonly he: HeContext;
  private readonly arith: ResidueArith;
  /** Kept coefficients: slot 0 carries the offset, the others (authenticated results) stay 0. */
  private readonly slots: readonly ScoreSlot[];
  private readonly chainIndex: number;
  private readonly scratch: Uint32Array;

  constructor(he: HeContext, arith: ResidueArith, slots: ScoreSlot | readonly ScoreSlot[], chainIndex: number) {
    this.he = he;
    this.arith = arith;
    this.slots = Array.isArray(slots) ? slots : [slots as ScoreSlot];
    this.chainIndex = chainIndex;
    this.scratch = new Uint32Array(he.N * he.level(chainIndex).primes.length);
  }

  /**
   * Computes the masked, blinded product of two size-2 ciphertexts at this level. Returns the
   * raw size-3 result and its BGV correction factor (product of the inputs').
   */
  compute(
    a: RawCiphertext,
    aCf: bigint,
    b: RawCiphertext,
    bCf: bigint,
    blinding: SlotBlinding,
  ): { raw: RawCiphertext; correctionFactor: bigint } {
    return this.computeWeighted([{ a, aCf, b, bCf, weight: 1 }], blinding);
  }

  /**
   * Score-level fusion under encryption: factor * sum_i w_i (A_i (x) B_i) + U, masked and offset
   * exactly as `compute`. Every term's correction factor product must agree (fresh ciphertexts
   * all have 1), so the terms add as plaintexts do.
   */
  computeWeighted(
    terms: readonly { a: RawCiphertext; aCf: bigint; b: RawCiphertext; bCf: bigint; weight: number }[],
    blinding: SlotBlinding,
  ): { raw: RawCiphertext; correctionFactor: bigint } {
    const { he, arith, slots } = this;
    const level = he.level(this.chainIndex);
    const k = level.primes.length;
    const N = he.N;
    const t = he.t;
    if (terms.length === 0) throw new SealmatchError('E_INTERNAL', 'no terms');
    const cf = (terms[0]!.aCf * terms[0]!.bCf) % t;
    for (const { a, b, aCf, bCf, weight } of terms) {
      if (a.size !== 2 || b.size !== 2 || a.k !== k || b.k !== k) {
        throw new SealmatchError('E_MALFORMED_CIPHERTEXT', 'masked product needs fresh size-2 ciphertexts at the product level');
      }
      if ((aCf * bCf) % t !== cf) throw new SealmatchError('E_MALFORMED_CIPHERTEXT', 'terms have different correction factors');
      if (!Number.isInteger(weight) || weight < 1 || weight * blinding.factor >= 2 ** 31) throw new SealmatchError('E_INTERNAL', 'weight out of range');
    }
    if (blinding.factor < 1 || blinding.factor >= Number(t) || blinding.offset < 0 || blinding.offset >= Number(t)) {
      throw new SealmatchError('E_INTERNAL', 'blinding out of range');
    }
    const out = new Uint32Array(3 * k * N);
    const tmp = terms.length > 1 ? new Uint32Array(3 * k * N) : out;
    terms.forEach(({ a, b, weight }, n) => {
      const dst = n === 0 ? out : tmp;
      arith.tensor(a.residues, b.residues, level.primes, N, dst);
      const f = weight * blinding.factor;
      if (f !== 1) arith.scale(dst, f, level.primes, N);
      if (n > 0) {
        for (let p = 0; p < 3; p++) {
          for (let i = 0; i < k; i++) {
            const q = level.primes[i]!;
            for (let c = (p * k + i) * N; c < (p * k + i + 1) * N; c++) {
              const s = out[c]! + tmp[c]!;
              out[c] = s >= q ? s - q : s;
            }
          }
        }
      }
    });
    // Adding x to c0 adds x * cf^-1 to the plaintext (BGV correction factor), so add offset * cf.
    const u = this.scratch;
    for (let i = 0; i < k; i++) uniformResidues(u.subarray(i * N, (i + 1) * N), level.primes[i]!);
    slots.forEach((slot, n) => {
      const target = n === 0 ? Number((BigInt(blinding.offset) * cf) % t) : 0;
      const current = arith.dot(u, slot.w, level.primes, N);
      // Make INTT(u)_m == target in every prime: u += (target - current) * e. e = NTT(X^m) moves
      // coefficient m only, so the slots are projected one after another independently.
      const alpha = level.primes.map((q, i) => {
        const a = (target % q) - current[i]!;
        return a < 0 ? a + q : a;
      });
      arith.axpy(u, alpha, slot.e, level.primes, N);
    });
    for (let i = 0; i < k; i++) {
      const q = level.primes[i]!;
      for (let c = i * N; c < (i + 1) * N; c++) {
        const s = out[c]! + u[c]!;
        out[c] = s >= q ? s - q : s;
      }
    }
    return { raw: { parmsId: level.parmsId, ntt: true, size: 3, N, k, residues: out }, correctionFactor: cf };
  }
}
