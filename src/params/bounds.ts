/**
 * @module params/bounds
 * Every range and bound of the decision arithmetic, in ONE place: the matcher draws its blinding
 * within them, the custodian range-checks what it decrypts against them, and the presets are
 * asserted against them when this module loads (a preset whose honest range could wrap modulo t
 * never reaches a caller).
 *
 *   score        |<q_p, q_g>| <= S            S = preset.scoreBound (one chunk), or
 *                                             (scale + sqrt(d)/2)^2 for a d-value chunked template
 *   threshold    |T| <= quantScale^2          cosine thresholds in [-1, 1]
 *   blinded      |r (score - T) + r'| <= r (w (S + |T|max) + 1)   for 1 <= r <= blindFactorMax,
 *                0 <= r' < r and fusion weight total w (1 for one modality)
 *   fits         r (w (S + |T|max) + 1) < t/2 (the sign of the centred value is the decision)
 *   fused        rho (sum_i w_i (S_i + |T|max) + 1) < t/2 for a fused reference of parts (w_i, d_i),
 *                S_i = chunkedScoreBound(d_i): `fusedBlindedBound`, rho <= `fusedBlindFactor`
 *
 * Security note: these bound what an HONEST matcher produces; a value outside them is refused
 * (E_DECRYPTION_RANGE / E_RESULT_UNAUTHENTIC), which is the only use of the check.
 */
import { SealmatchError } from '../errors.js';
import { listPresets, type Preset } from './presets.js';

/** Largest |T| a preset accepts: cosine thresholds in [-1, 1] give |T| <= scale^2. */
export function maxThreshold(preset: Preset): number {
  return preset.quantScale * preset.quantScale;
}

/** Bound on |score| of two quantized templates of `dim` values: (scale + sqrt(dim)/2)^2. */
export function chunkedScoreBound(dim: number, spec: { readonly quantScale: number }): number {
  return Math.ceil((spec.quantScale + Math.sqrt(dim) / 2) ** 2);
}

/**
 * Largest |r (score - T) + r'| an honest evaluation produces with blinding factor `factor`, fusion
 * weight total `scale` and score bound `scoreBound` (default: the preset's one-chunk bound).
 */
export function honestBlindedBound(preset: Preset, factor: number, scale = 1, scoreBound = preset.scoreBound): number {
  return factor * (scale * (scoreBound + maxThreshold(preset)) + 1);
}

/** Largest |score| of a result of fusion weight total `scale` (evaluation mode's unblinded scores). */
export function honestScoreBound(preset: Preset, scale = 1): number {
  return scale * preset.scoreBound;
}

/**
 * Largest blinding factor for scores of weight total `scale` (1 for a single modality) whose
 * honest blinded range stays below t/2, capped at the preset's.
 */
export function blindFactorFor(preset: Preset, scale: number): number {
  const half = Number(preset.plainModulus) / 2;
  return Math.max(1, Math.min(preset.blindFactorMax, Math.floor((half - 1) / honestBlindedBound(preset, 1, scale))));
}

/** One weighted part of a fused reference (authenticated presets): its integer weight and dimension. */
export interface WeightedPart {
  /** Integer weight w_i >= 1 (applied by the terminal to its probe part). */
  readonly weight: number;
  /** Dimension d_i of the part (chunked as a single template of d_i values). */
  readonly dim: number;
}

/**
 * Largest |rho (s - T) + rho'| of an honest fused result with blinding factor `factor`, where
 * s = sum_i w_i <p_i, g_i> and T = W ceil(theta scale^2): |s| <= sum_i w_i chunkedScoreBound(d_i),
 * |T| <= W scale^2, so the bound is factor (sum_i w_i (chunkedScoreBound(d_i) + scale^2) + 1).
 * One part of weight 1 gives honestBlindedBound at chunkedScoreBound(d).
 */
export function fusedBlindedBound(preset: Preset, factor: number, parts: readonly WeightedPart[]): number {
  return factor * (parts.reduce((n, p) => n + p.weight * (chunkedScoreBound(p.dim, preset) + maxThreshold(preset)), 0) + 1);
}

/**
 * The terminal's largest rho for a fused reference: the largest factor whose honest range stays
 * below t/2, capped at the preset's blindFactorMax. Throws E_INTERNAL if not even rho = 1 fits.
 * The custodian range-checks with the same factor (a smaller rho blurs the custodian's view of
 * |s - T| less: docs/THREAT-MODEL.md, "Fused references").
 */
export function fusedBlindFactor(preset: Preset, parts: readonly WeightedPart[]): number {
  const half = Number(preset.plainModulus) / 2;
  const f = Math.min(preset.blindFactorMax, Math.floor((half - 1) / fusedBlindedBound(preset, 1, parts)));
  if (!(f >= 1)) throw new SealmatchError('E_INTERNAL', `${preset.id}: fused range ${fusedBlindedBound(preset, 1, parts)} does not fit t/2`);
  return f;
}

/** Most chunks a fused reference may have (two parts of MAX_CHUNKS each): bounds the noise of the matcher's sum. */
export const MAX_FUSED_CHUNKS = 32;

/** Most fusion weight total the blinding is sized for (score-level fusion, legacy preset). */
export const MAX_SCORE_SCALE = 16;

/** Throws E_INTERNAL if a preset's honest blinded range could wrap modulo t. */
export function assertPresetBounds(preset: Preset, maxScoreBound = preset.scoreBound): void {
  const bound = honestBlindedBound(preset, preset.blindFactorMax, 1, maxScoreBound);
  if (!(bound < Number(preset.plainModulus) / 2)) {
    throw new SealmatchError('E_INTERNAL', `preset ${preset.id}: blinded range ${bound} does not fit t/2`);
  }
}

/** Most chunks a template may have: bounds the score, hence the blinding range. */
export const MAX_CHUNKS = 16;

// Asserted at load: every preset's honest range fits, at its longest template (chunked presets).
for (const p of listPresets()) assertPresetBounds(p, p.kind === '1:1' && p.authenticated ? chunkedScoreBound(MAX_CHUNKS * p.maxDim, p) : p.scoreBound);
