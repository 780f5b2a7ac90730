/**
 * Fused references under the authenticated preset (sm2, issue #13 item 4), end to end in process:
 * a desk enrolls ONE fused reference (two fingers, or face + finger; src/templates/fusion.ts), a
 * terminal verifies it with one request, the matcher sums the chunk products, the custodian checks
 * the tags and decides once. Encrypted decisions equal the quantized plaintext fused decisions on
 * real pairs: FVC2002 DB1_B fingers (finger pairs 2m-1, 2m of the database as one two-finger
 * identity: FVC2002 has no subject labels, the pairing is chimeric) and LFW faces beside them
 * (face + finger: LFW person k with FVC2002 finger k). Bad input gets its typed error and leaves
 * the matcher store and the custodian state unchanged.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDeployment, type LocalDeployment } from '../src/cli/session.js';
import { DEFAULT_FACE_PRESET_ID, getPreset } from '../src/params/presets.js';
import { parseMinutiaeRecord } from '../src/templates/fingerprint/parse.js';
import { minutiaeToVector } from '../src/templates/fingerprint/representation.js';
import { fingerEnrollmentVector } from '../src/templates/fingerprint/enrollment.js';
import { COMPOSITIONS, fusedScore, fusedThreshold, quantizeFused, type CompositeModality } from '../src/templates/fusion.js';
import { TerminalClient, officerApprover } from '../src/verify/terminal/terminal-client.js';
import { Terminal } from '../src/verify/terminal/terminal.js';
import { decodeEncryptedTemplate, decodeVerifyRequest, encodeEncryptedTemplate, encodeVerifyRequest, pb } from '../src/wire/codec.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { asyncErrorCode, errorCode, lfw, SHARED_DATA, testRef } from './helpers.js';
import { FULL, nearThreshold, replay, tiered } from './tier.js';
import type { MinutiaeRecord } from '../src/templates/fingerprint/model.js';

const preset = getPreset(DEFAULT_FACE_PRESET_ID);
const code = asyncErrorCode;

const DB = 'DB1_B';
const record = (finger: number, impression: number): MinutiaeRecord =>
  parseMinutiaeRecord(new Uint8Array(readFileSync(resolve(SHARED_DATA, 'fingerprint/fvc2002', DB, `${finger}_${impression}.iso`))));
/** FVC2002 DB1_B fingers 101..110, impressions 1..8. */
const FINGERS = Array.from({ length: 10 }, (_, i) => 101 + i);
/** Reference impressions (multi-impression enrollment, the desk's finger path) and probe impressions. */
/**
 * Fewer identities and impressions in the fast tier: each finger vector costs ~0.2 s (the fast
 * tier enrolls one impression per finger; the TerminalClient test below enrolls three).
 */
const ENROLL_IMPRESSIONS = FULL ? [1, 2, 3] : [1];
const PROBE_IMPRESSIONS = FULL ? [4, 5, 6, 7, 8] : [4, 8];
const IDENTITIES = FULL ? [0, 1, 2, 3, 4] : [0, 1, 2];
/** Byte equality of (multi-megabyte) containers without vitest's element-wise deep equality. */
const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean => a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

const vectors = new Map<string, Float64Array>();
const probeVector = (finger: number, impression: number): Float64Array => {
  const key = `${finger}/${impression}`;
  let v = vectors.get(key);
  if (!v) vectors.set(key, (v = minutiaeToVector(record(finger, impression))));
  return v;
};
const enrollVector = (finger: number): Float64Array => {
  const key = `${finger}/enroll`;
  let v = vectors.get(key);
  if (!v) vectors.set(key, (v = fingerEnrollmentVector(ENROLL_IMPRESSIONS.map((i) => record(finger, i)))));
  return v;
};

interface FusedPair {
  /** Identity of the reference and of the probe. */
  readonly ref: number;
  readonly probe: number;
  readonly impression: number;
  readonly genuine: boolean;
}

