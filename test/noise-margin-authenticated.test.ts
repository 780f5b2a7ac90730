/**
 * Noise margin of the authenticated 1:1 preset (sm2-bgv4096-1to1-auth), on the worst-case inputs
 * the layout admits (shared/AUTHENTICATED-RESULTS.md §2, §6): template values +-127 on all 528
 * template positions of every chunk (and mixed-sign patterns), rho = 127, rho' = 126, uniform MAC
 * scalars and fills (deriveMacKeys from random seeds), threshold at both extremes (+-320^2), one
 * chunk and 16 chunks (the matcher's sum of the chunk products). The templates are encoded with
 * the terminal's own probePlaintexts / referencePlaintexts, encrypted with SEAL and multiplied in
 * the residue domain exactly as the matcher does.
 *
 * SEAL's invariant noise budget is a property of the whole ciphertext, so it is measured on the
 * UNMASKED product (sum): the matcher's mask replaces every coefficient except the six checked
 * ones by values uniform mod q (the masked ciphertext has budget 0 by design), and adds exactly 0
 * at the six check coefficients, so it cannot change what they decrypt to. That last claim is
 * checked too, by running the same inputs through VerifyComputation.computeAuthenticated.
 *
 * Asserted per case: budget >= floor; all six check coefficients decrypt to the plaintext
 * prediction (negacyclic product mod t, computed here independently of the layout module);
 * checkResult returns rho*(score - T) + rho' mod t (centred): the exact integer, accepted by the
 * custodian's range check, at the extremes of the honest range; the +-127 templates are not
 * unit-norm quantized templates, so their v leaves that range and wraps mod t (the tags still hold;
 * the range check sees only v mod t and refuses exactly when that lies outside it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_COEFFICIENTS, CHUNK_CAPACITY, checkResult, type MacKeys } from '../src/params/authenticated-layout.js';
import { maxThreshold } from '../src/params/bounds.js';
import { centre } from '../src/he/codec/coefficient-encoding.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientDecryptor } from '../src/he/seal/decryptor.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { generateKeyPair } from '../src/he/seal/keys.js';
import { deriveMacKeys } from '../src/verify/mac-keys.js';
import { DEFAULT_FACE_PRESET_ID, getPreset } from '../src/params/presets.js';
import { unmaskedSum as unmaskedChunkSum } from './unmasked-sum.js';
import { VerifyComputation } from '../src/he/kernel/verify-computation.js';
import { chunkedScoreBound, MAX_CHUNKS } from '../src/templates/chunks.js';
import { probePlaintexts, referencePlaintexts } from '../src/verify/terminal/authenticated-encoding.js';
import { FULL, replay, rngFor, sample, SEED, seededBytes, TIER } from './tier.js';

const presetId = DEFAULT_FACE_PRESET_ID;
const preset = getPreset(presetId);
const t = Number(preset.plainModulus);
const RHO = 127;
const RHO_PRIME = 126;
const TMAX = maxThreshold(preset); // 320^2

/**
 * Smallest budget (bits) accepted after the whole authenticated computation. The budget hardly
 * depends on the plaintexts (uniform MAC blocks dominate: every case below measures the same under
 * one key) but strongly on the HE key pair: fresh SEAL public-key encryptions under one key share
 * a key-dependent noise component (SEAL encrypts at the key level and mod-switches down; secret-key
 * encryptions, which skip that switch, do not show it), so the 16 chunk products add coherently
 * (-4 bits = log2 16, not -2) and budgets spread over ~7 bits between keys. Measured over 240 key pairs (worst case
 * +127 templates, rho = 127, T = +320^2): one chunk 13-20 bits (median 15-16; §6 of the design note
 * predicts 14-16), 16 chunks summed 9-16 bits (median 11-12). The floors sit two bits below the
 * minima seen (and above the 6 bits the 1:1 presets require).
 */
const FLOOR_ONE_CHUNK = 11;
const FLOOR_SIXTEEN_CHUNKS = 7;
/**
 * Key pairs per run: key 0 runs every case, the others the worst cases (the key sets the budget).
 * SEAL draws the keys from its own randomness (not seeded here: node-seal takes no seed); the MAC
 * seeds are seeded (SEALMATCH_TEST_SEED), so a case's plaintexts replay exactly.
 */
const KEY_PAIRS = FULL ? 3 : 2;
/** 16-chunk cases beside the worst ones that key 0 runs in the fast tier (a seeded sample); all in the full tier. */
const FAST_SIXTEEN_CHUNK_CASES = 3;

const mod = (x: number): number => ((x % t) + t) % t;

