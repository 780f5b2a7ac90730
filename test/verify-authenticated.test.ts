/**
 * Authenticated 1:1 verification (sm2) end to end in process: terminal signs, matcher computes,
 * the custodian authenticates the request and the result itself. Decisions equal the quantized
 * plaintext decisions on real LFW pairs; the custodian's audit log has exactly one leaf per
 * decryption; bad requests are refused before any decryption.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDeployment, type LocalDeployment } from '../src/cli/session.js';
import { SealmatchError } from '../src/errors.js';
import { DEFAULT_FACE_PRESET_ID, getPreset } from '../src/he/presets.js';
import { quantizeChunks, chunkedScore } from '../src/templates/chunks.js';
import { scoreThreshold } from '../src/templates/face.js';
import { flatEmbeddings, lfw, lfwPairs } from './helpers.js';

const preset = getPreset(DEFAULT_FACE_PRESET_ID);

async function code(f: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await f();
  } catch (e) {
    if (e instanceof SealmatchError) return e.code;
    throw e;
  }
  return undefined;
}

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

  it('decisions equal quantized plaintext decisions on every genuine pair and as many impostor pairs', async () => {
    const people = lfw();
    const flat = flatEmbeddings(people);
    const q = flat.map((e) => quantizeChunks(e, preset));
    const T = scoreThreshold(preset.defaultThresholdCosine, preset.quantScale);
    for (let i = 0; i < flat.length; i++) await dep.enroll(`${i.toString(16).padStart(64, '0')}`, flat[i]!);
    const pairs = lfwPairs(people);
    const genuine = pairs.filter((p) => p.genuine);
    // A fixed, spread selection of impostor pairs, as many as the genuine ones.
    const impostors = pairs.filter((p) => !p.genuine).filter((_, n, all) => n % Math.floor(all.length / genuine.length) === 0).slice(0, genuine.length);
    const chosen = [...genuine, ...impostors];
    const before = dep.custodian.state.audit.size;
    let mismatches = 0;
    let matches = 0;
    for (const { ia, ib } of chosen) {
      const d = await dep.verify(`${ib.toString(16).padStart(64, '0')}`, flat[ia]!);
      const plain = chunkedScore(q[ia]!, q[ib]!) >= T;
      if (d.match !== plain) mismatches++;
      if (d.match) matches++;
    }
    expect(mismatches).toBe(0);
    expect(matches).toBeGreaterThan(genuine.length / 2);
    expect(matches).toBeLessThan(chosen.length - impostors.length / 2);
    // One custodian audit leaf per decryption, and every one of them a decision.
    expect(dep.custodian.state.audit.size - before).toBe(chosen.length);
    expect(dep.custodian.stats.decryptions).toBe(chosen.length);
    expect(dep.custodian.stats.alarms).toBe(0);
  }, 600_000);

  it('refuses a replayed result before decrypting (one decryption per signed request)', async () => {
    const people = lfw();
    const subject = 'a'.repeat(64);
    await dep.enroll(subject, people[0]!.embeddings[0]!);
    const { result } = await dep.prepareVerify(subject, people[0]!.embeddings[1]!);
    const n0 = dep.custodian.stats.decryptions;
    expect((await dep.custodian.decide(result)).match).toBe(true);
    expect(await code(() => dep.custodian.decide(result))).toBe('E_REPLAY');
    expect(dep.custodian.stats.decryptions).toBe(n0 + 1);
  });

  it('refuses a result with no signed request, an unknown key or a tampered request before decrypting', async () => {
    const people = lfw();
    const subject = 'b'.repeat(64);
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
    const subject = 'c'.repeat(64);
    await dep.enroll(subject, people[2]!.embeddings[0]!);
    const { result } = await dep.prepareVerify(subject, people[2]!.embeddings[1]!);
    await dep.custodian.forgetReference(dep.signDelete(subject));
    expect(await code(() => dep.custodian.decide(result))).toBe('E_UNKNOWN_SUBJECT');
  });
});
