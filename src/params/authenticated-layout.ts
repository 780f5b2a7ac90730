/**
 * @module he/authenticated-layout
 * The plaintext layout of authenticated 1:1 results (docs/THREAT-MODEL.md, "Authenticated
 * results"; the construction of shared/AUTHENTICATED-RESULTS.md §2). SEAL-free: pure functions
 * from integer vectors and MAC secrets to plaintext coefficients mod t, and from the six
 * decrypted check coefficients back to the blinded score, so the encoding and the check can be
 * tested exactly against a plaintext negacyclic product.
 *
 * One chunk is a vector of length D' = 579: fill positions PHI (49, zero in every template,
 * carriers of the fill vectors u, v), the threshold control, the dither control and 528
 * template positions. The probe polynomial holds three blocks at shifts 0, E, 3E (E = D'):
 *   a,  alpha1*a + u1,  alpha2*a + u2            at X^(shift + j)
 * the reference the same with (b, beta*b + v) reversed, at X^(shift + D' - 1 - j). Their product
 * carries, at coefficient o + D' - 1 for o in {0, E, 2E, 3E, 4E, 6E}, the values of CHECKS below.
 * PHI - PHI covers every lag in (-D', D'), which is what pins every linear map (Lemma 1).
 *
 * Security note: this module does not draw or keep secrets (mac-keys.ts derives them) and does
 * not range-check template values; callers pass values already quantized and in range.
 */
import { SealmatchError } from '../errors.js';

/** Block length D' (and block shift E). 7 D' <= N = 4096 is required by the wrap argument. */
export const BLOCK = 579;
/** Shift of the blocks inside the probe / reference polynomial: 0, E, 3E. */
export const BLOCK_SHIFTS: readonly number[] = [0, BLOCK, 3 * BLOCK];
/** Fill positions PHI = {0..24} u {25j : j = 1..23} u {578}; PHI - PHI covers (-579, 579). */
export const FILL_POSITIONS: readonly number[] = Object.freeze([
  ...Array.from({ length: 25 }, (_, i) => i),
  ...Array.from({ length: 23 }, (_, j) => 25 * (j + 1)),
  BLOCK - 1,
]);
const FILL_SET = new Set(FILL_POSITIONS);
const FREE = Array.from({ length: BLOCK }, (_, i) => i).filter((i) => !FILL_SET.has(i));
/** Position of the threshold control: reference -T, probe rho (chunk 0 only). */
export const THRESHOLD_POSITION = FREE[0]!;
/** Position of the dither control: reference 1, probe rho' (chunk 0 only). */
export const DITHER_POSITION = FREE[1]!;
/** The template positions of one chunk, in order. */
export const TEMPLATE_POSITIONS: readonly number[] = Object.freeze(FREE.slice(2));
/** Template values per chunk (528). */
export const CHUNK_CAPACITY = TEMPLATE_POSITIONS.length;
/** Number of fill positions (49). */
export const FILL_COUNT = FILL_POSITIONS.length;
/** Block offsets (multiples of E) of the six checked product blocks. */
export const CHECK_OFFSETS: readonly number[] = [0, 1, 2, 3, 4, 6].map((m) => m * BLOCK);
/** Coefficients the custodian reads: o + D' - 1 = 578, 1157, 1736, 2315, 2894, 4052. */
export const CHECK_COEFFICIENTS: readonly number[] = CHECK_OFFSETS.map((o) => o + BLOCK - 1);

/** One MAC pair's per-request (alpha) or per-reference (beta) scalar and its fill per chunk. */
export interface MacPair {
  /** Scalar in [1, t). */
  readonly scalar: number;
  /** Fill values on PHI, one array of FILL_COUNT residues in [0, t) per chunk. */
  readonly fills: readonly (readonly number[])[];
}

/** The two independently keyed pairs of one side (terminal: alpha/u; desk: beta/v). */
export type MacKeys = readonly [MacPair, MacPair];

/** a*b mod t, exact for a, b < t < 2^26 (the product stays below 2^52). */
export function mulModT(a: number, b: number, t: number): number {
  return (a * b) % t;
}

function mod(v: number, t: number): number {
  const r = v % t;
  return r < 0 ? r + t : r;
}

function checkLayout(N: number): void {
  if (7 * BLOCK > N) throw new SealmatchError('E_INTERNAL', `authenticated layout needs N >= ${7 * BLOCK}`);
}

/**
 * The chunk vector (length D', residues mod t) of a probe or reference chunk:
 * template values at TEMPLATE_POSITIONS, the two controls, zero on PHI.
 */