/** Coefficient m of the negacyclic product of a and b (length N, residues in [0, t)) mod t. */
function productCoeff(a: readonly number[], b: readonly number[], m: number, N: number): number {
  let s = 0;
  for (let i = 0; i < N; i++) {
    const ai = a[i]!;
    if (ai === 0) continue;
    const j = m - i;
    const term = j >= 0 ? (ai * b[j]!) % t : (t - ((ai * b[N + j]!) % t)) % t;
    s = (s + term) % t;
  }
  return s;
}

interface Case {
  readonly name: string;
  /** Template values of each chunk (probe p_c, reference g_c), each CHUNK_CAPACITY long. */
  readonly p: (c: number) => number[];
  readonly g: (c: number) => number[];
  readonly T: number;
  /** Inside the honest range of unit-norm templates: the custodian's range check must accept. */
  readonly honest: boolean;
}

const fill = (v: number) => () => new Array<number>(CHUNK_CAPACITY).fill(v);
const pattern = (f: (i: number, c: number) => number) => (c: number) => Array.from({ length: CHUNK_CAPACITY }, (_, i) => f(i, c));
/** A fixed pseudo-random sign pattern (xorshift), different per chunk and per seed. */
function signs(seed: number): (c: number) => number[] {
  return (c) => {
    let x = (seed * 2654435761 + c * 40503 + 1) >>> 0;
    return Array.from({ length: CHUNK_CAPACITY }, () => {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      return x & 1 ? 127 : -127;
    });
  };
}

/**
 * A template of the largest squared norm an honest chunked template of `chunks` chunks may
 * reach, <= chunkedScoreBound(528 * chunks): |score| of p with +-p reaches the edge of the range.
 */
function nearBound(chunks: number): { values: (c: number) => number[]; normSq: number } {
  const d = CHUNK_CAPACITY * chunks;
  const bound = chunkedScoreBound(d, preset);
  // Spread the norm evenly: each value a or a+1 with sum of squares <= bound.
  const a = Math.floor(Math.sqrt(bound / d));
  const extra = Math.floor((bound - d * a * a) / (2 * a + 1));
  const flat = Array.from({ length: d }, (_, i) => (i < extra ? a + 1 : a) * (i % 2 ? -1 : 1));
  const normSq = flat.reduce((s, v) => s + v * v, 0);
  expect(normSq).toBeLessThanOrEqual(bound);
  expect(bound - normSq).toBeLessThan(2 * a + 2);
  return { values: (c) => flat.slice(c * CHUNK_CAPACITY, (c + 1) * CHUNK_CAPACITY), normSq };
}

function cases(chunks: number): Case[] {
  const near = nearBound(chunks);
  const neg = (f: (c: number) => number[]) => (c: number) => f(c).map((v) => -v);
  return [
    { name: '+127/+127, T=+max', p: fill(127), g: fill(127), T: TMAX, honest: false },
    { name: '+127/+127, T=-max', p: fill(127), g: fill(127), T: -TMAX, honest: false },
    { name: '-127/+127, T=+max', p: fill(-127), g: fill(127), T: TMAX, honest: false },
    { name: '-127/+127, T=-max', p: fill(-127), g: fill(127), T: -TMAX, honest: false },
    { name: 'alt2/alt3, T=+max', p: pattern((i) => (i % 2 ? 127 : -127)), g: pattern((i) => (i % 3 ? -127 : 127)), T: TMAX, honest: false },
    { name: 'alt2/alt3, T=-max', p: pattern((i) => (i % 2 ? 127 : -127)), g: pattern((i) => (i % 3 ? -127 : 127)), T: -TMAX, honest: false },
    { name: 'random signs, T=+max', p: signs(1), g: signs(2), T: TMAX, honest: false },
    { name: 'random signs, T=-max', p: signs(3), g: signs(4), T: -TMAX, honest: false },
    { name: 'block signs (chunk-alternating), T=-max', p: pattern((i, c) => ((i + c) % 2 ? 127 : -127)), g: pattern((i) => ((i >> 4) % 2 ? 127 : -127)), T: -TMAX, honest: false },
    // Extremes of the honest range: score = +-(largest norm^2), T at the opposite extreme.
    { name: 'honest max: score=+bound, T=-max', p: near.values, g: near.values, T: -TMAX, honest: true },
    { name: 'honest min: score=-bound, T=+max', p: near.values, g: neg(near.values), T: TMAX, honest: true },
    { name: 'honest edge: score=+bound, T=+max', p: near.values, g: near.values, T: TMAX, honest: true },
    { name: 'honest edge: score=-bound, T=-max', p: near.values, g: neg(near.values), T: -TMAX, honest: true },
    { name: 'zero templates, T=+max', p: fill(0), g: fill(0), T: TMAX, honest: true },
  ];
}

