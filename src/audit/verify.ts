/**
 * Offline verification for auditors (backs `sealmatch audit-verify`): an exported log, an
 * inclusion proof, a consistency proof, each checked against a tree head signed by a key the
 * auditor trusts.
 *
 * Error style of this layer: it takes the parsed JSON as found in files (`unknown`) and returns an
 * {@link AuditVerifyReport}; it does not throw for anything wrong with the evidence, however
 * malformed, and keeps going to list every problem it can see. It throws only for caller misuse
 * (E_INVALID_ARGUMENT: a trusted key that is not 32 bytes). The primitive layer underneath
 * (`merkle-verify.ts`, `tree-head.ts`) throws E_AUDIT instead; the report carries those messages.
 * `ok` is true exactly when `problems` is empty.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { decodeAuditEntry } from './entry.js';
import { AUDIT_EXPORT_FORMAT, consistencyProofFromJson, inclusionProofFromJson, strictHex } from './export.js';
import { AUDIT_EXPORT_PAGE_FORMAT } from './export-page.js';
import { bytesEqual, hashLeaf, MerkleFrontier } from '../merkle/merkle.js';
import { verifyConsistencyProof, verifyInclusionProof } from '../merkle/merkle-verify.js';
import type { SignedTreeHead } from './tree-head.js';
import { verifyExportedPages } from './verify-pages.js';
import { type AuditVerifyReport, checkExportedEntry, checkTrustedKey, messageOf, Problems, trustedHead } from './verify-report.js';

export { type AuditProblem, type AuditProblemCode, type AuditVerifyReport, MAX_PROBLEMS } from './verify-report.js';

/** Options of the offline log verification (a previously trusted tree head to check consistency with). */
export interface VerifyExportedLogOptions {
  /**
   * A tree head obtained separately (e.g. `--sth FILE`, gossiped or published), as parsed JSON.
   * It may cover a prefix of the exported entries (the log grew since); its root is checked
   * against that prefix, which also proves the two heads consistent.
   */
  readonly treeHead?: unknown;
  /** Log id the auditor expects; checked against every tree head when given. */
  readonly logId?: string;
}

/**
 * Verifies an exported log (parsed JSON of `exportAuditLog`; or of `exportAuditLogPage`: one page,
 * or an array of every page in order, checked by `verify-pages.ts`) against `trustedPublicKey`: the
 * format; the export's key is the trusted key; the tree head signature; entry i has seq i and
 * decodes canonically; the readable view equals the bytes; tree size equals the entry count; the
 * root recomputed from the entry bytes equals the signed root; likewise for `options.treeHead`.
 * Never throws for bad evidence: see the file comment.
 */
export function verifyExportedLog(exported: unknown, trustedPublicKey: Uint8Array, options: VerifyExportedLogOptions = {}): AuditVerifyReport {
  checkTrustedKey(trustedPublicKey);
  // A paged export (GET /v1/audit/export pages): one page of a small log, or all pages in order.
  if (Array.isArray(exported)) return verifyExportedPages(exported, trustedPublicKey, options);
  if (typeof exported === 'object' && exported !== null && (exported as Record<string, unknown>)['format'] === AUDIT_EXPORT_PAGE_FORMAT) {
    return verifyExportedPages([exported], trustedPublicKey, options);
  }
  const p = new Problems();
  if (typeof exported !== 'object' || exported === null || Array.isArray(exported)) {
    p.add('MALFORMED', 'export is not a JSON object');
    return p.report(0, '');
  }
  const doc = exported as Record<string, unknown>;
  if (doc['format'] !== AUDIT_EXPORT_FORMAT) p.add('MALFORMED', `format is not ${AUDIT_EXPORT_FORMAT}`);
  try {
    if (!bytesEqual(strictHex(doc['publicKey'], 'publicKey'), trustedPublicKey)) {
      p.add('UNTRUSTED_KEY', 'the export names a key other than the trusted one');
    }
  } catch (e) {
    p.add('MALFORMED', messageOf(e));
  }
  const sth = trustedHead(doc['treeHead'], trustedPublicKey, 'treeHead', p);
  const external = options.treeHead === undefined ? undefined : trustedHead(options.treeHead, trustedPublicKey, 'external tree head', p);
  const logIds = new Set([doc['logId'], sth?.logId, external?.logId, options.logId].filter((v) => v !== undefined));
  if (logIds.size > 1) p.add('LOG_ID_MISMATCH', `log ids differ: ${[...logIds].map(String).join(', ')}`);

  const rawEntries = doc['entries'];
  if (!Array.isArray(rawEntries)) {
    p.add('MALFORMED', 'entries is not an array');
    return p.report(sth?.treeSize ?? 0, '');
  }
  // Heads to check against, by size; the root is recorded when the frontier reaches each size.
  const heads = [sth, external].filter((h): h is SignedTreeHead => h !== undefined);
  if (sth && sth.treeSize !== rawEntries.length) {
    p.add('SIZE_MISMATCH', `tree head covers ${sth.treeSize} entries, export holds ${rawEntries.length}`);
  }
  if (external && external.treeSize > rawEntries.length) {
    p.add('SIZE_MISMATCH', `external tree head covers ${external.treeSize} entries, export holds only ${rawEntries.length}`);
  }
  const rootAt = new Map<number, Uint8Array>();
  const frontier = new MerkleFrontier();
  const record = (): void => {
    for (const h of heads) if (h.treeSize === frontier.size) rootAt.set(h.treeSize, frontier.root());
  };
  record();
  rawEntries.forEach((raw: unknown, i: number) => {
    checkExportedEntry(raw, i, frontier, p);
    record();
  });
  const fullRoot = frontier.root();
  for (const h of heads) {
    const computed = rootAt.get(h.treeSize);
    if (computed && !bytesEqual(computed, h.rootHash)) {
      p.add('ROOT_MISMATCH', `root of the first ${h.treeSize} entries differs from the signed root`);
    }
  }
  return p.report(sth?.treeSize ?? rawEntries.length, bytesToHex(fullRoot));
}

