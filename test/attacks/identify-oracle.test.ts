// Attacker: a MALICIOUS MATCHER. It holds the custodian bearer token (matcher.json) and sends any
// bytes to any custodian route: in process, any argument to the Custodian's 1:N methods
// (decideIdentify, refreshForEnrollment, refreshForDeletion); over HTTP, any body to
// /v1/identify/{decide,refresh/enroll,refresh/delete}. It holds the public key and Galois keys,
// its own gallery ciphertexts, and every IdentifyRequest an enrollment desk sends it (officer
// authorizations included: it may keep, reuse, strip or re-attach them to other blocks); it
// registers whatever keys it likes in its OWN registry; it crafts ciphertexts with ./craft.ts
// (exact residue algebra, no key). It has NOT the custodian's HE secret key, decision key or admin
// token, nor any officer's signing key. Custodian and officers honest.
/**
 * Red team, the custodian's 1:N routes (preset sm1-bgv4096-face128-1toN), against the REAL
 * custodian, in process and over HTTP (startCustodian):
 *
 * (a) Default (trustMatcher false): the A3 key-recovery step of the wave-1 custodian
 *     (/work/legacy/test/attacks/legacy-oracle.test.ts: ONE enrollment refresh whose entries are
 *     (0, +-X^(N - d*i)) re-encrypts the HE secret key's coefficients into slots; a decide reads
 *     them) is refused with E_UNAUTHORIZED, and so are a crafted deletion refresh and a crafted
 *     decideIdentify, even one carrying a valid officer authorization: nothing is decrypted (the
 *     decryption methods are never called) and no audit leaf is written.
 *
 * (b) trustMatcher true: decideIdentify refuses, BEFORE any decryption and without an audit leaf,
 *     a result without authorization, an authorization by an officer registered only at the
 *     matcher, one by a terminal key, a forged one, a replayed one (also across channels), an
 *     expired or future-dated one, one that expired on the custodian's clock (Date manipulation),
 *     and a result whose request hash does not match its authorization. Refusals burn nothing: the
 *     refused search's honest result is still decided afterwards.
 *
 * With trustMatcher true the 1:N routes REMAIN A DECRYPTION ORACLE. 1:N results and refresh inputs
 * carry no MAC, so the custodian cannot tell a crafted ciphertext from an honest one: the refresh
 * routes need no authorization at all (an audit leaf per call, nothing else), and any officer
 * authorization the matcher relays can be attached to crafted blocks instead of the officer's
 * search (the checks of (b) bind the authorization to the request hash, not to the ciphertexts).
 * The last test measures it: one refresh and one hijacked authorization give the whole HE secret
 * key. The checks of (b) only bound the oracle to one decision per officer-authorized search and
 * make every use auditable. That is why the default refuses every 1:N route.
 *
 * Prints one JSON line per attack.
 */
import { randomBytes } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeAuditEntry } from '../../src/audit/entry.js';
import { Custodian, type CustodianSecrets, type PublicBundle } from '../../src/custodian/custodian.js';
import { centre } from '../../src/he/codec/coefficient-encoding.js';
import { HeContext } from '../../src/he/seal/context.js';
import { CoefficientEncryptor } from '../../src/he/seal/encryptor.js';
import { RefreshCustodian } from '../../src/he/seal/enrollment-refresh.js';
import { encodeExpandableProbe } from '../../src/he/seal/expansion.js';
import { FACE_1TON_PRESET_IDS } from '../../src/params/presets.js';
import { IdentifyMatcher, type RegisteredKey } from '../../src/identify/matcher/identify-matcher.js';
import type { CustodianFile } from '../../src/server/config.js';
import { registerKey, startCustodian } from '../../src/server/deployment.js';
import { CUSTODIAN_IDENTIFY_ROUTES, httpIdentifyCustodian } from '../../src/server/identify-client.js';
import { quantizeEmbedding } from '../../src/templates/face.js';
import { pb } from '../../src/wire/codec.js';
import { sha256 } from '../../src/wire/digest.js';
import {
  decodeSignedIdentifyDecision,
  encodeBlindedIdentifyResult,
  encodeDeletionRefreshRequest,
  encodeEnrollmentRefreshRequest,
  identifyWireLimits,
} from '../../src/identify/messages/identify-codec.js';
import {
  identifyRequestHash,
  identifyRequestHashOf,
  signIdentifyAuthorization,
  verifyIdentifyDecisionSignature,
  type BlindedIdentifyResult,
  type DeletionRefreshRequest,
  type EnrollmentRefreshRequest,
  type IdentifyAuthorization,
  type IdentifyRequest,
} from '../../src/identify/messages/identify-messages.js';
import { keyId } from '../../src/wire/signing.js';
import { flatEmbeddings, lfw } from '../helpers.js';
import * as craft from './craft.js';

