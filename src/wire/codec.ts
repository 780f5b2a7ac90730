/**
 * Protobuf codecs between the in-process message types (messages.ts) and the wire
 * (proto/sealmatch/v1, generated code in gen/ — never edited by hand; `npm run proto:gen`).
 * Decoding is strict: any protobuf error, missing field or out-of-range value is
 * E_MALFORMED_MESSAGE, never a RangeError from inside protobufjs.
 */
import protobuf from 'protobufjs/minimal.js';
import { bytesToHex as hex, hexToBytes } from '@noble/hashes/utils.js';
import { SealmatchError } from '../errors.js';
import { RECEIPT_OUTCOME, TRANSACTION_KIND } from './enums.js';
import { sealmatch } from './gen/sealmatch.js';
import type { BlindedResult, EncryptedTemplate, Modality, SignedDecision, SubjectRef, Transaction, VerifyRequest } from './messages.js';
import type { PartModality } from '../templates/fusion.js';

const MODALITY_TO_PB: Record<Modality, number> = { face: 1, finger: 2, 'finger+finger': 3, 'face+finger': 4 };
const MODALITY_FROM_PB = new Map(Object.entries(MODALITY_TO_PB).map(([m, n]) => [n, m as Modality]));

function modalityToPb(m: Modality | undefined): number {
  if (m === undefined || m === 'face') return 0;
  const n = Object.prototype.hasOwnProperty.call(MODALITY_TO_PB, m) ? MODALITY_TO_PB[m] : undefined;
  if (n === undefined) throw new SealmatchError('E_INVALID_ARGUMENT', `"${String(m)}" is not a modality`);
  return n;
}

function modalityFromPb(v: number | null | undefined): Modality {
  if (!v) return 'face';
  const m = MODALITY_FROM_PB.get(v);
  if (m === undefined) throw new SealmatchError('E_MALFORMED_MESSAGE', `unknown modality ${v}`);
  return m;
}

/** The second probe of legacy score-level fusion is a single modality. */
function partModalityFromPb(v: number | null | undefined): PartModality {
  const m = modalityFromPb(v);
  if (m !== 'face' && m !== 'finger') throw new SealmatchError('E_MALFORMED_MESSAGE', `fused.modality must be a single modality, got ${m}`);
  return m;
}

/** Part dimensions of a composite template or probe (absent for single modalities). */
function partDimsToPb(x: { readonly partDims?: readonly number[] }): { partDims?: number[] } {
  if (x.partDims === undefined) return {};
  if (!Array.isArray(x.partDims) || !x.partDims.every((d) => Number.isInteger(d) && d > 0 && d < 2 ** 32)) {
    throw new SealmatchError('E_INVALID_ARGUMENT', 'partDims must be positive integers');
  }
  return { partDims: [...x.partDims] };
}

function partDimsFromPb(m: { partDims?: number[] | null }): { partDims?: number[] } {
  if (!m.partDims?.length) return {};
  if (!m.partDims.every((d) => Number.isInteger(d) && d > 0)) throw new SealmatchError('E_MALFORMED_MESSAGE', 'part_dims must be positive');
  return { partDims: [...m.partDims] };
}

export const pb = sealmatch.v1;

/** Largest message body accepted anywhere (a 1:N probe plus slack). */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

function malformed(what: string, cause?: unknown): SealmatchError {
  return new SealmatchError('E_MALFORMED_MESSAGE', what, undefined, cause ? { cause } : undefined);
}

/**
 * 64-bit fields as JS numbers, locally. protobufjs decodes (u|s)int64 fields to `Long` objects
 * whenever the `long` package loads (a dependency of protobufjs, so always), and the generated
 * prototypes' defaults of those fields are `Long` zeros; `--force-number` in `proto:gen` only
 * types them `number` in gen/sealmatch.d.ts. Rather than unsetting `protobuf.util.Long` for the
 * whole process (what this module once did at import, changing every protobufjs user in it), the
 * decoders here convert each `Long` of the decoded message (own or prototype default, nested
 * messages and repeated fields included) to a number on the message itself. Encoding is
 * unchanged: a number field of 0 is skipped exactly like an absent one (proto3 implicit
 * presence), so decode -> encode stays byte-exact.
 *
 * All our 64-bit values are below 2^53 (amounts in minor units, times in ms, sequence numbers,
 * tree sizes); a decoded value outside the safe-integer range is E_MALFORMED_MESSAGE here, where
 * converting it would silently round it.
 */
