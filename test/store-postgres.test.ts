/**
 * The store suite on PostgreSQL, plus what only a database server shows: two instances (two
 * matcher processes) racing on one audit seq and on one subject, a transaction the database
 * aborted, and a connection the server dropped.
 *
 * Needs SEALMATCH_PG_URL, a database whose role may create schemas (`.ci/postgres.sh` starts a
 * throwaway one: `bash .ci/postgres.sh run -- npx vitest run test/store-postgres.test.ts`).
 * Every run works in its own schema, dropped afterwards. Without the URL the suite is skipped
 * locally, but FAILS under CI: CI must exercise PostgreSQL.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { SealmatchError } from '../src/errors.js';
import { openStore } from '../src/store/open.js';
import { PostgresStore } from '../src/store/postgres.js';
import type { AuditLeaf, StoredReference } from '../src/store/store.js';
import { expectCode, storeSuite } from './store-suite.js';

const PG_URL = process.env.SEALMATCH_PG_URL;
const IN_CI = (process.env.CI ?? '') !== '' && !['0', 'false'].includes(process.env.CI!.toLowerCase());
const HOW = 'start one with `bash .ci/postgres.sh run -- npx vitest run test/store-postgres.test.ts`';

function withParams(url: string, params: Record<string, string>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

const leaf = (seq: number, tag: number): AuditLeaf => ({
  seq,
  entryBytes: new Uint8Array([tag, 1, 2, 3]),
  leafHash: new Uint8Array(32).fill(tag),
});
const reference = (subjectRef: string, tag: number): StoredReference => ({
  subjectRef,
  presetId: 'face-dlib128-v1',
  dim: 128,
  ciphertext: new Uint8Array([0x53, 0x4d, 0x43, 0x54, tag]),
  enrolledAtMs: 1_760_000_000_000 + tag,
});

describe('PostgresStore without a server', () => {
  it('a schema that is not a plain lowercase identifier is E_INVALID_ARGUMENT', async () => {
    for (const schema of ['', 'Public', 'a-b', 'x"; DROP TABLE t; --', 'a b', '9lives', 'x'.repeat(64)]) {
      await expectCode(PostgresStore.open(withParams('postgres://u@127.0.0.1:1/db', { schema })), 'E_INVALID_ARGUMENT');
    }
  });

  it('an unreachable server is E_STORE carrying the driver error, without the password', async () => {
    const err = await openStore('postgresql://u:hunter2@127.0.0.1:1/db').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SealmatchError);
    expect((err as SealmatchError).code).toBe('E_STORE');
    expect((err as SealmatchError).cause).toBeInstanceOf(Error);
    expect((err as SealmatchError).message).not.toContain('hunter2');
  });
});

if (PG_URL === undefined || PG_URL === '') {
  if (IN_CI) {
    describe('PostgresStore', () => {
      it('SEALMATCH_PG_URL is set (CI must run the PostgreSQL suite)', () => {
        expect.fail(`SEALMATCH_PG_URL is not set under CI; .ci/run starts PostgreSQL, or ${HOW}`);
      });
    });
  } else {
    console.warn(`\n*** store-postgres: SEALMATCH_PG_URL is not set: PostgreSQL suite SKIPPED; ${HOW} ***\n`);
    describe.skip('PostgresStore (SKIPPED: SEALMATCH_PG_URL is not set)', () => {
      it(`needs SEALMATCH_PG_URL; ${HOW}`, () => undefined);
    });
  }
} else {
  const baseUrl = PG_URL;
  const runTag = `${process.pid}_${Date.now().toString(36)}`;
  const schemas: string[] = [];
  /** A fresh schema for this run (dropped in afterAll) and the store URL naming it. */
  const schemaUrl = (label: string, extra: Record<string, string> = {}): string => {
    const schema = `sealmatch_test_${label}_${runTag}`;
    schemas.push(schema);
    return withParams(baseUrl, { ...extra, schema });
  };

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    try {
      for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    } finally {
      await admin.end();
    }
  });

  const suiteUrl = schemaUrl('suite');
  storeSuite('PostgresStore', () => openStore(suiteUrl));

  describe('PostgresStore across instances', () => {
    const url = schemaUrl('race', { application_name: `sealmatch_race_${runTag}` });

    /** Resolves once a backend of this test is waiting on a row lock (the racing INSERT). */
    async function lockWaitSeen(): Promise<void> {
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      try {
        for (let i = 0; i < 500; i++) {
          const r = await admin.query(
            `SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`,
            [`sealmatch_race_${runTag}`],
          );
          if (r.rowCount) return;
          await new Promise((res) => setTimeout(res, 10));
        }
        throw new Error('the racing INSERT never waited on a lock');
      } finally {
        await admin.end();
      }
    }

    it('racing appends of the same seq: one commits, the other is E_STORE from the primary key', async () => {
      const [a, b] = [await PostgresStore.open(url), await PostgresStore.open(url)];
      try {
        const base = await a.auditSize();
        let aInserted!: () => void;
        const inserted = new Promise<void>((r) => (aInserted = r));
        const pa = a.transaction(async (tx) => {
          await tx.appendAuditLeaf(leaf(base, 0xa));
          aInserted();
          await lockWaitSeen(); // b has passed the size check and is blocked on our row
        });
        // The handler is attached at once: b may fail before a commits (no unhandled rejection).
        const pb = inserted.then(() => b.transaction((tx) => tx.appendAuditLeaf(leaf(base, 0xb)))).catch((e: unknown) => e);
        await pa;
        const err = await pb;
        expect(err).toBeInstanceOf(SealmatchError);
        expect((err as SealmatchError).code).toBe('E_STORE');
        expect(((err as SealmatchError).cause as { code?: string }).code).toBe('23505'); // unique_violation
        expect(await b.auditSize()).toBe(base + 1);
        expect((await b.getAuditLeaf(base))?.entryBytes[0]).toBe(0xa);
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('racing enrollments of one subject: one commits, the other is E_ALREADY_ENROLLED', async () => {
      const [a, b] = [await PostgresStore.open(url), await PostgresStore.open(url)];
      try {
        const count = await a.countReferences();
        let aInserted!: () => void;
        const inserted = new Promise<void>((r) => (aInserted = r));
        const pa = a.transaction(async (tx) => {
          await tx.insertReference(reference('subject-race', 0xa));
          aInserted();
          await lockWaitSeen();
        });
        const pb = inserted.then(() => b.insertReference(reference('subject-race', 0xb)));
        const checked = expectCode(pb, 'E_ALREADY_ENROLLED'); // handler attached at once
        await pa;
        await checked;
        expect(await b.countReferences()).toBe(count + 1);
        expect((await b.getReference('subject-race'))?.ciphertext[4]).toBe(0xa);
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('instances opening one fresh schema at once all succeed', async () => {
      const fresh = schemaUrl('open');
      const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open(fresh)));
      expect(await stores[0]!.auditSize()).toBe(0);
      await Promise.all(stores.map((s) => s.close()));
    });
  });

  describe('PostgresStore failures', () => {
    const app = `sealmatch_fail_${runTag}`;
    const url = schemaUrl('fail', { application_name: app });

    it('a database error inside a transaction fails the whole transaction even if fn catches it', async () => {
      const store = await PostgresStore.open(url);
      try {
        const ref = reference('subject-aborted', 1);
        const outcome = store.transaction(async (tx) => {
          await tx.insertReference(ref);
          const bad = { keyId: 'k', publicKey: new Uint8Array(32), ownerId: 'o', role: 'admin', registeredAtMs: 1, revoked: false } as const;
          await expectCode(tx.putKey(bad as unknown as Parameters<typeof tx.putKey>[0]), 'E_STORE'); // CHECK (role IN ...)
          return 'fn thinks it succeeded';
        });
        await expectCode(outcome, 'E_STORE');
        expect(await store.getReference(ref.subjectRef)).toBeUndefined();
        await store.insertReference(ref); // and the store is still usable
        expect(await store.countReferences()).toBe(1);
      } finally {
        await store.close();
      }
    });

    it('operations of a finished transaction are refused, not run outside it', async () => {
      const store = await PostgresStore.open(url);
      try {
        let leaked: Parameters<Parameters<typeof store.transaction>[0]>[0] | undefined;
        await store.transaction(async (tx) => {
          leaked = tx;
        });
        await expectCode(leaked!.insertReference(reference('subject-leaked', 2)), 'E_STORE');
        expect(await store.getReference('subject-leaked')).toBeUndefined();
      } finally {
        await store.close();
      }
    });

    it('after the server drops the connection, at most one operation fails (E_STORE), then it reconnects', async () => {
      const store = await PostgresStore.open(url);
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      try {
        expect(await store.auditSize()).toBe(0);
        const killed = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
          [app],
        );
        expect(killed.rowCount).toBeGreaterThan(0);
        const first = await store.auditSize().catch((e: unknown) => e);
        if (first instanceof Error) expect((first as SealmatchError).code).toBe('E_STORE');
        expect(await store.auditSize()).toBe(0);
        await store.appendAuditLeaf(leaf(0, 1));
        expect(await store.auditSize()).toBe(1);
      } finally {
        await admin.end();
        await store.close();
      }
    });

    it('close is idempotent and later operations are E_STORE', async () => {
      const store = await openStore(url);
      expect(store.kind).toBe('postgres');
      await store.close();
      await store.close();
      await expectCode(store.countReferences(), 'E_STORE');
      await expectCode(store.transaction(async () => 1), 'E_STORE');
    });
  });
}
