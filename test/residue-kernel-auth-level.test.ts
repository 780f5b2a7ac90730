/**
 * mulAccumulate at the authenticated 1:N product level: three 31-bit primes, where the kernel
 * reduces the Karatsuba sums p0+p1, g0+g1 mod q before multiplying so that 4 j-steps fold between
 * exact reductions (karaMod in the constant table, native-bindings/src/residue-kernels.wat). The
 * sums must stay bit for bit SEAL's: against a plain BigInt reference on random residues and on the
 * worst case q-1 everywhere, for d on and off multiples of the fold; against the closed form at the
 * real N through GalleryKernel's per-group sums; and against SEAL's multiply + add chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ciphertext } from 'node-seal';
import { parseSealCiphertext } from '../src/he/codec/seal-format.js';
import { loadCiphertext } from '../src/he/seal/ciphertext.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { GalleryKernel, productLevelOf } from '../src/he/seal/gallery-block.js';
import { generateKeyPair } from '../src/he/seal/keys.js';
import type { KernelLevel, ResidueKernel } from '../src/he/kernel/residue-kernel.js';
import { AUTH_FACE_1TON_PRESET_IDS } from '../src/params/presets.js';
import { refMulAccumulate, residues, rng, toBig } from './residue-reference.js';

const U64_MAX = 2n ** 64n - 1n;
/** foldKara as prepare derives it: raw sums (products <= (2q-2)^2) unless their fold is below 64. */
function expectedFold(q: number): { fold: number; karaMod: number } {
  const m = BigInt(q) - 1n;
  const clamp = (f: bigint): number => Number(f > 2n ** 30n ? 2n ** 30n : f);
  const raw = (U64_MAX - m) / (4n * m * m);
  return raw >= 64n ? { fold: clamp(raw), karaMod: 0 } : { fold: clamp((U64_MAX - m) / (m * m)), karaMod: 1 };
}

