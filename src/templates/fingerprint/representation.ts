/**
 * Fixed-length, alignment-free fingerprint representation for encrypted inner-product matching.
 *
 * `minutiaeToVector(record)` turns one finger view's minutiae into a Float64Array of FINGER_DIM
 * (8192 = FINGER_CHUNKS x 1024) values. `quantizeFingerVector(vector, preset)` quantizes it chunk by
 * chunk exactly like the encrypted path (src/templates/chunks.ts: each 1024-value chunk
 * L2-normalized, scaled by the preset's 320 and clamped to int8), and `fingerScore(a, b)` is the sum
 * of the chunk inner products: exactly what the encrypted 1:1 path computes.
 *
 * Method ("pooled cylinder kernel, learned projection, whitened"):
 *   1. every minutia gets a local descriptor in its own frame, a simplified Minutia Cylinder-Code
 *      (representation-cylinder.ts; Cappelli, Ferrara, Maltoni, TPAMI 2010);
 *   1b. when the background was fitted with finger labels (`fitBackground(records, 0, labels)`),
 *      each cylinder is projected to 128 dimensions by a discriminant projection learned on the
 *      background's genuine correspondences (mutual nearest cylinders of two impressions of one
 *      finger; representation-metric.ts) and re-normalized: the variation between corresponding
 *      cylinders (distortion, missing / spurious neighbours, print border) is shrunk relative to
 *      the variation between unrelated cylinders, so the kernel below separates matches better;
 *   2. each descriptor c is mapped through seeded random Fourier features z (Rahimi and Recht 2007)
 *      of the Gaussian kernel k(a, b) = exp(-gamma/2 ||a - b||^2) (representation-kernel.ts),
 *      gamma 4, D 8192 (the cross-talk of random features falls like 1/sqrt(D));
 *   3. pooled: v = sum_i w_i z(c_i) - (sum_i w_i) mu, mu a background mean of z, w_i the
 *      minutia's reliability weight from its reported quality (`minutiaWeight`: q / 100, 1 when
 *      not reported; the same weight scales its contributions to its neighbours' cylinders);
 *   4. whitened: the components of v along the principal directions of background prints (pooled
 *      vectors of OTHER fingers, normalized; a fitted background adds two random partial crops
 *      of each print) are shrunk by sqrt(lambda t / (e_j + lambda t)),
 *      e_j the direction's variance, t the mean variance per dimension, lambda = 1. The directions
 *      in which all fingers vary together (common ridge-flow structure) stop dominating the
 *      cosine; this is what takes the method from ~9% to ~6% EER (docs/ACCURACY-FINGER.md); the
 *      learned projection and the crops take it below 5% (LODO).
 *   The inner product of two vectors approximates a centred, whitened sum-match kernel: every pair
 *   of local structures that look alike adds to the score wherever it sits on the finger, so no
 *   alignment is needed.
 *
 * Background: `fitBackground(records, view?, labels?)` fits mean and whitening (and, with labels,
 * the descriptor projection) on real prints (an enrolment population, or in the benches other
 * collections: leave-one-database/collection-out). With labels the whitening is fitted on
 * within-finger scatter (each print and crop minus its finger's mean; in the spirit of WCCN,
 * Hatch, Kajarekar and Stolcke, ICSLP 2006), so it shrinks how impressions of one finger differ
 * (distortion, partial overlap) and never the identity of a training finger; without labels it
 * is fitted on the pooled vectors, which shrinks the directions the background prints share and,
 * when several impressions of one finger are among them, that finger's identity too: fit an
 * unlabelled background on one print per finger, never on the prints being compared.
 * The default, `'shipped'`, is a labelled fit on the four public FVC2002 B sets shipped as a
 * generated constant (shipped-background.ts, one per representation dimension: 8,192 for 1:1, 512
 * for 1:N; statistics only, no print). `'synthetic'` fits mean and whitening on seeded synthetic
 * prints (no real print at all; much weaker on unseen sensors, docs/ACCURACY-FINGER.md).
 *
 * Invariances: translation and rotation of the finger (descriptors live in each minutia's frame),
 * order of minutiae (a sum in canonical order), the ISO header's image size and resolution (never
 * read). Not invariant to scale (a 500 dpi sensor is assumed) or to minutia type (not used:
 * endings and bifurcations swap under pressure). Minutia quality weighs each minutia when the
 * record reports it (NBIS .xyt: mindtct's reliability); FVC2002 reports none (0), so its vectors
 * are those of unit weights.
 *
 * Parameters (radius 70 px, 8x8 cells, 6 direction bins, sigmaS 9 px, sigmaD 0.7 rad, saturation
 * 0.5, gamma 4, D 8192, lambda 1, seeds 0x5ea1f1 and 0xb0c6) were chosen by measuring on FVC2002
 * DB1-DB4 B, the development data: the doc's numbers are therefore optimistic for unseen data.
 *
 * Cost: O(n k c) for the cylinders plus O(n D L') for the features (L' = non-zero cylinder
 * entries, ~190 of 312; 128 with the learned projection) and O(r D) for the whitening (r
 * background directions, up to 3 per background print): ~50-150 ms for 40 minutiae. A
 * labelled fit on 240 prints takes ~20 s. The first call draws the projection (D x L Gaussians,
 * 20 MB) and decodes the shipped background (or fits the synthetic one, a few seconds), cached
 * afterwards.
 *
 * Small inputs: a record with 1 to ~4 minutiae still gives a vector (a minutia without a neighbour
 * within ~97 px contributes the features of a flat cylinder), but it carries little identity and
 * matches poorly; callers should enforce a minimum count by policy. No minutiae at all, a missing
 * view or non-finite values are E_MALFORMED_RECORD.
 */
