/**
 * What runs at the enrollment desk: 1:1 enrollments with an officer's approval (two-person rule,
 * {@link TerminalClient} with a desk key) and 1:N duplicate searches authorized by an officer
 * ({@link DeskClient}).
 * @module sealmatch/desk
 */
export { MIN_NODE_MAJOR } from './runtime.js';
export { DeskClient, type DeskClientOptions, type PreparedIdentify } from '../identify/desk/desk-client.js';
export { TerminalClient, officerApprover, type Approver, type EnrollOptions, type FingerEnrollOptions, type FusedEnrollOptions, type FusedPartInput, type TerminalClientOptions } from '../verify/terminal/terminal-client.js';
export { COMPOSITIONS, type CompositeModality, type Composition, type CompositionPart, type PartModality } from '../templates/fusion.js';
export { Terminal, type TerminalConfig, type TransactionInput } from '../verify/terminal/terminal.js';
export { signApproval, type ApprovalSubject, type ApprovedOperation, type OfficerApproval } from '../wire/approval.js';
export {
  signIdentifyAuthorization,
  verifyIdentifyResponse,
  verifySlotRegistration,
  type SlotRegistration,
  type IdentifyAuthorization,
  type IdentifyMatch,
  type IdentifyRequest,
  type IdentifyResponse,
} from '../identify/messages/identify-messages.js';
export { subjectReference, asSubjectRef, isSubjectRef, validateIin, iinCheckDigit, type SubjectRef } from '../subjects/subject-reference.js';
export type { DeviceKey, DeviceSigner } from '../wire/signed-request.js';