describe('mulAccumulate on the authenticated 1:N product level (31-bit primes, sums reduced mod q)', () => {
  let he: HeContext;
  let gk: GalleryKernel;
  let K: ResidueKernel;
  let primes: readonly number[];
  beforeAll(async () => {
    he = await HeContext.create(AUTH_FACE_1TON_PRESET_IDS[128]);
    gk = await GalleryKernel.create(he);
    K = gk.kernel;
    primes = gk.level.primes;
  });
  afterAll(() => he?.delete());

  it('the product-level primes are 31-bit and fold 4 j-steps per exact reduction (28-bit primes keep raw sums)', () => {
    expect(primes.length).toBe(3);
    for (const q of primes) expect(q > 2 ** 30 && q < 2 ** 31).toBe(true);
    const table = (L: KernelLevel): { fold: number; karaMod: number }[] => {
      const c = K.view(L.consts);
      return L.primes.map((_, i) => ({ fold: c[8 * i + 6]!, karaMod: c[8 * i + 7]! }));
    };
    expect(table(gk.level)).toEqual(primes.map(() => ({ fold: 4, karaMod: 1 })));
    // 4 products of (q-1)^2 plus a parked residue below q fit a u64 lane; 5 would not
    for (const q of primes) {
      const m = BigInt(q) - 1n;
      expect(4n * m * m + m <= U64_MAX && 5n * m * m + m > U64_MAX).toBe(true);
    }
    // the sm1 presets' 28-bit primes (and small ones) keep the raw sums; 29- and 30-bit primes reduce them
    const other = K.prepareLevel([268271617, 268369921, 536870909, 1073741789, 1073479681, 2147483647, 12289, 3], 8);
    try {
      expect(table(other)).toEqual(other.primes.map(expectedFold));
      expect(table(other).map((t) => t.karaMod)).toEqual([0, 0, 1, 1, 1, 1, 0, 0]);
      expect(table(other).map((t) => t.fold).slice(0, 5)).toEqual([64, 64, 64, 16, 16]);
    } finally {
      K.releaseLevel(other);
    }
  });

  // d on and off multiples of the fold (4), below it, and the 128-D preset's MAC group (134 columns)
  for (const fill of ['random', 'max'] as const) {
    for (const [d, blocks] of [[1, 1], [2, 2], [3, 1], [4, 1], [5, 2], [7, 1], [8, 1], [9, 3], [12, 1], [13, 1], [134, 2]] as const) {
      it(`${fill} residues, d=${d} blocks=${blocks}: equals the BigInt sum_j P_j (x) G_j per block`, () => {
        const N = 64;
        const L = K.prepareLevel(primes, N);
        const next = rng(0x31b17 + 97 * d + blocks);
        const P = residues(primes, N, 2 * d, fill, next);
        const G = residues(primes, N, 2 * d * blocks, fill, next);
        const [rp, rg, ro] = [K.allocCiphertexts(L, 2, d), K.allocCiphertexts(L, 2, d * blocks), K.allocCiphertexts(L, 3, blocks)];
        try {
          K.write(rp, P);
          K.write(rg, G);
          K.mulAccumulate(L, rp, rg, ro, d, blocks);
          const got = K.read(ro);
          const ct3 = 3 * L.polyLength;
          for (let b = 0; b < blocks; b++) {
            expect(toBig(got.subarray(b * ct3, (b + 1) * ct3))).toEqual(refMulAccumulate(primes, N, P, G, d, b));
          }
        } finally {
          for (const r of [rp, rg, ro]) K.free(r);
          K.releaseLevel(L);
        }
      });
    }
  }

  it('at N=8192, q-1 everywhere: every MAC group sum is (n, 2n, n) mod q (GalleryKernel.scoreGroups)', () => {
    const n = gk.d / gk.groups;
    expect(n % 4).not.toBe(0); // the group ends in a tail shorter than a run
    const probes = residues(primes, gk.N, 2 * gk.d, 'max', rng(1));
    gk.loadProbes(probes);
    const block = gk.allocBlock();
    try {
      K.write(block, probes); // same layout, same values: q-1 everywhere
      const sums = gk.scoreGroups(block);
      expect(sums.length).toBe(gk.groups);
      const k = primes.length;
      const want = new Uint32Array(3 * k * gk.N);
      for (let poly = 0; poly < 3; poly++) {
        primes.forEach((q, i) => want.fill(((poly === 1 ? 2 : 1) * n) % q, (poly * k + i) * gk.N, (poly * k + i + 1) * gk.N));
      }
      for (const s of sums) expect(s).toEqual(want);
    } finally {
      gk.freeBlock(block);
    }
  });

  it('on real encryptions equals SEAL multiply(P_0,G_0) + multiply(P_1,G_1) + ... bit for bit', () => {
    const owned: Ciphertext[] = [];
    const enc = new CoefficientEncryptor(he, generateKeyPair(he).publicKey);
    const next = rng(0xa07);
    const t = Number(he.t);
    const sealBytes = (c: Ciphertext): Uint8Array => c.saveToArray(he.seal.ComprModeType.none) as Uint8Array;
    const encryptRandom = (): Ciphertext => {
      const c = loadCiphertext(he, enc.encrypt(Array.from({ length: he.N }, () => next() % t)), { sizes: [2], chainIndex: productLevelOf(he) });
      owned.push(c);
      return c;
    };
    try {
      // 2 x 16 distinct encryptions, combined with different strides into d pairs
      const ps = Array.from({ length: 16 }, encryptRandom);
      const gs = Array.from({ length: 16 }, encryptRandom);
      const pRes = ps.map((c) => parseSealCiphertext(sealBytes(c)).residues);
      const gRes = gs.map((c) => parseSealCiphertext(sealBytes(c)).residues);
      const prod = new he.seal.Ciphertext();
      const acc = new he.seal.Ciphertext();
      owned.push(prod, acc);
      const L = gk.level;
      const ct2 = 2 * L.polyLength;
      for (const d of [9, 16, gk.d / gk.groups]) {
        const [rp, rg, ro] = [K.allocCiphertexts(L, 2, d), K.allocCiphertexts(L, 2, d), K.allocCiphertexts(L, 3)];
        try {
          for (let j = 0; j < d; j++) {
            const [a, b] = [j % 16, (5 * j + 3) % 16];
            K.write(rp, pRes[a]!, j * ct2);
            K.write(rg, gRes[b]!, j * ct2);
            if (j === 0) he.evaluator.multiply(ps[a]!, gs[b]!, acc);
            else {
              he.evaluator.multiply(ps[a]!, gs[b]!, prod);
              he.evaluator.add(acc, prod, acc);
            }
          }
          K.mulAccumulate(L, rp, rg, ro, d);
          const want = parseSealCiphertext(sealBytes(acc));
          expect(want.k).toBe(primes.length);
          expect(K.read(ro)).toEqual(want.residues);
        } finally {
          for (const r of [rp, rg, ro]) K.free(r);
        }
      }
    } finally {
      for (const c of owned) c.delete();
      enc.delete();
    }
  });
});
