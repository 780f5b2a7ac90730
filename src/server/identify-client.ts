/**
 * The matcher's HTTP calls to the custodian's 1:N routes (protobuf bodies, the same bearer token
 * as /v1/decide). Custodian errors come back as SealmatchError with the custodian's code.
 */
import { SealmatchError, ERROR_CODES, type ErrorCode } from '../errors.js';
import type { IdentifyCustodianCalls } from '../identify/matcher/identify-service.js';
import { decodeWith, pb } from '../wire/codec.js';
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

async function post(custodianUrl: string, path: string, token: string, body: Uint8Array, doFetch: CustodianFetch): Promise<Uint8Array> {
  const res = await doFetch(new URL(path, custodianUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-protobuf', accept: 'application/x-protobuf', authorization: `Bearer ${token}` },
    body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) as Uint8Array<ArrayBuffer>,
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (!res.ok) {
    let code: ErrorCode = 'E_INTERNAL';
    let message = `HTTP ${res.status}`;
    try {
      const err = decodeWith(pb.Error, bytes, 'Error');
      if (err.code && err.code in ERROR_CODES) code = err.code as ErrorCode;
      message = err.message || message;
    } catch {
      /* not a sealmatch.v1.Error body: keep the status */
    }
    throw new SealmatchError(code, `custodian: ${message}`);
  }
  return bytes;
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
