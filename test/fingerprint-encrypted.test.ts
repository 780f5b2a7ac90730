/**
 * Fingerprints through the encrypted 1:1 path: every FVC2002 DB1-DB4 B pair (same database,
 * i < j: 3,160 per database, genuine and impostor) decided by the blinded path equals the
 * plaintext decision on the quantized vectors, and so do quality-weighted CrossMatch .xyt pairs
 * (sm2, shipped default background); chunked (multi-product) templates add up exactly
 * to the whole template's inner product. The fast tier (test/tier.ts) takes DB1 and one seeded
 * other database, 12 records of each, seeded genuine, impostor and nearest-threshold pairs, and a
 * background fitted on a third database (backgroundForTier).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { testRef } from './helpers.js';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDeployment, type LocalDeployment } from '../src/cli/session.js';
import { getPreset, LEGACY_1TO1_PRESET_ID, DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { chunkedScore, quantizeChunks } from '../src/templates/chunks.js';
import { parseMinutiaeRecord } from '../src/templates/fingerprint/parse.js';
import { parseXyt, XYT_SENSOR_IMAGES } from '../src/templates/fingerprint/xyt.js';
import { FINGER_CHUNKS, fitBackground, minutiaeToVector, type FingerBackground } from '../src/templates/fingerprint/representation.js';
import { SHARED_DATA } from './helpers.js';
import { FULL, nearThreshold, replay, sample, tiered } from './tier.js';
import { asSubjectRef, type SubjectRef } from '../src/subjects/subject-reference.js';

// Legacy preset (matcher-side blinding, evaluation mode): fusion and exact chunk sums. The
// authenticated preset has no fusion yet (docs/THREAT-MODEL.md).
const preset = getPreset(LEGACY_1TO1_PRESET_ID);

const DATABASES = ['DB1_B', 'DB2_B', 'DB3_B', 'DB4_B'];
const fingerOf = (file: string): string => file.split('_')[0]!;
/** Vectors by record path, computed once per file. */
const vectors = new Map<string, number[]>();
/** Fast tier: DB1 (shared by both sweeps) and one seeded other database. */
const FAST_DATABASES = ['DB1_B', ...sample(DATABASES.slice(1), 1, 'fingerprint-encrypted/database')];
/**
 * The vector representation's background. Full tier: the default (the shipped background). Fast
 * tier: one fitted on 12 seeded records of a database the fast tier does not score (kept from when
 * the default was the synthetic background, ~35 s of CPU at its first use in a process); what
 * this file checks (encrypted decision == plaintext decision on the quantized vectors) does not
 * depend on the background; fingerprint-shipped-background.test.ts tests the default.
 */
let background: FingerBackground | undefined;
function backgroundForTier(): FingerBackground | undefined {
  if (FULL || background) return background;
  const db = DATABASES.find((d) => !FAST_DATABASES.includes(d))!;
  const dir = resolve(SHARED_DATA, 'fingerprint/fvc2002', db);
  const files = sample(readdirSync(dir).filter((f) => f.endsWith('.iso')).sort(), 12, 'fingerprint-encrypted/background');
  return (background = fitBackground(files.map((f) => parseMinutiaeRecord(new Uint8Array(readFileSync(join(dir, f)))))));
}

/** One FVC2002 B database: its record files (sorted) and their vectors, computed on first use. */
function database(db: string): { files: string[]; vec: (i: number) => number[] } {
  const dir = resolve(SHARED_DATA, 'fingerprint/fvc2002', db);
  const files = readdirSync(dir).filter((f) => f.endsWith('.iso')).sort();
  const vec = (i: number): number[] => {
    const path = join(dir, files[i]!);
    let v = vectors.get(path);
    if (!v) vectors.set(path, (v = Array.from(minutiaeToVector(parseMinutiaeRecord(new Uint8Array(readFileSync(path))), { background: backgroundForTier() }))));
    return v;
  };
  return { files, vec };
}

/**
 * The records of a database a tier uses: every one in the full tier; in the fast tier the 8
 * impressions of one seeded finger (its genuine pairs) and 4 seeded records of other fingers
 * (impostors), 12 of 80. Both sweeps of this file take the same ones (vectors computed once).
 */
