/**
 * The WebAssembly SIMD residue kernels against (a) a BigInt reference on random and extreme
 * residues for 30- and 31-bit primes, and (b) SEAL itself: its BGV multiply and add on real
 * encryptions must equal the kernels' tensor and mulAccumulate bit for bit.
 * Needs the generated module: npm run build:kernels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ciphertext } from 'node-seal';
import { isSealmatchError } from '../src/errors.js';
import { loadCiphertext } from '../src/he/seal/ciphertext.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { generateKeyPair } from '../src/he/seal/keys.js';
import { buildSealCiphertext, buildSealPlaintext, parseSealCiphertext } from '../src/he/codec/seal-format.js';
import {
  loadResidueKernel,
  wasmKernelHeapBytes,
  type KernelLevel,
  type ResidueKernel,
} from '../src/he/kernel/residue-kernel.js';
import { refMulAccumulate, refTensor, residues, rng, toBig } from './residue-reference.js';

/** The largest 30-bit prime, a 30-bit NTT prime, and 2^31 - 1 (the largest prime the kernels take). */
const P30 = 1073741789;
const P30_NTT = 1073479681;
const P31 = 2147483647;
/** Level shapes under test: 30-bit, 31-bit, mixed, and small primes (fold bounds differ). */
// 28-bit primes (the 1:N presets' size): mulAccumulate sums 64 j-steps between exact reductions.
const PRIME_SETS: readonly (readonly number[])[] = [[P30, P30_NTT], [P31, 2147483629, 2147483587], [P31, P30, 12289, 3], [268435399, 268435367]];

let K: ResidueKernel;

beforeAll(async () => {
  K = await loadResidueKernel();
});

