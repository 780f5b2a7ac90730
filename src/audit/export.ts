/**
 * The offline export format: everything an auditor needs to re-check a log without trusting the
 * operator's software, as one JSON document. The matcher serves it in pages instead
 * (`export-page.ts`: same entries, same checks, bounded size per response).
 *
 *   {
 *     "format": "sealmatch-audit-log/v1",
 *     "logId": "bank-a/prod",
 *     "publicKey": "<64 hex: the log's Ed25519 key; informative, the auditor supplies the trusted one>",
 *     "treeHead": { "treeSize", "rootHash", "timestamp", "logId", "signature" },
 *     "entries": [ { "seq": 0, "leaf": "<hex of the canonical entry bytes>", "entry": { ...decoded view } } ]
 *   }
 *
 * `leaf` is authoritative: leaf hashes and the root are computed from it. `entry` is a readable
 * copy that the verifier re-encodes and compares, so a doctored view cannot mislead a reader.
 * Proofs travel in the JSON forms defined here too (hashes as lowercase hex).
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { SealmatchError } from '../errors.js';
import { type AuditEntry, decodeAuditEntry } from './entry.js';
import type { AuditLog, ConsistencyProof, InclusionProof } from './log.js';
import { bytesEqual, HASH_SIZE, hashLeaf, MerkleFrontier } from '../merkle/merkle.js';
import { type SignedTreeHead, type SignedTreeHeadJson, treeHeadToJson, verifyTreeHead } from './tree-head.js';

/** Value of the `format` field. */
export const AUDIT_EXPORT_FORMAT = 'sealmatch-audit-log/v1';

/** One entry of an exported log: its sequence number and fields (JSON). */
export interface ExportedAuditEntry {
  /** Position in the log, from 0; entry i must carry seq i. */
  readonly seq: number;
  /** Lowercase hex of `encodeAuditEntry(entry)`: the Merkle leaf data. */
  readonly leaf: string;
  /** Decoded view, for people. */
  readonly entry: AuditEntry;
}

/** An exported audit log (`GET /v1/audit/export`): every entry, the signed tree head over them, and the log key. */
export interface ExportedAuditLog {
  /** Always 'sealmatch-audit-log/v1'. */
  readonly format: typeof AUDIT_EXPORT_FORMAT;
  /** The log's name; must equal the tree head's. */
  readonly logId: string;
  /** The log's Ed25519 public key, hex, 64 digits: informative only, the auditor verifies with the key it trusts. */
  readonly publicKey: string;
  /** The signed tree head over exactly these entries. */
  readonly treeHead: SignedTreeHeadJson;
  /** Every entry of the log, in order from seq 0. */
  readonly entries: readonly ExportedAuditEntry[];
}

/** The JSON form of a proof: the same fields, each hash (and each hash of a path) as lowercase hex. */
type HexHashes<P> = {
  readonly [K in keyof P]: P[K] extends Uint8Array ? string : P[K] extends readonly Uint8Array[] ? readonly string[] : P[K];
};

/** JSON form of an {@link InclusionProof}: `{ leafIndex, treeSize, leafHash, path }`. */
export type InclusionProofJson = HexHashes<InclusionProof>;

/** JSON form of a {@link ConsistencyProof}: `{ oldSize, newSize, path }`. */
export type ConsistencyProofJson = HexHashes<ConsistencyProof>;

/**
 * Exports the first `treeHead.treeSize` entries of `log` together with `treeHead`. Refuses
 * (E_AUDIT) a head that `publicKey` did not sign, that names another log, or whose root does
 * not match the stored entries: an export must verify when it leaves the operator.
 * Example: `exportAuditLog(log, log.treeHead(sk), ed25519.getPublicKey(sk))`.
 */
export async function exportAuditLog(log: AuditLog, treeHead: SignedTreeHead, publicKey: Uint8Array): Promise<ExportedAuditLog> {
  verifyTreeHead(treeHead, publicKey);
  if (treeHead.logId !== log.logId) throw new SealmatchError('E_AUDIT', 'tree head names another log', { logId: treeHead.logId });
  if (treeHead.treeSize > log.size) {
    throw new SealmatchError('E_AUDIT', 'tree head is larger than the log', { treeSize: treeHead.treeSize, size: log.size });
  }
  const frontier = new MerkleFrontier();
  const entries: ExportedAuditEntry[] = [];
  // Read in chunks (one store call each), so other requests interleave with a long export.
  for (let at = 0; at < treeHead.treeSize; at += 1_000) {
    const rows = await log.leafRange(at, Math.min(at + 1_000, treeHead.treeSize));
    rows.forEach(({ entryBytes: bytes }, i) => {
      frontier.append(hashLeaf(bytes));
      entries.push({ seq: at + i, leaf: bytesToHex(bytes), entry: decodeAuditEntry(bytes) });
    });
  }
  if (!bytesEqual(frontier.root(), treeHead.rootHash)) {
    throw new SealmatchError('E_AUDIT', 'stored entries do not match the tree head root', { treeSize: treeHead.treeSize });
  }
  return { format: AUDIT_EXPORT_FORMAT, logId: log.logId, publicKey: bytesToHex(publicKey), treeHead: treeHeadToJson(treeHead), entries };
}

/** JSON form of an inclusion proof. */
export function inclusionProofToJson(p: InclusionProof): InclusionProofJson {
  return { leafIndex: p.leafIndex, treeSize: p.treeSize, leafHash: bytesToHex(p.leafHash), path: p.path.map(bytesToHex) };
}

/** JSON form of a consistency proof. */
export function consistencyProofToJson(p: ConsistencyProof): ConsistencyProofJson {
  return { oldSize: p.oldSize, newSize: p.newSize, path: p.path.map(bytesToHex) };
}

/** Parses an inclusion proof's JSON form; E_MALFORMED_MESSAGE naming the bad field. */
export function inclusionProofFromJson(x: unknown): InclusionProof {
  const o = asObject(x, 'inclusion proof');
  return {
    leafIndex: safeInt(o, 'leafIndex'),
    treeSize: safeInt(o, 'treeSize'),
    leafHash: hashHex(o['leafHash'], 'leafHash'),
    path: hashList(o['path'], 'path'),
  };
}

/** Parses a consistency proof's JSON form; E_MALFORMED_MESSAGE naming the bad field. */
export function consistencyProofFromJson(x: unknown): ConsistencyProof {
  const o = asObject(x, 'consistency proof');
  return { oldSize: safeInt(o, 'oldSize'), newSize: safeInt(o, 'newSize'), path: hashList(o['path'], 'path') };
}

function malformed(field: string): never {
  throw new SealmatchError('E_MALFORMED_MESSAGE', `${field} is missing or malformed`, { field });
}

function asObject(x: unknown, what: string): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return malformed(what);
  return x as Record<string, unknown>;
}

function safeInt(o: Record<string, unknown>, k: string): number {
  const v = o[k];
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : malformed(k);
}

/** Decodes lowercase hex of any even length (one spelling per byte string). */
export function strictHex(v: unknown, field: string): Uint8Array {
  if (typeof v !== 'string' || v.length % 2 !== 0 || !/^[0-9a-f]*$/.test(v)) return malformed(field);
  return hexToBytes(v);
}

function hashHex(v: unknown, field: string): Uint8Array {
  const b = strictHex(v, field);
  return b.length === HASH_SIZE ? b : malformed(field);
}

function hashList(v: unknown, field: string): Uint8Array[] {
  if (!Array.isArray(v)) return malformed(field);
  return v.map((h, i) => hashHex(h, `${field}[${i}]`));
}
