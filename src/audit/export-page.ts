/**
 * The paged export (`GET /v1/audit/export?from=N&limit=M&treeSize=S`): a log of a million entries
 * is hundreds of megabytes of JSON, so it leaves the operator in pages of at most
 * {@link MAX_EXPORT_PAGE} entries, each page small enough to build without stalling the log.
 *
 *   {
 *     "format": "sealmatch-audit-log-page/v1",
 *     "logId", "publicKey",                         as in the one-document export (export.ts)
 *     "treeHead": { ... },                          the log's signed head when the page was made
 *     "treeSize": S,                                the export covers entries [0, S)
 *     "from": N,                                    first entry of this page
 *     "next": N + entries.length, or null           `from` of the next page; null after entry S-1
 *     "entries": [ { "seq", "leaf", "entry" } ]     entries [N, min(N + M, S)), as export.ts
 *   }
 *
 * Protocol: fetch the first page without `treeSize` (S is then the size of its head, which
 * therefore covers exactly the export), then every `next` page with `treeSize=S`, so the log
 * growing meanwhile changes nothing. Later pages carry newer heads (size >= S). The auditor's
 * verifier (`verify-pages.ts`) recomputes the root of [0, S) from all pages and checks it against
 * the head of size S.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { SealmatchError } from '../errors.js';
import { decodeAuditEntry } from './entry.js';
import type { ExportedAuditEntry } from './export.js';
import type { AuditLog } from './log.js';
import { bytesEqual, hashLeaf } from '../merkle/merkle.js';
import { type SignedTreeHead, type SignedTreeHeadJson, treeHeadToJson, verifyTreeHead } from './tree-head.js';

/** Value of the `format` field of a page. */
export const AUDIT_EXPORT_PAGE_FORMAT = 'sealmatch-audit-log-page/v1';

/** Most entries in one page (and the default): about 5 MB of JSON. */
export const MAX_EXPORT_PAGE = 10_000;

/** Entries read from the store per call while building a page: others' requests interleave. */
const READ_CHUNK = 1_000;

export interface ExportedAuditPage {
  readonly format: typeof AUDIT_EXPORT_PAGE_FORMAT;
  readonly logId: string;
  readonly publicKey: string;
  readonly treeHead: SignedTreeHeadJson;
  readonly treeSize: number;
  readonly from: number;
  readonly next: number | null;
  readonly entries: readonly ExportedAuditEntry[];
}

export interface ExportPageOptions {
  /** First entry (default 0). */
  readonly from?: number;
  /** Entries per page, 1..MAX_EXPORT_PAGE (default and cap MAX_EXPORT_PAGE). */
  readonly limit?: number;
  /** Size of the exported tree, at most the head's (default: the head's size). */
  readonly treeSize?: number;
}

/**
 * One page of the export of the first `treeSize` entries of `log`, carrying `treeHead`. Refuses
 * (E_AUDIT) a head that `publicKey` did not sign, that names another log or is larger than the
 * log, and a stored entry whose bytes do not hash to its stored leaf hash (the hashes the tree
 * and its head are built from). E_INVALID_ARGUMENT for `from` > `treeSize` > head size or a bad limit.
 * Example: `exportAuditLogPage(log, log.treeHead(sk), ed25519.getPublicKey(sk), { from: 10_000 })`.
 */
export async function exportAuditLogPage(log: AuditLog, treeHead: SignedTreeHead, publicKey: Uint8Array, options: ExportPageOptions = {}): Promise<ExportedAuditPage> {
  verifyTreeHead(treeHead, publicKey);
  if (treeHead.logId !== log.logId) throw new SealmatchError('E_AUDIT', 'tree head names another log', { logId: treeHead.logId });
  if (treeHead.treeSize > log.size) {
    throw new SealmatchError('E_AUDIT', 'tree head is larger than the log', { treeSize: treeHead.treeSize, size: log.size });
  }
  const treeSize = options.treeSize ?? treeHead.treeSize;
  const from = options.from ?? 0;
  const limit = Math.min(options.limit ?? MAX_EXPORT_PAGE, MAX_EXPORT_PAGE);
  if (!Number.isSafeInteger(treeSize) || treeSize < 0 || treeSize > treeHead.treeSize) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `treeSize must be in [0, ${treeHead.treeSize}]`, { treeSize });
  }
  if (!Number.isSafeInteger(from) || from < 0 || from > treeSize) throw new SealmatchError('E_INVALID_ARGUMENT', `from must be in [0, ${treeSize}]`, { from });
  if (!Number.isSafeInteger(limit) || limit < 1) throw new SealmatchError('E_INVALID_ARGUMENT', `limit must be in [1, ${MAX_EXPORT_PAGE}]`, { limit });
  const to = Math.min(from + limit, treeSize);
  const entries: ExportedAuditEntry[] = [];
  for (let at = from; at < to; at += READ_CHUNK) {
    const rows = await log.leafRange(at, Math.min(at + READ_CHUNK, to));
    rows.forEach(({ entryBytes, leafHash }, i) => {
      const seq = at + i;
      if (!bytesEqual(hashLeaf(entryBytes), leafHash)) throw new SealmatchError('E_AUDIT', 'stored entry does not match its leaf hash', { seq });
      entries.push({ seq, leaf: bytesToHex(entryBytes), entry: decodeAuditEntry(entryBytes) });
    });
  }
  return {
    format: AUDIT_EXPORT_PAGE_FORMAT,
    logId: log.logId,
    publicKey: bytesToHex(publicKey),
    treeHead: treeHeadToJson(treeHead),
    treeSize,
    from,
    next: to < treeSize ? to : null,
    entries,
  };
}
