/**
 * A matcher's audit log checked as an auditor checks it, over HTTP with the auditor token: the
 * signed tree head of the current size (its signature against the log's published key), a
 * consistency proof from an earlier size whose root the caller kept (the log only grew, RFC 9162
 * 2.1.4), and the inclusion proof of the last entry (RFC 9162 2.1.3). Throws on any failure.
 */
import { hexToBytes } from '@noble/hashes/utils.js';
import type { ExportedAuditPage } from '../src/audit/export-page.js';
import { treeHeadFromJson, verifyTreeHead } from '../src/audit/tree-head.js';
import { hashLeaf } from '../src/merkle/merkle.js';
import { verifyConsistencyProof, verifyInclusionProof } from '../src/merkle/merkle-verify.js';

export interface LogCheckRequest {
  readonly matcherUrl: string;
  readonly auditorToken: string;
  /** The log's size now (no appends may run during the check). */
  readonly size: number;
  /** An earlier size and the root the log had then (kept by the caller, not asked of the matcher). */
  readonly oldSize: number;
  readonly oldRoot: Uint8Array;
  /** Who must have written the last entry (a verify). */
  readonly lastActor: string;
}

const b64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

export async function checkMatcherLog(r: LogCheckRequest): Promise<Record<string, unknown>> {
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(new URL(path, r.matcherUrl), { headers: { accept: 'application/json', authorization: `Bearer ${r.auditorToken}` } });
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const { size } = r;
  const { publicKey } = await get<{ publicKey: string }>('/v1/audit/public-key');
  // The last entry, with the signed head of the tree it belongs to.
  const page = await get<ExportedAuditPage>(`/v1/audit/export?from=${size - 1}&limit=1&treeSize=${size}`);
  const head = treeHeadFromJson(page.treeHead);
  verifyTreeHead(head, hexToBytes(publicKey));
  if (head.treeSize !== size) throw new Error(`tree head size ${head.treeSize}, log size ${size}`);
  const consistency = await get<{ path: string[] }>(`/v1/audit/proof/consistency?old=${r.oldSize}&new=${size}`);
  verifyConsistencyProof(r.oldSize, size, r.oldRoot, head.rootHash, consistency.path.map(b64));
  const last = page.entries[0]!;
  const inclusion = await get<{ auditPath: string[] }>(`/v1/audit/proof/inclusion?seq=${size - 1}&treeSize=${size}`);
  verifyInclusionProof(size - 1, size, hashLeaf(hexToBytes(last.leaf)), inclusion.auditPath.map(b64), head.rootHash);
  if (last.entry.kind !== 'verify' || last.entry.actor !== r.lastActor) throw new Error(`last entry is ${last.entry.kind} by ${last.entry.actor}`);
  return {
    treeHeadSignatureVerified: true,
    consistencyFrom: r.oldSize,
    consistencyTo: size,
    consistencyProofHashes: consistency.path.length,
    consistencyVerified: true,
    lastEntry: { seq: last.seq, kind: last.entry.kind, actor: last.entry.actor, outcome: last.entry.outcome },
    lastEntryInclusionVerified: true,
  };
}