describe('fused references (sm2): encrypted decisions equal quantized plaintext fused decisions', () => {
  let dep: LocalDeployment;
  const people = lfw();
  beforeAll(async () => {
    dep = await localDeployment({});
  });
  afterAll(async () => {
    await dep.close();
  });

  /**
   * Identities 0..4: `finger+finger` fingers (101 + 2k, 102 + 2k); `face+finger`: LFW person k and
   * finger 101 + k. Probe part j of identity k, impression i (face: embedding i of person k).
   */
  const parts = (m: CompositeModality, k: number, impression: number | 'enroll'): ArrayLike<number>[] => {
    const finger = (f: number) => (impression === 'enroll' ? enrollVector(f) : probeVector(f, impression));
    if (m === 'finger+finger') return [finger(FINGERS[2 * k]!), finger(FINGERS[2 * k + 1]!)];
    const face = people[k]!.embeddings[impression === 'enroll' ? 0 : impression]!;
    return [face, finger(FINGERS[k]!)];
  };

  for (const m of ['finger+finger', 'face+finger'] as const) {
    it(`${m}: one request, one decision, equal to the plaintext decision (genuine, impostor and nearest-threshold pairs)`, async () => {
      const c = COMPOSITIONS[m];
      const T = fusedThreshold(c, c.defaultThresholdCosine, preset.quantScale);
      const ids = IDENTITIES;
      const all: FusedPair[] = ids.flatMap((r) => ids.flatMap((p) => PROBE_IMPRESSIONS.map((impression) => ({ ref: r, probe: p, impression, genuine: r === p }))));
      const qRef = new Map(ids.map((k) => [k, quantizeFused(c, parts(m, k, 'enroll'), preset)]));
      const plain = (x: FusedPair): number => fusedScore(c, quantizeFused(c, parts(m, x.probe, x.impression), preset), qRef.get(x.ref)!);
      const genuine = tiered(all.filter((x) => x.genuine), 2, `verify-fused/${m}/genuine`);
      const impostor = tiered(all.filter((x) => !x.genuine), 2, `verify-fused/${m}/impostor`);
      const edge = nearThreshold(all, plain, T, FULL ? 4 : 1).filter((x) => !genuine.includes(x) && !impostor.includes(x));
      const chosen = [...genuine, ...impostor, ...edge];
      console.log(replay(`verify-fused ${m}: ${genuine.length} genuine, ${impostor.length} impostor, ${edge.length} nearest-threshold of ${all.length}`));
      const subject = (k: number) => testRef(`verify-fused/${m}/${k}`);
      for (const k of new Set(chosen.map((x) => x.ref))) {
        const template = await dep.enrollFused(subject(k), m, parts(m, k, 'enroll'));
        expect(template.modality).toBe(m);
        expect(template.partDims).toEqual(qRef.get(k)!.partDims);
      }
      const d0 = dep.custodian.stats.decryptions;
      const mismatches: string[] = [];
      let genuineMatches = 0;
      for (const x of chosen) {
        const { request, result } = await dep.prepareVerifyFused(subject(x.ref), m, parts(m, x.probe, x.impression));
        const d = await dep.custodian.decide(result);
        expect(dep.terminal.acceptDecision(d, request).verified).toBe(true);
        if (d.match !== plain(x) >= T) mismatches.push(`${x.probe}/${x.impression} vs ${x.ref}: encrypted ${d.match}, plain ${plain(x)} vs T ${T}`);
        if (d.match && x.genuine && genuine.includes(x)) genuineMatches++;
      }
      expect(mismatches, replay(`${m}: pairs whose encrypted decision differs`)).toEqual([]);
      expect(genuineMatches).toBeGreaterThanOrEqual(Math.ceil(genuine.length / 2));
      expect(dep.custodian.stats.decryptions - d0).toBe(chosen.length);
      expect(dep.custodian.stats.alarms).toBe(0);
    }, 120_000);
  }

  it('desk enrollment and terminal verification through TerminalClient (finger parts from impressions, multi-impression)', async () => {
    // The desk's own terminal: its transactions name the desk the desk key is registered for.
    const deskTerminal = await Terminal.create({ ...dep.bundle, terminalId: 'desk-local' });
    const desk = new TerminalClient({ terminal: deskTerminal, deviceKey: dep.deskKey });
    const atm = new TerminalClient({ terminal: dep.terminal, deviceKey: dep.deviceKey });
    const subject = testRef('verify-fused/client');
    const prepared = await desk.prepareEnrollFused(
      subject,
      'face+finger',
      [{ embedding: people[5]!.embeddings[0]! }, { impressions: [1, 2, 3].map((i) => record(FINGERS[5]!, i)) }],
      { approve: officerApprover(dep.officerKey) },
    );
    expect(prepared.template.partDims).toEqual([128, 8192]);
    await dep.custodian.registerReference(prepared.signed);
    await dep.matcher.enroll(subject, prepared.template);
    const stored = await dep.store.getReference(subject, 'face+finger');
    expect(stored?.partDims).toEqual([128, 8192]);
    const key = await dep.custodian.state.getReferenceKey(subject, 'face+finger');
    expect(key?.partDims).toEqual([128, 8192]);
    const genuine = await atm.prepareVerifyFused(subject, 'face+finger', [people[5]!.embeddings[1]!, probeVector(FINGERS[5]!, 6)], { amountMinor: 100n, currency: 'KZT' });
    const dg = await dep.custodian.decide(await dep.matcher.verify(genuine.request, genuine.signed));
    expect(dep.terminal.acceptDecision(dg, genuine.request)).toEqual({ verified: true, match: true, decision: dg });
    const impostor = await atm.prepareVerifyFused(subject, 'face+finger', [people[6]!.embeddings[1]!, probeVector(FINGERS[6]!, 6)], { amountMinor: 100n, currency: 'KZT' });
    expect((await dep.custodian.decide(await dep.matcher.verify(impostor.request, impostor.signed))).match).toBe(false);
    // Impressions for a face part are refused before anything is encrypted.
    expect(await code(() => desk.prepareEnrollFused(subject, 'face+finger', [{ impressions: [record(101, 1)] }, { embedding: probeVector(101, 1) }], { approve: officerApprover(dep.officerKey) }))).toBe('E_COMPOSITION');
    deskTerminal.delete();
  }, 60_000);

  it('wire: fused templates and requests round-trip byte-exact, composite modality and part dims included', async () => {
    const subject = testRef('verify-fused/wire');
    const template = dep.terminal.encryptFusedReference(subject, 'finger+finger', [probeVector(101, 1), probeVector(102, 1)]);
    const tBytes = encodeEncryptedTemplate(template);
    const tBack = decodeEncryptedTemplate(tBytes);
    expect(tBack.modality).toBe('finger+finger');
    expect(tBack.partDims).toEqual([8192, 8192]);
    expect(sameBytes(encodeEncryptedTemplate(tBack), tBytes)).toBe(true);
    const request = dep.terminal.buildFusedVerifyRequest(subject, 'finger+finger', [probeVector(101, 2), probeVector(102, 2)], { amountMinor: 1n, currency: 'KZT' });
    const rBytes = encodeVerifyRequest(request);
    const rBack = decodeVerifyRequest(rBytes);
    expect(rBack.modality).toBe('finger+finger');
    expect(rBack.partDims).toEqual([8192, 8192]);
    expect(rBack.dim).toBe(16384);
    expect(sameBytes(encodeVerifyRequest(rBack), rBytes)).toBe(true);
    // An unknown modality number, a composite second probe of legacy fusion: E_MALFORMED_MESSAGE.
    const asPb = pb.VerifyRequest.decode(rBytes);
    expect(errorCode(() => decodeVerifyRequest(pb.VerifyRequest.encode({ ...asPb, modality: 5 as never }).finish()))).toBe('E_MALFORMED_MESSAGE');
    expect(errorCode(() => decodeVerifyRequest(pb.VerifyRequest.encode({ ...asPb, fused: { modality: 3, dim: 128, probe: new Uint8Array(4) } }).finish()))).toBe('E_MALFORMED_MESSAGE');
    expect(errorCode(() => encodeVerifyRequest({ ...request, modality: 'palm' as 'face' }))).toBe('E_INVALID_ARGUMENT');
    expect(errorCode(() => encodeVerifyRequest({ ...request, partDims: [8192, -1] }))).toBe('E_INVALID_ARGUMENT');
    // A single-modality request encodes exactly as before (no part dims field).
    const single = dep.terminal.buildVerifyRequest(subject, people[0]!.embeddings[0]!, { amountMinor: 1n, currency: 'KZT' });
    expect(decodeVerifyRequest(encodeVerifyRequest(single)).partDims).toBeUndefined();
  }, 60_000);
});

