/**
 * Noise margin of the 1:1 preset, checked on the worst-case inputs the preset admits: both
 * templates at the int8 extreme on every coefficient of the largest dimension, the largest
 * blinding factor, and thresholds at both ends of the range. SEAL's invariant noise budget is
 * measured on the unmasked product (the mask adds an exact constant at the score coefficient and
 * replaces every other coefficient, so it cannot change the noise at the score coefficient).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCiphertext, decodeCiphertext } from '../src/he/codec/ciphertext-codec.js';
import { centre, encodeProbe, encodeReference, scoreIndex } from '../src/he/codec/coefficient-encoding.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientDecryptor } from '../src/he/seal/decryptor.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { generateKeyPair } from '../src/he/seal/keys.js';
import { MaskedProduct } from '../src/he/kernel/masked-product.js';
import { DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { jsResidueArith } from '../src/he/kernel/residue-arith.js';
import { scoreSlot } from '../src/he/kernel/score-slot.js';
import { drawBlinding, type DecisionBlinding } from '../src/verify/matcher/blinding.js';
import { maxThreshold } from '../src/params/bounds.js';
import { replay, rngFor } from './tier.js';

/** Smallest budget (bits) we accept after the whole 1:1 computation. */
const REQUIRED_MARGIN_BITS = 6;

describe('1:1 noise margin (worst case)', () => {
  let he: HeContext;
  let enc: CoefficientEncryptor;
  let dec: CoefficientDecryptor;
  beforeAll(async () => {
    he = await HeContext.create(DEFAULT_FACE_PRESET_ID);
    const keys = generateKeyPair(he);
    enc = new CoefficientEncryptor(he, keys.publicKey);
    dec = new CoefficientDecryptor(he, keys.secretKey);
  });
  afterAll(() => {
    enc.delete();
    dec.delete();
    he.delete();
  });

  const D = () => he.preset.maxDim;

  function product(p: number[], g: number[], factor: number): Uint8Array {
    const a = decodeCiphertext(he, enc.encrypt(encodeProbe(p, D(), he.N, he.t)), { sizes: [2] });
    const b = decodeCiphertext(he, enc.encrypt(encodeReference(g, D(), he.N, he.t)), { sizes: [2] });
    const level = he.level(he.firstLevel);
    const out = new Uint32Array(3 * level.primes.length * he.N);
    jsResidueArith.tensor(a.raw.residues, b.raw.residues, level.primes, he.N, out);
    jsResidueArith.scale(out, factor, level.primes, he.N);
    return encodeCiphertext(he, { ...a.raw, size: 3, residues: out }, 1n);
  }

  it(`keeps >= ${REQUIRED_MARGIN_BITS} bits of noise budget at the extremes`, () => {
    const d = D();
    const worst = [
      { p: new Array(d).fill(127), g: new Array(d).fill(127) },
      { p: new Array(d).fill(-127), g: new Array(d).fill(127) },
      { p: Array.from({ length: d }, (_, i) => (i % 2 ? 127 : -127)), g: Array.from({ length: d }, (_, i) => (i % 3 ? -127 : 127)) },
    ];
    for (const { p, g } of worst) {
      const ct = product(p, g, he.preset.blindFactorMax);
      const budget = dec.noiseBudget(ct, [3]);
      expect(budget, replay('worst-case budget')).toBeGreaterThanOrEqual(REQUIRED_MARGIN_BITS);
      let expected = 0;
      for (let i = 0; i < d; i++) expected += p[i]! * g[i]!;
      const tn = Number(he.t);
      const want = centre((((expected * he.preset.blindFactorMax) % tn) + tn) % tn, he.t);
      expect(centre(dec.decryptCoefficient(ct, scoreIndex(d), [3]), he.t)).toBe(want);
    }
  });

  it('decisions are exact at the edges of the blinded range (max factor, threshold extremes)', () => {
    const d = 1024;
    // A unit-norm-like template at the quantization scale: |score| near the preset's bound.
    const v: number[] = Array.from({ length: d }, (_, i) => (i < 60 ? (i % 2 ? 40 : -40) : 0));
    const score = v.reduce((s, x) => s + x * x, 0);
    const slot = scoreSlot(he, scoreIndex(d), he.firstLevel);
    const mp = new MaskedProduct(he, jsResidueArith, slot, he.firstLevel);
    const a = decodeCiphertext(he, enc.encrypt(encodeProbe(v, d, he.N, he.t)), { sizes: [2] });
    const b = decodeCiphertext(he, enc.encrypt(encodeReference(v, d, he.N, he.t)), { sizes: [2] });
    // The blinding's own draws (node:crypto, not seeded) and, so that the edges are always hit and
    // a failure replays, the extremes r in {1, rMax}, r' in {0, r - 1} and seeded draws of (r, r')
    // (SEALMATCH_TEST_SEED, test/tier.ts), each as drawBlinding builds it: offset = r' - r*T mod t.
    const rMax = he.preset.blindFactorMax;
    const rand = rngFor('noise-margin/blinding');
    const tn = Number(he.t);
    const fixed = (r: number, rPrime: number, T: number): DecisionBlinding => ({ factor: r, offset: (((rPrime - r * T) % tn) + tn) % tn });
    for (const T of [-maxThreshold(he.preset), score, score + 1, maxThreshold(he.preset)]) {
      const seeded = Array.from({ length: 2 }, () => {
        const r = 1 + Math.floor(rand() * rMax);
        return [r, Math.floor(rand() * r)] as const;
      });
      const blindings = [
        ...Array.from({ length: 3 }, () => drawBlinding(he.preset, T)),
        ...([[rMax, 0], [rMax, rMax - 1], [1, 0], ...seeded] as const).map(([r, rPrime]) => fixed(r, rPrime, T)),
      ];
      for (const bl of blindings) {
        const out = mp.compute(a.raw, a.correctionFactor, b.raw, b.correctionFactor, bl);
        const value = centre(dec.decryptCoefficient(encodeCiphertext(he, out.raw, out.correctionFactor), scoreIndex(d), [3]), he.t);
        expect(value >= 0, replay(`T=${T}, r=${bl.factor}, offset=${bl.offset}: decision`)).toBe(score >= T);
      }
    }
  });
});
