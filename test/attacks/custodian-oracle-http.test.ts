// Attacker: a MALICIOUS MATCHER operator over the network. It holds matcher.json (custodian URL and
// the custodian bearer token), the matcher's template store (every reference ciphertext), and the
// exact SignedRequest bytes terminals and enrollment desks send (verify requests here obtained with
// TerminalClient.prepareVerify, i.e. signed but not yet sent). It computes honest results itself
// with a local Matcher over the same store and crafts others (./craft.ts: residue algebra, no key).
// It has NOT the terminals', desks' or officers' keys, the custodian's HE secret key, seal key,
// decision key or admin token, nor any MAC seed.
/**
 * Red team over HTTP: the attacks of custodian-oracle.test.ts against the REAL services started
 * from deployment key files (writeDeploymentKeys -> startCustodian / startMatcher), preset
 * sm2-bgv4096-1to1-auth. POST /v1/decide with protobuf BlindedResults:
 *   A1 all-zero result, A2 key monomials, negation of the honest result -> 422 E_RESULT_UNAUTHENTIC
 *   (an alarm each); after 3 alarms the matcher credential is suspended (403 E_SUSPENDED, no
 *   decryption, honest terminals refused too) until POST /v1/admin/reenable (custodian admin token);
 *   replay of a decided result -> 409 E_REPLAY; no signed request -> 403 E_UNAUTHORIZED; wrong
 *   bearer -> 403. /metrics counts decryptions and alarms exactly; /v1/audit/export (admin token
 *   only) verifies offline with the custodian's log key and has one entry per decryption;
 *   /v1/references/register refuses unsigned, forged, tampered and replayed enrollments; an honest
 *   genuine verify through the matcher's /v1/verify still MATCHes at the end.
 * Prints one JSON line per attack and a summary table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyExportedLog } from '../../src/audit/verify.js';
import { SealmatchError } from '../../src/errors.js';
import { CHECK_COEFFICIENTS } from '../../src/params/authenticated-layout.js';
import { HeContext } from '../../src/he/seal/context.js';
import { DEFAULT_FACE_PRESET_ID, getPreset } from '../../src/params/presets.js';
import { Matcher } from '../../src/verify/matcher/matcher.js';
import { loadCustodianFile, loadMatcherFile, loadPublicBundle, writeDeploymentKeys, type CustodianFile, type MatcherSecrets } from '../../src/server/config.js';
import { credentialId } from '../../src/server/custodian-app.js';
import { registerKey, startCustodian, startMatcher } from '../../src/server/deployment.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { TerminalClient, officerApprover } from '../../src/verify/terminal/terminal-client.js';
import { subjectReference, type SubjectRef } from '../../src/subjects/subject-reference.js';
import { Terminal } from '../../src/verify/terminal/terminal.js';
import { decodeSignedDecision, decodeWith, encodeBlindedResult, encodeEncryptedTemplate, pb, transactionToPb } from '../../src/wire/codec.js';
import { sha256 } from '../../src/wire/digest.js';
import type { BlindedResult, SignedDecision, Transaction } from '../../src/wire/messages.js';
import { signApproval } from '../../src/wire/approval.js';
import { decodeSignedRequest, encodeSignedRequest, signRequest } from '../../src/wire/signed-request.js';
import { verifyDecisionSignature } from '../../src/wire/signing.js';
import { lfw } from '../helpers.js';
import * as craft from './craft.js';

const presetId = DEFAULT_FACE_PRESET_ID;
const people = lfw();
const A = people[0]!.embeddings; // the customer
const B = people[1]!.embeddings; // the impostor
const C = people[2]!.embeddings;
const bankKey = new Uint8Array(32).fill(7);
const alice = subjectReference(bankKey, '900101300027');
const carol = subjectReference(bankKey, '770303400111');
const TX = { amountMinor: 250_000_00n, currency: 'KZT' };
const report = (o: Record<string, unknown>): void => console.log(JSON.stringify(o));

/** What one HTTP call returned: the status, the sealmatch error code (or the decision). */
interface Outcome {
  readonly status: number;
  readonly code: string;
  readonly decision?: SignedDecision;
}

