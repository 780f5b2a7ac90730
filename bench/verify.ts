/**
 * 1:1 verification benchmark, 512-D face and 8,192-value fingerprint, three pipelines in one run:
 *   - sm1 `sm1-bgv4096-face-1to1` (LEGACY_1TO1_PRESET_ID): wave-1, matcher-side blinding r(s-T)+r';
 *     its custodian decides only in evaluation mode, so it runs in evaluation mode here. The
 *     matcher does NOT (an evaluation-mode matcher computes a second, unblinded product and sends
 *     it too): it is a plain wave-1 Matcher on the deployment's store.
 *   - sm2 `sm2-bgv4096-1to1-auth` (the default): authenticated results (docs/THREAT-MODEL.md).
 *   - the naive node-seal CKKS baseline (bench/baseline/naive-ckks.ts).
 * Every sealmatch metric is measured for sm1 and then sm2 back to back, so both see the same
 * machine state. What is timed (tinybench medians):
 *   - terminal build: Terminal.buildVerifyRequest (quantize, encode, encrypt; sm2 also rho/rho',
 *     the MAC blocks and the HPKE seal of the request's MAC seed). terminal sign: the Ed25519
 *     signature over the encoded request, which every terminal sends on the wire (sm1: checked by
 *     the matcher's server only; sm2: also by the custodian).
 *   - server match: Matcher.computeVerify on a job from Matcher.loadVerify (validated, loaded
 *     probe and reference -> serialized result), i.e. Matcher.verify minus validation and store
 *     lookup. sm1: product, x r, + r', mask; sm2: product and a mask keeping the six check
 *     coefficients, no scalar. Each timed function's output is decided once by the custodian.
 *   - matcher verify: Matcher.verify from the request object (probe validation, reference lookup in
 *     the in-memory SQLite store, reference validation, compute).
 *   - custodian decide: Custodian.decide, each call on a FRESH signed request and its result, built
 *     in tinybench's beforeEach hook (untimed). sm1: decrypt one coefficient, range check, sign.
 *     sm2: suspension check, the terminal's signature against the custodian's own registry,
 *     timestamp window, envelope open (HPKE), MAC key derivation, container parse, then one
 *     transaction on its (in-memory SQLite) state: nonce claim, decrypt six coefficients, tag
 *     equations and range, audit leaf; then sign.
 *   - custodian parts (custodianParts): decrypt, decision signature and, for sm2, the request
 *     signature check, envelope open and MAC key derivation, each alone with the same library calls
 *     on the bench's own keys; the remainder of decide is parsing, checks, state and audit.
 *   - end to end: build + sign + Matcher.verify + Custodian.decide + Terminal.acceptDecision.
 * Heap: SEAL's and the residue kernel's WebAssembly memories before/after N full verifies per
 * preset (both never shrink: a per-request leak shows as growth).
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localDeployment, type LocalDeployment } from '../src/cli/session.js';
import { Custodian } from '../src/custodian/custodian.js';
import { CHECK_COEFFICIENTS } from '../src/params/authenticated-layout.js';
import { scoreIndex } from '../src/he/codec/coefficient-encoding.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientDecryptor } from '../src/he/seal/decryptor.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { macKeysFor } from '../src/verify/mac-keys.js';
import { NaiveCkks } from './baseline/naive-ckks.js';
import { wasmKernelHeapBytes } from '../src/he/kernel/residue-kernel.js';
import { asPresetId, DEFAULT_FACE_PRESET_ID, LEGACY_1TO1_PRESET_ID } from '../src/params/presets.js';
import { wasmHeapBytes } from '../src/he/seal/seal.js';
import { VerifyComputation } from '../src/he/kernel/verify-computation.js';
import { Matcher } from '../src/verify/matcher/matcher.js';
import { sharedDataDir } from '../src/cli/lfw.js';
import { chunkCount } from '../src/templates/chunks.js';
import { parseMinutiaeRecord } from '../src/templates/fingerprint/parse.js';
import { minutiaeToVector } from '../src/templates/fingerprint/representation.js';
import { encodeBlindedResult, encodeVerifyRequest } from '../src/wire/codec.js';
import { sha256 } from '../src/wire/digest.js';
import { asSubjectRef, type SubjectRef } from '../src/subjects/subject-reference.js';
import { hpkeGenerateKeyPair } from '../src/wire/hpke.js';
import { openRequestSeed, sealRequestSeed } from '../src/verify/messages/mac-envelope.js';
import { decodeSignedRequest, verifyRequestSignature } from '../src/wire/signed-request.js';
import type { BlindedResult, EncryptedTemplate, Modality, VerifyRequest } from '../src/wire/messages.js';
import { decisionSigningBytes, verifyRequestHash } from '../src/wire/signing.js';
import { medianMs, round, unitVectors, type MedianOptions } from './harness.js';

type Which = 'sm1' | 'sm2';

/** One preset's 1:1 figures (face unless stated). */
export interface OneToOneFigures {
  presetId: string;
  terminalBuildMs: number;
  terminalSignMs: number;
  /** sm2: HPKE seal of the 32-byte request seed alone (inside terminalBuildMs). */
  terminalSealMs?: number;
  serverMatchMs: number;
  matcherVerifyMs: number;
  custodianDecideMs: number;
  endToEndMs: number;
  probeBytes: number;
  referenceBytes: number;
  /** The result ciphertext container. */
  resultBytes: number;
  /** Sealed MAC-seed envelope in the request (sm2; 0 for sm1). */
  requestEnvelopeBytes: number;
  /** Sealed MAC-seed envelope in the enrollment template (sm2; 0 for sm1). */
  referenceEnvelopeBytes: number;
  /** Encoded VerifyRequest (probe, transaction, key id, envelope). */
  verifyRequestBytes: number;
  /** Encoded SignedRequest (terminal -> matcher; sm2: also forwarded to the custodian). */
  signedRequestBytes: number;
  /** Encoded BlindedResult, matcher -> custodian (sm2 carries the signed request). */
  resultMessageBytes: number;
  /** The matcher holds no key material at all (test/matcher-holds-no-key.test.ts). */
  matcherKeyBytes: 0;
}