import { SealmatchError } from '../../errors.js';
import { quantizeChunks } from '../chunks.js';
import type { QuantizationSpec } from '../face.js';
import type { MinutiaeRecord } from './model.js';
import { computeCylinders, cylinderLength, type CylinderParams, type PlanarMinutia } from './representation-cylinder.js';
import { fourierFeatures, seededUniform, syntheticPrints, type FourierFeatures } from './representation-kernel.js';
import { fitDescriptorProjection, projectDescriptor, type DescriptorProjection, type MetricParams } from './representation-metric.js';
import { symmetricEigen } from './representation-whiten.js';
import { shippedFingerBackground, shippedFingerIdentifyBackground } from './shipped-background.js';

/** Values per encrypted inner product (the face preset's maximum dimension). */
export const FINGER_CHUNK_DIM = 1024;
/** Number of inner products (chunks) one finger template is matched as. */
export const FINGER_CHUNKS = 8;
/** Length of every vector `minutiaeToVector` returns. */
export const FINGER_DIM = FINGER_CHUNKS * FINGER_CHUNK_DIM;

/** Cylinder parameters of the representation (pixels at ~500 dpi, radians). */
export const FINGER_CYLINDER: CylinderParams = Object.freeze({
  radius: 70,
  cells: 8,
  dirBins: 6,
  sigmaS: 9,
  sigmaD: 0.7,
  saturation: 0.5,
});

/** Kernel bandwidth gamma of exp(-gamma/2 ||a - b||^2) on unit cylinders (= exp(gamma (cos - 1))). */
export const FINGER_KERNEL_GAMMA = 4;
/** Whitening regularization lambda (relative to the mean variance per dimension). */
export const FINGER_WHITEN_LAMBDA = 1;
/**
 * Learned descriptor projection (representation-metric.ts), fitted by `fitBackground` when finger
 * labels are given: 312 -> 128 dimensions, Sw ridge 0.3, correspondences at cosine > 0.6, one
 * refinement round.
 */
export const FINGER_METRIC: MetricParams = Object.freeze({ dim: 128, reg: 0.3, threshold: 0.6, rounds: 1 });
/**
 * Partial-print augmentation of a fitted background: besides each print's own pooled vector, the
 * whitening sees FINGER_BACKGROUND_CROPS pooled vectors of the same print cut by a random
 * straight line (keeping a uniform 60-100% of its minutiae): more, and more realistic
 * (partial-overlap), directions of variation between prints than N prints alone give.
 */
export const FINGER_BACKGROUND_CROPS = 2;
const CROP_MIN_FRACTION = 0.6;
const CROP_SEED = 0xc40f;
const FEATURE_SEED = 0x5ea1f1;
const BACKGROUND_SEED = 0xb0c6;
const BACKGROUND_PRINTS = 240;

/**
 * Background statistics: per-minutia mean of the features, and whitening directions (unit
 * vectors, row-major `rank x dim`) with the factor each direction's component is multiplied by.
 */
