/**
 * @module templates/fusion
 * Fused references (issue #13 item 4): ONE reference of a composite modality, whose template is
 * the concatenation of its parts, each part validated and quantized on its own exactly as the
 * single-modality path quantizes it (src/templates/chunks.ts: the whole part L2-normalized,
 * scaled, clamped, then split into chunks). The fused template is the parts' chunks in the
 * composition's order, so under an authenticated preset it is an ordinary chunked reference:
 * one subject reference, one MAC seed, one threshold, chunks sharing the request's alpha and the
 * reference's beta (docs/THREAT-MODEL.md, "Fused references").
 *
 * Weights are integers fixed by the composition (never chosen per request, never applied by the
 * matcher): the terminal multiplies part i of its PROBE by w_i, so the fused score
 *   s = sum_i w_i <p_i, g_i>
 * is inside the probe ciphertext the tags authenticate, and is compared with the threshold
 * T = W * ceil(theta * scale^2), W = sum_i w_i, theta a threshold on the weighted mean cosine
 * sum_i w_i cos_i / W (the legacy preset's `weightedResult` uses the same integer threshold).
 *
 * Security note: this module checks shapes and values (part count, modalities, dimensions,
 * finiteness, via quantizeChunks); it does not know who supplied the parts (the enrolling desk
 * is trusted to capture them from one subject).
 */
import { SealmatchError } from '../errors.js';
import { MAX_CHUNKS, MAX_FUSED_CHUNKS, fusedBlindFactor, type WeightedPart } from '../params/bounds.js';
import { listPresets } from '../params/presets.js';
import { chunkCount, quantizeChunks } from './chunks.js';
import { scoreThreshold, type QuantizationSpec, type QuantizedTemplate } from './face.js';

/** A single-modality part of a fused reference. */
export type PartModality = 'face' | 'finger';

/** A composite modality: the parts of a fused reference, in order. */
export type CompositeModality = 'finger+finger' | 'face+finger';

/** One part of a composition: its modality and its integer weight in the fused score. */
export interface CompositionPart {
  /** Modality of the part (its embedding is quantized as that modality's single reference would be). */
  readonly modality: PartModality;
  /** Integer weight w_i >= 1 the terminal multiplies this part of its probe by. */
  readonly weight: number;
}

/** A composition: its parts, their weights and the default fused threshold. */
export interface Composition {
  /** The composite modality it defines. */
  readonly modality: CompositeModality;
  /** Parts in template order. */
  readonly parts: readonly CompositionPart[];
  /** Default threshold on the weighted mean cosine sum_i w_i cos_i / W (docs/ACCURACY-FINGER.md). */
  readonly defaultThresholdCosine: number;
}

/**
 * The compositions a fused reference may have. Weights: two fingers 1:1; face 6 : finger 1 as
 * the legacy preset's DEFAULT_FUSION. Default thresholds: the quantized fused cosine at FMR 1%
 * of bench/accuracy-fusion-auth.ts under the shipped default background (docs/ACCURACY-FINGER.md,
 * "Fused references").
 */
export const COMPOSITIONS: Readonly<Record<CompositeModality, Composition>> = Object.freeze({
  'finger+finger': Object.freeze({
    modality: 'finger+finger',
    parts: Object.freeze([Object.freeze({ modality: 'finger', weight: 1 }), Object.freeze({ modality: 'finger', weight: 1 })]),
    defaultThresholdCosine: 0.103,
  }),
  'face+finger': Object.freeze({
    modality: 'face+finger',
    parts: Object.freeze([Object.freeze({ modality: 'face', weight: 6 }), Object.freeze({ modality: 'finger', weight: 1 })]),
    defaultThresholdCosine: 0.79,
  }),
} as const satisfies Record<CompositeModality, Composition>);

/** Whether `m` names a composite modality. */
export function isComposite(m: unknown): m is CompositeModality {
  return typeof m === 'string' && Object.prototype.hasOwnProperty.call(COMPOSITIONS, m);
}

/** The composition of `m`; E_INVALID_ARGUMENT if `m` is not a composite modality. */
export function compositionOf(m: string): Composition {
  if (!isComposite(m)) throw new SealmatchError('E_INVALID_ARGUMENT', `"${m}" is not a composite modality (${Object.keys(COMPOSITIONS).join(', ')})`);
  return COMPOSITIONS[m];
}

/** Sum of the composition's weights W. */
export function weightTotal(c: Composition): number {
  return c.parts.reduce((n, p) => n + p.weight, 0);
}

/**
 * Checks the part dimensions of a fused template or probe against its composition: one per part,
 * each a valid chunked dimension of the preset. Returns the chunk count of each part. Throws
 * E_COMPOSITION (wrong number of parts) or E_DIMENSION.
 */