const presetId = FACE_1TON_PRESET_IDS[128];
const report = (o: Record<string, unknown>): void => console.log(JSON.stringify(o));
const STATUS: Record<string, number> = { E_UNAUTHORIZED: 403, E_REPLAY: 409, E_EXPIRED: 408, E_MALFORMED_MESSAGE: 400, E_DIMENSION: 400 };

/** Every decryption the 1:N engine can perform goes through these two methods (src/identify/custodian/custodian-identify.ts). */
const decryptSlots = vi.spyOn(RefreshCustodian.prototype, 'decryptSlots');
const decryptCoefficients = vi.spyOn(RefreshCustodian.prototype, 'decryptCoefficients');
const decryptions = (): number => decryptSlots.mock.calls.length + decryptCoefficients.mock.calls.length;

/** What a call returned: 'decided' / 'refreshed', or the sealmatch error code (and HTTP status). */
interface Outcome {
  readonly code: string;
  readonly status?: number;
}

/** Message of the refusal of an untrusted matcher (src/identify/custodian/custodian-identify.ts), as opposed to e.g. a wrong bearer token. */
const NOT_TRUSTED = /serves 1:N only with a trusted matcher/;
let lastMessage = '';

async function inProcess(p: Promise<unknown>, ok: string): Promise<Outcome> {
  try {
    await p;
    return { code: ok };
  } catch (e) {
    lastMessage = String((e as Error).message);
    return { code: (e as { code?: string }).code ?? String(e) };
  }
}