describe('authenticated 1:1 noise margin (sm2, worst case)', () => {
  let he: HeContext;
  let vc: VerifyComputation;
  const keys: { enc: CoefficientEncryptor; dec: CoefficientDecryptor }[] = [];
  /** budgets[key][chunks][case] */
  const budgets: Record<string, Record<string, Record<string, number>>> = {};
  const freshBudgets: number[] = [];
  const t0 = performance.now();

  beforeAll(async () => {
    he = await HeContext.create(presetId);
    for (let n = 0; n < KEY_PAIRS; n++) {
      const kp = generateKeyPair(he);
      keys.push({ enc: new CoefficientEncryptor(he, kp.publicKey), dec: new CoefficientDecryptor(he, kp.secretKey) });
    }
    vc = await VerifyComputation.create(presetId); // the matcher's computation (WASM kernel by default)
    expect(preset.authenticated).toBe(true);
    expect(t).toBe(67108859);
  });
  afterAll(() => {
    const range = (chunks: number) => {
      const all = Object.values(budgets).flatMap((b) => Object.values(b[String(chunks)] ?? {}));
      return all.length ? { min: Math.min(...all), max: Math.max(...all), cases: all.length } : undefined;
    };
    const perKey = Object.fromEntries(
      Object.entries(budgets).map(([k, b]) => [k, Object.fromEntries(Object.entries(b).map(([c, v]) => [c, [Math.min(...Object.values(v)), Math.max(...Object.values(v))]]))]),
    );
    console.log(JSON.stringify({
      test: 'noise-margin-authenticated', tier: TIER, seed: SEED, presetId, rho: RHO, rhoPrime: RHO_PRIME, thresholds: [TMAX, -TMAX],
      floors: { '1': FLOOR_ONE_CHUNK, '16': FLOOR_SIXTEEN_CHUNKS }, fresh: freshBudgets,
      oneChunk: range(1), sixteenChunks: range(MAX_CHUNKS), perKey, key0: budgets['0'], ms: Math.round(performance.now() - t0),
    }));
    vc?.delete();
    for (const k of keys) {
      k.enc.delete();
      k.dec.delete();
    }
    he?.delete();
  });

  const unmaskedSum = (probes: Uint8Array[], refs: Uint8Array[]): Uint8Array => unmaskedChunkSum(he, probes, refs);

  function runCase(cs: Case, chunks: number, key = 0): void {
    const N = he.N;
    const { enc, dec } = keys[key]!;
    // Uniform MAC scalars and fills from seeded MAC seeds: the same in every run with one seed.
    const macSeeds = rngFor(`noise-margin-authenticated/${cs.name}/${chunks}/${key}`);
    const alpha: MacKeys = deriveMacKeys(seededBytes(32, macSeeds), 'request', presetId, 'face', chunks, t);
    const beta: MacKeys = deriveMacKeys(seededBytes(32, macSeeds), 'reference', presetId, 'face', chunks, t);
    const ps = Array.from({ length: chunks }, (_, c) => cs.p(c));
    const gs = Array.from({ length: chunks }, (_, c) => cs.g(c));
    for (const v of [...ps, ...gs]) {
      expect(v.length).toBe(CHUNK_CAPACITY);
      expect(v.every((x) => Number.isInteger(x) && Math.abs(x) <= 127)).toBe(true);
    }
    const probePlain = probePlaintexts(preset, ps.map((values) => ({ dim: values.length, values: Int32Array.from(values) })), { rho: RHO, rhoPrime: RHO_PRIME }, alpha);
    const refPlain = referencePlaintexts(preset, gs.map((values) => ({ dim: values.length, values: Int32Array.from(values) })), cs.T, beta);
    expect(probePlain.length).toBe(chunks);
    expect(refPlain.length).toBe(chunks);

    const score = ps.reduce((s, p, c) => s + p.reduce((x, v, j) => x + v * gs[c]![j]!, 0), 0);
    const v = RHO * (score - cs.T) + RHO_PRIME;
    // The plaintext prediction of the six checked coefficients: sum_c (P_c * G_c)[m] mod t.
    const predicted = CHECK_COEFFICIENTS.map((m) => probePlain.reduce((s, p, c) => (s + productCoeff(p, refPlain[c]!, m, N)) % t, 0));
    expect(predicted[0]).toBe(mod(v));

    const probes = probePlain.map((p) => enc.encrypt(p));
    const refs = refPlain.map((g) => enc.encrypt(g));
    if (chunks === 1 && freshBudgets.length <= key) freshBudgets.push(dec.noiseBudget(probes[0]!, [2]));
    const product = unmaskedSum(probes, refs);
    const budget = dec.noiseBudget(product, [3]);
    ((budgets[String(key)] ??= {})[String(chunks)] ??= {})[cs.name] = budget;
    const floor = chunks === 1 ? FLOOR_ONE_CHUNK : FLOOR_SIXTEEN_CHUNKS;
    expect(budget, replay(`${cs.name}, ${chunks} chunk(s), key ${key}: budget`)).toBeGreaterThanOrEqual(floor);

    // All six check coefficients decrypt exactly to the plaintext prediction.
    const y = dec.decryptCoefficients(product, CHECK_COEFFICIENTS, [3]);
    expect(y, replay(`${cs.name}, ${chunks} chunk(s), key ${key}: check coefficients`)).toEqual(predicted);

    // The custodian's check: every tag equation holds; the value is rho*(score - T) + rho'.
    const dim = CHUNK_CAPACITY * chunks;
    const bound = preset.blindFactorMax * (chunkedScoreBound(dim, preset) + maxThreshold(preset)) + preset.blindFactorMax;
    expect(bound).toBeLessThan(t / 2);
    // The custodian sees v mod t (centred): exactly v whenever |v| < t/2.
    const c = centre(mod(v), preset.plainModulus);
    if (Math.abs(v) < t / 2) expect(c).toBe(v);
    expect(checkResult(y, alpha, beta, chunks, t, t)).toBe(c);
    expect(checkResult(y, alpha, beta, chunks, t, bound)).toBe(Math.abs(c) <= bound ? c : undefined);
    if (cs.honest) {
      // Extremes of the honest range: accepted, and the exact integer rho*(score - T) + rho'.
      expect(Math.abs(v)).toBeLessThanOrEqual(bound);
      expect(checkResult(y, alpha, beta, chunks, t, bound)).toBe(v);
    }
    // (+-127 templates are not unit-norm quantized templates: their v may leave the honest range
    // and wrap mod t; the tags still hold, the range check sees only v mod t.)

    // The matcher's real computation (sum + mask): the six coefficients are unchanged, the rest masked.
    const masked = vc.computeAuthenticated(probes.map((p, c) => ({ probe: vc.load(p), reference: vc.load(refs[c]!) })));
    expect(dec.decryptCoefficients(masked, CHECK_COEFFICIENTS, [3])).toEqual(y);
    const all = Array.from({ length: N }, (_, i) => i);
    const plainAll = dec.decryptCoefficients(product, all, [3]);
    const maskedAll = dec.decryptCoefficients(masked, all, [3]);
    const checked = new Set(CHECK_COEFFICIENTS);
    const changed = all.filter((i) => !checked.has(i) && maskedAll[i] !== plainAll[i]).length;
    // Uniform mask mod q: a coefficient keeps its value with probability ~1/t.
    expect(changed).toBeGreaterThan(N - CHECK_COEFFICIENTS.length - 3);
  }

  it('fresh ciphertexts of the layout decrypt and carry the expected budget', () => {
    const alpha = deriveMacKeys(seededBytes(32, rngFor('noise-margin-authenticated/fresh')), 'request', presetId, 'face', 1, t);
    const [plain] = probePlaintexts(preset, [{ dim: CHUNK_CAPACITY, values: Int32Array.from(fill(127)()) }], { rho: RHO, rhoPrime: RHO_PRIME }, alpha);
    const ct = keys[0]!.enc.encrypt(plain!);
    expect(keys[0]!.dec.noiseBudget(ct, [2])).toBeGreaterThan(40);
    expect(keys[0]!.dec.decryptCoefficients(ct, Array.from({ length: he.N }, (_, i) => i), [2])).toEqual(plain);
  });

  const WORST = ['+127/+127, T=+max', 'random signs, T=-max', 'honest max: score=+bound, T=-max', 'honest min: score=-bound, T=+max'];

  it(`one chunk: budget >= ${FLOOR_ONE_CHUNK} bits, six check coefficients exact, checkResult = rho(score - T) + rho'`, () => {
    for (const cs of cases(1)) runCase(cs, 1);
    for (let key = 1; key < KEY_PAIRS; key++) for (const cs of cases(1).filter((c) => WORST.includes(c.name))) runCase(cs, 1, key);
  });

  it(`${MAX_CHUNKS} chunks summed: budget >= ${FLOOR_SIXTEEN_CHUNKS} bits, six check coefficients exact, checkResult = rho(score - T) + rho'`, () => {
    // Fast tier: key 0 runs the worst cases and a seeded sample of the others.
    const all = cases(MAX_CHUNKS);
    const others = all.filter((c) => !WORST.includes(c.name));
    const chosen = FULL ? all : [...all.filter((c) => WORST.includes(c.name)), ...sample(others, FAST_SIXTEEN_CHUNK_CASES, 'noise-margin-authenticated/sixteen')];
    console.log(replay(`noise-margin-authenticated: ${chosen.length} of ${all.length} 16-chunk cases, ${KEY_PAIRS} key pairs`));
    for (const cs of chosen) runCase(cs, MAX_CHUNKS);
    for (let key = 1; key < KEY_PAIRS; key++) for (const cs of cases(MAX_CHUNKS).filter((c) => WORST.includes(c.name))) runCase(cs, MAX_CHUNKS, key);
  });
});
