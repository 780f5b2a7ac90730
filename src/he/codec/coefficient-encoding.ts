/**
 * Coefficient encoding of integer vectors for a one-multiplication inner product
 * (the "reversed reference" trick; e.g. Yasuda et al., "Practical packing method in somewhat
 * homomorphic encryption", DPM 2013). With maxDim D:
 *
 *   probe      P(X) = sum_j p_j X^j
 *   reference  G(X) = sum_j g_j X^(D-1-j)
 *
 * The coefficient of X^(D-1) in P(X)G(X) is sum_j p_j g_j. Both have degree < D <= N/2, so the
 * product has degree < 2D - 1 < N and no negacyclic wrap-around touches coefficient D-1.
 */
import { SealmatchError } from '../../errors.js';

/** Index of the coefficient that carries the inner product. */
export function scoreIndex(maxDim: number): number {
  return maxDim - 1;
}

function toResidue(v: number, t: number): number {
  const r = v % t;
  return r < 0 ? r + t : r;
}

function checkDim(values: ArrayLike<number>, maxDim: number, N: number): void {
  if (values.length > maxDim || 2 * maxDim > N) {
    throw new SealmatchError('E_DIMENSION', `vector of ${values.length} values does not fit maxDim ${maxDim} (N=${N})`);
  }
}

/** Probe coefficients: p_j at X^j, reduced to [0, t). */
export function encodeProbe(values: ArrayLike<number>, maxDim: number, N: number, t: bigint): number[] {
  checkDim(values, maxDim, N);
  const tn = Number(t);
  return Array.from(values, (v) => toResidue(v, tn));
}

/** Reference coefficients: g_j at X^(D-1-j), reduced to [0, t). Length D. */
export function encodeReference(values: ArrayLike<number>, maxDim: number, N: number, t: bigint): number[] {
  checkDim(values, maxDim, N);
  const tn = Number(t);
  const out = new Array<number>(maxDim).fill(0);
  for (let j = 0; j < values.length; j++) out[maxDim - 1 - j] = toResidue(values[j]!, tn);
  return out;
}

/** Maps a residue in [0, t) to its centred representative in [-t/2, t/2). */
export function centre(residue: number, t: bigint): number {
  const tn = Number(t);
  return residue >= tn / 2 ? residue - tn : residue;
}
