/**
 * Offline verification of a paged export (`export-page.ts`), page by page, in O(log n) memory:
 * the auditor's tool streams a file of a million entries through {@link ExportedPagesVerifier}
 * without holding it. Same checks and problem codes as the one-document export (`verify.ts`):
 *
 *  - every page names the trusted key and one log id, and its tree head is signed by that key;
 *  - pages are in order and contiguous: each starts where the previous one ended, the first at 0,
 *    every `next` is `from + entries.length`, null exactly on the page that ends at `treeSize`;
 *  - every page carries the same `treeSize` S, and together they hold exactly S entries, each
 *    checked as in a one-document export;
 *  - the root of [0, S) recomputed from the entry bytes equals the signed root of a head of size
 *    exactly S (the first page's, when fetched as the protocol says), and every other head no
 *    larger than S matches the root of its prefix. Heads larger than S (the log grew while the
 *    pages were fetched) cannot be checked from these entries; they are signature-checked only.
 *
 * Error style of `verify.ts`: never throws for bad evidence; problems go in the report.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { strictHex } from './export.js';
import { AUDIT_EXPORT_PAGE_FORMAT } from './export-page.js';
import { bytesEqual, MerkleFrontier } from '../merkle/merkle.js';
import type { SignedTreeHead } from './tree-head.js';
import type { VerifyExportedLogOptions } from './verify.js';
import { type AuditVerifyReport, checkExportedEntry, checkTrustedKey, messageOf, Problems, trustedHead } from './verify-report.js';

/**
 * Verifies export pages fed one at a time with {@link add}, in order; {@link finish} returns the
 * report. Example: `const v = new ExportedPagesVerifier(key); for (const p of pages) v.add(p); v.finish()`.
 */
export class ExportedPagesVerifier {
  private readonly p = new Problems();
  private readonly frontier = new MerkleFrontier();
  private readonly logIds = new Set<string>();
  /** Heads waiting for the frontier to reach their size, by size. */
  private readonly pending = new Map<number, { head: SignedTreeHead; what: string }[]>();
  private readonly external: SignedTreeHead | undefined;
  private exportSize: number | undefined;
  private headOfExportSize = false;
  private pages = 0;
  private ended = false;

  /** A verifier for the log signed by `trustedPublicKey` (the auditor's own copy of the 32-byte key, not the export's). */
  constructor(
    private readonly trustedPublicKey: Uint8Array,
    options: VerifyExportedLogOptions = {},
  ) {
    checkTrustedKey(trustedPublicKey);
    if (options.logId !== undefined) this.logIds.add(options.logId);
    if (options.treeHead !== undefined) {
      this.external = trustedHead(options.treeHead, trustedPublicKey, 'external tree head', this.p);
      if (this.external) this.watch(this.external, 'external tree head');
    }
  }

  /** Checks one page (parsed JSON) and its entries. */
  add(page: unknown): void {
    const n = this.pages++;
    const what = `page ${n}`;
    const p = this.p;
    if (typeof page !== 'object' || page === null || Array.isArray(page)) {
      p.add('MALFORMED', `${what} is not a JSON object`);
      return;
    }
    const doc = page as Record<string, unknown>;
    if (doc['format'] !== AUDIT_EXPORT_PAGE_FORMAT) p.add('MALFORMED', `${what}: format is not ${AUDIT_EXPORT_PAGE_FORMAT}`);
    try {
      if (!bytesEqual(strictHex(doc['publicKey'], 'publicKey'), this.trustedPublicKey)) p.add('UNTRUSTED_KEY', `${what} names a key other than the trusted one`);
    } catch (e) {
      p.add('MALFORMED', `${what}: ${messageOf(e)}`);
    }
    if (typeof doc['logId'] === 'string') this.logIds.add(doc['logId']);
    else p.add('MALFORMED', `${what}: logId is missing`);

    const at = this.frontier.size;
    const size = doc['treeSize'];
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
      p.add('MALFORMED', `${what}: treeSize is missing or malformed`);
    } else if (this.exportSize === undefined) {
      this.exportSize = size;
    } else if (size !== this.exportSize) {
      p.add('SIZE_MISMATCH', `${what} exports ${size} entries, the first page ${this.exportSize}`);
    }
    if (this.ended) p.add('SIZE_MISMATCH', `${what} follows the last page (next was null)`);
    if (doc['from'] !== at) p.add('SEQ_MISMATCH', `${what} starts at ${String(doc['from'])}, the pages before it end at ${at}`, at);

