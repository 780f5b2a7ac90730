/**
 * Scenario 8: mutated-body fuzz on every route of both services. Each route gets one valid body
 * (signed by a registered key; sent once first, so it is consumed), then 300 mutations of it:
 * bit flips, byte overwrites, truncation, extension, splices, insertions, random bytes.
 *
 * Every answer must be a typed sealmatch.v1.Error whose status is its code's status (never 500
 * E_INTERNAL, never a dropped connection or a hang); both processes stay alive; the matcher's
 * store and the custodian's state are unchanged (key registration excepted, which may accept a
 * mutated but valid registration: its rows and 'key' leaves are counted).
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterAll, describe, expect, it } from 'vitest';
import { Matcher } from '../../src/verify/matcher/matcher.js';
import type { ReferenceStore, StoredReference } from '../../src/store/reference-store.js';
import { officerApprover } from '../../src/verify/terminal/terminal-client.js';
import { decodeWith, encodeBlindedResult, pb } from '../../src/wire/codec.js';
import { sha256 } from '../../src/wire/digest.js';
import { decodeSignedRequest, requestHashOf } from '../../src/wire/signed-request.js';
import { lfw } from '../helpers.js';
import { Deployment, figure, rawPost, rng, seedFromEnv, subject, untypedError, reliabilitySuite } from './harness.js';

const people = lfw();
const tx = { amountMinor: 250_000_00n, currency: 'KZT' };
const MUTATIONS = 300;
const CONCURRENCY = 4;
/** Phase B: inner-body mutations re-signed with the registered key, per signed route. */
const RESIGNED = 100;

const KINDS = ['flip1', 'flipN', 'byte', 'truncate', 'extend', 'splice', 'insert', 'random', 'zero-run'] as const;

function mutate(src: Uint8Array, kind: (typeof KINDS)[number], r: () => number): Uint8Array {
  const n = src.length;
  const at = (): number => Math.floor(r() * n);
  const rand = (len: number): Uint8Array => Uint8Array.from({ length: len }, () => Math.floor(r() * 256));
  const out = new Uint8Array(src);
  switch (kind) {
    case 'flip1':
      out[at()]! ^= 1 << Math.floor(r() * 8);
      return out;
    case 'flipN':
      for (let k = 1 + Math.floor(r() * 16); k > 0; k--) out[at()]! ^= 1 << Math.floor(r() * 8);
      return out;
    case 'byte':
      out[at()] = [0x00, 0xff, 0x7f, 0x80][Math.floor(r() * 4)]!;
      return out;
    case 'truncate':
      // Favour the envelope (first bytes: tags and lengths) as much as the tail.
      return src.slice(0, r() < 0.5 ? Math.floor(r() * Math.min(n, 64)) : at());
    case 'extend':
      return Buffer.concat([src, rand(1 + Math.floor(r() * 256))]);
    case 'splice': {
      const a = at();
      const len = Math.floor(r() * Math.min(4096, n - a));
      return Buffer.concat([src.subarray(0, a + len), src.subarray(a, a + len), src.subarray(a + len)]);
    }
    case 'insert': {
      const a = at();
      return Buffer.concat([src.subarray(0, a), rand(1 + Math.floor(r() * 16)), src.subarray(a)]);
    }
    case 'random':
      return rand(r() < 0.5 ? 1 + Math.floor(r() * 64) : n);
    case 'zero-run': {
      const a = at();
      out.fill(0, a, a + 1 + Math.floor(r() * 64));
      return out;
    }
  }
}

/** "status CODE" of an answer (protobuf or JSON error body). */
function statusKey(res: { status: number; contentType: string | null; body: Uint8Array }): string {
  if (res.status < 400) return String(res.status);
  try {
    const e = res.contentType?.includes('json') ? (JSON.parse(Buffer.from(res.body).toString('utf8')) as { code?: string }) : decodeWith(pb.Error, res.body, 'Error');
    return `${res.status} ${e.code ?? '?'}`;
  } catch {
    return `${res.status} (not an Error)`;
  }
}

