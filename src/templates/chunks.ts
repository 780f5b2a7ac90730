/**
 * Long templates (e.g. fingerprint vectors of several thousand values) are matched as K chunks:
 * the vector is split into K = ceil(d / maxDim) contiguous chunks of near-equal length, each
 * validated, L2-normalized and quantized on its own, and the score is the SUM of the K chunk
 * inner products (computed under encryption as K products added in one blinded result). A
 * template of at most maxDim values is one chunk, exactly as before.
 */
import { SealmatchError } from '../errors.js';
import { quantizeEmbedding, quantizedScore, type QuantizationSpec, type QuantizedTemplate } from './face.js';

/** Most chunks a template may have (bounds the blinding range: see blinding-range.ts). */
export const MAX_CHUNKS = 8;

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
  const all = Array.from(values);
  return Array.from({ length: k }, (_, i) => {
    const [a, b] = chunkBounds(all.length, k, i);
    return quantizeEmbedding(all.slice(a, b), spec);
  });
}

/** Plaintext score of chunked templates: sum of chunk inner products (what the encrypted path computes). */
export function chunkedScore(a: QuantizedTemplate[], b: QuantizedTemplate[]): number {
  if (a.length !== b.length) throw new SealmatchError('E_DIMENSION', `chunk counts differ: ${a.length} vs ${b.length}`);
  return a.reduce((s, x, i) => s + quantizedScore(x, b[i]!), 0);
}