describe('residue kernels vs BigInt reference', () => {
  const N = 64;
  for (const primes of PRIME_SETS) {
    for (const fill of ['random', 'max'] as const) {
      describe(`primes ${primes.join(',')}, ${fill} residues`, () => {
        let L: KernelLevel;
        const next = rng(primes[0]! ^ (fill === 'max' ? 7 : 1));
        beforeAll(() => {
          L = K.prepareLevel(primes, N);
        });
        afterAll(() => K.releaseLevel(L));

        it('tensor equals (a0 b0, a0 b1 + a1 b0, a1 b1) mod q_i', () => {
          const a = residues(primes, N, 2, fill, next);
          const b = residues(primes, N, 2, fill, next);
          const [ra, rb, ro] = [K.allocCiphertexts(L, 2), K.allocCiphertexts(L, 2), K.allocCiphertexts(L, 3)];
          K.write(ra, a);
          K.write(rb, b);
          K.tensor(L, ra, rb, ro);
          expect(toBig(K.read(ro))).toEqual(refTensor(primes, N, a, b));
          for (const r of [ra, rb, ro]) K.free(r);
        });

        it('scale multiplies every residue by factor mod q_i', () => {
          const x = residues(primes, N, 3, fill, next);
          const r = K.allocCiphertexts(L, 3);
          for (const factor of [0, 1, 2 ** 31 - 1, Math.min(...primes) - 1, 123456789]) {
            K.write(r, x);
            K.scale(L, r, 3, factor);
            const k = primes.length;
            const want = Array.from(x, (v, idx) => (BigInt(v) * BigInt(factor)) % BigInt(primes[Math.floor(idx / N) % k]!));
            expect(toBig(K.read(r))).toEqual(want);
          }
          K.free(r);
        });

        it('add is pointwise addition mod q_i (also x + x)', () => {
          const x = residues(primes, N, 3, fill, next);
          const y = residues(primes, N, 3, fill, next);
          const [rx, ry] = [K.allocCiphertexts(L, 3), K.allocCiphertexts(L, 3)];
          K.write(rx, x);
          K.write(ry, y);
          K.add(L, rx, ry, 3);
          const k = primes.length;
          const qOf = (idx: number): bigint => BigInt(primes[Math.floor(idx / N) % k]!);
          expect(toBig(K.read(rx))).toEqual(Array.from(x, (v, idx) => (BigInt(v) + BigInt(y[idx]!)) % qOf(idx)));
          K.write(rx, x);
          K.add(L, rx, rx, 3);
          expect(toBig(K.read(rx))).toEqual(Array.from(x, (v, idx) => (2n * BigInt(v)) % qOf(idx)));
          K.free(rx);
          K.free(ry);
        });

        // d crosses the run length (4) and the reduction periods (foldKara: 4 for 31-bit primes and 16
        // for 30-bit, whose Karatsuba sums are reduced mod q first; 64 for 28-bit), with and without
        // a tail shorter than a run.
        for (const [d, blocks] of [[1, 1], [2, 1], [3, 2], [9, 1], [17, 3], [64, 1], [70, 2], [131, 1]] as const) {
          it(`mulAccumulate d=${d} blocks=${blocks} equals sum_j P_j (x) G_j per block`, () => {
            const ct3 = 3 * primes.length * N;
            const P = residues(primes, N, 2 * d, fill, next);
            const G = residues(primes, N, 2 * d * blocks, fill, next);
            const rp = K.allocCiphertexts(L, 2, d);
            const rg = K.allocCiphertexts(L, 2, d * blocks);
            const ro = K.allocCiphertexts(L, 3, blocks);
            K.write(rp, P);
            K.write(rg, G);
            K.mulAccumulate(L, rp, rg, ro, d, blocks);
            const got = K.read(ro);
            for (let b = 0; b < blocks; b++) {
              expect(toBig(got.subarray(b * ct3, (b + 1) * ct3))).toEqual(refMulAccumulate(primes, N, P, G, d, b));
            }
            for (const r of [rp, rg, ro]) K.free(r);
          });
        }

        it('dot is sum_c u_c w_c mod q_i per prime', () => {
          const u = residues(primes, N, 1, fill, next);
          const w = residues(primes, N, 1, fill, next);
          const [ru, rw] = [K.alloc(u.length), K.alloc(w.length)];
          K.write(ru, u);
          K.write(rw, w);
          const want = primes.map((q, i) => {
            let s = 0n;
            for (let c = 0; c < N; c++) s += BigInt(u[i * N + c]!) * BigInt(w[i * N + c]!);
            return Number(s % BigInt(q));
          });
          expect(K.dot(L, ru, rw)).toEqual(want);
          K.free(ru);
          K.free(rw);
        });

        it('axpy is x + alpha_i e mod q_i per prime', () => {
          const x = residues(primes, N, 1, fill, next);
          const e = residues(primes, N, 1, fill, next);
          const alpha = primes.map((q) => (fill === 'max' ? q - 1 : Math.floor((next() / 2 ** 32) * q)));
          const [rx, re] = [K.alloc(x.length), K.alloc(e.length)];
          K.write(rx, x);
          K.write(re, e);
          K.axpy(L, rx, re, alpha);
          const want = Array.from(x, (v, idx) => {
            const i = Math.floor(idx / N);
            return (BigInt(v) + BigInt(alpha[i]!) * BigInt(e[idx]!)) % BigInt(primes[i]!);
          });
          expect(toBig(K.read(rx))).toEqual(want);
          K.free(rx);
          K.free(re);
        });
      });
    }
  }

  it('mulAccumulate over N=2052 (a full 2048-coefficient chunk plus a partial one), 2 blocks', () => {
    const primes = [P30, P31];
    const n = 2052;
    const d = 9;
    const L = K.prepareLevel(primes, n);
    const next = rng(99);
    const P = residues(primes, n, 2 * d, 'random', next);
    const G = residues(primes, n, 4 * d, 'random', next);
    const [rp, rg, ro] = [K.allocCiphertexts(L, 2, d), K.allocCiphertexts(L, 2, 2 * d), K.allocCiphertexts(L, 3, 2)];
    K.write(rp, P);
    K.write(rg, G);
    K.mulAccumulate(L, rp, rg, ro, d, 2);
    const ct3 = 3 * L.polyLength;
    const got = K.read(ro);
    for (let b = 0; b < 2; b++) {
      expect(toBig(got.subarray(b * ct3, (b + 1) * ct3))).toEqual(refMulAccumulate(primes, n, P, G, d, b));
    }
    for (const r of [rp, rg, ro]) K.free(r);
    K.releaseLevel(L);
  });

  it('dot folds correctly over a full N=4096 polynomial of q-1 residues', () => {
    const primes = [P31, P30];
    const n = 4096;
    const L = K.prepareLevel(primes, n);
    const u = residues(primes, n, 1, 'max', rng(3));
    const r = K.alloc(u.length);
    K.write(r, u);
    // sum of N copies of (q-1)^2 = N mod q (since q-1 = -1)
    expect(K.dot(L, r, r)).toEqual(primes.map((q) => n % q));
    K.free(r);
    K.releaseLevel(L);
  });
});