describe('fused references (sm2): bad input gets typed errors and changes nothing', () => {
  let dep: LocalDeployment;
  const people = lfw();
  const FF = testRef('verify-fused/bad/ff');
  const FACE = testRef('verify-fused/bad/face');
  beforeAll(async () => {
    dep = await localDeployment({});
    await dep.enrollFused(FF, 'finger+finger', [probeVector(103, 1), probeVector(104, 1)]);
    await dep.enroll(FACE, people[0]!.embeddings[0]!);
  });
  afterAll(async () => {
    await dep.close();
  });

  it('terminal: missing part, wrong number of parts, NaN, composite modality on the single paths', () => {
    const t = dep.terminal;
    const tx = { amountMinor: 0n, currency: 'KZT' };
    const [a, b] = [probeVector(103, 2), probeVector(104, 2)];
    expect(errorCode(() => t.buildFusedVerifyRequest(FF, 'finger+finger', [a], tx))).toBe('E_COMPOSITION');
    expect(errorCode(() => t.buildFusedVerifyRequest(FF, 'finger+finger', [a, b, a], tx))).toBe('E_COMPOSITION');
    expect(errorCode(() => t.buildFusedVerifyRequest(FF, 'finger+finger', [a, undefined as unknown as Float64Array], tx))).toBe('E_COMPOSITION');
    const nan = Float64Array.from(b);
    nan[77] = NaN;
    expect(errorCode(() => t.buildFusedVerifyRequest(FF, 'finger+finger', [a, nan], tx))).toBe('E_NON_FINITE');
    expect(errorCode(() => t.encryptFusedReference(FF, 'face+finger', [[...people[0]!.embeddings[0]!.slice(1), NaN], a]))).toBe('E_NON_FINITE');
    expect(errorCode(() => t.encryptFusedReference(FF, 'face+finger', [people[0]!.embeddings[0]!]))).toBe('E_COMPOSITION');
    expect(errorCode(() => t.encryptFusedReference(FF, 'finger+face' as CompositeModality, [a, b]))).toBe('E_INVALID_ARGUMENT');
    expect(errorCode(() => t.encryptReference(FF, a, undefined, 'finger+finger'))).toBe('E_COMPOSITION');
    expect(errorCode(() => t.buildVerifyRequest(FF, a, tx, undefined, { modality: 'finger+finger' }))).toBe('E_COMPOSITION');
  });

  it('matcher and custodian: parts that do not match the stored composition are refused before any HE work or decryption', async () => {
    const refs = await dep.store.countReferences();
    const stored = await dep.store.getReference(FF, 'finger+finger');
    const seed = (await dep.custodian.state.getReferenceKey(FF, 'finger+finger'))!.seed;
    const d0 = dep.custodian.stats.decryptions;
    const t = dep.terminal;
    const tx = { amountMinor: 0n, currency: 'KZT' };
    const honest = t.buildFusedVerifyRequest(FF, 'finger+finger', [probeVector(103, 2), probeVector(104, 2)], tx);
    const signed = dep.signVerify(honest);
    // Another composition for this subject (it holds finger+finger).
    const faceFinger = t.buildFusedVerifyRequest(FF, 'face+finger', [people[0]!.embeddings[1]!, probeVector(103, 2)], tx);
    expect(await code(() => dep.matcher.verify(faceFinger, dep.signVerify(faceFinger)))).toBe('E_COMPOSITION');
    // Part dims missing, one part, not summing to dim, differing from the stored reference's.
    const { partDims: _drop, ...noParts } = honest;
    expect(await code(() => dep.matcher.verify(noParts, dep.signVerify(noParts)))).toBe('E_COMPOSITION');
    expect(await code(() => dep.matcher.verify({ ...honest, partDims: [16384] }, signed))).toBe('E_COMPOSITION');
    expect(await code(() => dep.matcher.verify({ ...honest, partDims: [8192, 8191] }, signed))).toBe('E_COMPOSITION');
    expect(await code(() => dep.matcher.verify({ ...honest, partDims: [8000, 8384] }, signed))).toBe('E_COMPOSITION');
    // Part dims on a single-modality request.
    const face = t.buildVerifyRequest(FACE, people[0]!.embeddings[1]!, tx);
    expect(await code(() => dep.matcher.verify({ ...face, partDims: [128] }, signed))).toBe('E_COMPOSITION');
    // Legacy score-level fusion beside a fused reference (refused on the authenticated preset).
    expect(await code(() => dep.matcher.verify({ ...honest, fused: { modality: 'face', dim: 128, probe: face.probe } }, signed))).toBe('E_INVALID_ARGUMENT');
    // Enrollment: parts of another composition, missing part dims, a single modality with parts.
    const template = t.encryptFusedReference(testRef('verify-fused/bad/new'), 'finger+finger', [probeVector(105, 1), probeVector(106, 1)]);
    const { partDims: _p, ...bare } = template;
    expect(await code(() => dep.matcher.enroll(template.subjectRef, bare))).toBe('E_COMPOSITION');
    expect(await code(() => dep.matcher.enroll(template.subjectRef, { ...template, partDims: [8192] }))).toBe('E_COMPOSITION');
    expect(await code(() => dep.custodian.registerReference(dep.signEnroll({ ...template, partDims: [8192, 8192, 1] })))).toBe('E_COMPOSITION');
    const single = t.encryptReference(testRef('verify-fused/bad/single'), people[1]!.embeddings[0]!);
    expect(await code(() => dep.matcher.enroll(single.subjectRef, { ...single, partDims: [128] }))).toBe('E_COMPOSITION');
    // The custodian checks the signed request's parts against what the desk registered, itself:
    // a matcher that skips its own check gets the refusal before any decryption.
    const other = t.buildFusedVerifyRequest(FF, 'finger+finger', [probeVector(103, 2), Float64Array.from(probeVector(104, 2).subarray(0, 8000))], tx);
    const otherSigned = dep.signVerify(other);
    const result = await dep.matcher.verify(honest, signed);
    expect(await code(() => dep.custodian.decide({ ...result, requestHash: new Uint8Array(32) }))).toBe('E_MALFORMED_MESSAGE');
    const { sha256 } = await import('../src/wire/digest.js');
    const { decodeSignedRequest } = await import('../src/wire/signed-request.js');
    expect(await code(() => dep.custodian.decide({ ...result, signedRequest: otherSigned, requestHash: sha256(decodeSignedRequest(otherSigned, 'sealmatch.v1.VerifyRequest').body) }))).toBe('E_COMPOSITION');
    expect(dep.custodian.stats.decryptions).toBe(d0);
    expect(dep.custodian.stats.alarms).toBe(0);
    expect(await dep.store.countReferences()).toBe(refs);
    expect(sameBytes((await dep.store.getReference(FF, 'finger+finger'))?.ciphertext, stored?.ciphertext)).toBe(true);
    expect((await dep.custodian.state.getReferenceKey(FF, 'finger+finger'))!.seed).toEqual(seed);
    expect(await dep.store.getReference(template.subjectRef, 'finger+finger')).toBeUndefined();
    // The untouched honest request still decides (genuine: same fingers).
    expect((await dep.custodian.decide(result)).match).toBe(true);
  }, 60_000);

  it('the legacy preset keeps score-level fusion and refuses fused references', async () => {
    const legacy = await localDeployment({ presetId: 'sm1-bgv4096-face-1to1' });
    try {
      expect(errorCode(() => legacy.terminal.encryptFusedReference(FF, 'finger+finger', [probeVector(103, 1), probeVector(104, 1)]))).toBe('E_INVALID_ARGUMENT');
      const req = legacy.terminal.buildVerifyRequest(FACE, people[0]!.embeddings[1]!, { amountMinor: 0n, currency: 'KZT' }, undefined, { fused: { modality: 'finger', embedding: probeVector(103, 2) } });
      expect(req.fused?.modality).toBe('finger');
    } finally {
      await legacy.close();
    }
  });
});

