/**
 * HTTP routes of 1:N identify (docs/IDENTIFY.md, "Wire"), registered on the matcher and custodian
 * apps only for 1:N parameter sets. Body limits are per route, from the preset
 * (`identifyWireLimits`): the HTTP limit is 4/3 of the protobuf message limit plus 4 KiB so that
 * the JSON debugging form (bytes as base64) fits; the decoded protobuf bytes are then held to the
 * message limit itself (E_TOO_LARGE either way, HTTP 413).
 */
import type { FastifyInstance } from 'fastify';
import type { Custodian } from '../custodian/custodian.js';
import { SealmatchError } from '../errors.js';
import type { IdentifyService } from '../identify/matcher/identify-service.js';
import { pb } from '../wire/codec.js';
import {
  decodeBlindedIdentifyResult,
  decodeDeletionRefreshRequest,
  decodeEnrollmentRefreshRequest,
  encodeIdentifyResponse,
  encodeRefreshResponse,
  encodeSignedIdentifyDecision,
  encodeSlotRegistration,
  type IdentifyWireLimits,
} from '../identify/messages/identify-codec.js';
import { bearerMatches } from './base.js';
import { credentialId } from './custodian-app.js';
import { CUSTODIAN_IDENTIFY_ROUTES } from './identify-client.js';
import { bodyBytes, send, type PbType } from './protocol.js';

const P = <T>(t: unknown): PbType<T> => t as PbType<T>;

/** HTTP body limit for a protobuf message limit (room for the base64 of the JSON form). */
export function httpBodyLimit(messageLimit: number): number {
  return Math.ceil((messageLimit * 4) / 3) + 4096;
}

/** Matcher: POST /v1/identify, /v1/identify/enroll, /v1/identify/delete. */
export function registerMatcherIdentifyRoutes(app: FastifyInstance, service: IdentifyService, limits: IdentifyWireLimits): void {
  app.post('/v1/identify', { bodyLimit: httpBodyLimit(limits.identifyRequest) }, async (req, reply) => {
    const { response } = await service.identify(bodyBytes(req, P(pb.IdentifyRequest)));
    return send(req, reply, P(pb.IdentifyResponse), pb.IdentifyResponse.decode(encodeIdentifyResponse(response)));
  });
  // SignedRequest envelope: the message limit plus the envelope (type, key id, signature).
  app.post('/v1/identify/enroll', { bodyLimit: httpBodyLimit(limits.galleryEnroll + 1024) }, async (req, reply) => {
    // Authenticated sets: a GalleryEnrollSubmission (the signed request and the desk's mask seed).
    const r = await service.enroll(bodyBytes(req, service.matcher.authenticated ? P(pb.GalleryEnrollSubmission) : P(pb.SignedRequest)));
    return send(
      req,
      reply,
      P(pb.Receipt),
      pb.Receipt.create({
        subjectRef: r.subjectRef, outcome: pb.ReceiptOutcome.RECEIPT_OUTCOME_ACCEPTED, auditSeq: r.seq, requestHash: r.requestHash,
        ...(r.registration ? { custodianRegistration: encodeSlotRegistration(r.registration) } : {}),
      }),
    );
  });
  app.post('/v1/identify/delete', { bodyLimit: httpBodyLimit(limits.galleryDelete + 1024) }, async (req, reply) => {
    const r = await service.delete(bodyBytes(req, P(pb.SignedRequest)));
    return send(req, reply, P(pb.Receipt), pb.Receipt.create({ subjectRef: r.subjectRef, outcome: pb.ReceiptOutcome.RECEIPT_OUTCOME_ACCEPTED, auditSeq: r.seq, requestHash: r.requestHash }));
  });
}

/** Custodian: the three calls the matcher makes, behind the same bearer token as /v1/decide. */
export function registerCustodianIdentifyRoutes(app: FastifyInstance, custodian: Custodian, matcherToken: string, limits: IdentifyWireLimits): void {
  const auth = (header: string | undefined): void => {
    if (!bearerMatches(header, matcherToken)) throw new SealmatchError('E_UNAUTHORIZED', 'matcher token required');
  };
  // Alarms and suspension are counted per matcher credential, as on /v1/decide.
  const ctx = { credential: credentialId(matcherToken) };
  app.post(CUSTODIAN_IDENTIFY_ROUTES.decide, { bodyLimit: httpBodyLimit(limits.blindedResult) }, async (req, reply) => {
    auth(req.headers.authorization);
    const result = decodeBlindedIdentifyResult(bodyBytes(req, P(pb.BlindedIdentifyResult)), limits);
    const decision = await custodian.decideIdentify(result, ctx);
    return send(req, reply, P(pb.SignedIdentifyDecision), pb.SignedIdentifyDecision.decode(encodeSignedIdentifyDecision(decision)));
  });
  app.post(CUSTODIAN_IDENTIFY_ROUTES.refreshEnroll, { bodyLimit: httpBodyLimit(limits.enrollmentRefresh) }, async (req, reply) => {
    auth(req.headers.authorization);
    const r = await custodian.refreshForEnrollment(decodeEnrollmentRefreshRequest(bodyBytes(req, P(pb.EnrollmentRefreshRequest)), limits), ctx);
    return send(req, reply, P(pb.RefreshResponse), pb.RefreshResponse.decode(encodeRefreshResponse(r)));
  });
  app.post(CUSTODIAN_IDENTIFY_ROUTES.refreshDelete, { bodyLimit: httpBodyLimit(limits.deletionRefresh) }, async (req, reply) => {
    auth(req.headers.authorization);
    const r = await custodian.refreshForDeletion(decodeDeletionRefreshRequest(bodyBytes(req, P(pb.DeletionRefreshRequest)), limits), ctx);
    return send(req, reply, P(pb.RefreshResponse), pb.RefreshResponse.decode(encodeRefreshResponse(r)));
  });
}
