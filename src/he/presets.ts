/**
 * Named, versioned parameter sets. A preset id appears in every ciphertext-bearing message, so a
 * ciphertext made under other parameters is rejected before SEAL parses a byte of it. Changing any
 * number below means a new id: ids are never reused. Derivations: docs/PARAMETERS.md.
 */
import { SealmatchError } from '../errors.js';

export interface Preset {
  /** Stable id, carried on the wire. */
  readonly id: string;
  /** Human description for logs and docs. */
  readonly description: string;
  /** BGV ring dimension N. */
  readonly polyModulusDegree: number;
  /**
   * Bit sizes of the coefficient-modulus primes. SEAL keeps the LAST prime as the key-switching
   * "special prime" and drops it from the data level; the other primes are the data level.
   */
  readonly coeffModulusBits: readonly number[];
  /** Plain modulus t (BGV arithmetic is exact mod t). */
  readonly plainModulus: bigint;
  /** Largest template dimension; the reference is encoded reversed over this many coefficients. */
  readonly maxDim: number;
  /** Smallest template dimension accepted. */
  readonly minDim: number;
  /** Quantization: q_i = clamp(round(scale * x_i), -qMax, qMax) for unit-norm x. */
  readonly quantScale: number;
  readonly quantBits: number;
  /**
   * Bound on |score| for any two quantized templates: (quantScale + sqrt(maxDim)/2)^2, from
   * Cauchy-Schwarz and ||round(s x)|| <= s + sqrt(d)/2.
   */
  readonly scoreBound: number;
  /** Blinding factor r is drawn uniformly from [1, blindFactorMax]. */
  readonly blindFactorMax: number;
  /** Default decision threshold as a cosine (face: chosen on LFW, docs/ACCURACY.md). */
  readonly defaultThresholdCosine: number;
  /** Chain index the matcher switches the blinded result down to before sending it. */
  readonly resultLevel: number;
}

function scoreBoundFor(scale: number, maxDim: number): number {
  return Math.ceil((scale + Math.sqrt(maxDim) / 2) ** 2);
}

/**
 * 1:1 face verification, BGV N=4096, coefficient encoding, one ct x ct multiplication and no key
 * switching. Data level 30+30+30 = 90 bits; the 19-bit last prime is SEAL's special prime, which
 * 1:1 never uses (the matcher holds no evaluation keys), so it is kept as small as SEAL allows
 * while total log q = 109 stays inside the HomomorphicEncryption.org 128-bit bound for N=4096.
 * t = 2^26 holds r*(score - T) + r' with r <= 127 and |score|, |T| <= 2^17 (2*127*2^17 < 2^25).
 */
const FACE_1TO1_V1: Preset = (() => {
  const quantScale = 320;
  const maxDim = 1024;
  return {
    id: 'sm1-bgv4096-face-1to1',
    description: 'BGV N=4096, q=30+30+30(+19 special), t=2^26, int8 face templates up to 1024-D, 1:1 verify',
    polyModulusDegree: 4096,
    coeffModulusBits: [30, 30, 30, 19],
    plainModulus: 1n << 26n,
    maxDim,
    minDim: 64,
    quantScale,
    quantBits: 8,
    scoreBound: scoreBoundFor(quantScale, maxDim),
    blindFactorMax: 127,
    defaultThresholdCosine: 0.9,
    resultLevel: 1,
  };
})();

const PRESETS: ReadonlyMap<string, Preset> = new Map([[FACE_1TO1_V1.id, FACE_1TO1_V1]]);

/** Default preset for 1:1 face verification. */
export const DEFAULT_FACE_PRESET_ID = FACE_1TO1_V1.id;

/** Looks up a preset by id. Throws E_UNKNOWN_PARAMS for ids this build does not know. */
export function getPreset(id: string): Preset {
  const p = PRESETS.get(id);
  if (!p) throw new SealmatchError('E_UNKNOWN_PARAMS', `unknown parameter set "${id}"`);
  return p;
}

/** All presets known to this build. */
export function listPresets(): Preset[] {
  return [...PRESETS.values()];
}
