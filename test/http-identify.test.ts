/**
 * 1:N identify over real HTTP on loopback (128-D preset, a small LFW gallery): the desk's search
 * returns the same matches as the in-process path and as plaintext, and verifies; every bad
 * request gets its typed error and HTTP status and changes nothing stored (gallery digest before
 * and after; the audit log gains exactly the 'policy-refusal' leaves IdentifyMatcher records).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAuditEntry } from '../src/audit/entry.js';
import { DeskClient } from '../src/identify/desk/desk-client.js';
import { SealmatchError } from '../src/errors.js';
import { containerLength } from '../src/he/codec/ciphertext-codec.js';
import { HeContext } from '../src/he/seal/context.js';
import { FACE_1TON_PRESET_IDS } from '../src/params/presets.js';
import { loadCustodianFile, loadMatcherFile, loadPublicBundle, writeDeploymentKeys } from '../src/server/config.js';
import { registerKey, startCustodian, startMatcher } from '../src/server/deployment.js';
import { httpIdentifyCustodian } from '../src/server/identify-client.js';
import { httpBodyLimit } from '../src/server/identify-routes.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { scoreThreshold } from '../src/templates/face.js';
import { pb } from '../src/wire/codec.js';
import { encodeIdentifyRequest, identifyContainerBytes, identifyWireLimits } from '../src/identify/messages/identify-codec.js';
import { signIdentifyAuthorization, verifyIdentifyResponse, type IdentifyRequest } from '../src/identify/messages/identify-messages.js';
import { keyId } from '../src/wire/signing.js';
import { flatEmbeddings, lfw } from './helpers.js';
import { FULL, replay, tiered } from './tier.js';
import { asSubjectRef, type SubjectRef } from '../src/subjects/subject-reference.js';

const presetId = FACE_1TON_PRESET_IDS[128];
const ref = (i: number): SubjectRef => asSubjectRef(bytesToHex(keyId(new TextEncoder().encode(`subject-${i}`))));
const GALLERY = 48; // LFW templates 0..47 (first people of the set: real duplicates)
const OVER_HTTP = 3; // of which enrolled one by one through POST /v1/identify/enroll

// Full tier only (npm run test:full): the sm1 presets serve a trusted matcher only; the fast tier
// runs 1:N over HTTP on the authenticated preset (test/http-identify-authenticated.test.ts).
describe.runIf(FULL)('1:N identify over HTTP (sm1 128-D preset, trusted matcher)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sm-http-identify-'));
  let custodian: Awaited<ReturnType<typeof startCustodian>>;
  let matcher: Awaited<ReturnType<typeof startMatcher>>;
  let store: SqliteStore;
  let desk: DeskClient;
  let terminalDesk: DeskClient;
  let rogueDesk: DeskClient;
  let decisionPublicKey: Uint8Array;
  let token: string;
  const officer = ed25519.utils.randomSecretKey();
  const terminalKey = ed25519.utils.randomSecretKey();
  const now = Date.now();
  const embeddings = flatEmbeddings(lfw());
  let q: Int32Array[] = [];
  let T = 0;
  const enrolled = new Set<number>();

  const plainMatches = (probe: ArrayLike<number>): string[] =>
    [...enrolled]
      .filter((j) => q[j]!.reduce((s, g, k) => s + g * probe[k]!, 0) >= T)
      .map(ref)
      .sort();

  beforeAll(async () => {
    await writeDeploymentKeys(dir, presetId, 'http://127.0.0.1:0');
    const secrets = loadCustodianFile(dir);
    token = secrets.matcherToken;
    // The honest 1:N path: 1:N results carry no MAC yet, so the custodian serves its 1:N routes
    // only to a matcher declared trusted (default refused: test/attacks/identify-oracle.test.ts).
    custodian = await startCustodian({ secrets, logLevel: 'silent', clock: () => now, identify: { trustMatcher: true } });
    store = new SqliteStore(':memory:');
    const bundle = loadPublicBundle(dir);
    decisionPublicKey = bundle.decisionPublicKey;
    const ms = { ...loadMatcherFile(dir), custodianUrl: custodian.url };
    matcher = await startMatcher({ bundle, secrets: ms, store, logLevel: 'silent', clock: () => now, identify: { workers: 1 } });
    await registerKey(matcher.url, ms.adminToken, ed25519.getPublicKey(officer), 'officer-1', 'officer');
    await registerKey(matcher.url, ms.adminToken, ed25519.getPublicKey(terminalKey), 'atm-1', 'terminal');
    // The custodian verifies each search's officer authorization against its OWN registry.
    await registerKey(custodian.url, secrets.adminToken!, ed25519.getPublicKey(officer), 'officer-1', 'officer');
    await registerKey(custodian.url, secrets.adminToken!, ed25519.getPublicKey(terminalKey), 'atm-1', 'terminal');
    const common = { matcherUrl: matcher.url, presetId, hePublicKey: bundle.hePublicKey, decisionPublicKey: bundle.decisionPublicKey, now: () => now };
    desk = await DeskClient.create({ ...common, officerKey: officer });
    terminalDesk = await DeskClient.create({ ...common, officerKey: terminalKey });
    rogueDesk = await DeskClient.create({ ...common, officerKey: ed25519.utils.randomSecretKey() });
    q = embeddings.map((e) => desk.quantize(e));
    const he = await HeContext.create(presetId);
    T = scoreThreshold(he.preset.defaultThresholdCosine, he.preset.quantScale);
    he.delete();
    // A few through the desk route (one custodian refresh over HTTP each) ...
    for (let i = 0; i < OVER_HTTP; i++) {
      await desk.enroll(ref(i), embeddings[i]!, `case-${i}`);
      enrolled.add(i);
    }
    // ... the rest in one library call whose refresh also goes over HTTP (one request, <= 64 entries).
    const im = matcher.identify!.matcher;
    const refresh = httpIdentifyCustodian(custodian.url, token, identifyWireLimits(presetId));
    const entries = [];
    for (let i = OVER_HTTP; i < GALLERY; i++) entries.push({ subjectRef: ref(i), presetId, dim: 128, template: desk.encryptTemplate(q[i]!) });
    await im.enroll(entries, (r) => refresh.refreshForEnrollment(r));
    for (let i = OVER_HTTP; i < GALLERY; i++) enrolled.add(i);
  }, 300_000);

  afterAll(async () => {
    desk?.close();
    terminalDesk?.close();
    rogueDesk?.close();
    await matcher?.close();
    await custodian?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function rejects(p: Promise<unknown>, code: string, status: number): Promise<void> {
    try {
      await p;
    } catch (e) {
      expect(e, String(e)).toBeInstanceOf(SealmatchError);
      expect((e as SealmatchError).code, String(e)).toBe(code);
      expect((e as SealmatchError).details?.status).toBe(status);
      return;
    }
    throw new Error(`expected ${code}`);
  }

  async function state(): Promise<{ digest: string; audit: number }> {
    return { digest: bytesToHex(await matcher.identify!.matcher.storedDigest()), audit: await store.auditSize() };
  }

  /** The audit leaves appended since `from` (their kinds and reasons). */
  async function auditSince(from: number): Promise<{ kind: string; reason?: string }[]> {
    const out = [];
    for (let i = from; i < (await store.auditSize()); i++) {
      const leaf = await store.getAuditLeaf(i);
      const e = decodeAuditEntry(leaf!.entryBytes);
      out.push({ kind: e.kind, ...(e.reason ? { reason: e.reason } : {}) });
    }
    return out;
  }

  it('wire sizes: the codec computes the exact container size of the preset', async () => {
    const he = await HeContext.create(presetId);
    try {
      expect(identifyContainerBytes(presetId, 2)).toBe(containerLength(he, 2, he.preset.productLevel!));
      expect(identifyContainerBytes(presetId, 3)).toBe(containerLength(he, 3, he.preset.productLevel!));
      expect(desk.prepareIdentifyQuantized(q[0]!, 'c').request.probe.length).toBe(identifyContainerBytes(presetId, 2));
    } finally {
      he.delete();
    }
    expect(matcher.identify!.matcher.residues.workers).toBe(1);
    expect(matcher.identify!.matcher.gallery.size).toBe(GALLERY);
  });

  it('search over HTTP: same matches as in-process and as plaintext, and the response verifies', async () => {
    const im = matcher.identify!.matcher;
    let withOthers = 0;
    // Enrolled probes and probes outside the gallery (a seeded two of each in the fast tier).
    const probes = [...tiered([0, 1, 7, 20, 33, 47], 2, 'http-identify/enrolled'), ...tiered([60, 120, 200], 2, 'http-identify/outside')];
    console.log(replay(`http-identify: probes ${probes.join(', ')}`));
    for (const i of probes) {
      const got = await desk.identify(embeddings[i]!, `case-search-${i}`);
      const want = plainMatches(q[i]!);
      expect(got, replay(`probe ${i}`)).toEqual(want);
      if (enrolled.has(i)) expect(got).toContain(ref(i));
      if (want.length > (enrolled.has(i) ? 1 : 0)) withOthers++;
      // In-process: same gallery, same custodian object, a fresh authorization.
      const req = desk.prepareIdentifyQuantized(q[i]!, `case-inproc-${i}`).request;
      const resp = await im.finishIdentify(await custodian.custodian.decideIdentify(await im.identify(req)));
      expect(verifyIdentifyResponse(resp, req, decisionPublicKey)).toBe(true);
      expect(resp.matches.map((m) => m.subjectRef).sort()).toEqual(got);
    }
    expect(withOthers).toBeGreaterThan(FULL ? 3 : 0);
    // The raw response decodes and verifies against its request with the library call too.
    const prepared = desk.prepareIdentify(embeddings[2]!, 'case-raw');
    const resp = await desk.sendIdentify(prepared);
    expect(verifyIdentifyResponse(resp, prepared.request, decisionPublicKey)).toBe(true);
    expect(resp.matches.length).toBeGreaterThan(0);
    expect(resp.slotsPerBlock).toBe(4096);
    // The JSON debugging form of the same route (bytes as base64) answers with the same matches.
    const viaJson = desk.prepareIdentifyQuantized(q[2]!, 'case-json');
    const res = await fetch(new URL('/v1/identify', matcher.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-sealmatch-terminal': desk.officerKeyId },
      body: JSON.stringify(pb.IdentifyRequest.toObject(pb.IdentifyRequest.decode(viaJson.bytes), { bytes: String, longs: Number })),
    });
    expect(res.status).toBe(200);
    const jsonResp = (await res.json()) as { matches: { subjectRef: string }[] };
    expect(jsonResp.matches.map((m) => m.subjectRef).sort()).toEqual(resp.matches.map((m) => m.subjectRef).sort());
    // ... and a tampered one does not.
    const forged = { ...resp, matches: resp.matches.map((m, k) => (k === 0 ? { ...m, subjectRef: ref(999) } : m)) };
    expect(verifyIdentifyResponse(forged, prepared.request, decisionPublicKey)).toBe(false);
  }, 240_000);

  it('bad searches: typed error and status; the gallery never changes, the log only records refusals', async () => {
    const before = await state();
    const post = (b: Uint8Array): Promise<Uint8Array> => desk.post('/v1/identify', b);
    const good = desk.prepareIdentifyQuantized(q[5]!, 'case-bad');
    const resign = (r: Omit<IdentifyRequest, 'authorization'>, signer = officer, issuedAtMs = now): Uint8Array =>
      encodeIdentifyRequest({ ...r, authorization: signIdentifyAuthorization({ presetId: r.presetId, probe: r.probe, caseId: 'case-bad', issuedAtMs }, signer) });

    // Refused while decoding or before the authorization check: nothing recorded.
    await rejects(post(Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01])), 'E_MALFORMED_MESSAGE', 400);
    await rejects(post(new Uint8Array(httpBodyLimit(identifyWireLimits(presetId).identifyRequest) + 10)), 'E_TOO_LARGE', 413);
    const shortSig = pb.IdentifyRequest.decode(good.bytes);
    shortSig.authorization!.signature = shortSig.authorization!.signature!.subarray(0, 10);
    await rejects(post(pb.IdentifyRequest.encode(shortSig).finish()), 'E_MALFORMED_MESSAGE', 400);
    const noDim = pb.IdentifyRequest.decode(good.bytes);
    noDim.dim = 0;
    await rejects(post(pb.IdentifyRequest.encode(noDim).finish()), 'E_MALFORMED_MESSAGE', 400);
    // Truncated probe, with a valid authorization for exactly these bytes: refused by the container check.
    await rejects(post(resign({ ...good.request, probe: good.request.probe.slice(0, 1000) })), 'E_MALFORMED_CIPHERTEXT', 400);
    await rejects(post(resign({ ...good.request, probe: good.request.probe.slice(0, good.request.probe.length - 1) })), 'E_MALFORMED_CIPHERTEXT', 400);
    const res = await fetch(new URL('/v1/identify', matcher.url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(res.status).toBe(400);
    expect(await state()).toEqual(before);

    // Refused by IdentifyMatcher's checks: one 'policy-refusal' leaf each, gallery unchanged.
    await rejects(post(resign({ ...good.request, presetId: FACE_1TON_PRESET_IDS[512] })), 'E_PARAMS_MISMATCH', 400);
    await rejects(post(resign({ ...good.request, dim: 512 })), 'E_DIMENSION', 400);
    await rejects(post(pb.IdentifyRequest.encode({ parameterSetId: presetId, dim: 128, probe: good.request.probe }).finish()), 'E_UNAUTHORIZED', 403);
    const flipped = pb.IdentifyRequest.decode(good.bytes);
    flipped.authorization!.signature = Uint8Array.from(flipped.authorization!.signature!, (b, k) => (k === 7 ? b ^ 0x20 : b));
    await rejects(post(pb.IdentifyRequest.encode(flipped).finish()), 'E_UNAUTHORIZED', 403);
    await rejects(post(resign(good.request, terminalKey)), 'E_UNAUTHORIZED', 403); // registered, but not an officer
    await rejects(rogueDesk.post('/v1/identify', rogueDesk.prepareIdentifyQuantized(q[5]!, 'c').bytes), 'E_UNAUTHORIZED', 403); // unregistered
    await rejects(post(encodeIdentifyRequest({ ...good.request, probe: desk.prepareIdentifyQuantized(q[6]!, 'c').request.probe })), 'E_UNAUTHORIZED', 403); // other probe
    await rejects(post(resign(good.request, officer, now - 11 * 60_000)), 'E_EXPIRED', 408);
    const afterRefusals = await state();
    expect(afterRefusals.digest).toBe(before.digest);
    expect(await auditSince(before.audit)).toEqual([
      { kind: 'policy-refusal', reason: 'E_PARAMS_MISMATCH' },
      { kind: 'policy-refusal', reason: 'E_DIMENSION' },
      ...Array.from({ length: 5 }, () => ({ kind: 'policy-refusal', reason: 'E_UNAUTHORIZED' })),
      { kind: 'policy-refusal', reason: 'E_EXPIRED' },
    ]);

    // Replay: the first send is a search (two leaves: accepted, then match), the replay is refused.
    const first = await desk.sendIdentify(good);
    expect(first.matches.length).toBeGreaterThan(0);
    const afterFirst = await state();
    expect(await auditSince(afterRefusals.audit)).toEqual([{ kind: 'identify' }, { kind: 'identify' }]);
    await rejects(post(good.bytes), 'E_REPLAY', 409);
    const afterReplay = await state();
    expect(afterReplay.digest).toBe(before.digest);
    expect(await auditSince(afterFirst.audit)).toEqual([{ kind: 'policy-refusal', reason: 'E_REPLAY' }]);
  }, 240_000);

  it('custodian routes refuse callers without the matcher token', async () => {
    for (const path of ['/v1/identify/decide', '/v1/identify/refresh/enroll', '/v1/identify/refresh/delete']) {
      const res = await fetch(new URL(path, custodian.url), { method: 'POST', headers: { 'content-type': 'application/x-protobuf', authorization: 'Bearer nope' }, body: new Uint8Array([0x0a, 0x01, 0x41]) });
      expect(res.status, path).toBe(403);
      expect(pb.Error.decode(new Uint8Array(await res.arrayBuffer())).code).toBe('E_UNAUTHORIZED');
    }
  });

  it('gallery enrollment and deletion over HTTP: refusals change nothing; delete, then the replayed enrollment is refused', async () => {
    const before = await state();
    const newcomer = GALLERY + 10; // not yet enrolled
    const v = q[newcomer]!;
    const send = (b: Uint8Array, path: '/v1/identify/enroll' | '/v1/identify/delete' = '/v1/identify/enroll'): Promise<number> => desk.sendGallery(path, b);
    await rejects(send(Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01])), 'E_MALFORMED_MESSAGE', 400);
    await rejects(send(desk.prepareEnrollQuantized(ref(newcomer), v, 'c', { presetId: FACE_1TON_PRESET_IDS[512] })), 'E_PARAMS_MISMATCH', 400);
    await rejects(send(desk.prepareEnrollQuantized(ref(newcomer), v, 'c', { dim: 512 })), 'E_DIMENSION', 400);
    await rejects(send(desk.prepareEnrollQuantized(ref(newcomer), v, 'c', { template: desk.encryptTemplate(v).slice(0, 5000) })), 'E_MALFORMED_CIPHERTEXT', 400);
    await rejects(send(desk.prepareEnrollQuantized('not-a-hex-reference' as SubjectRef, v, 'c')), 'E_MALFORMED_MESSAGE', 400);
    await rejects(send(desk.prepareEnrollQuantized(ref(newcomer), v, 'c', { timestampMs: now - 10 * 60_000 })), 'E_EXPIRED', 408);
    await rejects(send(desk.prepareEnrollQuantized(ref(0), q[0]!, 'c')), 'E_ALREADY_ENROLLED', 409);
    await rejects(terminalDesk.sendGallery('/v1/identify/enroll', terminalDesk.prepareEnrollQuantized(ref(newcomer), v, 'c')), 'E_UNAUTHORIZED', 403);
    await rejects(rogueDesk.sendGallery('/v1/identify/enroll', rogueDesk.prepareEnrollQuantized(ref(newcomer), v, 'c')), 'E_UNKNOWN_KEY', 401);
    const signed = pb.SignedRequest.decode(desk.prepareEnrollQuantized(ref(newcomer), v, 'c'));
    signed.signature = Uint8Array.from(signed.signature, (b, k) => (k === 3 ? b ^ 1 : b));
    await rejects(send(pb.SignedRequest.encode(signed).finish()), 'E_SIGNATURE', 401);
    await rejects(send(desk.prepareRemove(ref(newcomer), 'c'), '/v1/identify/delete'), 'E_UNKNOWN_SUBJECT', 404);
    expect(await state()).toEqual(before);

    // Enroll (one 'enroll' leaf carrying the officer, the subject and the request hash) -> it matches.
    const enrollBytes = desk.prepareEnrollQuantized(ref(newcomer), v, 'case-new');
    const seq = await send(enrollBytes);
    expect(seq).toBe(before.audit);
    enrolled.add(newcomer);
    const leaf = decodeAuditEntry((await store.getAuditLeaf(seq))!.entryBytes);
    expect(leaf).toMatchObject({ kind: 'enroll', actor: 'officer-1', subjectRef: ref(newcomer) });
    expect(await desk.identify(embeddings[newcomer]!, 'case-new-search')).toEqual(plainMatches(v));
    expect(await desk.identify(embeddings[newcomer]!, 'case-new-search')).toContain(ref(newcomer));
    // A replay of the same enrollment while the subject is enrolled: refused as already enrolled.
    await rejects(send(enrollBytes), 'E_ALREADY_ENROLLED', 409);

    // Delete over HTTP (custodian deletion refresh over HTTP) -> it matches nothing any more.
    const deleteBytes = desk.prepareRemove(ref(newcomer), 'case-new-del');
    await send(deleteBytes, '/v1/identify/delete');
    enrolled.delete(newcomer);
    expect(matcher.identify!.matcher.gallery.has(ref(newcomer))).toBe(false);
    const got = await desk.identify(embeddings[newcomer]!, 'case-after-delete');
    expect(got).not.toContain(ref(newcomer));
    expect(got).toEqual(plainMatches(v));

    // Replays after the deletion: the enrollment nonce is spent (E_REPLAY), the deletion finds no subject.
    const mid = await state();
    await rejects(send(enrollBytes), 'E_REPLAY', 409);
    await rejects(send(deleteBytes, '/v1/identify/delete'), 'E_UNKNOWN_SUBJECT', 404);
    expect(await state()).toEqual(mid);
  }, 300_000);

  it('a matcher restarted on the same store serves the same gallery (persisted blocks and slots)', async () => {
    const before = await desk.identify(embeddings[2]!, 'case-before-restart');
    const digest = await matcher.identify!.matcher.storedDigest();
    const dir2 = loadMatcherFile(dir);
    const second = await startMatcher({ bundle: loadPublicBundle(dir), secrets: { ...dir2, custodianUrl: custodian.url }, store, logLevel: 'silent', clock: () => now, identify: { workers: 1 } });
    const desk2 = await DeskClient.create({ matcherUrl: second.url, presetId, hePublicKey: loadPublicBundle(dir).hePublicKey, decisionPublicKey, now: () => now, officerKey: officer });
    try {
      expect(await second.identify!.matcher.storedDigest()).toEqual(digest);
      expect(second.identify!.matcher.gallery.size).toBe(enrolled.size);
      expect(await desk2.identify(embeddings[2]!, 'case-after-restart')).toEqual(before);
    } finally {
      desk2.close();
      await second.close();
    }
  }, 300_000);
});
