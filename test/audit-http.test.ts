/**
 * The matcher's /v1/audit/* routes as an outsider and as an auditor see them. Attacker: anyone
 * who can reach the matcher's port, without the auditor's bearer token; they must learn nothing
 * beyond the public signed tree head (size and root). The auditor pages through the export while
 * the log keeps growing and verifies it offline, in memory and with `sealmatch audit-verify`.
 *
 * The routes only touch `service.audit`, so the app runs over a real SQLite-backed AuditLog with
 * no HE stack behind it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditEntryInput, AuditLog, type ExportedAuditPage, MAX_EXPORT_PAGE, verifyExportedLog, verifyInclusionProof } from '../src/audit/index.js';
import { main } from '../src/cli/main.js';
import type { MatcherService } from '../src/matcher/service.js';
import { matcherApp } from '../src/server/matcher-app.js';
import { custodianApp } from '../src/server/custodian-app.js';
import type { Custodian } from '../src/custodian/custodian.js';
import { StoreAuditBackend } from '../src/store/audit-backend.js';
import { SqliteStore } from '../src/store/sqlite.js';

const LOG_SK = new Uint8Array(32).fill(0x51);
const LOG_PK = bytesToHex(ed25519.getPublicKey(LOG_SK));
const AUDITOR = 'a'.repeat(64);
const dir = mkdtempSync(join(tmpdir(), 'sealmatch-audit-http-'));

let n = 0;
const input = (): AuditEntryInput => ({ kind: 'verify', actor: `atm-${n % 3}`, subjectRef: (++n).toString(16).padStart(64, '0'), outcome: 'match', time: 1_760_000_000_000 + n });

describe('/v1/audit routes', () => {
  let store: SqliteStore;
  let backend: StoreAuditBackend;
  let log: AuditLog;
  let app: FastifyInstance;
  let closed: FastifyInstance;

  async function append(k: number): Promise<void> {
    await store.transaction(async (tx) => {
      backend.current = tx;
      try {
        for (let i = 0; i < k; i++) await log.append(input());
      } finally {
        backend.current = undefined;
      }
    });
  }
  const get = (a: FastifyInstance, url: string, token?: string) =>
    a.inject({ method: 'GET', url, headers: { accept: 'application/json', ...(token !== undefined ? { authorization: token } : {}) } });

  beforeAll(async () => {
    store = new SqliteStore(join(dir, 'matcher.db'));
    backend = new StoreAuditBackend(store);
    log = await AuditLog.open({ logId: 'bank-a/matcher', backend });
    await append(50);
    const service = { audit: log, observe: () => undefined } as unknown as MatcherService;
    const base = { service, store, bundle: { presetId: 'sm2-bgv4096-1to1-auth', hePublicKey: new Uint8Array(1), decisionPublicKey: new Uint8Array(32) }, logSigningKey: LOG_SK, adminToken: 'admin-token', logLevel: 'silent' } as const;
    app = await matcherApp({ ...base, auditorToken: AUDITOR });
    closed = await matcherApp(base); // a matcher.json written before auditorToken existed
  });
  afterAll(async () => {
    await app?.close();
    await closed?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('without the auditor token, export and proofs are 401 E_UNAUTHENTICATED (with WWW-Authenticate) and reveal no entry', async () => {
    const routes = ['/v1/audit/export', '/v1/audit/export?from=0&limit=10', '/v1/audit/proof/inclusion?seq=0', '/v1/audit/proof/consistency?old=1'];
    const wrong = [undefined, '', `Bearer ${'b'.repeat(64)}`, AUDITOR, `Bearer ${AUDITOR.slice(1)}`, `Basic ${AUDITOR}`, 'Bearer admin-token'];
    for (const url of routes) {
      for (const token of wrong) {
        const res = await get(app, url, token);
        expect(res.statusCode).toBe(401);
        expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
        expect(res.json()).toMatchObject({ code: 'E_UNAUTHENTICATED' });
        expect(res.body).not.toContain('atm-');
      }
      // A matcher without an auditor token configured refuses everyone, whatever they send.
      expect((await get(closed, url, `Bearer ${AUDITOR}`)).statusCode).toBe(401);
    }
    // The signed tree head and the log key stay public.
    expect((await get(app, '/v1/audit/tree-head')).statusCode).toBe(200);
    expect((await get(app, '/v1/audit/public-key')).json()).toEqual({ publicKey: LOG_PK, logId: 'bank-a/matcher' });
  });

  it('with the token: proofs verify against the public tree head', async () => {
    const head = (await get(app, '/v1/audit/tree-head')).json() as { treeSize: number; rootHash: string };
    const res = await get(app, '/v1/audit/proof/inclusion?seq=7', `Bearer ${AUDITOR}`);
    expect(res.statusCode).toBe(200);
    const p = res.json() as { leafIndex: number; treeSize: number; auditPath: string[] };
    expect(p.treeSize).toBe(head.treeSize);
    const leafHash = (await log.inclusionProof(7, p.treeSize)).leafHash;
    const path = p.auditPath.map((b) => new Uint8Array(Buffer.from(b, 'base64')));
    expect(() => verifyInclusionProof(7, p.treeSize, leafHash, path, new Uint8Array(Buffer.from(head.rootHash, 'base64')))).not.toThrow();
    expect((await get(app, '/v1/audit/proof/consistency?old=3', `bearer ${AUDITOR}`)).statusCode).toBe(200);
    expect((await get(app, '/v1/audit/proof/inclusion?seq=x', `Bearer ${AUDITOR}`)).statusCode).toBe(400);
  });

  it('the export is paged; pages fetched while the log grows verify together, in memory and with audit-verify', async () => {
    const first = (await get(app, '/v1/audit/export?limit=16', `Bearer ${AUDITOR}`)).json() as ExportedAuditPage;
    expect(first).toMatchObject({ format: 'sealmatch-audit-log-page/v1', from: 0, treeSize: 50, next: 16 });
    expect(first.entries).toHaveLength(16);
    const pages: ExportedAuditPage[] = [first];
    for (let next = first.next; next !== null; ) {
      await append(5); // the log moves on between pages; the export stays the tree of 50
      const res = await get(app, `/v1/audit/export?from=${next}&limit=16&treeSize=${first.treeSize}`, `Bearer ${AUDITOR}`);
      expect(res.statusCode).toBe(200);
      const page = res.json() as ExportedAuditPage;
      expect(page.treeHead.treeSize).toBeGreaterThan(50);
      pages.push(page);
      next = page.next;
    }
    expect(pages.map((p) => p.entries.length)).toEqual([16, 16, 16, 2]);
    const key = new Uint8Array(Buffer.from(LOG_PK, 'hex'));
    expect(verifyExportedLog(pages, key)).toMatchObject({ ok: true, treeSize: 50, problems: [] });

    const file = join(dir, 'pages.jsonl');
    writeFileSync(file, pages.map((p) => JSON.stringify(p)).join('\n') + '\n');
    expect(await main(['audit-verify', '--log', file, '--key', LOG_PK])).toBe(0);
    writeFileSync(join(dir, 'pages.json'), JSON.stringify(pages, null, 2));
    expect(await main(['audit-verify', '--log', join(dir, 'pages.json'), '--key', LOG_PK])).toBe(0);
    // One page left out, or one entry doctored: the file no longer verifies.
    writeFileSync(file, [pages[0], pages[2], pages[3]].map((p) => JSON.stringify(p)).join('\n'));
    expect(await main(['audit-verify', '--log', file, '--key', LOG_PK])).toBe(1);
    const doctored = structuredClone(pages);
    (doctored[1]!.entries[3] as { leaf: string }).leaf = pages[1]!.entries[4]!.leaf;
    writeFileSync(file, doctored.map((p) => JSON.stringify(p)).join('\n'));
    expect(await main(['audit-verify', '--log', file, '--key', LOG_PK])).toBe(1);
  });

  it('a small log is one page, which verifies on its own; bad parameters are 400, the limit is capped', async () => {
    const one = (await get(app, '/v1/audit/export', `Bearer ${AUDITOR}`)).json() as ExportedAuditPage;
    expect(one.next).toBeNull();
    expect(one.entries).toHaveLength(one.treeSize);
    expect(verifyExportedLog(one, new Uint8Array(Buffer.from(LOG_PK, 'hex'))).ok).toBe(true);
    const capped = (await get(app, `/v1/audit/export?limit=${MAX_EXPORT_PAGE * 10}`, `Bearer ${AUDITOR}`)).json() as ExportedAuditPage;
    expect(capped.entries.length).toBe(Math.min(capped.treeSize, MAX_EXPORT_PAGE));
    for (const q of ['limit=0', 'from=-1', 'from=abc', 'limit=1.5', `from=${one.treeSize + 1}`, `treeSize=${10 ** 9}`]) {
      expect((await get(app, `/v1/audit/export?${q}`, `Bearer ${AUDITOR}`)).statusCode).toBe(400);
    }
  });
});

describe("the custodian's own /v1/audit routes (admin token)", () => {
  it('pages the export like the matcher, behind the custodian admin token, and it verifies offline', async () => {
    const cdir = mkdtempSync(join(tmpdir(), 'sealmatch-audit-custodian-'));
    const store = new SqliteStore(join(cdir, 'c.db'));
    const backend = new StoreAuditBackend(store);
    const log = await AuditLog.open({ logId: 'bank-a/custodian', backend });
    await store.transaction(async (tx) => {
      backend.current = tx;
      try {
        for (let i = 0; i < 37; i++) await log.append({ ...input(), kind: 'decrypt', actor: 'matcher-1' });
      } finally {
        backend.current = undefined;
      }
    });
    const custodian = { state: { audit: log }, stats: { decryptions: 0, alarms: 0, refusals: {} } } as unknown as Custodian;
    const app = custodianApp({ custodian, matcherToken: 'm'.repeat(64), adminToken: 'c'.repeat(64), logSigningKey: LOG_SK, logLevel: 'silent' });
    try {
      const ask = (url: string, token?: string) => app.inject({ method: 'GET', url, headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
      for (const route of ['/v1/audit/export', '/v1/audit/tree-head', '/v1/audit/proof/inclusion?seq=0', '/v1/audit/public-key']) {
        expect((await ask(route)).statusCode, route).toBe(403);
        expect((await ask(route, 'm'.repeat(64))).statusCode, `${route} with the matcher's token`).toBe(403);
      }
      const pages: ExportedAuditPage[] = [];
      let url = '/v1/audit/export?limit=10';
      for (;;) {
        const res = await ask(url, 'c'.repeat(64));
        expect(res.statusCode).toBe(200);
        const page = res.json() as ExportedAuditPage;
        pages.push(page);
        if (page.next === null) break;
        url = `/v1/audit/export?from=${page.next}&limit=10&treeSize=${pages[0]!.treeSize}`;
      }
      expect(pages.map((p) => p.entries.length)).toEqual([10, 10, 10, 7]);
      const report = verifyExportedLog(pages, ed25519.getPublicKey(LOG_SK));
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.treeSize).toBe(37);
    } finally {
      await app.close();
      await store.close();
      rmSync(cdir, { recursive: true, force: true });
    }
  });
});
