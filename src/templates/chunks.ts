/**
 * Long templates (e.g. fingerprint vectors of several thousand values) are matched as K chunks:
 * the WHOLE vector is validated, L2-normalized and quantized (scale and clamp of the preset, as
 * for a face), then split into K = ceil(d / maxDim) contiguous chunks of near-equal length. The
 * score is the SUM of the K chunk inner products, i.e. exactly the inner product of the whole
 * quantized vectors (computed under encryption as K products added in one blinded result), so
 * it is in the same units as a one-chunk score (cosine * scale^2), with
 * |score| <= (scale + sqrt(d)/2)^2 (`chunkedScoreBound`). A template of at most maxDim values is
 * one chunk, exactly as before.
 */
import { SealmatchError } from '../errors.js';
import { quantizeEmbedding, quantizedScore, type QuantizationSpec, type QuantizedTemplate } from './face.js';

import { MAX_CHUNKS } from '../params/bounds.js';
export { chunkedScoreBound, MAX_CHUNKS } from '../params/bounds.js';

/** Number of chunks for a template of `dim` values. */
export function chunkCount(dim: number, spec: QuantizationSpec): number {
  if (!Number.isInteger(dim) || dim < spec.minDim) throw new SealmatchError('E_DIMENSION', `dimension ${dim} below ${spec.minDim}`);
  const k = Math.ceil(dim / spec.maxDim);
  if (k > MAX_CHUNKS) throw new SealmatchError('E_DIMENSION', `dimension ${dim} above ${MAX_CHUNKS * spec.maxDim}`);
  if (Math.floor(dim / k) < spec.minDim) throw new SealmatchError('E_DIMENSION', `chunks of ${dim}/${k} values are below ${spec.minDim}`);
  return k;
}

/** [start, end) of chunk i of a `dim`-value template split into k chunks. */
export function chunkBounds(dim: number, k: number, i: number): [number, number] {
  return [Math.floor((i * dim) / k), Math.floor(((i + 1) * dim) / k)];
}

/** Validates and quantizes a template chunk by chunk. */
export function quantizeChunks(values: ArrayLike<number>, spec: QuantizationSpec, declaredDim?: number): QuantizedTemplate[] {
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    throw new SealmatchError('E_INVALID_ARGUMENT', 'template must be an array of numbers');
  }
  if (declaredDim !== undefined && values.length !== declaredDim) throw new SealmatchError('E_DIMENSION', `template has ${values.length} values, declared ${declaredDim}`);
  const k = chunkCount(values.length, spec);
  const whole = quantizeEmbedding(values, { ...spec, maxDim: k * spec.maxDim });
  return Array.from({ length: k }, (_, i) => {
    const [a, b] = chunkBounds(values.length, k, i);
    return { dim: b - a, values: whole.values.slice(a, b) };
  });
}

/** Plaintext score of chunked templates: sum of chunk inner products = whole inner product (what the encrypted path computes). */
export function chunkedScore(a: QuantizedTemplate[], b: QuantizedTemplate[]): number {
  if (a.length !== b.length) throw new SealmatchError('E_DIMENSION', `chunk counts differ: ${a.length} vs ${b.length}`);
  return a.reduce((s, x, i) => s + quantizedScore(x, b[i]!), 0);
}