/**
 * Parts of Custodian.decide timed on their own with the same library calls, on key material of
 * the bench's own (the deployment's secrets are not reachable): what the decision costs where.
 * The remainder (decide - sum of parts) is parsing, checks, state transaction and audit leaf.
 */
export interface CustodianParts {
  /** CoefficientDecryptor: sm1 one coefficient, sm2 the six check coefficients, of a size-3 result. */
  decryptMs: number;
  /** Ed25519 signature of the decision (both presets). */
  decisionSignMs: number;
  /** sm2: decode the SignedRequest and verify the terminal's Ed25519 signature over it. */
  requestSignatureMs?: number;
  /** sm2: open the request's HPKE envelope (X25519, HKDF-SHA256, ChaCha20-Poly1305). */
  envelopeOpenMs?: number;
  /** sm2: derive the request's and the reference's MAC keys from their seeds. */
  macKeysMs?: number;
  /** decide median - the parts above. */
  remainderMs: number;
}

export interface FingerFigures {
  presetId: string;
  /** Chunks (products summed under encryption) per 8,192-value template. */
  chunks: number;
  probeBytes: number;
  resultBytes: number;
  serverMatchMs: number;
  endToEndMs: number;
}

export interface HeapFigures {
  verifies: number;
  sealBeforeBytes: number;
  sealAfterBytes: number;
  kernelBeforeBytes: number;
  kernelAfterBytes: number;
  /** SEAL heap after / before - 1. */
  growth: number;
  /** Mean wall time of a full verify over the first and the last tenth of the loop (drift check). */
  msPerVerifyFirstTenth: number;
  msPerVerifyLastTenth: number;
}

