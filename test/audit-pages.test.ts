/**
 * The paged export (src/audit/export-page.ts) and its offline verifier (src/audit/verify-pages.ts),
 * as an auditor meets it: pages as JSON text, a trusted key from elsewhere, and every way an
 * operator (or a man in the middle of the paging) could hand over something other than the log:
 * pages dropped, repeated, reordered, from different trees, from different logs, re-signed, or
 * with one entry rewritten.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntryInput,
  AuditLog,
  type AuditLogBackend,
  type AuditProblemCode,
  type AuditVerifyReport,
  decodeAuditEntry,
  encodeAuditEntry,
  ExportedPagesVerifier,
  exportAuditLogPage,
  MemoryAuditBackend,
  treeHeadToJson,
  verifyExportedLog,
} from '../src/audit/index.js';

const SK = new Uint8Array(32).fill(0x21);
const PK = ed25519.getPublicKey(SK);
const ROGUE_SK = new Uint8Array(32).fill(0x22);

type Page = { from: number; next: number | null; treeSize: number; logId: string; treeHead: Record<string, unknown>; entries: { seq: number; leaf: string; entry: Record<string, unknown> }[] };

let n = 0;
const input = (): AuditEntryInput => ({ kind: 'enroll', actor: `desk-${n % 4}`, subjectRef: (++n).toString(16).padStart(64, '0'), outcome: 'accepted', time: 1_760_000_000_000 + n });

async function logOf(size: number, backend: AuditLogBackend = new MemoryAuditBackend(), logId = 'bank-a/prod'): Promise<AuditLog> {
  const log = await AuditLog.open({ logId, backend, clock: () => 1_760_000_000_000 });
  for (let i = 0; i < size; i++) await log.append(input());
  return log;
}

/** Every page of the export of `log` at its current size, as JSON text parsed back (the wire). */
async function pagesOf(log: AuditLog, limit: number, sk = SK): Promise<Page[]> {
  const head = log.treeHead(sk);
  const pk = ed25519.getPublicKey(sk);
  const out: Page[] = [];
  for (let from: number | null = 0; from !== null; ) {
    const page = await exportAuditLogPage(log, head, pk, { from, limit });
    out.push(JSON.parse(JSON.stringify(page)) as Page);
    from = page.next;
  }
  return out;
}

const codes = (r: AuditVerifyReport): AuditProblemCode[] => [...new Set(r.problems.map((p) => p.code))].sort();

