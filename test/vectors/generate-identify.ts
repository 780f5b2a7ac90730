/**
 * The 1:N identify vectors (proto/sealmatch/v1/identify.proto), preset sm1-bgv4096-face128-1toN:
 * a gallery of 4 LFW templates enrolled through the custodian refresh, one search with its
 * officer authorization, blinded result, signed decision and response, one deletion. Called by
 * generate.ts (all vectors) or on its own with `npx tsx test/vectors/generate.ts --identify-only`,
 * which leaves the frozen 1:1 vectors untouched.
 *
 * Size: the refresh messages hold d = 128 containers of ~86 KB in a real exchange (11 MB); the
 * vectors `refresh-response` and `deletion-refresh-request` keep the FIRST column only (a valid
 * message of the same type: the wire form, not a complete exchange). Everything else is complete.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Custodian } from '../../src/custodian/custodian.js';
import { HeContext } from '../../src/he/seal/context.js';
import { CoefficientEncryptor } from '../../src/he/seal/encryptor.js';
import { encodeExpandableProbe } from '../../src/he/seal/expansion.js';
import { FACE_1TON_PRESET_IDS } from '../../src/params/presets.js';
import { IdentifyMatcher } from '../../src/identify/matcher/identify-matcher.js';
import { quantizeEmbedding } from '../../src/templates/face.js';
import { subjectReference } from '../../src/subjects/subject-reference.js';
import { pb } from '../../src/wire/codec.js';
import {
  encodeBlindedIdentifyResult,
  encodeDeletionRefreshRequest,
  encodeEnrollmentRefreshRequest,
  encodeGalleryDeleteRequest,
  encodeGalleryEnrollRequest,
  encodeIdentifyAuthorization,
  encodeIdentifyRequest,
  encodeIdentifyResponse,
  encodeRefreshResponse,
  encodeSignedIdentifyDecision,
} from '../../src/identify/messages/identify-codec.js';
import { signIdentifyAuthorization, type DeletionRefreshRequest, type EnrollmentRefreshRequest, type RefreshResponse } from '../../src/identify/messages/identify-messages.js';
import { encodeSignedRequest, signRequest } from '../../src/wire/signed-request.js';
import { keyId } from '../../src/wire/signing.js';

type Save = (name: string, type: { encode(m: never): { finish(): Uint8Array }; decode(b: Uint8Array): unknown; toObject(m: never, o: object): object }, message: unknown) => void;

/** Fixed test keys of the identify vectors (never use in production). */
export const IDENTIFY_VECTOR_KEYS = { officerSecretKey: '51'.repeat(32), identifyHeSecretKeyFile: 'he-secret-key-1toN.test-only.hex' } as const;

const TIME = 1_790_000_000_000;

