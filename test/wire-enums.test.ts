/**
 * Closed sets on the wire (src/wire/enums.ts): audit kind / outcome, transaction kind, signed
 * request body type and 1:N purpose travel as proto enums, the TypeScript side keeps its strings,
 * unknown values get typed errors, and what is hashed or signed did not change: the frozen audit
 * entry, re-encoded with enums, still yields the leaf under the frozen signed tree head's root.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ed25519 } from '@noble/curves/ed25519.js';
import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { AUDIT_KINDS, AUDIT_OUTCOMES, encodeAuditEntry, type AuditEntry } from '../src/audit/entry.js';
import { hashLeaf } from '../src/merkle/merkle.js';
import { verifyTreeHead } from '../src/audit/tree-head.js';
import { decodeAuditEntryMessage, encodeAuditEntryMessage } from '../src/wire/audit-codec.js';
import { sha256 } from '../src/wire/digest.js';
import { decodeReceipt, decodeVerifyRequest, decodeWith, encodeReceipt, encodeVerifyRequest, pb, transactionFromPb, transactionToPb } from '../src/wire/codec.js';
import { AUDIT_KIND, AUDIT_OUTCOME, BODY_TYPE, IDENTIFY_PURPOSE_PB, TRANSACTION_KIND } from '../src/wire/enums.js';
import { decodeIdentifyAuthorization, decodeIdentifyRequest, encodeIdentifyAuthorization } from '../src/identify/messages/identify-codec.js';
import type { SubjectRef } from '../src/subjects/subject-reference.js';
import { decodeSignedRequest, encodeSignedRequest, verifyRequestSignature, type BodyType } from '../src/wire/signed-request.js';
import { errorCode } from './helpers.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'vectors');
const hex = (name: string): Uint8Array => new Uint8Array(Buffer.from(readFileSync(join(dir, `${name}.hex`), 'utf8').trim(), 'hex'));

/** Names of a generated enum without its UNSPECIFIED member. */
const members = (e: object): string[] => Object.keys(e).filter((k) => Number.isNaN(Number(k)) && !k.endsWith('_UNSPECIFIED'));