describe('residue kernel boundary checks and memory', () => {
  const code = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      return isSealmatchError(e) ? e.code : 'not a SealmatchError';
    }
    return undefined;
  };

  it('rejects bad levels, regions and scalars with E_INVALID_ARGUMENT', () => {
    expect(code(() => K.prepareLevel([2 ** 31], 8))).toBe('E_INVALID_ARGUMENT');
    expect(code(() => K.prepareLevel([1], 8))).toBe('E_INVALID_ARGUMENT');
    expect(code(() => K.prepareLevel([P30], 6))).toBe('E_INVALID_ARGUMENT');
    expect(code(() => K.prepareLevel([], 8))).toBe('E_INVALID_ARGUMENT');
    const L = K.prepareLevel([P30, P31], 8);
    const a = K.allocCiphertexts(L, 2);
    const b = K.allocCiphertexts(L, 2);
    const small = K.allocCiphertexts(L, 2);
    const out = K.allocCiphertexts(L, 3);
    expect(code(() => K.tensor(L, a, b, small))).toBe('E_INVALID_ARGUMENT'); // out too small
    expect(code(() => K.tensor(L, a, b, K.slice(out, 0, 3 * 16)))).toBeUndefined();
    expect(code(() => K.scale(L, a, 2, 2 ** 31))).toBe('E_INVALID_ARGUMENT');
    expect(code(() => K.scale(L, a, 2, -1))).toBe('E_INVALID_ARGUMENT');
    expect(code(() => K.axpy(L, a, b, [P30, 0]))).toBe('E_INVALID_ARGUMENT'); // alpha >= q
    expect(code(() => K.axpy(L, a, b, [0]))).toBe('E_INVALID_ARGUMENT'); // wrong count
    expect(code(() => K.add(L, a, K.slice(a, 4, 16), 1))).toBe('E_INVALID_ARGUMENT'); // partial overlap
    expect(code(() => K.slice(a, 2, 4))).toBe('E_INVALID_ARGUMENT'); // misaligned
    expect(code(() => K.write(a, new Uint32Array(a.length + 1)))).toBe('E_INVALID_ARGUMENT');
    K.free(b);
    expect(code(() => K.tensor(L, a, b, out))).toBe('E_INVALID_ARGUMENT'); // freed
    expect(code(() => K.view(b))).toBe('E_INVALID_ARGUMENT');
    const s = K.slice(out, 0, 16);
    expect(code(() => K.free(s))).toBe('E_INVALID_ARGUMENT'); // slices are not freed
    K.free(out);
    expect(code(() => K.view(s))).toBe('E_INVALID_ARGUMENT'); // slice dies with its parent
    // out-of-range residues are found by checkResidues, with the first bad index
    K.write(a, new Uint32Array(a.length).fill(5));
    expect(code(() => K.checkResidues(L, a, 2))).toBeUndefined();
    K.view(a)[8 + 3] = P31; // prime 1 of poly 0, coefficient 3
    try {
      K.checkResidues(L, a, 2);
      expect.unreachable();
    } catch (e) {
      expect(isSealmatchError(e, 'E_INVALID_ARGUMENT') && e.details?.['index']).toBe(11);
    }
    K.free(a);
    K.free(small);
    K.releaseLevel(L);
    expect(code(() => K.tensor(L, small, small, small))).toBe('E_INVALID_ARGUMENT');
  });

  it('grows memory on demand, keeps data across growth, and reuses freed space', () => {
    K.reset(); // an empty heap, so placements below are predictable
    const before = wasmKernelHeapBytes();
    expect(before).toBe(K.heapBytes);
    const keep = K.alloc(1000);
    K.view(keep).set(Array.from({ length: 1000 }, (_, i) => i * 7));
    const big = K.alloc(Math.ceil((before * 2) / 4)); // forces growth: old views detach
    expect(wasmKernelHeapBytes()).toBeGreaterThan(before);
    expect(Array.from(K.view(keep).subarray(0, 5))).toEqual([0, 7, 14, 21, 28]);
    expect(K.view(big).every((v) => v === 0)).toBe(true);
    const off = big.byteOffset;
    K.free(big);
    const again = K.alloc(16);
    expect(again.byteOffset).toBe(off); // the freed tail is reused
    expect(again.byteOffset % 16).toBe(0);
    const grown = wasmKernelHeapBytes();
    K.free(again);
    K.free(keep);
    K.alloc(Math.ceil((before * 2) / 4));
    expect(wasmKernelHeapBytes()).toBe(grown); // no growth for a repeat of a freed size
    K.reset();
    // a hole in the middle is found first fit, and merged neighbours serve a larger request
    const [x, y, z, w] = [K.alloc(64), K.alloc(64), K.alloc(64), K.alloc(64)];
    K.free(y);
    expect(K.alloc(32).byteOffset).toBe(y.byteOffset);
    K.free(z);
    const merged = K.alloc(64 + 32); // fits only in y's tail + z merged
    expect(merged.byteOffset).toBe(y.byteOffset + 128);
    expect(w.byteOffset).toBeGreaterThan(x.byteOffset);
    K.reset();
  });
});

