/**
 * Protobuf codecs between the in-process message types (messages.ts) and the wire
 * (proto/sealmatch/v1, generated code in gen/ — never edited by hand; `npm run proto:gen`).
 * Decoding is strict: any protobuf error, missing field or out-of-range value is
 * E_MALFORMED_MESSAGE, never a RangeError from inside protobufjs.
 */
import protobuf from 'protobufjs/minimal.js';
import { bytesToHex as hex } from '@noble/hashes/utils.js';
import { SealmatchError } from '../errors.js';
import { sealmatch } from './gen/sealmatch.js';
import type { BlindedResult, EncryptedTemplate, Modality, SignedDecision, SubjectRef, Transaction, VerifyRequest } from './messages.js';

const MODALITY_TO_PB: Record<Modality, number> = { face: 1, finger: 2 };

function modalityToPb(m: Modality | undefined): number {
  return m === undefined || m === 'face' ? 0 : MODALITY_TO_PB[m];
}

function modalityFromPb(v: number | null | undefined): Modality {
  if (!v || v === 1) return 'face';
  if (v === 2) return 'finger';
  throw new SealmatchError('E_MALFORMED_MESSAGE', `unknown modality ${v}`);
}

// int64 fields as JS numbers (all our int64 values are < 2^53: amounts in minor units, times).
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

export const pb = sealmatch.v1;

/** Largest message body accepted anywhere (a 1:N probe plus slack). */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

function malformed(what: string, cause?: unknown): SealmatchError {
  return new SealmatchError('E_MALFORMED_MESSAGE', what, undefined, cause ? { cause } : undefined);
}

/** Runs a generated decoder with typed errors and a size limit. */
export function decodeWith<T>(type: { decode(r: Uint8Array): T }, bytes: Uint8Array, name: string): T {
  if (!(bytes instanceof Uint8Array)) throw malformed(`${name}: body must be bytes`);
  if (bytes.length > MAX_MESSAGE_BYTES) throw new SealmatchError('E_TOO_LARGE', `${name}: ${bytes.length} bytes`);
  try {
    return type.decode(bytes);
  } catch (e) {
    throw malformed(`${name}: ${(e as Error).message}`, e);
  }
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

const unhex = (s: string, field: string): Uint8Array => {
  if (!/^([0-9a-f]{2})*$/.test(s)) throw malformed(`${field} must be lowercase hex`);
  return Uint8Array.from(Buffer.from(s, 'hex'));
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
    kind: tx.kind ?? '',
  };
}

export function transactionFromPb(t: sealmatch.v1.ITransaction | null | undefined): Transaction {
  const tx = need(t, 'transaction');
  const amount = safeInt(tx.amountMinor as number, 'amount_minor');
  if (amount < 0) throw malformed('amount_minor must be >= 0');
  return {
    amountMinor: BigInt(amount),
    currency: need(tx.currency, 'transaction.currency'),
    terminalId: need(tx.terminalId, 'transaction.terminal_id'),
    nonce: hex(need(bytesOf(tx.nonce), 'transaction.nonce')),
    timestampMs: safeInt(tx.timestampMs as number, 'timestamp_ms'),
    ...(tx.senderRef ? { senderRef: tx.senderRef as SubjectRef } : {}),
    ...(tx.kind ? { kind: tx.kind } : {}),
  };
}

export function encodeVerifyRequest(r: VerifyRequest): Uint8Array {
  return pb.VerifyRequest.encode({
    parameterSetId: r.presetId,
    subjectRef: r.subjectRef,
    dim: r.dim,
    probe: r.probe,
    transaction: transactionToPb(r.transaction),
    modality: modalityToPb(r.modality),
    ...(r.fused ? { fused: { modality: MODALITY_TO_PB[r.fused.modality], dim: r.fused.dim, probe: r.fused.probe } } : {}),
    ...(r.heKeyId?.length ? { heKeyId: r.heKeyId } : {}),
    ...(r.macEnvelope?.length ? { macEnvelope: r.macEnvelope } : {}),
  }).finish();
}

export function decodeVerifyRequest(bytes: Uint8Array): VerifyRequest {
  const m = decodeWith(pb.VerifyRequest, bytes, 'VerifyRequest');
  return {
    presetId: need(m.parameterSetId, 'parameter_set_id'),
    // Not checked here: the services check the form at their boundary (matcher/service.ts).
    subjectRef: need(m.subjectRef, 'subject_ref') as SubjectRef,
    dim: need(m.dim, 'dim'),
    probe: need(bytesOf(m.probe), 'probe'),
    transaction: transactionFromPb(m.transaction),
    ...(m.modality ? { modality: modalityFromPb(m.modality) } : {}),
    ...(m.fused
      ? { fused: { modality: modalityFromPb(need(m.fused.modality, 'fused.modality')), dim: need(m.fused.dim, 'fused.dim'), probe: need(bytesOf(m.fused.probe), 'fused.probe') } }
      : {}),
    ...optionalBytes('heKeyId', m.heKeyId),
    ...optionalBytes('macEnvelope', m.macEnvelope),
  };
}

export function encodeEncryptedTemplate(t: EncryptedTemplate): Uint8Array {
  return pb.EncryptedTemplate.encode({
    parameterSetId: t.presetId,
    subjectRef: t.subjectRef,
    dim: t.dim,
    ciphertext: t.ciphertext,
    modality: modalityToPb(t.modality),
    ...(t.heKeyId?.length ? { heKeyId: t.heKeyId } : {}),
    ...(t.macEnvelope?.length ? { macEnvelope: t.macEnvelope } : {}),
  }).finish();
}

export function decodeEncryptedTemplate(bytes: Uint8Array): EncryptedTemplate {
  const m = decodeWith(pb.EncryptedTemplate, bytes, 'EncryptedTemplate');
  return {
    presetId: need(m.parameterSetId, 'parameter_set_id'),
    // Not checked here: the services check the form at their boundary (matcher/service.ts).
    subjectRef: need(m.subjectRef, 'subject_ref') as SubjectRef,
    dim: need(m.dim, 'dim'),
    ciphertext: need(bytesOf(m.ciphertext), 'ciphertext'),
    ...(m.modality ? { modality: modalityFromPb(m.modality) } : {}),
    ...optionalBytes('heKeyId', m.heKeyId),
    ...optionalBytes('macEnvelope', m.macEnvelope),
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