export interface FingerBackground {
  /** Mean feature vector per minutia over the background collection (dim values), subtracted before whitening. */
  readonly mean: Float64Array;
  /** Whitening directions: rank unit vectors of dim values each, row-major. */
  readonly directions: Float64Array;
  /** Per direction, the factor its component is multiplied by (rank values). */
  readonly factors: Float64Array;
  /**
   * Learned projection of the cylinders (row-major cylinderLength x dim), present when the
   * background was fitted with finger labels: the features are then computed on the unit-norm
   * projected cylinders instead of the raw ones.
   */
  readonly projection?: DescriptorProjection;
}

/**
 * What the whitening of a labelled fit is fitted on: `'within'` (default) the within-finger
 * scatter (impressions and crops minus their finger's mean), `'total'` the pooled vectors
 * themselves (the pre-2026-12-02 behaviour, which shrinks the training fingers' own identities).
 * An unlabelled fit always uses the pooled vectors.
 */
export type FingerWhitening = 'within' | 'total';

/** Options of the minutiae -> vector representation (which view, which background). */
export interface RepresentationOptions {
  /** Index of the finger view to use (default 0). */
  view?: number;
  /**
   * `'shipped'` (the default: projection, mean and within-finger whitening fitted on the four
   * public FVC2002 B sets, shipped-background.ts, one constant per representation dimension),
   * `'synthetic'` (mean and whitening fitted on seeded synthetic prints), `'none'` (no centring, no whitening), a
   * `FingerBackground` from `fitBackground` (e.g. on a deployment's own labelled enrolments), or a
   * bare mean (Float64Array of the representation's dimension: centring only).
   */
  background?: 'shipped' | 'synthetic' | 'none' | Float64Array | FingerBackground;
}

/** A representation with its own dimension and kernel (the exported functions use the default one). */
export interface FingerRepresentation {
  readonly dim: number;
  readonly gamma: number;
  toVector(record: MinutiaeRecord, options?: RepresentationOptions): Float64Array;
  /** `labels[i]`: the finger of `records[i]` (optional; enables the learned descriptor projection). */
  fit(records: readonly MinutiaeRecord[], view?: number, labels?: readonly (string | number)[]): FingerBackground;
}

/**
 * Reliability weight of a minutia from its stored quality: quality / 100 for a reported quality
 * 1..100 (ISO/IEC 19794-2 and ANSI/INCITS 378 minutia quality; NBIS mindtct writes its
 * reliability x 100 there), 1 when none is reported (0 "not reported" in ISO 19794-2:2005 and
 * ANSI 378, null when the format stores none, the 2011 edition's special codes above 100).
 * Weighted minutiae count that much in the pooled vector and as neighbours in the cylinders
 * (representation-cylinder.ts): low-quality minutiae of a minutiae extractor are mostly spurious
 * (print border, noisy regions), and the background, fitted on FVC2002 records without any
 * quality, never learned to discount them. Measured on the two NBIS collections, which the
 * shipped background never saw (docs/ACCURACY-FINGER.md): EER U.are.U 8.90% -> 2.86%,
 * CrossMatch 2.72% -> 0.92%. Records without quality (FVC2002) get bit-identical vectors.
 */
export function minutiaWeight(quality: number | null): number {
  return quality !== null && quality >= 1 && quality <= 100 ? quality / 100 : 1;
}

/** Minutiae of one view in y-up coordinates, with their reliability weights; validates at the edge. */
function planarMinutiae(record: MinutiaeRecord, view: number): PlanarMinutia[] {
  if (record === null || typeof record !== 'object' || !Array.isArray(record.views)) {
    throw new SealmatchError('E_MALFORMED_RECORD', 'not a parsed minutiae record');
  }
  if (!Number.isInteger(view) || view < 0) throw new SealmatchError('E_INVALID_ARGUMENT', `view must be a non-negative integer, got ${view}`);
  const v = record.views[view];
  if (!v) throw new SealmatchError('E_MALFORMED_RECORD', `record has ${record.views.length} view(s), no view ${view}`, { field: 'views' });
  if (!Array.isArray(v.minutiae) || v.minutiae.length === 0) {
    throw new SealmatchError('E_MALFORMED_RECORD', `view ${view} has no minutiae`, { field: 'minutiae' });
  }
  const planar = v.minutiae.map((m, i) => {
    if (!Number.isFinite(m.x) || !Number.isFinite(m.y) || !Number.isFinite(m.angleDegrees)) {
      throw new SealmatchError('E_MALFORMED_RECORD', `minutia ${i} has a non-finite field`, { field: 'minutiae', index: i });
    }
    // ISO/ANSI: origin top-left, y down, angles counter-clockwise -> flip y so angles and
    // positions rotate together.
    return { x: m.x, y: -m.y, theta: (m.angleDegrees * Math.PI) / 180, weight: minutiaWeight(m.quality) };
  });
  // Canonical order, so that floating-point sums do not depend on the record's minutia order:
  // permuting minutiae gives a bit-identical vector.
  return planar.sort((a, b) => a.x - b.x || a.y - b.y || a.theta - b.theta);
}