/** The proof `parse` reads from its JSON form, or undefined with the MALFORMED problem recorded. */
function parsedProof<P>(json: unknown, parse: (x: unknown) => P, p: Problems): P | undefined {
  try {
    return parse(json);
  } catch (e) {
    p.add('MALFORMED', `proof: ${messageOf(e)}`);
    return undefined;
  }
}

/**
 * Verifies that an entry is in the log: `proof` (InclusionProofJson) against `treeHead`
 * (SignedTreeHeadJson) signed by `trustedPublicKey`. When `entryHex` (canonical entry bytes) is
 * given, its leaf hash must be the proof's, it must decode, and its seq must be the leaf index.
 */
export function verifyInclusion(
  input: { readonly proof: unknown; readonly treeHead: unknown; readonly entryHex?: unknown },
  trustedPublicKey: Uint8Array,
): AuditVerifyReport {
  checkTrustedKey(trustedPublicKey);
  const p = new Problems();
  const sth = trustedHead(input.treeHead, trustedPublicKey, 'treeHead', p);
  const root = sth ? bytesToHex(sth.rootHash) : '';
  const proof = parsedProof(input.proof, inclusionProofFromJson, p);
  if (!proof) return p.report(sth?.treeSize ?? 0, root);
  if (input.entryHex !== undefined) {
    try {
      const bytes = strictHex(input.entryHex, 'entry');
      if (!bytesEqual(hashLeaf(bytes), proof.leafHash)) p.add('PROOF_INVALID', 'entry does not hash to the proof leaf hash', proof.leafIndex);
      const entry = decodeAuditEntry(bytes);
      if (entry.seq !== proof.leafIndex) p.add('SEQ_MISMATCH', `entry carries seq ${entry.seq}, proof is for ${proof.leafIndex}`, proof.leafIndex);
    } catch (e) {
      p.add('ENTRY_MALFORMED', messageOf(e), proof.leafIndex);
    }
  }
  if (sth) {
    if (proof.treeSize !== sth.treeSize) p.add('SIZE_MISMATCH', `proof is for size ${proof.treeSize}, tree head is ${sth.treeSize}`);
    try {
      verifyInclusionProof(proof.leafIndex, sth.treeSize, proof.leafHash, proof.path, sth.rootHash);
    } catch (e) {
      p.add('PROOF_INVALID', messageOf(e), proof.leafIndex);
    }
  }
  return p.report(sth?.treeSize ?? proof.treeSize, root);
}

/**
 * Verifies that the log of `newTreeHead` is an append-only extension of the log of
 * `oldTreeHead`: both heads signed by `trustedPublicKey`, same log id, and `proof`
 * (ConsistencyProofJson) links their roots.
 */
export function verifyConsistency(
  input: { readonly proof: unknown; readonly oldTreeHead: unknown; readonly newTreeHead: unknown },
  trustedPublicKey: Uint8Array,
): AuditVerifyReport {
  checkTrustedKey(trustedPublicKey);
  const p = new Problems();
  const oldHead = trustedHead(input.oldTreeHead, trustedPublicKey, 'oldTreeHead', p);
  const newHead = trustedHead(input.newTreeHead, trustedPublicKey, 'newTreeHead', p);
  const root = newHead ? bytesToHex(newHead.rootHash) : '';
  const proof = parsedProof(input.proof, consistencyProofFromJson, p);
  if (!proof) return p.report(newHead?.treeSize ?? 0, root);
  if (oldHead && newHead) {
    if (oldHead.logId !== newHead.logId) p.add('LOG_ID_MISMATCH', `tree heads name ${oldHead.logId} and ${newHead.logId}`);
    if (proof.oldSize !== oldHead.treeSize || proof.newSize !== newHead.treeSize) {
      p.add('SIZE_MISMATCH', `proof is for ${proof.oldSize} -> ${proof.newSize}, heads are ${oldHead.treeSize} -> ${newHead.treeSize}`);
    }
    try {
      verifyConsistencyProof(oldHead.treeSize, newHead.treeSize, oldHead.rootHash, newHead.rootHash, proof.path);
    } catch (e) {
      p.add('PROOF_INVALID', messageOf(e));
    }
  }
  return p.report(newHead?.treeSize ?? proof.newSize, root);
}
