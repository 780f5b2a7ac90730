/**
 * @module wire/approval
 * The two-person rule for changes to a subject's references: an enrollment desk signs the
 * EnrollRequest / DeleteRequest (SignedRequest, role `desk`), and an enrollment officer of the
 * same institution, a different person, signs an approval of that exact operation:
 *   Ed25519(officerKey, canonical("sealmatch/v1/officer-approval",
 *           operation, subjectRef, modality, SHA-256(template ciphertext) or empty, desk terminal id, nonce))
 * The matcher and the custodian each verify it against their own key registry.
 *
 * Security note: this module checks the signature and the binding; the caller checks the
 * officer key's registration, role, revocation and institution.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { SealmatchError } from '../errors.js';
import { canonicalBytes } from './canonical.js';
import { sha256 } from './digest.js';
import { equalBytes } from './signing.js';
import { isDeviceSigner, type DeviceKey } from './signed-request.js';

/** What an officer approves: an enrollment, a replacement or a deletion. */
export type ApprovedOperation = 'enroll' | 'replace' | 'delete';

/** What an officer approves. */
export interface ApprovalSubject {
  /** Which change is approved; an approval of one never passes for another. */
  readonly operation: ApprovedOperation;
  /** Subject reference (64 hex digits) whose references change. */
  readonly subjectRef: string;
  /** '' for deletions (every modality). */
  readonly modality: string;
  /** The template ciphertext (enroll / replace); undefined for deletions. */
  readonly ciphertext?: Uint8Array;
  /** Terminal id of the desk that signs the request (its transaction's terminalId). */
  readonly deskTerminalId: string;
  /** The request's transaction nonce (hex): the approval is good for that one request. */
  readonly nonce: string;
}

/** An officer's Ed25519 signature over one desk operation, with the officer's key id. */
export interface OfficerApproval {
  /** SHA-256 of the officer's Ed25519 public key (32 bytes): which registered officer approved. */
  readonly officerKeyId: Uint8Array;
  /** Ed25519 signature (64 bytes) over the approval's canonical bytes (module comment). */
  readonly signature: Uint8Array;
}

function signingBytes(a: ApprovalSubject): Uint8Array {
  return canonicalBytes('sealmatch/v1/officer-approval', [
    a.operation, a.subjectRef, a.modality, a.ciphertext ? sha256(a.ciphertext) : new Uint8Array(0), a.deskTerminalId, a.nonce,
  ]);
}

/** An officer's approval of one operation (officer's 32-byte Ed25519 secret key). */
export function signApproval(a: ApprovalSubject, officerSecretKey: Uint8Array): OfficerApproval {
  return { officerKeyId: sha256(ed25519.getPublicKey(officerSecretKey)), signature: ed25519.sign(signingBytes(a), officerSecretKey) };
}

/** An officer's approval signed by the officer's key as bytes or behind a signer (the same signature). */
export async function signApprovalWith(a: ApprovalSubject, officerKey: DeviceKey): Promise<OfficerApproval> {
  if (!isDeviceSigner(officerKey)) return signApproval(a, officerKey);
  return { officerKeyId: sha256(officerKey.publicKey), signature: await officerKey.sign(signingBytes(a)) };
}

/** Throws E_UNAUTHORIZED unless `approval` is `officerPublicKey`'s signature over `a`. */
export function checkApproval(a: ApprovalSubject, approval: OfficerApproval | undefined, officerPublicKey: Uint8Array): void {
  if (!approval) throw new SealmatchError('E_UNAUTHORIZED', `${a.operation} needs an enrollment officer's approval (two-person rule)`);
  let ok = false;
  try {
    ok = equalBytes(approval.officerKeyId, sha256(officerPublicKey)) && ed25519.verify(approval.signature, signingBytes(a), officerPublicKey);
  } catch {
    ok = false;
  }
  if (!ok) throw new SealmatchError('E_UNAUTHORIZED', 'officer approval does not verify for this operation');
}
