/**
 * The audit entry: what happened, who asked, about which pseudonymous subject, and the outcome.
 *
 * Privacy invariant: an entry can hold no biometric data and no score. There is no free-form
 * field: `kind` and `outcome` are closed enums, `actor` and `reason` are short identifiers
 * (no spaces, bounded length), `subjectRef` and `requestHash` are exactly 32 bytes (HMAC-SHA256
 * subject reference, SHA-256 request hash). {@link validateAuditEntry} enforces the same at run
 * time and rejects unknown properties, so a JS caller cannot slip a `score` in either.
 *
 * This file is the single place that defines the canonical byte encoding (the Merkle leaf data).
 * Should it move to protobuf, it changes here and the version byte changes with it.
 *
 * Canonical encoding, version 1 (all integers big-endian; no padding; no trailing bytes):
 *
 *   entry_v1    := version seq time kind actor subjectRef requestHash outcome reason
 *   version     := 0x01
 *   seq         := uint64                  0 <= seq  < 2^53
 *   time        := uint64                  milliseconds since 1970-01-01T00:00:00Z, < 2^53
 *   kind        := str                     one of AUDIT_KINDS
 *   actor       := str                     ACTOR_PATTERN
 *   subjectRef  := opt(bytes32)            raw bytes of the 64-char lowercase hex
 *   requestHash := opt(bytes32)
 *   outcome     := str                     one of AUDIT_OUTCOMES
 *   reason      := opt(str)                REASON_PATTERN
 *   str         := uint16 byte-length || UTF-8 bytes
 *   opt(x)      := 0x00 (absent) | 0x01 x (present)
 *
 * Decoding accepts exactly the image of encoding (strict presence bytes, valid UTF-8, values that
 * pass validation, no trailing bytes), so decode(encode(e)) = e and encode(decode(b)) = b.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { SealmatchError } from '../errors.js';

/** Encoding version written as the first byte. */
export const AUDIT_ENTRY_VERSION = 0x01;

/** Event kinds (docs/PROTOCOL.md); `policy-refusal` records refused requests, e.g. a 1:N search without authorization. */
export const AUDIT_KINDS = ['enroll', 'verify', 'identify', 'delete', 'key', 'policy-refusal', 'eval-mode', 'decrypt', 'replace'] as const;
/** What an audit entry records (one of AUDIT_KINDS). */
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** Outcomes: decisions (`match`, `no-match`) or the fate of a request (`accepted`, `refused`, `failed`). */
export const AUDIT_OUTCOMES = ['match', 'no-match', 'accepted', 'refused', 'failed', 'alarm'] as const;
/** How the recorded operation ended (one of AUDIT_OUTCOMES). */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Key id of a terminal, officer or service: 1-128 chars, starts alphanumeric, no whitespace. */
export const ACTOR_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{0,127}$/;
/** Reason code such as `E_POLICY` or `dedup-only`: 1-64 chars, starts with a letter. */
export const REASON_PATTERN = /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/;
/** 32 bytes as 64 lowercase hex digits (one spelling only, so encoding stays canonical). */
export const HEX32_PATTERN = /^[0-9a-f]{64}$/;

/** One audit log entry. `seq` is its position in the log (0-based), assigned by the log. */
export interface AuditEntry {
  /** Position in the log, from 0, assigned on append. */
  readonly seq: number;
  /** Milliseconds since the Unix epoch. */
  readonly time: number;
  /** What happened (enroll, verify, identify, delete, ...). */
  readonly kind: AuditKind;
  /** Key id of the terminal / officer / service that made the request. */
  readonly actor: string;
  /** Pseudonymous subject reference (HMAC-SHA256, 64 hex); never an IIN. */
  readonly subjectRef?: string;
  /** SHA-256 of the signed request, 64 hex; binds the entry to the request and its decision. */
  readonly requestHash?: string;
  /** How it ended: a decision (match, no-match) or the request's fate (accepted, refused, failed, alarm). */
  readonly outcome: AuditOutcome;
  /** Reason code (e.g. the `SealmatchError` code of a refusal). */
  readonly reason?: string;
}

const UTF8_ENCODER = new TextEncoder();
/** `fatal`: invalid UTF-8 throws instead of decoding to U+FFFD (which would re-encode differently). */
const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const FIELDS: ReadonlySet<string> = new Set(['seq', 'time', 'kind', 'actor', 'subjectRef', 'requestHash', 'outcome', 'reason']);

/**
 * Checks that `x` is a well-formed {@link AuditEntry} and returns a copy holding only its
 * fields. Throws E_INVALID_ARGUMENT naming the first bad field.
 */
