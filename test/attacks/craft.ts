/**
 * Red-team crafting library: what a malicious matcher can build from SMCT ciphertext containers
 * without any key. Every operation is exact linear algebra on the NTT/RNS residues SEAL stores
 * (BGV, ciphertexts in NTT form), so it applies to any preset: any N, any number of primes, any
 * level, any container size, correction factor kept.
 *
 * BGV decryption of (c0, c1, c2, ...) at a level with modulus q is
 *     m = cf^-1 * [c0 + c1*s + c2*s^2 + ...]_q  (mod t)
 * so, on the plaintext:
 *     negate            -> -m                      scale(k)        -> k*m (mod t), noise * |k|
 *     mulMonomial(k)    -> X^k * m (negacyclic)    mulPoly(F)      -> F(X) * m
 *     add / sub         -> m_a +- m_b              addPlain(i, v)  -> m + v*X^i
 *     scaleByCorrectionFactor(k) -> k*m with no noise growth (cf := cf * k^-1 mod t)
 * and crafted ciphertexts with no noise at all:
 *     zeroResult                -> 0  (every homogeneous relation holds)
 *     keyMonomialResult         -> c1Coeff * X^a * s + c0Coeff * X^m: reads secret-key coefficients
 *
 * Depends only on HeContext (src/he/seal/context.ts), decodeCiphertext / encodeCiphertext
 * (src/he/codec/ciphertext-codec.ts), RawCiphertext / buildSealPlaintext (src/he/codec/seal-format.ts) and
 * SEAL's own plaintext NTT (through he.evaluator). If the container format changes, only
 * `parseContainer` / `serializeContainer` below need to follow.
 */
import type { ParmsIdType } from 'node-seal';
import type { HeContext } from '../../src/he/seal/context.js';
import { decodeCiphertext, encodeCiphertext } from '../../src/he/codec/ciphertext-codec.js';
import { SEAL_PLAINTEXT_OFFSET, SEAL_WORD_BYTES, buildSealPlaintext, type RawCiphertext } from '../../src/he/codec/seal-format.js';

// ------------------------------------------------------------------ modular arithmetic

/** a*b mod q, exact for a, b < q < 2^31. */
function mulmod(a: number, b: number, q: number): number {
  const hi = b >>> 16;
  const lo = b & 0xffff;
  return (((a * hi) % q) * 65536 + a * lo) % q;
}

/** Any integer (number or bigint, any sign) reduced to [0, m). */
function reduce(x: number | bigint, m: number | bigint): bigint {
  const M = BigInt(m);
  const X = typeof x === 'bigint' ? x : BigInt(x);
  const r = X % M;
  return r < 0n ? r + M : r;
}

