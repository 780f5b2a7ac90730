/**
 * What every offline check shares (`verify.ts`, `verify-pages.ts`): the report and its problem
 * codes, the parsing and signature check of a tree head, and the check of one exported entry.
 * Same error style as `verify.ts`: evidence problems are recorded, never thrown.
 */
import { SealmatchError } from '../errors.js';
import { decodeAuditEntry, encodeAuditEntry, validateAuditEntry } from './entry.js';
import { strictHex } from './export.js';
import { bytesEqual, hashLeaf, type MerkleFrontier } from '../merkle/merkle.js';
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

/** One problem an audit verification found: a stable code, a message, and where. */
export interface AuditProblem {
  /** Stable code to switch on (the CLI and tests do). */
  readonly code: AuditProblemCode;
  /** Human explanation, for the auditor's report; not stable. */
  readonly message: string;
  /** Entry the problem is about, when there is one. */
  readonly seq?: number;
}

/** The result of verifying an exported audit log: ok, what was checked, and every problem found (capped at MAX_PROBLEMS). */
export interface AuditVerifyReport {
  /** True iff `problems` is empty. */
  readonly ok: boolean;
  /** Size of the tree that was checked (the signed tree head's), 0 if unreadable. */
  readonly treeSize: number;
  /** Lowercase hex root: recomputed from the entries for a log, the signed root for proofs; '' if unknown. */
  readonly root: string;
  /** Everything found wrong, in the order found (at most MAX_PROBLEMS, then TOO_MANY_PROBLEMS). */
  readonly problems: readonly AuditProblem[];
}

/** Past this many problems the report stops listing them (a shifted log would list every entry). */
export const MAX_PROBLEMS = 1000;

/** The problem list of one report, cut at MAX_PROBLEMS. */
export class Problems {
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

/** E_INVALID_ARGUMENT unless `key` is a 32-byte Ed25519 public key (caller misuse, not evidence). */
export function checkTrustedKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length !== ED25519_PUBLIC_KEY_SIZE) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `trusted public key must be ${ED25519_PUBLIC_KEY_SIZE} bytes`);
  }
}

export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Parses and signature-checks one tree head; records problems and returns undefined if unusable. */
export function trustedHead(x: unknown, key: Uint8Array, what: string, p: Problems): SignedTreeHead | undefined {
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

/**
 * Checks exported entry row `raw`, which must be entry `i` of the log, and appends its leaf hash
 * to `frontier` (an empty leaf when unreadable, so later positions stay aligned and the root
 * will not match): seq i, canonical bytes that decode to seq i, readable view equal to the bytes.
 */
export function checkExportedEntry(raw: unknown, i: number, frontier: MerkleFrontier, p: Problems): void {
  const row = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  let bytes: Uint8Array;
  try {
    bytes = strictHex(row['leaf'], `entries[${i}].leaf`);
  } catch (e) {
    p.add('MALFORMED', messageOf(e), i);
    bytes = new Uint8Array(0);
  }
  frontier.append(hashLeaf(bytes));
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
}
