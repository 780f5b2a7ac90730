/**
 * 1:1 verification benchmark, 512-D, sealmatch vs the naive node-seal CKKS baseline measured in
 * the same run. "Server match" = from deserialized ciphertexts to the serialized result ready to
 * send. "End to end" = terminal encrypt + matcher (load, compute) + custodian decrypt and sign +
 * terminal signature check.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { localDeployment } from '../src/cli/session.js';
import { NaiveCkks } from '../src/he/baseline/naive-ckks.js';
import { wasmHeapBytes } from '../src/he/seal.js';
import { verifyRequestHash } from '../src/wire/signing.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedDataDir } from '../src/cli/lfw.js';
import { parseMinutiaeRecord } from '../src/templates/fingerprint/parse.js';
import { minutiaeToVector } from '../src/templates/fingerprint/representation.js';
import { medianMs, round, unitVectors } from './harness.js';

export interface FingerBenchResult {
  /** Chunks (1024-value products) per fingerprint template. */
  chunks: number;
  probeBytes: number;
  serverMatchMs: number;
  /** Terminal side: minutiae record -> vector, one impression. */
  representationMs: number;
}

export interface VerifyBenchResult {
  finger?: FingerBenchResult;
  verify: { serverMatchMs: number; endToEndMs: number; probeBytes: number; matcherKeyBytes: number; referenceBytes: number; resultBytes: number };
  naive: { serverMatchMs: number; endToEndMs: number; probeBytes: number; matcherKeyBytes: number };
  ratios: { serverMatch: number; endToEnd: number };
  heap: { verifies: number; beforeBytes: number; afterBytes: number; growth: number };
}

export async function benchVerify(opts: { dim?: number; heapVerifies?: number; timeMs?: number; log?: (s: string) => void }): Promise<VerifyBenchResult> {
  const dim = opts.dim ?? 512;
  const log = opts.log ?? (() => {});
  const [g, p] = unitVectors(2, dim, 7);
  const probeVec = Array.from(p!, (v, i) => 0.6 * v + 0.4 * g![i]!);

  const dep = await localDeployment({ evaluationMode: true });
  const naive = await NaiveCkks.create(dim);
  try {
    const { terminal, matcher, custodian } = dep;
    const subject = 'bench-subject';
    const reference = terminal.encryptReference(subject, g!);
    await matcher.enroll(subject, reference);
    const request = terminal.buildVerifyRequest(subject, probeVec, { amountMinor: 1n, currency: 'KZT' });
    const probe = matcher.load(request.probe);
    const ref = matcher.load(reference.ciphertext);
    const requestHash = verifyRequestHash(request);
    let resultBytes = 0;
    log('sealmatch server match...');
    const serverMatchMs = await medianMs('sealmatch server match', () => {
      resultBytes = matcher.blindedResult(requestHash, probe, ref).ciphertext.length;
    }, opts.timeMs);
    log('sealmatch end to end...');
    const endToEndMs = await medianMs('sealmatch end to end', async () => {
      const req = terminal.buildVerifyRequest(subject, probeVec, { amountMinor: 1n, currency: 'KZT' });
      const decision = await custodian.decide(await matcher.verify(req));
      if (!terminal.acceptDecision(decision, req)) throw new Error('decision did not verify');
    }, opts.timeMs);

    // Naive: same vectors, same signing work around it.
    const signKey = ed25519.utils.randomSecretKey();
    const signPub = ed25519.getPublicKey(signKey);
    const naiveRef = naive.encrypt(g!);
    const naiveProbe = naive.encrypt(probeVec);
    const a = naive.load(naiveProbe);
    const b = naive.load(naiveRef);
    log('naive server match...');
    const naiveServerMs = await medianMs('naive server match', () => naive.match(a, b), opts.timeMs);
    log('naive end to end...');
    const naiveEndMs = await medianMs('naive end to end', () => {
      const pr = naive.encrypt(probeVec);
      const x = naive.load(pr);
      const y = naive.load(naiveRef);
      try {
        const score = naive.decrypt(naive.match(x, y));
        const msg = new TextEncoder().encode(`decision:${score > 0.5}`);
        if (!ed25519.verify(ed25519.sign(msg, signKey), msg, signPub)) throw new Error('bad signature');
      } finally {
        x.delete();
        y.delete();
      }
    }, opts.timeMs);
    a.delete();
    b.delete();

    // Fingerprint: the same matcher, FVC2002 records through the representation.
    log('fingerprint server match...');
    const rec = (f: string) => parseMinutiaeRecord(new Uint8Array(readFileSync(resolve(sharedDataDir(), 'fingerprint/fvc2002/DB1_B', f))));
    const fRef = Array.from(minutiaeToVector(rec('101_1.iso'))); // first call also builds the model
    const t0 = performance.now();
    const fProbe = Array.from(minutiaeToVector(rec('101_2.iso')));
    const representationMs = performance.now() - t0;
    const fRefCt = terminal.encryptReference('finger-subject', fRef, undefined, 'finger');
    const fReq = terminal.buildVerifyRequest('finger-subject', fProbe, { amountMinor: 1n, currency: 'KZT' }, undefined, { modality: 'finger' });
    const fp = matcher.loadChunks(fReq.probe, fReq.dim);
    const fr = matcher.loadChunks(fRefCt.ciphertext, fRefCt.dim);
    const fingerServerMs = await medianMs('sealmatch finger server match', () => matcher.blindedChunkedResult(requestHash, fp, fr, 'finger', fReq.dim), opts.timeMs);
    const finger: FingerBenchResult = { chunks: fp.length, probeBytes: fReq.probe.length, serverMatchMs: round(fingerServerMs, 4), representationMs: round(representationMs, 1) };

    const verifies = opts.heapVerifies ?? 10_000;
    log(`heap: ${verifies} verifies...`);
    const beforeBytes = wasmHeapBytes();
    for (let i = 0; i < verifies; i++) {
      const req = terminal.buildVerifyRequest(subject, probeVec, { amountMinor: 1n, currency: 'KZT' });
      await custodian.decide(await matcher.verify(req));
    }
    const afterBytes = wasmHeapBytes();

    return {
      verify: {
        serverMatchMs: round(serverMatchMs, 4),
        endToEndMs: round(endToEndMs, 3),
        probeBytes: request.probe.length,
        // The matcher is constructed with no key material; no key loader is reachable from it
        // (test/matcher-holds-no-key.test.ts), so there is nothing to measure but zero.
        matcherKeyBytes: 0,
        referenceBytes: reference.ciphertext.length,
        resultBytes,
      },
      naive: {
        serverMatchMs: round(naiveServerMs, 4),
        endToEndMs: round(naiveEndMs, 3),
        probeBytes: naiveProbe.length,
        matcherKeyBytes: naive.galoisKeyBytes + naive.relinKeyBytes,
      },
      finger,
      ratios: { serverMatch: round(naiveServerMs / serverMatchMs, 1), endToEnd: round(naiveEndMs / endToEndMs, 2) },
      heap: { verifies, beforeBytes, afterBytes, growth: round(afterBytes / beforeBytes - 1, 4) },
    };
  } finally {
    naive.delete();
    await dep.close();
  }
}