function egcdInv(a: bigint, m: bigint): bigint {
  let [r0, r1] = [reduce(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error(`${a} is not invertible mod ${m}`);
  return reduce(s0, m);
}

/** k^-1 mod t (throws if k is not a unit mod t, e.g. even k with t = 2^26). */
export function invModT(he: HeContext, k: number | bigint): bigint {
  return egcdInv(BigInt(k), he.t);
}

/** Centred representative of x mod t, in [-t/2, t/2). */
export function centreModT(he: HeContext, x: number | bigint): bigint {
  const r = reduce(x, he.t);
  return r >= he.t / 2n + (he.t & 1n) ? r - he.t : r;
}

// ------------------------------------------------------------------ containers

/** A parsed container: the residues (size * k * N, poly-major, then prime, then coefficient). */
export interface Crafted {
  readonly raw: RawCiphertext;
  readonly correctionFactor: bigint;
  readonly chainIndex: number;
}

const ANY_SIZE = [1, 2, 3, 4, 5, 6, 7, 8];

/** Parses (and validates) an SMCT container of `he`'s preset, of any size and level. */
export function parseContainer(he: HeContext, bytes: Uint8Array): Crafted {
  const { raw, correctionFactor } = decodeCiphertext(he, bytes, { sizes: ANY_SIZE });
  return { raw, correctionFactor, chainIndex: raw.k - 1 };
}

/** Serializes residues at the level with raw.k primes into an SMCT container. */
export function serializeContainer(he: HeContext, raw: RawCiphertext, correctionFactor: bigint): Uint8Array {
  return encodeCiphertext(he, raw, correctionFactor);
}

function primesOf(he: HeContext, chainIndex: number): readonly number[] {
  return he.level(chainIndex).primes;
}

function rawAt(he: HeContext, chainIndex: number, size: number, residues?: Uint32Array): RawCiphertext {
  const level = he.level(chainIndex);
  const k = level.primes.length;
  return { parmsId: level.parmsId, ntt: true, size, N: he.N, k, residues: residues ?? new Uint32Array(size * k * he.N) };
}

// ------------------------------------------------------------------ NTT of monomials and polynomials

/** SEAL parms_id object of a data level, or of the key level (caller deletes it). */
function parmsIdAt(he: HeContext, chainIndex: number | 'key'): ParmsIdType {
  if (chainIndex === 'key') return he.context.keyParmsId();
  let cd = he.context.firstContextData();
  try {
    while (cd.chainIndex() > chainIndex) {
      const next = cd.nextContextData();
      cd.delete();
      cd = next;
    }
    if (cd.chainIndex() !== chainIndex) throw new Error(`no level ${chainIndex}`);
    return cd.parmsId();
  } finally {
    cd.delete();
  }
}

/** SEAL's NTT (per prime, prime-major k*N residues) of the plaintext with coefficients `coeffs` in [0, t). */
function sealPlainNtt(he: HeContext, coeffs: ArrayLike<number>, chainIndex: number | 'key', primeCount: number): Uint32Array {
  const { seal, context, evaluator } = he;
  const pt = new seal.Plaintext();
  const ntt = new seal.Plaintext();
  const pid = parmsIdAt(he, chainIndex);
  try {
    pt.loadFromArray(context, buildSealPlaintext(coeffs));
    evaluator.plainTransformToNtt(pt, pid, ntt); // SEAL lifts coefficients >= t/2 as negative
    return plaintextData(ntt.saveToArray(seal.ComprModeType.none) as Uint8Array, primeCount * he.N);
  } finally {
    pid.delete();
    pt.delete();
    ntt.delete();
  }
}

/** The u64 data words (low 32 bits) of uncompressed SEAL plaintext bytes. */
function plaintextData(bytes: Uint8Array, count: number): Uint32Array {
  const base = SEAL_PLAINTEXT_OFFSET.data; // SEALHeader, parms_id, coeff count, scale, DynArray header, count
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength !== base + SEAL_WORD_BYTES * count) throw new Error('unexpected NTT plaintext length');
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = dv.getUint32(base + SEAL_WORD_BYTES * i, true);
  return out;
}

/**
 * Per level: NTT(X) is (zeta_0 .. zeta_{N-1}), odd powers of a primitive 2N-th root psi. We keep
 * psi^e for e < 2N and each slot's exponent, so NTT(X^a) = psi^(exp_j * a mod 2N) is a lookup.
 */
interface LevelTables {
  readonly primes: readonly number[];
  /** Per prime: psi^e, e in [0, 2N). */
  readonly pow: Uint32Array[];
  /** Per prime: slot j holds zeta_j = psi^exp[j]. */
  readonly exp: Uint32Array[];
}

const tableCache = new WeakMap<HeContext, Map<number, LevelTables>>();

function tables(he: HeContext, chainIndex: number): LevelTables {
  let m = tableCache.get(he);
  if (!m) tableCache.set(he, (m = new Map()));
  const hit = m.get(chainIndex);
  if (hit) return hit;
  const primes = primesOf(he, chainIndex);
  const N = he.N;
  const x = sealPlainNtt(he, [0, 1], chainIndex, primes.length);
  const pow: Uint32Array[] = [];
  const exp: Uint32Array[] = [];
  primes.forEach((q, i) => {
    const zeta = x.subarray(i * N, (i + 1) * N);
    const psi = zeta[0]!;
    const p = new Uint32Array(2 * N);
    const index = new Map<number, number>();
    let v = 1;
    for (let e = 0; e < 2 * N; e++) {
      p[e] = v;
      index.set(v, e);
      v = mulmod(v, psi, q);
    }
    if (v !== 1 || index.size !== 2 * N) throw new Error('NTT(X) slot 0 is not a primitive 2N-th root');
    const ex = new Uint32Array(N);
    for (let j = 0; j < N; j++) {
      const e = index.get(zeta[j]!);
      if (e === undefined) throw new Error('NTT(X) slot is not a power of psi');
      ex[j] = e;
    }
    pow.push(p);
    exp.push(ex);
  });
  const t = { primes, pow, exp };
  m.set(chainIndex, t);
  return t;
}

/** NTT(X^a) at `chainIndex` (k*N residues, prime-major); any integer a, negacyclic (X^N = -1). */
export function monomialNtt(he: HeContext, a: number, chainIndex: number): Uint32Array {
  const { primes, pow, exp } = tables(he, chainIndex);
  const N = he.N;
  const twoN = 2 * N;
  const e = ((a % twoN) + twoN) % twoN;
  const out = new Uint32Array(primes.length * N);
  for (let i = 0; i < primes.length; i++) {
    const p = pow[i]!;
    const ex = exp[i]!;
    for (let j = 0; j < N; j++) out[i * N + j] = p[(ex[j]! * e) % twoN]!;
  }
  return out;
}

/** Polynomial given as exponent -> integer coefficient (number or bigint, any sign). */
export type SparsePoly = ReadonlyMap<number, number | bigint> | readonly (readonly [number, number | bigint])[];

function terms(p: SparsePoly): [number, number | bigint][] {
  return p instanceof Map ? [...p.entries()] : (p as readonly (readonly [number, number | bigint])[]).map(([e, c]) => [e, c]);
}

/** NTT of sum c_e X^e (integer coefficients, exponents any integer, negacyclic) at `chainIndex`. */
export function polyNtt(he: HeContext, poly: SparsePoly, chainIndex: number): Uint32Array {
  const primes = primesOf(he, chainIndex);
  const N = he.N;
  const out = new Uint32Array(primes.length * N);
  for (const [e, c] of terms(poly)) {
    const mono = monomialNtt(he, e, chainIndex);
    primes.forEach((q, i) => {
      const ci = Number(reduce(c, q));
      if (ci === 0) return;
      for (let j = i * N; j < (i + 1) * N; j++) out[j] = (out[j]! + mulmod(mono[j]!, ci, q)) % q;
    });
  }
  return out;
}

// ------------------------------------------------------------------ residue-level helpers

/** Multiplies every polynomial of `c` pointwise by the NTT vector `f` (k*N, same level). */
function mulEachPoly(c: Crafted, f: Uint32Array, primes: readonly number[]): Uint32Array {
  const { size, k, N, residues } = c.raw;
  const out = new Uint32Array(residues.length);
  for (let p = 0; p < size; p++) {
    for (let i = 0; i < k; i++) {
      const q = primes[i]!;
      const base = (p * k + i) * N;
      for (let j = 0; j < N; j++) out[base + j] = mulmod(residues[base + j]!, f[i * N + j]!, q);
    }
  }
  return out;
}

function scaleResidues(c: Crafted, k: number | bigint, primes: readonly number[]): Uint32Array {
  const { size, N, residues } = c.raw;
  const kk = c.raw.k;
  const out = new Uint32Array(residues.length);
  primes.forEach((q, i) => {
    const s = Number(reduce(k, q));
    for (let p = 0; p < size; p++) {
      const base = (p * kk + i) * N;
      for (let j = 0; j < N; j++) out[base + j] = mulmod(residues[base + j]!, s, q);
    }
  });
  return out;
}

function with_(he: HeContext, c: Crafted, residues: Uint32Array, correctionFactor = c.correctionFactor, size = c.raw.size): Uint8Array {
  return serializeContainer(he, { ...c.raw, size, residues }, correctionFactor);
}

// ------------------------------------------------------------------ crafted ciphertexts

/** The all-zero ciphertext (decrypts to 0 under every key), `size` polys at `chainIndex`, cf 1. */
export function zeroResult(he: HeContext, size = 3, chainIndex = he.firstLevel): Uint8Array {
  return serializeContainer(he, rawAt(he, chainIndex, size), 1n);
}

export interface KeyMonomialOptions {
  /** Exponent a of c1 = c1Coeff * X^a (any integer; negacyclic). */
  readonly a: number;
  /** +1 or -1 (default +1). c1 = c1Sign * c1Coeff * X^a. */
  readonly c1Sign?: 1 | -1;
  /** Integer multiplier of X^a in c1 (default 1). */
  readonly c1Coeff?: number | bigint;
  /** If given, c0 = c0Coeff * X^c0Monomial (default c0Coeff -1); else c0 = 0. */
  readonly c0Monomial?: number;
  readonly c0Coeff?: number | bigint;
  /** Container size (default 3, a blinded result; 2 for fresh / refresh inputs). Extra polys are 0. */
  readonly size?: number;
  readonly chainIndex?: number;
  readonly correctionFactor?: bigint;
}

/**
 * (c0, c1, 0...) with c1 = c1Sign c1Coeff X^a (written c1Coeff below), c0 = c0Coeff X^m (or 0). With cf = 1 it decrypts to
 * c1Coeff X^a s + c0Coeff X^m exactly (no noise): coefficient m reads c1Coeff * s_{m-a} (or
 * -c1Coeff * s_{m-a+N} when a > m) plus c0Coeff. Key coefficient i at coefficient m: a = m - i.
 */
export function keyMonomialResult(he: HeContext, o: KeyMonomialOptions): Uint8Array {
  const chainIndex = o.chainIndex ?? he.firstLevel;
  const size = o.size ?? 3;
  if (size < 2) throw new Error('a key monomial needs c1');
  const raw = rawAt(he, chainIndex, size);
  const k = raw.k;
  const N = he.N;
  raw.residues.set(polyNtt(he, [[o.a, BigInt(o.c1Coeff ?? 1) * BigInt(o.c1Sign ?? 1)]], chainIndex), k * N);
  if (o.c0Monomial !== undefined) raw.residues.set(polyNtt(he, [[o.c0Monomial, o.c0Coeff ?? -1]], chainIndex), 0);
  return serializeContainer(he, raw, o.correctionFactor ?? 1n);
}

// ------------------------------------------------------------------ transformations of given containers

/** -m: every residue negated. */
export function negate(he: HeContext, bytes: Uint8Array): Uint8Array {
  const c = parseContainer(he, bytes);
  const primes = primesOf(he, c.chainIndex);
  const { size, k, N, residues } = c.raw;
  const out = new Uint32Array(residues.length);
  for (let p = 0; p < size; p++) {
    for (let i = 0; i < k; i++) {
      const q = primes[i]!;
      const base = (p * k + i) * N;
      for (let j = 0; j < N; j++) out[base + j] = residues[base + j] === 0 ? 0 : q - residues[base + j]!;
    }
  }
  return with_(he, c, out);
}

/**
 * k*m (mod t): every residue times the integer k (any sign, number or bigint, e.g. invModT(he, 2)
 * for "halving"); cf kept. Noise grows by |k|: for large k on noisy ciphertexts prefer the
 * centred representative (centreModT) or scaleByCorrectionFactor.
 */
export function scale(he: HeContext, bytes: Uint8Array, k: number | bigint): Uint8Array {
  const c = parseContainer(he, bytes);
  return with_(he, c, scaleResidues(c, k, primesOf(he, c.chainIndex)));
}

/** k*m (mod t) without touching residues: cf := cf * k^-1 mod t (k must be a unit mod t). */
export function scaleByCorrectionFactor(he: HeContext, bytes: Uint8Array, k: number | bigint): Uint8Array {
  const c = parseContainer(he, bytes);
  return with_(he, c, c.raw.residues, (c.correctionFactor * invModT(he, k)) % he.t);
}

/** Same residues, another correction factor (the plaintext becomes cf_old/cf_new times m). */
export function setCorrectionFactor(he: HeContext, bytes: Uint8Array, correctionFactor: bigint): Uint8Array {
  const c = parseContainer(he, bytes);
  return with_(he, c, c.raw.residues, reduce(correctionFactor, he.t));
}

/** sign * X^k * m: every polynomial times NTT(X^k) pointwise per prime (negacyclic, any integer k). */
export function mulMonomial(he: HeContext, bytes: Uint8Array, k: number, sign: 1 | -1 = 1): Uint8Array {
  const c = parseContainer(he, bytes);
  return with_(he, c, mulEachPoly(c, polyNtt(he, [[k, sign]], c.chainIndex), primesOf(he, c.chainIndex)));
}

/** F(X) * m for F = sum c_e X^e, e.g. new Map([[0, 1], [k, 1], [m, -1]]) for 1 + X^k - X^m. */
export function mulPoly(he: HeContext, bytes: Uint8Array, coeffs: SparsePoly): Uint8Array {
  const c = parseContainer(he, bytes);
  return with_(he, c, mulEachPoly(c, polyNtt(he, coeffs, c.chainIndex), primesOf(he, c.chainIndex)));
}

/** Adds (sign +1) or subtracts (sign -1) b from a: sizes padded with zero polys, cfs balanced as SEAL does. */
function combine(he: HeContext, aBytes: Uint8Array, bBytes: Uint8Array, sign: 1 | -1): Uint8Array {
  let a = parseContainer(he, aBytes);
  let b = parseContainer(he, bBytes);
  if (a.chainIndex !== b.chainIndex) throw new Error(`levels differ: ${a.chainIndex} vs ${b.chainIndex}`);
  const primes = primesOf(he, a.chainIndex);
  let cf = a.correctionFactor;
  if (a.correctionFactor !== b.correctionFactor) {
    // m_a = cfA^-1 [A], m_b = cfB^-1 [B]: with cf = cfA*cfB, A*cfB and B*cfA decrypt to m_a, m_b.
    cf = (a.correctionFactor * b.correctionFactor) % he.t;
    a = { ...a, raw: { ...a.raw, residues: scaleResidues(a, b.correctionFactor, primes) } };
    b = { ...b, raw: { ...b.raw, residues: scaleResidues(b, a.correctionFactor, primes) } };
  }
  const size = Math.max(a.raw.size, b.raw.size);
  const { k, N } = a.raw;
  const out = new Uint32Array(size * k * N);
  out.set(a.raw.residues, 0);
  const br = b.raw.residues;
  for (let p = 0; p < b.raw.size; p++) {
    for (let i = 0; i < k; i++) {
      const q = primes[i]!;
      const base = (p * k + i) * N;
      for (let j = 0; j < N; j++) {
        const y = br[base + j]!;
        const s = sign === 1 ? out[base + j]! + y : out[base + j]! + (y === 0 ? 0 : q - y);
        out[base + j] = s >= q ? s - q : s;
      }
    }
  }
  return serializeContainer(he, { ...a.raw, size, residues: out }, cf);
}

/** m_a + m_b. */
export function add(he: HeContext, a: Uint8Array, b: Uint8Array): Uint8Array {
  return combine(he, a, b, 1);
}

/** m_a - m_b. */
export function sub(he: HeContext, a: Uint8Array, b: Uint8Array): Uint8Array {
  return combine(he, a, b, -1);
}

/** m + sum v_e X^e: adds NTT(sum (v_e * cf mod t, centred) X^e) to c0 (what the matcher's offset does). */
export function addPlainPoly(he: HeContext, bytes: Uint8Array, values: SparsePoly): Uint8Array {
  const c = parseContainer(he, bytes);
  const primes = primesOf(he, c.chainIndex);
  const scaled = terms(values).map(([e, v]) => [e, centreModT(he, reduce(v, he.t) * c.correctionFactor)] as const);
  const u = polyNtt(he, scaled, c.chainIndex);
  const out = Uint32Array.from(c.raw.residues);
  const N = he.N;
  primes.forEach((q, i) => {
    for (let j = 0; j < N; j++) {
      const s = out[i * N + j]! + u[i * N + j]!;
      out[i * N + j] = s >= q ? s - q : s;
    }
  });
  return with_(he, c, out);
}

/** m + value * X^coeffIndex (value any integer, taken mod t). In batching presets, index 0 adds value to every slot. */
export function addPlain(he: HeContext, bytes: Uint8Array, coeffIndex: number, value: number | bigint): Uint8Array {
  return addPlainPoly(he, bytes, [[coeffIndex, value]]);
}

/** Pads with zero polynomials up to `size` (e.g. a size-2 refresh column as a size-3 "blinded result"), or drops trailing ones. */
export function resize(he: HeContext, bytes: Uint8Array, size: number): Uint8Array {
  const c = parseContainer(he, bytes);
  const { k, N } = c.raw;
  const out = new Uint32Array(size * k * N);
  out.set(c.raw.residues.subarray(0, Math.min(size, c.raw.size) * k * N));
  return with_(he, c, out, c.correctionFactor, size);
}

// ------------------------------------------------------------------ checking a recovered key

/**
 * SEAL SecretKey bytes (uncompressed, key level, NTT form) for a ternary key given by its N
 * coefficients in {-1, 0, 1}: load with `new seal.SecretKey().loadFromArray(he.context, bytes)`
 * (or wrap with the project's key codec) to prove a recovered key decrypts real ciphertexts.
 */
export function sealSecretKeyFromTernary(he: HeContext, coeffs: ArrayLike<number>): Uint8Array {
  const N = he.N;
  if (coeffs.length !== N) throw new Error(`expected ${N} key coefficients`);
  const tn = Number(he.t);
  const lifted = Array.from(coeffs, (c) => {
    if (c !== -1 && c !== 0 && c !== 1) throw new Error('key coefficients must be ternary');
    return c < 0 ? tn - 1 : c;
  });
  const kcd = he.context.keyContextData();
  const parms = kcd.parms();
  const mods = parms.coeffModulus();
  const kKey = mods.size();
  mods.delete();
  parms.delete();
  kcd.delete();
  const { seal, context, evaluator } = he;
  const pt = new seal.Plaintext();
  const ntt = new seal.Plaintext();
  const pid = context.keyParmsId();
  try {
    pt.loadFromArray(context, buildSealPlaintext(lifted));
    evaluator.plainTransformToNtt(pt, pid, ntt); // centred lift: t-1 -> -1 mod every prime
    const bytes = ntt.saveToArray(seal.ComprModeType.none) as Uint8Array;
    plaintextData(bytes, kKey * N); // length check
    return Uint8Array.from(bytes);
  } finally {
    pid.delete();
    pt.delete();
    ntt.delete();
  }
}
