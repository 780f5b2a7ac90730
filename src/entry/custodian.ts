/**
 * The decision service: holds the HE secret key, authenticates each result (the terminal's signed
 * request, MAC tags inside the ciphertexts), decrypts once and signs the decision. Its secrets are
 * saved and loaded sealed ({@link saveCustodianSecrets}, {@link loadCustodianSecrets}).
 * @module sealmatch/custodian
 */
export { MIN_NODE_MAJOR } from './runtime.js';
export { Custodian, type CustodianOptions, type CustodianSecrets, type PublicBundle, type DecideContext } from '../custodian/custodian.js';
export { CustodianState, type AlarmState, type ReferenceMacKey } from '../custodian/state.js';
export { saveCustodianSecrets, loadCustodianSecrets, type StoredCustodianSecrets, type KeyFileOptions } from '../server/config.js';
export { keySourceFromEnv, secretKeyEnv, type SecretKeySource } from '../server/secret-file.js';
export type { IdentifyEngineOptions, EnrollmentRefreshRequest, DeletionRefreshRequest, RefreshResponse } from '../identify/custodian/custodian-identify.js';
export type { SlotRegistration } from '../identify/messages/identify-messages.js';
export type { BlindedResult, SignedDecision, Modality } from '../wire/messages.js';
export type { BlindedIdentifyResult, SignedIdentifyDecision, BlindedBlock, BlockDecision } from '../identify/messages/identify-messages.js';