const rows: { attack: string; route: string; status: number; code: string; decryptions: number; alarms: number }[] = [];

describe('authenticated custodian vs a malicious matcher, over HTTP (real services)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sm-oracle-http-'));
  let custodian: Awaited<ReturnType<typeof startCustodian>>;
  let matcher: Awaited<ReturnType<typeof startMatcher>>;
  let store: SqliteStore;
  let custodianFile: CustodianFile;
  /** What the attacker holds: matcher.json (with the custodian's real URL). */
  let stolen: MatcherSecrets;
  let client: TerminalClient;
  let terminal: Terminal;
  let deviceKey: Uint8Array;
  /** Enrollment desk (role desk) and its approving officer (role officer, another person). */
  let deskClient: TerminalClient;
  let deskTerminal: Terminal;
  let deskKey: Uint8Array;
  let officerKey: Uint8Array;
  let he: HeContext;
  /** The attacker's own matcher over the same store (computes honest results itself). */
  let local: Matcher;
  /** Decryptions and alarms the custodian must have counted so far. */
  const expected = { decryptions: 0, alarms: 0 };
  const t0 = performance.now();

  // ---------------------------------------------------------------- HTTP helpers

  async function call(route: string, init: { method?: string; token?: string; body?: Uint8Array; json?: boolean } = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/x-protobuf' };
    if (init.body) headers['content-type'] = 'application/x-protobuf';
    if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
    return fetch(new URL(route, custodian.url), { method: init.method ?? (init.body ? 'POST' : 'GET'), headers, ...(init.body ? { body: new Uint8Array(init.body) } : {}) });
  }

  async function outcome(res: Response): Promise<Outcome> {
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (res.ok) {
      if (bytes.length === 0) return { status: res.status, code: 'OK' };
      const decision = decodeSignedDecision(bytes);
      return { status: res.status, code: decision.match ? 'MATCH' : 'NO_MATCH', decision };
    }
    const err = decodeWith(pb.Error, bytes, 'Error');
    return { status: res.status, code: String(err.code) };
  }

  async function metrics(): Promise<{ decryptions: number; alarms: number }> {
    const text = await (await fetch(new URL('/metrics', custodian.url))).text();
    const read = (name: string): number => {
      const m = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)$`, 'm').exec(text);
      if (!m) throw new Error(`${name} missing from /metrics`);
      return Number(m[1]);
    };
    return { decryptions: read('sealmatch_custodian_decryptions_total'), alarms: read('sealmatch_custodian_alarms_total') };
  }

  /**
   * One POST to the custodian (default /v1/decide with the stolen matcher token). Records the
   * outcome and the decryptions / alarms it caused (read from /metrics), and checks them against
   * what the attack may cost: `decrypts` (E_RESULT_UNAUTHENTIC and decisions decrypt once, every
   * other refusal never).
   */
  async function attack(name: string, body: Uint8Array, o: { route?: string; token?: string } = {}): Promise<Outcome> {
    const route = o.route ?? '/v1/decide';
    const before = await metrics();
    const out = await outcome(await call(route, { body, token: o.token ?? stolen.custodianToken }));
    const after = await metrics();
    const d = after.decryptions - before.decryptions;
    const a = after.alarms - before.alarms;
    const decrypted = out.code === 'E_RESULT_UNAUTHENTIC' || out.code === 'MATCH' || out.code === 'NO_MATCH';
    expect(d, `${name}: decryptions`).toBe(decrypted ? 1 : 0);
    expect(a, `${name}: alarms`).toBe(out.code === 'E_RESULT_UNAUTHENTIC' ? 1 : 0);
    expected.decryptions += d;
    expected.alarms += a;
    rows.push({ attack: name, route, status: out.status, code: out.code, decryptions: d, alarms: a });
    report({ attack: name, route, status: out.status, code: out.code, decryptions: d, alarms: a });
    return out;
  }

  /** A fresh signed impostor request for alice (person 1's probe), as the terminal would send it. */
  const impostorN = { n: 0 };
  function impostor(): { signed: Uint8Array; requestHash: Uint8Array; request: ReturnType<TerminalClient['prepareVerify']>['request'] } {
    const p = client.prepareVerify(alice, B[impostorN.n++ % B.length]!, TX);
    return { ...p, requestHash: sha256(decodeSignedRequest(p.signed, 'sealmatch.v1.VerifyRequest').body) };
  }

  /** A BlindedResult for a signed request with the attacker's ciphertext. */
  const result = (r: { signed: Uint8Array; requestHash: Uint8Array }, ciphertext: Uint8Array): Uint8Array =>
    encodeBlindedResult({ presetId, requestHash: r.requestHash, ciphertext, signedRequest: r.signed });

  /** The honest result for a signed request, computed by the attacker's own matcher. */
  async function honestResult(r: ReturnType<typeof impostor>): Promise<BlindedResult> {
    const res = await local.verify(r.request, r.signed);
    expect(res.requestHash).toEqual(r.requestHash);
    return res;
  }

  /**
   * An EnrollRequest for `subject` as an enrollment desk sends it: signed by the desk key, with the
   * officer's approval of exactly this template and nonce (two-person rule). `key`, `deskId`,
   * `officer` and `approve` let attacks change who signs and approves.
   */
  function signedEnroll(subject: SubjectRef, embedding: number[], o: { key?: Uint8Array; deskId?: string; officer?: Uint8Array; approve?: boolean } = {}): { body: Uint8Array; signed: Uint8Array } {
    const template = terminal.encryptReference(subject, embedding);
    const deskId = o.deskId ?? 'desk-1';
    const tx: Transaction = { amountMinor: 0n, currency: 'KZT', terminalId: deskId, nonce: randomBytes(16).toString('hex'), timestampMs: Date.now(), kind: 'enrollment' };
    const approval = signApproval({ operation: 'enroll', subjectRef: subject, modality: 'face', ciphertext: template.ciphertext, deskTerminalId: deskId, nonce: tx.nonce }, o.officer ?? officerKey);
    const body = pb.EnrollRequest.encode({
      template: pb.EncryptedTemplate.decode(encodeEncryptedTemplate(template)),
      transaction: transactionToPb(tx),
      ...(o.approve === false ? {} : { approval: { officerKeyId: approval.officerKeyId, signature: approval.signature } }),
    }).finish();
    return { body, signed: encodeSignedRequest(signRequest(body, 'sealmatch.v1.EnrollRequest', o.key ?? deskKey)) };
  }

  beforeAll(async () => {
    await writeDeploymentKeys(dir, presetId, 'http://127.0.0.1:0');
    custodianFile = loadCustodianFile(dir);
    custodian = await startCustodian({ secrets: custodianFile, logLevel: 'silent' });
    store = new SqliteStore(':memory:');
    const bundle = loadPublicBundle(dir);
    const matcherFile = { ...loadMatcherFile(dir), custodianUrl: custodian.url };
    matcher = await startMatcher({ bundle, secrets: matcherFile, store, logLevel: 'silent' });
    stolen = matcherFile;
    deviceKey = ed25519.utils.randomSecretKey();
    deskKey = ed25519.utils.randomSecretKey();
    officerKey = ed25519.utils.randomSecretKey();
    // Every key is registered on BOTH services: the custodian keeps its own registry.
    const keys = [[deviceKey, 'atm-1', 'terminal'], [deskKey, 'desk-1', 'desk'], [officerKey, 'officer-1', 'officer']] as const;
    for (const [key, owner, role] of keys) {
      await registerKey(matcher.url, matcherFile.adminToken, ed25519.getPublicKey(key), owner, role, 'bank-a');
      await registerKey(custodian.url, custodianFile.adminToken!, ed25519.getPublicKey(key), owner, role, 'bank-a');
    }
    terminal = await Terminal.create({ ...bundle, terminalId: 'atm-1' });
    client = new TerminalClient({ matcherUrl: matcher.url, terminal, deviceKey });
    deskTerminal = await Terminal.create({ ...bundle, terminalId: 'desk-1' });
    deskClient = new TerminalClient({ matcherUrl: matcher.url, terminal: deskTerminal, deviceKey: deskKey });
    // Alice is enrolled at the desk with the officer's approval (two-person rule).
    await deskClient.enroll(alice, A[0]!, { approve: officerApprover(officerKey) });
    he = await HeContext.create(presetId);
    local = await Matcher.create({ presetId, store, heKeyId: sha256(bundle.hePublicKey) });
    expect(getPreset(presetId).authenticated).toBe(true);
  });

  afterAll(async () => {
    const lines = rows.map((r) => `| ${r.attack} | ${r.route} | ${r.status} ${r.code} | ${r.decryptions} | ${r.alarms} |`);
    console.log(['| attack | route | outcome | decryptions | alarms |', '|---|---|---|---|---|', ...lines].join('\n'));
    console.log(`${rows.length} HTTP attack calls, ${Math.round(performance.now() - t0)} ms`);
    local?.delete();
    he?.delete();
    terminal?.delete();
    deskTerminal?.delete();
    await matcher?.close();
    await custodian?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('honest control through the matcher: genuine MATCH, impostor NO MATCH (one decryption each)', async () => {
    const g = await client.verify(alice, A[1]!, TX);
    expect(g.match).toBe(true);
    const i = await client.verify(alice, B[0]!, TX);
    expect(i.match).toBe(false);
    expected.decryptions += 2;
    expect(await metrics()).toEqual(expected);
  });

  it('A1 zero result, A2 key monomials: 422 E_RESULT_UNAUTHENTIC; the 3rd alarm suspends the credential (403 E_SUSPENDED, no decryption)', async () => {
    expect((await attack('A1 all-zero size-3 result', result(impostor(), craft.zeroResult(he, 3)))).status).toBe(422);
    // c1 = +-X^(m-i), c0 = 0 or -X^m: coefficient m decrypts to +-s_i (+ c0), a key coefficient.
    const monomial = (n: number) => {
      const m = CHECK_COEFFICIENTS[n % CHECK_COEFFICIENTS.length]!;
      return craft.keyMonomialResult(he, { a: m - (7 + 11 * n), c1Sign: n % 2 ? -1 : 1, ...(n % 3 === 1 ? { c0Monomial: m, c0Coeff: -1 } : {}) });
    };
    for (let n = 0; n < 2; n++) {
      const o = await attack(`A2 key monomial #${n + 1} (c0, ±X^a, 0)`, result(impostor(), monomial(n)));
      expect([o.status, o.code]).toEqual([422, 'E_RESULT_UNAUTHENTIC']);
    }
    expect(expected.alarms).toBe(3);
    expect((await custodian.custodian.state.alarmState(credentialId(stolen.custodianToken))).suspended).toBe(true);

    // Suspended: refused before anything is decrypted, whatever is sent ...
    const pending = impostor();
    expect(await attack('A2 key monomial #3 while suspended', result(pending, monomial(2)))).toMatchObject({ status: 403, code: 'E_SUSPENDED' });
    expect(await attack('honest result while suspended', encodeBlindedResult(await honestResult(impostor())))).toMatchObject({ status: 403, code: 'E_SUSPENDED' });
    // ... and honest terminals are refused too (fail closed; the DoS is visible, not silent).
    let refused = '';
    try {
      await client.verify(alice, A[2]!, TX);
    } catch (e) {
      refused = `${(e as SealmatchError).details?.status} ${(e as SealmatchError).code}`;
    }
    expect(refused).toBe('403 E_SUSPENDED');
    rows.push({ attack: 'honest terminal verify (via matcher) while suspended', route: 'matcher /v1/verify', status: 403, code: 'E_SUSPENDED', decryptions: 0, alarms: 0 });
    expect(await metrics()).toEqual(expected);

    // Only the custodian's operators re-enable: the matcher token, no token, a wrong token are 403.
    for (const [who, token] of [['matcher token', stolen.custodianToken], ['no token', undefined], ['random token', randomBytes(32).toString('hex')]] as const) {
      const o = await outcome(await call('/v1/admin/reenable', { method: 'POST', ...(token ? { token } : {}) }));
      rows.push({ attack: `reenable with ${who}`, route: '/v1/admin/reenable', status: o.status, code: o.code, decryptions: 0, alarms: 0 });
      expect([o.status, o.code]).toEqual([403, 'E_UNAUTHORIZED']);
    }
    const ok = await call('/v1/admin/reenable', { method: 'POST', token: custodianFile.adminToken! });
    expect(ok.status).toBe(204);
    rows.push({ attack: 'reenable with the custodian admin token', route: '/v1/admin/reenable', status: ok.status, code: 'OK', decryptions: 0, alarms: 0 });

    // The request refused while suspended was not consumed: with a key monomial it is now one alarm.
    expect(await attack('A2 key monomial #3 after reenable', result(pending, monomial(2)))).toMatchObject({ status: 422, code: 'E_RESULT_UNAUTHENTIC' });
    expect(await metrics()).toEqual(expected);
  });

  it('negation of the honest result (computed by the attacker\'s own matcher): 422, an alarm', async () => {
    const r = impostor();
    const honest = await honestResult(r);
    expect(await attack('negation of the honest impostor result', result(r, craft.negate(he, honest.ciphertext)))).toMatchObject({ status: 422, code: 'E_RESULT_UNAUTHENTIC' });
    // 2 alarms on the credential now; the operator clears them before the next families.
    expect((await call('/v1/admin/reenable', { method: 'POST', token: custodianFile.adminToken! })).status).toBe(204);
  });

  it('replay of a decided result: 409 E_REPLAY (no decryption), also with another ciphertext', async () => {
    // A genuine request the terminal prepared; the attacker computes and sends its honest result itself.
    const p = client.prepareVerify(alice, A[3]!, TX);
    const r = { ...p, requestHash: sha256(decodeSignedRequest(p.signed, 'sealmatch.v1.VerifyRequest').body) };
    const honest = await honestResult(r);
    const first = await attack('genuine honest result (decided once)', encodeBlindedResult(honest));
    expect(first).toMatchObject({ status: 200, code: 'MATCH' });
    expect(verifyDecisionSignature(first.decision!, loadPublicBundle(dir).decisionPublicKey)).toBe(true);
    expect(await attack('replay of the decided genuine result', encodeBlindedResult(honest))).toMatchObject({ status: 409, code: 'E_REPLAY' });
    expect(await attack('replay: same signed request, negated ciphertext', result(r, craft.negate(he, honest.ciphertext)))).toMatchObject({ status: 409, code: 'E_REPLAY' });
    // A request the terminal really sent through the matcher (decided there), re-sent by the attacker.
    const sent = client.prepareVerify(alice, A[4]!, TX);
    expect((await client.sendVerify(sent)).match).toBe(true);
    expected.decryptions += 1;
    const again = await honestResult({ ...sent, requestHash: sha256(decodeSignedRequest(sent.signed, 'sealmatch.v1.VerifyRequest').body) });
    expect(await attack('replay of a request decided via /v1/verify', encodeBlindedResult(again))).toMatchObject({ status: 409, code: 'E_REPLAY' });
    expect(await metrics()).toEqual(expected);
  });

  it('no signed request: 403 E_UNAUTHORIZED; wrong or missing bearer token: 403 (no decryption)', async () => {
    const r = impostor();
    const honest = await honestResult(r);
    const bare = encodeBlindedResult({ presetId, requestHash: r.requestHash, ciphertext: honest.ciphertext });
    expect(await attack('honest result without the signed request', bare)).toMatchObject({ status: 403, code: 'E_UNAUTHORIZED' });
    expect(await attack('wrong bearer token', encodeBlindedResult(honest), { token: randomBytes(32).toString('hex') })).toMatchObject({ status: 403, code: 'E_UNAUTHORIZED' });
    expect(await attack('custodian admin token as matcher token', encodeBlindedResult(honest), { token: custodianFile.adminToken! })).toMatchObject({ status: 403, code: 'E_UNAUTHORIZED' });
    const none = await outcome(await call('/v1/decide', { body: encodeBlindedResult(honest) }));
    rows.push({ attack: 'no bearer token', route: '/v1/decide', status: none.status, code: none.code, decryptions: 0, alarms: 0 });
    expect([none.status, none.code]).toEqual([403, 'E_UNAUTHORIZED']);
    expect(await metrics()).toEqual(expected);
  });

  it('/v1/references/register refuses unsigned, forged, mis-signed, unapproved, tampered and replayed enrollments; stored seeds unchanged', async () => {
    const seedBefore = (await custodian.custodian.state.getReferenceKey(alice, 'face'))!.seed;
    const route = '/v1/references/register';
    const dave = subjectReference(bankKey, '660404500223');
    // The attacker wants a reference whose MAC seed it knows (it would then forge tags): it builds
    // enrollments of its own template for alice / a new subject, and tries to get them registered.
    // Unsigned (a desk body, no signature).
    const own = signedEnroll(alice, B[1]!);
    const unsigned = encodeSignedRequest({ ...decodeSignedRequest(own.signed, 'sealmatch.v1.EnrollRequest'), signature: new Uint8Array(0) });
    expect(await attack('register: unsigned enrollment for alice', unsigned, { route })).toMatchObject({ status: 401, code: 'E_SIGNATURE' });
    // Forged: signed (and "approved") with the attacker's own keys.
    const attackerKey = ed25519.utils.randomSecretKey();
    const forged = signedEnroll(dave, B[1]!, { key: attackerKey, officer: ed25519.utils.randomSecretKey() });
    expect(await attack('register: new subject, signed by the attacker\'s key', forged.signed, { route })).toMatchObject({ status: 401, code: 'E_UNKNOWN_KEY' });
    // A random signature under the desk's key id.
    const s = decodeSignedRequest(own.signed, 'sealmatch.v1.EnrollRequest');
    const badSig = encodeSignedRequest({ ...s, signature: new Uint8Array(randomBytes(64)) });
    expect(await attack('register: random signature under the desk key id', badSig, { route })).toMatchObject({ status: 401, code: 'E_SIGNATURE' });
    // Roles: an ATM terminal key cannot enroll (even with a valid approval), nor the officer alone.
    const byAtm = signedEnroll(dave, B[1]!, { key: deviceKey, deskId: 'atm-1' });
    expect(await attack('register: enrollment signed by the ATM terminal key', byAtm.signed, { route })).toMatchObject({ status: 403, code: 'E_UNAUTHORIZED' });
    const byOfficer = signedEnroll(dave, B[1]!, { key: officerKey, deskId: 'officer-1' });
    expect(await attack('register: enrollment signed by the officer key', byOfficer.signed, { route })).toMatchObject({ status: 403, code: 'E_UNAUTHORIZED' });
    // Two-person rule: no approval; an approval by a key that is not a registered officer.
    const unapproved = signedEnroll(dave, B[1]!, { approve: false });
    expect(await attack('register: desk-signed, no officer approval', unapproved.signed, { route })).toMatchObject({ status: 403, code: 'E_UNAUTHORIZED' });
    // (Desk-signed bodies cannot be produced by the attacker; these come from a desk that
    // was itself fooled or misconfigured, and still fail at the custodian's own checks.)
    const selfApproved = signedEnroll(dave, B[1]!, { officer: deskKey });
    expect(await attack('register: desk-signed, approved by the desk key itself', selfApproved.signed, { route })).toMatchObject({ status: 403, code: 'E_UNAUTHORIZED' });
    // Tampered: a real desk-signed enrollment (carol) whose body now enrolls alice's replacement.
    const real = signedEnroll(carol, C[0]!);
    const tampered = encodeSignedRequest({ ...decodeSignedRequest(real.signed, 'sealmatch.v1.EnrollRequest'), body: own.body });
    expect(await attack('register: signed enrollment with a swapped body', tampered, { route })).toMatchObject({ status: 401, code: 'E_SIGNATURE' });
    // No token.
    const noToken = await outcome(await call(route, { body: real.signed }));
    rows.push({ attack: 'register without a bearer token', route, status: noToken.status, code: noToken.code, decryptions: 0, alarms: 0 });
    expect([noToken.status, noToken.code]).toEqual([403, 'E_UNAUTHORIZED']);
    // The honest one goes through the matcher (registered at the custodian), then its replay fails.
    await deskClient.post('/v1/enroll', real.signed);
    const carolSeed = (await custodian.custodian.state.getReferenceKey(carol, 'face'))!.seed;
    const replay = await attack('register: replay of carol\'s honest enrollment', real.signed, { route });
    expect(replay.status).toBe(409);
    expect(['E_REPLAY', 'E_ALREADY_ENROLLED']).toContain(replay.code);
    expect((await custodian.custodian.state.getReferenceKey(alice, 'face'))!.seed).toEqual(seedBefore);
    expect((await custodian.custodian.state.getReferenceKey(carol, 'face'))!.seed).toEqual(carolSeed);
    expect(await custodian.custodian.state.getReferenceKey(dave, 'face')).toBeUndefined();
    expect(await metrics()).toEqual(expected);
  });

  it('GET /metrics counts exactly; /v1/audit/export (admin token only) verifies, one entry per decryption', async () => {
    const m = await metrics();
    expect(m).toEqual(expected);
    expect(m).toEqual({ decryptions: custodian.custodian.stats.decryptions, alarms: custodian.custodian.stats.alarms });
    for (const token of [undefined, stolen.custodianToken, randomBytes(32).toString('hex')]) {
      for (const route of ['/v1/audit/export', '/v1/audit/tree-head']) {
        const o = await outcome(await call(route, token ? { token } : {}));
        expect([o.status, o.code]).toEqual([403, 'E_UNAUTHORIZED']);
      }
    }
    rows.push({ attack: 'audit export without / with matcher / random token', route: '/v1/audit/export', status: 403, code: 'E_UNAUTHORIZED', decryptions: 0, alarms: 0 });
    const res = await fetch(new URL('/v1/audit/export', custodian.url), { headers: { authorization: `Bearer ${custodianFile.adminToken}` } });
    expect(res.status).toBe(200);
    const exported = (await res.json()) as { entries: { entry: { kind: string; outcome: string; reason?: string } }[] };
    const verdict = verifyExportedLog(exported, ed25519.getPublicKey(custodianFile.logSigningKey!));
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(exported.entries.length).toBe(m.decryptions);
    const outcomes = exported.entries.map((e) => e.entry.outcome);
    expect(outcomes.filter((o) => o === 'alarm').length).toBe(m.alarms);
    expect(exported.entries.filter((e) => e.entry.outcome === 'alarm').every((e) => e.entry.reason === 'E_RESULT_UNAUTHENTIC' && e.entry.kind === 'decrypt')).toBe(true);
    // Decisions: 3 genuine MATCH (control, attacker-sent honest result, via /v1/verify), 1 impostor NO MATCH.
    expect(outcomes.filter((o) => o === 'match').length).toBe(3);
    expect(outcomes.filter((o) => o === 'no-match').length).toBe(1);
    // Another key does not verify it.
    expect(verifyExportedLog(exported, ed25519.getPublicKey(ed25519.utils.randomSecretKey())).ok).toBe(false);
    report({ audit: { entries: exported.entries.length, alarms: m.alarms, decryptions: m.decryptions } });
  });

  it('honest genuine verify through /v1/verify after reenable still MATCHes (and an impostor does not)', async () => {
    expect((await call('/v1/admin/reenable', { method: 'POST', token: custodianFile.adminToken! })).status).toBe(204);
    const g = client.prepareVerify(alice, A[5]!, TX);
    const d = await client.sendVerify(g);
    expect(d.match).toBe(true);
    expect(terminal.acceptDecision(d, g.request)).toMatchObject({ verified: true, match: true });
    expect((await client.verify(alice, B[2]!, TX)).match).toBe(false);
    expect((await client.verify(carol, C[1]!, TX)).match).toBe(true);
    expected.decryptions += 3;
    expect(await metrics()).toEqual(expected);
    // No attack produced a decision: the only 200s on /v1/decide were the attacker-sent honest result.
    expect(rows.filter((r) => r.route === '/v1/decide' && r.status === 200).map((r) => r.attack)).toEqual(['genuine honest result (decided once)']);
  });
});