export function longsToNumbers<T>(message: T, name: string, depth = 0): T {
  if (depth > 32) throw malformed(`${name}: nested too deeply`);
  const m = message as unknown as Record<string, unknown>;
  // for...in: the generated classes put field defaults on the prototype (enumerable).
  for (const key in m) {
    const v = m[key];
    if (v === null || typeof v !== 'object' || v instanceof Uint8Array) continue;
    if (isLong(v)) m[key] = longToNumber(v, `${name}.${key}`);
    else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x !== null && typeof x === 'object' && !(x instanceof Uint8Array)) {
          if (isLong(x)) v[i] = longToNumber(x, `${name}.${key}[${i}]`);
          else longsToNumbers(x, `${name}.${key}[${i}]`, depth + 1);
        }
      }
    } else longsToNumbers(v, `${name}.${key}`, depth + 1);
  }
  return message;
}

interface LongLike {
  readonly low: number;
  readonly high: number;
  readonly unsigned: boolean;
  toNumber(): number;
  toString(): string;
}

function isLong(v: object): v is LongLike {
  const Long = protobuf.util.Long as unknown as { isLong?(x: unknown): boolean } | undefined;
  return Long?.isLong ? Long.isLong(v) : false;
}

function longToNumber(v: LongLike, field: string): number {
  const n = v.toNumber();
  if (!Number.isSafeInteger(n)) throw malformed(`${field} out of range (${v.toString()})`);
  return n;
}

/**
 * Runs a generated decoder on a body whose type and size the caller has checked: any protobufjs
 * error is E_MALFORMED_MESSAGE, and 64-bit fields come back as numbers (`longsToNumbers`).
 */
export function decodeChecked<T>(type: { decode(r: Uint8Array): T }, bytes: Uint8Array, name: string): T {
  let m: T;
  try {
    m = type.decode(bytes);
  } catch (e) {
    throw malformed(`${name}: ${(e as Error).message}`, e);
  }
  return longsToNumbers(m, name);
}

/** Runs a generated decoder with typed errors and a size limit; 64-bit fields come back as numbers. */
export function decodeWith<T>(type: { decode(r: Uint8Array): T }, bytes: Uint8Array, name: string): T {
  if (!(bytes instanceof Uint8Array)) throw malformed(`${name}: body must be bytes`);
  if (bytes.length > MAX_MESSAGE_BYTES) throw new SealmatchError('E_TOO_LARGE', `${name}: ${bytes.length} bytes`);
  return decodeChecked(type, bytes, name);
}

function need<T>(v: T | null | undefined, field: string): T {
  if (v === null || v === undefined || (typeof v === 'string' && v === '') || (v instanceof Uint8Array && v.length === 0)) {
    throw malformed(`missing field ${field}`);
  }
  return v;
}

function bytesOf(v: Uint8Array | null | undefined): Uint8Array {
  return v ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(0);
}

function safeInt(v: number | null | undefined, field: string): number {
  const n = Number(v ?? 0);
  if (!Number.isSafeInteger(n)) throw malformed(`${field} out of range`);
  return n;
}

/** `{ [name]: copy }` when the field is present and non-empty, else `{}`. */
function optionalBytes<K extends string>(name: K, v: Uint8Array | null | undefined): { [P in K]?: Uint8Array } {
  return v && v.length ? ({ [name]: new Uint8Array(v) } as { [P in K]: Uint8Array }) : {};
}

/** What names the subject of a reference template and of a probe: preset, subject reference, dimension. */
interface SubjectFields {
  readonly presetId: string;
  readonly subjectRef: SubjectRef;
  readonly dim: number;
}

/** What binds a template or probe to the custodian's keys: the HE key id and the MAC-seed envelope. */
interface KeyBinding {
  readonly heKeyId?: Uint8Array;
  readonly macEnvelope?: Uint8Array;
}

function subjectFieldsToPb(x: SubjectFields): { parameterSetId: string; subjectRef: string; dim: number } {
  return { parameterSetId: x.presetId, subjectRef: x.subjectRef, dim: x.dim };
}

function subjectFieldsFromPb(m: { parameterSetId?: string | null; subjectRef?: string | null; dim?: number | null }): SubjectFields {
  return {
    presetId: need(m.parameterSetId, 'parameter_set_id'),
    // The form is not checked here: the services check it at their boundary (matcher/service.ts).
    subjectRef: need(m.subjectRef, 'subject_ref') as SubjectRef,
    dim: need(m.dim, 'dim'),
  };
}

