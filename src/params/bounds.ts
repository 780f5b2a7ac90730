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
for (const p of listPresets()) assertPresetBounds(p, p.authenticated ? chunkedScoreBound(MAX_CHUNKS * p.maxDim, p) : p.scoreBound);