    const head = trustedHead(doc['treeHead'], this.trustedPublicKey, `${what} treeHead`, p);
    if (head) {
      this.logIds.add(head.logId);
      if (this.exportSize !== undefined && head.treeSize < this.exportSize) {
        p.add('SIZE_MISMATCH', `${what} carries a tree head of ${head.treeSize} entries, smaller than the export (${this.exportSize})`);
      } else if (head.treeSize < at) {
        p.add('SIZE_MISMATCH', `${what} carries a tree head of ${head.treeSize} entries, behind the ${at} already exported`);
      } else {
        if (head.treeSize === this.exportSize) this.headOfExportSize = true;
        this.watch(head, `${what} treeHead`);
      }
    }

    const entries = doc['entries'];
    if (!Array.isArray(entries)) {
      p.add('MALFORMED', `${what}: entries is not an array`);
      return;
    }
    for (const raw of entries) {
      checkExportedEntry(raw, this.frontier.size, this.frontier, p);
      this.settle();
    }
    // The page's own claim (its `from`), so a misplaced page is reported once, above.
    const end = (typeof doc['from'] === 'number' ? doc['from'] : at) + entries.length;
    const next = doc['next'];
    const last = this.exportSize !== undefined && end >= this.exportSize;
    if (next === null) {
      this.ended = true;
      if (!last) p.add('SIZE_MISMATCH', `${what} says it is the last page, but ends at ${end} of ${String(this.exportSize)}`);
    } else if (next !== end || last) {
      p.add('MALFORMED', `${what}: next is ${String(next)}, expected ${last ? 'null' : end}`);
    }
  }

  /** The report over every page added so far. */
  finish(): AuditVerifyReport {
    const p = this.p;
    const count = this.frontier.size;
    if (this.pages === 0) p.add('MALFORMED', 'no export pages');
    if (this.exportSize !== undefined) {
      if (count !== this.exportSize) p.add('SIZE_MISMATCH', `the pages export ${this.exportSize} entries but hold ${count}`);
      if (!this.headOfExportSize) p.add('SIZE_MISMATCH', `no tree head covers exactly the ${this.exportSize} exported entries`);
    }
    if (this.external && this.external.treeSize > count) {
      p.add('SIZE_MISMATCH', `external tree head covers ${this.external.treeSize} entries, export holds only ${count}`);
    }
    if (this.logIds.size > 1) p.add('LOG_ID_MISMATCH', `log ids differ: ${[...this.logIds].join(', ')}`);
    return p.report(this.exportSize ?? count, bytesToHex(this.frontier.root()));
  }

  private watch(head: SignedTreeHead, what: string): void {
    const list = this.pending.get(head.treeSize) ?? [];
    list.push({ head, what });
    this.pending.set(head.treeSize, list);
    this.settle();
  }

  /** Checks the heads of the current size against the recomputed root. */
  private settle(): void {
    const due = this.pending.get(this.frontier.size);
    if (!due) return;
    this.pending.delete(this.frontier.size);
    const root = this.frontier.root();
    for (const { head, what } of due) {
      if (!bytesEqual(root, head.rootHash)) this.p.add('ROOT_MISMATCH', `${what}: root of the first ${head.treeSize} entries differs from the signed root`);
    }
  }
}

/** Verifies a whole paged export held in memory (a JSON array of pages); see the file comment. */
export function verifyExportedPages(pages: readonly unknown[], trustedPublicKey: Uint8Array, options: VerifyExportedLogOptions = {}): AuditVerifyReport {
  const v = new ExportedPagesVerifier(trustedPublicKey, options);
  for (const page of pages) v.add(page);
  return v.finish();
}