export interface VerifyBenchResult {
  verify: Record<Which, OneToOneFigures>;
  finger: { representationMs: number; background: 'shipped' | 'none' } & Record<Which, FingerFigures>;
  naive: { serverMatchMs: number; endToEndMs: number; probeBytes: number; matcherKeyBytes: number };
  /** naive / sealmatch. */
  ratios: Record<Which, { serverMatch: number; endToEnd: number }>;
  /** sm2 - sm1 (ms; bytes): the cost of authenticated results, per party, in this run. */
  authCost: {
    terminalBuildMs: number;
    matcherServerMatchMs: number;
    matcherVerifyMs: number;
    custodianDecideMs: number;
    endToEndMs: number;
    fingerServerMatchMs: number;
    fingerEndToEndMs: number;
    resultMessageBytes: number;
    requestEnvelopeBytes: number;
  };
  heap: Record<Which, HeapFigures>;
  custodianParts: Record<Which, CustodianParts>;
}

interface Stack {
  readonly which: Which;
  readonly dep: LocalDeployment;
  /** sm1: a wave-1 matcher without evaluation mode; sm2: the deployment's matcher. */
  readonly matcher: Matcher;
  readonly face: EncryptedTemplate;
  readonly finger: EncryptedTemplate;
}

const FACE_SUBJECT = asSubjectRef('ab'.repeat(32));
const FINGER_SUBJECT = asSubjectRef('cd'.repeat(32));
const tx = () => ({ amountMinor: 1n, currency: 'KZT' });

function build(s: Stack, subject: SubjectRef, vec: ArrayLike<number>, modality: Modality): VerifyRequest {
  return s.dep.terminal.buildVerifyRequest(subject, vec, tx(), undefined, { modality });
}

function serve(s: Stack, req: VerifyRequest, signed: Uint8Array): Promise<BlindedResult> {
  return s.matcher.verify(req, s.which === 'sm2' ? signed : undefined);
}

/** One full verify: build, sign, match, decide, and the terminal's check of the decision. */
async function verifyOnce(s: Stack, subject: SubjectRef, vec: ArrayLike<number>, modality: Modality): Promise<void> {
  const req = build(s, subject, vec, modality);
  const decision = await s.dep.custodian.decide(await serve(s, req, s.dep.signVerify(req)));
  if (!s.dep.terminal.acceptDecision(decision, req).verified) throw new Error(`${s.which}: decision did not verify`);
}

/**
 * The server-match function for `req`: Matcher.computeVerify on the job Matcher.loadVerify built
 * once (probe and reference validated and loaded), i.e. Matcher.verify minus validation and store
 * lookup. Its output is decided once by the custodian first (sanity check).
 */
async function serverMatch(s: Stack, req: VerifyRequest, signed: Uint8Array): Promise<{ fn: () => Uint8Array; chunks: number }> {
  const requestHash = verifyRequestHash(req);
  const job = await s.matcher.loadVerify(req);
  const signedArg = s.which === 'sm2' ? signed : undefined;
  const compute = (): BlindedResult => s.matcher.computeVerify(job, requestHash, signedArg);
  const decision = await s.dep.custodian.decide(compute());
  if (!s.dep.terminal.acceptDecision(decision, req).verified) throw new Error(`${s.which}: the timed computation's result did not decide`);
  return { fn: () => compute().ciphertext, chunks: job.primary.probes.length };
}

/** Custodian.decide, each call on a fresh signed request's result built untimed beforehand. */
function decideMs(s: Stack, subject: SubjectRef, vec: ArrayLike<number>, modality: Modality, timeMs: number, limits: MedianOptions): Promise<number> {
  let pending: BlindedResult | undefined;
  return medianMs(`${s.which} custodian decide`, async () => {
    const r = pending;
    pending = undefined;
    if (!r) throw new Error('no fresh result prepared');
    await s.dep.custodian.decide(r);
  }, timeMs, {
    ...limits,
    beforeEach: async () => {
      const req = build(s, subject, vec, modality);
      pending = await serve(s, req, s.dep.signVerify(req));
    },
  });
}

