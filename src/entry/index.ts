/**
 * What every role shares: the error family and its codes, the parameter sets (presets) by id,
 * subject references, the message types, and the template checks. Each role is its own entry
 * point: `sealmatch/terminal`, `sealmatch/matcher`, `sealmatch/custodian`, `sealmatch/desk`,
 * `sealmatch/server`, `sealmatch/audit`, `sealmatch/fingerprint`.
 * @example
 * import { getPreset, DEFAULT_FACE_PRESET_ID, isSealmatchError } from 'sealmatch';
 * @module sealmatch
 */
export { MIN_NODE_MAJOR } from './runtime.js';
export { SealmatchError, isSealmatchError, ERROR_CODES, type ErrorCode } from '../errors.js';
export {
  getPreset,
  getIdentifyPreset,
  listPresets,
  asPresetId,
  isPresetId,
  PRESET_IDS,
  DEFAULT_FACE_PRESET_ID,
  LEGACY_1TO1_PRESET_ID,
  FACE_1TON_PRESET_IDS,
  AUTH_FACE_1TON_PRESET_IDS,
  AUTH_FINGER_1TON_PRESET_ID,
  FINGER_1TON_PRESET_ID,
  type Preset,
  type PresetId,
  type VerifyPreset,
  type IdentifyPreset,
} from '../params/presets.js';
export { subjectReference, asSubjectRef, isSubjectRef, validateIin, iinCheckDigit, type SubjectRef } from '../subjects/subject-reference.js';
export type { BlindedResult, EncryptedTemplate, Modality, SignedDecision, Transaction, TransactionKind, VerifyRequest } from '../wire/messages.js';
export { quantizeEmbedding, validateEmbedding, cosine, type QuantizedTemplate, type QuantizationSpec } from '../templates/face.js';
export { sha256 } from '../wire/digest.js';
export { wasmHeapBytes } from '../he/index.js';