/** Proto3 implicit presence: an empty key id or envelope is left off, exactly like an absent one. */
function keyBindingToPb(x: KeyBinding): KeyBinding {
  return {
    ...(x.heKeyId?.length ? { heKeyId: x.heKeyId } : {}),
    ...(x.macEnvelope?.length ? { macEnvelope: x.macEnvelope } : {}),
  };
}

function keyBindingFromPb(m: { heKeyId?: Uint8Array | null; macEnvelope?: Uint8Array | null }): KeyBinding {
  return { ...optionalBytes('heKeyId', m.heKeyId), ...optionalBytes('macEnvelope', m.macEnvelope) };
}

const unhex = (s: string, field: string): Uint8Array => {
  if (!/^([0-9a-f]{2})*$/.test(s)) throw malformed(`${field} must be lowercase hex`);
  return hexToBytes(s);
};

export function transactionToPb(tx: Transaction): sealmatch.v1.ITransaction {
  if (tx.amountMinor < 0n || tx.amountMinor > BigInt(Number.MAX_SAFE_INTEGER)) throw new SealmatchError('E_INVALID_ARGUMENT', 'amount out of range');
  return {
    amountMinor: Number(tx.amountMinor),
    currency: tx.currency,
    terminalId: tx.terminalId,
    nonce: unhex(tx.nonce, 'nonce'),
    timestampMs: tx.timestampMs,
    senderRef: tx.senderRef ?? '',
    ...(tx.kind !== undefined ? { kind: TRANSACTION_KIND.toPb(tx.kind) } : {}),
  };
}

export function transactionFromPb(t: sealmatch.v1.ITransaction | null | undefined): Transaction {
  const tx = need(t, 'transaction');
  const amount = safeInt(tx.amountMinor as number, 'amount_minor');
  if (amount < 0) throw malformed('amount_minor must be >= 0');
  const kind = TRANSACTION_KIND.optionalFromPb(tx.kind, 'transaction.kind');
  return {
    amountMinor: BigInt(amount),
    currency: need(tx.currency, 'transaction.currency'),
    terminalId: need(tx.terminalId, 'transaction.terminal_id'),
    nonce: hex(need(bytesOf(tx.nonce), 'transaction.nonce')),
    timestampMs: safeInt(tx.timestampMs as number, 'timestamp_ms'),
    ...(tx.senderRef ? { senderRef: tx.senderRef as SubjectRef } : {}),
    ...(kind !== undefined ? { kind } : {}),
  };
}

/** Encodes a VerifyRequest as sealmatch.v1.VerifyRequest bytes (what the terminal signs). */
export function encodeVerifyRequest(r: VerifyRequest): Uint8Array {
  return pb.VerifyRequest.encode({
    ...subjectFieldsToPb(r),
    probe: r.probe,
    transaction: transactionToPb(r.transaction),
    modality: modalityToPb(r.modality),
    ...(r.fused ? { fused: { modality: MODALITY_TO_PB[r.fused.modality], dim: r.fused.dim, probe: r.fused.probe } } : {}),
    ...keyBindingToPb(r),
    ...partDimsToPb(r),
  }).finish();
}

export function decodeVerifyRequest(bytes: Uint8Array): VerifyRequest {
  const m = decodeWith(pb.VerifyRequest, bytes, 'VerifyRequest');
  return {
    ...subjectFieldsFromPb(m),
    probe: need(bytesOf(m.probe), 'probe'),
    transaction: transactionFromPb(m.transaction),
    ...(m.modality ? { modality: modalityFromPb(m.modality) } : {}),
    ...(m.fused
      ? { fused: { modality: partModalityFromPb(need(m.fused.modality, 'fused.modality')), dim: need(m.fused.dim, 'fused.dim'), probe: need(bytesOf(m.fused.probe), 'fused.probe') } }
      : {}),
    ...keyBindingFromPb(m),
    ...partDimsFromPb(m),
  };
}

/** Encodes an EncryptedTemplate as sealmatch.v1.EncryptedTemplate bytes. */
export function encodeEncryptedTemplate(t: EncryptedTemplate): Uint8Array {
  return pb.EncryptedTemplate.encode({
    ...subjectFieldsToPb(t),
    ciphertext: t.ciphertext,
    modality: modalityToPb(t.modality),
    ...keyBindingToPb(t),
    ...partDimsToPb(t),
  }).finish();
}