describe('residue kernels vs SEAL (BGV, NTT form), bit for bit', () => {
  let he: HeContext;
  let enc: CoefficientEncryptor;
  const owned: Ciphertext[] = [];
  const track = (c: Ciphertext): Ciphertext => (owned.push(c), c);

  beforeAll(async () => {
    he = await HeContext.create('sm1-bgv4096-face-1to1');
    enc = new CoefficientEncryptor(he, generateKeyPair(he).publicKey);
  });
  afterAll(() => {
    for (const c of owned) c.delete();
    enc?.delete();
    he?.delete();
  });

  const next = rng(20240611);
  const randomPlain = (): number[] => Array.from({ length: he.N }, () => next() % Number(he.t));
  const encryptRandom = (): Ciphertext => track(loadCiphertext(he, enc.encrypt(randomPlain()), { sizes: [2] }));
  const sealBytes = (c: Ciphertext): Uint8Array => c.saveToArray(he.seal.ComprModeType.none) as Uint8Array;

  it('tensor equals evaluator.multiply on fresh encryptions', () => {
    const a = encryptRandom();
    const b = encryptRandom();
    const prod = track(new he.seal.Ciphertext());
    he.evaluator.multiply(a, b, prod);
    const ra = parseSealCiphertext(sealBytes(a));
    const rb = parseSealCiphertext(sealBytes(b));
    const want = parseSealCiphertext(sealBytes(prod));
    const level = he.level(he.firstLevel);
    expect(ra.ntt).toBe(true);
    expect(ra.k).toBe(level.primes.length);
    expect(want.size).toBe(3);

    const L = K.prepareLevel(level.primes, he.N);
    const [ka, kb, ko] = [K.allocCiphertexts(L, 2), K.allocCiphertexts(L, 2), K.allocCiphertexts(L, 3)];
    K.write(ka, ra.residues);
    K.write(kb, rb.residues);
    K.checkResidues(L, ka, 2);
    K.tensor(L, ka, kb, ko);
    const got = K.read(ko);
    expect(got).toEqual(want.residues);
    // The whole serialization matches too: SEAL can load the kernel's product as its own.
    const rebuilt = buildSealCiphertext({ ...want, residues: got });
    expect(rebuilt).toEqual(Uint8Array.from(sealBytes(prod)));

    // scale equals multiplyPlain by a constant plaintext (BGV: factor < t is lifted as is).
    const factor = 1234567;
    const pt = new he.seal.Plaintext();
    try {
      pt.loadFromArray(he.context, buildSealPlaintext([factor]));
      he.evaluator.multiplyPlainInplace(prod, pt);
    } finally {
      pt.delete();
    }
    K.scale(L, ko, 3, factor);
    expect(K.read(ko)).toEqual(parseSealCiphertext(sealBytes(prod)).residues);
    for (const r of [ka, kb, ko]) K.free(r);
    K.releaseLevel(L);
  });

  it('mulAccumulate equals the chain multiply(P_0,G_0) + multiply(P_1,G_1) + ... (and add equals add)', () => {
    const d = 11; // crosses the 8-step lazy-reduction run of the 30-bit primes
    const level = he.level(he.firstLevel);
    const L = K.prepareLevel(level.primes, he.N);
    const rp = K.allocCiphertexts(L, 2, d);
    const rg = K.allocCiphertexts(L, 2, d);
    const ct2 = 2 * L.polyLength;
    const acc = track(new he.seal.Ciphertext());
    const prod = track(new he.seal.Ciphertext());
    const kAcc = K.allocCiphertexts(L, 3);
    const kProd = K.allocCiphertexts(L, 3);
    for (let j = 0; j < d; j++) {
      const p = encryptRandom();
      const g = encryptRandom();
      K.write(rp, parseSealCiphertext(sealBytes(p)).residues, j * ct2);
      K.write(rg, parseSealCiphertext(sealBytes(g)).residues, j * ct2);
      if (j === 0) {
        he.evaluator.multiply(p, g, acc);
        K.tensor(L, K.slice(rp, 0, ct2), K.slice(rg, 0, ct2), kAcc);
      } else {
        he.evaluator.multiply(p, g, prod);
        he.evaluator.add(acc, prod, acc);
        K.tensor(L, K.slice(rp, j * ct2, ct2), K.slice(rg, j * ct2, ct2), kProd);
        K.add(L, kAcc, kProd, 3);
      }
    }
    const want = parseSealCiphertext(sealBytes(acc)).residues;
    expect(K.read(kAcc)).toEqual(want); // tensor + add chain
    const out = K.allocCiphertexts(L, 3);
    K.mulAccumulate(L, rp, rg, out, d);
    expect(K.read(out)).toEqual(want); // one lazy multiply-accumulate
    for (const r of [rp, rg, kAcc, kProd, out]) K.free(r);
    K.releaseLevel(L);
  });
});
