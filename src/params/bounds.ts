/**
 * The range arithmetic of decision blinding, shared by the matcher (which draws r) and the
 * custodian (which range-checks what it decrypts): pure functions of a preset.
 */
import type { Preset } from './presets.js';

/** Largest |T| a preset accepts: cosine thresholds in [-1, 1] give |T| <= scale^2. */
export function maxThreshold(preset: Preset): number {
  return preset.quantScale * preset.quantScale;
}

/**
 * Largest blinding factor for scores that are a weighted sum with weight total `scale` (1 for a
 * single modality): r * scale * (scoreBound + scale^-1 * |T|max) + r < t/2, capped at the preset's.
 */
export function blindFactorFor(preset: Preset, scale: number): number {
  const half = Number(preset.plainModulus) / 2;
  const range = scale * (preset.scoreBound + maxThreshold(preset)) + 1;
  return Math.max(1, Math.min(preset.blindFactorMax, Math.floor((half - 1) / range)));
}

