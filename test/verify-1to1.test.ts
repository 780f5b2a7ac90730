import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDeployment, type LocalDeployment } from '../src/cli/session.js';
import { SealmatchError } from '../src/errors.js';
import { getPreset, DEFAULT_FACE_PRESET_ID } from '../src/he/presets.js';
import { quantizeEmbedding, quantizedScore, scoreThreshold, scoreToCosine, cosine } from '../src/templates/face.js';
import { verifyRequestHash } from '../src/wire/signing.js';
import type { VerifyRequest } from '../src/wire/messages.js';
import { Matcher } from '../src/matcher/matcher.js';
import { Custodian } from '../src/custodian/custodian.js';
import { flatEmbeddings, lfw, lfwPairs } from './helpers.js';

const preset = getPreset(DEFAULT_FACE_PRESET_ID);

async function code(f: () => unknown): Promise<string | undefined> {
  try {
    await f();
  } catch (e) {
    if (e instanceof SealmatchError) return e.code;
    throw e;
  }
  return undefined;
}

describe('encrypted 1:1 verification on LFW', () => {
  let dep: LocalDeployment;
  beforeAll(async () => {
    dep = await localDeployment({ evaluationMode: true });
  });
  afterAll(async () => {
    await dep.close();
  });

  it('encrypted decisions equal quantized plaintext decisions on 100% of LFW pairs', () => {
    const people = lfw();
    const flat = flatEmbeddings(people);
    const { terminal, matcher, custodian } = dep;
    const T = matcher.threshold;
    // Encrypt every embedding once as probe and once as reference, then decide every pair.
    const refs = flat.map((e, i) => matcher.load(terminal.encryptReference(`s${i}`, e).ciphertext));
    const probes = flat.map((e, i) => matcher.load(terminal.buildVerifyRequest(`s${i}`, e, { amountMinor: 0n, currency: 'KZT' }).probe));
    const q = flat.map((e) => quantizeEmbedding(e, preset));
    const pairs = lfwPairs(people);
    let mismatches = 0;
    let matches = 0;
    let scoreChecks = 0;
    const hash = new Uint8Array(32);
    for (let n = 0; n < pairs.length; n++) {
      const { ia, ib } = pairs[n]!;
      const plainScore = quantizedScore(q[ia]!, q[ib]!);
      // Evaluation ciphertext (unblinded score) on every 25th pair: it must equal the plaintext score.
      const blinded = n % 25 === 0 ? matcher.blindedResult(hash, probes[ia]!, refs[ib]!) : { ...matcher.blindedResult(hash, probes[ia]!, refs[ib]!), evaluation: undefined };
      const decision = custodian.decide(blinded);
      if (decision.match !== plainScore >= T) mismatches++;
      if (decision.match) matches++;
      if (blinded.evaluation) {
        const s = custodian.revealScore(blinded);
        expect(s).toBe(plainScore);
        expect(Math.abs(scoreToCosine(s, preset.quantScale) - cosine(pairs[n]!.a, pairs[n]!.b))).toBeLessThan(0.01);
        scoreChecks++;
      }
    }
    expect(pairs.length).toBe(20_910);
    expect(mismatches).toBe(0);
    expect(matches).toBeGreaterThan(0);
    expect(matches).toBeLessThan(pairs.length);
    expect(scoreChecks).toBeGreaterThan(800);
  }, 900_000);
});