/** POSTs raw bytes to a custodian route with the matcher's bearer token. */
async function overHttp(url: string, token: string, path: string, body: Uint8Array, ok: string): Promise<Outcome & { bytes: Uint8Array }> {
  const res = await fetch(new URL(path, url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-protobuf', accept: 'application/x-protobuf', authorization: `Bearer ${token}` },
    body: new Uint8Array(body),
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (res.ok) return { code: ok, status: res.status, bytes };
  const err = pb.Error.decode(bytes);
  lastMessage = err.message ?? '';
  return { code: err.code ?? `HTTP ${res.status}`, status: res.status, bytes };
}

let he: HeContext;
let secrets: CustodianSecrets;
let bundle: PublicBundle;
let enc: CoefficientEncryptor;
let realKey: number[];
let N = 0;
let d = 0;
let perSlot = 0;

beforeAll(async () => {
  ({ secrets, bundle } = await Custodian.generateSecrets(presetId));
  he = await HeContext.create(presetId);
  enc = new CoefficientEncryptor(he, bundle.hePublicKey);
  N = he.N;
  d = he.preset.expansionDim!;
  perSlot = N / d;
  // Ground truth only (the attacker never has it): (0, 1) decrypts to s.
  const truth = new RefreshCustodian(he, secrets.heSecretKey);
  realKey = Array.from(truth.decryptCoefficients(craft.keyMonomialResult(he, { a: 0, size: 2, chainIndex: he.preset.productLevel! }), N), (v) => centre(v, he.t));
  truth.delete();
  expect(realKey.every((c) => c === -1 || c === 0 || c === 1)).toBe(true);
}, 120_000);

afterAll(() => {
  enc?.delete();
  he?.delete();
  vi.restoreAllMocks();
});

// ------------------------------------------------------------------ crafted messages (A3)

/**
 * A3 refresh entries: slot i <- coefficients d*i .. d*i+d-1 of +-s, from (0, -+X^(N - d*i)).
 * `withMinusOne`: slots perSlot+i hold the same minus 1 (so one decision reads s_k >= 0 and
 * s_k >= 1 at once: the 2-call variant); otherwise slots perSlot+i use the opposite sign.
 */
function a3Entries(withMinusOne: boolean): EnrollmentRefreshRequest['entries'] {
  const L = he.preset.productLevel!;
  const out: { slot: number; ciphertext: Uint8Array }[] = [];
  for (let i = 0; i < perSlot; i++) out.push({ slot: i, ciphertext: craft.keyMonomialResult(he, { a: N - d * i, c1Sign: -1, size: 2, chainIndex: L }) });
  for (let i = 0; i < perSlot; i++) {
    const ciphertext = withMinusOne
      ? craft.addPlainPoly(he, out[i]!.ciphertext, Array.from({ length: d }, (_, j) => [j, -1] as [number, number]))
      : craft.keyMonomialResult(he, { a: N - d * i, c1Sign: 1, size: 2, chainIndex: L });
    out.push({ slot: perSlot + i, ciphertext });
  }
  return out;
}

function occupiedBitmap(slots: number): Uint8Array {
  const b = new Uint8Array(N / 8);
  for (let s = 0; s < slots; s++) b[s >> 3]! |= 1 << (s & 7);
  return b;
}

/** Crafted "blinded blocks": size-3 key monomials (batched: each slot a function of the key). */
function craftedBlocks(count: number): BlindedIdentifyResult['blocks'] {
  return Array.from({ length: count }, (_, j) => ({
    blockId: j,
    tableRoot: new Uint8Array(32),
    occupied: occupiedBitmap(N),
    ciphertext: craft.keyMonomialResult(he, { a: N - d * j, c1Sign: -1, size: 3, chainIndex: he.preset.productLevel! }),
  }));
}

/** A crafted deletion refresh: every column a key monomial (decrypted whole, re-encrypted). */
function craftedDeletion(): DeletionRefreshRequest {
  const L = he.preset.productLevel!;
  return { presetId, blockId: 0, columns: Array.from({ length: d }, (_, j) => ({ ciphertext: craft.keyMonomialResult(he, { a: N - j, c1Sign: -1, size: 2, chainIndex: L }), set: [{ slot: N - 1, value: 0 }] })) };
}

/** The custodian's deployment file: its secrets and the two bearer tokens (matcher, admin). */
const custodianFile = (): CustodianFile => ({ ...secrets, matcherToken: randomBytes(32).toString('hex'), adminToken: randomBytes(32).toString('hex') });

/** A result for `blocks` that names the authorized request exactly (what the checks of (b) verify). */
function withAuthorization(blocks: BlindedIdentifyResult['blocks'], a: IdentifyAuthorization, dim = 128): BlindedIdentifyResult {
  return { presetId, requestHash: identifyRequestHashOf(presetId, dim, a.probeHash, a), blocks, authorization: a, dim };
}

// ------------------------------------------------------------------ (a) the default custodian

describe('(a) default custodian (trustMatcher false): every 1:N route refused, nothing decrypted', () => {
  let local: Custodian;
  let running: Awaited<ReturnType<typeof startCustodian>>;
  let file: CustodianFile;
  const officer = ed25519.utils.randomSecretKey();
  let validAuthorization: IdentifyAuthorization;

  beforeAll(async () => {
    // In process: the library default (no identify options).
    local = await Custodian.create({ secrets });
    await local.registerKey({ publicKey: ed25519.getPublicKey(officer), ownerId: 'officer-1', role: 'officer' });
    // Over HTTP: the deployment default (startCustodian without `identify.trustMatcher`).
    file = custodianFile();
    running = await startCustodian({ secrets: file, logLevel: 'silent' });
    await registerKey(running.url, file.adminToken!, ed25519.getPublicKey(officer), 'officer-1', 'officer');
    // A genuine officer authorization the matcher relayed (fresh, registered at both custodians).
    const probe = enc.encrypt(encodeExpandableProbe(new Array<number>(128).fill(1), 128, he.t));
    validAuthorization = signIdentifyAuthorization({ presetId, probe, caseId: 'case-a' }, officer);
  }, 120_000);

  afterAll(async () => {
    local?.delete();
    await running?.close();
  });

  it('A3 step (refresh with (0, +-X^(N - d*i)) entries), crafted deletion refresh, crafted decides: E_UNAUTHORIZED in process and over HTTP, no decryption, no audit leaf', async () => {
    const refresh: EnrollmentRefreshRequest = { presetId, blockId: 0, entries: a3Entries(false) };
    const deletion = craftedDeletion();
    const bare: BlindedIdentifyResult = { presetId, requestHash: randomBytes(32), blocks: craftedBlocks(4) };
    const authorized = withAuthorization(craftedBlocks(4), validAuthorization);
    const rows: { route: string; channel: string; code: string; status?: number }[] = [];
    const d0 = decryptions();
    const audit0 = { local: local.state.audit.size, http: running.custodian.state.audit.size };

    for (const [route, call] of [
      ['refresh/enroll (A3)', () => local.refreshForEnrollment(refresh)],
      ['refresh/delete', () => local.refreshForDeletion(deletion)],
      ['decide, no authorization', () => local.decideIdentify(bare)],
      ['decide, valid officer authorization', () => local.decideIdentify(authorized)],
    ] as const) {
      const o = await inProcess(call(), 'served');
      rows.push({ route, channel: 'in-process', ...o });
      expect(o.code, route).toBe('E_UNAUTHORIZED');
      expect(lastMessage, route).toMatch(NOT_TRUSTED);
    }
    const t = file.matcherToken;
    for (const [route, path, body] of [
      ['refresh/enroll (A3)', CUSTODIAN_IDENTIFY_ROUTES.refreshEnroll, encodeEnrollmentRefreshRequest(refresh)],
      ['refresh/delete', CUSTODIAN_IDENTIFY_ROUTES.refreshDelete, encodeDeletionRefreshRequest(deletion)],
      ['decide, no authorization', CUSTODIAN_IDENTIFY_ROUTES.decide, encodeBlindedIdentifyResult(bare)],
      ['decide, valid officer authorization', CUSTODIAN_IDENTIFY_ROUTES.decide, encodeBlindedIdentifyResult(authorized)],
    ] as const) {
      const { bytes: _b, ...o } = await overHttp(running.url, t, path, body, 'served');
      rows.push({ route, channel: 'http', ...o });
      expect(o, route).toEqual({ code: 'E_UNAUTHORIZED', status: 403 });
      expect(lastMessage, route).toMatch(NOT_TRUSTED);
    }
    // The matcher's own HTTP client gets the same typed refusal.
    const client = httpIdentifyCustodian(running.url, t, identifyWireLimits(presetId));
    expect((await inProcess(client.refreshForEnrollment(refresh), 'served')).code).toBe('E_UNAUTHORIZED');

    expect(decryptions()).toBe(d0); // NOTHING decrypted
    expect(local.state.audit.size).toBe(audit0.local); // no audit leaf
    expect(running.custodian.state.audit.size).toBe(audit0.http);
    // The authorization was not consumed either (refused before the nonce claim).
    expect(await running.custodian.state.store.claimNonce(bytesToHex(validAuthorization.officerKeyId), `identify:${bytesToHex(validAuthorization.signature)}`, Date.now())).toBe(true);
    report({ attack: 'A3 and crafted 1:N calls, default custodian', rows, decryptions: decryptions() - d0, auditLeaves: 0 });
  }, 120_000);
});

// ------------------------------------------------------------------ (b) trustMatcher true

describe('(b) trustMatcher true: decideIdentify checks the officer authorization before any decryption', () => {
  let running: Awaited<ReturnType<typeof startCustodian>>;
  let file: CustodianFile;
  let matcher: IdentifyMatcher;
  /** Registered at the custodian AND the matcher. */
  const officer = ed25519.utils.randomSecretKey();
  /** Registered only in the (malicious) matcher's own registry. */
  const matcherOnlyOfficer = ed25519.utils.randomSecretKey();
  /** Registered at the custodian, with role terminal. */
  const terminalKey = ed25519.utils.randomSecretKey();
  let q: Int32Array[] = [];
  let caseNo = 0;
  const rows: { attack: string; channel: string; code: string; status?: number }[] = [];

  const custodian = (): Custodian => running.custodian;
  const request = (signer: Uint8Array, opts: { issuedAtMs?: number } = {}): IdentifyRequest => {
    const probe = enc.encrypt(encodeExpandableProbe(Array.from(q[caseNo % q.length]!), 128, he.t));
    return { presetId, dim: 128, probe, authorization: signIdentifyAuthorization({ presetId, probe, caseId: `case-${caseNo++}`, ...opts }, signer) };
  };
  const decide = async (channel: 'in-process' | 'http', r: BlindedIdentifyResult): Promise<Outcome> => {
    if (channel === 'in-process') return inProcess(custodian().decideIdentify(r), 'decided');
    const { bytes, ...o } = await overHttp(running.url, file.matcherToken, CUSTODIAN_IDENTIFY_ROUTES.decide, encodeBlindedIdentifyResult(r), 'decided');
    if (o.code === 'decided') expect(verifyIdentifyDecisionSignature(decodeSignedIdentifyDecision(bytes), custodian().decisionPublicKey)).toBe(true);
    return o;
  };
  /** Asserts a refusal with `code` (and its HTTP status) that decrypted nothing and wrote no leaf. */
  const refused = async (attack: string, channel: 'in-process' | 'http', r: BlindedIdentifyResult, code: string): Promise<void> => {
    const d0 = decryptions();
    const a0 = custodian().state.audit.size;
    const o = await decide(channel, r);
    rows.push({ attack, channel, ...o });
    expect(o, `${attack} (${channel})`).toEqual(channel === 'http' ? { code, status: STATUS[code] } : { code });
    expect(decryptions(), `${attack} (${channel}): decryptions`).toBe(d0);
    expect(custodian().state.audit.size, `${attack} (${channel}): audit`).toBe(a0);
  };
  /** Asserts an honest decision: one audit leaf ('identify', the officer), one decryption per block. */
  const decided = async (channel: 'in-process' | 'http', r: BlindedIdentifyResult): Promise<void> => {
    const d0 = decryptions();
    const a0 = custodian().state.audit.size;
    expect(await decide(channel, r), channel).toEqual(channel === 'http' ? { code: 'decided', status: 200 } : { code: 'decided' });
    expect(decryptions()).toBe(d0 + r.blocks.length);
    expect(custodian().state.audit.size).toBe(a0 + 1);
    const leaf = decodeAuditEntry((await custodian().state.store.getAuditLeaf(a0))!.entryBytes);
    expect(leaf).toMatchObject({ kind: 'identify', actor: 'officer-1', requestHash: bytesToHex(r.requestHash) });
  };

  beforeAll(async () => {
    file = custodianFile();
    running = await startCustodian({ secrets: file, logLevel: 'silent', identify: { trustMatcher: true } });
    await registerKey(running.url, file.adminToken!, ed25519.getPublicKey(officer), 'officer-1', 'officer');
    await registerKey(running.url, file.adminToken!, ed25519.getPublicKey(terminalKey), 'atm-1', 'terminal');
    const reg = (sk: Uint8Array, role: RegisteredKey['role']): [string, RegisteredKey] => {
      const publicKey = ed25519.getPublicKey(sk);
      return [bytesToHex(keyId(publicKey)), { publicKey, role }];
    };
    // The matcher's own registry: it trusts the extra officer (and knows the terminal as a terminal).
    matcher = await IdentifyMatcher.create({
      presetId,
      galoisKeys: custodian().expansionKeys(),
      keys: new Map([reg(officer, 'officer'), reg(matcherOnlyOfficer, 'officer'), reg(terminalKey, 'terminal')]),
    });
    // A small real gallery, enrolled honestly through the custodian's HTTP refresh.
    q = flatEmbeddings(lfw()).slice(0, 8).map((e) => quantizeEmbedding(e, he.preset).values);
    const tn = Number(he.t);
    const client = httpIdentifyCustodian(running.url, file.matcherToken, identifyWireLimits(presetId));
    await matcher.enroll(
      q.map((v, i) => ({ subjectRef: bytesToHex(sha256(new TextEncoder().encode(`s${i}`))), presetId, dim: 128, template: enc.encrypt(Array.from(v, (x) => ((x % tn) + tn) % tn)) })),
      (r) => client.refreshForEnrollment(r),
    );
  }, 180_000);

  afterAll(async () => {
    report({ attack: 'decideIdentify authorization checks (trustMatcher true)', rows });
    await matcher?.close();
    await running?.close();
  });

  for (const channel of ['in-process', 'http'] as const) {
    it(`${channel}: no authorization, an officer known only to the matcher, a terminal key, a forged signature -> E_UNAUTHORIZED; the honest result still decides`, async () => {
      const req = request(officer);
      const honest = await matcher.identify(req);
      expect(honest.authorization).toEqual(req.authorization);
      expect(honest.requestHash).toEqual(identifyRequestHash(req));
      const { authorization: _a, dim: _d, ...stripped } = honest;
      await refused('no authorization', channel, stripped, 'E_UNAUTHORIZED');
      await refused('no authorization, crafted blocks', channel, { presetId, requestHash: randomBytes(32), blocks: craftedBlocks(2) }, 'E_UNAUTHORIZED');
      // The matcher accepts this officer (its own registry) and computes the search; the custodian does not.
      const other = await matcher.identify(request(matcherOnlyOfficer));
      await refused('officer registered only at the matcher', channel, other, 'E_UNAUTHORIZED');
      // A terminal key registered at the custodian (role terminal), on the honest probe.
      const byTerminal = signIdentifyAuthorization({ presetId, probe: req.probe, caseId: 'case-terminal' }, terminalKey);
      await refused('terminal-role key', channel, withAuthorization(honest.blocks, byTerminal), 'E_UNAUTHORIZED');
      // The officer's key id with a signature it never made.
      const forged = { ...req.authorization, caseId: 'case-forged' };
      await refused('forged signature (officer key id)', channel, withAuthorization(craftedBlocks(2), forged), 'E_UNAUTHORIZED');
      // Nothing above consumed the officer's authorization: its honest result decides once.
      await decided(channel, honest);
    }, 120_000);

    it(`${channel}: a replayed authorization -> E_REPLAY (also on crafted blocks and across channels)`, async () => {
      const honest = await matcher.identify(request(officer));
      await decided(channel, honest);
      await refused('replay', channel, honest, 'E_REPLAY');
      await refused('replay on crafted blocks', channel, withAuthorization(craftedBlocks(2), honest.authorization!), 'E_REPLAY');
      await refused('replay on the other channel', channel === 'http' ? 'in-process' : 'http', honest, 'E_REPLAY');
    }, 120_000);

    it(`${channel}: an expired (11 min) or future-dated (+6 min) authorization -> E_EXPIRED`, async () => {
      // The officer really signed it, 11 minutes ago (the matcher kept it), or with a clock far ahead.
      const old = request(officer, { issuedAtMs: Date.now() - 11 * 60_000 }).authorization;
      await refused('expired authorization', channel, withAuthorization(craftedBlocks(2), old), 'E_EXPIRED');
      const future = request(officer, { issuedAtMs: Date.now() + 6 * 60_000 }).authorization;
      await refused('future-dated authorization', channel, withAuthorization(craftedBlocks(2), future), 'E_EXPIRED');
    }, 120_000);

    it(`${channel}: a request hash that does not match the authorization -> E_MALFORMED_MESSAGE; the authorization stays usable`, async () => {
      const honest = await matcher.identify(request(officer));
      await refused('request hash: random', channel, { ...honest, requestHash: randomBytes(32) }, 'E_MALFORMED_MESSAGE');
      await refused('request hash: of another dimension', channel, { ...honest, dim: 512 }, 'E_DIMENSION');
      const other = await matcher.identify(request(officer));
      await refused('request hash: of another authorized search', channel, { ...honest, requestHash: other.requestHash }, 'E_MALFORMED_MESSAGE');
      await decided(channel, honest);
      await decided(channel, other);
    }, 120_000);
  }

  it('an authorization that expires on the custodian clock (Date manipulation): E_EXPIRED after 10 min, nothing decrypted', async () => {
    // The clock is moved with faked Date (the custodian's default clock), so the engine of a
    // custodian created under it reads it.
    const t0 = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], now: t0 });
    const c = await Custodian.create({ secrets, identify: { trustMatcher: true } });
    try {
      await c.registerKey({ publicKey: ed25519.getPublicKey(officer), ownerId: 'officer-1', role: 'officer' });
      const early = await matcher.identify(request(officer));
      const late = await matcher.identify(request(officer));
      vi.setSystemTime(t0 + 9 * 60_000);
      const d0 = decryptions();
      expect(await inProcess(c.decideIdentify(early), 'decided')).toEqual({ code: 'decided' });
      expect(decryptions()).toBe(d0 + early.blocks.length);
      vi.setSystemTime(t0 + 10 * 60_000 + 1);
      const a0 = c.state.audit.size;
      expect(await inProcess(c.decideIdentify(late), 'decided')).toEqual({ code: 'E_EXPIRED' });
      expect(decryptions()).toBe(d0 + early.blocks.length);
      expect(c.state.audit.size).toBe(a0);
      rows.push({ attack: 'authorization expired on the custodian clock', channel: 'in-process', code: 'E_EXPIRED' });
    } finally {
      vi.useRealTimers();
      c.delete();
    }
  }, 120_000);

  it('trustMatcher true remains a decryption oracle: one refresh (no authorization needed) and one hijacked officer authorization give the whole HE secret key (audited, not prevented)', async () => {
    const d0 = decryptions();
    const a0 = custodian().state.audit.size;
    const t1 = performance.now();
    const client = httpIdentifyCustodian(running.url, file.matcherToken, identifyWireLimits(presetId));
    // 1. A3 refresh: slots 0..perSlot-1 <- key coefficients, perSlot.. <- the same minus 1.
    const r = await client.refreshForEnrollment({ presetId, blockId: 99, entries: a3Entries(true) });
    // 2. An officer's genuine search request arrives; instead of searching, the matcher attaches
    //    its authorization to the d refreshed columns (the request hash names the authorized request).
    const hijacked = request(officer).authorization;
    const occupied = occupiedBitmap(2 * perSlot);
    const blocks = r.columns.map((c, j) => ({ blockId: j, tableRoot: new Uint8Array(32), occupied, ciphertext: craft.resize(he, c, 3) }));
    const decision = await client.decide(withAuthorization(blocks, hijacked));
    expect(verifyIdentifyDecisionSignature(decision, custodian().decisionPublicKey)).toBe(true);
    const key = new Array<number>(N);
    for (let j = 0; j < d; j++) {
      const m = new Set(decision.blocks[j]!.matchingSlots);
      for (let i = 0; i < perSlot; i++) key[d * i + j] = !m.has(i) ? -1 : m.has(perSlot + i) ? 1 : 0;
    }
    const seconds = (performance.now() - t1) / 1000;
    expect(key).toEqual(realKey);
    // What the custodian saw: two audit leaves, no alarm; the officer's own search is now a replay.
    const kinds = [];
    for (let i = a0; i < custodian().state.audit.size; i++) kinds.push(decodeAuditEntry((await custodian().state.store.getAuditLeaf(i))!.entryBytes).kind);
    expect(kinds).toEqual(['enroll', 'identify']);
    report({
      attack: 'A3 with trustMatcher true (HTTP)',
      calls: 2,
      keyCoefficientsRecovered: N,
      of: N,
      equalsRealKey: true,
      seconds: Number(seconds.toFixed(2)),
      decryptions: decryptions() - d0,
      auditLeaves: kinds,
    });
  }, 180_000);
});