/**
 * Builds a representation of dimension `dim` (a multiple of nothing in particular) and kernel
 * `gamma`; `shipped`, when given, is the background option `'shipped'` and the default (else the
 * default is `'synthetic'`). `whitening` says what a labelled fit whitens (FingerWhitening).
 */
export function createFingerRepresentation(
  dim: number,
  gamma: number,
  lambda = FINGER_WHITEN_LAMBDA,
  shipped?: () => FingerBackground,
  whitening: FingerWhitening = 'within',
): FingerRepresentation {
  const featureMaps = new Map<number, FourierFeatures>();
  let synthetic: FingerBackground | undefined;
  const cylLen = cylinderLength(FINGER_CYLINDER);
  const flatCylinder = new Float64Array(cylLen).fill(1 / Math.sqrt(cylLen));
  /** Seeded feature map for descriptors of `inputDim` values (raw cylinders or their projection). */
  const featureMap = (inputDim: number): FourierFeatures => {
    let ff = featureMaps.get(inputDim);
    if (!ff) {
      ff = fourierFeatures(inputDim, dim, gamma, FEATURE_SEED);
      featureMaps.set(inputDim, ff);
    }
    return ff;
  };

  /** Unit-norm cylinders of one print; a minutia without neighbours gets the flat cylinder. */
  function descriptors(minutiae: PlanarMinutia[]): Float64Array[] {
    return computeCylinders(minutiae, FINGER_CYLINDER).map((c) => c ?? flatCylinder);
  }

  /**
   * Weighted sum of features and total weight of the contributing minutiae (the uncentred pooled
   * vector; `weights[i]` of cylinder i, 1 when absent).
   */
  function pooledDescriptors(cylinders: Float64Array[], weights: readonly number[], projection?: DescriptorProjection): { sum: Float64Array; count: number } {
    const sum = new Float64Array(dim);
    const ff = featureMap(projection ? projection.dim : cylLen);
    const z = projection ? new Float64Array(projection.dim) : undefined;
    let count = 0;
    cylinders.forEach((c, i) => {
      const w = weights[i] ?? 1;
      count += w;
      if (w > 0) ff.accumulate(projection ? projectDescriptor(c, projection.matrix, projection.inputDim, projection.dim, z) : c, sum, w);
    });
    return { sum, count };
  }
  const weightsOf = (minutiae: readonly PlanarMinutia[]) => minutiae.map((m) => m.weight ?? 1);
  const pooled = (minutiae: PlanarMinutia[], projection?: DescriptorProjection) => pooledDescriptors(descriptors(minutiae), weightsOf(minutiae), projection);

  /**
   * Pooled vectors of a background print and of `crops` partial versions of it (minutiae on one
   * side of a random line, a uniform CROP_MIN_FRACTION..1 of them), each feature computed once.
   */
  function pooledWithCrops(
    minutiae: PlanarMinutia[],
    cylinders: Float64Array[],
    projection: DescriptorProjection | undefined,
    crops: number,
    u: () => number,
  ): { sum: Float64Array; count: number }[] {
    const n = minutiae.length;
    const weights = weightsOf(minutiae);
    const masks: Uint8Array[] = [];
    for (let k = 0; k < crops; k++) {
      const a = u() * 2 * Math.PI;
      const frac = CROP_MIN_FRACTION + (1 - CROP_MIN_FRACTION) * u();
      const proj = minutiae.map((m) => m.x * Math.cos(a) + m.y * Math.sin(a));
      const sorted = [...proj].sort((x, y) => x - y);
      const cut = sorted[Math.min(n - 1, Math.max(0, Math.ceil(frac * n) - 1))]!;
      masks.push(Uint8Array.from(proj, (p) => (p <= cut ? 1 : 0)));
    }
    const total = (keep: (i: number) => boolean) => weights.reduce((s, w, i) => (keep(i) ? s + w : s), 0);
    const out = [{ sum: new Float64Array(dim), count: total(() => true) }, ...masks.map((m) => ({ sum: new Float64Array(dim), count: total((i) => m[i] === 1) }))];
    const ff = featureMap(projection ? projection.dim : cylLen);
    const z = projection ? new Float64Array(projection.dim) : undefined;
    const f = new Float64Array(dim);
    cylinders.forEach((c, i) => {
      f.fill(0);
      if (!(weights[i]! > 0)) return;
      ff.accumulate(projection ? projectDescriptor(c, projection.matrix, projection.inputDim, projection.dim, z) : c, f, weights[i]!);
      for (let t = 0; t < out.length; t++) {
        if (t > 0 && masks[t - 1]![i] === 0) continue;
        const acc = out[t]!.sum;
        for (let j = 0; j < dim; j++) acc[j]! += f[j]!;
      }
    });
    return out.filter((p) => p.count > 0);
  }

  function apply(p: { sum: Float64Array; count: number }, bg: FingerBackground | Float64Array | null): Float64Array {
    const v = p.sum;
    if (!bg) return v;
    const mean = bg instanceof Float64Array ? bg : bg.mean;
    for (let i = 0; i < dim; i++) v[i]! -= p.count * mean[i]!;
    if (bg instanceof Float64Array) return v;
    const { directions, factors } = bg;
    for (let r = 0; r < factors.length; r++) {
      const off = r * dim;
      let c = 0;
      for (let i = 0; i < dim; i++) c += v[i]! * directions[off + i]!;
      c *= factors[r]! - 1;
      for (let i = 0; i < dim; i++) v[i]! += c * directions[off + i]!;
    }
    return v;
  }

  /**
   * Mean and whitening from pooled vectors. `groups[a]` (optional) is the finger of `prints[a]`:
   * with it and `whitening = 'within'`, the whitening directions are those of the within-finger
   * scatter (each normalized, centred vector minus its finger's mean vector), not of the pooled
   * vectors themselves.
   */
  function fitPooled(prints: { sum: Float64Array; count: number }[], projection?: DescriptorProjection, groups?: readonly number[]): FingerBackground {
    const mean = new Float64Array(dim);
    let n = 0;
    for (const p of prints) {
      for (let i = 0; i < dim; i++) mean[i]! += p.sum[i]!;
      n += p.count;
    }
    for (let i = 0; i < dim; i++) mean[i]! /= n;
    // Centred, unit-norm pooled vectors X (N x dim); principal directions from the N x N Gram matrix.
    const N = prints.length;
    const X = prints.map((p) => {
      const x = apply({ sum: Float64Array.from(p.sum), count: p.count }, mean);
      let sq = 0;
      for (let i = 0; i < dim; i++) sq += x[i]! * x[i]!;
      const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
      for (let i = 0; i < dim; i++) x[i]! *= inv;
      return x;
    });
    if (groups && whitening === 'within') withinFingerDeviations(X, groups);
    const G = new Float64Array(N * N);
    for (let a = 0; a < N; a++) {
      for (let b = a; b < N; b++) {
        let s = 0;
        const xa = X[a]!;
        const xb = X[b]!;
        for (let i = 0; i < dim; i++) s += xa[i]! * xb[i]!;
        G[a * N + b] = s;
        G[b * N + a] = s;
      }
    }
    const { values, vectors } = symmetricEigen(G, N);
    // Variance of direction j is lambda_j / N; the mean variance per dimension is trace / (N dim).
    let trace = 0;
    for (let j = 0; j < N; j++) trace += Math.max(values[j]!, 0);
    const floor = (lambda * trace) / (N * dim);
    const keep: number[] = [];
    for (let j = 0; j < N; j++) if (values[j]! > 1e-10 * trace) keep.push(j);
    const directions = new Float64Array(keep.length * dim);
    const factors = new Float64Array(keep.length);
    keep.forEach((j, r) => {
      const lam = values[j]!;
      const inv = 1 / Math.sqrt(lam);
      const off = r * dim;
      for (let a = 0; a < N; a++) {
        const w = vectors[a * N + j]! * inv;
        const xa = X[a]!;
        for (let i = 0; i < dim; i++) directions[off + i]! += w * xa[i]!;
      }
      factors[r] = Math.sqrt(floor / (lam / N + floor));
    });
    return projection ? { mean, directions, factors, projection } : { mean, directions, factors };
  }

  /** Replaces each row of X by its deviation from the mean row of its group (in place). */
  function withinFingerDeviations(X: Float64Array[], groups: readonly number[]): void {
    const means = new Map<number, { sum: Float64Array; n: number }>();
    X.forEach((x, a) => {
      const g = groups[a]!;
      let m = means.get(g);
      if (!m) means.set(g, (m = { sum: new Float64Array(dim), n: 0 }));
      for (let i = 0; i < dim; i++) m.sum[i]! += x[i]!;
      m.n++;
    });
    X.forEach((x, a) => {
      const m = means.get(groups[a]!)!;
      for (let i = 0; i < dim; i++) x[i]! -= m.sum[i]! / m.n;
    });
  }

  function backgroundFor(option: RepresentationOptions['background']): FingerBackground | Float64Array | null {
    if (option === 'shipped') {
      if (!shipped) throw new SealmatchError('E_INVALID_ARGUMENT', `no shipped background for the ${dim}-value representation`);
      return shipped();
    }
    if (option === undefined && shipped) return shipped();
    if (option === undefined || option === 'synthetic') {
      synthetic ??= fitPooled(syntheticPrints(BACKGROUND_PRINTS, BACKGROUND_SEED).map((p) => pooled(p)));
      return synthetic;
    }
    if (option === 'none') return null;
    const finite = (a: unknown, len: number): a is Float64Array => a instanceof Float64Array && a.length === len && a.every(Number.isFinite);
    if (option instanceof Float64Array) {
      if (!finite(option, dim)) throw new SealmatchError('E_INVALID_ARGUMENT', `background must be a finite Float64Array of ${dim} values`);
      return option;
    }
    const bg = option as FingerBackground;
    if (
      bg === null ||
      typeof bg !== 'object' ||
      !finite(bg.mean, dim) ||
      !(bg.factors instanceof Float64Array) ||
      !finite(bg.factors, bg.factors.length) ||
      !finite(bg.directions, bg.factors.length * dim) ||
      (bg.projection !== undefined &&
        (bg.projection === null ||
          typeof bg.projection !== 'object' ||
          bg.projection.inputDim !== cylLen ||
          !Number.isInteger(bg.projection.dim) ||
          bg.projection.dim < 1 ||
          !finite(bg.projection.matrix, cylLen * bg.projection.dim)))
    ) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `background must come from fitBackground (dimension ${dim})`);
    }
    return bg;
  }

  return {
    dim,
    gamma,
    toVector(record, options = {}) {
      const background = backgroundFor(options.background);
      const projection = background && !(background instanceof Float64Array) ? background.projection : undefined;
      return apply(pooled(planarMinutiae(record, options.view ?? 0), projection), background);
    },
    fit(records, view = 0, labels) {
      if (records.length === 0) throw new SealmatchError('E_INVALID_ARGUMENT', 'fitBackground needs at least one record');
      if (labels !== undefined && (!Array.isArray(labels) || labels.length !== records.length)) {
        throw new SealmatchError('E_INVALID_ARGUMENT', `labels must be an array of ${records.length} finger labels`);
      }
      const planar = records.map((r) => planarMinutiae(r, view));
      const cylinders = planar.map((m) => descriptors(m));
      const projection = labels ? (fitDescriptorProjection(cylinders, labels, cylLen, FINGER_METRIC) ?? undefined) : undefined;
      const u = seededUniform(CROP_SEED);
      const fingerOf = labels ? new Map([...new Set(labels)].map((l, k) => [l, k])) : undefined;
      const prints: { sum: Float64Array; count: number }[] = [];
      const groups: number[] = [];
      planar.forEach((m, i) => {
        for (const p of pooledWithCrops(m, cylinders[i]!, projection, FINGER_BACKGROUND_CROPS, u)) {
          prints.push(p);
          groups.push(fingerOf ? fingerOf.get(labels![i]!)! : i);
        }
      });
      return fitPooled(prints, projection, fingerOf ? groups : undefined);
    },
  };
}

