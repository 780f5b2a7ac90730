// Attacker: a MALICIOUS MATCHER. It holds every stored reference ciphertext (fused references
// included: every part's chunk containers), every probe and every terminal-signed request (exact
// SignedRequest bytes, incl. the sealed MAC envelope); it holds the custodian bearer token (one
// matcher credential) and computes whatever it likes on the chunk containers with the matcher's
// own residue arithmetic (sums of chunk products with any integer weights, any subset of chunks,
// chunks of another subject's reference). It has NOT the terminals' device keys, the custodian's
// HE secret key, seal (X25519) key or decision key, nor any MAC seed. Terminals and custodian honest.
/**
 * Red team, fused references on the authenticated preset (sm2): the matcher tries to change what
 * a fused decision is made of, part by part, against the REAL custodian of an in-process
 * deployment. Families, each on fresh signed requests of both compositions:
 *   - drop a part (sum the chunk products of one part only);
 *   - swap a part's product for another subject's (that part's chunks multiplied with the other
 *     subject's reference of the same composition);
 *   - rescale a part's product (weights 2, 6, or the face part down to 1: the matcher applying its
 *     own fusion weights);
 *   - an impostor request whose part is swapped for the probe of an old genuine request.
 * Every attempt must be E_RESULT_UNAUTHENTIC after exactly one decryption, with one alarm and one
 * 'alarm' audit leaf naming the request; no attempt obtains a signed decision. Honest controls on
 * the same subjects decide as the plaintext does (genuine MATCH, impostor NO MATCH).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDeployment, type LocalDeployment } from '../../src/cli/session.js';
import { SealmatchError } from '../../src/errors.js';
import { VerifyComputation, type LoadedCiphertext } from '../../src/he/kernel/verify-computation.js';
import { DEFAULT_FACE_PRESET_ID, getPreset } from '../../src/params/presets.js';
import { chunkCount } from '../../src/templates/chunks.js';
import { minutiaeToVector } from '../../src/templates/fingerprint/representation.js';
import { parseMinutiaeRecord } from '../../src/templates/fingerprint/parse.js';
import type { CompositeModality } from '../../src/templates/fusion.js';
import type { BlindedResult, EncryptedTemplate, VerifyRequest } from '../../src/wire/messages.js';
import { lfw, SHARED_DATA, testRef } from '../helpers.js';
import { tiered } from '../tier.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const presetId = DEFAULT_FACE_PRESET_ID;
const preset = getPreset(presetId);
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const fingerVectors = new Map<string, Float64Array>();
const finger = (f: number, i: number): Float64Array => {
  let v = fingerVectors.get(`${f}_${i}`);
  if (!v) fingerVectors.set(`${f}_${i}`, (v = minutiaeToVector(parseMinutiaeRecord(new Uint8Array(readFileSync(resolve(SHARED_DATA, 'fingerprint/fvc2002/DB2_B', `${f}_${i}.iso`)))))));
  return v;
};

// Fast tier: one of the two compositions (seeded); both in the full tier.
const COMPOSITIONS_TESTED = tiered(['finger+finger', 'face+finger'] as const, 1, 'fused-oracle/composition');

describe('fused references vs a malicious matcher (sm2-bgv4096-1to1-auth)', () => {
  let dep: LocalDeployment;
  let vc: VerifyComputation;
  const people = lfw();
  const report: Record<string, { trials: number; refused: number; alarms: number; decisions: number }> = {};
  /** Parts of identity k (impression i): two fingers of DB2_B, or LFW person k + one finger. */
  const parts = (m: CompositeModality, k: number, i: number): ArrayLike<number>[] =>
    m === 'finger+finger' ? [finger(101 + 2 * k, i), finger(102 + 2 * k, i)] : [people[k]!.embeddings[i]!, finger(101 + k, i)];
  const subject = (m: CompositeModality, k: number) => testRef(`fused-oracle/${m}/${k}`);
  const templates = new Map<string, EncryptedTemplate>();

  beforeAll(async () => {
    dep = await localDeployment({});
    vc = await VerifyComputation.create(presetId);
    for (const m of COMPOSITIONS_TESTED) {
      for (const k of [0, 1]) templates.set(`${m}/${k}`, await dep.enrollFused(subject(m, k), m, parts(m, k, 1)));
    }
  }, 120_000);
  afterAll(async () => {
    console.log(JSON.stringify({ test: 'fused-oracle', families: report }));
    vc?.delete();
    await dep?.close();
  });

  /** The chunk containers of a fused template or probe, split per part. */
  function split(bytes: Uint8Array, partDims: readonly number[]): LoadedCiphertext[][] {
    const all = vc.loadChunks(bytes, partDims.reduce((n, d) => n + chunkCount(d, preset), 0));
    let at = 0;
    return partDims.map((d) => {
      const k = chunkCount(d, preset);
      at += k;
      return all.slice(at - k, at);
    });
  }

  /** Sum over the given parts of w * (probe part chunks (x) reference part chunks), masked as the matcher masks. */
  function craft(terms: { probes: LoadedCiphertext[]; refs: LoadedCiphertext[]; weight: number }[]): Uint8Array {
    return vc.computeWeighted(terms.flatMap((x) => x.probes.map((probe, c) => ({ probe, reference: x.refs[c]!, weight: x.weight }))), { factor: 1, offset: 0 });
  }

  async function attempt(family: string, result: BlindedResult): Promise<void> {
    const credential = `atk-${family}`;
    await dep.custodian.reenable(credential);
    const s0 = { ...dep.custodian.stats, audit: dep.custodian.state.audit.size };
    const row = (report[family] ??= { trials: 0, refused: 0, alarms: 0, decisions: 0 });
    row.trials++;
    let code = 'DECISION';
    try {
      await dep.custodian.decide(result, { credential });
      row.decisions++;
    } catch (e) {
      if (!(e instanceof SealmatchError)) throw e;
      code = e.code;
      if (code === 'E_RESULT_UNAUTHENTIC') {
        row.refused++;
        const leaf = await dep.custodian.state.audit.entry(e.details!['auditSeq'] as number);
        expect(leaf.outcome).toBe('alarm');
        expect(leaf.reason).toBe('E_RESULT_UNAUTHENTIC');
        expect(leaf.requestHash).toBe(hex(result.requestHash));
      }
    }
    expect(code, family).toBe('E_RESULT_UNAUTHENTIC');
    expect(dep.custodian.stats.decryptions).toBe(s0.decryptions + 1);
    expect(dep.custodian.stats.alarms).toBe(s0.alarms + 1);
    expect(dep.custodian.state.audit.size).toBe(s0.audit + 1);
    row.alarms += dep.custodian.stats.alarms - s0.alarms;
  }

  for (const m of COMPOSITIONS_TESTED) {
    it(`${m}: honest controls decide; dropping, swapping or rescaling one part is refused with an alarm`, async () => {
      const A = subject(m, 0);
      const refA = templates.get(`${m}/0`)!;
      const refB = templates.get(`${m}/1`)!;
      const dims = refA.partDims!;
      const refPartsA = split(refA.ciphertext, dims);
      const refPartsB = split(refB.ciphertext, dims);

      // Controls: the honest computation decides as the plaintext does.
      const genuine = await dep.prepareVerifyFused(A, m, parts(m, 0, 2));
      expect((await dep.custodian.decide(genuine.result)).match).toBe(true);
      const control = await dep.prepareVerifyFused(A, m, parts(m, 1, 2));
      expect((await dep.custodian.decide(control.result)).match).toBe(false);

      /** A fresh signed impostor request for A (identity 1's parts) and its probe parts. */
      const impostor = async (): Promise<{ request: VerifyRequest; result: BlindedResult; probe: LoadedCiphertext[][] }> => {
        const r = await dep.prepareVerifyFused(A, m, parts(m, 1, 3));
        return { ...r, probe: split(r.request.probe, r.request.partDims!) };
      };
      for (const drop of [0, 1]) {
        const r = await impostor();
        const keep = 1 - drop;
        await attempt(`${m}/drop-part-${drop}`, { ...r.result, ciphertext: craft([{ probes: r.probe[keep]!, refs: refPartsA[keep]!, weight: 1 }]) });
      }
      for (const swap of [0, 1]) {
        const r = await impostor();
        const terms = [0, 1].map((p) => ({ probes: r.probe[p]!, refs: (p === swap ? refPartsB : refPartsA)[p]!, weight: 1 }));
        await attempt(`${m}/swap-part-${swap}-for-other-subject`, { ...r.result, ciphertext: craft(terms) });
      }
      for (const [part, weight] of [[0, 2], [1, 2], [1, 6], [0, 0 + 3]] as const) {
        const r = await impostor();
        const terms = [0, 1].map((p) => ({ probes: r.probe[p]!, refs: refPartsA[p]!, weight: p === part ? weight : 1 }));
        await attempt(`${m}/rescale-part-${part}-by-${weight}`, { ...r.result, ciphertext: craft(terms) });
      }
      {
        // Splice: the impostor request's part 0 product replaced by the old genuine probe's.
        const r = await impostor();
        const old = split(genuine.request.probe, genuine.request.partDims!);
        const terms = [{ probes: old[0]!, refs: refPartsA[0]!, weight: 1 }, { probes: r.probe[1]!, refs: refPartsA[1]!, weight: 1 }];
        await attempt(`${m}/splice-old-genuine-part`, { ...r.result, ciphertext: craft(terms) });
      }
      // The honest computation on the last impostor request still decides NO MATCH.
      const last = await impostor();
      expect((await dep.custodian.decide(last.result)).match).toBe(false);
    }, 180_000);
  }
});
