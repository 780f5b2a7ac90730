/**
 * Probe expansion for 1:N search (src/he/seal/expansion.ts) on the 1:N presets: every expanded
 * ciphertext decrypts to the constant p_j; the column-packed slot computation through SEAL's own
 * multiply/add equals the plaintext scores in every slot; and the worst-case noise margin after
 * the sum of d products and the largest blinding factor stays >= REQUIRED_MARGIN_BITS.
 */
import type { Ciphertext, GaloisKeys, Plaintext } from 'node-seal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSealmatchError } from '../src/errors.js';
import { HeContext } from '../src/he/seal/context.js';
import { encodeExpandableProbe, expandProbe, expansionGaloisElements, generateExpansionKeys, loadGaloisKeys } from '../src/he/seal/expansion.js';
import { encodeKey } from '../src/he/codec/key-codec.js';
import { generateKeyPair, loadPublicKey, loadSecretKey, type KeyPairBytes } from '../src/he/seal/keys.js';
import { FACE_1TON_PRESET_IDS } from '../src/params/presets.js';
import { SEAL_PLAINTEXT_OFFSET, buildSealPlaintext } from '../src/he/codec/seal-format.js';
import { assertPresetBounds } from '../src/params/bounds.js';
import { quantizeEmbedding } from '../src/templates/face.js';
import { flatEmbeddings, lfw } from './helpers.js';
import { FULL, replay, rngFor, tiered } from './tier.js';

/** Smallest SEAL invariant noise budget (bits) accepted after blinding. */
const REQUIRED_MARGIN_BITS = 5;

/** One preset's context and keys, with the SEAL objects the tests use. */
class Fixture {
  he!: HeContext;
  keys!: KeyPairBytes;
  galoisBytes!: Uint8Array;
  gk!: GaloisKeys;
  private owned: { delete(): void }[] = [];
  enc!: InstanceType<HeContext['seal']['Encryptor']>;
  dec!: InstanceType<HeContext['seal']['Decryptor']>;
  be!: InstanceType<HeContext['seal']['BatchEncoder']>;

  async init(id: string): Promise<void> {
    this.he = await HeContext.create(id);
    const { seal, context } = this.he;
    this.keys = generateKeyPair(this.he);
    this.galoisBytes = generateExpansionKeys(this.he, this.keys.secretKey, this.he.preset.expansionDim!);
    this.gk = loadGaloisKeys(this.he, this.galoisBytes);
    const pk = loadPublicKey(this.he, this.keys.publicKey);
    const sk = loadSecretKey(this.he, this.keys.secretKey);
    this.enc = new seal.Encryptor(context, pk);
    this.dec = new seal.Decryptor(context, sk);
    this.be = new seal.BatchEncoder(context);
    this.owned.push(this.gk, pk, sk, this.enc, this.dec, this.be);
  }

  get d(): number {
    return this.he.preset.expansionDim!;
  }

  plain(coeffs: ArrayLike<number>): Plaintext {
    const pt = new this.he.seal.Plaintext();
    pt.loadFromArray(this.he.context, buildSealPlaintext(coeffs));
    return pt;
  }

  batched(slots: ArrayLike<number>): Plaintext {
    const pt = new this.he.seal.Plaintext();
    this.be.encode(BigInt64Array.from(Array.from(slots, (v) => BigInt(v))), pt);
    return pt;
  }

  encryptProbe(values: number[], d = this.d): Ciphertext {
    const pt = this.plain(encodeExpandableProbe(values, d, this.he.t));
    const ct = new this.he.seal.Ciphertext();
    try {
      this.enc.encrypt(pt, ct);
    } finally {
      pt.delete();
    }
    return ct;
  }

  /** Column j of the gallery: slot s holds gallery[s][j] (slots past the gallery hold 0). */
  encryptColumn(gallery: ArrayLike<number>[], j: number): Ciphertext {
    const slots = new Array<number>(this.he.N).fill(0);
    for (let s = 0; s < gallery.length; s++) slots[s] = gallery[s]![j]!;
    const pt = this.batched(slots);
    const ct = new this.he.seal.Ciphertext();
    try {
      this.enc.encrypt(pt, ct);
    } finally {
      pt.delete();
    }
    return ct;
  }

