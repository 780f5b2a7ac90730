/**
 * Frozen wire vectors (test/vectors/): every message decodes to its JSON, re-encodes to the exact
 * same bytes, and the cryptographic relations between them hold (the decision signs the hash of
 * the verify request's bytes; the signed request verifies; the tree head signature verifies).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { verifyTreeHead } from '../src/audit/tree-head.js';
import { Custodian } from '../src/custodian/custodian.js';
import { decodeSignedDecision, decodeVerifyRequest, decodeBlindedResult, pb } from '../src/wire/codec.js';
import { sha256 } from '../src/wire/digest.js';
import { verifyRequestSignature } from '../src/wire/signed-request.js';
import { verifyDecision } from '../src/wire/signing.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'vectors');
const index = JSON.parse(readFileSync(join(dir, 'vectors.json'), 'utf8')) as { vectors: Record<string, string>; keys: Record<string, string> };
const hex = (name: string): Uint8Array => new Uint8Array(Buffer.from(readFileSync(join(dir, `${name}.hex`), 'utf8').trim(), 'hex'));
const json = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>;

type AnyType = { decode(b: Uint8Array): unknown; encode(m: unknown): { finish(): Uint8Array }; fromObject(o: object): unknown; toObject(m: unknown, o: object): object };

describe('wire vectors', () => {
  for (const [name, typeName] of Object.entries(index.vectors)) {
    it(`${name} (${typeName}) decodes to its JSON and round-trips byte-exact`, () => {
      const type = (pb as unknown as Record<string, AnyType>)[typeName.replace('sealmatch.v1.', '')]!;
      const bytes = hex(name);
      const decoded = type.decode(bytes);
      expect(JSON.parse(JSON.stringify(type.toObject(decoded, { bytes: String, longs: Number, enums: String })))).toEqual(json(name));
      expect(new Uint8Array(type.encode(type.fromObject(json(name))).finish())).toEqual(bytes);
    });
  }

  it('cryptographic relations between the vectors hold', async () => {
    const request = decodeVerifyRequest(hex('verify-request'));
    const decision = decodeSignedDecision(hex('signed-decision'));
    const decisionKey = ed25519.getPublicKey(new Uint8Array(Buffer.from(index.keys.decisionSecretKey!, 'hex')));
    expect(verifyDecision(decision, request, decisionKey)).toBe(true);
    expect(decision.requestHash).toEqual(sha256(hex('verify-request')));
    const s = pb.SignedRequest.decode(hex('signed-request'));
    expect(verifyRequestSignature({ body: s.body, bodyType: 'sealmatch.v1.VerifyRequest', keyId: s.keyId, signature: s.signature }, ed25519.getPublicKey(new Uint8Array(32).fill(0x17)))).toBe(true);
    const sth = pb.SignedTreeHead.decode(hex('signed-tree-head'));
    expect(() => verifyTreeHead({ treeSize: Number(sth.treeSize), rootHash: sth.rootHash, timestamp: Number(sth.timestampMs), logId: sth.logId, signature: sth.signature }, ed25519.getPublicKey(new Uint8Array(32).fill(0x33)))).not.toThrow();
    // The blinded result decrypts (with the test-only HE key) to the frozen decision.
    const heSecretKey = new Uint8Array(Buffer.from(readFileSync(join(dir, 'he-secret-key.test-only.hex'), 'utf8').trim(), 'hex'));
    const custodian = await Custodian.create({ secrets: { presetId: request.presetId, heSecretKey, decisionSecretKey: new Uint8Array(32).fill(0x42) } });
    try {
      expect(custodian.decide(decodeBlindedResult(hex('blinded-result'))).match).toBe(decision.match);
    } finally {
      custodian.delete();
    }
  });
});
