import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRef } from './helpers.js';
import { localDeployment, type LocalDeployment } from '../src/cli/session.js';
import { asyncErrorCode as code } from './helpers.js';
import { getPreset, LEGACY_1TO1_PRESET_ID } from '../src/params/presets.js';
import { quantizeEmbedding, quantizedScore, scoreThreshold, scoreToCosine, cosine } from '../src/templates/face.js';
import { verifyRequestHash } from '../src/wire/signing.js';
import type { VerifyRequest } from '../src/wire/messages.js';
import { Matcher } from '../src/verify/matcher/matcher.js';
import { Custodian } from '../src/custodian/custodian.js';
import { flatEmbeddings, lfw, lfwPairs } from './helpers.js';
import { FULL, nearThreshold, replay, sample } from './tier.js';

// The wave-1 preset (matcher-side blinding), decided in evaluation mode only: its exactness and
// evaluation path. The authenticated default preset: verify-authenticated.test.ts.
const preset = getPreset(LEGACY_1TO1_PRESET_ID);

describe('legacy (sm1, evaluation mode) encrypted 1:1 verification on LFW', () => {
  let dep: LocalDeployment;
  beforeAll(async () => {
    dep = await localDeployment({ evaluationMode: true });
  });
  afterAll(async () => {
    await dep.close();
  });

  it('encrypted decisions equal quantized plaintext decisions on LFW pairs (100% of them in the full tier)', async () => {
    const people = lfw();
    const flat = flatEmbeddings(people);
    const { terminal, matcher, custodian } = dep;
    const T = matcher.threshold;
    const q = flat.map((e) => quantizeEmbedding(e, preset));
    const all = lfwPairs(people);
    expect(all.length).toBe(20_910);
    // Fast tier: seeded genuine and impostor samples and the pairs nearest the threshold.
    const plainOf = (p: { ia: number; ib: number }): number => quantizedScore(q[p.ia]!, q[p.ib]!);
    const sampled = FULL ? all : [...sample(all.filter((p) => p.genuine), 100, 'verify-1to1/genuine'), ...sample(all.filter((p) => !p.genuine), 200, 'verify-1to1/impostor')];
    const pairs = FULL ? all : [...sampled, ...nearThreshold(all, plainOf, T, 10).filter((p) => !sampled.includes(p))];
    console.log(replay(`verify-1to1: ${pairs.length} of ${all.length} LFW pairs`));
    // Encrypt every embedding a pair uses once as probe and once as reference, then decide the pairs.
    const refs = new Map([...new Set(pairs.map((p) => p.ib))].map((i) => [i, matcher.load(terminal.encryptReference(testRef(`s${i}`), flat[i]!).ciphertext)]));
    const probes = new Map([...new Set(pairs.map((p) => p.ia))].map((i) => [i, matcher.load(terminal.buildVerifyRequest(testRef(`s${i}`), flat[i]!, { amountMinor: 0n, currency: 'KZT' }).probe)]));
    // Evaluation ciphertext (unblinded score) on every 25th pair (every 5th in the fast tier): it must equal the plaintext score.
    const evalEvery = FULL ? 25 : 5;
    const mismatches: string[] = [];
    let matches = 0;
    let scoreChecks = 0;
    const hash = new Uint8Array(32);
    for (let n = 0; n < pairs.length; n++) {
      const { ia, ib } = pairs[n]!;
      const plainScore = plainOf(pairs[n]!);
      const blinded = n % evalEvery === 0 ? matcher.blindedResult(hash, probes.get(ia)!, refs.get(ib)!) : { ...matcher.blindedResult(hash, probes.get(ia)!, refs.get(ib)!), evaluation: undefined };
      const decision = await custodian.decide(blinded);
      if (decision.match !== plainScore >= T) mismatches.push(`${ia}/${ib}`);
      if (decision.match) matches++;
      if (blinded.evaluation) {
        const s = custodian.revealScore(blinded);
        expect(s, replay(`score of pair ${ia}/${ib}`)).toBe(plainScore);
        expect(Math.abs(scoreToCosine(s, preset.quantScale) - cosine(pairs[n]!.a, pairs[n]!.b))).toBeLessThan(0.01);
        scoreChecks++;
      }
    }
    expect(mismatches, replay('pairs whose encrypted decision differs')).toEqual([]);
    expect(matches).toBeGreaterThan(0);
    expect(matches).toBeLessThan(pairs.length);
    expect(scoreChecks).toBe(Math.ceil(pairs.length / evalEvery));
    expect(scoreChecks).toBeGreaterThan(FULL ? 800 : 60);
  }, 1_800_000); // full tier: 20,910 pairs; ~20 min were seen on a loaded machine
});


describe('evaluation mode and request binding', () => {
  it('evaluation mode is refused when NODE_ENV=production', async () => {
    const prev = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const { SqliteStore } = await import('../src/store/sqlite.js');
      const store = new SqliteStore(':memory:');
      expect(await code(() => Matcher.create({ presetId: preset.id, store, evaluationMode: true }))).toBe('E_EVAL_MODE_FORBIDDEN');
      await store.close();
      const { secrets } = await Custodian.generateSecrets(preset.id);
      expect(await code(() => Custodian.create({ secrets, evaluationMode: true }))).toBe('E_EVAL_MODE_FORBIDDEN');
      // And outside evaluation mode the legacy preset is never decided.
      const c = await Custodian.create({ secrets });
      try {
        expect(await code(() => c.decide({ presetId: preset.id, requestHash: new Uint8Array(32), ciphertext: new Uint8Array(8) }))).toBe('E_UNAUTHORIZED');
      } finally {
        c.delete();
      }
    } finally {
      process.env.NODE_ENV = prev;
    }
  });

  it('request hashes bind every transaction field', async () => {
    const dep = await localDeployment({});
    try {
      const req: VerifyRequest = dep.terminal.buildVerifyRequest(testRef('1'), lfw()[0]!.embeddings[1]!, { amountMinor: 500_000n, currency: 'KZT' });
      const h = verifyRequestHash(req);
      for (const tx of [{ amountMinor: 1n }, { currency: 'USD' }, { terminalId: 'x' }, { nonce: 'ff' }, { timestampMs: 1 }]) {
        expect(verifyRequestHash({ ...req, transaction: { ...req.transaction, ...tx } })).not.toEqual(h);
      }
      expect(scoreThreshold(0.5, preset.quantScale)).toBe(51_200);
    } finally {
      await dep.close();
    }
  });
});
