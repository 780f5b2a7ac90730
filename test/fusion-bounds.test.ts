/**
 * Bounds and noise margin of fused references on the authenticated preset (sm2): the worst-case
 * honest fused value rho (sum_i w_i <p_i, g_i> - T) + rho' must fit t/2 at the terminal's fused
 * blinding factor (params/bounds.ts fusedBlindFactor, the custodian's range check uses the same),
 * and the matcher's sum of up to MAX_FUSED_CHUNKS = 32 chunk products must keep a noise budget
 * above the 6 bits the 1:1 presets require, with every checked coefficient decrypting exactly.
 *
 * Worst cases: each part a template of the largest squared norm an honest quantized part of its
 * dimension may reach (chunkedScoreBound), the probe part equal to (or minus) the reference part,
 * weights of the composition applied to the probe, T = +-W 320^2, rho = the fused factor,
 * rho' = rho - 1, uniform MAC keys (seeded). Encoded with the terminal's own functions, encrypted
 * with SEAL and summed exactly as the matcher does (and once through the matcher's masked
 * computation: the six coefficients are unchanged).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_COEFFICIENTS, checkResult } from '../src/params/authenticated-layout.js';
import { chunkedScoreBound, fusedBlindFactor, fusedBlindedBound, maxThreshold, MAX_CHUNKS, MAX_FUSED_CHUNKS } from '../src/params/bounds.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientDecryptor } from '../src/he/seal/decryptor.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { generateKeyPair } from '../src/he/seal/keys.js';
import { unmaskedSum as unmaskedChunkSum } from './unmasked-sum.js';
import { VerifyComputation } from '../src/he/kernel/verify-computation.js';
import { DEFAULT_FACE_PRESET_ID, getPreset } from '../src/params/presets.js';
import { chunkBounds, chunkCount } from '../src/templates/chunks.js';
import { COMPOSITIONS, chunkWeights, weightTotal, weightedParts, type Composition } from '../src/templates/fusion.js';
import { deriveMacKeys } from '../src/verify/mac-keys.js';
import { probePlaintexts, referencePlaintexts } from '../src/verify/terminal/authenticated-encoding.js';
import type { QuantizedTemplate } from '../src/templates/face.js';
import { FULL, replay, rngFor, seededBytes } from './tier.js';

const presetId = DEFAULT_FACE_PRESET_ID;
const preset = getPreset(presetId);
const t = Number(preset.plainModulus);
const TMAX = maxThreshold(preset);
/**
 * Budget floor after the sum of up to 32 chunk products: the 1:1 presets' requirement. Measured
 * (full tier, 4 key pairs, 2026-12-02): 10-13 bits for 32 chunks (two fingers), 11-14 for 17
 * (face + finger).
 */
const FLOOR_FUSED = 6;

/** Part dims of each composition as shipped (face 128 dlib, finger 8192) and at their longest (16 chunks of 528). */
const SHIPPED: Record<string, number[]> = { 'finger+finger': [8192, 8192], 'face+finger': [128, 8192] };
const LONGEST = (c: Composition): number[] => c.parts.map(() => MAX_CHUNKS * preset.maxDim);

describe('fused references: the honest range fits t/2', () => {
  for (const c of Object.values(COMPOSITIONS)) {
    for (const [label, dims] of [['shipped', SHIPPED[c.modality]!], ['longest', LONGEST(c)]] as const) {
      it(`${c.modality}, ${label} parts ${dims.join(' + ')}: rho <= fusedBlindFactor keeps |v| < t/2, rho + 1 would not (unless capped)`, () => {
        const parts = weightedParts(c, dims);
        const f = fusedBlindFactor(preset, parts);
        const bound = fusedBlindedBound(preset, f, parts);
        // Recomputed here from the definition, not from bounds.ts.
        const S = c.parts.reduce((n, p, i) => n + p.weight * Math.ceil((preset.quantScale + Math.sqrt(dims[i]!) / 2) ** 2), 0);
        const W = weightTotal(c);
        expect(bound).toBe(f * (S + W * TMAX + 1));
        expect(bound).toBeLessThan(t / 2);
        expect(f).toBeGreaterThanOrEqual(1);
        if (f < preset.blindFactorMax) expect(fusedBlindedBound(preset, f + 1, parts)).toBeGreaterThanOrEqual(t / 2);
        const chunks = dims.reduce((n, d) => n + chunkCount(d, preset), 0);
        expect(chunks).toBeLessThanOrEqual(MAX_FUSED_CHUNKS);
        console.log(JSON.stringify({ test: 'fusion-bounds', composition: c.modality, dims, rhoMax: f, bound, halfT: Math.floor(t / 2), chunks }));
      });
    }
  }
});