function tierRecords(db: string, files: readonly string[]): number[] {
  const all = files.map((_, i) => i);
  if (FULL) return all;
  const [finger] = sample([...new Set(files.map(fingerOf))], 1, `fingerprint-encrypted/${db}/finger`);
  const own = all.filter((i) => fingerOf(files[i]!) === finger);
  const others = sample(all.filter((i) => fingerOf(files[i]!) !== finger), 4, `fingerprint-encrypted/${db}/others`);
  return [...own, ...others].sort((a, b) => a - b);
}

/** Pairs i < j of the given records, genuine when of one finger. */
function pairsOf(files: readonly string[], records: readonly number[]): { i: number; j: number; genuine: boolean }[] {
  return records.flatMap((i, n) => records.slice(n + 1).map((j) => ({ i, j, genuine: fingerOf(files[i]!) === fingerOf(files[j]!) })));
}

describe('encrypted fingerprint verification', () => {
  let dep: LocalDeployment;
  beforeAll(async () => {
    dep = await localDeployment({ evaluationMode: true });
  });
  afterAll(async () => {
    await dep.close();
  });

  it('encrypted decisions equal plaintext decisions on FVC2002 pairs (every pair in the full tier)', async () => {
    const { terminal, matcher, custodian } = dep;
    const T = matcher.fingerThreshold;
    let pairs = 0;
    let allPairs = 0;
    const mismatches: string[] = [];
    let matches = 0;
    const hash = new Uint8Array(32);
    const dbs = FULL ? DATABASES : FAST_DATABASES;
    for (const db of dbs) {
      const { files, vec } = database(db);
      expect(files.length).toBe(80);
      allPairs += (files.length * (files.length - 1)) / 2;
      const records = tierRecords(db, files);
      const q = new Map(records.map((i) => [i, quantizeChunks(vec(i), preset)]));
      expect(q.get(records[0]!)!.length).toBe(FINGER_CHUNKS); // FINGER_CHUNKS products per fingerprint, summed under encryption
      const dim = vec(records[0]!).length;
      const all = pairsOf(files, records);
      // Fast tier: seeded genuine and impostor samples of the records' pairs and the pairs nearest the threshold.
      const plainOf = (p: { i: number; j: number }): number => chunkedScore(q.get(p.i)!, q.get(p.j)!);
      const sampled = FULL ? all : [...sample(all.filter((p) => p.genuine), 6, `fingerprint-encrypted/${db}/genuine`), ...sample(all.filter((p) => !p.genuine), 6, `fingerprint-encrypted/${db}/impostor`)];
      const chosen = FULL ? all : [...sampled, ...nearThreshold(all, plainOf, T, 3).filter((p) => !sampled.includes(p))];
      const refs = new Map([...new Set(chosen.map((p) => p.j))].map((j) => [j, matcher.loadChunks(terminal.encryptReference(testRef(`f${j}`), vec(j), undefined, 'finger').ciphertext, dim)]));
      const probes = new Map([...new Set(chosen.map((p) => p.i))].map((i) => [i, matcher.loadChunks(terminal.buildVerifyRequest(testRef(`f${i}`), vec(i), { amountMinor: 0n, currency: 'KZT' }, undefined, { modality: 'finger' }).probe, dim)]));
      for (const p of chosen) {
        const blinded = matcher.blindedChunkedResult(hash, probes.get(p.i)!, refs.get(p.j)!, 'finger', dim);
        const d = await custodian.decide({ ...blinded, evaluation: undefined });
        if (d.match !== plainOf(p) >= T) mismatches.push(`${db} ${files[p.i]}/${files[p.j]}`);
        if (d.match) matches++;
        pairs++;
      }
    }
    console.log(replay(`fingerprint-encrypted (legacy): ${pairs} of ${allPairs} FVC2002 pairs (${dbs.join(', ')})`));
    expect(allPairs).toBe(dbs.length * 3160);
    if (FULL) expect(pairs).toBe(4 * 3160);
    expect(mismatches, replay('pairs whose encrypted decision differs')).toEqual([]);
    expect(matches).toBeGreaterThan(0);
    expect(matches).toBeLessThan(pairs);
  }, 1_500_000); // full tier: every FVC2002 pair, 16 chunks each; minutes on a quiet machine, far more under load

  it('a template longer than one product is matched as chunks whose scores add up exactly', async () => {
    const { terminal, matcher, custodian } = dep;
    const long = Array.from({ length: 2500 }, (_, i) => Math.sin(i * 0.37) + 0.1 * Math.cos(i * 1.3));
    const probe = long.map((x, i) => x + 0.3 * Math.sin(i * 2.1));
    await matcher.enroll(testRef('chunky'), terminal.encryptReference(testRef('chunky'), long, undefined, 'finger'));
    const req = terminal.buildVerifyRequest(testRef('chunky'), probe, { amountMinor: 0n, currency: 'KZT' }, undefined, { modality: 'finger' });
    expect(req.probe.length).toBe(3 * 92_198);
    const blinded = await matcher.verify(req);
    expect(blinded.scoreScale).toBe(2); // (320 + sqrt(2500)/2)^2 needs twice the one-chunk bound
    const plain = chunkedScore(quantizeChunks(probe, preset), quantizeChunks(long, preset));
    expect(custodian.revealScore(blinded)).toBe(plain);
    expect((await custodian.decide(blinded)).match).toBe(plain >= matcher.fingerThreshold);
    await expect(matcher.verify({ ...req, probe: req.probe.subarray(0, 2 * 92_198) })).rejects.toMatchObject({ code: 'E_MALFORMED_CIPHERTEXT' });
    await expect(matcher.verify({ ...req, dim: 20_000 })).rejects.toMatchObject({ code: 'E_DIMENSION' }); // above MAX_CHUNKS * maxDim
  });
});