export async function generateIdentifyVectors(save: Save, here: string, people: { embeddings: number[][] }[]): Promise<{ vectors: Record<string, string>; keys: Record<string, string> }> {
  const index: Record<string, string> = {};
  const presetId = FACE_1TON_PRESET_IDS[128];
  const { secrets, bundle } = await Custodian.generateSecrets(presetId);
  const decisionSecretKey = new Uint8Array(32).fill(0x42);
  const full = { ...secrets, decisionSecretKey };
  const custodian = await Custodian.create({ secrets: full, now: () => TIME, identify: { trustMatcher: true } });
  // The generator plays the honest matcher: 1:N is served only for a matcher declared trusted
  // (1:N results carry no MAC yet, src/identify/custodian/custodian-identify.ts).
  // The attached engine signs with the wall clock: the vector's decision comes from an engine with TIME below.
  const officer = new Uint8Array(32).fill(0x51);
  const officerPublic = ed25519.getPublicKey(officer);
  // The custodian checks the officer's authorization against its own registry.
  await custodian.registerKey({ publicKey: officerPublic, ownerId: 'officer-vector', role: 'officer' });
  const matcher = await IdentifyMatcher.create({
    presetId,
    galoisKeys: custodian.expansionKeys(),
    keys: new Map([[bytesToHex(keyId(officerPublic)), { publicKey: officerPublic, role: 'officer' as const }]]),
    now: () => TIME,
  });
  const he = await HeContext.create(presetId);
  const enc = new CoefficientEncryptor(he, bundle.hePublicKey);
  try {
    const tn = Number(he.t);
    const q = (e: number[]): Int32Array => quantizeEmbedding(e, he.preset).values;
    const template = (v: Int32Array): Uint8Array => enc.encrypt(Array.from(v, (x) => ((x % tn) + tn) % tn));
    const bankKey = new Uint8Array(32).fill(7);
    const gallery = [
      { iin: '900101300027', e: people[0]!.embeddings[0]! },
      { iin: '850615400125', e: people[1]!.embeddings[0]! },
      { iin: '010203600133', e: people[0]!.embeddings[2]! },
      { iin: '770707500144', e: people[2]!.embeddings[0]! },
    ].map((g) => ({ subjectRef: subjectReference(bankKey, g.iin), values: q(g.e) }));

    // Desk -> matcher: one gallery enrollment (the SignedRequest body; signed like any 1:1 body).
    const enrollBody = encodeGalleryEnrollRequest({ presetId, subjectRef: gallery[0]!.subjectRef, dim: 128, template: template(gallery[0]!.values), caseId: 'case-vector-1', nonce: new Uint8Array(16).fill(0xa1), timestampMs: TIME });
    save('gallery-enroll-request', pb.GalleryEnrollRequest, pb.GalleryEnrollRequest.decode(enrollBody));
    index['gallery-enroll-request'] = 'sealmatch.v1.GalleryEnrollRequest';

    // Matcher <-> custodian: the first enrollment's refresh (one entry; answer cut to 1 column).
    let refreshReq: EnrollmentRefreshRequest | undefined;
    let refreshResp: RefreshResponse | undefined;
    await matcher.enroll([{ subjectRef: gallery[0]!.subjectRef, presetId, dim: 128, template: pb.GalleryEnrollRequest.decode(enrollBody).template }], async (r) => {
      refreshReq = r;
      refreshResp = await custodian.refreshForEnrollment(r);
      return refreshResp;
    });
    save('enrollment-refresh-request', pb.EnrollmentRefreshRequest, pb.EnrollmentRefreshRequest.decode(encodeEnrollmentRefreshRequest(refreshReq!)));
    index['enrollment-refresh-request'] = 'sealmatch.v1.EnrollmentRefreshRequest';
    save('refresh-response', pb.RefreshResponse, pb.RefreshResponse.decode(encodeRefreshResponse({ blockId: refreshResp!.blockId, columns: refreshResp!.columns.slice(0, 1) })));
    index['refresh-response'] = 'sealmatch.v1.RefreshResponse';
    await matcher.enroll(
      gallery.slice(1).map((g) => ({ subjectRef: g.subjectRef, presetId, dim: 128, template: template(g.values) })),
      (r) => custodian.refreshForEnrollment(r),
    );

    // The search: probe = another photo of person 0 (matches gallery entries 0 and 2).
    const probe = enc.encrypt(encodeExpandableProbe(Array.from(q(people[0]!.embeddings[1]!)), 128, he.t));
    const authorization = signIdentifyAuthorization({ presetId, probe, caseId: 'case-vector-1', issuedAtMs: TIME }, officer);
    save('identify-authorization', pb.IdentifyAuthorization, pb.IdentifyAuthorization.decode(encodeIdentifyAuthorization(authorization)));
    index['identify-authorization'] = 'sealmatch.v1.IdentifyAuthorization';
    const request = { presetId, dim: 128, probe, authorization };
    save('identify-request', pb.IdentifyRequest, pb.IdentifyRequest.decode(encodeIdentifyRequest(request)));
    index['identify-request'] = 'sealmatch.v1.IdentifyRequest';
    // Since the authorization field exists, the blinded result carries the request's authorization
    // and dimension (IdentifyMatcher.identify): a regenerated vector differs from the frozen one.
    const blinded = await matcher.identify(request);
    save('blinded-identify-result', pb.BlindedIdentifyResult, pb.BlindedIdentifyResult.decode(encodeBlindedIdentifyResult(blinded)));
    index['blinded-identify-result'] = 'sealmatch.v1.BlindedIdentifyResult';
    const { CustodianIdentify } = await import('../../src/identify/custodian/custodian-identify.js');
    // On the custodian's own state (its registry holds the officer), with the vectors' time.
    const engine = await CustodianIdentify.create(full, () => TIME, custodian.state, { trustMatcher: true });
    const decision = await engine.decideIdentify(blinded).finally(() => engine.delete());
    if (decision.blocks[0]!.matchingSlots.length < 2) throw new Error('vector search should match two gallery entries');
    save('signed-identify-decision', pb.SignedIdentifyDecision, pb.SignedIdentifyDecision.decode(encodeSignedIdentifyDecision(decision)));
    index['signed-identify-decision'] = 'sealmatch.v1.SignedIdentifyDecision';
    const response = await matcher.finishIdentify(decision);
    save('identify-response', pb.IdentifyResponse, pb.IdentifyResponse.decode(encodeIdentifyResponse(response)));
    index['identify-response'] = 'sealmatch.v1.IdentifyResponse';

    // Deletion of gallery entry 3: the desk's request (+ its signed envelope) and the refresh (1 column kept).
    const deleteBody = encodeGalleryDeleteRequest({ subjectRef: gallery[3]!.subjectRef, caseId: 'case-vector-2', nonce: new Uint8Array(16).fill(0xd1), timestampMs: TIME });
    save('gallery-delete-request', pb.GalleryDeleteRequest, pb.GalleryDeleteRequest.decode(deleteBody));
    index['gallery-delete-request'] = 'sealmatch.v1.GalleryDeleteRequest';
    const signedDelete = signRequest(deleteBody, 'sealmatch.v1.GalleryDeleteRequest', officer);
    save('signed-gallery-delete-request', pb.SignedRequest, pb.SignedRequest.decode(encodeSignedRequest(signedDelete)));
    index['signed-gallery-delete-request'] = 'sealmatch.v1.SignedRequest';
    let deletion: DeletionRefreshRequest | undefined;
    await matcher.deleteSubject(gallery[3]!.subjectRef, (r) => {
      deletion = r;
      return custodian.refreshForDeletion(r);
    });
    save('deletion-refresh-request', pb.DeletionRefreshRequest, pb.DeletionRefreshRequest.decode(encodeDeletionRefreshRequest({ ...deletion!, columns: deletion!.columns.slice(0, 1) })));
    index['deletion-refresh-request'] = 'sealmatch.v1.DeletionRefreshRequest';

    writeFileSync(join(here, IDENTIFY_VECTOR_KEYS.identifyHeSecretKeyFile), Buffer.from(secrets.heSecretKey).toString('hex') + '\n');
    return { vectors: index, keys: { ...IDENTIFY_VECTOR_KEYS, identifyPresetId: presetId } };
  } finally {
    enc.delete();
    he.delete();
    await matcher.close();
    custodian.delete();
  }
}
