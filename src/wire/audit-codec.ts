/**
 * Protobuf codec of one audit entry (proto/sealmatch/v1/audit.proto AuditEntry) <-> the
 * in-process entry of src/audit/entry.ts. Strict like codec.ts: a protobuf error, an unknown or
 * missing kind / outcome (enums AuditKind, AuditOutcome), a request hash that is not 32 bytes or
 * any field that entry.ts's validation refuses is E_MALFORMED_MESSAGE.
 *
 * The wire form carries an entry; it is never what the log hashes. Merkle leaves are computed
 * over entry.ts's canonical bytes (`encodeAuditEntry`: kind and outcome as strings), so
 * `encodeAuditEntry(decodeAuditEntryMessage(b))` is the stored leaf data of the entry, whatever
 * the numbering of the enums.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { validateAuditEntry, type AuditEntry } from '../audit/entry.js';
import { SealmatchError } from '../errors.js';
import { decodeWith, pb } from './codec.js';
import { AUDIT_KIND, AUDIT_OUTCOME } from './enums.js';

/** Protobuf bytes of `entry`; E_INVALID_ARGUMENT when it is not a valid entry (entry.ts). */
export function encodeAuditEntryMessage(entry: AuditEntry): Uint8Array {
  const e = validateAuditEntry(entry);
  return pb.AuditEntry.encode({
    seq: e.seq,
    timeMs: e.time,
    kind: AUDIT_KIND.toPb(e.kind),
    actor: e.actor,
    ...(e.subjectRef !== undefined ? { subjectRef: e.subjectRef } : {}),
    ...(e.requestHash !== undefined ? { requestHash: hexToBytes(e.requestHash) } : {}),
    outcome: AUDIT_OUTCOME.toPb(e.outcome),
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
  }).finish();
}

/** The entry in protobuf bytes; E_MALFORMED_MESSAGE for anything encodeAuditEntryMessage could not produce. */
export function decodeAuditEntryMessage(bytes: Uint8Array): AuditEntry {
  const m = decodeWith(pb.AuditEntry, bytes, 'AuditEntry');
  const requestHash = m.requestHash && m.requestHash.length ? m.requestHash : undefined;
  if (requestHash !== undefined && requestHash.length !== 32) {
    throw new SealmatchError('E_MALFORMED_MESSAGE', `request_hash must be 32 bytes, got ${requestHash.length}`);
  }
  const raw = {
    seq: m.seq,
    time: m.timeMs,
    kind: AUDIT_KIND.fromPb(m.kind, 'kind'),
    actor: m.actor,
    subjectRef: m.subjectRef || undefined,
    requestHash: requestHash && bytesToHex(requestHash),
    outcome: AUDIT_OUTCOME.fromPb(m.outcome, 'outcome'),
    reason: m.reason || undefined,
  };
  try {
    return validateAuditEntry(raw);
  } catch (e) {
    throw new SealmatchError('E_MALFORMED_MESSAGE', `AuditEntry: ${(e as Error).message}`, undefined, { cause: e });
  }
}
