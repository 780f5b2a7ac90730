/**
 * Frozen wire vectors (test/vectors/): every message decodes to its JSON, re-encodes to the exact
 * same bytes, and the cryptographic relations between them hold (the decision signs the hash of
 * the verify request's bytes; the signed request verifies; the tree head signature verifies; for
 * 1:N, the authorization, decision and Merkle proofs of the identify vectors verify).
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
import { CustodianIdentify } from '../src/identify/custodian/custodian-identify.js';
import { CustodianState } from '../src/custodian/state.js';
import { asPresetId } from '../src/params/presets.js';
import { centre } from '../src/he/codec/coefficient-encoding.js';
import { HeContext } from '../src/he/seal/context.js';
import { RefreshCustodian } from '../src/he/seal/enrollment-refresh.js';
import {
  decodeBlindedIdentifyResult,
  decodeDeletionRefreshRequest,
  decodeEnrollmentRefreshRequest,
  decodeGalleryDeleteRequest,
  decodeGalleryEnrollRequest,
  decodeIdentifyAuthorization,
  decodeIdentifyRequest,
  decodeIdentifyResponse,
  decodeRefreshResponse,
  decodeSignedIdentifyDecision,
  encodeBlindedIdentifyResult,
  encodeIdentifyRequest,
  encodeIdentifyResponse,
  identifyContainerBytes,
} from '../src/identify/messages/identify-codec.js';
import { identifyRequestHash, verifyAuthorizationSignature, verifyIdentifyDecisionSignature, verifyIdentifyResponse } from '../src/identify/messages/identify-messages.js';

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
    const custodian = await Custodian.create({ secrets: { presetId: asPresetId(request.presetId), heSecretKey, decisionSecretKey: new Uint8Array(32).fill(0x42) }, evaluationMode: true });
    try {
      expect((await custodian.decide(decodeBlindedResult(hex('blinded-result')))).match).toBe(decision.match);
    } finally {
      custodian.delete();
    }
  });

  it('identify vectors: strict decoders accept them, and their signatures, hashes and proofs hold', async () => {
    const request = decodeIdentifyRequest(hex('identify-request'));
    const authorization = decodeIdentifyAuthorization(hex('identify-authorization'));
    expect(request.authorization).toEqual(authorization);
    const officer = ed25519.getPublicKey(new Uint8Array(Buffer.from(index.keys.officerSecretKey!, 'hex')));
    expect(verifyAuthorizationSignature(authorization, officer)).toBe(true);
    expect(authorization.probeHash).toEqual(sha256(request.probe));
    const decisionKey = ed25519.getPublicKey(new Uint8Array(Buffer.from(index.keys.decisionSecretKey!, 'hex')));
    const blinded = decodeBlindedIdentifyResult(hex('blinded-identify-result'));
    const decision = decodeSignedIdentifyDecision(hex('signed-identify-decision'));
    expect(blinded.requestHash).toEqual(identifyRequestHash(request));
    expect(decision.requestHash).toEqual(blinded.requestHash);
    expect(verifyIdentifyDecisionSignature(decision, decisionKey)).toBe(true);
    const response = decodeIdentifyResponse(hex('identify-response'));
    expect(response.decision).toEqual(decision);
    expect(response.matches.length).toBe(2);
    expect(verifyIdentifyResponse(response, request, decisionKey)).toBe(true);
    expect(verifyIdentifyResponse(response, { ...request, dim: 127 }, decisionKey)).toBe(false);
    // The blinded result decrypts (test-only 1:N HE key) to the frozen decision's slots.
    //
    // The frozen BlindedIdentifyResult predates its `authorization` / `dim` fields (vectors are not
    // regenerated). Deciding it as it is was an authorization-free decryption, which the custodian
    // no longer performs: it refuses it with E_UNAUTHORIZED, both by default and with a matcher
    // declared trusted, and decrypts nothing (no audit leaf). The frozen decision's signature is
    // checked above (verifyIdentifyDecisionSignature, verifyIdentifyResponse); its blocks are
    // checked by other means below: (1) by decrypting the frozen blocks directly with the
    // test-only key (no custodian), (2) through the engine, after completing the frozen result
    // with the frozen request's authorization and dimension (what IdentifyMatcher.identify now
    // adds), at the vectors' time: the engine then reproduces the frozen decision byte for byte.
    const heSecretKey = new Uint8Array(Buffer.from(readFileSync(join(dir, index.keys.identifyHeSecretKeyFile!), 'utf8').trim(), 'hex'));
    const secrets = { presetId: asPresetId(request.presetId), heSecretKey, decisionSecretKey: new Uint8Array(32).fill(0x42) };
    expect(blinded.authorization).toBeUndefined();
    expect(blinded.dim).toBeUndefined();
    for (const trustMatcher of [false, true]) {
      const custodian = await Custodian.create({ secrets, identify: { trustMatcher } });
      try {
        await custodian.registerKey({ publicKey: officer, ownerId: 'officer-vector', role: 'officer' });
        const code = await custodian.decideIdentify(blinded).then(
          () => 'decided',
          (e: { code?: string }) => e.code,
        );
        expect(code, `trustMatcher ${trustMatcher}`).toBe('E_UNAUTHORIZED');
        expect(custodian.state.audit.size).toBe(0); // nothing was decrypted
      } finally {
        await custodian.close();
      }
    }
    // (1) direct decryption of the frozen blocks: occupied slots with a centred value >= 0.
    const he = await HeContext.create(request.presetId);
    const dec = new RefreshCustodian(he, heSecretKey);
    try {
      const direct = blinded.blocks.map((b) => {
        const slots = dec.decryptSlots(b.ciphertext, [3]);
        const matchingSlots: number[] = [];
        for (let i = 0; i < he.N; i++) if ((b.occupied[i >> 3]! >> (i & 7)) & 1 && centre(slots[i]!, he.t) >= 0) matchingSlots.push(i);
        return { blockId: b.blockId, tableRoot: b.tableRoot, matchingSlots };
      });
      expect(direct).toEqual(decision.blocks);
    } finally {
      dec.delete();
      he.delete();
    }
    // (2) the engine, on the frozen result completed with the frozen authorization, at its time.
    const state = await CustodianState.open(':memory:');
    const engine = await CustodianIdentify.create(secrets, () => authorization.issuedAtMs, state, { trustMatcher: true });
    try {
      await state.putKey({ keyId: Buffer.from(sha256(officer)).toString('hex'), publicKey: officer, ownerId: 'officer-vector', role: 'officer', registeredAtMs: authorization.issuedAtMs, revoked: false });
      const completed = { ...blinded, authorization: request.authorization, dim: request.dim };
      expect(await engine.decideIdentify(completed)).toEqual(decision);
      expect(state.audit.size).toBe(1);
    } finally {
      engine.delete();
      await state.close();
    }
    // Gallery messages and the custodian refresh messages.
    const enroll = decodeGalleryEnrollRequest(hex('gallery-enroll-request'));
    expect(enroll.template.length).toBe(identifyContainerBytes(request.presetId, 2));
    const del = decodeGalleryDeleteRequest(hex('gallery-delete-request'));
    const s = pb.SignedRequest.decode(hex('signed-gallery-delete-request'));
    expect(new Uint8Array(s.body)).toEqual(hex('gallery-delete-request'));
    expect(verifyRequestSignature({ body: s.body, bodyType: 'sealmatch.v1.GalleryDeleteRequest', keyId: s.keyId, signature: s.signature }, officer)).toBe(true);
    expect(del.subjectRef).toMatch(/^[0-9a-f]{64}$/);
    const refresh = decodeEnrollmentRefreshRequest(hex('enrollment-refresh-request'));
    expect(refresh.entries.length).toBe(1);
    expect(refresh.entries[0]!.ciphertext.length).toBe(identifyContainerBytes(request.presetId, 2));
    expect(decodeRefreshResponse(hex('refresh-response')).columns[0]!.length).toBe(identifyContainerBytes(request.presetId, 2));
    expect(decodeDeletionRefreshRequest(hex('deletion-refresh-request')).columns[0]!.set.length).toBe(1);
    // Re-encoding through the codecs gives the frozen bytes back.
    expect(new Uint8Array(encodeIdentifyRequest(request))).toEqual(hex('identify-request'));
    expect(new Uint8Array(encodeIdentifyResponse(response))).toEqual(hex('identify-response'));
    expect(new Uint8Array(encodeBlindedIdentifyResult(blinded))).toEqual(hex('blinded-identify-result'));
  });

  it('identify codecs refuse malformed fields and oversized bodies with typed errors', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return (e as { code?: string }).code;
      }
      return undefined;
    };
    const decision = pb.SignedIdentifyDecision.decode(hex('signed-identify-decision'));
    const mutate = (f: (d: typeof decision) => void): Uint8Array => {
      const d = pb.SignedIdentifyDecision.decode(hex('signed-identify-decision'));
      f(d);
      return pb.SignedIdentifyDecision.encode(d).finish();
    };
    expect(decision.blocks[0]!.matchingSlots!.length).toBeGreaterThan(1);
    expect(code(() => decodeSignedIdentifyDecision(mutate((d) => d.blocks[0]!.matchingSlots!.reverse())))).toBe('E_MALFORMED_MESSAGE');
    expect(code(() => decodeSignedIdentifyDecision(mutate((d) => d.blocks.push(d.blocks[0]!))))).toBe('E_MALFORMED_MESSAGE');
    expect(code(() => decodeSignedIdentifyDecision(mutate((d) => (d.requestHash = d.requestHash!.subarray(0, 31)))))).toBe('E_MALFORMED_MESSAGE');
    expect(code(() => decodeSignedIdentifyDecision(mutate((d) => (d.signature = new Uint8Array(0)))))).toBe('E_MALFORMED_MESSAGE');
    expect(code(() => decodeSignedIdentifyDecision(mutate((d) => (d.blocks[0]!.matchingSlots = [70_000]))))).toBe('E_MALFORMED_MESSAGE');
    const blinded = hex('blinded-identify-result');
    expect(code(() => decodeBlindedIdentifyResult(blinded, { blindedResult: blinded.length - 1, maxBlocks: 1 }))).toBe('E_TOO_LARGE');
    const two = pb.BlindedIdentifyResult.decode(blinded);
    two.blocks.push(pb.BlindedBlock.create({ ...two.blocks[0]!, blockId: 1 }));
    expect(code(() => decodeBlindedIdentifyResult(pb.BlindedIdentifyResult.encode(two).finish(), { blindedResult: 2 * blinded.length, maxBlocks: 1 }))).toBe('E_TOO_LARGE');
    expect(code(() => decodeBlindedIdentifyResult(blinded.subarray(0, blinded.length - 100)))).toBe('E_MALFORMED_MESSAGE');
    const refresh = pb.EnrollmentRefreshRequest.decode(hex('enrollment-refresh-request'));
    refresh.entries.push(refresh.entries[0]!);
    expect(code(() => decodeEnrollmentRefreshRequest(pb.EnrollmentRefreshRequest.encode(refresh).finish()))).toBe('E_MALFORMED_MESSAGE');
    const response = pb.IdentifyResponse.decode(hex('identify-response'));
    response.matches[0]!.proof![0] = new Uint8Array(31);
    expect(code(() => decodeIdentifyResponse(pb.IdentifyResponse.encode(response).finish()))).toBe('E_MALFORMED_MESSAGE');
    expect(code(() => decodeIdentifyResponse(pb.IdentifyResponse.encode({ matches: [], slotsPerBlock: 4096 }).finish()))).toBe('E_MALFORMED_MESSAGE');
    const enroll = pb.GalleryEnrollRequest.decode(hex('gallery-enroll-request'));
    enroll.nonce = new Uint8Array(8);
    expect(code(() => decodeGalleryEnrollRequest(pb.GalleryEnrollRequest.encode(enroll).finish()))).toBe('E_MALFORMED_MESSAGE');
    expect(code(() => decodeIdentifyRequest(new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01])))).toBe('E_MALFORMED_MESSAGE');
  });
});