  /** Centred slot values of a decryption. */
  decryptSlots(ct: Ciphertext): number[] {
    const pt = new this.he.seal.Plaintext();
    try {
      this.dec.decrypt(ct, pt);
      return Array.from(this.be.decodeBigInt64(pt) as BigInt64Array, Number);
    } finally {
      pt.delete();
    }
  }

  /** True when `ct` decrypts to the constant polynomial `value` (every other coefficient zero). */
  isConstant(ct: Ciphertext, value: number): boolean {
    const pt = new this.he.seal.Plaintext();
    try {
      this.dec.decrypt(ct, pt);
      const tn = Number(this.he.t);
      const want = ((value % tn) + tn) % tn;
      const coeffs = pt.saveToArray(this.he.seal.ComprModeType.none) as Uint8Array;
      const dv = new DataView(coeffs.buffer, coeffs.byteOffset, coeffs.byteLength);
      const c0 = pt.coeffCount() > 0 ? Number(dv.getBigUint64(SEAL_PLAINTEXT_OFFSET.data, true)) : 0;
      return c0 === want && pt.significantCoeffCount() <= 1;
    } finally {
      pt.delete();
    }
  }

  /**
   * score_s = sum_j Enc(p_j) (x) Enc(column j) through SEAL multiply/add, then (score - T) * r + r'_s.
   * Returns the blinded ciphertext (caller deletes) and the expected centred slot values.
   */
  scoreAndBlind(probe: number[], gallery: number[][], T: number, r: number, rp: number[]): { ct: Ciphertext; expected: number[] } {
    const { seal, evaluator, N } = this.he;
    const pct = this.encryptProbe(probe);
    const outs = expandProbe(this.he, pct, this.d, this.gk);
    pct.delete();
    const acc = new seal.Ciphertext();
    const prod = new seal.Ciphertext();
    try {
      for (let j = 0; j < this.d; j++) {
        const col = this.encryptColumn(gallery, j);
        evaluator.multiply(outs[j]!, col, prod);
        col.delete();
        if (j === 0) acc.assign(prod);
        else evaluator.addInplace(acc, prod);
      }
      const tn = Number(this.he.t);
      const pT = this.plain([((T % tn) + tn) % tn]);
      const pR = this.plain([r]);
      const pRp = this.batched(rp);
      evaluator.subPlainInplace(acc, pT);
      evaluator.multiplyPlainInplace(acc, pR);
      evaluator.addPlainInplace(acc, pRp);
      pT.delete();
      pR.delete();
      pRp.delete();
    } catch (e) {
      acc.delete();
      throw e;
    } finally {
      prod.delete();
      for (const o of outs) o.delete();
    }
    const tn = Number(this.he.t);
    const expected = new Array<number>(N);
    for (let s = 0; s < N; s++) {
      let score = 0;
      if (s < gallery.length) for (let j = 0; j < this.d; j++) score += probe[j]! * gallery[s]![j]!;
      const v = (((((score - T) * r + rp[s]!) % tn) + tn) % tn);
      expected[s] = v > (tn - 1) / 2 ? v - tn : v;
    }
    return { ct: acc, expected };
  }

  delete(): void {
    for (const o of this.owned.reverse()) o.delete();
    this.he.delete();
  }
}

// Seeded (SEALMATCH_TEST_SEED, test/tier.ts): a failing input, a worst case included, replays.
function gaussian(r: () => number): number {
  return Math.sqrt(-2 * Math.log(r() + 1e-300)) * Math.cos(2 * Math.PI * r());
}

function randomInts(n: number, max: number, r: () => number): number[] {
  return Array.from({ length: n }, () => Math.floor(r() * (2 * max + 1)) - max);
}