const standard = createFingerRepresentation(FINGER_DIM, FINGER_KERNEL_GAMMA, FINGER_WHITEN_LAMBDA, shippedFingerBackground);

/**
 * Fixed-length vector (FINGER_DIM values) of one finger view: translation-, rotation- and
 * order-invariant; deterministic (seeded). Quantize it with `quantizeFingerVector`.
 *
 * @example
 *   const bg = fitBackground(enrolmentRecords, 0, labels); // optional: a background of the deployment's own sensor
 *   const v = minutiaeToVector(parseMinutiaeRecord(bytes), { background: bg });
 *   const t = quantizeFingerVector(v, getPreset('sm1-bgv4096-face-1to1'));
 */
export function minutiaeToVector(record: MinutiaeRecord, options: RepresentationOptions = {}): Float64Array {
  return standard.toVector(record, options);
}

/**
 * Background (mean and whitening) fitted on real records (e.g. an enrolment population, or other
 * databases in a leave-one-database-out evaluation). Never fit it on the pairs being scored.
 * Cost: one vector per record plus O(N^2 D + N^3) for N records.
 */
export function fitBackground(records: readonly MinutiaeRecord[], view = 0, labels?: readonly (string | number)[]): FingerBackground {
  return standard.fit(records, view, labels);
}

