/**
 * The matcher's HTTP calls to the custodian's 1:N routes (protobuf bodies, the same bearer token
 * as /v1/decide). Custodian errors come back as SealmatchError with the custodian's code.
 */
import type { IdentifyCustodianCalls } from '../identify/matcher/identify-service.js';
import { postProtobuf } from '../wire/http-post.js';
import {
  decodeRefreshResponse,
  decodeSignedIdentifyDecision,
  encodeBlindedIdentifyResult,
  encodeDeletionRefreshRequest,
  encodeEnrollmentRefreshRequest,
  type IdentifyWireLimits,
} from '../identify/messages/identify-codec.js';
import type { CustodianFetch } from './tls.js';

/** Custodian routes of 1:N identify (docs/IDENTIFY.md, "Wire"). */
export const CUSTODIAN_IDENTIFY_ROUTES = {
  decide: '/v1/identify/decide',
  refreshEnroll: '/v1/identify/refresh/enroll',
  refreshDelete: '/v1/identify/refresh/delete',
} as const;

function post(custodianUrl: string, path: string, token: string, body: Uint8Array, doFetch: CustodianFetch): Promise<Uint8Array> {
  // No deadline: a 1:N decision over a large gallery takes seconds (docs/IDENTIFY.md).
  return postProtobuf(new URL(path, custodianUrl), body, { fetch: doFetch, headers: { authorization: `Bearer ${token}` }, peer: 'custodian' });
}

/**
 * The custodian's decide / refresh calls over HTTP, answers decoded under the preset's limits.
 * `doFetch` carries the matcher's client TLS (tls.ts `custodianFetch`; global fetch by default).
 */
export function httpIdentifyCustodian(custodianUrl: string, token: string, limits: IdentifyWireLimits, doFetch: CustodianFetch = fetch): IdentifyCustodianCalls {
  return {
    decide: async (r) => decodeSignedIdentifyDecision(await post(custodianUrl, CUSTODIAN_IDENTIFY_ROUTES.decide, token, encodeBlindedIdentifyResult(r), doFetch), limits),
    refreshForEnrollment: async (r) => decodeRefreshResponse(await post(custodianUrl, CUSTODIAN_IDENTIFY_ROUTES.refreshEnroll, token, encodeEnrollmentRefreshRequest(r), doFetch), limits),
    refreshForDeletion: async (r) => decodeRefreshResponse(await post(custodianUrl, CUSTODIAN_IDENTIFY_ROUTES.refreshDelete, token, encodeDeletionRefreshRequest(r), doFetch), limits),
  };
}
