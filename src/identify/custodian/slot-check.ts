/**
 * @module identify/custodian/slot-check
 * The custodian's per-slot decision of the authenticated 1:N search (docs/THREAT-MODEL.md "1:N"):
 * a slot it registered (from a desk-signed enrollment) is decided only if, for every instance i,
 * y^ii = alpha_i beta_i y^00 + kappa_i (mod t), and the centred y^00 is a non-zero value inside
 * the honest range R (R (scoreBound + s^2) + R - 1). Anything else is an alarm. The decision
 * (match iff y^00 > 0) is the only thing an accepted slot releases.
 */
import { macHonestBound, macSlotAccepts, type ModArith } from '../../params/identify-mac-layout.js';
import type { Preset } from '../../params/presets.js';
import { asAuthIdentifyPreset } from '../messages/identify-mac-keys.js';

/** Outcome of one slot. */
export type SlotOutcome = 'match' | 'no-match' | 'alarm';

/** Largest |y^00| an honest search produces under `p`. */
export function identifyHonestBound(p: Preset): number {
  const ip = asAuthIdentifyPreset(p);
  return macHonestBound(ip.blindFactorMax, ip.blindFactorMax, ip.scoreBound, ip.quantScale * ip.quantScale);
}

/**
 * Decides one slot from its decrypted values y = (y^00, y^11, .., y^kk) (each in [0, t)).
 * `alphas` from the search seed, `betas` from the slot's seed, `kappa` from the fleet fills.
 */
export function checkSlotValues(A: ModArith, bound: number, alphas: readonly number[], betas: readonly number[], kappa: readonly number[], y: readonly number[]): SlotOutcome {
  const y00 = A.centred(y[0]!);
  if (y00 === 0 || Math.abs(y00) > bound) return 'alarm';
  if (!macSlotAccepts(A, alphas, betas, kappa, y[0]!, y.slice(1))) return 'alarm';
  return y00 > 0 ? 'match' : 'no-match';
}
