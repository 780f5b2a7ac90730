/**
 * Authenticated 1:1 verification (sm2) end to end in process: terminal signs, matcher computes,
 * the custodian authenticates the request and the result itself. Decisions equal the quantized
 * plaintext decisions on real LFW pairs; the custodian's audit log has exactly one leaf per
 * decryption; bad requests are refused before any decryption.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDeployment, type LocalDeployment } from '../src/cli/session.js';
import { DEFAULT_FACE_PRESET_ID, getPreset } from '../src/params/presets.js';
import { quantizeChunks, chunkedScore } from '../src/templates/chunks.js';
import { scoreThreshold } from '../src/templates/face.js';
import { asyncErrorCode, flatEmbeddings, lfw, lfwPairs } from './helpers.js';
import { Matcher } from '../src/verify/matcher/matcher.js';
import { FULL, nearThreshold, replay, tiered } from './tier.js';
import { asSubjectRef } from '../src/subjects/subject-reference.js';
import { decodeSignedRequest, encodeSignedRequest } from '../src/wire/signed-request.js';

const preset = getPreset(DEFAULT_FACE_PRESET_ID);

const code = asyncErrorCode;

describe('authenticated 1:1 verification (sm2) on LFW', () => {
  let dep: LocalDeployment;
  beforeAll(async () => {
    dep = await localDeployment({});
  });
  afterAll(async () => {
    await dep.close();
  });

  it('is the default preset and authenticated', () => {
    expect(preset.authenticated).toBe(true);
    expect(dep.bundle.presetId).toBe(preset.id);
    expect(dep.bundle.sealPublicKey?.length).toBe(32);
  });

  it('decisions equal quantized plaintext decisions on genuine and impostor pairs (every genuine pair in the full tier)', async () => {
    const people = lfw();
    const flat = flatEmbeddings(people);
    const q = flat.map((e) => quantizeChunks(e, preset));
    const T = scoreThreshold(preset.defaultThresholdCosine, preset.quantScale);
    const score = (p: { ia: number; ib: number }): number => chunkedScore(q[p.ia]!, q[p.ib]!);
    const pairs = lfwPairs(people);
    const allGenuine = pairs.filter((p) => p.genuine);
    // A fixed, spread selection of impostor pairs, as many as the genuine ones.
    const allImpostors = pairs.filter((p) => !p.genuine).filter((_, n, all) => n % Math.floor(all.length / allGenuine.length) === 0).slice(0, allGenuine.length);
    // Fast tier: a seeded sample of each, plus the pairs nearest the threshold on either side.
    const genuine = tiered(allGenuine, 30, 'verify-authenticated/genuine');
    const impostors = tiered(allImpostors, 30, 'verify-authenticated/impostor');
    const edge = nearThreshold(pairs, score, T, FULL ? 8 : 4).filter((p) => !genuine.includes(p) && !impostors.includes(p));
    const chosen = [...genuine, ...impostors, ...edge];
    console.log(replay(`verify-authenticated: ${genuine.length} genuine, ${impostors.length} impostor, ${edge.length} nearest-threshold pairs of ${pairs.length}`));
    for (const i of new Set(chosen.map((p) => p.ib))) await dep.enroll(asSubjectRef(i.toString(16).padStart(64, '0')), flat[i]!);
    const before = dep.custodian.state.audit.size;
    const mismatches: string[] = [];
    const matches = { genuine: 0, impostor: 0 };
    for (const p of chosen) {
      const d = await dep.verify(asSubjectRef(p.ib.toString(16).padStart(64, '0')), flat[p.ia]!);
      const plain = score(p) >= T;
      if (d.match !== plain) mismatches.push(`${p.ia}/${p.ib}`);
      if (d.match && !edge.includes(p)) matches[p.genuine ? 'genuine' : 'impostor']++;
    }
    expect(mismatches, replay('pairs whose encrypted decision differs')).toEqual([]);
    expect(matches.genuine).toBeGreaterThan(genuine.length / 2);
    expect(matches.impostor).toBeLessThan(impostors.length / 2);
    // One custodian audit leaf per decryption, and every one of them a decision.
    expect(dep.custodian.state.audit.size - before).toBe(chosen.length);
    expect(dep.custodian.stats.decryptions).toBe(chosen.length);
    expect(dep.custodian.stats.alarms).toBe(0);
  }, 1_500_000); // full tier: ~5 min on a quiet 2-core machine, 15 min seen under heavy load

  it('refuses a replayed result before decrypting (one decryption per signed request)', async () => {
    const people = lfw();
    const subject = asSubjectRef('a'.repeat(64));
    await dep.enroll(subject, people[0]!.embeddings[0]!);
    const { result } = await dep.prepareVerify(subject, people[0]!.embeddings[1]!);
    const n0 = dep.custodian.stats.decryptions;
    expect((await dep.custodian.decide(result)).match).toBe(true);
    expect(await code(() => dep.custodian.decide(result))).toBe('E_REPLAY');
    expect(dep.custodian.stats.decryptions).toBe(n0 + 1);
  });

  it('refuses a result with no signed request, an unknown key or a tampered request before decrypting', async () => {
    const people = lfw();
    const subject = asSubjectRef('b'.repeat(64));
    await dep.enroll(subject, people[1]!.embeddings[0]!);
    const { result } = await dep.prepareVerify(subject, people[1]!.embeddings[1]!);
    const n0 = dep.custodian.stats.decryptions;
    const { signedRequest: _drop, ...bare } = result;
    expect(await code(() => dep.custodian.decide(bare))).toBe('E_UNAUTHORIZED');
    const flipped = new Uint8Array(result.signedRequest!);
    flipped[flipped.length - 70] ^= 1;
    expect(['E_SIGNATURE', 'E_MALFORMED_MESSAGE', 'E_UNKNOWN_KEY']).toContain(await code(() => dep.custodian.decide({ ...result, signedRequest: flipped })));
    expect(await code(() => dep.custodian.decide({ ...result, requestHash: new Uint8Array(32) }))).toBe('E_MALFORMED_MESSAGE');
    expect(dep.custodian.stats.decryptions).toBe(n0);
    expect((await dep.custodian.decide(result)).match).toBe(true);
  });

  it('a deleted subject\'s reference key is gone at the custodian: its stored ciphertext decides nothing', async () => {
    const people = lfw();
    const subject = asSubjectRef('c'.repeat(64));
    await dep.enroll(subject, people[2]!.embeddings[0]!);
    const { result } = await dep.prepareVerify(subject, people[2]!.embeddings[1]!);
    await dep.custodian.forgetReference(dep.signDelete(subject));
    expect(await code(() => dep.custodian.decide(result))).toBe('E_UNKNOWN_SUBJECT');
  });
});

describe('authenticated 1:1 protocol properties and bad input', () => {
  let dep: LocalDeployment;
  const people = lfw();
  const alice = people[0]!.embeddings;
  const bob = people[1]!.embeddings;
  const ALICE = asSubjectRef('1'.repeat(64));
  const CAROL = asSubjectRef('3'.repeat(64));
  beforeAll(async () => {
    dep = await localDeployment({});
    await dep.enroll(ALICE, alice[0]!);
  });
  afterAll(async () => {
    await dep.close();
  });

  it('accepts the genuine customer and refuses an impostor; decisions bind their own request', async () => {
    const g = await dep.prepareVerify(ALICE, alice[1]!);
    const gd = await dep.custodian.decide(g.result);
    expect(gd.match).toBe(true);
    expect(dep.terminal.acceptDecision(gd, g.request)).toEqual({ verified: true, match: true, decision: gd });
    const i = await dep.prepareVerify(ALICE, bob[0]!);
    const id = await dep.custodian.decide(i.result);
    expect(id.match).toBe(false);
    // A valid signature over NO MATCH is verified and still not a match: the caller acts on `match`.
    expect(dep.terminal.acceptDecision(id, i.request)).toEqual({ verified: true, match: false, decision: id });
    const refused = { verified: false, match: false };
    expect(dep.terminal.acceptDecision(gd, i.request)).toEqual(refused);
    expect(dep.terminal.acceptDecision({ ...gd, match: false }, g.request)).toEqual(refused);
    expect(dep.terminal.acceptDecision({ ...id, match: true }, i.request)).toEqual(refused);
    expect(dep.terminal.acceptDecision(gd, { ...g.request, transaction: { ...g.request.transaction, amountMinor: 1n } })).toEqual(refused);
  });

  it('what the custodian decrypts is blinded by the terminal: two requests for one pair give different results; no evaluation mode', async () => {
    const a = await dep.prepareVerify(ALICE, alice[1]!);
    const b = await dep.prepareVerify(ALICE, alice[1]!);
    expect(a.result.ciphertext).not.toEqual(b.result.ciphertext);
    expect(a.result.evaluation).toBeUndefined();
    expect(await code(async () => dep.custodian.revealScore(a.result))).toBe('E_EVAL_MODE_OFF');
    expect(await code(() => Matcher.create({ presetId: preset.id, store: dep.store, evaluationMode: true, heKeyId: dep.terminal.heKeyId }))).toBe('E_EVAL_MODE_FORBIDDEN');
  });

  it('bad inputs get typed errors and leave the matcher store and the custodian state unchanged', async () => {
    const before = await dep.store.countReferences();
    const stored = await dep.store.getReference(ALICE);
    const refKey = await dep.custodian.state.getReferenceKey(ALICE, 'face');
    const t = dep.terminal;
    const tmpl = t.encryptReference(CAROL, alice[2]!);
    expect(await code(async () => t.encryptReference(CAROL, [...alice[0]!.slice(1), NaN]))).toBe('E_NON_FINITE');
    expect(await code(async () => t.encryptReference(CAROL, alice[0]!.map(() => 0)))).toBe('E_ZERO_VECTOR');
    expect(await code(async () => t.encryptReference(CAROL, alice[0]!.slice(0, 60)))).toBe('E_DIMENSION');
    expect(await code(() => dep.matcher.enroll(CAROL, { ...tmpl, ciphertext: tmpl.ciphertext.subarray(0, 5000) }))).toBe('E_MALFORMED_CIPHERTEXT');
    expect(await code(() => dep.matcher.enroll(CAROL, { ...tmpl, presetId: 'sm1-other' }))).toBe('E_PARAMS_MISMATCH');
    expect(await code(() => dep.matcher.enroll(CAROL, { ...tmpl, heKeyId: new Uint8Array(32) }))).toBe('E_KEY_MISMATCH');
    expect(await code(() => dep.matcher.enroll(CAROL, { ...tmpl, macEnvelope: undefined }))).toBe('E_MALFORMED_MESSAGE');
    expect(await code(() => dep.matcher.enroll(CAROL, t.encryptReference(asSubjectRef('4'.repeat(64)), alice[2]!)))).toBe('E_SUBJECT_MISMATCH');
    // The custodian opens a reference envelope only for the template it was sealed with.
    const other = t.encryptReference(CAROL, alice[3]!);
    expect(await code(() => dep.custodian.registerReference(dep.signEnroll({ ...tmpl, macEnvelope: other.macEnvelope })))).toBe('E_ENVELOPE');
    expect(await code(() => dep.custodian.registerReference(dep.signEnroll({ ...tmpl, heKeyId: new Uint8Array(32) })))).toBe('E_KEY_MISMATCH');
    // One bit of the desk's signature flipped (decoded and re-encoded: where the signature sits
    // in the encoding is the codec's business).
    const sr = decodeSignedRequest(dep.signEnroll(tmpl), 'sealmatch.v1.EnrollRequest');
    const badSignature = sr.signature.slice();
    badSignature[7]! ^= 1;
    expect(await code(() => dep.custodian.registerReference(encodeSignedRequest({ ...sr, signature: badSignature })))).toBe('E_SIGNATURE');
    const g = await dep.prepareVerify(ALICE, alice[1]!);
    expect(await code(() => dep.matcher.verify({ ...g.request, probe: g.request.probe.subarray(0, g.request.probe.length - 3) }, g.result.signedRequest))).toBe('E_MALFORMED_CIPHERTEXT');
    expect(await code(() => dep.matcher.verify({ ...g.request, subjectRef: asSubjectRef('9'.repeat(64)) }, g.result.signedRequest))).toBe('E_UNKNOWN_SUBJECT');
    expect(await code(() => dep.matcher.verify({ ...g.request, heKeyId: new Uint8Array(32) }, g.result.signedRequest))).toBe('E_KEY_MISMATCH');
    expect(await code(() => dep.matcher.verify(g.request))).toBe('E_INVALID_ARGUMENT');
    expect(await code(async () => t.buildVerifyRequest(ALICE, alice[1]!, { amountMinor: 0n, currency: 'KZT' }, undefined, { fused: { modality: 'finger', embedding: alice[1]! } }))).toBe('E_INVALID_ARGUMENT');
    expect(await code(() => dep.custodian.decide({ ...g.result, presetId: 'sm1-other' }))).toBe('E_PARAMS_MISMATCH');
    expect(await code(() => dep.custodian.decide({ ...g.result, ciphertext: g.result.ciphertext.subarray(1) }))).toBe('E_MALFORMED_CIPHERTEXT');
    expect(dep.custodian.stats.alarms).toBe(0);
    expect(await dep.store.countReferences()).toBe(before);
    expect((await dep.store.getReference(ALICE))!.ciphertext).toEqual(stored!.ciphertext);
    expect(await dep.store.getReference(CAROL)).toBeUndefined();
    expect(await dep.custodian.state.getReferenceKey(CAROL, 'face')).toBeUndefined();
    expect((await dep.custodian.state.getReferenceKey(ALICE, 'face'))!.seed).toEqual(refKey!.seed);
    // The untouched honest request still decides.
    expect((await dep.custodian.decide(g.result)).match).toBe(true);
  });

  it('a key keeps its role at the custodian; requests from unregistered keys are refused before decryption', async () => {
    const pk = new Uint8Array(32).fill(9);
    await dep.custodian.registerKey({ publicKey: pk, ownerId: 'desk-1', role: 'officer' });
    expect(await code(() => dep.custodian.registerKey({ publicKey: pk, ownerId: 'desk-1', role: 'terminal' }))).toBe('E_INVALID_ARGUMENT');
    const stranger = await localDeployment({});
    try {
      // Same custodian key material differs, so build the request with a foreign device key on this deployment.
      const g = await dep.prepareVerify(ALICE, alice[1]!);
      const foreign = stranger.signVerify(g.request);
      expect(await code(() => dep.custodian.decide({ ...g.result, signedRequest: foreign }))).toBe('E_UNKNOWN_KEY');
    } finally {
      await stranger.close();
    }
  });

  it('the custodian audit log verifies offline and has one leaf per decryption', async () => {
    const { exportAuditLog } = await import('../src/audit/export.js');
    const { verifyExportedLog } = await import('../src/audit/verify.js');
    const { ed25519 } = await import('@noble/curves/ed25519.js');
    const key = ed25519.utils.randomSecretKey();
    const log = dep.custodian.state.audit;
    const exported = await exportAuditLog(log, log.treeHead(key), ed25519.getPublicKey(key));
    const report = verifyExportedLog(JSON.parse(JSON.stringify(exported)), ed25519.getPublicKey(key));
    expect(report.ok).toBe(true);
    expect(log.size).toBe(dep.custodian.stats.decryptions);
  });
});
