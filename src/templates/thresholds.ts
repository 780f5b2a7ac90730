/**
 * Default decision thresholds per modality, as cosines (chosen on the evaluation data:
 * docs/ACCURACY.md for faces, docs/ACCURACY-FINGER.md for fingerprints). With authenticated
 * results the enrolling terminal writes the integer threshold into the reference itself.
 */
import type { Preset } from '../params/presets.js';
import type { Modality } from '../wire/messages.js';
import { COMPOSITIONS, isComposite } from './fusion.js';

/**
 * Fingerprint 1:1 threshold for the shipped default representation (docs/ACCURACY-FINGER.md,
 * `bench/accuracy-finger-loco.ts --shipped`): the quantized cosine at FMR 1% pooled over the two
 * sensors the shipped background never saw (U.are.U 4000 and CrossMatch Verifier 300, scored by
 * the shipped constant itself, quality-weighted minutiae): FMR 0.81% / 1.18% there, 0.28-1.98% on
 * the FVC2002 B folds (the same recipe fitted on the other three). Not
 * calibrated per sensor: a deployment should set it from its own data.
 */
export const DEFAULT_FINGER_THRESHOLD_COSINE = 0.121;

/**
 * The default threshold cosine of `modality` under `preset` (a composite modality: its
 * composition's threshold on the weighted mean cosine, src/templates/fusion.ts).
 */
export function defaultThresholdCosine(preset: Preset, modality: Modality): number {
  if (isComposite(modality)) return COMPOSITIONS[modality].defaultThresholdCosine;
  return modality === 'finger' ? DEFAULT_FINGER_THRESHOLD_COSINE : preset.defaultThresholdCosine;
}