describe('store: composite modalities and part dims', () => {
  it('a SQLite store of the old schema (modality CHECK face/finger, no part_dims) migrates and then keeps fused references', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { DatabaseSync } = await import('node:sqlite');
    const dir = mkdtempSync(join(tmpdir(), 'sealmatch-fused-store-'));
    const path = join(dir, 'old.db');
    try {
      const old = new DatabaseSync(path);
      old.exec(`CREATE TABLE reference_template (subject_ref TEXT NOT NULL, modality TEXT NOT NULL DEFAULT 'face' CHECK (modality IN ('face', 'finger')),
        preset_id TEXT NOT NULL, dim INTEGER NOT NULL, ciphertext BLOB NOT NULL, enrolled_at INTEGER NOT NULL, he_key_id BLOB, enrolled_by TEXT, institution TEXT,
        PRIMARY KEY (subject_ref, modality)) STRICT;`);
      old.prepare('INSERT INTO reference_template (subject_ref, modality, preset_id, dim, ciphertext, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)').run('a'.repeat(64), 'face', 'p', 128, new Uint8Array([1, 2]), 5);
      expect(() => old.prepare('INSERT INTO reference_template (subject_ref, modality, preset_id, dim, ciphertext, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)').run('b'.repeat(64), 'finger+finger', 'p', 2, new Uint8Array([1]), 5)).toThrow();
      old.close();
      const store = new SqliteStore(path);
      try {
        expect((await store.getReference('a'.repeat(64), 'face'))?.ciphertext).toEqual(new Uint8Array([1, 2]));
        await store.insertReference({ subjectRef: 'b'.repeat(64), modality: 'finger+finger', presetId: 'p', dim: 16384, ciphertext: new Uint8Array([3]), enrolledAtMs: 6, partDims: [8192, 8192] });
        const back = await store.getReference('b'.repeat(64), 'finger+finger');
        expect(back?.partDims).toEqual([8192, 8192]);
        expect((await store.getReference('a'.repeat(64), 'face'))?.partDims).toBeUndefined();
        expect(await asyncErrorCode(() => store.insertReference({ subjectRef: 'c'.repeat(64), modality: 'palm' as 'face', presetId: 'p', dim: 1, ciphertext: new Uint8Array([3]), enrolledAtMs: 6 }))).toBe('E_STORE');
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a custodian state of the old schema migrates: reference MAC keys of composite modalities keep their part dims', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { DatabaseSync } = await import('node:sqlite');
    const { CustodianState } = await import('../src/custodian/state.js');
    const dir = mkdtempSync(join(tmpdir(), 'sealmatch-fused-state-'));
    const path = join(dir, 'custodian-state.db');
    try {
      const old = new DatabaseSync(path);
      old.exec(`CREATE TABLE reference_mac_key (subject_ref TEXT NOT NULL, modality TEXT NOT NULL CHECK (modality IN ('face', 'finger')),
        seed BLOB NOT NULL CHECK (length(seed) = 32), he_key_id BLOB NOT NULL CHECK (length(he_key_id) = 32), request_hash TEXT NOT NULL,
        dim INTEGER NOT NULL, registered_at INTEGER NOT NULL, institution TEXT NOT NULL DEFAULT '', PRIMARY KEY (subject_ref, modality)) STRICT;`);
      old.prepare('INSERT INTO reference_mac_key (subject_ref, modality, seed, he_key_id, request_hash, dim, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('a'.repeat(64), 'face', new Uint8Array(32).fill(1), new Uint8Array(32).fill(2), 'h', 128, 5);
      old.close();
      const state = await CustodianState.open(path);
      try {
        expect((await state.getReferenceKey('a'.repeat(64), 'face'))?.seed).toEqual(new Uint8Array(32).fill(1));
        const key = { institution: 'bank-a', subjectRef: 'a'.repeat(64), modality: 'face+finger' as const, seed: new Uint8Array(32).fill(3), heKeyId: new Uint8Array(32).fill(2), requestHash: 'h2', dim: 8320, registeredAtMs: 6, partDims: [128, 8192] };
        await state.transaction(async (_ops, tx) => tx.putReferenceKey(key));
        expect((await state.getReferenceKey('a'.repeat(64), 'face+finger'))?.partDims).toEqual([128, 8192]);
        expect((await state.getReferenceKey('a'.repeat(64), 'face'))?.partDims).toBeUndefined();
      } finally {
        await state.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