describe('expansion helpers', () => {
  it('lists the Galois elements N/2^i + 1', () => {
    expect(expansionGaloisElements(4096, 512)).toEqual([4097, 2049, 1025, 513, 257, 129, 65, 33, 17]);
    expect(expansionGaloisElements(4096, 128)).toEqual([4097, 2049, 1025, 513, 257, 129, 65]);
    expect(expansionGaloisElements(4096, 100)).toEqual(expansionGaloisElements(4096, 128));
    expect(expansionGaloisElements(4096, 1)).toEqual([]);
    // d > N/4 needs X -> X^5, which is -3^k: the column swap 8191 and 8191 * 5 mod 8192.
    expect(expansionGaloisElements(4096, 2048)).toContain(8191);
  });

  it('pre-multiplies by the inverse of 2^l mod t', () => {
    expect(encodeExpandableProbe([1, -1], 2, 17n)).toEqual([9, 8]);
    expect(encodeExpandableProbe([3, 0, -2], 3, 17n)).toEqual([(3 * 13) % 17, 0, (15 * 13) % 17]); // inv(4) = 13
    expect(() => encodeExpandableProbe([1, 2], 3, 17n)).toThrow(/E_DIMENSION/);
    expect(() => encodeExpandableProbe([9], 1, 17n)).toThrow(/E_INVALID_ARGUMENT/);
  });
});

