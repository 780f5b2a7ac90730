/**
 * Face templates: float embeddings (64..1024 dims) -> validated, L2-normalized, quantized int8.
 * Validation happens here, once, at the edge; everything downstream trusts the integer vector.
 *
 * Quantization: q_i = clamp(round(scale * x_i / ||x||), -qMax, qMax). For the face preset
 * scale = 320 and qMax = 127: the largest normalized dlib component in LFW is 0.382
 * (docs/ACCURACY.md), so 0.382 * 320 = 122 < 127 and clamping never fires on that data.
 * Invariant: ||q|| <= scale + sqrt(d)/2, hence |<q_p, q_g>| <= preset.scoreBound.
 */
import { SealmatchError } from '../errors.js';

/** The quantization parameters of a preset an embedding is checked and quantized with. */
export interface QuantizationSpec {
  /** Scale s in q_i = round(s * x_i / ||x||) (320 on the 1:1 presets, 64 on the 1:N ones). */
  readonly quantScale: number;
  /** Bits per value, sign included: values are clamped to ±(2^(quantBits-1) - 1). */
  readonly quantBits: number;
  /** Smallest embedding length accepted (E_DIMENSION below). */
  readonly minDim: number;
  /** Largest embedding length accepted (E_DIMENSION above). */
  readonly maxDim: number;
}

/** An integer template ready for encoding: dimension and int values in [-qMax, qMax]. */
export interface QuantizedTemplate {
  /** Number of values (the embedding's length). */
  readonly dim: number;
  /** The quantized values, each in [-qMax, qMax]. */
  readonly values: Int32Array;
}

/**
 * Checks a float embedding: array-like of finite numbers, length in [minDim, maxDim] and equal to
 * `declaredDim` when given, non-zero norm. Throws E_DIMENSION, E_NON_FINITE or E_ZERO_VECTOR.
 */
export function validateEmbedding(embedding: ArrayLike<number>, spec: QuantizationSpec, declaredDim?: number): void {
  if (embedding === null || typeof embedding !== 'object' || typeof embedding.length !== 'number') {
    throw new SealmatchError('E_INVALID_ARGUMENT', 'embedding must be an array of numbers');
  }
  const d = embedding.length;
  if (declaredDim !== undefined && d !== declaredDim) {
    throw new SealmatchError('E_DIMENSION', `embedding has ${d} values, declared ${declaredDim}`);
  }
  if (d < spec.minDim || d > spec.maxDim) {
    throw new SealmatchError('E_DIMENSION', `embedding has ${d} values, allowed ${spec.minDim}..${spec.maxDim}`);
  }
  let sq = 0;
  for (let i = 0; i < d; i++) {
    const v = embedding[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new SealmatchError('E_NON_FINITE', `embedding[${i}] is ${String(v)}`);
    }
    sq += v * v;
  }
  // A norm this small cannot be normalized meaningfully (and 1/norm may overflow).
  if (!(sq > 1e-30) || !Number.isFinite(sq)) throw new SealmatchError('E_ZERO_VECTOR', 'embedding norm is zero or unusable');
}

/** L2-normalizes a validated embedding (float64). */
export function normalize(embedding: ArrayLike<number>): Float64Array {
  let sq = 0;
  for (let i = 0; i < embedding.length; i++) sq += embedding[i]! * embedding[i]!;
  const inv = 1 / Math.sqrt(sq);
  return Float64Array.from(embedding, (v) => v * inv);
}

/** Validates, normalizes and quantizes an embedding with the preset's scale and bit width. */
export function quantizeEmbedding(embedding: ArrayLike<number>, spec: QuantizationSpec, declaredDim?: number): QuantizedTemplate {
  validateEmbedding(embedding, spec, declaredDim);
  const x = normalize(embedding);
  const qMax = 2 ** (spec.quantBits - 1) - 1;
  const values = new Int32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const q = Math.round(x[i]! * spec.quantScale);
    values[i] = q > qMax ? qMax : q < -qMax ? -qMax : q;
  }
  return { dim: x.length, values };
}

/** Plaintext inner product of two quantized templates (the exact value the encrypted path computes). */
export function quantizedScore(a: QuantizedTemplate, b: QuantizedTemplate): number {
  if (a.dim !== b.dim) throw new SealmatchError('E_DIMENSION', `dimensions differ: ${a.dim} vs ${b.dim}`);
  let s = 0;
  for (let i = 0; i < a.dim; i++) s += a.values[i]! * b.values[i]!;
  return s;
}

/** Cosine similarity of two float embeddings (the unquantized baseline). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new SealmatchError('E_DIMENSION', `dimensions differ: ${a.length} vs ${b.length}`);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return ab / Math.sqrt(aa * bb);
}

/** Integer score threshold for a cosine threshold: ceil(cos * scale^2) (score >= T means match). */
export function scoreThreshold(cosineThreshold: number, quantScale: number): number {
  if (!Number.isFinite(cosineThreshold) || cosineThreshold < -1 || cosineThreshold > 1) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `threshold must be a cosine in [-1, 1], got ${cosineThreshold}`);
  }
  return Math.ceil(cosineThreshold * quantScale * quantScale);
}

/** Rescales an integer score to the cosine scale. */
export function scoreToCosine(score: number, quantScale: number): number {
  return score / (quantScale * quantScale);
}
