/**
 * The one place error codes become HTTP statuses. Every 4xx/5xx body is a sealmatch.v1.Error.
 */
import type { ErrorCode } from '../errors.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  E_INVALID_ARGUMENT: 400,
  E_NON_FINITE: 400,
  E_ZERO_VECTOR: 400,
  E_DIMENSION: 400,
  E_PARAMS_MISMATCH: 400,
  E_UNKNOWN_PARAMS: 400,
  E_MALFORMED_CIPHERTEXT: 400,
  E_MALFORMED_KEY: 400,
  E_MALFORMED_MESSAGE: 400,
  E_MALFORMED_RECORD: 400,
  E_ENVELOPE: 400,
  E_SIGNATURE: 401,
  E_UNKNOWN_KEY: 401,
  E_UNAUTHENTICATED: 401,
  E_UNAUTHORIZED: 403,
  E_POLICY: 403,
  E_EVAL_MODE_FORBIDDEN: 403,
  E_EVAL_MODE_OFF: 403,
  E_UNKNOWN_SUBJECT: 404,
  E_REPLAY: 409,
  E_ALREADY_ENROLLED: 409,
  E_SUBJECT_MISMATCH: 409,
  E_COMPOSITION: 400,
  E_EXPIRED: 408,
  E_TOO_LARGE: 413,
  E_LOCKED: 423,
  E_RATE_LIMITED: 429,
  E_DECRYPTION_RANGE: 422,
  E_AUDIT: 422,
  E_STORE: 503,
  E_RUNTIME: 500,
  E_INTERNAL: 500,
  E_KEY_MISMATCH: 409,
  E_RESULT_UNAUTHENTIC: 422,
  E_SUSPENDED: 403,
  E_UNAVAILABLE: 503,
};

/** HTTP status for an error code (500 for anything unmapped). */
export function httpStatus(code: ErrorCode): number {
  return STATUS[code] ?? 500;
}
