/**
 * Closed sets on the wire: each in-process string-literal union <-> its proto enum
 * (proto/sealmatch/v1). The TypeScript side keeps the strings; only the codecs see the numbers.
 *
 * Encoding a string outside the set is E_INVALID_ARGUMENT (a JS caller past the types); decoding
 * a number outside the set, or UNSPECIFIED where a value is required, is E_MALFORMED_MESSAGE.
 *
 * Invariant: the STRINGS, never the enum numbers, are what is signed and hashed. Audit leaf
 * hashes are computed over the canonical entry bytes of src/audit/entry.ts (kind and outcome as
 * UTF-8 strings), request signatures over the full message name (signed-request.ts), identify
 * authorizations over the purpose string (identify-messages.ts). Moving these fields from proto
 * strings to enums therefore changed no stored leaf hash and no signature, only message bytes.
 */
import { SealmatchError } from '../errors.js';
import type { AuditKind, AuditOutcome } from '../audit/entry.js';
import { sealmatch } from './gen/sealmatch.js';
import type { IdentifyPurpose } from '../identify/messages/identify-messages.js';
import type { TransactionKind } from './messages.js';
import type { BodyType } from './signed-request.js';

// Straight from gen/ (not codec.ts's `pb`): codec.ts imports this module.
const v1 = sealmatch.v1;

/** One closed set: its strings and the proto enum numbers they travel as. */
export interface ClosedSet<S extends string> {
  /** Proto enum name, for error messages. */
  readonly name: string;
  readonly values: readonly S[];
  /** The enum number of `value`; E_INVALID_ARGUMENT when `value` is not in the set. */
  toPb(value: S): number;
  /** The string of a required field; E_MALFORMED_MESSAGE when absent (0) or unknown. */
  fromPb(n: number | null | undefined, field: string): S;
  /** The string of an optional field, undefined when absent (0); E_MALFORMED_MESSAGE when unknown. */
  optionalFromPb(n: number | null | undefined, field: string): S | undefined;
}

/**
 * `table` must name every member of `S` (a `Record<S, number>`: the compiler checks the set is
 * complete) and map each to a distinct non-zero number (0 is proto3's UNSPECIFIED).
 */
function closedSet<S extends string>(name: string, table: Record<S, number>): ClosedSet<S> {
  const values = Object.keys(table) as S[];
  const byNumber = new Map<number, S>();
  for (const v of values) {
    const n = table[v];
    if (!Number.isInteger(n) || n <= 0 || byNumber.has(n)) throw new SealmatchError('E_INTERNAL', `${name}: bad number ${n} for "${v}"`);
    byNumber.set(n, v);
  }
  const fromNumber = (n: number | null | undefined, field: string, required: boolean): S | undefined => {
    if (n === null || n === undefined || n === 0) {
      if (required) throw new SealmatchError('E_MALFORMED_MESSAGE', `missing field ${field}`);
      return undefined;
    }
    const v = typeof n === 'number' ? byNumber.get(n) : undefined;
    if (v === undefined) throw new SealmatchError('E_MALFORMED_MESSAGE', `${field}: unknown ${name} value ${String(n)}`);
    return v;
  };
  return {
    name,
    values,
    toPb(value: S): number {
      const n = Object.prototype.hasOwnProperty.call(table, value) ? table[value] : undefined;
      if (n === undefined) throw new SealmatchError('E_INVALID_ARGUMENT', `"${String(value)}" is not a ${name} (one of ${values.join(', ')})`);
      return n;
    },
    fromPb: (n, field) => fromNumber(n, field, true)!,
    optionalFromPb: (n, field) => fromNumber(n, field, false),
  };
}

/** audit.proto AuditKind <-> src/audit/entry.ts AUDIT_KINDS. */
export const AUDIT_KIND = closedSet<AuditKind>('AuditKind', {
  enroll: v1.AuditKind.AUDIT_KIND_ENROLL,
  verify: v1.AuditKind.AUDIT_KIND_VERIFY,
  identify: v1.AuditKind.AUDIT_KIND_IDENTIFY,
  delete: v1.AuditKind.AUDIT_KIND_DELETE,
  key: v1.AuditKind.AUDIT_KIND_KEY,
  'policy-refusal': v1.AuditKind.AUDIT_KIND_POLICY_REFUSAL,
  'eval-mode': v1.AuditKind.AUDIT_KIND_EVAL_MODE,
  decrypt: v1.AuditKind.AUDIT_KIND_DECRYPT,
  replace: v1.AuditKind.AUDIT_KIND_REPLACE,
});

/** audit.proto AuditOutcome <-> src/audit/entry.ts AUDIT_OUTCOMES. */
export const AUDIT_OUTCOME = closedSet<AuditOutcome>('AuditOutcome', {
  match: v1.AuditOutcome.AUDIT_OUTCOME_MATCH,
  'no-match': v1.AuditOutcome.AUDIT_OUTCOME_NO_MATCH,
  accepted: v1.AuditOutcome.AUDIT_OUTCOME_ACCEPTED,
  refused: v1.AuditOutcome.AUDIT_OUTCOME_REFUSED,
  failed: v1.AuditOutcome.AUDIT_OUTCOME_FAILED,
  alarm: v1.AuditOutcome.AUDIT_OUTCOME_ALARM,
});

/** verify.proto TransactionKind <-> messages.ts TransactionKind (absent = withdrawal, by policy). */
export const TRANSACTION_KIND = closedSet<TransactionKind>('TransactionKind', {
  withdrawal: v1.TransactionKind.TRANSACTION_KIND_WITHDRAWAL,
  'top-up': v1.TransactionKind.TRANSACTION_KIND_TOP_UP,
  enrollment: v1.TransactionKind.TRANSACTION_KIND_ENROLLMENT,
});

/** verify.proto BodyType <-> signed-request.ts BodyType (the full message names that are signed). */
export const BODY_TYPE = closedSet<BodyType>('BodyType', {
  'sealmatch.v1.VerifyRequest': v1.BodyType.BODY_TYPE_VERIFY_REQUEST,
  'sealmatch.v1.EnrollRequest': v1.BodyType.BODY_TYPE_ENROLL_REQUEST,
  'sealmatch.v1.DeleteRequest': v1.BodyType.BODY_TYPE_DELETE_REQUEST,
  'sealmatch.v1.AuthorizeRequest': v1.BodyType.BODY_TYPE_AUTHORIZE_REQUEST,
  'sealmatch.v1.IdentifyRequest': v1.BodyType.BODY_TYPE_IDENTIFY_REQUEST,
  'sealmatch.v1.GalleryEnrollRequest': v1.BodyType.BODY_TYPE_GALLERY_ENROLL_REQUEST,
  'sealmatch.v1.GalleryDeleteRequest': v1.BodyType.BODY_TYPE_GALLERY_DELETE_REQUEST,
});

/** verify.proto ReceiptOutcome: a receipt only ever says "accepted" (a refusal is an Error). */
export const RECEIPT_OUTCOME = closedSet<'accepted'>('ReceiptOutcome', {
  accepted: v1.ReceiptOutcome.RECEIPT_OUTCOME_ACCEPTED,
});

/** identify.proto IdentifyPurpose <-> identify-messages.ts IDENTIFY_PURPOSE. */
export const IDENTIFY_PURPOSE_PB = closedSet<IdentifyPurpose>('IdentifyPurpose', {
  'enrollment-dedup': v1.IdentifyPurpose.IDENTIFY_PURPOSE_ENROLLMENT_DEDUP,
});