interface Route {
  readonly service: 'matcher' | 'custodian';
  readonly path: string;
  readonly body: Uint8Array;
  readonly headers: Record<string, string>;
  /** 2xx allowed for a mutation (stateless route, or a registration that stays valid). */
  readonly mayAccept: boolean;
}

describe.runIf(reliabilitySuite)('8. mutated-body fuzz on every route', () => {
  let d: Deployment | undefined;
  afterAll(async () => d?.destroy());

  it('every answer is a typed error, no crash, store unchanged', async () => {
    const seed = seedFromEnv();
    const r = rng(seed);
    d = await Deployment.create('fuzz', { terminals: 1, desks: 1 });
    const dep = d;
    const approve = officerApprover(dep.officerKey);
    const atm = dep.atms[0]!;
    const desk = dep.desks[0]!;
    const X = subject(8000);
    const Y = subject(8001);

    // Valid bodies, each used once.
    await atm.authorize(X, tx).catch(() => undefined);
    const authorizeBody = dep.recorder.last.get('/v1/authorize')!;
    await desk.enroll(X, people[0]!.embeddings[0]!, { approve });
    const enrollBody = dep.recorder.last.get('/v1/enroll')!;
    await desk.enroll(Y, people[1]!.embeddings[0]!, { approve });
    await desk.delete(Y, approve);
    const deleteBody = dep.recorder.last.get('/v1/delete')!;
    const v = atm.prepareVerify(X, people[0]!.embeddings[1]!, tx);
    expect((await atm.sendVerify(v)).match).toBe(true);
    const keyBody = new TextEncoder().encode(JSON.stringify({ publicKey: Buffer.from(ed25519.getPublicKey(ed25519.utils.randomSecretKey())).toString('hex'), ownerId: 'atm-fuzz', role: 'terminal', institution: 'bank-a' }));
    const admin = { 'content-type': 'application/json', authorization: `Bearer ${dep.secrets.matcherAdmin}` };
    expect((await rawPost(`${dep.matcherUrl}/v1/admin/keys`, keyBody, admin)).status).toBe(201);
    // The custodian's /v1/decide body: the blinded result of a fresh verify of X, computed here
    // exactly as the matcher would (the matcher never sees this request).
    const row = dep.readStore((db) => db.prepare('SELECT * FROM reference_template WHERE subject_ref = ?').get(X)) as Record<string, unknown>;
    const stored: StoredReference = { subjectRef: X, modality: 'face', presetId: String(row.preset_id), dim: Number(row.dim), ciphertext: new Uint8Array(row.ciphertext as Uint8Array), enrolledAtMs: Number(row.enrolled_at), heKeyId: new Uint8Array(row.he_key_id as Uint8Array) };
    const matcher = await Matcher.create({ presetId: dep.bundle.presetId, store: { getReference: async () => stored } as unknown as ReferenceStore, heKeyId: sha256(dep.bundle.hePublicKey) });
    const w = atm.prepareVerify(X, people[0]!.embeddings[2]!, tx);
    const blinded = matcher.computeVerify(await matcher.loadVerify(w.request), requestHashOf(decodeSignedRequest(w.signed, 'sealmatch.v1.VerifyRequest')), w.signed);
    matcher.delete();
    const decideBody = encodeBlindedResult(blinded);
    const toCustodian = { 'content-type': 'application/x-protobuf', accept: 'application/x-protobuf', authorization: `Bearer ${dep.secrets.matcherToken}` };
    expect((await rawPost(`${dep.custodianUrl}/v1/decide`, decideBody, toCustodian)).status).toBe(200);

    const pbHeaders = { 'content-type': 'application/x-protobuf', accept: 'application/x-protobuf' };
    const routes: Route[] = [
      { service: 'matcher', path: '/v1/authorize', body: authorizeBody, headers: pbHeaders, mayAccept: true },
      { service: 'matcher', path: '/v1/enroll', body: enrollBody, headers: pbHeaders, mayAccept: false },
      { service: 'matcher', path: '/v1/verify', body: v.signed, headers: pbHeaders, mayAccept: false },
      { service: 'matcher', path: '/v1/delete', body: deleteBody, headers: pbHeaders, mayAccept: false },
      { service: 'custodian', path: '/v1/decide', body: decideBody, headers: toCustodian, mayAccept: false },
      { service: 'custodian', path: '/v1/references/register', body: enrollBody, headers: toCustodian, mayAccept: false },
      { service: 'custodian', path: '/v1/references/forget', body: deleteBody, headers: toCustodian, mayAccept: false },
      { service: 'matcher', path: '/v1/admin/keys', body: keyBody, headers: admin, mayAccept: true },
    ];

    const matcherBefore = dep.storeSnapshot({ withKeys: true });
    const custodianBefore = dep.stateSnapshot();
    const decryptionsBefore = await dep.decryptions();
    type Bad = { route: string; kind: string; problem: string; bodyHead: string };
    const bad: Bad[] = [];
    const perRoute: Record<string, { sent: number; statuses: Record<string, number>; accepted: number; maxMs: number }> = {};
    let adminAccepted = 0;
    for (const route of routes) {
      const url = `${route.service === 'matcher' ? dep.matcherUrl : dep.custodianUrl}${route.path}`;
      const stats = (perRoute[`${route.service} ${route.path}`] = { sent: 0, statuses: {} as Record<string, number>, accepted: 0, maxMs: 0 });
      const bodies = Array.from({ length: MUTATIONS }, (_, i) => {
        const kind = KINDS[i % KINDS.length]!;
        return { kind, body: mutate(route.body, kind, r) };
      });
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let i = next++; i < bodies.length; i = next++) {
            const { kind, body } = bodies[i]!;
            stats.sent++;
            let res;
            try {
              res = await rawPost(url, body, route.headers, 15_000);
            } catch (e) {
              bad.push({ route: route.path, kind, problem: `no answer: ${(e as Error).name} ${String((e as { cause?: { code?: string } }).cause?.code ?? '')}`, bodyHead: Buffer.from(body.subarray(0, 48)).toString('hex') });
              continue;
            }
            stats.maxMs = Math.max(stats.maxMs, Math.round(res.ms));
            const code = statusKey(res);
            stats.statuses[code] = (stats.statuses[code] ?? 0) + 1;
            if (res.status < 400) {
              stats.accepted++;
              if (route.path === '/v1/admin/keys') adminAccepted++;
              if (!route.mayAccept) bad.push({ route: route.path, kind, problem: `accepted a mutated body: HTTP ${res.status}`, bodyHead: Buffer.from(body.subarray(0, 48)).toString('hex') });
              continue;
            }
            const problem = untypedError(res.status, res.contentType, res.body);
            if (problem) bad.push({ route: route.path, kind, problem, bodyHead: Buffer.from(body.subarray(0, 48)).toString('hex') });
          }
        }),
      );
    }
    const alive = { matcher: dep.matcher!.alive, custodian: dep.custodian!.alive };
    const health = { matcher: (await fetch(`${dep.matcherUrl}/healthz`)).status, custodian: (await fetch(`${dep.custodianUrl}/healthz`)).status };
    const matcherAfter = dep.storeSnapshot({ withKeys: true });
    const custodianAfter = dep.stateSnapshot();
    const decryptionsAfter = await dep.decryptions();
    const auditAfter = await dep.storeAudit();
    const { leaves } = await dep.readConsistent();
    const newLeaves = leaves.slice(Number(matcherBefore.auditSize));
    const strip = (s: Record<string, unknown>): Record<string, unknown> => ({ ...s, auditSize: undefined, auditLeaves: undefined, lastLeaf: undefined, keys: undefined });

    // Phase B: the inner body mutated and RE-SIGNED with the registered key, so the mutation gets
    // past the signature into the decoders, ciphertext checks and policy. State may change here
    // (a mutated request can be valid); only typed answers and live processes are required.
    const signers = [
      { service: 'matcher', path: '/v1/authorize', bytes: authorizeBody, type: 'sealmatch.v1.AuthorizeRequest', client: atm },
      { service: 'matcher', path: '/v1/enroll', bytes: enrollBody, type: 'sealmatch.v1.EnrollRequest', client: desk },
      { service: 'matcher', path: '/v1/verify', bytes: v.signed, type: 'sealmatch.v1.VerifyRequest', client: atm },
      { service: 'matcher', path: '/v1/delete', bytes: deleteBody, type: 'sealmatch.v1.DeleteRequest', client: desk },
      { service: 'custodian', path: '/v1/references/register', bytes: enrollBody, type: 'sealmatch.v1.EnrollRequest', client: desk },
      { service: 'custodian', path: '/v1/references/forget', bytes: deleteBody, type: 'sealmatch.v1.DeleteRequest', client: desk },
    ] as const;
    const resigned: Record<string, Record<string, number>> = {};
    for (const sgn of signers) {
      const inner = decodeSignedRequest(sgn.bytes, sgn.type).body;
      const url = `${sgn.service === 'matcher' ? dep.matcherUrl : dep.custodianUrl}${sgn.path}`;
      const tallyB = (resigned[`${sgn.service} ${sgn.path}`] = {} as Record<string, number>);
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let i = next++; i < RESIGNED; i = next++) {
            const kind = KINDS[i % KINDS.length]!;
            const body = sgn.client.sign(mutate(inner, kind, r), sgn.type);
            let res;
            try {
              res = await rawPost(url, body, sgn.service === 'matcher' ? pbHeaders : toCustodian, 15_000);
            } catch (e) {
              bad.push({ route: `${sgn.path} (re-signed)`, kind, problem: `no answer: ${(e as Error).name}`, bodyHead: Buffer.from(body.subarray(0, 48)).toString('hex') });
              continue;
            }
            const key = statusKey(res);
            tallyB[key] = (tallyB[key] ?? 0) + 1;
            if (res.status >= 400) {
              const problem = untypedError(res.status, res.contentType, res.body);
              if (problem) bad.push({ route: `${sgn.path} (re-signed)`, kind, problem, bodyHead: Buffer.from(body.subarray(0, 48)).toString('hex') });
            }
          }
        }),
      );
    }
    const aliveB = { matcher: dep.matcher!.alive, custodian: dep.custodian!.alive };
    const auditB = await dep.storeAudit();

    figure('8-fuzz', {
      seed,
      mutationsPerRoute: MUTATIONS,
      requests: Object.values(perRoute).reduce((n, s) => n + s.sent, 0),
      perRoute,
      untypedOrCrash: bad.length,
      examples: bad.slice(0, 5),
      alive,
      health,
      matcherStoreUnchanged: JSON.stringify(strip(matcherAfter)) === JSON.stringify(strip(matcherBefore)),
      matcherNewLeaves: newLeaves.length,
      adminAccepted,
      custodianStateUnchanged: JSON.stringify(custodianAfter) === JSON.stringify(custodianBefore),
      custodianDecryptionsDelta: decryptionsAfter - decryptionsBefore,
      auditVerified: auditAfter.ok,
      resignedPerRoute: RESIGNED,
      resigned,
      aliveAfterResigned: aliveB,
      auditVerifiedAfterResigned: auditB.ok,
    });
    expect(bad, JSON.stringify(bad.slice(0, 5))).toEqual([]);
    expect(alive).toEqual({ matcher: true, custodian: true });
    expect(health).toEqual({ matcher: 200, custodian: 200 });
    expect(strip(matcherAfter)).toEqual(strip(matcherBefore));
    // Only accepted key registrations wrote anything: one 'key' leaf each.
    expect(newLeaves.length).toBe(adminAccepted);
    expect(newLeaves.every((l) => l.kind === 'key')).toBe(true);
    expect(Number(matcherAfter.keys) - Number(matcherBefore.keys)).toBeLessThanOrEqual(adminAccepted);
    expect(custodianAfter).toEqual(custodianBefore);
    expect(decryptionsAfter - decryptionsBefore).toBe(0);
    expect(auditAfter.ok).toBe(true);
    expect(aliveB).toEqual({ matcher: true, custodian: true });
    expect(auditB.ok).toBe(true);
  });
});