describe('fused references: noise margin of the matcher\'s sum (real SEAL), worst-case honest values', () => {
  let he: HeContext;
  let vc: VerifyComputation;
  /**
   * HE key pairs: the budget depends mostly on the key (test/noise-margin-authenticated.test.ts:
   * ~7 bits of spread between keys), so the full tier runs every case under several.
   */
  const keys: { enc: CoefficientEncryptor; dec: CoefficientDecryptor }[] = [];
  beforeAll(async () => {
    he = await HeContext.create(presetId);
    for (let n = 0; n < (FULL ? 4 : 1); n++) {
      const kp = generateKeyPair(he);
      keys.push({ enc: new CoefficientEncryptor(he, kp.publicKey), dec: new CoefficientDecryptor(he, kp.secretKey) });
    }
    vc = await VerifyComputation.create(presetId);
  });
  afterAll(() => {
    vc?.delete();
    for (const k of keys) {
      k.enc.delete();
      k.dec.delete();
    }
    he?.delete();
  });

  const unmaskedSum = (probes: Uint8Array[], refs: Uint8Array[]): Uint8Array => unmaskedChunkSum(he, probes, refs);

  /** A part of `dim` values with squared norm as close to chunkedScoreBound(dim) as integers allow, chunked as quantizeChunks chunks it. */
  function nearBoundPart(dim: number): QuantizedTemplate[] {
    const bound = chunkedScoreBound(dim, preset);
    const a = Math.floor(Math.sqrt(bound / dim));
    const extra = Math.floor((bound - dim * a * a) / (2 * a + 1));
    const flat = Int32Array.from({ length: dim }, (_, i) => (i < extra ? a + 1 : a) * (i % 2 ? -1 : 1));
    const k = chunkCount(dim, preset);
    return Array.from({ length: k }, (_, i) => {
      const [s, e] = chunkBounds(dim, k, i);
      return { dim: e - s, values: flat.slice(s, e) };
    });
  }

  for (const c of Object.values(COMPOSITIONS)) {
    for (const sign of [1, -1] as const) {
      it(`${c.modality}, shipped parts, score = ${sign > 0 ? '+' : '-'}bound with T = ${sign > 0 ? '-' : '+'}W 320^2: budget >= ${FLOOR_FUSED} bits, checks exact, custodian accepts v`, () => {
        const dims = SHIPPED[c.modality]!;
        const parts = weightedParts(c, dims);
        const rho = fusedBlindFactor(preset, parts);
        const rhoPrime = rho - 1;
        const refParts = dims.map((d) => nearBoundPart(d));
        const refChunks = refParts.flat();
        const probeChunks = refChunks.map((q) => ({ dim: q.dim, values: q.values.map((v) => sign * v) }));
        const partStarts = refParts.reduce<number[]>((acc, p) => [...acc, acc[acc.length - 1]! + p.length], [0]);
        const weights = chunkWeights(c, { partStarts });
        const chunks = refChunks.length;
        const W = weightTotal(c);
        const T = -sign * W * TMAX;
        const score = refChunks.reduce((s, q, k) => s + weights[k]! * sign * q.values.reduce((x, v) => x + v * v, 0), 0);
        const v = rho * (score - T) + rhoPrime;
        const bound = fusedBlindedBound(preset, rho, parts);
        expect(Math.abs(v)).toBeLessThanOrEqual(bound);
        expect(bound).toBeLessThan(t / 2);
        // The worst case is within a few units of the bound (the bound is tight, not slack).
        expect(Math.abs(v)).toBeGreaterThan(bound - rho * (W * 2 * 140 + 2));

        const r = rngFor(`fusion-bounds/${c.modality}/${sign}`);
        const alpha = deriveMacKeys(seededBytes(32, r), 'request', presetId, c.modality, chunks, t);
        const beta = deriveMacKeys(seededBytes(32, r), 'reference', presetId, c.modality, chunks, t);
        const probePlain = probePlaintexts(preset, probeChunks, { rho, rhoPrime }, alpha, weights);
        const refPlain = referencePlaintexts(preset, refChunks, T, beta);
        keys.forEach(({ enc, dec }, key) => {
          const probes = probePlain.map((p) => enc.encrypt(p));
          const refs = refPlain.map((g) => enc.encrypt(g));
          const sum = unmaskedSum(probes, refs);
          const budget = dec.noiseBudget(sum, [3]);
          console.log(JSON.stringify({ test: 'fusion-bounds/noise', composition: c.modality, sign, key, chunks, rho, v, bound, budget }));
          expect(budget, replay(`${c.modality} ${sign} key ${key}: noise budget after ${chunks} chunk products`)).toBeGreaterThanOrEqual(FLOOR_FUSED);
          const y = dec.decryptCoefficients(sum, CHECK_COEFFICIENTS, [3]);
          expect(checkResult(y, alpha, beta, chunks, t, bound)).toBe(v);
          // The matcher's own masked computation leaves the six coefficients as they are.
          const masked = vc.computeAuthenticated(probes.map((p, k) => ({ probe: vc.load(p), reference: vc.load(refs[k]!) })));
          expect(dec.decryptCoefficients(masked, CHECK_COEFFICIENTS, [3])).toEqual(y);
        });
      }, 60_000);
    }
  }
});