async function heapLoop(s: Stack, verifies: number, vec: ArrayLike<number>, log: (m: string) => void): Promise<HeapFigures> {
  const sealBeforeBytes = wasmHeapBytes();
  const kernelBeforeBytes = wasmKernelHeapBytes();
  const times: number[] = [];
  for (let i = 0; i < verifies; i++) {
    const t0 = performance.now();
    await verifyOnce(s, FACE_SUBJECT, vec, 'face');
    times.push(performance.now() - t0);
    if (i % 2500 === 2499) log(`  ${s.which} ${i + 1}/${verifies}`);
  }
  const sealAfterBytes = wasmHeapBytes();
  const tenth = Math.max(1, Math.floor(verifies / 10));
  const mean = (xs: number[]): number => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length, 3) : 0);
  return {
    verifies,
    sealBeforeBytes,
    sealAfterBytes,
    kernelBeforeBytes,
    kernelAfterBytes: wasmKernelHeapBytes(),
    growth: sealBeforeBytes ? round(sealAfterBytes / sealBeforeBytes - 1, 4) : 0,
    msPerVerifyFirstTenth: mean(times.slice(0, tenth)),
    msPerVerifyLastTenth: mean(times.slice(-tenth)),
  };
}

/** Times the parts of Custodian.decide (CustodianParts) for `s`'s preset. */
async function custodianParts(s: Stack, req: VerifyRequest, signed: Uint8Array, time: (name: string, fn: () => unknown) => Promise<number>): Promise<Omit<CustodianParts, 'remainderMs'>> {
  const presetId = s.matcher.presetId;
  const { secrets, bundle } = await Custodian.generateSecrets(asPresetId(presetId));
  const he = await HeContext.create(presetId);
  const comp = await VerifyComputation.create(presetId);
  const enc = new CoefficientEncryptor(he, bundle.hePublicKey);
  const dec = new CoefficientDecryptor(he, secrets.heSecretKey);
  try {
    // Decryption time does not depend on the plaintext: any product of two fresh encryptions.
    const plain = Array.from({ length: he.N }, (_, i) => i % 3);
    const [x, y] = [enc.encrypt(plain), enc.encrypt(plain)].map((c) => comp.load(c));
    const product = comp.computeWeighted([{ probe: x!, reference: y!, weight: 1 }], { factor: 1, offset: 0 });
    const decryptMs = s.which === 'sm2'
      ? await time(`${s.which} decrypt`, () => dec.decryptCoefficients(product, CHECK_COEFFICIENTS, [3]))
      : await time(`${s.which} decrypt`, () => dec.decryptCoefficient(product, scoreIndex(he.preset.maxDim), [3]));
    const unsigned = { presetId, requestHash: verifyRequestHash(req), match: true, issuedAtMs: Date.now(), custodianKeyId: new Uint8Array(32) };
    const decisionSignMs = await time(`${s.which} decision sign`, () => ed25519.sign(decisionSigningBytes(unsigned), secrets.decisionSecretKey));
    if (s.which === 'sm1') return { decryptMs: round(decryptMs, 3), decisionSignMs: round(decisionSignMs, 3) };
    const devicePub = ed25519.getPublicKey(s.dep.deviceKey);
    const requestSignatureMs = await time('sm2 request signature', () => {
      if (!verifyRequestSignature(decodeSignedRequest(signed, 'sealmatch.v1.VerifyRequest'), devicePub)) throw new Error('signature');
    });
    const kp = hpkeGenerateKeyPair();
    const seed = new Uint8Array(32).fill(3);
    const sealed = { ...req, macEnvelope: sealRequestSeed(kp.publicKey, req, seed) };
    const envelopeOpenMs = await time('sm2 envelope open', () => openRequestSeed(kp.secretKey, sealed));
    const chunks = chunkCount(req.dim, he.preset);
    const macKeysMs = await time('sm2 MAC keys', () => [macKeysFor(he.preset, seed, 'request', 'face', chunks), macKeysFor(he.preset, seed, 'reference', 'face', chunks)]);
    return { decryptMs: round(decryptMs, 3), decisionSignMs: round(decisionSignMs, 3), requestSignatureMs: round(requestSignatureMs, 3), envelopeOpenMs: round(envelopeOpenMs, 3), macKeysMs: round(macKeysMs, 3) };
  } finally {
    dec.delete();
    enc.delete();
    comp.delete();
    he.delete();
  }
}