export function partChunkCounts(c: Composition, partDims: readonly number[] | undefined, spec: QuantizationSpec): number[] {
  if (!Array.isArray(partDims) || partDims.length !== c.parts.length) {
    throw new SealmatchError('E_COMPOSITION', `${c.modality} has ${c.parts.length} parts, got ${Array.isArray(partDims) ? partDims.length : 'no'} part dimensions`);
  }
  return partDims.map((d) => chunkCount(d, spec));
}

/** The weighted parts (weight, dimension) of a fused template: what its honest range is computed from (params/bounds.ts). */
export function weightedParts(c: Composition, partDims: readonly number[]): WeightedPart[] {
  return c.parts.map((p, i) => ({ weight: p.weight, dim: partDims[i]! }));
}

/** The total dimension of a fused template: the sum of its part dimensions. */
export function fusedDim(partDims: readonly number[]): number {
  return partDims.reduce((n, d) => n + d, 0);
}

/** A quantized fused template: the chunks of every part, in order, and where each part starts. */
export interface QuantizedFusedTemplate {
  /** Every part's chunks back to back (part 0's chunks first). */
  readonly chunks: QuantizedTemplate[];
  /** Dimension of each part. */
  readonly partDims: number[];
  /** Index in `chunks` of each part's first chunk (the last entry is chunks.length). */
  readonly partStarts: number[];
}

/**
 * Validates and quantizes the parts of a fused template, each on its own as its single-modality
 * reference would be (quantizeChunks). Throws E_COMPOSITION for a wrong number of parts or a
 * missing part, E_NON_FINITE / E_ZERO_VECTOR / E_DIMENSION from the part's quantization.
 */
export function quantizeFused(c: Composition, parts: readonly (ArrayLike<number> | undefined)[], spec: QuantizationSpec): QuantizedFusedTemplate {
  if (!Array.isArray(parts) || parts.length !== c.parts.length) {
    throw new SealmatchError('E_COMPOSITION', `${c.modality} needs ${c.parts.length} parts (${c.parts.map((p) => p.modality).join(', ')}), got ${Array.isArray(parts) ? parts.length : 'none'}`);
  }
  const chunks: QuantizedTemplate[] = [];
  const partStarts: number[] = [];
  const partDims: number[] = [];
  parts.forEach((values, i) => {
    if (values === undefined || values === null) throw new SealmatchError('E_COMPOSITION', `${c.modality}: part ${i} (${c.parts[i]!.modality}) is missing`);
    partStarts.push(chunks.length);
    const q = quantizeChunks(values, spec);
    partDims.push(q.reduce((n, x) => n + x.dim, 0));
    chunks.push(...q);
  });
  partStarts.push(chunks.length);
  return { chunks, partDims, partStarts };
}

/** The weight of each chunk of a fused template (its part's weight). */
export function chunkWeights(c: Composition, fused: Pick<QuantizedFusedTemplate, 'partStarts'>): number[] {
  return c.parts.flatMap((p, i) => new Array<number>(fused.partStarts[i + 1]! - fused.partStarts[i]!).fill(p.weight));
}

/** The integer fused threshold T = W * ceil(theta * scale^2) for a weighted-mean cosine theta. */
export function fusedThreshold(c: Composition, thresholdCosine: number, quantScale: number): number {
  return weightTotal(c) * scoreThreshold(thresholdCosine, quantScale);
}

/** Plaintext fused score sum_i w_i <p_i, g_i> of two quantized fused templates (what the encrypted path decides on). */
export function fusedScore(c: Composition, probe: QuantizedFusedTemplate, reference: QuantizedFusedTemplate): number {
  if (probe.chunks.length !== reference.chunks.length) throw new SealmatchError('E_COMPOSITION', 'fused templates of different shapes');
  const w = chunkWeights(c, probe);
  let s = 0;
  probe.chunks.forEach((x, k) => {
    const y = reference.chunks[k]!;
    if (x.dim !== y.dim) throw new SealmatchError('E_COMPOSITION', 'fused templates of different shapes');
    let d = 0;
    for (let j = 0; j < x.dim; j++) d += x.values[j]! * y.values[j]!;
    s += w[k]! * d;
  });
  return s;
}

// Asserted at load: on every authenticated preset, every composition at its longest parts
// (MAX_CHUNKS chunks each) has a blinding factor >= 1 whose honest range fits t/2, and at most
// MAX_FUSED_CHUNKS chunks (the noise margin test/fusion-bounds.test.ts measures).
for (const p of listPresets()) {
  if (p.kind !== '1:1' || !p.authenticated) continue;
  for (const c of Object.values(COMPOSITIONS)) {
    fusedBlindFactor(p, c.parts.map((x) => ({ weight: x.weight, dim: MAX_CHUNKS * p.maxDim })));
    if (c.parts.length * MAX_CHUNKS > MAX_FUSED_CHUNKS) throw new SealmatchError('E_INTERNAL', `${c.modality}: more than ${MAX_FUSED_CHUNKS} chunks`);
  }
}
