/**
 * Default decision thresholds per modality, as cosines (chosen on the evaluation data:
 * docs/ACCURACY.md for faces, docs/ACCURACY-FINGER.md for fingerprints). With authenticated
 * results the enrolling terminal writes the integer threshold into the reference itself.
 */
import type { Preset } from '../params/presets.js';
import type { Modality } from '../wire/messages.js';

/** Fingerprint 1:1 threshold (chimeric development set, docs/ACCURACY-FINGER.md). */
export const DEFAULT_FINGER_THRESHOLD_COSINE = 0.252;

/** The default threshold cosine of `modality` under `preset`. */
export function defaultThresholdCosine(preset: Preset, modality: Modality): number {
  return modality === 'finger' ? DEFAULT_FINGER_THRESHOLD_COSINE : preset.defaultThresholdCosine;
}
