/**
 * Named, versioned parameter sets. A preset id appears in every ciphertext-bearing message, so a
 * ciphertext made under other parameters is rejected before SEAL parses a byte of it. Changing any
 * number below means a new id: ids are never reused. Derivations: docs/PARAMETERS.md.
 */
import { SealmatchError } from '../errors.js';
import { CHUNK_CAPACITY } from './authenticated-layout.js';
import { macLayout, macMaxBlinding } from './identify-mac-layout.js';

/** Ids of the parameter sets this build knows. Ids are never reused: new numbers, new id. */
export const PRESET_IDS = [
  'sm2-bgv4096-1to1-auth',
  'sm1-bgv4096-face-1to1',
  'sm1-bgv4096-face-1toN',
  'sm1-bgv4096-face128-1toN',
  'sm1-bgv4096-finger-1toN',
  'sm2-bgv8192-face-1toN-auth',
  'sm2-bgv8192-face128-1toN-auth',
  'sm2-bgv8192-finger-1toN-auth',
] as const;

/**
 * A parameter set id known to this build: a literal union, so a typo or an arbitrary string does
 * not type-check where one is expected. Ids read from files or messages go through {@link asPresetId}.
 */
export type PresetId = (typeof PRESET_IDS)[number];

/** True when `v` is the id of a parameter set this build knows. */
export function isPresetId(v: unknown): v is PresetId {
  return typeof v === 'string' && (PRESET_IDS as readonly string[]).includes(v);
}

/**
 * `v` as a PresetId; E_UNKNOWN_PARAMS for an id this build does not know.
 * @example asPresetId('sm2-bgv4096-1to1-auth')
 */
export function asPresetId(v: unknown): PresetId {
  if (!isPresetId(v)) throw new SealmatchError('E_UNKNOWN_PARAMS', `unknown parameter set "${String(v)}" (known: ${PRESET_IDS.join(', ')})`);
  return v;
}