export function decodeEncryptedTemplate(bytes: Uint8Array): EncryptedTemplate {
  const m = decodeWith(pb.EncryptedTemplate, bytes, 'EncryptedTemplate');
  return {
    ...subjectFieldsFromPb(m),
    ciphertext: need(bytesOf(m.ciphertext), 'ciphertext'),
    ...(m.modality ? { modality: modalityFromPb(m.modality) } : {}),
    ...keyBindingFromPb(m),
    ...partDimsFromPb(m),
  };
}

export function encodeBlindedResult(r: BlindedResult): Uint8Array {
  return pb.BlindedResult.encode({
    parameterSetId: r.presetId,
    requestHash: r.requestHash,
    ciphertext: r.ciphertext,
    ...(r.evaluation ? { evaluation: r.evaluation } : {}),
    ...(r.scoreScale && r.scoreScale !== 1 ? { scoreScale: r.scoreScale } : {}),
    ...(r.signedRequest?.length ? { signedRequest: r.signedRequest } : {}),
  }).finish();
}

export function decodeBlindedResult(bytes: Uint8Array): BlindedResult {
  const m = decodeWith(pb.BlindedResult, bytes, 'BlindedResult');
  const evaluation = bytesOf(m.evaluation);
  return {
    presetId: need(m.parameterSetId, 'parameter_set_id'),
    requestHash: need(bytesOf(m.requestHash), 'request_hash'),
    ciphertext: need(bytesOf(m.ciphertext), 'ciphertext'),
    ...(evaluation.length ? { evaluation } : {}),
    ...(m.scoreScale ? { scoreScale: m.scoreScale } : {}),
    ...optionalBytes('signedRequest', m.signedRequest),
  };
}

export function encodeSignedDecision(d: SignedDecision): Uint8Array {
  return pb.SignedDecision.encode({
    parameterSetId: d.presetId,
    requestHash: d.requestHash,
    match: d.match,
    issuedAtMs: d.issuedAtMs,
    custodianKeyId: d.custodianKeyId,
    signature: d.signature,
  }).finish();
}

export function decodeSignedDecision(bytes: Uint8Array): SignedDecision {
  const m = decodeWith(pb.SignedDecision, bytes, 'SignedDecision');
  return {
    presetId: need(m.parameterSetId, 'parameter_set_id'),
    requestHash: need(bytesOf(m.requestHash), 'request_hash'),
    match: Boolean(m.match),
    issuedAtMs: safeInt(m.issuedAtMs as number, 'issued_at_ms'),
    custodianKeyId: need(bytesOf(m.custodianKeyId), 'custodian_key_id'),
    signature: need(bytesOf(m.signature), 'signature'),
  };
}

/** What an enrollment or deletion returns (proto Receipt). */
export interface Receipt {
  readonly subjectRef: string;
  readonly outcome: 'accepted';
  /** Sequence number of the operation's audit leaf. */
  readonly auditSeq: number;
  readonly requestHash?: Uint8Array;
  /** Authenticated 1:N enrollments: the custodian's encoded SlotRegistration, relayed by the matcher. */
  readonly custodianRegistration?: Uint8Array;
}

export function encodeReceipt(r: Receipt): Uint8Array {
  return pb.Receipt.encode({
    subjectRef: r.subjectRef,
    outcome: RECEIPT_OUTCOME.toPb(r.outcome),
    auditSeq: r.auditSeq,
    ...(r.requestHash?.length ? { requestHash: r.requestHash } : {}),
    ...(r.custodianRegistration?.length ? { custodianRegistration: r.custodianRegistration } : {}),
  }).finish();
}

/** A receipt; E_MALFORMED_MESSAGE when its outcome is missing or unknown. */
export function decodeReceipt(bytes: Uint8Array): Receipt {
  const m = decodeWith(pb.Receipt, bytes, 'Receipt');
  return {
    subjectRef: m.subjectRef ?? '',
    outcome: RECEIPT_OUTCOME.fromPb(m.outcome, 'outcome'),
    auditSeq: safeInt(m.auditSeq, 'audit_seq'),
    ...optionalBytes('requestHash', m.requestHash),
    ...optionalBytes('custodianRegistration', m.custodianRegistration),
  };
}
