/**
 * The services over real HTTP on loopback: every bad request gets its typed 4xx and leaves the
 * store and the audit log exactly as they were (read before and after).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyExportedLog } from '../src/audit/verify.js';
import { main } from '../src/cli/main.js';
import { SealmatchError } from '../src/errors.js';
import { DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { KazakhstanWithdrawalPolicy, DEFAULT_POLICY } from '../src/policy/kazakhstan.js';
import { loadCustodianFile, loadMatcherFile, loadPublicBundle, writeDeploymentKeys } from '../src/server/config.js';
import { registerKey, startCustodian, startMatcher } from '../src/server/deployment.js';
import { ONE_TO_ONE_BODY_LIMIT } from '../src/server/matcher-app.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { TerminalClient, officerApprover } from '../src/verify/terminal/terminal-client.js';
import { subjectReference } from '../src/subjects/subject-reference.js';
import { Terminal } from '../src/verify/terminal/terminal.js';
import { encodeVerifyRequest, pb, transactionToPb } from '../src/wire/codec.js';
import { encodeSignedRequest, signRequest } from '../src/wire/signed-request.js';
import { lfw } from './helpers.js';

const people = lfw();
const A = people[0]!.embeddings;
const B = people[1]!.embeddings;

describe('matcher and custodian over HTTP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sm-http-'));
  let custodian: Awaited<ReturnType<typeof startCustodian>>;
  let matcher: Awaited<ReturnType<typeof startMatcher>>;
  let store: SqliteStore;
  let atm: TerminalClient;
  let rogue: TerminalClient;
  let desk: TerminalClient;
  let deskKey: Uint8Array;
  let officerKey: Uint8Array;
  let adminToken: string;
  const bankKey = new Uint8Array(32).fill(9);
  const alice = subjectReference(bankKey, '900101300027');
  const bob = subjectReference(bankKey, '850615400125');
  const nobody = subjectReference(bankKey, '010203600133');
  let now = Date.now();
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });

  beforeAll(async () => {
    await writeDeploymentKeys(dir, DEFAULT_FACE_PRESET_ID, 'http://127.0.0.1:0');
    custodian = await startCustodian({ secrets: loadCustodianFile(dir), logLevel: 'info', logStream, clock: () => now });
    store = new SqliteStore(':memory:');
    const secrets = { ...loadMatcherFile(dir), custodianUrl: custodian.url };
    adminToken = secrets.adminToken;
    const bundle = loadPublicBundle(dir);
    matcher = await startMatcher({
      bundle,
      secrets,
      store,
      logLevel: 'info',
      logStream,
      clock: () => now,
      policy: new KazakhstanWithdrawalPolicy({ ...DEFAULT_POLICY, lockBaseMs: 60_000 }),
    });
    const key = ed25519.utils.randomSecretKey();
    await registerKey(matcher.url, secrets.adminToken, ed25519.getPublicKey(key), 'atm-1', 'terminal');
    // The custodian keeps its own registry: the same key is registered there by its operators.
    await registerKey(custodian.url, loadCustodianFile(dir).adminToken!, ed25519.getPublicKey(key), 'atm-1', 'terminal');
    atm = new TerminalClient({ matcherUrl: matcher.url, terminal: await Terminal.create({ ...bundle, terminalId: 'atm-1' }), deviceKey: key });
    rogue = new TerminalClient({ matcherUrl: matcher.url, terminal: await Terminal.create({ ...bundle, terminalId: 'atm-1' }), deviceKey: ed25519.utils.randomSecretKey() });
    // Enrollment: a desk key plus an officer's approval (two-person rule), registered on both services.
    deskKey = ed25519.utils.randomSecretKey();
    officerKey = ed25519.utils.randomSecretKey();
    for (const [url, token] of [[matcher.url, secrets.adminToken], [custodian.url, loadCustodianFile(dir).adminToken!]] as const) {
      await registerKey(url, token, ed25519.getPublicKey(deskKey), 'desk-1', 'desk', 'bank-a');
      await registerKey(url, token, ed25519.getPublicKey(officerKey), 'officer-1', 'officer', 'bank-a');
    }
    desk = new TerminalClient({ matcherUrl: matcher.url, terminal: await Terminal.create({ ...bundle, terminalId: 'desk-1' }), deviceKey: deskKey });
    await desk.enroll(alice, A[0]!, { approve: officerApprover(officerKey) });
    await desk.enroll(bob, B[0]!, { approve: officerApprover(officerKey) });
  });
  afterAll(async () => {
    await matcher.close();
    await custodian.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function snapshot(): Promise<string> {
    const refs = await store.countReferences();
    const a = await store.getReference(alice);
    const size = await store.auditSize();
    const last = size ? await store.getAuditLeaf(size - 1) : undefined;
    const st = await store.getSubjectState(alice);
    return JSON.stringify({ refs, a: a && Buffer.from(a.ciphertext).toString('base64').length, size, last: last && Buffer.from(last.leafHash).toString('hex'), st });
  }

  async function rejects(p: Promise<unknown>, code: string, status: number): Promise<void> {
    try {
      await p;
    } catch (e) {
      expect(e).toBeInstanceOf(SealmatchError);
      expect((e as SealmatchError).code).toBe(code);
      expect((e as SealmatchError).details?.status).toBe(status);
      return;
    }
    throw new Error(`expected ${code}`);
  }

  const tx = { amountMinor: 250_000_00n, currency: 'KZT' };

  it('genuine accepted, impostor refused, decisions bound to their requests', async () => {
    const g = atm.prepareVerify(alice, A[1]!, tx);
    const d = await atm.sendVerify(g);
    expect(d.match).toBe(true);
    const i = await atm.verify(alice, B[1]!, tx);
    expect(i.match).toBe(false);
    expect(atm['opts'].terminal.acceptDecision(d, g.request)).toMatchObject({ verified: true, match: true });
    const other = atm.prepareVerify(alice, A[1]!, tx);
    expect(atm['opts'].terminal.acceptDecision(d, other.request)).toEqual({ verified: false, match: false });
  });

  it('bad requests get typed 4xx and change neither store nor log', async () => {
    const before = await snapshot();
    const post = (body: Uint8Array) => atm.post('/v1/verify', body);
    const good = atm.prepareVerify(alice, A[1]!, tx);
    // malformed protobuf
    await rejects(post(Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01])), 'E_MALFORMED_MESSAGE', 400);
    // oversized body: past the 1:1 routes' limit (fused references), and past 1 MiB elsewhere
    await rejects(post(new Uint8Array(ONE_TO_ONE_BODY_LIMIT + 10)), 'E_TOO_LARGE', 413);
    await rejects(atm.post('/v1/authorize', new Uint8Array(1024 * 1024 + 10)), 'E_TOO_LARGE', 413);
    // wrong parameter id (re-signed, so only the parameter set is wrong)
    const wrongParams = encodeSignedRequest(signRequest(encodeVerifyRequest({ ...good.request, presetId: 'sm1-other' }), 'sealmatch.v1.VerifyRequest', atm['opts'].deviceKey));
    await rejects(post(wrongParams), 'E_PARAMS_MISMATCH', 400);
    // truncated ciphertext
    const truncated = encodeSignedRequest(signRequest(encodeVerifyRequest({ ...good.request, probe: good.request.probe.subarray(0, 1000) }), 'sealmatch.v1.VerifyRequest', atm['opts'].deviceKey));
    await rejects(post(truncated), 'E_MALFORMED_CIPHERTEXT', 400);
    // unsigned
    const unsigned = encodeSignedRequest({ ...signRequest(encodeVerifyRequest(good.request), 'sealmatch.v1.VerifyRequest', atm['opts'].deviceKey), signature: new Uint8Array(0) });
    await rejects(post(unsigned), 'E_SIGNATURE', 401);
    // forged: signature by the registered key over other bytes
    const forged = signRequest(encodeVerifyRequest(good.request), 'sealmatch.v1.VerifyRequest', atm['opts'].deviceKey);
    const sig = forged.signature.slice();
    sig[5] ^= 0x40;
    await rejects(post(encodeSignedRequest({ ...forged, signature: sig })), 'E_SIGNATURE', 401);
    // unregistered key
    await rejects(rogue.verify(alice, A[1]!, tx), 'E_UNKNOWN_KEY', 401);
    // expired
    await rejects(atm.verify(alice, A[1]!, { ...tx, timestampMs: now - 10 * 60_000 }), 'E_EXPIRED', 408);
    // unknown subject
    await rejects(atm.verify(nobody, A[1]!, tx), 'E_UNKNOWN_SUBJECT', 404);
    // JSON debugging body of garbage
    const res = await fetch(new URL('/v1/verify', matcher.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"body": 12' });
    expect(res.status).toBe(400);
    // unsupported content type
    const res2 = await fetch(new URL('/v1/verify', matcher.url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(res2.status).toBe(400);
    expect(await snapshot()).toBe(before);
    // a replay: the first send changes state (one audit leaf), the second changes nothing
    await atm.sendVerify(good);
    const afterFirst = await snapshot();
    await rejects(atm.sendVerify(good), 'E_REPLAY', 409);
    expect(await snapshot()).toBe(afterFirst);
  });

  it('locks a subject after 5 consecutive failures (typed 423), with back-off, and logs nothing for locked attempts', async () => {
    for (let i = 0; i < 5; i++) expect((await atm.verify(bob, A[3 + i]!, tx)).match).toBe(false);
    const before = await snapshot();
    const stateBefore = await store.getSubjectState(bob);
    expect(stateBefore!.lockedUntilMs).toBeGreaterThan(now);
    await rejects(atm.verify(bob, B[1]!, tx), 'E_LOCKED', 423);
    expect(await snapshot()).toBe(before);
    expect(await store.getSubjectState(bob)).toEqual(stateBefore);
    now += 61_000; // lock expires
    expect((await atm.verify(bob, B[1]!, tx)).match).toBe(true);
    // second lockout lasts twice as long
    for (let i = 0; i < 5; i++) await atm.verify(bob, A[3 + i]!, tx);
    const s = await store.getSubjectState(bob);
    expect(s!.lockouts).toBe(2);
    expect(s!.lockedUntilMs - now).toBe(120_000);
  });

  it('policy: step-up above the amount, sender IIN for large top-ups (refusals logged with a reason)', async () => {
    expect(await atm.authorize(alice, { amountMinor: 50_000_00n, currency: 'KZT' })).toMatchObject({ allowed: true, biometricRequired: false });
    expect(await atm.authorize(alice, { amountMinor: 150_000_00n, currency: 'KZT' })).toMatchObject({ allowed: true, biometricRequired: true });
    const size = await store.auditSize();
    await rejects(atm.verify(alice, A[1]!, { amountMinor: 500_000_00n, currency: 'KZT', kind: 'top-up' }), 'E_POLICY', 403);
    expect(await store.auditSize()).toBe(size + 1);
    await rejects(atm.verify(alice, A[1]!, { amountMinor: 500_000_00n, currency: 'KZT', kind: 'top-up', senderRef: bob }), 'E_POLICY', 403);
    expect((await atm.verify(alice, A[1]!, { amountMinor: 500_000_00n, currency: 'KZT', kind: 'top-up', senderRef: alice })).match).toBe(true);
    expect((await atm.verify(alice, A[1]!, { amountMinor: 499_999_99n, currency: 'KZT', kind: 'top-up' })).match).toBe(true);
  });

  it('health, metrics, audit proofs, export verified offline by `sealmatch audit-verify`', async () => {
    expect((await fetch(new URL('/healthz', matcher.url))).status).toBe(200);
    const metrics = await (await fetch(new URL('/metrics', matcher.url))).text();
    expect(metrics).toContain('sealmatch_requests_total');
    // Operator metrics, each with help text: decisions by outcome (the earlier tests decided and
    // were refused), verify latency by stage, SEAL's heap. Nothing names a subject.
    for (const name of ['sealmatch_decisions_total', 'sealmatch_verify_stage_seconds', 'sealmatch_wasm_heap_bytes']) expect(metrics).toContain(`# HELP ${name} `);
    const sample = (re: RegExp): number => Number(re.exec(metrics)?.[1] ?? Number.NaN);
    expect(sample(/^sealmatch_decisions_total\{[^}]*outcome="match"[^}]*\} (\d+)/m)).toBeGreaterThan(0);
    expect(sample(/^sealmatch_decisions_total\{[^}]*outcome="no-match"[^}]*\} (\d+)/m)).toBeGreaterThan(0);
    expect(sample(/^sealmatch_decisions_total\{[^}]*outcome="refused",code="E_POLICY"[^}]*\} (\d+)/m)).toBeGreaterThan(0);
    for (const stage of ['authenticate', 'load', 'reserve', 'compute', 'custodian', 'commit']) {
      expect(sample(new RegExp(`^sealmatch_verify_stage_seconds_count\\{[^}]*stage="${stage}"[^}]*\\} (\\d+)`, 'm')), stage).toBeGreaterThan(0);
    }
    expect(sample(/^sealmatch_wasm_heap_bytes\{[^}]*\} (\d+)/m)).toBeGreaterThan(1_000_000);
    expect(metrics).not.toMatch(/[0-9a-f]{64}/); // no subject reference or key id in any label
    const auditor = { authorization: `Bearer ${loadMatcherFile(dir).auditorToken}` };
    expect((await fetch(new URL('/v1/audit/proof/inclusion?seq=0', matcher.url))).status).toBe(401);
    expect((await fetch(new URL('/v1/audit/export', matcher.url))).status).toBe(401);
    const incl = await fetch(new URL('/v1/audit/proof/inclusion?seq=0', matcher.url), { headers: { accept: 'application/json', ...auditor } });
    expect(incl.status).toBe(200);
    const exported = await (await fetch(new URL('/v1/audit/export', matcher.url), { headers: auditor })).json();
    const { publicKey } = (await (await fetch(new URL('/v1/audit/public-key', matcher.url))).json()) as { publicKey: string };
    expect(verifyExportedLog(exported, new Uint8Array(Buffer.from(publicKey, 'hex'))).ok).toBe(true);
    const file = join(dir, 'log.json');
    writeFileSync(file, JSON.stringify(exported));
    expect(await main(['audit-verify', '--log', file, '--key', publicKey])).toBe(0);
    const tampered = structuredClone(exported) as { entries: { leaf: string }[] };
    const leaf = tampered.entries[1]!.leaf;
    tampered.entries[1]!.leaf = leaf.slice(0, -2) + (leaf.endsWith('00') ? '01' : '00');
    writeFileSync(file, JSON.stringify(tampered));
    expect(await main(['audit-verify', '--log', file, '--key', publicKey])).toBe(1);
    const unauth = await fetch(new URL('/v1/admin/keys', matcher.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unauth.status).toBe(403);
    void adminToken;
  });

  it('logs carry method, url, status and error codes, never ciphertext bytes or tokens', async () => {
    const ref = await store.getReference(alice);
    const slice = Buffer.from(ref!.ciphertext.subarray(2000, 2024));
    const all = logs.join('');
    expect(logs.length).toBeGreaterThan(20);
    expect(all).toContain('"code":"E_REPLAY"');
    for (const needle of [slice.toString('hex'), slice.toString('base64'), adminToken]) expect(all).not.toContain(needle);
    expect(Math.max(...logs.map((l) => l.length))).toBeLessThan(2000);
  });

  it('rate-limits per terminal with a typed 429', async () => {
    const limited = await startMatcher({ bundle: loadPublicBundle(dir), secrets: { ...loadMatcherFile(dir), custodianUrl: custodian.url }, store, logLevel: 'silent', ratePerMinute: 2 });
    try {
      const client = new TerminalClient({ matcherUrl: limited.url, terminal: atm['opts'].terminal, deviceKey: atm['opts'].deviceKey });
      await client.authorize(alice, { amountMinor: 1n, currency: 'KZT' });
      await client.authorize(alice, { amountMinor: 1n, currency: 'KZT' });
      await rejects(client.authorize(alice, { amountMinor: 1n, currency: 'KZT' }), 'E_RATE_LIMITED', 429);
      // Rotating the client-supplied terminal header does not evade it: the limit keys on the
      // authenticated signing key.
      for (const header of ['atm-x', 'atm-y', 'atm-z']) {
        const signed = client.sign(pb.AuthorizeRequest.encode({ subjectRef: alice, transaction: transactionToPb({ amountMinor: 1n, currency: 'KZT', terminalId: 'atm-1', nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex'), timestampMs: now }) }).finish(), 'sealmatch.v1.AuthorizeRequest');
        const res = await fetch(new URL('/v1/authorize', limited.url), { method: 'POST', headers: { 'content-type': 'application/x-protobuf', 'x-sealmatch-terminal': header }, body: new Uint8Array(signed) });
        expect(res.status).toBe(429);
      }
    } finally {
      await limited.close();
    }
  });
});
