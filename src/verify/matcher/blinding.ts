/**
 * Draws the matcher's per-request blinding: r uniform in [1, rMax] and r' uniform in [0, r), so
 * the custodian decrypts  v = r*(score - T) + r'  whose sign is the decision:
 *   score >= T  =>  v >= 0;   score <= T - 1  =>  v <= -r + r' < 0.
 * Range: |v| <= rMax * (scoreBound + |T|) + rMax - 1 < t/2 for every preset (params/bounds.ts, asserted at load),
 * so nothing wraps modulo t. The custodian learns sign(v) and |v|, i.e. |score - T| only up to
 * the unknown factor r (docs/PROTOCOL.md, leakage table).
 */
import { uniformInt } from '../../csprng.js';
import { SealmatchError } from '../../errors.js';
import type { Preset } from '../../params/presets.js';
import { blindFactorFor, maxThreshold, MAX_SCORE_SCALE } from '../../params/bounds.js';

export interface DecisionBlinding {
  readonly factor: number;
  /** Residue in [0, t) added at the score coefficient: r' - r*T mod t. */
  readonly offset: number;
}

/**
 * Fresh blinding for integer threshold T, for scores of weight total `scale` (score-level
 * fusion: sum_i w_i score_i, scale = sum_i w_i; |T| <= scale * scale_q^2).
 */
export function drawBlinding(preset: Preset, threshold: number, scale = 1): DecisionBlinding {
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCORE_SCALE) throw new SealmatchError('E_INVALID_ARGUMENT', `score scale ${scale} outside 1..${MAX_SCORE_SCALE}`);
  if (!Number.isInteger(threshold) || Math.abs(threshold) > scale * maxThreshold(preset)) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `threshold ${threshold} outside +-${scale * maxThreshold(preset)}`);
  }
  const rMax = blindFactorFor(preset, scale);
  if (rMax < 2) throw new SealmatchError('E_INVALID_ARGUMENT', `fusion weights too large for ${preset.id}`);
  const r = uniformInt(1, rMax + 1);
  const rPrime = uniformInt(0, r);
  const t = Number(preset.plainModulus);
  const offset = (((rPrime - r * threshold) % t) + t) % t;
  return { factor: r, offset };
}
