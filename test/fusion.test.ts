/**
 * Score-level fusion under encryption: the matcher combines the face and finger products with
 * integer weights into one blinded value; the custodian's single decision equals the plaintext
 * fused decision, and the evaluation score equals wFace*s_face + wFinger*s_finger exactly.
 * (Vectors here are stand-ins; accuracy of real fusion is measured in bench/accuracy-fusion.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Custodian } from '../src/custodian/custodian.js';
import { SealmatchError } from '../src/errors.js';
import { getPreset, LEGACY_1TO1_PRESET_ID } from '../src/params/presets.js';
import { Matcher } from '../src/verify/matcher/matcher.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { quantizeEmbedding, quantizedScore, scoreThreshold } from '../src/templates/face.js';
import { Terminal } from '../src/verify/terminal/terminal.js';
import { lfw, testRef } from './helpers.js';

// Legacy preset (matcher-side blinding, evaluation mode): fusion and exact chunk sums. The
// authenticated preset has no fusion yet (docs/THREAT-MODEL.md).
const preset = getPreset(LEGACY_1TO1_PRESET_ID);

describe('face + finger fusion under encryption', () => {
  let custodian: Custodian;
  let matcher: Matcher;
  let terminal: Terminal;
  const store = new SqliteStore(':memory:');
  const people = lfw();
  const fusion = { faceWeight: 2, fingerWeight: 3, thresholdCosine: 0.85 };

  beforeAll(async () => {
    const { secrets, bundle } = await Custodian.generateSecrets(preset.id);
    custodian = await Custodian.create({ secrets, evaluationMode: true });
    matcher = await Matcher.create({ presetId: preset.id, store, evaluationMode: true, fusion });
    terminal = await Terminal.create({ ...bundle, terminalId: 'desk' });
  });
  afterAll(async () => {
    terminal.delete();
    matcher.delete();
    custodian.delete();
    await store.close();
  });

  it('fused decisions and scores equal the plaintext fusion', async () => {
    const faceRef = people[0]!.embeddings[0]!;
    const fingerRef = people[5]!.embeddings[0]!; // stand-in vector for the finger modality
    await matcher.enroll(testRef('s1'), terminal.encryptReference(testRef('s1'), faceRef));
    await matcher.enroll(testRef('s1'), terminal.encryptReference(testRef('s1'), fingerRef, undefined, 'finger'));
    const T = (fusion.faceWeight + fusion.fingerWeight) * scoreThreshold(fusion.thresholdCosine, preset.quantScale);
    const cases = [
      [people[0]!.embeddings[1]!, people[5]!.embeddings[1]!],
      [people[0]!.embeddings[2]!, people[6]!.embeddings[0]!],
      [people[1]!.embeddings[0]!, people[5]!.embeddings[2]!],
      [people[2]!.embeddings[0]!, people[7]!.embeddings[0]!],
    ] as const;
    let matches = 0;
    for (const [face, finger] of cases) {
      const req = terminal.buildVerifyRequest(testRef('s1'), face, { amountMinor: 1n, currency: 'KZT' }, undefined, { fused: { modality: 'finger', embedding: finger } });
      const blinded = await matcher.verify(req);
      expect(blinded.scoreScale).toBe(5);
      const q = (v: number[]) => quantizeEmbedding(v, preset);
      const fused = fusion.faceWeight * quantizedScore(q(face), q(faceRef)) + fusion.fingerWeight * quantizedScore(q(finger), q(fingerRef));
      expect(custodian.revealScore(blinded)).toBe(fused);
      const d = await custodian.decide(blinded);
      expect(d.match).toBe(fused >= T);
      if (d.match) matches++;
      expect(terminal.acceptDecision(d, req)).toMatchObject({ verified: true, match: d.match });
    }
    expect(matches).toBeGreaterThan(0);
    expect(matches).toBeLessThan(cases.length);
  });

  it('finger alone uses the finger reference; a missing modality or same-modality fusion is refused', async () => {
    const req = terminal.buildVerifyRequest(testRef('s1'), people[5]!.embeddings[1]!, { amountMinor: 1n, currency: 'KZT' }, undefined, { modality: 'finger' });
    const q = (v: number[]) => quantizeEmbedding(v, preset);
    expect(custodian.revealScore(await matcher.verify(req))).toBe(quantizedScore(q(people[5]!.embeddings[1]!), q(people[5]!.embeddings[0]!)));
    await matcher.enroll(testRef('s2'), terminal.encryptReference(testRef('s2'), people[3]!.embeddings[0]!));
    const noFinger = terminal.buildVerifyRequest(testRef('s2'), people[3]!.embeddings[1]!, { amountMinor: 1n, currency: 'KZT' }, undefined, { fused: { modality: 'finger', embedding: people[5]!.embeddings[1]! } });
    await expect(matcher.verify(noFinger)).rejects.toMatchObject({ code: 'E_UNKNOWN_SUBJECT' });
    const same = terminal.buildVerifyRequest(testRef('s1'), people[0]!.embeddings[1]!, { amountMinor: 1n, currency: 'KZT' }, undefined, { fused: { modality: 'face', embedding: people[0]!.embeddings[2]! } });
    await expect(matcher.verify(same)).rejects.toBeInstanceOf(SealmatchError);
  });
});
