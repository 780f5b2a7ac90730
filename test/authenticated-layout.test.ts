/**
 * The authenticated 1:1 layout, exactly in plaintext (no SEAL): the coefficients the custodian
 * reads of the negacyclic product P*G mod t satisfy every tag equation for honest inputs, the
 * check returns rho*(score - T) + rho', and the linear maps a matcher could apply (negation,
 * scaling, monomial shifts, another reference) fail the check.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BLOCK, CHECK_COEFFICIENTS, CHUNK_CAPACITY, FILL_POSITIONS, TEMPLATE_POSITIONS, THRESHOLD_POSITION, DITHER_POSITION,
  checkResult, chunkVector, probeCoefficients, referenceCoefficients,
} from '../src/params/authenticated-layout.js';
import { deriveMacKeys } from '../src/verify/mac-keys.js';

const N = 4096;
const t = 67108859;

/** Coefficient m of the negacyclic product of a and b mod t. */
function productCoeff(a: number[], b: number[], m: number): number {
  let s = 0;
  for (let i = 0; i < N; i++) {
    if (a[i] === 0) continue;
    const j = m - i;
    const term = j >= 0 ? (a[i]! * b[j]!) % t : (t - ((a[i]! * b[N + j]!) % t)) % t;
    s = (s + term) % t;
  }
  return s;
}

function sumPolys(ps: number[][]): number[] {
  return ps[0]!.map((_, i) => ps.reduce((s, p) => (s + p[i]!) % t, 0));
}

/**
 * A random template as the terminal quantizes one: a unit vector of `chunks` x 528 values at scale
 * 320, rounded and cut into chunks (a whole-template quantization, as fingerprints are). Uniform
 * int8 entries instead would give |score| up to 3 x 528 x 127^2, which no preset admits: rho times
 * that wraps modulo t (the honest range is |score| <= 320^2 + rounding).
 */
function randTemplate(chunks: number): number[][] {
  const g = Array.from({ length: chunks * CHUNK_CAPACITY }, () => Math.random() - 0.5);
  const norm = Math.hypot(...g);
  const q = g.map((v) => Math.max(-127, Math.min(127, Math.round((320 * v) / norm))));
  return Array.from({ length: chunks }, (_, c) => q.slice(c * CHUNK_CAPACITY, (c + 1) * CHUNK_CAPACITY));
}

describe('authenticated layout (plaintext-exact)', () => {
  it('partitions a block into 49 fills, two controls and 528 template positions; PHI - PHI covers every lag', () => {
    const all = new Set([...FILL_POSITIONS, THRESHOLD_POSITION, DITHER_POSITION, ...TEMPLATE_POSITIONS]);
    expect(all.size).toBe(BLOCK);
    expect(FILL_POSITIONS.length).toBe(49);
    expect(CHUNK_CAPACITY).toBe(528);
    const lags = new Set<number>();
    for (const a of FILL_POSITIONS) for (const b of FILL_POSITIONS) lags.add(a - b);
    for (let l = -(BLOCK - 1); l <= BLOCK - 1; l++) expect(lags.has(l)).toBe(true);
    expect(CHECK_COEFFICIENTS).toEqual([578, 1157, 1736, 2315, 2894, 4052]);
  });

  for (const chunks of [1, 3]) {
    it(`honest product of ${chunks} chunk(s) passes and yields rho*(score - T) + rho'`, () => {
      const alpha = deriveMacKeys(randomBytes(32), 'request', 'test', 'face', chunks, t);
      const beta = deriveMacKeys(randomBytes(32), 'reference', 'test', 'face', chunks, t);
      const rho = 1 + Math.floor(Math.random() * 127);
      const rhoP = Math.floor(Math.random() * rho);
      const T = 50_000;
      const ps = randTemplate(chunks);
      const gs = randTemplate(chunks);
      const score = ps.reduce((s, p, c) => s + p.reduce((x, v, j) => x + v * gs[c]![j]!, 0), 0);
      const probe = ps.map((p, c) => probeCoefficients(chunkVector(p.map((v) => rho * v), c === 0 ? { threshold: rho, dither: rhoP } : { threshold: 0, dither: 0 }, t), alpha, c, N, t));
      const ref = gs.map((g, c) => referenceCoefficients(chunkVector(g, c === 0 ? { threshold: -T, dither: 1 } : { threshold: 0, dither: 0 }, t), beta, c, N, t));
      const y = CHECK_COEFFICIENTS.map((m) => probe.reduce((s, p, c) => (s + productCoeff(p, ref[c]!, m)) % t, 0));
      expect(checkResult(y, alpha, beta, chunks, t, 2 ** 25)).toBe(rho * (score - T) + rhoP);

      // Linear maps of the honest product: negation, scaling, another subject's reference.
      const neg = y.map((v) => (t - v) % t);
      expect(checkResult(neg, alpha, beta, chunks, t, 2 ** 25)).toBeUndefined();
      expect(checkResult(y.map((v) => (2 * v) % t), alpha, beta, chunks, t, 2 ** 25)).toBeUndefined();
      expect(checkResult(y.map(() => 0), alpha, beta, chunks, t, 2 ** 25)).toBeUndefined();
      const other = deriveMacKeys(randomBytes(32), 'reference', 'test', 'face', chunks, t);
      expect(checkResult(y, alpha, other, chunks, t, 2 ** 25)).toBeUndefined();
      // X * P * G: every coefficient moves by one.
      const shifted = CHECK_COEFFICIENTS.map((m) => probe.reduce((s, p, c) => (s + productCoeff(p, ref[c]!, m - 1)) % t, 0));
      expect(checkResult(shifted, alpha, beta, chunks, t, 2 ** 25)).toBeUndefined();
      void sumPolys;
    });
  }
});
