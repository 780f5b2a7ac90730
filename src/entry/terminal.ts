/**
 * What runs at the ATM or teller app: encrypt a probe under the custodian's public key, sign the
 * request with the device key, bind it to the transaction, and check the custodian's decision.
 * Holds no secret HE key; imports nothing of the custodian.
 * @example
 * import { TerminalClient, Terminal, subjectReference } from 'sealmatch/terminal';
 * @module sealmatch/terminal
 */
export { MIN_NODE_MAJOR } from './runtime.js';
export { Terminal, type TerminalConfig, type ReferenceOptions, type AcceptedDecision, type TransactionInput } from '../verify/terminal/terminal.js';
export {
  TerminalClient,
  officerApprover,
  type TerminalClientOptions,
  type TxInput,
  type Approver,
  type EnrollOptions,
  type FingerEnrollOptions,
  type PreparedEnrollment,
  type VerifyOptions,
  type FusedPartInput,
  type FusedEnrollOptions,
} from '../verify/terminal/terminal-client.js';
export { COMPOSITIONS, type CompositeModality, type Composition, type CompositionPart, type PartModality } from '../templates/fusion.js';
export { signApproval, type ApprovalSubject, type ApprovedOperation, type OfficerApproval } from '../wire/approval.js';
export { verifyDecision, verifyDecisionSignature, verifyRequestHash } from '../wire/signing.js';
export { signRequest, encodeSignedRequest, type SignedRequest, type BodyType, type DeviceKey, type DeviceSigner } from '../wire/signed-request.js';
export { encodeVerifyRequest, encodeEncryptedTemplate } from '../wire/codec.js';
export { subjectReference, asSubjectRef, isSubjectRef, validateIin, iinCheckDigit, type SubjectRef } from '../subjects/subject-reference.js';
export type { EncryptedTemplate, Modality, SignedDecision, Transaction, VerifyRequest } from '../wire/messages.js';
