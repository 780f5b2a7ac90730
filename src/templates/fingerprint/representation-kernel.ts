/**
 * Seeded random Fourier features (Rahimi and Recht, "Random features for large-scale kernel
 * machines", NIPS 2007) for the Gaussian kernel exp(-gamma/2 * ||a - b||^2) on unit-norm local
 * descriptors, and the synthetic background used to centre the pooled features.
 *
 * z(c)_i = sqrt(2 / D) * cos(w_i . c + b_i), w_i ~ N(0, gamma I), b_i ~ U[0, 2 pi), so that
 * E[z(a) . z(b)] = k(a, b). Everything is drawn from a fixed-seed generator: two terminals and the
 * enrolment station derive bit-identical projections without exchanging them.
 */
import { computeCylinders, type CylinderParams, type PlanarMinutia } from './representation-cylinder.js';

/** mulberry32: small, fast, fully deterministic 32-bit generator (not cryptographic; it need not be). */
export function seededUniform(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(u: () => number): number {
  let a = 0;
  while (a === 0) a = u();
  return Math.sqrt(-2 * Math.log(a)) * Math.cos(TAU * u());
}

const TAU = 2 * Math.PI;

export interface FourierFeatures {
  readonly inputDim: number;
  readonly dim: number;
  /** Adds weight * z(c) to `acc` (length `dim`). */
  accumulate(c: Float64Array, acc: Float64Array, weight?: number): void;
}

/**
 * Builds the seeded feature map; `dim * inputDim` Gaussians, drawn once per (seed, gamma, dims).
 * The draw order (row i = w_i, then the phases) is fixed; the weights are stored transposed so
 * that z(c) is accumulated as sum over the non-zero entries c_k of c_k * W[k, :] (cylinders are
 * ~40% exact zeros), which is both faster and independent of `dim`'s cache behaviour.
 */
export function fourierFeatures(inputDim: number, dim: number, gamma: number, seed: number): FourierFeatures {
  const u = seededUniform(seed);
  const wt = new Float64Array(dim * inputDim);
  const sg = Math.sqrt(gamma);
  for (let i = 0; i < dim; i++) for (let k = 0; k < inputDim; k++) wt[k * dim + i] = gaussian(u) * sg;
  const b = new Float64Array(dim);
  for (let i = 0; i < dim; i++) b[i] = u() * TAU;
  const scale = Math.sqrt(2 / dim);
  const s = new Float64Array(dim);
  return {
    inputDim,
    dim,
    accumulate(c, acc, weight = 1) {
      const f = weight * scale;
      s.set(b);
      for (let k = 0; k < inputDim; k++) {
        const ck = c[k]!;
        if (ck === 0) continue;
        const off = k * dim;
        for (let i = 0; i < dim; i++) s[i]! += ck * wt[off + i]!;
      }
      for (let i = 0; i < dim; i++) acc[i]! += f * Math.cos(s[i]!);
    },
  };
}

/**
 * Synthetic prints for the background mean: uniform positions in a 250 x 330 px window, 25-54
 * minutiae, directions following a smooth (linear-phase) flow plus or minus 180 degrees with
 * +-11 degrees of jitter. No real fingerprint enters the representation; the price is measured in
 * docs/ACCURACY-FINGER.md (a background fit on real prints of other databases does better).
 */
export function syntheticPrints(count: number, seed: number): PlanarMinutia[][] {
  const u = seededUniform(seed);
  const prints: PlanarMinutia[][] = [];
  for (let s = 0; s < count; s++) {
    const n = 25 + Math.floor(u() * 30);
    const a0 = u() * Math.PI;
    const kx = (u() - 0.5) * 0.01;
    const ky = (u() - 0.5) * 0.01;
    const p: PlanarMinutia[] = [];
    for (let i = 0; i < n; i++) {
      const x = 20 + u() * 250;
      const y = 20 + u() * 330;
      const flow = a0 + kx * x + ky * y + (u() < 0.5 ? Math.PI : 0) + (u() - 0.5) * 0.4;
      p.push({ x, y, theta: ((flow % TAU) + TAU) % TAU });
    }
    prints.push(p);
  }
  return prints;
}

/** Mean feature vector E[z(c)] over the cylinders of the given prints (minutiae without neighbours skipped). */
export function meanFeature(prints: readonly PlanarMinutia[][], cyl: CylinderParams, ff: FourierFeatures): Float64Array {
  const acc = new Float64Array(ff.dim);
  let n = 0;
  for (const p of prints) {
    for (const c of computeCylinders(p, cyl)) {
      if (!c) continue;
      ff.accumulate(c, acc);
      n++;
    }
  }
  return acc.map((x) => x / Math.max(n, 1));
}
