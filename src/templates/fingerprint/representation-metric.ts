/**
 * Learned linear projection of the local descriptors (cylinders) for the fixed-length fingerprint
 * representation: a discriminant projection fitted on labelled background prints (impressions of
 * the same fingers that are NOT the prints being compared, e.g. other databases or an enrolment
 * population), in the spirit of Mikolajczyk and Matas, "Improving descriptors for fast tree
 * matching by optimal linear projection", ICCV 2007.
 *
 * Corresponding cylinders of two impressions of one finger are found without alignment: mutual
 * nearest neighbours (cosine) whose similarity exceeds `threshold`. Their differences give the
 * within-match covariance Sw (distortion, missing and spurious neighbours, border effects); the
 * covariance of all background cylinders gives St. The projection keeps the `dim` directions that
 * maximize St / Sw (generalized symmetric eigenproblem St a = lambda Sw a, Sw regularized by
 * `reg` times its mean eigenvalue), scaled so that Sw becomes the identity: in the projected
 * space, genuine correspondences are close and unrelated local structures are far. One refinement
 * round re-finds the correspondences with the projected descriptors.
 *
 * Everything is deterministic (tred2 + tql2 eigendecompositions, representation-whiten.ts; fixed order).
 */
import { symmetricEigen } from './representation-whiten.js';

export interface MetricParams {
  /** Output dimension of the projection. */
  readonly dim: number;
  /** Regularization of Sw, relative to its mean eigenvalue. */
  readonly reg: number;
  /** Cosine above which mutual nearest neighbours count as correspondences. */
  readonly threshold: number;
  /** Refinement rounds (correspondences re-found in the projected space). */
  readonly rounds: number;
}

/** Row-major `inputDim x dim` projection; `project` maps a descriptor to its unit-norm projection. */
export interface DescriptorProjection {
  /** Length of the descriptor projected (the cylinder length). */
  readonly inputDim: number;
  /** Length of the projected, unit-norm descriptor. */
  readonly dim: number;
  /** The projection A, row-major, inputDim x dim values. */
  readonly matrix: Float64Array;
}

/** Unit-norm projection z = normalize(A^T c) of one descriptor (A row-major inputDim x dim). */
export function projectDescriptor(c: Float64Array, matrix: Float64Array, inputDim: number, dim: number, out = new Float64Array(dim)): Float64Array {
  out.fill(0);
  for (let k = 0; k < inputDim; k++) {
    const ck = c[k]!;
    if (ck === 0) continue;
    const off = k * dim;
    for (let j = 0; j < dim; j++) out[j]! += ck * matrix[off + j]!;
  }
  let sq = 0;
  for (let j = 0; j < dim; j++) sq += out[j]! * out[j]!;
  const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  for (let j = 0; j < dim; j++) out[j]! *= inv;
  return out;
}

/**
 * Fits the projection on the descriptors of labelled prints (`descriptors[p]`: the unit-norm
 * descriptors of print p; `labels[p]`: its finger). Returns null when no correspondence is found
 * (e.g. no two prints share a label).
 */