/** Fields every parameter set has (1:1 and 1:N). */
interface PresetBase {
  /** Stable id, carried on the wire. */
  readonly id: PresetId;
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
  /** Bits per quantized value, sign included (8: int8 values in [-127, 127]). */
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

/** A 1:1 verification parameter set (coefficient encoding, one product per chunk). */
export interface VerifyPreset extends PresetBase {
  /** 1:1 verification: one probe against one enrolled reference. */
  readonly kind: '1:1';
  /**
   * Authenticated 1:1 results (src/params/authenticated-layout.ts, docs/THREAT-MODEL.md): templates
   * carry two MAC pairs, threshold and blinding; the custodian decides only results whose tags
   * verify. `maxDim` is then the chunk capacity (528) and `blindFactorMax` the terminal's rho.
   */
  readonly authenticated: boolean;
  /** Absent on 1:1 sets (probes are not expanded). */
  readonly expansionDim?: undefined;
  /** Absent on 1:1 sets. */
  readonly productLevel?: undefined;
}

/** A 1:N duplicate-search parameter set (batched gallery, probe expansion). */
export interface IdentifyPreset extends PresetBase {
  /** 1:N duplicate search: one probe against the whole encrypted gallery. */
  readonly kind: '1:N';
  /**
   * The probe is expanded into this many constants (src/he/seal/expansion.ts), one per gallery
   * column. Unauthenticated sets: one per feature (= maxDim). Authenticated sets: (1+k)(d+2+2k),
   * the per-slot MAC layout of src/params/identify-mac-layout.ts. The matcher holds Galois keys
   * for ceil(log2(expansionDim)) elements and no relinearization keys.
   */
  readonly expansionDim: number;
  /**
   * Authenticated 1:N (docs/THREAT-MODEL.md, "1:N"): k MAC instances per slot, the blinding,
   * threshold and dither inside the desk's templates and probes, and the custodian decides only
   * slots whose tags verify. Absent on the unauthenticated sm1 sets (trusted matcher only).
   */
  readonly macInstances?: number;
  /** Chain index at which expanded probes and gallery columns are multiplied. */
  readonly productLevel: number;
  /** True on the authenticated 1:N sets (`macInstances` set); absent on the sm1 sets. */
  readonly authenticated?: boolean;
}

/** A parameter set: 1:1 or 1:N (`kind`). Frozen: presets are shared by every caller. */
export type Preset = VerifyPreset | IdentifyPreset;

function scoreBoundFor(scale: number, maxDim: number): number {
  return Math.ceil((scale + Math.sqrt(maxDim) / 2) ** 2);
}

/**
 * A 1:1 parameter set on the sm1 ring (derived at FACE_1TO1_V1): N=4096, q = 30+30+30 (+19
 * special), int8 templates of at least 64 values at s = 320, r <= 127, results switched to level
 * 1. Every 1:1 preset shares it; each names its own t, template capacity and result authentication.
 */
function verifyPreset(p: Pick<VerifyPreset, 'id' | 'description' | 'plainModulus' | 'maxDim' | 'authenticated'>): VerifyPreset {
  const quantScale = 320;
  return {
    id: p.id,
    description: p.description,
    polyModulusDegree: 4096,
    coeffModulusBits: [30, 30, 30, 19],
    plainModulus: p.plainModulus,
    maxDim: p.maxDim,
    minDim: 64,
    quantScale,
    quantBits: 8,
    scoreBound: scoreBoundFor(quantScale, p.maxDim),
    blindFactorMax: 127,
    defaultThresholdCosine: 0.9,
    resultLevel: 1,
    kind: '1:1',
    authenticated: p.authenticated,
  };
}

/**
 * A 1:N parameter set on the 1:N ring (derived at FACE_1TON_512_V1): N=4096, q = 28+28+28 (+25
 * special), templates of exactly `maxDim` values at s = 64, expanded into `maxDim` constants,
 * product and result at level 2. Each names its own t and the blinding bound R that t holds.
 */
function identifyPreset(p: Pick<IdentifyPreset, 'id' | 'description' | 'plainModulus' | 'maxDim' | 'blindFactorMax'>): IdentifyPreset {
  const quantScale = 64;
  return {
    id: p.id,
    description: p.description,
    polyModulusDegree: 4096,
    coeffModulusBits: [28, 28, 28, 25],
    plainModulus: p.plainModulus,
    maxDim: p.maxDim,
    minDim: p.maxDim,
    quantScale,
    quantBits: 8,
    scoreBound: scoreBoundFor(quantScale, p.maxDim),
    blindFactorMax: p.blindFactorMax,
    defaultThresholdCosine: 0.9,
    resultLevel: 2,
    kind: '1:N',
    expansionDim: p.maxDim,
    productLevel: 2,
  };
}

/**
 * 1:1 face verification, BGV N=4096, coefficient encoding, one ct x ct multiplication and no key
 * switching. Data level 30+30+30 = 90 bits; the 19-bit last prime is SEAL's special prime, which
 * 1:1 never uses (the matcher holds no evaluation keys), so it is kept as small as SEAL allows
 * while total log q = 109 stays inside the HomomorphicEncryption.org 128-bit bound for N=4096.
 * t = 2^26 holds r*(score - T) + r' with r <= 127 and |score|, |T| <= 2^17 (2*127*2^17 < 2^25).
 */
const FACE_1TO1_V1: VerifyPreset = verifyPreset({
  id: 'sm1-bgv4096-face-1to1',
  description: 'BGV N=4096, q=30+30+30(+19 special), t=2^26, int8 face templates up to 1024-D, 1:1 verify',
  plainModulus: 1n << 26n,
  maxDim: 1024,
  authenticated: false,
});

/**
 * 1:1 verification with authenticated results, safe against a malicious matcher
 * (docs/THREAT-MODEL.md, docs/PARAMETERS.md). The ring and modulus of sm1 (N=4096, 30+30+30 | 19,
 * no key switching), a PRIME plaintext modulus t = 67,108,859 (the largest prime below 2^26: no
 * zero divisors, so adding t/2 cannot flip a sign past the tags, and Schwartz-Zippel applies),
 * and the two-pair layout of authenticated-layout.ts: 528 template values per chunk (longer
 * templates are chunked), the threshold T inside the reference and the blinding rho in [1, 127],
 * rho' in [0, rho) inside the probe. The matcher multiplies and masks, and applies no scalar.
 * Range: |v| = |rho (score - T) + rho'| <= 127 (scoreBound(d) + 320^2) + 127 < 3.0e7 < t/2 for
 * every accepted d (whole-template score bound, src/templates/chunks.ts). Faces and fingerprints
 * share the preset (fingerprints are 16 chunks of 512).
 */
const VERIFY_1TO1_AUTH_V2: VerifyPreset = verifyPreset({
  id: 'sm2-bgv4096-1to1-auth',
  description: 'BGV N=4096, q=30+30+30(+19 special), t=67108859 (prime), authenticated 1:1 results (two MAC pairs), 528 values per chunk',
  plainModulus: 67108859n,
  maxDim: CHUNK_CAPACITY,
  authenticated: true,
});

/**
 * Fingerprint 1:N threshold for the shipped default 512-value representation (docs/ACCURACY-FINGER.md,
 * `bench/accuracy-finger-loco.ts --shipped --dim 512`): the quantized cosine (s = 64) at FMR 1%
 * pooled over the two sensors the shipped background never saw (FMR 0.78% / 1.19% there).
 */
const FINGER_1TON_THRESHOLD_COSINE = 0.198;

/**
 * 1:N face duplicate search (512-D), BGV N=4096, feature-major gallery in batching slots, probe
 * expanded into 512 constants (SealPIR expansion, 9 Galois keys), one ct x ct product per feature,
 * no relinearization. Derivation and measurements: docs/PARAMETERS-1toN.md, bench/expansion-params.ts.
 *
 * - q = 28+28+28 (+25 special) = 109 bits: the 128-bit bound for N=4096. Three data primes, all
 *   < 2^31: the kernel does 4*3*512 = 6,144 multiply-adds per template (~325k templates/s/core at
 *   2G mult-adds/s); the stored gallery is 512 * 2 * 84 / 8 = 10,752 B per template.
 * - No modulus switch before the product: dropping a prime removes exactly the expansion's growth
 *   (~14 bits) but costs at least as many bits of product level (measured: equal or worse), and a
 *   4th data prime makes the Galois keys 4*5 instead of 3*4 residue polys per element (2.6 MB).
 * - Special prime 25 < data primes 28: key switching adds more noise, but the expansion still loses
 *   only ~14 bits (its 2^9 doubling dominates); 27x3|28 and 29x3|22 measured within a bit of it.
 * - t = 638977, prime, = 1 mod 8192 (batching), < the first prime (SEAL needs t below the last
 *   level's prime). Quantization s = 64 (EER 1.77% vs 1.34% float on LFW rotated to 512-D;
 *   s = 320 is out of reach: t would need ~24 bits). |score| <= (64 + sqrt(512)/2)^2 = 5,673,
 *   |T| <= 64^2 = 4,096, so r*(score - T) + r' with r <= 32 stays below 32*9,769 + 31 < t/2.
 * - Noise (worst case: probe at +127 everywhere, gallery at +-127, r = 32), SEAL invariant budget:
 *   fresh 57-58, after expansion 43-44, one product 15-16, sum of 512 products 11-12, blinded 6-7
 *   bits (test/expansion.test.ts asserts >= 5). r <= 16 with t = 319489 measured 8-10 bits.
 * - Galois keys (9 elements, seeded, SEAL zstd): 1.91 MB; bit-packed it would be 1.51 MB.
 */
const FACE_1TON_512_V1: IdentifyPreset = identifyPreset({
  id: 'sm1-bgv4096-face-1toN',
  description: 'BGV N=4096, q=28+28+28(+25 special), t=638977, s=64 face templates of 512-D, 1:N dedup via probe expansion',
  plainModulus: 638977n,
  maxDim: 512,
  blindFactorMax: 32,
});

/**
 * 1:N face duplicate search (128-D, e.g. dlib): same ring and modulus as the 512-D preset, 7 Galois
 * keys, 1,536 multiply-adds and 2,688 stored bytes per template. t = 557057 (prime, = 1 mod 8192)
 * holds r <= 31 with s = 64 (|score| <= 4,853, |T| <= 4,096; EER 1.62% vs 1.34% float on LFW).
 * Measured worst case: after expansion 45, sum of 128 products 14, blinded 9 bits. Keys: 1.49 MB.
 */
const FACE_1TON_128_V1: IdentifyPreset = identifyPreset({
  id: 'sm1-bgv4096-face128-1toN',
  description: 'BGV N=4096, q=28+28+28(+25 special), t=557057, s=64 face templates of 128-D, 1:N dedup via probe expansion',
  plainModulus: 557057n,
  maxDim: 128,
  blindFactorMax: 31,
});

/**
 * 1:N fingerprint duplicate search: the 512-D preset's ring, modulus, t, s and R unchanged (same
 * noise analysis and worst-case test), a separate id so a finger gallery never mixes with a face
 * gallery (stored blocks are keyed by preset), and the fingerprint threshold. Templates are the
 * 512-value fingerprint representation (`minutiaeToIdentifyVector`,
 * src/templates/fingerprint/representation.ts); docs/ACCURACY-FINGER.md gives its error rates.
 */
const FINGER_1TON_512_V1: IdentifyPreset = {
  ...FACE_1TON_512_V1,
  id: 'sm1-bgv4096-finger-1toN',
  description: 'BGV N=4096, q=28+28+28(+25 special), t=638977, s=64 fingerprint templates of 512-D, 1:N dedup via probe expansion',
  defaultThresholdCosine: FINGER_1TON_THRESHOLD_COSINE,
};

/**
 * Authenticated 1:N duplicate search (docs/THREAT-MODEL.md "1:N", docs/PARAMETERS-1toN.md
 * "Authenticated 1:N: measured parameters"): the per-slot MAC of AUTHENTICATED-RESULTS §7 with
 * the three fixes (src/params/identify-mac-layout.ts), k = 2 instances, on the cheapest ring that
 * keeps a noise margin at the prime t the proven 2^-24 forgery bound needs:
 *
 * - N = 8192, q = 31+31+31 (+31 special) = 124 of the 218 bits HomomorphicEncryption.org allows
 *   at 128-bit security; no modulus switch (products at chain index 2).
 * - t = 67,239,937: the smallest prime >= 2^26 with t = 1 mod 16384 (batching).
 * - Templates s = 64 (as the sm1 1:N sets); a slot holds b = r_s (g, -T, 1, corrections) and
 *   its MAC columns B^i = beta_i b + v_i, so the gallery has (1+k)(d+2+2k) columns; the probe
 *   holds a = (rho p, rho, rho', corrections) and A_i = alpha_i a + u_i, expanded into as many
 *   constants. r_s (desk, per enrollment) and rho (desk, per search) lie in [1 or 2, R] with
 *   R = macMaxBlinding(t, scoreBound, 64^2): R r (scoreBound + T) stays below t/2.
 * - Measured worst-case noise left (bench/identify-mac-params.ts): 13/10/7 bits at 128-D and
 *   11/8/5 bits at 512-D after 1/64/4096 refreshes per column.
 */
function authIdentifyPreset(p: Pick<IdentifyPreset, 'id' | 'description' | 'maxDim'> & { thresholdCosine?: number }): IdentifyPreset {
  const quantScale = 64;
  const k = 2;
  const t = 67239937;
  const scoreBound = scoreBoundFor(quantScale, p.maxDim);
  return {
    id: p.id,
    description: p.description,
    polyModulusDegree: 8192,
    coeffModulusBits: [31, 31, 31, 31],
    plainModulus: BigInt(t),
    maxDim: p.maxDim,
    minDim: p.maxDim,
    quantScale,
    quantBits: 8,
    scoreBound,
    blindFactorMax: macMaxBlinding(t, scoreBound, quantScale * quantScale),
    defaultThresholdCosine: p.thresholdCosine ?? 0.9,
    resultLevel: 2,
    kind: '1:N',
    expansionDim: (1 + k) * macLayout(p.maxDim, k).n,
    productLevel: 2,
    macInstances: k,
    authenticated: true,
  };
}

/** Authenticated 1:N face search, 512-D (R = 58, 1,554 columns). The default 1:N preset. */
const FACE_1TON_512_AUTH_V2 = authIdentifyPreset({
  id: 'sm2-bgv8192-face-1toN-auth',
  description: 'BGV N=8192, q=31+31+31(+31 special), t=67239937 (prime), s=64 face templates of 512-D, authenticated 1:N (per-slot MAC, k=2)',
  maxDim: 512,
});

/** Authenticated 1:N face search, 128-D (R = 61, 402 columns). */
const FACE_1TON_128_AUTH_V2 = authIdentifyPreset({
  id: 'sm2-bgv8192-face128-1toN-auth',
  description: 'BGV N=8192, q=31+31+31(+31 special), t=67239937 (prime), s=64 face templates of 128-D, authenticated 1:N (per-slot MAC, k=2)',
  maxDim: 128,
});

/** Authenticated 1:N fingerprint search (512-value fingerprint templates, the finger threshold). */
const FINGER_1TON_512_AUTH_V2 = authIdentifyPreset({
  id: 'sm2-bgv8192-finger-1toN-auth',
  description: 'BGV N=8192, q=31+31+31(+31 special), t=67239937 (prime), s=64 fingerprint templates of 512-D, authenticated 1:N (per-slot MAC, k=2)',
  maxDim: 512,
  thresholdCosine: FINGER_1TON_THRESHOLD_COSINE,
});

function frozen<P extends Preset>(p: P): P {
  Object.freeze(p.coeffModulusBits);
  return Object.freeze(p);
}

const PRESETS: ReadonlyMap<string, Preset> = new Map(
  [VERIFY_1TO1_AUTH_V2, FACE_1TO1_V1, FACE_1TON_512_V1, FACE_1TON_128_V1, FINGER_1TON_512_V1, FACE_1TON_512_AUTH_V2, FACE_1TON_128_AUTH_V2, FINGER_1TON_512_AUTH_V2].map((p) => [p.id, frozen(p)] as const),
);

/** Preset ids for 1:N duplicate search (probe expansion), by template dimension. */
export const FACE_1TON_PRESET_IDS = {
  /** Galleries of 512-D face embeddings. */
  512: FACE_1TON_512_V1.id,
  /** Galleries of 128-D face embeddings (dlib, as in the LFW evaluation). */
  128: FACE_1TON_128_V1.id,
} as const;

/** Authenticated 1:N preset ids (safe against a malicious matcher), by template dimension. */
export const AUTH_FACE_1TON_PRESET_IDS = {
  /** Galleries of 512-D face embeddings (the default 1:N preset). */
  512: FACE_1TON_512_AUTH_V2.id,
  /** Galleries of 128-D face embeddings (dlib, as in the LFW evaluation and the demo). */
  128: FACE_1TON_128_AUTH_V2.id,
} as const;

/** Authenticated 1:N fingerprint preset id. */
export const AUTH_FINGER_1TON_PRESET_ID = FINGER_1TON_512_AUTH_V2.id;

/** Preset id for 1:N fingerprint duplicate search (512-value fingerprint templates). */
export const FINGER_1TON_PRESET_ID = FINGER_1TON_512_V1.id;

/** Default preset for 1:1 verification (authenticated results; face and fingerprint). */
export const DEFAULT_FACE_PRESET_ID = VERIFY_1TO1_AUTH_V2.id;

/**
 * The unauthenticated wave-1 1:1 preset (t = 2^26, matcher-side blinding). Its custodian is a
 * decryption oracle against a malicious matcher (docs/THREAT-MODEL.md): custodians decide it only
 * in evaluation mode, which production configuration refuses.
 */
export const LEGACY_1TO1_PRESET_ID = FACE_1TO1_V1.id;

/** Looks up a preset by id. Throws E_UNKNOWN_PARAMS for ids this build does not know. */
export function getPreset(id: string): Preset {
  const p = PRESETS.get(id);
  if (!p) throw new SealmatchError('E_UNKNOWN_PARAMS', `unknown parameter set "${id}"`);
  return p;
}

/** The 1:N parameter set `id`; E_PARAMS_MISMATCH for a 1:1 one (E_UNKNOWN_PARAMS if unknown). */
export function getIdentifyPreset(id: string): IdentifyPreset {
  return asIdentifyPreset(getPreset(id));
}

/** Narrows a preset to 1:N; E_PARAMS_MISMATCH for a 1:1 one. */
export function asIdentifyPreset(p: Preset): IdentifyPreset {
  if (p.kind !== '1:N') throw new SealmatchError('E_PARAMS_MISMATCH', `${p.id} is not a 1:N parameter set`);
  return p;
}

/** All presets known to this build. */
export function listPresets(): Preset[] {
  return [...PRESETS.values()];
}
