/**
 * @module custodian/requests
 * The custodian's own authentication of the terminal requests behind everything it does: the
 * SignedRequest bytes the matcher relays are verified against the custodian's registry of keys
 * (never the matcher's), with the custodian's clock for the timestamp window. Nothing here
 * decrypts; every refusal happens before any decryption.
 *
 * Security note: this module checks signature, role, revocation, timestamp window and terminal
 * binding. It does NOT claim nonces (the caller does, in the same transaction as the work).
 */
import { SealmatchError } from '../../errors.js';
import { bytesToHex as hex } from '@noble/hashes/utils.js';
import { decodeEncryptedTemplate, decodeVerifyRequest, decodeWith, pb, transactionFromPb } from '../../wire/codec.js';
import type { EncryptedTemplate, Transaction, VerifyRequest } from '../../wire/messages.js';
import { decodeSignedRequest, requestHashOf, verifyRequestSignature, type BodyType, type SignedRequest } from '../../wire/signed-request.js';
import type { KeyRecord } from '../../store/store.js';
import type { CustodianState } from '../../custodian/state.js';
import { approvalFromPb } from '../../wire/change-authority.js';
import type { OfficerApproval } from '../../wire/approval.js';


/** A request the custodian authenticated itself. */
export interface CheckedRequest<T> {
  readonly signed: SignedRequest;
  readonly key: KeyRecord;
  readonly keyIdHex: string;
  readonly requestHash: Uint8Array;
  readonly requestHashHex: string;
  readonly body: T;
  readonly transaction: Transaction;
  /** Enroll / delete: the officer's approval carried in the request (two-person rule). */
  readonly approval?: OfficerApproval;
  /** Enroll: whether it replaces the subject's existing reference. */
  readonly replace?: boolean;
}

/** Subject references are hex HMAC-SHA256 outputs (64 lowercase hex digits). */
export function checkSubjectRef(ref: unknown): string {
  if (typeof ref !== 'string' || !/^[0-9a-f]{64}$/.test(ref)) {
    throw new SealmatchError('E_MALFORMED_MESSAGE', 'subject_ref must be 64 lowercase hex digits (HMAC-SHA256)');
  }
  return ref;
}

export class RequestAuthenticator {
  constructor(
    private readonly state: CustodianState,
    private readonly clock: () => number,
    private readonly windowMs: number,
  ) {}

  private async envelope(bytes: Uint8Array, bodyType: BodyType, roles: readonly KeyRecord['role'][]): Promise<{ signed: SignedRequest; key: KeyRecord; keyIdHex: string }> {
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new SealmatchError('E_UNAUTHORIZED', 'no signed terminal request accompanies this result');
    const signed = decodeSignedRequest(bytes, bodyType);
    const keyIdHex = hex(signed.keyId);
    const key = await this.state.getKey(keyIdHex);
    if (!key || key.revoked) throw new SealmatchError('E_UNKNOWN_KEY', 'signing key is not registered with the custodian');
    if (!roles.includes(key.role)) throw new SealmatchError('E_UNAUTHORIZED', `a ${roles.join(' or ')} key is required`);
    if (!verifyRequestSignature(signed, key.publicKey)) throw new SealmatchError('E_SIGNATURE', 'request signature does not verify');
    return { signed, key, keyIdHex };
  }

  private fresh(tx: Transaction, key: KeyRecord): void {
    if (Math.abs(this.clock() - tx.timestampMs) > this.windowMs) throw new SealmatchError('E_EXPIRED', 'request timestamp outside the custodian\'s window');
    if (tx.nonce.length < 32) throw new SealmatchError('E_MALFORMED_MESSAGE', 'nonce must be at least 16 bytes');
    if (tx.terminalId !== key.ownerId) throw new SealmatchError('E_UNAUTHORIZED', 'transaction names another terminal than the signing key');
  }

  private checked<T>(e: { signed: SignedRequest; key: KeyRecord; keyIdHex: string }, body: T, transaction: Transaction, extra: { approval?: OfficerApproval; replace?: boolean } = {}): CheckedRequest<T> {
    const requestHash = requestHashOf(e.signed);
    this.fresh(transaction, e.key);
    return { ...e, requestHash, requestHashHex: hex(requestHash), body, transaction, ...extra };
  }

  /** A terminal's signed VerifyRequest. */
  async verifyRequest(bytes: Uint8Array): Promise<CheckedRequest<VerifyRequest>> {
    const e = await this.envelope(bytes, 'sealmatch.v1.VerifyRequest', ['terminal']);
    const body = decodeVerifyRequest(e.signed.body);
    checkSubjectRef(body.subjectRef);
    return this.checked(e, body, body.transaction);
  }

  /** A desk's signed EnrollRequest (its template carries the reference MAC envelope). */
  async enrollRequest(bytes: Uint8Array): Promise<CheckedRequest<EncryptedTemplate>> {
    const e = await this.envelope(bytes, 'sealmatch.v1.EnrollRequest', ['desk']);
    const m = decodeWith(pb.EnrollRequest, e.signed.body, 'EnrollRequest');
    if (!m.template) throw new SealmatchError('E_MALFORMED_MESSAGE', 'missing template');
    const template = decodeEncryptedTemplate(pb.EncryptedTemplate.encode(m.template).finish());
    checkSubjectRef(template.subjectRef);
    return this.checked(e, template, transactionFromPb(m.transaction), { approval: approvalFromPb(m.approval), replace: m.replace === true });
  }

  /** A desk's signed DeleteRequest. */
  async deleteRequest(bytes: Uint8Array): Promise<CheckedRequest<string>> {
    const e = await this.envelope(bytes, 'sealmatch.v1.DeleteRequest', ['desk']);
    const m = decodeWith(pb.DeleteRequest, e.signed.body, 'DeleteRequest');
    return this.checked(e, checkSubjectRef(m.subjectRef), transactionFromPb(m.transaction), { approval: approvalFromPb(m.approval) });
  }
}
