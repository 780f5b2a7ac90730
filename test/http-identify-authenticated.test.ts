/**
 * Authenticated 1:N over real HTTP on loopback (128-D authenticated preset): keys from
 * `writeDeploymentKeys` (the desks' fleet secret in desk.json), enrollment and deletion through
 * the desk's routes (each a custodian refresh over HTTP that the custodian verifies against its
 * own registry), an honest search that verifies, and a breached matcher (its matcher.json token)
 * posting crafted refreshes and results straight to the custodian's 1:N routes: refused before
 * decryption or after it with an alarm, suspended after 3 alarms until an operator re-enables it;
 * /metrics and the custodian's own audit export agree with the decryptions it performed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToHex } from '@noble/hashes/utils.js';
import { verifyExportedLog } from '../src/audit/verify.js';
import { main } from '../src/cli/main.js';
import { SealmatchError } from '../src/errors.js';
import { DeskClient, type DeskClientOptions } from '../src/identify/desk/desk-client.js';
import { pb } from '../src/wire/codec.js';
import { decodeGalleryEnrollRequest, decodeGalleryEnrollSubmission, identifyWireLimits } from '../src/identify/messages/identify-codec.js';
import { decodeSignedRequest } from '../src/wire/signed-request.js';
import type { BlindedIdentifyResult } from '../src/identify/messages/identify-messages.js';
import { loadCustodianFile, loadDeskFleetSecret, loadMatcherFile, loadPublicBundle, writeDeploymentKeys } from '../src/server/config.js';
import { registerKey, startCustodian, startMatcher } from '../src/server/deployment.js';
import { httpIdentifyCustodian } from '../src/server/identify-client.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { asSubjectRef } from '../src/subjects/subject-reference.js';
import { AUTH_PRESET, authRef, nearCopy, randomTemplate } from './identify-auth-deployment.js';
import { FULL } from './tier.js';

const D = 128;

describe('authenticated 1:N over HTTP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sm-http-identify-auth-'));
  let custodian: Awaited<ReturnType<typeof startCustodian>>;
  let matcher: Awaited<ReturnType<typeof startMatcher>>;
  let store: SqliteStore;
  let desk: DeskClient;
  let deskOptions: DeskClientOptions;
  let adminToken: string;
  let logKey: Uint8Array;
  let attacker: ReturnType<typeof httpIdentifyCustodian>;
  const officer = ed25519.utils.randomSecretKey();
  const gallery = Array.from({ length: 3 }, () => randomTemplate(D));

  async function rejects(p: Promise<unknown>, code: string): Promise<SealmatchError> {
    try {
      await p;
    } catch (e) {
      expect(e, String(e)).toBeInstanceOf(SealmatchError);
      expect((e as SealmatchError).code, String(e)).toBe(code);
      return e as SealmatchError;
    }
    throw new Error(`expected ${code}`);
  }

  async function metrics(): Promise<{ decryptions: number; alarms: number }> {
    const text = await (await fetch(new URL('/metrics', custodian.url))).text();
    const get = (name: string): number => {
      const m = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)$`, 'm').exec(text);
      if (!m) throw new Error(`${name} missing from /metrics`);
      return Number(m[1]);
    };
    return { decryptions: get('sealmatch_custodian_decryptions_total'), alarms: get('sealmatch_custodian_alarms_total') };
  }

  /** What the breached matcher computes for an honest desk search (not sent to the custodian yet). */
  async function honestResult(values: ArrayLike<number>, caseId: string): Promise<BlindedIdentifyResult> {
    return matcher.identify!.matcher.identify(desk.prepareIdentifyQuantized(values, caseId).request);
  }

  beforeAll(async () => {
    await writeDeploymentKeys(dir, AUTH_PRESET, 'http://127.0.0.1:0');
    const secrets = loadCustodianFile(dir);
    adminToken = secrets.adminToken!;
    logKey = secrets.logSigningKey!;
    custodian = await startCustodian({ secrets, logLevel: 'silent', alarmThreshold: 3 });
    store = new SqliteStore(':memory:');
    const bundle = loadPublicBundle(dir);
    const ms = { ...loadMatcherFile(dir), custodianUrl: custodian.url };
    matcher = await startMatcher({ bundle, secrets: ms, store, logLevel: 'silent', identify: { workers: 0 } });
    await registerKey(matcher.url, ms.adminToken, ed25519.getPublicKey(officer), 'officer-1', 'officer');
    await registerKey(custodian.url, adminToken, ed25519.getPublicKey(officer), 'officer-1', 'officer');
    deskOptions = {
      matcherUrl: matcher.url, presetId: AUTH_PRESET, hePublicKey: bundle.hePublicKey, decisionPublicKey: bundle.decisionPublicKey,
      officerKey: officer, sealPublicKey: bundle.sealPublicKey!, fleetSecret: loadDeskFleetSecret(dir),
    };
    desk = await DeskClient.create(deskOptions);
    // The breached matcher's own client: the custodian token from matcher.json.
    attacker = httpIdentifyCustodian(custodian.url, ms.custodianToken, identifyWireLimits(AUTH_PRESET));
    // One through the desk's route (its own refresh over HTTP) ...
    await desk.enroll(asSubjectRef(authRef(0)), Array.from(gallery[0]!, (x) => x / 64), 'case-0');
    // ... the others in one library call whose one refresh (2 entries) also goes over HTTP.
    const entries = [1, 2].map((i) => {
      const sub = decodeGalleryEnrollSubmission(desk.prepareEnrollQuantized(asSubjectRef(authRef(i)), gallery[i]!, `case-${i}`));
      const body = decodeGalleryEnrollRequest(decodeSignedRequest(sub.signedRequest, 'sealmatch.v1.GalleryEnrollRequest').body);
      return { subjectRef: body.subjectRef, presetId: body.presetId, dim: body.dim, template: body.template, heKeyId: body.heKeyId, signedRequest: sub.signedRequest, maskSeed: sub.maskSeed };
    });
    const registered = await matcher.identify!.matcher.enroll(entries, (r) => attacker.refreshForEnrollment(r));
    expect([...registered.keys()].sort()).toEqual([authRef(1), authRef(2)].sort());
  }, 300_000);

  afterAll(async () => {
    desk?.close();
    await matcher?.close();
    await custodian?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a desk search over HTTP finds the near duplicate and verifies', async () => {
    const r = await desk.sendIdentify(desk.prepareIdentifyQuantized(nearCopy(gallery[1]!), 'case-s1'));
    expect(r.matches.map((m) => m.subjectRef)).toEqual([authRef(1)]);
    expect(r.decision.blocks[0]!.matchingSubjects).toEqual([authRef(1)]);
  }, 60_000);

  it('a breached matcher: crafted refreshes are refused before decryption, crafted results raise alarms, 3 alarms suspend it', async () => {
    const before = await metrics();
    // Old A3 through the refresh: matcher-chosen ciphertexts without a desk-signed enrollment.
    const enrollReq = (await honestResult(gallery[0]!, 'case-a0')).blocks[0]!.ciphertext;
    await rejects(attacker.refreshForEnrollment({ presetId: AUTH_PRESET, blockId: 0, entries: [{ slot: 7, ciphertext: enrollReq }] }), 'E_UNAUTHORIZED');
    await rejects(attacker.refreshForDeletion({ presetId: AUTH_PRESET, blockId: 0, columns: [], slot: 0, enrollment: new Uint8Array(64), deletion: new Uint8Array(64) }), 'E_MALFORMED_MESSAGE');
    expect(await metrics()).toEqual(before);
    // Forged results: zeroed tags, then the tags of another search, then y^00 negated via swapping.
    for (const [n, tamper] of [
      (r: BlindedIdentifyResult) => ({ ...r, blocks: r.blocks.map((b) => ({ ...b, tags: b.tags!.map(() => b.ciphertext) })) }),
      (r: BlindedIdentifyResult) => ({ ...r, blocks: r.blocks.map((b) => ({ ...b, ciphertext: b.tags![0]!, tags: [b.ciphertext, b.tags![1]!] })) }),
      (r: BlindedIdentifyResult) => ({ ...r, blocks: r.blocks.map((b) => ({ ...b, tags: [b.tags![1]!, b.tags![0]!] })) }),
    ].entries()) {
      const e = await rejects(attacker.decide(tamper(await honestResult(gallery[0]!, `case-t${n}`))), 'E_RESULT_UNAUTHENTIC');
      expect(e.details?.status).toBe(422);
    }
    expect(await metrics()).toEqual({ decryptions: before.decryptions + 3, alarms: before.alarms + 3 });
    // Suspended: even an honest search is refused before decryption until the operator re-enables.
    await rejects(desk.sendIdentify(desk.prepareIdentifyQuantized(nearCopy(gallery[2]!), 'case-s2')), 'E_SUSPENDED');
    await rejects(desk.enroll(asSubjectRef(authRef(9)), Array.from(randomTemplate(D), (x) => x / 64), 'case-9'), 'E_SUSPENDED');
    expect(await metrics()).toEqual({ decryptions: before.decryptions + 3, alarms: before.alarms + 3 });
    const res = await fetch(new URL('/v1/admin/reenable', custodian.url), { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    expect(res.status).toBe(204);
    const r = await desk.sendIdentify(desk.prepareIdentifyQuantized(nearCopy(gallery[2]!), 'case-s3'));
    expect(r.matches.map((m) => m.subjectRef)).toEqual([authRef(2)]);
  }, 180_000);

  it('a matcher that drops an enrollment cannot show the custodian\'s registration: the desk refuses the receipt', async () => {
    // The breached matcher answers the desk with a receipt whose custodian registration is removed
    // or taken from another enrollment (a fetch wrapper stands in for the matcher's reply).
    let stolen: Uint8Array | undefined;
    // The fast tier runs the stripped receipt; the full tier also the swapped one (one more enrollment over HTTP).
    for (const mode of FULL ? (['strip', 'swap'] as const) : (['strip'] as const)) {
      const lying: typeof fetch = async (input, init) => {
        const res = await fetch(input, init);
        if (!String(input).endsWith('/v1/identify/enroll') || !res.ok) return res;
        const receipt = pb.Receipt.decode(new Uint8Array(await res.arrayBuffer()));
        stolen ??= receipt.custodianRegistration;
        const forged = pb.Receipt.encode({ ...receipt, custodianRegistration: mode === 'strip' ? new Uint8Array(0) : stolen }).finish();
        return new Response(new Uint8Array(forged), { status: 200, headers: { 'content-type': 'application/x-protobuf' } });
      };
      const liar = await DeskClient.create({ ...deskOptions, fetch: lying });
      try {
        // 'swap' replays the registration of the 'strip' round's enrollment.
        await rejects(liar.enroll(asSubjectRef(authRef(mode === 'strip' ? 20 : 21)), Array.from(randomTemplate(D), (x) => x / 64), `case-${mode}`), 'E_SIGNATURE');
      } finally {
        liar.close();
      }
    }
  }, 120_000);

  it('bad enrollment submissions: typed errors, nothing stored changes, the custodian decrypts nothing', async () => {
    const im = matcher.identify!.matcher;
    const digest = await im.storedDigest();
    const before = await metrics();
    const good = decodeGalleryEnrollSubmission(desk.prepareEnrollQuantized(asSubjectRef(authRef(30)), randomTemplate(D), 'case-bad'));
    const post = (body: Uint8Array): Promise<Uint8Array> => desk.post('/v1/identify/enroll', body);
    // Garbage, a short mask seed, no signed request, a truncated signed request, a plain SignedRequest (the sm1 form).
    await rejects(post(new Uint8Array([1, 2, 3, 4])), 'E_MALFORMED_MESSAGE');
    await rejects(post(pb.GalleryEnrollSubmission.encode({ signedRequest: good.signedRequest, maskSeed: good.maskSeed.subarray(0, 16) }).finish()), 'E_MALFORMED_MESSAGE');
    await rejects(post(pb.GalleryEnrollSubmission.encode({ maskSeed: good.maskSeed }).finish()), 'E_MALFORMED_MESSAGE');
    await rejects(post(pb.GalleryEnrollSubmission.encode({ signedRequest: good.signedRequest.subarray(0, 500), maskSeed: good.maskSeed }).finish()), 'E_MALFORMED_MESSAGE');
    await rejects(post(good.signedRequest), 'E_MALFORMED_MESSAGE');
    expect(await im.storedDigest()).toEqual(digest);
    expect(await metrics()).toEqual(before);
  }, 60_000);

  it('deletion over HTTP: the subject is no longer found; the custodian forgot its slot', async () => {
    await desk.remove(asSubjectRef(authRef(2)), 'case-del-2');
    const r = await desk.sendIdentify(desk.prepareIdentifyQuantized(nearCopy(gallery[2]!), 'case-s4'));
    expect(r.matches).toEqual([]);
    expect(await custodian.custodian.state.transaction(async (_o, tx) => tx.identifySlotOf(AUTH_PRESET, authRef(2)))).toBeUndefined();
  }, 120_000);

  it("the custodian's own audit log verifies offline; one leaf per decryption", async () => {
    const m = await metrics();
    const res = await fetch(new URL('/v1/audit/export', custodian.url), { headers: { authorization: `Bearer ${adminToken}` } });
    expect(res.status).toBe(200);
    const exported = (await res.json()) as { entries: { entry: { kind: string; outcome: string } }[] };
    const verdict = verifyExportedLog(exported, ed25519.getPublicKey(logKey));
    expect(verdict.problems).toEqual([]);
    // The same check through the CLI an auditor runs.
    const file = join(dir, 'custodian-log.json');
    writeFileSync(file, JSON.stringify(exported));
    expect(await main(['audit-verify', '--log', file, '--key', bytesToHex(ed25519.getPublicKey(logKey))])).toBe(0);
    expect(exported.entries.length).toBe(m.decryptions);
    expect(exported.entries.filter((e) => e.entry.outcome === 'alarm').length).toBe(m.alarms);
    // 3 enrollment refreshes + the ones whose receipts the matcher forged (1 fast, 2 full) + 1 deletion; 3 honest searches decided + 3 alarms.
    expect(exported.entries.map((e) => e.entry.kind).sort()).toEqual(['delete', ...Array(FULL ? 5 : 4).fill('enroll'), ...Array(6).fill('identify')]);
  });
});