describe('authenticated (sm2) encrypted fingerprint verification', () => {
  const auth = getPreset(DEFAULT_FACE_PRESET_ID);
  let dep: LocalDeployment;
  beforeAll(async () => {
    dep = await localDeployment({});
  });
  afterAll(async () => {
    await dep.close();
  });

  it('16-chunk fingerprint decisions equal plaintext on DB1 genuine and impostor pairs (every genuine pair and as many impostors in the full tier)', async () => {
    const { files, vec } = database('DB1_B');
    const records = tierRecords('DB1_B', files);
    const q = new Map(records.map((i) => [i, quantizeChunks(vec(i), auth)]));
    expect(q.get(records[0]!)!.length).toBe(Math.ceil(vec(records[0]!).length / auth.maxDim));
    const { scoreThreshold } = await import('../src/templates/face.js');
    const { DEFAULT_FINGER_THRESHOLD_COSINE } = await import('../src/templates/thresholds.js');
    const T = scoreThreshold(DEFAULT_FINGER_THRESHOLD_COSINE, auth.quantScale);
    const ref = (i: number): SubjectRef => asSubjectRef(i.toString(16).padStart(64, '0'));
    const all = pairsOf(files, records);
    const genuine = all.filter((p) => p.genuine);
    const impostor = all.filter((p) => !p.genuine);
    const step = Math.floor(impostor.length / genuine.length);
    const spread = impostor.filter((_, n) => n % step === 0).slice(0, genuine.length);
    if (FULL) expect(genuine.length + spread.length).toBe(560);
    // Fast tier (12 records of DB1): seeded genuine and impostor samples and the pairs nearest the threshold.
    const plainOf = (p: { i: number; j: number }): number => chunkedScore(q.get(p.i)!, q.get(p.j)!);
    const sampled = [...tiered(genuine, 12, 'fingerprint-encrypted/sm2/genuine'), ...tiered(spread, 12, 'fingerprint-encrypted/sm2/impostor')];
    const chosen = [...sampled, ...nearThreshold(all, plainOf, T, 3).filter((p) => !sampled.includes(p))];
    console.log(replay(`fingerprint-encrypted (sm2, DB1): ${chosen.length} pairs`));
    for (const j of new Set(chosen.map((p) => p.j))) await dep.enroll(ref(j), vec(j), 'finger');
    const mismatches: string[] = [];
    let matches = 0;
    for (const p of chosen) {
      const d = await dep.verify(ref(p.j), vec(p.i), 'finger');
      if (d.match !== plainOf(p) >= T) mismatches.push(`${files[p.i]}/${files[p.j]}`);
      if (d.match) matches++;
    }
    expect(mismatches, replay('pairs whose encrypted decision differs')).toEqual([]);
    expect(matches).toBeGreaterThan(FULL ? 100 : 0);
    expect(matches).toBeLessThan(chosen.length);
    expect(dep.custodian.stats.alarms).toBe(0);
  }, 1_500_000);

  // NBIS .xyt prints carry minutia quality, so their vectors are quality-weighted
  // (representation.ts minutiaWeight); the shipped default background, which never saw this sensor.
  it('16-chunk decisions equal plaintext on quality-weighted CrossMatch (.xyt) pairs, shipped default background', async () => {
    const dir = resolve(SHARED_DATA, 'fingerprint/neurotech/crossmatch');
    const fingers = sample([...new Set(readdirSync(dir).filter((f) => f.endsWith('.xyt')).map((f) => f.replace(/_\d+\.xyt$/, '')))].sort(), FULL ? 3 : 2, 'fingerprint-encrypted/xyt/fingers');
    const files = fingers.flatMap((f) => Array.from({ length: FULL ? 8 : 4 }, (_, k) => `${f}_${k + 1}.xyt`));
    const vec = files.map((f) => Array.from(minutiaeToVector(parseXyt(new Uint8Array(readFileSync(join(dir, f))), XYT_SENSOR_IMAGES.crossmatch))));
    expect(files.every((f) => parseXyt(new Uint8Array(readFileSync(join(dir, f))), XYT_SENSOR_IMAGES.crossmatch).views[0]!.minutiae.some((m) => m.quality! < 100))).toBe(true);
    const q = vec.map((v) => quantizeChunks(v, auth));
    const { scoreThreshold } = await import('../src/templates/face.js');
    const { DEFAULT_FINGER_THRESHOLD_COSINE } = await import('../src/templates/thresholds.js');
    const T = scoreThreshold(DEFAULT_FINGER_THRESHOLD_COSINE, auth.quantScale);
    const all = files.flatMap((_, i) => files.map((_, j) => ({ i, j, genuine: files[i]!.replace(/_\d+\.xyt$/, '') === files[j]!.replace(/_\d+\.xyt$/, '') })).filter((p) => p.i < p.j));
    const plainOf = (p: { i: number; j: number }): number => chunkedScore(q[p.i]!, q[p.j]!);
    const sampled = FULL ? all : [...sample(all.filter((p) => p.genuine), 6, 'fingerprint-encrypted/xyt/genuine'), ...sample(all.filter((p) => !p.genuine), 6, 'fingerprint-encrypted/xyt/impostor')];
    const chosen = FULL ? all : [...sampled, ...nearThreshold(all, plainOf, T, 3).filter((p) => !sampled.includes(p))];
    console.log(replay(`fingerprint-encrypted (sm2, CrossMatch .xyt): ${chosen.length} pairs`));
    const ref = (j: number): SubjectRef => asSubjectRef((0x7000 + j).toString(16).padStart(64, '0'));
    for (const j of new Set(chosen.map((p) => p.j))) await dep.enroll(ref(j), vec[j]!, 'finger');
    const mismatches: string[] = [];
    let matches = 0;
    for (const p of chosen) {
      const d = await dep.verify(ref(p.j), vec[p.i]!, 'finger');
      if (d.match !== plainOf(p) >= T) mismatches.push(`${files[p.i]}/${files[p.j]}`);
      if (d.match) matches++;
    }
    expect(mismatches, replay('pairs whose encrypted decision differs')).toEqual([]);
    expect(matches).toBeGreaterThan(0);
    expect(matches).toBeLessThan(chosen.length);
  }, 1_500_000);
});