describe('closed sets on the wire', () => {
  it('each mapping covers exactly its TypeScript set and its proto enum', () => {
    expect([...AUDIT_KIND.values].sort()).toEqual([...AUDIT_KINDS].sort());
    expect([...AUDIT_OUTCOME.values].sort()).toEqual([...AUDIT_OUTCOMES].sort());
    expect(members(pb.AuditKind).length).toBe(AUDIT_KINDS.length);
    expect(members(pb.AuditOutcome).length).toBe(AUDIT_OUTCOMES.length);
    expect(members(pb.TransactionKind).length).toBe(TRANSACTION_KIND.values.length);
    expect(members(pb.BodyType).length).toBe(BODY_TYPE.values.length);
    expect(members(pb.IdentifyPurpose).length).toBe(IDENTIFY_PURPOSE_PB.values.length);
    // The proto enum names follow the strings (AUDIT_KIND_POLICY_REFUSAL <-> "policy-refusal").
    for (const k of AUDIT_KINDS) expect(pb.AuditKind[`AUDIT_KIND_${k.toUpperCase().replace(/-/g, '_')}` as keyof typeof pb.AuditKind]).toBe(AUDIT_KIND.toPb(k));
    for (const o of AUDIT_OUTCOMES) expect(pb.AuditOutcome[`AUDIT_OUTCOME_${o.toUpperCase().replace(/-/g, '_')}` as keyof typeof pb.AuditOutcome]).toBe(AUDIT_OUTCOME.toPb(o));
  });

  it('the frozen audit entry decodes through the strict codec to the leaf the frozen tree head signs', () => {
    const entry = decodeAuditEntryMessage(hex('audit-entry'));
    expect(entry).toEqual({
      seq: 0,
      time: 1_790_000_000_000,
      kind: 'verify',
      actor: 'atm-vector-1',
      subjectRef: '6ce9c7c1d6f410f9f6c9972a3b8982ac822247b47c2f935eafbb7590406f2178',
      requestHash: Buffer.from(sha256(hex('verify-request'))).toString('hex'), // the frozen decision's request
      outcome: 'match',
    });
    expect(new Uint8Array(encodeAuditEntryMessage(entry))).toEqual(hex('audit-entry'));
    // The STH vector was signed BEFORE the enums, over hashLeaf(canonical bytes with the strings).
    const sth = decodeWith(pb.SignedTreeHead, hex('signed-tree-head'), 'SignedTreeHead');
    expect(sth.treeSize).toBe(1);
    expect(hashLeaf(encodeAuditEntry(entry))).toEqual(new Uint8Array(sth.rootHash));
    expect(() => verifyTreeHead({ treeSize: sth.treeSize, rootHash: sth.rootHash, timestamp: sth.timestampMs, logId: sth.logId, signature: sth.signature }, ed25519.getPublicKey(new Uint8Array(32).fill(0x33)))).not.toThrow();
  });

  it('every audit kind and outcome round-trips; unknown, missing and old string forms are refused', () => {
    const base: AuditEntry = { seq: 3, time: 1_790_000_000_000, kind: 'verify', actor: 'atm-1', requestHash: 'ab'.repeat(32), outcome: 'match' };
    for (const kind of AUDIT_KINDS) for (const outcome of AUDIT_OUTCOMES) expect(decodeAuditEntryMessage(encodeAuditEntryMessage({ ...base, kind, outcome }))).toEqual({ ...base, kind, outcome });
    const good = pb.AuditEntry.decode(encodeAuditEntryMessage(base));
    const mutated = (f: (m: typeof good) => void): Uint8Array => {
      const m = pb.AuditEntry.decode(pb.AuditEntry.encode(good).finish());
      f(m);
      return pb.AuditEntry.encode(m).finish();
    };
    expect(errorCode(() => decodeAuditEntryMessage(mutated((m) => (m.kind = 99 as never))))).toBe('E_MALFORMED_MESSAGE');
    expect(errorCode(() => decodeAuditEntryMessage(mutated((m) => (m.outcome = 0))))).toBe('E_MALFORMED_MESSAGE');
    expect(errorCode(() => decodeAuditEntryMessage(mutated((m) => (m.requestHash = new Uint8Array(31)))))).toBe('E_MALFORMED_MESSAGE');
    expect(errorCode(() => decodeAuditEntryMessage(mutated((m) => (m.actor = 'has space'))))).toBe('E_MALFORMED_MESSAGE');
    // The pre-enum encoding (string kind at field 3, string outcome at field 7) is not misread.
    const w = protobuf.Writer.create();
    w.uint32((1 << 3) | 0).uint64(3);
    w.uint32((3 << 3) | 2).string('verify');
    w.uint32((4 << 3) | 2).string('atm-1');
    w.uint32((7 << 3) | 2).string('match');
    expect(errorCode(() => decodeAuditEntryMessage(w.finish()))).toBe('E_MALFORMED_MESSAGE');
    expect(errorCode(() => encodeAuditEntryMessage({ ...base, kind: 'search' as never }))).toBe('E_INVALID_ARGUMENT');
  });

  it('transaction kind: strings in, enum on the wire, absent stays absent, unknown numbers refused', () => {
    const tx = { amountMinor: 100n, currency: 'KZT', terminalId: 't', nonce: '00'.repeat(16), timestampMs: 1 };
    for (const kind of TRANSACTION_KIND.values) expect(transactionFromPb(pb.Transaction.decode(pb.Transaction.encode(transactionToPb({ ...tx, kind })).finish())).kind).toBe(kind);
    expect(transactionFromPb(pb.Transaction.decode(pb.Transaction.encode(transactionToPb(tx)).finish()))).toEqual(tx);
    expect(pb.Transaction.encode(transactionToPb(tx)).finish().length).toBe(pb.Transaction.encode(transactionToPb({ ...tx, kind: 'top-up' })).finish().length - 2);
    expect(errorCode(() => transactionToPb({ ...tx, kind: 'browse' as never }))).toBe('E_INVALID_ARGUMENT');
    const req = { presetId: 'p', subjectRef: 's' as SubjectRef, dim: 1, probe: new Uint8Array(1), transaction: { ...tx, kind: 'top-up' as const } };
    const m = pb.VerifyRequest.decode(encodeVerifyRequest(req));
    expect(decodeVerifyRequest(encodeVerifyRequest(req)).transaction.kind).toBe('top-up');
    m.transaction!.kind = 7 as never;
    expect(errorCode(() => decodeVerifyRequest(pb.VerifyRequest.encode(m).finish()))).toBe('E_MALFORMED_MESSAGE');
  });

  it('signed request body type: the signature still covers the message name; unknown types refused', () => {
    const s = decodeSignedRequest(hex('signed-request'), 'sealmatch.v1.VerifyRequest');
    expect(verifyRequestSignature(s, ed25519.getPublicKey(new Uint8Array(32).fill(0x17)))).toBe(true);
    expect(new Uint8Array(encodeSignedRequest(s))).toEqual(hex('signed-request'));
    expect(errorCode(() => decodeSignedRequest(hex('signed-request'), 'sealmatch.v1.EnrollRequest'))).toBe('E_MALFORMED_MESSAGE');
    const m = pb.SignedRequest.decode(hex('signed-gallery-delete-request'));
    m.bodyType = 42 as never;
    expect(errorCode(() => decodeSignedRequest(pb.SignedRequest.encode(m).finish(), 'sealmatch.v1.GalleryDeleteRequest'))).toBe('E_MALFORMED_MESSAGE');
    m.bodyType = 0;
    expect(errorCode(() => decodeSignedRequest(pb.SignedRequest.encode(m).finish(), 'sealmatch.v1.GalleryDeleteRequest'))).toBe('E_MALFORMED_MESSAGE');
    expect(errorCode(() => encodeSignedRequest({ ...s, bodyType: 'sealmatch.v1.Nope' as BodyType }))).toBe('E_INVALID_ARGUMENT');
  });

  it('1:N purpose: the frozen authorization decodes to "enrollment-dedup"; other numbers refused', () => {
    const a = decodeIdentifyAuthorization(hex('identify-authorization'));
    expect(a.purpose).toBe('enrollment-dedup');
    expect(decodeIdentifyRequest(hex('identify-request')).authorization.purpose).toBe('enrollment-dedup');
    expect(new Uint8Array(encodeIdentifyAuthorization(a))).toEqual(hex('identify-authorization'));
    for (const purpose of [0, 2]) {
      const m = pb.IdentifyAuthorization.decode(hex('identify-authorization'));
      m.purpose = purpose;
      expect(errorCode(() => decodeIdentifyAuthorization(pb.IdentifyAuthorization.encode(m).finish())), `purpose ${purpose}`).toBe('E_MALFORMED_MESSAGE');
    }
    expect(errorCode(() => encodeIdentifyAuthorization({ ...a, purpose: 'investigation' as never }))).toBe('E_INVALID_ARGUMENT');
  });

  it('receipt outcome: "accepted" round-trips; a receipt saying anything else is refused', () => {
    const r = { subjectRef: 'a'.repeat(64), outcome: 'accepted' as const, auditSeq: 7, requestHash: new Uint8Array(32).fill(1) };
    expect(decodeReceipt(encodeReceipt(r))).toEqual(r);
    expect(pb.Receipt.decode(encodeReceipt(r)).outcome).toBe(pb.ReceiptOutcome.RECEIPT_OUTCOME_ACCEPTED);
    for (const outcome of [0, 2]) {
      expect(errorCode(() => decodeReceipt(pb.Receipt.encode({ subjectRef: r.subjectRef, outcome: outcome as never, auditSeq: 7 }).finish())), `outcome ${outcome}`).toBe('E_MALFORMED_MESSAGE');
    }
    expect(errorCode(() => encodeReceipt({ ...r, outcome: 'refused' as never }))).toBe('E_INVALID_ARGUMENT');
  });
});