export function chunkVector(values: ArrayLike<number>, controls: { threshold: number; dither: number }, t: number): number[] {
  if (values.length > CHUNK_CAPACITY) throw new SealmatchError('E_DIMENSION', `chunk of ${values.length} values exceeds ${CHUNK_CAPACITY}`);
  const out = new Array<number>(BLOCK).fill(0);
  for (let j = 0; j < values.length; j++) out[TEMPLATE_POSITIONS[j]!] = mod(values[j]!, t);
  out[THRESHOLD_POSITION] = mod(controls.threshold, t);
  out[DITHER_POSITION] = mod(controls.dither, t);
  return out;
}

/** The three blocks x, s1*x + f1, s2*x + f2 of one side (fills added on PHI). */
function blocks(x: readonly number[], keys: MacKeys, chunk: number, t: number): number[][] {
  return [[...x], ...keys.map((pair) => {
    const fill = pair.fills[chunk];
    if (!fill || fill.length !== FILL_COUNT) throw new SealmatchError('E_INTERNAL', `no fill for chunk ${chunk}`);
    const y = x.map((v) => mulModT(pair.scalar, v, t));
    FILL_POSITIONS.forEach((f, i) => {
      y[f] = (y[f]! + fill[i]!) % t;
    });
    return y;
  })];
}

/** Plaintext coefficients (length N, in [0, t)): value j of block n at X^(at(BLOCK_SHIFTS[n], j)), 0 elsewhere. */
function placeBlocks(x: readonly number[], keys: MacKeys, chunk: number, N: number, t: number, at: (shift: number, j: number) => number): number[] {
  checkLayout(N);
  const out = new Array<number>(N).fill(0);
  blocks(x, keys, chunk, t).forEach((blk, n) => {
    const s = BLOCK_SHIFTS[n]!;
    for (let j = 0; j < BLOCK; j++) out[at(s, j)] = blk[j]!;
  });
  return out;
}

/** Probe plaintext coefficients (length N, in [0, t)): blocks at X^(shift + j). */
export function probeCoefficients(x: readonly number[], keys: MacKeys, chunk: number, N: number, t: number): number[] {
  return placeBlocks(x, keys, chunk, N, t, (s, j) => s + j);
}

/** Reference plaintext coefficients (length N, in [0, t)): blocks reversed at X^(shift + D' - 1 - j). */
export function referenceCoefficients(x: readonly number[], keys: MacKeys, chunk: number, N: number, t: number): number[] {
  return placeBlocks(x, keys, chunk, N, t, (s, j) => s + BLOCK - 1 - j);
}

/** kappa_ij = sum over chunks and PHI of u_i[f] * v_j[f] mod t. */
export function kappa(alpha: MacPair, beta: MacPair, chunks: number, t: number): number {
  let k = 0;
  for (let c = 0; c < chunks; c++) {
    const u = alpha.fills[c]!;
    const v = beta.fills[c]!;
    for (let i = 0; i < FILL_COUNT; i++) k = (k + mulModT(u[i]!, v[i]!, t)) % t;
  }
  return k;
}

/**
 * The custodian's check. `y` are the six decrypted coefficients (residues in [0, t)) at
 * CHECK_COEFFICIENTS. Returns the centred blinded value v = y_0 if all five tag equations hold
 * and |v| <= bound; otherwise undefined (the result is not the honest product of this request's
 * probe with this subject's reference).
 */
export function checkResult(y: readonly number[], alpha: MacKeys, beta: MacKeys, chunks: number, t: number, bound: number): number | undefined {
  if (y.length !== CHECK_COEFFICIENTS.length) return undefined;
  const [v, yE, y2E, y3E, y4E, y6E] = y as [number, number, number, number, number, number];
  const [a1, a2] = [alpha[0].scalar, alpha[1].scalar];
  const [b1, b2] = [beta[0].scalar, beta[1].scalar];
  const k11 = kappa(alpha[0], beta[0], chunks, t);
  const k12 = kappa(alpha[0], beta[1], chunks, t);
  const k21 = kappa(alpha[1], beta[0], chunks, t);
  const k22 = kappa(alpha[1], beta[1], chunks, t);
  const expected = [
    mulModT((a1 + b1) % t, v, t),
    (mulModT(mulModT(a1, b1, t), v, t) + k11) % t,
    mulModT((a2 + b2) % t, v, t),
    (mulModT((mulModT(a1, b2, t) + mulModT(a2, b1, t)) % t, v, t) + k12 + k21) % t,
    (mulModT(mulModT(a2, b2, t), v, t) + k22) % t,
  ];
  let bad = 0;
  [yE, y2E, y3E, y4E, y6E].forEach((got, i) => {
    bad |= got === expected[i] ? 0 : 1;
  });
  if (bad !== 0) return undefined;
  const centred = v >= t / 2 ? v - t : v;
  return Math.abs(centred) <= bound ? centred : undefined;
}
