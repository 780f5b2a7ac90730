/**
 * The wire codecs leave protobufjs's global configuration alone: importing them does not unset
 * `protobuf.util.Long` (an earlier codec.ts did, for the whole process), and they still hand out
 * 64-bit fields as JS numbers, converted at the decode site (codec.ts `longsToNumbers`).
 */
import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { errorCode } from './helpers.js';

describe('wire codecs and protobufjs Long', () => {
  const before = protobuf.util.Long;
  const readerUint64 = protobuf.Reader.prototype.uint64;

  it('importing the codecs leaves protobuf.util.Long (and the Reader) unchanged', async () => {
    expect(before).toBeDefined(); // protobufjs found `long`: the case the old global hack "fixed"
    await import('../src/wire/codec.js');
    await import('../src/identify/messages/identify-codec.js');
    await import('../src/wire/signed-request.js');
    expect(protobuf.util.Long).toBe(before);
    expect(protobuf.Reader.prototype.uint64).toBe(readerUint64);
    // Another protobufjs user in the process still gets Long objects for 64-bit fields.
    const w = protobuf.Writer.create();
    w.uint64(2 ** 60);
    const v = protobuf.Reader.create(w.finish()).uint64() as unknown;
    expect(typeof v).toBe('object');
  });

  it('decoders still return 64-bit fields as numbers: set, absent (prototype default) and nested', async () => {
    const { decodeWith, pb, decodeSignedDecision } = await import('../src/wire/codec.js');
    const sthBytes = pb.SignedTreeHead.encode({ treeSize: 5, timestampMs: 1_790_000_000_000, logId: 'x' }).finish();
    const sth = decodeWith(pb.SignedTreeHead, sthBytes, 'SignedTreeHead');
    expect(sth.treeSize).toBe(5);
    expect(sth.timestampMs).toBe(1_790_000_000_000);
    const receipt = decodeWith(pb.Receipt, pb.Receipt.encode({ subjectRef: 'a', outcome: pb.ReceiptOutcome.RECEIPT_OUTCOME_ACCEPTED }).finish(), 'Receipt');
    expect(receipt.auditSeq).toBe(0); // absent: the generated prototype default is a Long zero
    const enroll = decodeWith(pb.EnrollRequest, pb.EnrollRequest.encode({ transaction: { amountMinor: 123, timestampMs: 7 } }).finish(), 'EnrollRequest');
    expect(enroll.transaction!.amountMinor).toBe(123);
    expect(enroll.transaction!.timestampMs).toBe(7);
    // Re-encoding a converted message gives the same bytes (zeros stay implicit).
    expect(new Uint8Array(pb.SignedTreeHead.encode(sth).finish())).toEqual(new Uint8Array(sthBytes));
    const negative = pb.SignedDecision.encode({ parameterSetId: 'p', requestHash: new Uint8Array(32), issuedAtMs: -1, custodianKeyId: new Uint8Array(32), signature: new Uint8Array(64) }).finish();
    expect(decodeSignedDecision(negative).issuedAtMs).toBe(-1);
  });

  it('a 64-bit value beyond 2^53 is E_MALFORMED_MESSAGE, not a rounded number', async () => {
    const { decodeWith, pb } = await import('../src/wire/codec.js');
    const Long = protobuf.util.Long as unknown as { fromString(s: string, unsigned?: boolean): number };
    const big = pb.SignedTreeHead.encode({ treeSize: Long.fromString('9007199254740993', true) }).finish();
    expect(errorCode(() => decodeWith(pb.SignedTreeHead, big, 'SignedTreeHead'))).toBe('E_MALFORMED_MESSAGE');
    const { decodeGalleryDeleteRequest } = await import('../src/identify/messages/identify-codec.js');
    const del = pb.GalleryDeleteRequest.encode({ subjectRef: 'a'.repeat(64), caseId: 'c', nonce: new Uint8Array(16), timestampMs: Long.fromString('9223372036854775807') }).finish();
    expect(errorCode(() => decodeGalleryDeleteRequest(del))).toBe('E_MALFORMED_MESSAGE');
  });
});
