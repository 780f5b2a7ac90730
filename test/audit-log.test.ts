/**
 * The audit log end to end: append, sign, prove, export, and verify offline as an auditor would
 * (JSON text in, trusted key from elsewhere), including every tampering the brief lists.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_KINDS,
  AUDIT_OUTCOMES,
  type AuditEntryInput,
  AuditLog,
  type AuditLogBackend,
  type AuditProblemCode,
  type AuditVerifyReport,
  consistencyProofToJson,
  encodeAuditEntry,
  exportAuditLog,
  type ExportedAuditLog,
  inclusionProofToJson,
  MemoryAuditBackend,
  signTreeHead,
  treeHeadFromJson,
  treeHeadToJson,
  verifyConsistency,
  verifyExportedLog,
  verifyInclusion,
} from '../src/audit/index.js';
import { SealmatchError } from '../src/errors.js';

const LOG_SK = ed25519.keygen(new Uint8Array(32).fill(0x5e)).secretKey;
const LOG_PK = ed25519.getPublicKey(LOG_SK);
const ROGUE_SK = new Uint8Array(32).fill(0x66);
const ROGUE_PK = ed25519.getPublicKey(ROGUE_SK);
const N = 300;

/** Deterministic PRNG (mulberry32) so the log is the same in every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function randomInput(r: () => number): AuditEntryInput {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const hex32 = (): string => bytesToHex(Uint8Array.from({ length: 32 }, () => Math.floor(r() * 256)));
  const kind = pick(AUDIT_KINDS);
  return {
    kind,
    actor: pick(['atm-0042', 'branch-7/officer-3', 'terminal:ab12', 'custodian']),
    ...(kind !== 'key' ? { subjectRef: hex32() } : {}),
    ...(r() < 0.7 ? { requestHash: hex32() } : {}),
    outcome: pick(AUDIT_OUTCOMES),
    ...(r() < 0.3 ? { reason: pick(['E_POLICY', 'E_LOCKED', 'dedup-only', 'E_EVAL_MODE_FORBIDDEN']) } : {}),
  };
}

/** A clock that ticks 1 ms per call from a fixed start. */
function clock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => t++;
}

async function buildLog(n: number, backend?: AuditLogBackend): Promise<AuditLog> {
  const log = await AuditLog.open({ logId: 'bank-a/prod', clock: clock(), ...(backend ? { backend } : {}) });
  const r = rng(42);
  for (let i = 0; i < n; i++) await log.append(randomInput(r));
  return log;
}

/** The export as an auditor receives it: JSON text, parsed with no sealmatch types. */
async function exportedJson(log: AuditLog): Promise<Record<string, unknown> & { entries: Record<string, unknown>[]; treeHead: Record<string, unknown> }> {
  const exported: ExportedAuditLog = await exportAuditLog(log, log.treeHead(LOG_SK), LOG_PK);
  return JSON.parse(JSON.stringify(exported, null, 2));
}

const codes = (r: AuditVerifyReport): AuditProblemCode[] => [...new Set(r.problems.map((p) => p.code))].sort();

