/**
 * Audit entry canonical encoding and signed tree heads: frozen byte vectors (the encodings are a
 * contract with every exported log), strict decoding, and the no-biometrics-in-the-log rule.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_KINDS,
  AUDIT_OUTCOMES,
  type AuditEntry,
  decodeAuditEntry,
  encodeAuditEntry,
  encodeTreeHead,
  signTreeHead,
  treeHeadFromJson,
  treeHeadToJson,
  verifyTreeHead,
} from '../src/audit/index.js';

const FULL: AuditEntry = {
  seq: 258,
  time: 1700000000123,
  kind: 'verify',
  actor: 'atm-0042',
  subjectRef: '11'.repeat(32),
  requestHash: 'ab'.repeat(32),
  outcome: 'no-match',
  reason: 'E_LOCKED',
};
// Frozen: version 01 | seq u64 | time u64 | "verify" | "atm-0042" | 01 subjectRef | 01 requestHash | "no-match" | 01 "E_LOCKED"
const FULL_HEX =
  '01' + '0000000000000102' + '0000018bcfe5687b' + '0006' + '766572696679' + '0008' + '61746d2d30303432' +
  '01' + '11'.repeat(32) + '01' + 'ab'.repeat(32) + '0008' + '6e6f2d6d61746368' + '01' + '0008' + '455f4c4f434b4544';
const MINIMAL: AuditEntry = { seq: 0, time: 0, kind: 'key', actor: 'k', outcome: 'accepted' };
const MINIMAL_HEX = '01' + '00'.repeat(8) + '00'.repeat(8) + '0003' + '6b6579' + '0001' + '6b' + '00' + '00' + '0008' + '6163636570746564' + '00';

const code = (c: string) => expect.objectContaining({ code: c });

describe('audit entry encoding', () => {
  it('matches the frozen v1 bytes and round-trips byte-exact', () => {
    expect(bytesToHex(encodeAuditEntry(FULL))).toBe(FULL_HEX);
    expect(bytesToHex(encodeAuditEntry(MINIMAL))).toBe(MINIMAL_HEX);
    expect(decodeAuditEntry(hexToBytes(FULL_HEX))).toEqual(FULL);
    expect(decodeAuditEntry(hexToBytes(MINIMAL_HEX))).toEqual(MINIMAL);
  });

  it('round-trips every valid entry (property)', () => {
    const hex32 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(bytesToHex);
    const entry = fc.record(
      {
        seq: fc.maxSafeNat(),
        time: fc.maxSafeNat(),
        kind: fc.constantFrom(...AUDIT_KINDS),
        actor: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{0,127}$/),
        subjectRef: hex32,
        requestHash: hex32,
        outcome: fc.constantFrom(...AUDIT_OUTCOMES),
        reason: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/),
      },
      { requiredKeys: ['seq', 'time', 'kind', 'actor', 'outcome'] },
    );
    fc.assert(
      fc.property(entry, (e) => {
        const bytes = encodeAuditEntry(e);
        const back = decodeAuditEntry(bytes);
        expect(back).toEqual(e);
        expect(bytesToHex(encodeAuditEntry(back))).toBe(bytesToHex(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('cannot carry biometric data or scores: unknown fields and free text are refused', () => {
    const withScore = { ...FULL, score: 0.87 } as unknown as AuditEntry;
    const withTemplate = { ...FULL, template: 'AAAA' } as unknown as AuditEntry;
    expect(() => encodeAuditEntry(withScore)).toThrow(code('E_INVALID_ARGUMENT'));
    expect(() => encodeAuditEntry(withTemplate)).toThrow(code('E_INVALID_ARGUMENT'));
    expect(() => encodeAuditEntry({ ...FULL, reason: 'score was 0.87' })).toThrow(code('E_INVALID_ARGUMENT'));
    expect(() => encodeAuditEntry({ ...FULL, actor: 'atm 42 score 0.87' })).toThrow(code('E_INVALID_ARGUMENT'));
    expect(() => encodeAuditEntry({ ...FULL, outcome: 'score=0.87' as never })).toThrow(code('E_INVALID_ARGUMENT'));
    expect(() => encodeAuditEntry({ ...FULL, kind: 'search' as never })).toThrow(code('E_INVALID_ARGUMENT'));
    // One spelling per value: uppercase or short hex would give a second encoding of a reference.
    expect(() => encodeAuditEntry({ ...FULL, subjectRef: 'AB'.repeat(32) })).toThrow(code('E_INVALID_ARGUMENT'));
    expect(() => encodeAuditEntry({ ...FULL, requestHash: 'ab'.repeat(31) })).toThrow(code('E_INVALID_ARGUMENT'));
    expect(() => encodeAuditEntry({ ...FULL, seq: -1 })).toThrow(code('E_INVALID_ARGUMENT'));
    expect(() => encodeAuditEntry({ ...FULL, time: 1.5 })).toThrow(code('E_INVALID_ARGUMENT'));
    expect(() => encodeAuditEntry({ ...FULL, seq: 2 ** 53 })).toThrow(code('E_INVALID_ARGUMENT'));
  });

  it('decodes only canonical bytes (E_AUDIT otherwise)', () => {
    const good = hexToBytes(FULL_HEX);
    const mutate = (f: (b: Uint8Array) => Uint8Array) => () => decodeAuditEntry(f(good.slice()));
    expect(mutate((b) => ((b[0] = 2), b))).toThrow(code('E_AUDIT')); // unknown version
    expect(mutate((b) => b.subarray(0, b.length - 1))).toThrow(code('E_AUDIT')); // truncated
    expect(mutate((b) => Uint8Array.from([...b, 0]))).toThrow(code('E_AUDIT')); // trailing byte
    expect(mutate((b) => ((b[1] = 0x01), b))).toThrow(code('E_AUDIT')); // seq >= 2^53
    const presence = 1 + 8 + 8 + 2 + 6 + 2 + 8; // offset of the subjectRef presence byte
    expect(good[presence]).toBe(1);
    expect(mutate((b) => ((b[presence] = 2), b))).toThrow(code('E_AUDIT'));
    expect(mutate((b) => ((b[1 + 8 + 8 + 2] = 0x56), b))).toThrow(code('E_AUDIT')); // kind "Verify"
    expect(mutate((b) => ((b[1 + 8 + 8 + 2 + 6 + 2] = 0xff), b))).toThrow(code('E_AUDIT')); // invalid UTF-8 in actor
  });
});

describe('signed tree heads', () => {
  const sk = new Uint8Array(32).fill(1);
  const pk = ed25519.getPublicKey(sk);
  const head = { treeSize: 3, rootHash: new Uint8Array(32).fill(7), timestamp: 1700000000000, logId: 'bank-a/prod' };

  it('signs the frozen domain-separated encoding', () => {
    const expected = bytesToHex(new TextEncoder().encode('sealmatch/v1/sth')) + '00' + '0000000000000003' + '0000018bcfe56800' + '07'.repeat(32) + '000b' + bytesToHex(new TextEncoder().encode('bank-a/prod'));
    expect(bytesToHex(encodeTreeHead(head))).toBe(expected);
    const sth = signTreeHead(head, sk);
    // Ed25519 is deterministic (RFC 8032), so the signature is frozen too.
    expect(bytesToHex(sth.signature)).toBe(
      'a627df5de2bea52f8cbf0fec9b2d3e06c2f12c484d515ba74196543e1694730b1f0890f09e9f65df92006ed0a1d0b961629508819105937e866da843380a9d08',
    );
    expect(ed25519.verify(sth.signature, hexToBytes(expected), pk)).toBe(true);
    expect(() => verifyTreeHead(sth, pk)).not.toThrow();
  });

  it('rejects any change to a signed field, another key, or a malleated signature', () => {
    const sth = signTreeHead(head, sk);
    const other = ed25519.getPublicKey(new Uint8Array(32).fill(2));
    const root = sth.rootHash.slice();
    root[0]! ^= 1;
    const sig = sth.signature.slice();
    sig[63]! ^= 0x80; // S + high bit: non-canonical S must be refused (strict RFC 8032)
    for (const forged of [
      { ...sth, treeSize: 4 },
      { ...sth, timestamp: sth.timestamp + 1 },
      { ...sth, logId: 'bank-b/prod' },
      { ...sth, rootHash: root },
      { ...sth, signature: sig },
      { ...sth, signature: new Uint8Array(64) },
      { ...sth, signature: sth.signature.subarray(0, 63) },
    ]) {
      expect(() => verifyTreeHead(forged, pk)).toThrow(code('E_AUDIT'));
    }
    expect(() => verifyTreeHead(sth, other)).toThrow(code('E_AUDIT'));
    expect(() => verifyTreeHead(sth, new Uint8Array(31))).toThrow(code('E_INVALID_ARGUMENT'));
    expect(() => signTreeHead(head, new Uint8Array(64))).toThrow(code('E_INVALID_ARGUMENT'));
  });

  it('round-trips the JSON form and refuses malformed JSON', () => {
    const sth = signTreeHead(head, sk);
    const json = JSON.parse(JSON.stringify(treeHeadToJson(sth)));
    const back = treeHeadFromJson(json);
    expect(() => verifyTreeHead(back, pk)).not.toThrow();
    expect(bytesToHex(back.rootHash)).toBe(bytesToHex(sth.rootHash));
    expect(() => treeHeadFromJson({ ...json, signature: json.signature.toUpperCase() })).toThrow(code('E_MALFORMED_MESSAGE'));
    expect(() => treeHeadFromJson({ ...json, treeSize: '3' })).toThrow(code('E_MALFORMED_MESSAGE'));
    expect(() => treeHeadFromJson(null)).toThrow(code('E_MALFORMED_MESSAGE'));
  });
});