export function validateAuditEntry(x: unknown): AuditEntry {
  const bad = (field: string, why: string): never => {
    throw new SealmatchError('E_INVALID_ARGUMENT', `audit entry ${field} ${why}`, { field });
  };
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return bad('', 'must be an object');
  const o = x as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!FIELDS.has(k) && o[k] !== undefined) bad(k, 'is not an audit entry field');
  const int53 = (k: string): number => {
    const v = o[k];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return bad(k, 'must be a non-negative safe integer');
    return v;
  };
  const matching = (k: string, re: RegExp): string => {
    const v = o[k];
    if (typeof v !== 'string' || !re.test(v)) return bad(k, `must match ${re}`);
    return v;
  };
  const optional = (k: string, re: RegExp): string | undefined => (o[k] === undefined ? undefined : matching(k, re));
  const seq = int53('seq');
  const time = int53('time');
  const kind = o['kind'];
  if (!(AUDIT_KINDS as readonly unknown[]).includes(kind)) bad('kind', `must be one of ${AUDIT_KINDS.join(', ')}`);
  const outcome = o['outcome'];
  if (!(AUDIT_OUTCOMES as readonly unknown[]).includes(outcome)) bad('outcome', `must be one of ${AUDIT_OUTCOMES.join(', ')}`);
  const entry: { -readonly [K in keyof AuditEntry]: AuditEntry[K] } = {
    seq,
    time,
    kind: kind as AuditKind,
    actor: matching('actor', ACTOR_PATTERN),
    outcome: outcome as AuditOutcome,
  };
  const subjectRef = optional('subjectRef', HEX32_PATTERN);
  const requestHash = optional('requestHash', HEX32_PATTERN);
  const reason = optional('reason', REASON_PATTERN);
  if (subjectRef !== undefined) entry.subjectRef = subjectRef;
  if (requestHash !== undefined) entry.requestHash = requestHash;
  if (reason !== undefined) entry.reason = reason;
  return entry;
}

/** Canonical v1 bytes of `entry` (see the file comment). Validates first; E_INVALID_ARGUMENT. */
export function encodeAuditEntry(entry: AuditEntry): Uint8Array {
  const e = validateAuditEntry(entry);
  const parts: number[] = [AUDIT_ENTRY_VERSION];
  const u64 = (v: number): void => {
    const hi = Math.floor(v / 2 ** 32);
    const lo = v % 2 ** 32;
    parts.push(hi >>> 24, (hi >>> 16) & 255, (hi >>> 8) & 255, hi & 255, lo >>> 24, (lo >>> 16) & 255, (lo >>> 8) & 255, lo & 255);
  };
  const str = (s: string): void => {
    const b = UTF8_ENCODER.encode(s);
    parts.push(b.length >>> 8, b.length & 255, ...b);
  };
  const opt = (v: string | undefined, write: (v: string) => void): void => {
    if (v === undefined) parts.push(0);
    else {
      parts.push(1);
      write(v);
    }
  };
  u64(e.seq);
  u64(e.time);
  str(e.kind);
  str(e.actor);
  opt(e.subjectRef, (h) => parts.push(...hexToBytes(h)));
  opt(e.requestHash, (h) => parts.push(...hexToBytes(h)));
  str(e.outcome);
  opt(e.reason, str);
  return Uint8Array.from(parts);
}

/**
 * Parses canonical v1 bytes back to an entry. Throws `SealmatchError('E_AUDIT')` for anything
 * that {@link encodeAuditEntry} could not have produced: a log whose entry bytes do not decode
 * is corrupt or tampered with.
 */
export function decodeAuditEntry(bytes: Uint8Array): AuditEntry {
  if (!(bytes instanceof Uint8Array)) throw new SealmatchError('E_INVALID_ARGUMENT', 'entry bytes must be a Uint8Array');
  const corrupt = (why: string): never => {
    throw new SealmatchError('E_AUDIT', `audit entry bytes are malformed: ${why}`, { reason: why });
  };
  let at = 0;
  const take = (n: number): Uint8Array => {
    if (at + n > bytes.length) corrupt('truncated');
    const out = bytes.subarray(at, at + n);
    at += n;
    return out;
  };
  const u64 = (): number => {
    const b = take(8);
    const hi = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
    const lo = ((b[4]! << 24) | (b[5]! << 16) | (b[6]! << 8) | b[7]!) >>> 0;
    if (hi >= 2 ** 21) corrupt('integer above 2^53');
    return hi * 2 ** 32 + lo;
  };
  const str = (): string => {
    const len = take(2);
    try {
      return UTF8_DECODER.decode(take((len[0]! << 8) | len[1]!));
    } catch (e) {
      if (e instanceof SealmatchError) throw e;
      return corrupt('invalid UTF-8');
    }
  };
  const opt = <T>(read: () => T): T | undefined => {
    const flag = take(1)[0]!;
    if (flag === 0) return undefined;
    if (flag !== 1) corrupt('presence byte is neither 0 nor 1');
    return read();
  };
  const version = take(1)[0];
  if (version !== AUDIT_ENTRY_VERSION) corrupt(`unknown version ${version}`);
  const raw = {
    seq: u64(),
    time: u64(),
    kind: str(),
    actor: str(),
    subjectRef: opt(() => bytesToHex(take(32))),
    requestHash: opt(() => bytesToHex(take(32))),
    outcome: str(),
    reason: opt(str),
  };
  if (at !== bytes.length) corrupt('trailing bytes');
  try {
    return validateAuditEntry(raw);
  } catch (e) {
    return corrupt(e instanceof Error ? e.message : 'invalid field');
  }
}