/**
 * The K = length / 1024 int8 chunks of a finger vector, concatenated (K x 1024 values): each
 * chunk L2-normalized, scaled and clamped by the preset, exactly as src/templates/chunks.ts and
 * the encrypted path quantize a long template.
 */
export function quantizeFingerVector(vec: ArrayLike<number>, preset: QuantizationSpec): Int32Array {
  const chunks = quantizeChunks(vec, preset);
  const out = new Int32Array(chunks.reduce((n, c) => n + c.dim, 0));
  let off = 0;
  for (const c of chunks) {
    out.set(c.values, off);
    off += c.dim;
  }
  return out;
}

/** Encrypted-path score of two quantized finger templates: the sum of the chunk inner products. */
export function fingerScore(a: Int32Array, b: Int32Array): number {
  if (a.length !== b.length) throw new SealmatchError('E_DIMENSION', `template lengths differ: ${a.length} vs ${b.length}`);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * Score of `fingerScore` as a cosine: score / scale^2 (the whole template is normalized before it
 * is split into chunks, so the chunk sum is the whole inner product; `chunks` is kept for callers).
 */
export function fingerScoreToCosine(score: number, chunks: number, quantScale: number): number {
  void chunks;
  return score / (quantScale * quantScale);
}


/** Values of the 1:N fingerprint template: one 512-value product per gallery slot (preset `sm1-bgv4096-finger-1toN`). */
export const FINGER_1TON_DIM = 512;
/** Kernel bandwidth of the 512-value representation (measured on FVC2002 B: 3 beats 4 at this dimension). */
export const FINGER_1TON_GAMMA = 3;

let identifyRepresentation: FingerRepresentation | undefined;

/**
 * The 1:N fingerprint representation: the same pipeline (cylinders, optional learned projection,
 * random Fourier features, centring, whitening) at FINGER_1TON_DIM values, so one gallery column
 * per value fits the 512-D 1:N machinery. Coarser than the 8,192-value 1:1 vector (more
 * random-feature cross-talk): docs/ACCURACY-FINGER.md gives both. Its default background is its
 * own shipped constant (same recipe and prints as the 1:1 one); another background for it must be
 * fitted with its own `fit` (dimensions differ from the 1:1 background).
 */
export function fingerIdentifyRepresentation(): FingerRepresentation {
  identifyRepresentation ??= createFingerRepresentation(FINGER_1TON_DIM, FINGER_1TON_GAMMA, FINGER_WHITEN_LAMBDA, shippedFingerIdentifyBackground);
  return identifyRepresentation;
}

/** One finger view -> the 512-value float vector for the 1:N gallery (quantize it with the 1:N preset). */
export function minutiaeToIdentifyVector(record: MinutiaeRecord, options: RepresentationOptions = {}): Float64Array {
  return fingerIdentifyRepresentation().toVector(record, options);
}
