/**
 * Fingerprints through the encrypted 1:1 path: every FVC2002 DB1-DB4 B pair (same database,
 * i < j: 3,160 per database, genuine and impostor) decided by the blinded path equals the
 * plaintext decision on the quantized vectors; chunked (multi-product) templates add up exactly
 * to the whole template's inner product.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDeployment, type LocalDeployment } from '../src/cli/session.js';
import { getPreset, LEGACY_1TO1_PRESET_ID, DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { chunkedScore, quantizeChunks } from '../src/templates/chunks.js';
import { parseMinutiaeRecord } from '../src/templates/fingerprint/parse.js';
import { FINGER_CHUNKS, minutiaeToVector } from '../src/templates/fingerprint/representation.js';
import { SHARED_DATA, testRef } from './helpers.js';
import { asSubjectRef } from '../src/subjects/subject-reference.js';

// Legacy preset (matcher-side blinding, evaluation mode): fusion and exact chunk sums. The
// authenticated preset has no fusion yet (docs/THREAT-MODEL.md).
const preset = getPreset(LEGACY_1TO1_PRESET_ID);

describe('encrypted fingerprint verification', () => {
  let dep: LocalDeployment;
  beforeAll(async () => {
    dep = await localDeployment({ evaluationMode: true });
  });
  afterAll(async () => {
    await dep.close();
  });

  it('encrypted decisions equal plaintext decisions on every FVC2002 pair', async () => {
    const { terminal, matcher, custodian } = dep;
    const T = matcher.fingerThreshold;
    let pairs = 0;
    let mismatches = 0;
    let matches = 0;
    const hash = new Uint8Array(32);
    for (const db of ['DB1_B', 'DB2_B', 'DB3_B', 'DB4_B']) {
      const dir = resolve(SHARED_DATA, 'fingerprint/fvc2002', db);
      const files = readdirSync(dir).filter((f) => f.endsWith('.iso')).sort();
      const vecs = files.map((f) => Array.from(minutiaeToVector(parseMinutiaeRecord(new Uint8Array(readFileSync(join(dir, f)))))));
      const q = vecs.map((v) => quantizeChunks(v, preset));
      expect(q[0]!.length).toBe(FINGER_CHUNKS); // FINGER_CHUNKS products per fingerprint, summed under encryption
      const dim = vecs[0]!.length;
      const refs = vecs.map((v, i) => matcher.loadChunks(terminal.encryptReference(testRef(`f${i}`), v, undefined, 'finger').ciphertext, dim));
      const probes = vecs.map((v, i) => matcher.loadChunks(terminal.buildVerifyRequest(testRef(`f${i}`), v, { amountMinor: 0n, currency: 'KZT' }, undefined, { modality: 'finger' }).probe, dim));
      for (let i = 0; i < vecs.length; i++) {
        for (let j = i + 1; j < vecs.length; j++) {
          const plain = chunkedScore(q[i]!, q[j]!);
          const blinded = matcher.blindedChunkedResult(hash, probes[i]!, refs[j]!, 'finger', dim);
          const d = await custodian.decide({ ...blinded, evaluation: undefined });
          if (d.match !== plain >= T) mismatches++;
          if (d.match) matches++;
          pairs++;
        }
      }
    }
    expect(pairs).toBe(4 * 3160);
    expect(mismatches).toBe(0);
    expect(matches).toBeGreaterThan(0);
  }, 600_000);

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

  it('16-chunk fingerprint decisions equal plaintext on every DB1 genuine pair and as many impostor pairs', async () => {
    const dir = resolve(SHARED_DATA, 'fingerprint/fvc2002', 'DB1_B');
    const files = readdirSync(dir).filter((f) => f.endsWith('.iso')).sort();
    const vecs = files.map((f) => Array.from(minutiaeToVector(parseMinutiaeRecord(new Uint8Array(readFileSync(join(dir, f)))))));
    const q = vecs.map((v) => quantizeChunks(v, auth));
    expect(q[0]!.length).toBe(Math.ceil(vecs[0]!.length / auth.maxDim));
    const { scoreThreshold } = await import('../src/templates/face.js');
    const { DEFAULT_FINGER_THRESHOLD_COSINE } = await import('../src/templates/thresholds.js');
    const T = scoreThreshold(DEFAULT_FINGER_THRESHOLD_COSINE, auth.quantScale);
    const ref = (i: number) => asSubjectRef(i.toString(16).padStart(64, '0'));
    for (let i = 0; i < vecs.length; i++) await dep.enroll(ref(i), vecs[i]!, 'finger');
    const finger = (f: string): string => f.split('_')[0]!;
    const genuine: [number, number][] = [];
    const impostor: [number, number][] = [];
    for (let i = 0; i < vecs.length; i++) for (let j = i + 1; j < vecs.length; j++) (finger(files[i]!) === finger(files[j]!) ? genuine : impostor).push([i, j]);
    const step = Math.floor(impostor.length / genuine.length);
    const chosen = [...genuine, ...impostor.filter((_, n) => n % step === 0).slice(0, genuine.length)];
    let mismatches = 0;
    let matches = 0;
    for (const [i, j] of chosen) {
      const d = await dep.verify(ref(j), vecs[i]!, 'finger');
      if (d.match !== chunkedScore(q[i]!, q[j]!) >= T) mismatches++;
      if (d.match) matches++;
    }
    expect(chosen.length).toBe(560);
    expect(mismatches).toBe(0);
    expect(matches).toBeGreaterThan(100);
    expect(dep.custodian.stats.alarms).toBe(0);
  }, 600_000);
});
