/**
 * The one error family of sealmatch. Every failure a caller can act on carries a stable `code`;
 * the server maps codes to HTTP statuses in one place (`src/server/status.ts`), tests assert on
 * codes, never on messages.
 */
export const ERROR_CODES = {
  /** Runtime is too old (node-seal 7 needs Node >= 22). */
  E_RUNTIME: 'runtime does not meet requirements',
  /** An argument is of the wrong type or out of its documented range. */
  E_INVALID_ARGUMENT: 'invalid argument',
  /** Embedding contains NaN or +-Infinity. */
  E_NON_FINITE: 'embedding has a non-finite value',
  /** Embedding has zero (or denormal) norm: it cannot be normalized. */
  E_ZERO_VECTOR: 'embedding has zero norm',
  /** Embedding length differs from the declared dimension or the preset's range. */
  E_DIMENSION: 'embedding dimension mismatch',
  /** Ciphertext or message names a parameter set other than the one expected. */
  E_PARAMS_MISMATCH: 'parameter set mismatch',
  /** Parameter set id is not known to this build. */
  E_UNKNOWN_PARAMS: 'unknown parameter set',
  /** Ciphertext bytes are truncated, oversized or hold out-of-range residues. */
  E_MALFORMED_CIPHERTEXT: 'malformed ciphertext',
  /** A key blob is malformed or for other parameters. */
  E_MALFORMED_KEY: 'malformed key',
  /** Protobuf or JSON message cannot be decoded. */
  E_MALFORMED_MESSAGE: 'malformed message',
  /** Stored reference belongs to a different subject than the one claimed. */
  E_SUBJECT_MISMATCH: 'reference belongs to another subject',
  /** A fused request or template whose parts do not match its composite modality or the stored reference's composition (count, modalities, dimensions). */
  E_COMPOSITION: 'parts do not match the composition',
  /** No reference is enrolled for the subject. */
  E_UNKNOWN_SUBJECT: 'unknown subject',
  /** Subject is already enrolled. */
  E_ALREADY_ENROLLED: 'subject already enrolled',
  /** Subject is locked after repeated failures. */
  E_LOCKED: 'subject locked',
  /** Signature missing or invalid. */
  E_SIGNATURE: 'signature invalid',
  /** HPKE envelope (src/wire/hpke.ts) fails to open: AEAD tag, enc or info/aad binding wrong. */
  E_ENVELOPE: 'sealed envelope does not open: wrong key, tampered bytes or wrong binding',
  /** Request nonce seen before. */
  E_REPLAY: 'replayed request',
  /** Request timestamp outside the accepted window. */
  E_EXPIRED: 'request expired',
  /** Terminal / officer key not registered. */
  E_UNKNOWN_KEY: 'unknown key',
  /** Operation needs an authorization that was not given. */
  E_UNAUTHORIZED: 'unauthorized',
  /** Credential (e.g. the auditor's bearer token) missing or wrong: who is asking is not known. */
  E_UNAUTHENTICATED: 'unauthenticated',
  /** Evaluation mode requested where it is forbidden (production). */
  E_EVAL_MODE_FORBIDDEN: 'evaluation mode forbidden',
  /** Evaluation mode not enabled on this party. */
  E_EVAL_MODE_OFF: 'evaluation mode is off',
  /** Decryption produced a value outside the blinded range: noise overflow or tampering. */
  E_DECRYPTION_RANGE: 'decrypted value out of range',
  /** Request refused by policy (the reason code says which rule). */
  E_POLICY: 'refused by policy',
  /** Body over the size limit. */
  E_TOO_LARGE: 'message too large',
  /** Rate limit hit. */
  E_RATE_LIMITED: 'rate limited',
  /** Fingerprint record cannot be parsed. */
  E_MALFORMED_RECORD: 'malformed biometric record',
  /** Store failure. */
  E_STORE: 'store failure',
  /** Audit log verification failed. */
  E_AUDIT: 'audit verification failed',
  /** Ciphertext or reference made under another custodian HE key than the one in use. */
  E_KEY_MISMATCH: 'custodian key mismatch',
  /** A result failed authentication at the custodian (forged, substituted, replayed or corrupted). */
  E_RESULT_UNAUTHENTIC: 'result failed authentication',
  /** The custodian stopped serving this matcher credential after repeated alarms (operator re-enables). */
  E_SUSPENDED: 'matcher credential suspended',
  /** A dependency (custodian, store) is down, busy or full: retryable, nothing was committed. */
  E_UNAVAILABLE: 'dependency unavailable',
  /** Internal invariant broken: a bug. */
  E_INTERNAL: 'internal error',
} as const;

/** A stable error code (a key of ERROR_CODES). */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Base class of every error sealmatch throws on purpose. `code` is stable across releases. */
export class SealmatchError extends Error {
  /** Stable machine-readable code (ERROR_CODES); branch on this, never on the message. */
  readonly code: ErrorCode;
  /** Structured context for logs (ids, sizes, indices, a reason), or undefined. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  /** The message reads `CODE: message`, or `CODE: description` (ERROR_CODES) when none is given. */
  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(message ? `${code}: ${message}` : `${code}: ${ERROR_CODES[code]}`, options);
    this.name = 'SealmatchError';
    this.code = code;
    this.details = details;
  }
}


/** True when `e` is a SealmatchError, optionally with the given code. */
export function isSealmatchError(e: unknown, code?: ErrorCode): e is SealmatchError {
  return e instanceof SealmatchError && (code === undefined || e.code === code);
}