describe('1:1 protocol properties and bad input', () => {
  let dep: LocalDeployment;
  const people = lfw();
  const alice = people[0]!.embeddings;
  const bob = people[1]!.embeddings;
  beforeAll(async () => {
    dep = await localDeployment({});
    await dep.matcher.enroll('alice', dep.terminal.encryptReference('alice', alice[0]!));
  });
  afterAll(async () => {
    await dep.close();
  });

  function request(embedding: number[], subject = 'alice'): VerifyRequest {
    return dep.terminal.buildVerifyRequest(subject, embedding, { amountMinor: 500_000n, currency: 'KZT' });
  }

  it('accepts the genuine customer and refuses an impostor', async () => {
    const g = request(alice[1]!);
    const gd = dep.custodian.decide(await dep.matcher.verify(g));
    expect(gd.match).toBe(true);
    expect(dep.terminal.acceptDecision(gd, g)).toBe(true);
    const i = request(bob[0]!);
    const id = dep.custodian.decide(await dep.matcher.verify(i));
    expect(id.match).toBe(false);
    expect(dep.terminal.acceptDecision(id, i)).toBe(true);
  });

  it('a decision verifies against its own request and fails against any other', async () => {
    const req = request(alice[1]!);
    const d = dep.custodian.decide(await dep.matcher.verify(req));
    expect(dep.terminal.acceptDecision(d, req)).toBe(true);
    const other = request(alice[1]!); // same person, new nonce
    expect(dep.terminal.acceptDecision(d, other)).toBe(false);
    expect(dep.terminal.acceptDecision(d, { ...req, transaction: { ...req.transaction, amountMinor: 1n } })).toBe(false);
    expect(dep.terminal.acceptDecision(d, { ...req, subjectRef: 'mallory' })).toBe(false);
    expect(dep.terminal.acceptDecision({ ...d, match: !d.match }, req)).toBe(false);
    const sig = d.signature.slice();
    sig[0] ^= 1;
    expect(dep.terminal.acceptDecision({ ...d, signature: sig }, req)).toBe(false);
  });

  it('the blinded value hides the score: two verifications of one pair differ in what the custodian decrypts', async () => {
    const req = request(alice[1]!);
    const a = await dep.matcher.verify(req);
    const b = await dep.matcher.verify(req);
    expect(a.ciphertext).not.toEqual(b.ciphertext);
    expect(a.evaluation).toBeUndefined();
    expect(await code(() => dep.custodian.revealScore(a))).toBe('E_EVAL_MODE_OFF');
  });

  it('bad inputs get typed errors and leave the store unchanged', async () => {
    const before = await dep.store.countReferences();
    const stored = await dep.store.getReference('alice');
    const t = dep.terminal;
    const good = request(alice[1]!);
    const tmpl = t.encryptReference('carol', alice[2]!);
    expect(await code(() => t.encryptReference('carol', [...alice[0]!.slice(1), NaN]))).toBe('E_NON_FINITE');
    expect(await code(() => t.encryptReference('carol', alice[0]!.map(() => 0)))).toBe('E_ZERO_VECTOR');
    expect(await code(() => t.encryptReference('carol', [...alice[0]!, Infinity]))).toBe('E_NON_FINITE');
    expect(await code(() => t.encryptReference('carol', alice[0]!.slice(0, 60)))).toBe('E_DIMENSION');
    expect(await code(() => t.encryptReference('carol', alice[0]!, 512))).toBe('E_DIMENSION');
    expect(await code(() => dep.matcher.enroll('carol', { ...tmpl, ciphertext: tmpl.ciphertext.subarray(0, 5000) }))).toBe('E_MALFORMED_CIPHERTEXT');
    expect(await code(() => dep.matcher.enroll('carol', { ...tmpl, ciphertext: new Uint8Array(92_198).fill(7) }))).toBe('E_MALFORMED_CIPHERTEXT');
    expect(await code(() => dep.matcher.enroll('carol', { ...tmpl, presetId: 'sm1-other' }))).toBe('E_PARAMS_MISMATCH');
    expect(await code(() => dep.matcher.enroll('carol', { ...tmpl, dim: 9000 }))).toBe('E_DIMENSION');
    // A reference made for another subject cannot be enrolled under this one.
    expect(await code(() => dep.matcher.enroll('carol', t.encryptReference('dave', alice[2]!)))).toBe('E_SUBJECT_MISMATCH');
    expect(await code(() => dep.matcher.enroll('alice', t.encryptReference('alice', alice[2]!)))).toBe('E_ALREADY_ENROLLED');
    expect(await code(() => dep.matcher.verify({ ...good, probe: good.probe.subarray(0, good.probe.length - 3) }))).toBe('E_MALFORMED_CIPHERTEXT');
    const renamed = good.probe.slice();
    renamed[6] ^= 0x20; // preset id byte changed: another parameter set
    expect(await code(() => dep.matcher.verify({ ...good, probe: renamed }))).toBe('E_PARAMS_MISMATCH');
    expect(await code(() => dep.matcher.verify({ ...good, subjectRef: 'nobody' }))).toBe('E_UNKNOWN_SUBJECT');
    expect(await code(() => dep.matcher.verify({ ...good, dim: 256 }))).toBe('E_DIMENSION');
    // A reference row that belongs to another subject (tampered store) is refused at verify.
    const tampered = { ...dep.store, getReference: async () => ({ ...stored!, subjectRef: 'mallory' }) };
    const m2 = await Matcher.create({ presetId: preset.id, store: tampered as unknown as typeof dep.store });
    try {
      expect(await code(() => m2.verify(good))).toBe('E_SUBJECT_MISMATCH');
    } finally {
      m2.delete();
    }
    // Custodian refuses results for another parameter set and garbage results.
    const br = await dep.matcher.verify(good);
    expect(await code(() => dep.custodian.decide({ ...br, presetId: 'sm1-other' }))).toBe('E_PARAMS_MISMATCH');
    expect(await code(() => dep.custodian.decide({ ...br, ciphertext: br.ciphertext.subarray(1) }))).toBe('E_MALFORMED_CIPHERTEXT');
    expect(await code(() => dep.custodian.decide({ ...br, requestHash: new Uint8Array(3) }))).toBe('E_MALFORMED_MESSAGE');
    // Nothing stored changed.
    expect(await dep.store.countReferences()).toBe(before);
    expect((await dep.store.getReference('alice'))!.ciphertext).toEqual(stored!.ciphertext);
    expect(await dep.store.getReference('carol')).toBeUndefined();
  });

  it('evaluation mode is refused when NODE_ENV=production', async () => {
    const prev = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(await code(() => Matcher.create({ presetId: preset.id, store: dep.store, evaluationMode: true }))).toBe('E_EVAL_MODE_FORBIDDEN');
      const { secrets } = await Custodian.generateSecrets(preset.id);
      expect(await code(() => Custodian.create({ secrets, evaluationMode: true }))).toBe('E_EVAL_MODE_FORBIDDEN');
    } finally {
      process.env.NODE_ENV = prev;
    }
  });

  it('request hashes bind every transaction field', () => {
    const req = request(alice[1]!);
    const h = verifyRequestHash(req);
    for (const tx of [{ amountMinor: 1n }, { currency: 'USD' }, { terminalId: 'x' }, { nonce: 'ff' }, { timestampMs: 1 }]) {
      expect(verifyRequestHash({ ...req, transaction: { ...req.transaction, ...tx } })).not.toEqual(h);
    }
    expect(scoreThreshold(0.5, preset.quantScale)).toBe(51_200);
  });
});
