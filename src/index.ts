/**
 * sealmatch public API. Roles are separate entry points on purpose: a terminal build needs only
 * `Terminal`, a matcher build only `Matcher` and a store, the custodian only `Custodian`.
 */
export { SealmatchError, isSealmatchError, ERROR_CODES, type ErrorCode } from './errors.js';
export { getPreset, listPresets, DEFAULT_FACE_PRESET_ID, type Preset } from './params/presets.js';
export { wasmHeapBytes } from './he/index.js';
export { Terminal, type TerminalConfig } from './verify/terminal/terminal.js';
export { Matcher, type MatcherOptions } from './verify/matcher/matcher.js';
export { Custodian, type CustodianOptions, type CustodianSecrets, type PublicBundle } from './custodian/custodian.js';
export { SqliteStore } from './store/sqlite.js';
export type { ReferenceStore, StoredReference } from './store/reference-store.js';
export type { BlindedResult, EncryptedTemplate, SignedDecision, SubjectRef, Transaction, VerifyRequest } from './wire/messages.js';
export { verifyDecision, verifyRequestHash } from './wire/signing.js';
// Signed terminal requests (the custodian verifies them itself) and authenticated 1:1 results.
export { signRequest, encodeSignedRequest, decodeSignedRequest, type SignedRequest, type BodyType } from './wire/signed-request.js';
export { encodeVerifyRequest, encodeEncryptedTemplate, transactionToPb, pb } from './wire/codec.js';
export { sha256 } from './wire/digest.js';
export { CustodianState, type AlarmState, type ReferenceMacKey } from './custodian/state.js';
export { LEGACY_1TO1_PRESET_ID } from './params/presets.js';
export { localDeployment, type LocalDeployment } from './cli/session.js';
export { quantizeEmbedding, validateEmbedding, cosine, type QuantizedTemplate } from './templates/face.js';
// 1:N duplicate search (docs/IDENTIFY.md)
export { IdentifyMatcher, type IdentifyMatcherOptions, type RegisteredKey } from './identify/matcher/identify-matcher.js';
export { FACE_1TON_PRESET_IDS } from './params/presets.js';
export { encodeExpandableProbe } from './he/index.js';
export { signIdentifyAuthorization, verifyIdentifyResponse, type IdentifyRequest, type IdentifyResponse } from './identify/messages/identify-messages.js';
export { openStore } from './store/open.js';
export type { Store, GalleryBlockRecord } from './store/store.js';
export { DeskClient } from './identify/desk/desk-client.js';
// Fingerprints: ISO/IEC 19794-2 and ANSI/INCITS 378 records -> fixed-length templates (docs/ACCURACY-FINGER.md)
export { parseMinutiaeRecord, serializeMinutiaeRecord, detectMinutiaeFormat, recordToJson, type MinutiaeRecord } from './templates/fingerprint/index.js';
export {
  FINGER_DIM,
  FINGER_1TON_DIM,
  fitBackground,
  minutiaeToVector,
  minutiaeToIdentifyVector,
  quantizeFingerVector,
  type FingerBackground,
} from './templates/fingerprint/representation.js';
export { FINGER_1TON_PRESET_ID } from './params/presets.js';
