/**
 * Fingerprint minutiae records (ISO/IEC 19794-2:2005 / 2011, ANSI/INCITS 378) parsed strictly,
 * serialized byte-exactly, and turned into the fixed-length vectors the encrypted matchers take
 * (docs/ACCURACY-FINGER.md).
 * @module sealmatch/fingerprint
 */
export { MIN_NODE_MAJOR } from './runtime.js';
export * from '../templates/fingerprint/index.js';
export {
  FINGER_DIM,
  FINGER_1TON_DIM,
  fitBackground,
  minutiaeToVector,
  minutiaeToIdentifyVector,
  quantizeFingerVector,
  fingerScore,
  type FingerBackground,
  type RepresentationOptions,
} from '../templates/fingerprint/representation.js';
export {
  FINGER_ENROLLMENT_MAX_IMPRESSIONS,
  FINGER_ENROLLMENT_RECOMMENDED_IMPRESSIONS,
  combineImpressionVectors,
  fingerEnrollmentVector,
} from '../templates/fingerprint/enrollment.js';
export { FINGER_1TON_PRESET_ID } from '../params/presets.js';
export type { CorePoint, DeltaPoint, RidgeCountEdge } from '../templates/fingerprint/extended-data.js';
export type { DescriptorProjection } from '../templates/fingerprint/representation-metric.js';