for (const dim of [128, 512] as const) {
  describe(`1:N expansion, ${dim}-D preset`, () => {
    const f = new Fixture();
    beforeAll(async () => {
      await f.init(FACE_1TON_PRESET_IDS[dim]);
    });
    afterAll(() => f.delete());

    it('is a preset SEAL accepts at 128-bit security whose blinded range fits t/2', () => {
      expect(f.he.context.parametersSet()).toBe(true);
      expect(f.he.levels[f.he.firstLevel]!.primes.every((q) => q < 2 ** 31)).toBe(true);
      expect(f.he.t % BigInt(2 * f.he.N)).toBe(1n);
      expect(() => assertPresetBounds(f.he.preset)).not.toThrow();
    });

    it('generates only the Galois keys the expansion uses, under 2 MB', () => {
      const elements = expansionGaloisElements(f.he.N, dim);
      for (const g of elements) expect(f.gk.hasKey(g)).toBe(true);
      expect(f.gk.size()).toBe(elements.length);
      expect(f.galoisBytes.length).toBeLessThanOrEqual(2_000_000);
    });

    it('rejects key containers of another kind or preset before SEAL parses them', () => {
      const inner = f.galoisBytes.subarray(5 + f.he.preset.id.length);
      expect(() => loadGaloisKeys(f.he, encodeKey('public', f.he.preset.id, inner))).toThrow(/E_MALFORMED_KEY/);
      try {
        loadGaloisKeys(f.he, encodeKey('galois', 'sm1-bgv4096-face-1to1', inner));
        expect.unreachable();
      } catch (e) {
        expect(isSealmatchError(e, 'E_PARAMS_MISMATCH')).toBe(true);
      }
    });

    const vectors: [string, () => number[]][] = [
      ['random int8', () => randomInts(dim, 127, rngFor(`expansion/${dim}/random-int8`))],
      ['all +127', () => new Array<number>(dim).fill(127)],
      ['alternating +-127', () => Array.from({ length: dim }, (_, i) => (i % 2 ? -127 : 127))],
    ];
    // Fast tier: one of the three vectors per preset (seeded); all three in the full tier.
    for (const [name, make] of tiered(vectors, 1, `expansion/${dim}/vectors`)) {
      it(`every output decrypts to the constant p_j (${name})`, () => {
        const p = make();
        const ct = f.encryptProbe(p);
        const outs = expandProbe(f.he, ct, dim, f.gk);
        try {
          expect(outs.length).toBe(dim);
          const bad = outs.map((o, j) => (f.isConstant(o, p[j]!) ? -1 : j)).filter((j) => j >= 0);
          expect(bad).toEqual([]);
          const slots = f.decryptSlots(outs[dim - 1]!);
          expect(new Set(slots)).toEqual(new Set([p[dim - 1]]));
        } finally {
          ct.delete();
          for (const o of outs) o.delete();
        }
      });
    }

    it('expands a dimension that is not a power of two, and refuses a missing key', () => {
      const d = 100;
      const p = randomInts(d, 127, rngFor(`expansion/${dim}/d100`));
      const ct = f.encryptProbe(p, d);
      try {
        const outs = expandProbe(f.he, ct, d, f.gk);
        expect(outs.length).toBe(d);
        expect(outs.every((o, j) => f.isConstant(o, p[j]!))).toBe(true);
        for (const o of outs) o.delete();
        const empty = new f.he.seal.GaloisKeys();
        try {
          expect(() => expandProbe(f.he, ct, d, empty)).toThrow(/E_MALFORMED_KEY/);
        } finally {
          empty.delete();
        }
      } finally {
        ct.delete();
      }
    });

    it('1:N slot scores through SEAL multiply/add equal the plaintext scores', () => {
      // 128-D: the real LFW templates quantized with the preset; 512-D (no such data in
      // shared/data): Gaussian embeddings, with slot 9 a noisy copy of slot 7 (a duplicate).
      const rand = rngFor(`expansion/${dim}/slot-scores`);
      const embeddings =
        dim === 128
          ? flatEmbeddings(lfw())
          : Array.from({ length: 64 }, () => Array.from({ length: dim }, () => gaussian(rand)));
      if (dim === 512) embeddings[9] = embeddings[7]!.map((x) => x + 0.2 * gaussian(rand));
      const gallery = embeddings.map((e) => Array.from(quantizeEmbedding(e, f.he.preset).values));
      const probe = gallery[7]!.slice();
      const r = f.he.preset.blindFactorMax;
      const rp = Array.from({ length: f.he.N }, () => Math.floor(rand() * r));
      const T = Math.ceil(f.he.preset.defaultThresholdCosine * f.he.preset.quantScale ** 2);
      const { ct, expected } = f.scoreAndBlind(probe, gallery, T, r, rp);
      try {
        expect(f.decryptSlots(ct)).toEqual(expected);
        // The probe's own slot is a match; decisions are the signs of the blinded values.
        expect(expected[7]! >= 0).toBe(true);
        for (let s = 0; s < gallery.length; s++) {
          let score = 0;
          for (let j = 0; j < dim; j++) score += probe[j]! * gallery[s]![j]!;
          expect(expected[s]! >= 0).toBe(score >= T);
        }
      } finally {
        ct.delete();
      }
    });

    // A full gallery of N x d values: in the fast tier for the 128-D preset only (test/tier.ts).
    it.runIf(FULL || dim === 128)(`keeps >= ${REQUIRED_MARGIN_BITS} bits of noise budget on worst-case inputs`, () => {
      // Probe at +127 everywhere; every slot of every column at +-127 (random sign), so each column
      // plaintext is uniform mod t; the largest blinding factor. Scores wrap mod t here (the
      // inputs exceed the quantization's norm bound) but decryption must still be exact mod t.
      const probe = new Array<number>(dim).fill(127);
      const rand = rngFor(`expansion/${dim}/noise-worst-case`);
      const gallery = Array.from({ length: f.he.N }, () => Array.from({ length: dim }, () => (rand() < 0.5 ? -127 : 127)));
      const r = f.he.preset.blindFactorMax;
      const rp = Array.from({ length: f.he.N }, () => Math.floor(rand() * r));
      const { ct, expected } = f.scoreAndBlind(probe, gallery, f.he.preset.quantScale ** 2, r, rp);
      try {
        const budget = f.dec.invariantNoiseBudget(ct);
         
        console.log(`${f.he.preset.id}: worst-case budget after sum of ${dim} products and x${r}: ${budget} bits`);
        expect(budget, replay(`${f.he.preset.id} worst-case budget`)).toBeGreaterThanOrEqual(REQUIRED_MARGIN_BITS);
        expect(f.decryptSlots(ct), replay('worst-case slots')).toEqual(expected);
      } finally {
        ct.delete();
      }
    });
  });
}
