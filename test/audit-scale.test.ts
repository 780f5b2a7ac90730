/**
 * The audit log does not slow down as it grows (red-team finding: COUNT(*) per append, O(n)
 * proofs and restart). No timings here (they live in bench/audit-log.ts): what is asserted is the
 * work, counted where it happens.
 *  - an append runs the same number of SQL statements at 20k entries as on an empty log, and the
 *    log asks its backend for nothing but the one append;
 *  - an inclusion or consistency proof asks for O(log n) stored nodes, in one backend call;
 *  - reopening asks for popcount(n) nodes, in one call, and gets the same root;
 *  - a store written before nodes were kept (leaves only) is backfilled once at open.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AuditEntryInput,
  AuditLog,
  type AuditLogBackend,
  MemoryAuditBackend,
  type NodeRef,
  verifyConsistencyProof,
  verifyInclusionProof,
} from '../src/audit/index.js';
import { StoreAuditBackend } from '../src/store/audit-backend.js';
import { SqliteStore } from '../src/store/sqlite.js';

const N = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'sealmatch-audit-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function input(): AuditEntryInput {
  const n = ++counter;
  const hex = n.toString(16).padStart(64, '0');
  return { kind: 'verify', actor: `atm-${n % 17}`, subjectRef: hex, outcome: n % 3 ? 'match' : 'no-match', time: 1_760_000_000_000 + n };
}

/** Counts every statement execution on a SQLite connection (prepare is wrapped before any audit statement is compiled). */
function countStatements(store: SqliteStore): { readonly n: number } {
  const counter = { n: 0 };
  const db = store.db;
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const st = prepare(sql);
    for (const m of ['get', 'all', 'run', 'iterate'] as const) {
      const f = st[m].bind(st) as (...a: unknown[]) => unknown;
      (st as unknown as Record<string, unknown>)[m] = (...a: unknown[]) => {
        counter.n++;
        return f(...a);
      };
    }
    return st;
  }) as typeof db.prepare;
  return counter;
}

/** Wraps a backend and counts what the log asks of it. */
function counting(inner: AuditLogBackend): { backend: AuditLogBackend; calls: Record<string, number>; nodes: NodeRef[] } {
  const calls: Record<string, number> = {};
  const nodes: NodeRef[] = [];
  const hit = (name: string): void => void (calls[name] = (calls[name] ?? 0) + 1);
  const backend: AuditLogBackend = {
    getLeafCount: () => (hit('getLeafCount'), inner.getLeafCount()),
    appendLeaf: (i, e, h) => (hit('appendLeaf'), inner.appendLeaf(i, e, h)),
    getLeafHash: (i) => (hit('getLeafHash'), inner.getLeafHash(i)),
    getEntryBytes: (i) => (hit('getEntryBytes'), inner.getEntryBytes(i)),
    getNodeHash: (l, i) => (hit('getNodeHash'), inner.getNodeHash!(l, i)),
    getNodeHashes: (refs) => {
      hit('getNodeHashes');
      nodes.push(...refs);
      return inner.getNodeHashes!(refs);
    },
    getLeafRange: (a, b) => (hit('getLeafRange'), inner.getLeafRange!(a, b)),
  };
  return { backend, calls, nodes };
}

const reset = (c: { calls: Record<string, number>; nodes: NodeRef[] }): void => {
  for (const k of Object.keys(c.calls)) delete c.calls[k];
  c.nodes.length = 0;
};
const log2 = (n: number): number => Math.ceil(Math.log2(n));