export function fitDescriptorProjection(
  descriptors: readonly Float64Array[][],
  labels: readonly (string | number)[],
  inputDim: number,
  params: MetricParams,
): DescriptorProjection | null {
  const L = inputDim;
  // Total covariance St of all descriptors.
  const mean = new Float64Array(L);
  let count = 0;
  for (const p of descriptors) for (const c of p) {
    for (let i = 0; i < L; i++) mean[i]! += c[i]!;
    count++;
  }
  if (count === 0) return null;
  for (let i = 0; i < L; i++) mean[i]! /= count;
  const St = new Float64Array(L * L);
  const d = new Float64Array(L);
  for (const p of descriptors) for (const c of p) {
    for (let i = 0; i < L; i++) d[i] = c[i]! - mean[i]!;
    addOuter(St, d, L);
  }
  for (let i = 0; i < L * L; i++) St[i]! /= count;

  // Pairs of prints of the same finger.
  const pairs: [number, number][] = [];
  for (let a = 0; a < descriptors.length; a++) {
    for (let b = a + 1; b < descriptors.length; b++) if (labels[a] === labels[b]) pairs.push([a, b]);
  }
  let space: Float64Array[][] = descriptors as Float64Array[][];
  let result: DescriptorProjection | null = null;
  for (let round = 0; round <= params.rounds; round++) {
    const Sw = new Float64Array(L * L);
    let n = 0;
    for (const [a, b] of pairs) {
      for (const [i, j] of mutualNeighbours(space[a]!, space[b]!, params.threshold)) {
        const ca = descriptors[a]![i]!;
        const cb = descriptors[b]![j]!;
        for (let k = 0; k < L; k++) d[k] = ca[k]! - cb[k]!;
        addOuter(Sw, d, L);
        n++;
      }
    }
    if (n === 0) return result;
    let tr = 0;
    for (let i = 0; i < L; i++) tr += Sw[i * L + i]!;
    const ridge = (params.reg * tr) / (n * L);
    for (let i = 0; i < L * L; i++) Sw[i]! /= n;
    for (let i = 0; i < L; i++) Sw[i * L + i]! += ridge;
    // Sw^{-1/2}, then the eigenvectors of Sw^{-1/2} St Sw^{-1/2}.
    const ew = symmetricEigen(Sw, L);
    const isq = new Float64Array(L * L);
    for (let j = 0; j < L; j++) {
      const s = 1 / Math.sqrt(Math.max(ew.values[j]!, 1e-12));
      for (let r = 0; r < L; r++) {
        const vr = ew.vectors[r * L + j]! * s;
        for (let c = 0; c < L; c++) isq[r * L + c]! += vr * ew.vectors[c * L + j]!;
      }
    }
    const M = matmul(matmul(isq, St, L), isq, L);
    for (let r = 0; r < L; r++) for (let c = r + 1; c < L; c++) {
      const s = (M[r * L + c]! + M[c * L + r]!) / 2;
      M[r * L + c] = s;
      M[c * L + r] = s;
    }
    const em = symmetricEigen(M, L);
    const order = Array.from({ length: L }, (_, j) => j).sort((x, y) => em.values[y]! - em.values[x]! || x - y);
    const k = Math.min(params.dim, L);
    const matrix = new Float64Array(L * k);
    for (let c = 0; c < k; c++) {
      const j = order[c]!;
      // Fix the sign (largest-magnitude component positive) so the projection is canonical.
      let big = 0;
      for (let r = 0; r < L; r++) if (Math.abs(em.vectors[r * L + j]!) > Math.abs(big)) big = em.vectors[r * L + j]!;
      const sign = big < 0 ? -1 : 1;
      for (let r = 0; r < L; r++) {
        let s = 0;
        for (let t = 0; t < L; t++) s += isq[r * L + t]! * em.vectors[t * L + j]!;
        matrix[r * k + c] = sign * s;
      }
    }
    result = { inputDim: L, dim: k, matrix };
    if (round < params.rounds) {
      space = descriptors.map((p) => p.map((c) => projectDescriptor(c, matrix, L, k)));
    }
  }
  return result;
}

function addOuter(S: Float64Array, d: Float64Array, L: number): void {
  for (let i = 0; i < L; i++) {
    const di = d[i]!;
    if (di === 0) continue;
    const off = i * L;
    for (let j = 0; j < L; j++) S[off + j]! += di * d[j]!;
  }
}

function matmul(A: Float64Array, B: Float64Array, L: number): Float64Array {
  const C = new Float64Array(L * L);
  for (let i = 0; i < L; i++) {
    for (let t = 0; t < L; t++) {
      const a = A[i * L + t]!;
      if (a === 0) continue;
      const bo = t * L;
      const co = i * L;
      for (let j = 0; j < L; j++) C[co + j]! += a * B[bo + j]!;
    }
  }
  return C;
}

/** Mutual nearest neighbours (by inner product of unit vectors) above `threshold`. */
function mutualNeighbours(A: Float64Array[], B: Float64Array[], threshold: number): [number, number][] {
  const bestA = new Int32Array(A.length).fill(-1);
  const valA = new Float64Array(A.length).fill(-Infinity);
  const bestB = new Int32Array(B.length).fill(-1);
  const valB = new Float64Array(B.length).fill(-Infinity);
  for (let i = 0; i < A.length; i++) {
    const a = A[i]!;
    for (let j = 0; j < B.length; j++) {
      const b = B[j]!;
      let s = 0;
      for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
      if (s > valA[i]!) {
        valA[i] = s;
        bestA[i] = j;
      }
      if (s > valB[j]!) {
        valB[j] = s;
        bestB[j] = i;
      }
    }
  }
  const out: [number, number][] = [];
  for (let i = 0; i < A.length; i++) {
    const j = bestA[i]!;
    if (j >= 0 && bestB[j] === i && valA[i]! > threshold) out.push([i, j]);
  }
  return out;
}
