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
import { SealmatchError } from '../errors.js';
import { decodeAuditEntry, encodeAuditEntry, validateAuditEntry } from './entry.js';
import { AUDIT_EXPORT_FORMAT, consistencyProofFromJson, inclusionProofFromJson, strictHex } from './export.js';
import { bytesEqual, hashLeaf, MerkleFrontier } from './merkle.js';
import { verifyConsistencyProof, verifyInclusionProof } from './merkle-verify.js';
import { ED25519_PUBLIC_KEY_SIZE, type SignedTreeHead, treeHeadFromJson, verifyTreeHead } from './tree-head.js';

/** Stable problem codes (tests and the CLI switch on these, never on messages). */
export type AuditProblemCode =
  | 'MALFORMED' // the document or a field does not parse
  | 'UNTRUSTED_KEY' // the key named in the export is not the trusted key
  | 'BAD_SIGNATURE' // a tree head is not signed by the trusted key
  | 'LOG_ID_MISMATCH' // tree heads / export name different logs, or not the expected one
  | 'SIZE_MISMATCH' // tree size and number of entries disagree
  | 'SEQ_MISMATCH' // entry i does not carry seq i
  | 'ENTRY_MALFORMED' // entry bytes do not decode as a canonical entry
  | 'VIEW_MISMATCH' // the readable view differs from the authoritative bytes
  | 'ROOT_MISMATCH' // recomputed root differs from the signed root
  | 'PROOF_INVALID' // an inclusion or consistency proof does not verify
  | 'TOO_MANY_PROBLEMS'; // the list was cut at MAX_PROBLEMS

export interface AuditProblem {
  readonly code: AuditProblemCode;
  readonly message: string;
  /** Entry the problem is about, when there is one. */
  readonly seq?: number;
}

export interface AuditVerifyReport {
  /** True iff `problems` is empty. */
  readonly ok: boolean;
  /** Size of the tree that was checked (the signed tree head's), 0 if unreadable. */
  readonly treeSize: number;
  /** Lowercase hex root: recomputed from the entries for a log, the signed root for proofs; '' if unknown. */
  readonly root: string;
  readonly problems: readonly AuditProblem[];
}

/** Past this many problems the report stops listing them (a shifted log would list every entry). */
export const MAX_PROBLEMS = 1000;

class Problems {
  readonly list: AuditProblem[] = [];
  add(code: AuditProblemCode, message: string, seq?: number): void {
    if (this.list.length > MAX_PROBLEMS) return;
    if (this.list.length === MAX_PROBLEMS) {
      this.list.push({ code: 'TOO_MANY_PROBLEMS', message: `more than ${MAX_PROBLEMS} problems; list cut` });
      return;
    }
    this.list.push(seq === undefined ? { code, message } : { code, message, seq });
  }
  report(treeSize: number, root: string): AuditVerifyReport {
    return { ok: this.list.length === 0, treeSize, root, problems: this.list };
  }
}

function checkTrustedKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length !== ED25519_PUBLIC_KEY_SIZE) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `trusted public key must be ${ED25519_PUBLIC_KEY_SIZE} bytes`);
  }
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Parses and signature-checks one tree head; records problems and returns undefined if unusable. */
function trustedHead(x: unknown, key: Uint8Array, what: string, p: Problems): SignedTreeHead | undefined {
  let sth: SignedTreeHead;
  try {
    sth = treeHeadFromJson(x);
  } catch (e) {
    p.add('MALFORMED', `${what}: ${messageOf(e)}`);
    return undefined;
  }
  try {
    verifyTreeHead(sth, key);
  } catch (e) {
    p.add('BAD_SIGNATURE', `${what}: ${messageOf(e)}`);
  }
  return sth;
}

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
 * Verifies an exported log (parsed JSON of `exportAuditLog`) against `trustedPublicKey`: the
 * format; the export's key is the trusted key; the tree head signature; entry i has seq i and
 * decodes canonically; the readable view equals the bytes; tree size equals the entry count; the
 * root recomputed from the entry bytes equals the signed root; likewise for `options.treeHead`.
 * Never throws for bad evidence: see the file comment.
 */
export function verifyExportedLog(exported: unknown, trustedPublicKey: Uint8Array, options: VerifyExportedLogOptions = {}): AuditVerifyReport {
  checkTrustedKey(trustedPublicKey);
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
    const row = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    let bytes: Uint8Array;
    try {
      bytes = strictHex(row['leaf'], `entries[${i}].leaf`);
    } catch (e) {
      p.add('MALFORMED', messageOf(e), i);
      bytes = new Uint8Array(0); // keeps positions aligned; the root will not match
    }
    frontier.append(hashLeaf(bytes));
    record();
    if (row['seq'] !== i) p.add('SEQ_MISMATCH', `entries[${i}].seq is ${String(row['seq'])}`, i);
    let decodedOk = false;
    try {
      const entry = decodeAuditEntry(bytes);
      decodedOk = true;
      if (entry.seq !== i) p.add('SEQ_MISMATCH', `entry bytes at position ${i} carry seq ${entry.seq}`, i);
    } catch (e) {
      p.add('ENTRY_MALFORMED', messageOf(e), i);
    }
    if (decodedOk) {
      try {
        if (!bytesEqual(encodeAuditEntry(validateAuditEntry(row['entry'])), bytes)) throw new Error('differs from the entry bytes');
      } catch (e) {
        p.add('VIEW_MISMATCH', `entries[${i}].entry ${messageOf(e)}`, i);
      }
    }
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
  let proof;
  try {
    proof = inclusionProofFromJson(input.proof);
  } catch (e) {
    p.add('MALFORMED', `proof: ${messageOf(e)}`);
    return p.report(sth?.treeSize ?? 0, root);
  }
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
  let proof;
  try {
    proof = consistencyProofFromJson(input.proof);
  } catch (e) {
    p.add('MALFORMED', `proof: ${messageOf(e)}`);
    return p.report(newHead?.treeSize ?? 0, root);
  }
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