describe(`audit log at ${N} entries on SQLite (file, WAL)`, () => {
  const path = join(dir, 'scale.db');
  let store: SqliteStore;
  let statements: { readonly n: number };
  let storeBackend: StoreAuditBackend;
  let probe: ReturnType<typeof counting>;
  let log: AuditLog;
  /** Statements run by each of the first and the last 64 appends. */
  const early: number[] = [];
  const late: number[] = [];

  /** One append in its own transaction, as MatcherService commits one. Returns its statement count. */
  async function appendOne(): Promise<number> {
    const before = statements.n;
    await store.transaction(async (tx) => {
      storeBackend.current = tx;
      try {
        await log.append(input());
      } finally {
        storeBackend.current = undefined;
      }
    });
    return statements.n - before;
  }

  beforeAll(async () => {
    store = new SqliteStore(path);
    statements = countStatements(store);
    storeBackend = new StoreAuditBackend(store);
    probe = counting(storeBackend);
    log = await AuditLog.open({ logId: 'bank-a/scale', backend: probe.backend });
    for (let i = 0; i < 64; i++) early.push(await appendOne());
    // The bulk in transactions of 1000 appends (the count per append is what is asserted, not the batching).
    while (log.size < N - 64) {
      await store.transaction(async (tx) => {
        storeBackend.current = tx;
        try {
          for (let i = 0; i < 1000 && log.size < N - 64; i++) await log.append(input());
        } finally {
          storeBackend.current = undefined;
        }
      });
    }
    reset(probe);
    for (let i = 0; i < 64; i++) late.push(await appendOne());
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('an append runs as many statements at the end as at the start (no COUNT, no node reads)', () => {
    // SELECT state + INSERT leaf + [INSERT completed nodes] + UPDATE state (BEGIN/COMMIT are exec, not counted).
    expect([Math.min(...early), Math.max(...early)]).toEqual([3, 4]);
    expect([Math.min(...late), Math.max(...late)]).toEqual([3, 4]);
    // The log asked the backend for the 64 appends and nothing else.
    expect(probe.calls).toEqual({ appendLeaf: 64 });
    expect(log.size).toBe(N);
  });

  it('inclusion proofs need O(log n) stored nodes, one backend call each, and verify', async () => {
    const root = log.root();
    for (const seq of [0, 1, 4_095, 12_345, N - 2, N - 1]) {
      reset(probe);
      const p = await log.inclusionProof(seq);
      expect(probe.calls).toEqual({ getNodeHashes: 1 });
      expect(probe.nodes.length).toBeLessThanOrEqual(log2(N) + 1);
      expect(() => verifyInclusionProof(seq, N, p.leafHash, p.path, root)).not.toThrow();
    }
    // Against an older size the right edge is not in memory: still O(log n).
    for (const [seq, size] of [[0, 12_347], [9_999, 10_001], [17, 19_999]] as const) {
      reset(probe);
      await log.inclusionProof(seq, size);
      expect(probe.calls).toEqual({ getNodeHashes: 1 });
      expect(probe.nodes.length).toBeLessThanOrEqual(2 * log2(size) + 1);
    }
  });

  it('consistency proofs need O(log n) stored nodes, one backend call each, and verify', async () => {
    for (const old of [1, 777, 8_192, 12_345, N - 1]) {
      const oldLog = await AuditLog.open({ logId: 'bank-a/scale', backend: prefix(storeBackend, old) });
      reset(probe);
      const p = await log.consistencyProof(old);
      expect(probe.calls).toEqual({ getNodeHashes: 1 });
      expect(probe.nodes.length).toBeLessThanOrEqual(2 * log2(N));
      expect(() => verifyConsistencyProof(old, N, oldLog.root(), log.root(), p.path)).not.toThrow();
    }
  });

  it('reopening reads popcount(n) nodes in one call and has the same root', async () => {
    const again = counting(new StoreAuditBackend(store));
    const reopened = await AuditLog.open({ logId: 'bank-a/scale', backend: again.backend });
    expect(again.calls).toEqual({ getLeafCount: 1, getNodeHashes: 1 });
    expect(again.nodes.length).toBe(N.toString(2).replace(/0/g, '').length);
    expect(bytesToHex(reopened.root())).toBe(bytesToHex(log.root()));
  });

  it('the same log in memory has the same root and the same proofs', async () => {
    counter -= N; // replay the same inputs
    const mem = await AuditLog.open({ logId: 'bank-a/scale', backend: new MemoryAuditBackend() });
    for (let i = 0; i < N; i++) await mem.append(input());
    expect(bytesToHex(mem.root())).toBe(bytesToHex(log.root()));
    for (const [seq, size] of [[5, N], [N - 1, N], [100, 4_097]] as const) {
      expect((await log.inclusionProof(seq, size)).path.map(bytesToHex)).toEqual((await mem.inclusionProof(seq, size)).path.map(bytesToHex));
    }
    expect((await log.consistencyProof(3_333)).path.map(bytesToHex)).toEqual((await mem.consistencyProof(3_333)).path.map(bytesToHex));
  });
});

/** The first `m` leaves of a store-backed log, read-only, as the log was when it had m entries. */
function prefix(b: StoreAuditBackend, m: number): AuditLogBackend {
  return {
    getLeafCount: () => m,
    appendLeaf: () => {
      throw new Error('read-only');
    },
    getLeafHash: (i) => b.getLeafHash(i),
    getEntryBytes: (i) => b.getEntryBytes(i),
    getNodeHashes: (refs) => b.getNodeHashes(refs),
  };
}

describe('a SQLite store written before nodes were kept', () => {
  /** A store with `n` leaves and then its node and state tables dropped: the old schema. */
  async function oldStore(path: string, n: number, gapAt?: number): Promise<string> {
    const store = new SqliteStore(path);
    const backend = new StoreAuditBackend(store);
    const log = await AuditLog.open({ logId: 'bank-a/old', backend });
    await store.transaction(async (tx) => {
      backend.current = tx;
      for (let i = 0; i < n; i++) await log.append(input());
      backend.current = undefined;
    });
    const root = bytesToHex(log.root());
    store.db.exec('DROP TABLE audit_node; DROP TABLE audit_state;');
    if (gapAt !== undefined) store.db.exec(`DELETE FROM audit_leaf WHERE seq = ${gapAt}`);
    await store.close();
    return root;
  }

  it('opens: nodes and state are backfilled once, then appends and proofs go on', async () => {
    const path = join(dir, 'old.db');
    const root = await oldStore(path, 1_234);
    const store = new SqliteStore(path);
    try {
      expect(await store.auditSize()).toBe(1_234);
      const backend = new StoreAuditBackend(store);
      const log = await AuditLog.open({ logId: 'bank-a/old', backend });
      expect(bytesToHex(log.root())).toBe(root);
      const p = await log.inclusionProof(1_000);
      expect(() => verifyInclusionProof(1_000, 1_234, p.leafHash, p.path, log.root())).not.toThrow();
      await store.transaction(async (tx) => {
        backend.current = tx;
        await log.append(input());
        await log.append(input());
        backend.current = undefined;
      });
      expect(await store.auditSize()).toBe(1_236);
      // Leaf 1235 completed [1234, 1236) and [1232, 1236); [1232, 1240) is not complete yet.
      const [l1, l2, l3] = await store.getAuditNodes([{ level: 1, index: 617 }, { level: 2, index: 308 }, { level: 3, index: 154 }]);
      expect(l1).toBeInstanceOf(Uint8Array);
      expect(l2).toBeInstanceOf(Uint8Array);
      expect(l3).toBeUndefined();
      expect(bytesToHex((await AuditLog.open({ logId: 'bank-a/old', backend })).root())).toBe(bytesToHex(log.root()));
    } finally {
      await store.close();
    }
  });

  it('a log with a gap is refused (E_STORE) instead of being given a size it does not have', async () => {
    const path = join(dir, 'gap.db');
    await oldStore(path, 40, 17);
    expect(() => new SqliteStore(path)).toThrow(expect.objectContaining({ code: 'E_STORE' }));
  });
});

/** The same on PostgreSQL when SEALMATCH_PG_URL is set (the store suite covers it functionally). */
const PG_URL = process.env.SEALMATCH_PG_URL;
describe.skipIf(!PG_URL)('audit log on PostgreSQL: constant round trips per append, backfill of an old schema', () => {
  const M = 3_000;
  const schema = `sealmatch_test_audit_scale_${process.pid}_${Date.now().toString(36)}`;
  const url = (): string => {
    const u = new URL(PG_URL!);
    u.searchParams.set('schema', schema);
    return u.toString();
  };
  afterAll(async () => {
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  });

  it(`an append costs the same round trips at ${M} entries as at 0; a leaves-only schema is backfilled at open`, async () => {
    const pg = (await import('pg')).default;
    const { PostgresStore } = await import('../src/store/postgres.js');
    const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const query = proto.query;
    let queries = 0;
    proto.query = function (this: unknown, ...a: unknown[]) {
      queries++;
      return query.apply(this, a);
    };
    const store = await PostgresStore.open(url());
    try {
      const backend = new StoreAuditBackend(store);
      const log = await AuditLog.open({ logId: 'bank-a/pg', backend });
      const one = async (): Promise<number> => {
        const before = queries;
        await store.transaction(async (tx) => {
          backend.current = tx;
          await log.append(input());
          backend.current = undefined;
        });
        return queries - before;
      };
      const early: number[] = [];
      for (let i = 0; i < 16; i++) early.push(await one());
      await store.transaction(async (tx) => {
        backend.current = tx;
        while (log.size < M) await log.append(input());
        backend.current = undefined;
      });
      const late: number[] = [];
      for (let i = 0; i < 16; i++) late.push(await one());
      // BEGIN, SELECT state, INSERT leaf, [INSERT nodes +] UPDATE state, COMMIT.
      expect(new Set(early)).toStrictEqual(new Set([5]));
      expect(new Set(late)).toStrictEqual(new Set([5]));
      const root = bytesToHex(log.root());
      const size = log.size;

      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`DROP TABLE "${schema}".audit_node; DROP TABLE "${schema}".audit_state`);
      await admin.end();
      const reopened = await PostgresStore.open(url());
      try {
        expect(await reopened.auditSize()).toBe(size);
        const again = await AuditLog.open({ logId: 'bank-a/pg', backend: new StoreAuditBackend(reopened) });
        expect(bytesToHex(again.root())).toBe(root);
        const p = await again.inclusionProof(1_234);
        expect(() => verifyInclusionProof(1_234, size, p.leafHash, p.path, again.root())).not.toThrow();
      } finally {
        await reopened.close();
      }
    } finally {
      proto.query = query;
      await store.close();
    }
  }, 120_000);
});