describe('paged export', () => {
  it('pages of every size verify, in memory and streamed, to the signed root', async () => {
    for (const size of [0, 1, 2, 7, 64, 100]) {
      const log = await logOf(size);
      for (const limit of [1, 3, 64, 10_000]) {
        const pages = await pagesOf(log, limit);
        expect(pages.length).toBe(Math.max(1, Math.ceil(size / limit)));
        const report = verifyExportedLog(pages, PK);
        expect(report.problems).toEqual([]);
        expect(report).toMatchObject({ ok: true, treeSize: size, root: bytesToHex(log.root()) });
        const v = new ExportedPagesVerifier(PK);
        for (const p of pages) v.add(p);
        expect(v.finish().ok).toBe(true);
      }
    }
  });

  it('the log growing between pages changes nothing: later pages carry newer heads, the export stays one tree', async () => {
    const log = await logOf(30);
    const first = await exportAuditLogPage(log, log.treeHead(SK), PK, { limit: 10 });
    const pages: unknown[] = [JSON.parse(JSON.stringify(first))];
    for (let from = first.next; from !== null; ) {
      for (let i = 0; i < 7; i++) await log.append(input());
      const page = await exportAuditLogPage(log, log.treeHead(SK), PK, { from, limit: 10, treeSize: first.treeSize });
      pages.push(JSON.parse(JSON.stringify(page)));
      from = page.next;
    }
    expect(verifyExportedLog(pages, PK)).toMatchObject({ ok: true, treeSize: 30 });
  });

  it('dropped, repeated, reordered or extra pages are refused', async () => {
    const pages = await pagesOf(await logOf(40), 10);
    expect(codes(verifyExportedLog(pages.slice(0, 3), PK))).toEqual(['SIZE_MISMATCH']); // last page missing
    expect(codes(verifyExportedLog([pages[0], pages[2], pages[3]], PK))).toContain('SEQ_MISMATCH');
    expect(codes(verifyExportedLog([pages[0], pages[1], pages[1], pages[2], pages[3]], PK))).toContain('SEQ_MISMATCH');
    expect(codes(verifyExportedLog([pages[1], pages[0], pages[2], pages[3]], PK))).toContain('SEQ_MISMATCH');
    expect(codes(verifyExportedLog([...pages, pages[3]], PK))).toContain('SIZE_MISMATCH');
    expect(codes(verifyExportedLog([], PK))).toEqual(['MALFORMED']);
  });

  it('one rewritten entry (re-encoded, view updated) breaks the root; a doctored view alone is caught too', async () => {
    const pages = await pagesOf(await logOf(40), 16);
    const e = pages[1]!.entries[5]!;
    const forged = { ...decodeAuditEntry(new Uint8Array(Buffer.from(e.leaf, 'hex'))), actor: 'forger-1' };
    const rewritten = structuredClone(pages);
    rewritten[1]!.entries[5] = { seq: e.seq, leaf: bytesToHex(encodeAuditEntry(forged)), entry: JSON.parse(JSON.stringify(forged)) };
    expect(codes(verifyExportedLog(rewritten, PK))).toEqual(['ROOT_MISMATCH']);
    const view = structuredClone(pages);
    view[1]!.entries[5]!.entry.actor = 'forger-1';
    expect(codes(verifyExportedLog(view, PK))).toEqual(['VIEW_MISMATCH']);
  });

  it('pages of different trees, logs or keys do not add up', async () => {
    const log = await logOf(40);
    const pages = await pagesOf(log, 10);
    // A page exporting another size.
    const size = structuredClone(pages);
    size[2]!.treeSize = 39;
    expect(codes(verifyExportedLog(size, PK))).toContain('SIZE_MISMATCH');
    // The first page fetched with a smaller treeSize than its head: no head covers the export.
    const head = log.treeHead(SK);
    const short: unknown[] = [];
    for (let from: number | null = 0; from !== null; ) {
      const p = await exportAuditLogPage(log, head, PK, { from, limit: 10, treeSize: 35 });
      short.push(JSON.parse(JSON.stringify(p)));
      from = p.next;
    }
    expect(codes(verifyExportedLog(short, PK))).toEqual(['SIZE_MISMATCH']);
    // A later page carrying a head smaller than the export: the log went backwards.
    const smaller = await AuditLog.open({ logId: 'bank-a/prod', backend: prefix(log, 20), clock: () => 1 });
    const back = structuredClone(pages);
    back[3]!.treeHead = JSON.parse(JSON.stringify(treeHeadToJson(smaller.treeHead(SK))));
    expect(codes(verifyExportedLog(back, PK))).toEqual(['SIZE_MISMATCH']);
    // A page of another log, and pages signed by another key.
    const other = await pagesOf(await logOf(40, new MemoryAuditBackend(), 'bank-b/prod'), 10);
    expect(codes(verifyExportedLog([pages[0], pages[1], other[2], pages[3]], PK))).toEqual(expect.arrayContaining(['LOG_ID_MISMATCH']));
    const rogue = await pagesOf(log, 10, ROGUE_SK);
    expect(verifyExportedLog(rogue, ed25519.getPublicKey(ROGUE_SK)).ok).toBe(true);
    expect(codes(verifyExportedLog(rogue, PK))).toEqual(['BAD_SIGNATURE', 'UNTRUSTED_KEY']);
  });

  it('an external head of an older size is checked against its prefix; a newer one cannot be', async () => {
    const log = await logOf(40);
    const older = await AuditLog.open({ logId: 'bank-a/prod', backend: prefix(log, 23), clock: () => 1 });
    const pages = await pagesOf(log, 10);
    expect(verifyExportedLog(pages, PK, { treeHead: treeHeadToJson(older.treeHead(SK)) }).ok).toBe(true);
    const forked = await logOf(23);
    expect(codes(verifyExportedLog(pages, PK, { treeHead: treeHeadToJson(forked.treeHead(SK)) }))).toEqual(['ROOT_MISMATCH']);
    await log.append(input());
    expect(codes(verifyExportedLog(pages, PK, { treeHead: treeHeadToJson(log.treeHead(SK)) }))).toEqual(['SIZE_MISMATCH']);
  });

  it('the operator side refuses a head it did not sign, bad ranges, and a stored entry that no longer matches its leaf hash', async () => {
    const backend = new MemoryAuditBackend();
    const log = await logOf(12, backend);
    const head = log.treeHead(SK);
    await expect(exportAuditLogPage(log, head, ed25519.getPublicKey(ROGUE_SK))).rejects.toMatchObject({ code: 'E_AUDIT' });
    for (const o of [{ from: 13 }, { from: -1 }, { limit: 0 }, { limit: 1.5 }, { treeSize: 13 }, { from: 5, treeSize: 4 }]) {
      await expect(exportAuditLogPage(log, head, PK, o)).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT' });
    }
    const tampered: AuditLogBackend = { ...delegate(backend), getLeafRange: (a, b) => backend.getLeafRange(a, b).map((r, i) => (a + i === 7 ? { ...r, entryBytes: backend.getEntryBytes(6) } : r)) };
    const reopened = await AuditLog.open({ logId: 'bank-a/prod', backend: tampered });
    await expect(exportAuditLogPage(reopened, head, PK, { from: 4, limit: 4 })).rejects.toMatchObject({ code: 'E_AUDIT' });
    expect((await exportAuditLogPage(reopened, head, PK, { from: 8 })).entries).toHaveLength(4);
  });
});

function delegate(b: MemoryAuditBackend): AuditLogBackend {
  return {
    getLeafCount: () => b.getLeafCount(),
    appendLeaf: (i, e, h) => b.appendLeaf(i, e, h),
    getLeafHash: (i) => b.getLeafHash(i),
    getEntryBytes: (i) => b.getEntryBytes(i),
    getNodeHashes: (r) => b.getNodeHashes(r),
  };
}

/** The first `m` entries of `log`, as the log was when it had m (read-only). */
function prefix(log: AuditLog, m: number): AuditLogBackend {
  return {
    getLeafCount: () => m,
    appendLeaf: () => {
      throw new Error('read-only');
    },
    getLeafHash: (i) => log.leafHash(i),
    getEntryBytes: (i) => log.entryBytes(i),
  };
}