describe('AuditLog', () => {
  it('assigns seq in call order, even for concurrent appends', async () => {
    const log = await AuditLog.open({ logId: 'bank-a/prod', clock: clock() });
    const r = rng(1);
    const results = await Promise.all(Array.from({ length: 50 }, () => log.append(randomInput(r))));
    expect(results.map((x) => x.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(log.size).toBe(50);
    for (let i = 0; i < 50; i++) expect((await log.entry(i)).seq).toBe(i);
  });

  it('refuses an invalid entry and leaves the log unchanged', async () => {
    const log = await buildLog(3);
    const root = bytesToHex(log.root());
    const bad = [
      { kind: 'verify', actor: 'atm-1', outcome: 'match', score: 0.91 },
      { kind: 'verify', actor: 'atm-1', outcome: 'match', subjectRef: 'not-hex' },
      { kind: 'browse', actor: 'atm-1', outcome: 'match' },
    ] as unknown as AuditEntryInput[];
    for (const input of bad) await expect(log.append(input)).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT' });
    expect(log.size).toBe(3);
    expect(bytesToHex(log.root())).toBe(root);
    expect((await log.append({ kind: 'key', actor: 'custodian', outcome: 'accepted' })).seq).toBe(3);
  });

  it('reports a failing backend as E_STORE and does not advance', async () => {
    const backend = new MemoryAuditBackend();
    let fail = false;
    const flaky: AuditLogBackend = {
      getLeafCount: () => backend.getLeafCount(),
      appendLeaf: async (i, b, h) => {
        if (fail) throw new Error('disk full');
        backend.appendLeaf(i, b, h);
      },
      getLeafHash: (i) => backend.getLeafHash(i),
      getEntryBytes: (i) => backend.getEntryBytes(i),
    };
    const log = await buildLog(5, flaky);
    fail = true;
    await expect(log.append({ kind: 'key', actor: 'custodian', outcome: 'accepted' })).rejects.toMatchObject({ code: 'E_STORE' });
    expect(log.size).toBe(5);
    fail = false;
    expect((await log.append({ kind: 'key', actor: 'custodian', outcome: 'accepted' })).seq).toBe(5);
  });

  it('reopens from a backend with the same root, with or without stored interior nodes', async () => {
    const backend = new MemoryAuditBackend();
    const log = await buildLog(37, backend);
    const leafOnly: AuditLogBackend = {
      getLeafCount: () => backend.getLeafCount(),
      appendLeaf: (i, b, h) => backend.appendLeaf(i, b, h),
      getLeafHash: (i) => backend.getLeafHash(i),
      getEntryBytes: (i) => backend.getEntryBytes(i),
    };
    const again = await AuditLog.open({ logId: 'bank-a/prod', backend });
    const slow = await AuditLog.open({ logId: 'bank-a/prod', backend: leafOnly });
    expect(bytesToHex(again.root())).toBe(bytesToHex(log.root()));
    expect(bytesToHex(slow.root())).toBe(bytesToHex(log.root()));
    for (const [seq, size] of [[0, 37], [36, 37], [12, 20]] as const) {
      const a = await log.inclusionProof(seq, size);
      const b = await slow.inclusionProof(seq, size);
      expect(b.path.map(bytesToHex)).toEqual(a.path.map(bytesToHex));
    }
    expect((await slow.consistencyProof(13, 37)).path.map(bytesToHex)).toEqual((await log.consistencyProof(13, 37)).path.map(bytesToHex));
  });

  it('proves inclusion of every entry and consistency between tree heads (auditor JSON path)', async () => {
    const log = await AuditLog.open({ logId: 'bank-a/prod', clock: clock() });
    const r = rng(7);
    const heads: { size: number; json: unknown }[] = [];
    for (let i = 1; i <= 70; i++) {
      await log.append(randomInput(r));
      if (i % 9 === 0 || i === 1 || i === 64 || i === 70) heads.push({ size: i, json: JSON.parse(JSON.stringify(treeHeadToJson(log.treeHead(LOG_SK)))) });
    }
    for (const { size, json } of heads) {
      for (let seq = 0; seq < size; seq++) {
        const proof = JSON.parse(JSON.stringify(inclusionProofToJson(await log.inclusionProof(seq, size))));
        const entryHex = bytesToHex(await log.entryBytes(seq));
        const report = verifyInclusion({ proof, treeHead: json, entryHex }, LOG_PK);
        expect(report.problems).toEqual([]);
        expect(report.ok).toBe(true);
      }
      // A proof for one entry does not prove another.
      if (size > 1) {
        const proof = inclusionProofToJson(await log.inclusionProof(0, size));
        const report = verifyInclusion({ proof, treeHead: json, entryHex: bytesToHex(await log.entryBytes(1)) }, LOG_PK);
        expect(report.ok).toBe(false);
      }
    }
    for (const a of heads) {
      for (const b of heads) {
        if (a.size > b.size) continue;
        const proof = consistencyProofToJson(await log.consistencyProof(a.size, b.size));
        const report = verifyConsistency({ proof, oldTreeHead: a.json, newTreeHead: b.json }, LOG_PK);
        expect(report.problems).toEqual([]);
      }
    }
  });

  it('detects a forked log with consistency proofs', async () => {
    const honest = await buildLog(40);
    const oldHead = treeHeadToJson(honest.treeHead(LOG_SK));
    // The operator rewrites entry 17 and keeps signing: the old head cannot be linked to the new one.
    const forked = await AuditLog.open({ logId: 'bank-a/prod', clock: clock() });
    for (let i = 0; i < 60; i++) {
      let input: AuditEntryInput = { kind: 'verify', actor: 'atm-9', outcome: 'match' };
      if (i < 40) {
        const { seq: _seq, ...rest } = await honest.entry(i);
        input = rest;
      }
      await forked.append(i === 17 ? { ...input, actor: 'forger-1' } : input);
    }
    const newHead = treeHeadToJson(forked.treeHead(LOG_SK));
    const proof = consistencyProofToJson(await forked.consistencyProof(40, 60));
    const report = verifyConsistency({ proof, oldTreeHead: oldHead, newTreeHead: newHead }, LOG_PK);
    expect(codes(report)).toEqual(['PROOF_INVALID']);
  });
});

describe('export -> verifyExportedLog', () => {
  it(`accepts an honest log of ${N} entries`, async () => {
    const log = await buildLog(N);
    const doc = await exportedJson(log);
    const report = verifyExportedLog(doc, LOG_PK);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, treeSize: N, root: bytesToHex(log.root()) });
    // With a separately obtained older tree head (e.g. `--sth FILE` from a gossip channel) too.
    const older = await AuditLog.open({ logId: 'bank-a/prod', clock: clock(), backend: await prefixBackend(log, 123) });
    const olderHead = JSON.parse(JSON.stringify(treeHeadToJson(older.treeHead(LOG_SK))));
    expect(verifyExportedLog(doc, LOG_PK, { treeHead: olderHead, logId: 'bank-a/prod' }).problems).toEqual([]);
  });

  it('rejects an altered entry, wherever it is and however it is altered', async () => {
    const log = await buildLog(N);
    for (const seq of [0, 1, 150, N - 1]) {
      // Bytes and view changed together (a careful forger): the root gives it away.
      const doc = await exportedJson(log);
      const row = doc.entries[seq]!;
      const old = row['entry'] as { outcome?: string };
      const entry = { ...(row['entry'] as object), outcome: old.outcome === 'match' ? 'no-match' : 'match', reason: 'E_POLICY' };
      row['entry'] = entry;
      row['leaf'] = bytesToHex(encodeAuditEntry(entry as never));
      expect(codes(verifyExportedLog(doc, LOG_PK))).toEqual(['ROOT_MISMATCH']);
      // Only the readable view changed: flagged so a reader is not misled.
      const doc2 = await exportedJson(log);
      (doc2.entries[seq]!['entry'] as Record<string, unknown>)['actor'] = 'someone-else';
      expect(codes(verifyExportedLog(doc2, LOG_PK))).toEqual(['VIEW_MISMATCH']);
      // One bit of the bytes flipped.
      const doc3 = await exportedJson(log);
      const bytes = hexToBytes(doc3.entries[seq]!['leaf'] as string);
      bytes[bytes.length - 1]! ^= 1;
      doc3.entries[seq]!['leaf'] = bytesToHex(bytes);
      const report = verifyExportedLog(doc3, LOG_PK);
      expect(report.ok).toBe(false);
      expect(codes(report)).toContain('ROOT_MISMATCH');
    }
  });

  it('rejects a removed entry, with or without renumbering the rest', async () => {
    const log = await buildLog(N);
    const doc = await exportedJson(log);
    doc.entries.splice(100, 1);
    // (No root comparison: the head covers 300 entries and only 299 are there.)
    expect(codes(verifyExportedLog(doc, LOG_PK))).toEqual(['SEQ_MISMATCH', 'SIZE_MISMATCH']);
    // The forger renumbers (re-encodes) every later entry and drops the last one from the head...
    const doc2 = await exportedJson(log);
    doc2.entries.splice(100, 1);
    doc2.entries.forEach((row, i) => {
      const entry = { ...(row['entry'] as object), seq: i };
      row['seq'] = i;
      row['entry'] = entry;
      row['leaf'] = bytesToHex(encodeAuditEntry(entry as never));
    });
    doc2.treeHead = { ...doc2.treeHead, treeSize: N - 1 };
    expect(codes(verifyExportedLog(doc2, LOG_PK))).toEqual(['BAD_SIGNATURE', 'ROOT_MISMATCH']);
    // ...and truncation to an older, genuinely signed head is caught by a newer head from elsewhere.
    const doc3 = await exportedJson(await buildLog(N - 50));
    const newerHead = JSON.parse(JSON.stringify(treeHeadToJson(log.treeHead(LOG_SK))));
    expect(verifyExportedLog(doc3, LOG_PK).ok).toBe(true);
    expect(codes(verifyExportedLog(doc3, LOG_PK, { treeHead: newerHead }))).toEqual(['SIZE_MISMATCH']);
  });

  it('rejects reordered entries', async () => {
    const log = await buildLog(N);
    const doc = await exportedJson(log);
    [doc.entries[10], doc.entries[11]] = [doc.entries[11]!, doc.entries[10]!];
    expect(codes(verifyExportedLog(doc, LOG_PK))).toEqual(['ROOT_MISMATCH', 'SEQ_MISMATCH']);
    // Swapped and renumbered, so seq looks right: the root still differs.
    const doc2 = await exportedJson(log);
    [doc2.entries[10], doc2.entries[11]] = [doc2.entries[11]!, doc2.entries[10]!];
    for (const i of [10, 11]) {
      const row = doc2.entries[i]!;
      const entry = { ...(row['entry'] as object), seq: i };
      Object.assign(row, { seq: i, entry, leaf: bytesToHex(encodeAuditEntry(entry as never)) });
    }
    expect(codes(verifyExportedLog(doc2, LOG_PK))).toEqual(['ROOT_MISMATCH']);
  });

  it('rejects forged tree heads', async () => {
    const log = await buildLog(N);
    // A tampered log with a head re-signed by a key that is not the trusted one.
    const doc = await exportedJson(log);
    const row = doc.entries[5]!;
    const entry = { ...(row['entry'] as object), outcome: 'no-match' };
    Object.assign(row, { entry, leaf: bytesToHex(encodeAuditEntry(entry as never)) });
    const rogue = await AuditLog.open({ logId: 'bank-a/prod', clock: clock() });
    for (const r of doc.entries) {
      const { seq: _seq, ...input } = r['entry'] as Record<string, unknown>;
      await rogue.append(input as unknown as AuditEntryInput);
    }
    doc.treeHead = JSON.parse(JSON.stringify(treeHeadToJson(rogue.treeHead(ROGUE_SK))));
    doc['publicKey'] = bytesToHex(ROGUE_PK);
    expect(verifyExportedLog(doc, ROGUE_PK).ok).toBe(true); // internally consistent...
    expect(codes(verifyExportedLog(doc, LOG_PK))).toEqual(['BAD_SIGNATURE', 'UNTRUSTED_KEY']); // ...but not by the trusted key
    // The genuine signature moved onto a different root / size / log id.
    for (const change of [{ rootHash: '00'.repeat(32) }, { treeSize: N - 1 }, { logId: 'bank-b/prod' }, { timestamp: 1 }]) {
      const d = await exportedJson(log);
      d.treeHead = { ...d.treeHead, ...change };
      expect(codes(verifyExportedLog(d, LOG_PK))).toContain('BAD_SIGNATURE');
    }
    // Garbage signature.
    const d = await exportedJson(log);
    d.treeHead = { ...d.treeHead, signature: 'ff'.repeat(64) };
    expect(codes(verifyExportedLog(d, LOG_PK))).toEqual(['BAD_SIGNATURE']);
  });

  it('reports malformed documents instead of throwing, and throws only for a bad trusted key', async () => {
    expect(codes(verifyExportedLog(null, LOG_PK))).toEqual(['MALFORMED']);
    expect(codes(verifyExportedLog({ format: 'x' }, LOG_PK))).toContain('MALFORMED');
    const doc = await exportedJson(await buildLog(4));
    doc.entries[2]!['leaf'] = 'zz';
    expect(codes(verifyExportedLog(doc, LOG_PK))).toEqual(expect.arrayContaining(['MALFORMED', 'ROOT_MISMATCH']));
    expect(() => verifyExportedLog(doc, new Uint8Array(3))).toThrow(SealmatchError);
    expect(() => verifyExportedLog(doc, new Uint8Array(3))).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });

  it('refuses to export against a head the log does not match', async () => {
    const log = await buildLog(10);
    const head = log.treeHead(LOG_SK);
    await expect(exportAuditLog(log, head, ROGUE_PK)).rejects.toMatchObject({ code: 'E_AUDIT' });
    const lying = signTreeHead({ ...head, rootHash: new Uint8Array(32) }, LOG_SK);
    await expect(exportAuditLog(log, lying, LOG_PK)).rejects.toMatchObject({ code: 'E_AUDIT' });
    const future = signTreeHead({ ...head, treeSize: 11 }, LOG_SK);
    await expect(exportAuditLog(log, future, LOG_PK)).rejects.toMatchObject({ code: 'E_AUDIT' });
    expect(treeHeadFromJson(treeHeadToJson(head)).treeSize).toBe(10);
  });
});

/** A memory backend holding the first `n` rows of `log`. */
async function prefixBackend(log: AuditLog, n: number): Promise<MemoryAuditBackend> {
  const b = new MemoryAuditBackend();
  for (let i = 0; i < n; i++) b.appendLeaf(i, await log.entryBytes(i), await log.leafHash(i));
  return b;
}
