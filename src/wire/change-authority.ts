/**
 * @module wire/change-authority
 * Who may change a subject's references, checked identically by the matcher and the custodian
 * against their own key registries (docs/THREAT-MODEL.md, "Roles"):
 *   - the request is signed by a registered, unrevoked key of role `desk` (ATM `terminal` keys
 *     verify only);
 *   - an officer approval (approval.ts) of this exact operation is signed by a registered,
 *     unrevoked key of role `officer`, of the same institution, belonging to a different person;
 *   - replacing or deleting a reference is possible only for the institution that enrolled it.
 *
 * Security note: the caller has already verified the desk's signature over the request bytes.
 */
import { SealmatchError } from '../errors.js';
import { bytesToHex as hex } from '@noble/hashes/utils.js';
import type { KeyRecord } from '../store/store.js';
import { checkApproval, type ApprovalSubject, type OfficerApproval } from './approval.js';


/** Throws E_UNAUTHORIZED unless `desk` may perform `subject` with `approval`. Returns the officer. */
export async function checkChangeAuthority(
  desk: KeyRecord,
  subject: ApprovalSubject,
  approval: OfficerApproval | undefined,
  lookup: (keyIdHex: string) => Promise<KeyRecord | undefined>,
  enrolledByInstitution?: string,
): Promise<KeyRecord> {
  if (desk.role !== 'desk') throw new SealmatchError('E_UNAUTHORIZED', `only enrollment desk keys may ${subject.operation}; this key's role is ${desk.role}`);
  if (!approval) throw new SealmatchError('E_UNAUTHORIZED', `${subject.operation} needs an enrollment officer's approval (two-person rule)`);
  const officer = await lookup(hex(approval.officerKeyId));
  if (!officer || officer.revoked || officer.role !== 'officer') throw new SealmatchError('E_UNAUTHORIZED', 'the approval is not signed by a registered officer key');
  if (officer.ownerId === desk.ownerId) throw new SealmatchError('E_UNAUTHORIZED', 'desk and approving officer must be two different people');
  if ((officer.institution ?? '') !== (desk.institution ?? '')) throw new SealmatchError('E_UNAUTHORIZED', 'the approving officer belongs to another institution');
  checkApproval(subject, approval, officer.publicKey);
  if (enrolledByInstitution !== undefined && enrolledByInstitution !== (desk.institution ?? '')) {
    throw new SealmatchError('E_UNAUTHORIZED', 'the subject was enrolled by another institution');
  }
  return officer;
}

/** Decodes the protobuf form of an approval (undefined when absent). */
export function approvalFromPb(m: { officerKeyId?: Uint8Array | null; signature?: Uint8Array | null } | null | undefined): OfficerApproval | undefined {
  if (!m || !m.officerKeyId?.length || !m.signature?.length) return undefined;
  if (m.officerKeyId.length !== 32 || m.signature.length !== 64) throw new SealmatchError('E_MALFORMED_MESSAGE', 'officer approval: key id must be 32 bytes, signature 64');
  return { officerKeyId: new Uint8Array(m.officerKeyId), signature: new Uint8Array(m.signature) };
}