async function openStack(which: Which, face: ArrayLike<number>, finger: ArrayLike<number>): Promise<Stack> {
  const dep = await localDeployment(which === 'sm1' ? { evaluationMode: true } : {});
  const expected = which === 'sm1' ? LEGACY_1TO1_PRESET_ID : DEFAULT_FACE_PRESET_ID;
  if (dep.bundle.presetId !== expected) throw new Error(`${which}: deployment runs ${dep.bundle.presetId}, expected ${expected}`);
  let matcher = dep.matcher;
  try {
    if (which === 'sm1') matcher = await Matcher.create({ presetId: LEGACY_1TO1_PRESET_ID, store: dep.store, heKeyId: sha256(dep.bundle.hePublicKey) });
    const faceRef = await dep.enroll(FACE_SUBJECT, face);
    const fingerRef = await dep.enroll(FINGER_SUBJECT, finger, 'finger');
    return { which, dep, matcher, face: faceRef, finger: fingerRef };
  } catch (e) {
    if (matcher !== dep.matcher) matcher.delete();
    await dep.close();
    throw e;
  }
}

async function closeStack(s: Stack): Promise<void> {
  if (s.matcher !== s.dep.matcher) s.matcher.delete();
  await s.dep.close();
}

export async function benchVerify(opts: {
  dim?: number;
  heapVerifies?: number;
  timeMs?: number;
  /** Minimum samples per median (tinybench default 64); --quick lowers it for the slow fingerprint and naive runs. */
  iterations?: number;
  /**
   * Fingerprint representation background: 'shipped' (the default one: the constant fitted on
   * FVC2002 B, decoded on first use) or 'none' (--quick: same 8,192-value length, so the same HE
   * work).
   */
  fingerBackground?: 'shipped' | 'none';
  log?: (s: string) => void;
}): Promise<VerifyBenchResult> {
  const dim = opts.dim ?? 512;
  const timeMs = opts.timeMs ?? 1500;
  const limits: MedianOptions = opts.iterations ? { iterations: opts.iterations } : {};
  const log = opts.log ?? (() => {});
  const [g, p] = unitVectors(2, dim, 7);
  const probeVec = Array.from(p!, (v, i) => 0.6 * v + 0.4 * g![i]!);

  // Fingerprints: FVC2002 records through the terminal's representation (8,192 values).
  const background = opts.fingerBackground ?? 'shipped';
  log(`fingerprint representation (background ${background})...`);
  const rec = (f: string) => parseMinutiaeRecord(new Uint8Array(readFileSync(resolve(sharedDataDir(), 'fingerprint/fvc2002/DB1_B', f))));
  const fRef = Array.from(minutiaeToVector(rec('101_1.iso'), { background })); // first call also builds the model
  const t0 = performance.now();
  const fProbe = Array.from(minutiaeToVector(rec('101_2.iso'), { background }));
  const representationMs = performance.now() - t0;

  log('naive CKKS keys...');
  const stacks: Stack[] = [];
  const naive = await NaiveCkks.create(dim);
  try {
    log('deployments (sm1, sm2) and enrollments...');
    stacks.push(await openStack('sm1', g!, fRef));
    stacks.push(await openStack('sm2', g!, fRef));
    const [s1, s2] = stacks as [Stack, Stack];
    /** Runs `fn` for sm1, then for sm2 (the same metric back to back). */
    const both = async <T>(what: string, fn: (s: Stack) => Promise<T>): Promise<Record<Which, T>> => {
      log(`${what}...`);
      const a = await fn(s1);
      const b = await fn(s2);
      return { sm1: a, sm2: b };
    };

    const terminalBuild = await both('terminal build (encode + encrypt [+ seal])', (s) => medianMs(`${s.which} terminal build`, () => build(s, FACE_SUBJECT, probeVec, 'face'), timeMs, limits));
    const sample = await both('message sizes', async (s) => {
      const req = build(s, FACE_SUBJECT, probeVec, 'face');
      const signed = s.dep.signVerify(req);
      return { req, signed, result: await serve(s, req, signed) };
    });
    const terminalSign = await both('terminal sign', (s) => medianMs(`${s.which} terminal sign`, () => s.dep.signVerify(sample[s.which].req), timeMs, limits));
    const sealReq = sample.sm2.req;
    const seed = new Uint8Array(32).fill(7);
    log('sm2 HPKE seal alone...');
    const terminalSealMs = await medianMs('sm2 seal', () => sealRequestSeed(s2.dep.bundle.sealPublicKey!, sealReq, seed), timeMs, limits);

    const serverMatchMs = await both('server match (compute only)', async (s) => {
      const req = build(s, FACE_SUBJECT, probeVec, 'face');
      const { fn } = await serverMatch(s, req, s.dep.signVerify(req));
      return medianMs(`${s.which} server match`, fn, timeMs, limits);
    });
    const matcherVerifyMs = await both('matcher verify (validate + lookup + compute)', (s) => {
      const { req, signed } = sample[s.which];
      return medianMs(`${s.which} matcher verify`, () => serve(s, req, signed), timeMs, limits);
    });
    const custodianDecideMs = await both('custodian decide (fresh signed request per call)', (s) => decideMs(s, FACE_SUBJECT, probeVec, 'face', timeMs, limits));
    const parts = await both('custodian decide, parts alone', (s) => custodianParts(s, sample[s.which].req, sample[s.which].signed, (name, fn) => medianMs(name, fn, timeMs, limits)));
    const endToEndMs = await both('end to end', (s) => medianMs(`${s.which} end to end`, () => verifyOnce(s, FACE_SUBJECT, probeVec, 'face'), timeMs, limits));

    const fingerFigures = await both('fingerprint server match and end to end', async (s): Promise<FingerFigures> => {
      const req = build(s, FINGER_SUBJECT, fProbe, 'finger');
      const signed = s.dep.signVerify(req);
      const { fn, chunks } = await serverMatch(s, req, signed);
      const resultBytes = fn().length;
      const server = await medianMs(`${s.which} finger server match`, fn, timeMs, limits);
      const e2e = await medianMs(`${s.which} finger end to end`, () => verifyOnce(s, FINGER_SUBJECT, fProbe, 'finger'), timeMs, limits);
      return { presetId: s.matcher.presetId, chunks, probeBytes: req.probe.length, resultBytes, serverMatchMs: round(server, 4), endToEndMs: round(e2e, 3) };
    });

    // Naive: same vectors, the same signing work around it.
    const signKey = ed25519.utils.randomSecretKey();
    const signPub = ed25519.getPublicKey(signKey);
    const naiveRef = naive.encrypt(g!);
    const naiveProbe = naive.encrypt(probeVec);
    const a = naive.load(naiveProbe);
    const b = naive.load(naiveRef);
    log('naive server match...');
    const naiveServerMs = await medianMs('naive server match', () => naive.match(a, b), timeMs, limits);
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
    }, timeMs, limits);
    a.delete();
    b.delete();

    const verifies = opts.heapVerifies ?? 10_000;
    const heap = await both(`heap: ${verifies} full verifies per preset`, (s) => heapLoop(s, verifies, probeVec, log));

    const figures = (s: Stack): OneToOneFigures => {
      const w = s.which;
      const { req, signed, result } = sample[w];
      return {
        presetId: s.matcher.presetId,
        terminalBuildMs: round(terminalBuild[w], 3),
        terminalSignMs: round(terminalSign[w], 3),
        ...(w === 'sm2' ? { terminalSealMs: round(terminalSealMs, 3) } : {}),
        serverMatchMs: round(serverMatchMs[w], 4),
        matcherVerifyMs: round(matcherVerifyMs[w], 3),
        custodianDecideMs: round(custodianDecideMs[w], 3),
        endToEndMs: round(endToEndMs[w], 3),
        probeBytes: req.probe.length,
        referenceBytes: s.face.ciphertext.length,
        resultBytes: result.ciphertext.length,
        requestEnvelopeBytes: req.macEnvelope?.length ?? 0,
        referenceEnvelopeBytes: s.face.macEnvelope?.length ?? 0,
        verifyRequestBytes: encodeVerifyRequest(req).length,
        signedRequestBytes: signed.length,
        resultMessageBytes: encodeBlindedResult(result).length,
        matcherKeyBytes: 0,
      };
    };
    const verify = { sm1: figures(s1), sm2: figures(s2) };
    const d = (x: number, y: number, digits = 3): number => round(y - x, digits);
    const remainder = (total: number, p: Omit<CustodianParts, 'remainderMs'>): number =>
      round(total - p.decryptMs - p.decisionSignMs - (p.requestSignatureMs ?? 0) - (p.envelopeOpenMs ?? 0) - (p.macKeysMs ?? 0), 3);
    return {
      verify,
      finger: { representationMs: round(representationMs, 1), background, ...fingerFigures },
      naive: {
        serverMatchMs: round(naiveServerMs, 4),
        endToEndMs: round(naiveEndMs, 3),
        probeBytes: naiveProbe.length,
        matcherKeyBytes: naive.galoisKeyBytes + naive.relinKeyBytes,
      },
      ratios: {
        sm1: { serverMatch: round(naiveServerMs / serverMatchMs.sm1, 1), endToEnd: round(naiveEndMs / endToEndMs.sm1, 2) },
        sm2: { serverMatch: round(naiveServerMs / serverMatchMs.sm2, 1), endToEnd: round(naiveEndMs / endToEndMs.sm2, 2) },
      },
      authCost: {
        terminalBuildMs: d(terminalBuild.sm1, terminalBuild.sm2),
        matcherServerMatchMs: d(serverMatchMs.sm1, serverMatchMs.sm2, 4),
        matcherVerifyMs: d(matcherVerifyMs.sm1, matcherVerifyMs.sm2),
        custodianDecideMs: d(custodianDecideMs.sm1, custodianDecideMs.sm2),
        endToEndMs: d(endToEndMs.sm1, endToEndMs.sm2),
        fingerServerMatchMs: d(fingerFigures.sm1.serverMatchMs, fingerFigures.sm2.serverMatchMs, 4),
        fingerEndToEndMs: d(fingerFigures.sm1.endToEndMs, fingerFigures.sm2.endToEndMs),
        resultMessageBytes: verify.sm2.resultMessageBytes - verify.sm1.resultMessageBytes,
        requestEnvelopeBytes: verify.sm2.requestEnvelopeBytes,
      },
      heap,
      custodianParts: {
        sm1: { ...parts.sm1, remainderMs: remainder(custodianDecideMs.sm1, parts.sm1) },
        sm2: { ...parts.sm2, remainderMs: remainder(custodianDecideMs.sm2, parts.sm2) },
      },
    };
  } finally {
    naive.delete();
    for (const s of stacks) await closeStack(s);
  }
}
