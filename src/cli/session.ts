/**
 * An in-process deployment of the three roles (one custodian, one matcher on an embedded store,
 * one terminal with a registered device key), used by `demo`, `eval`, tests and benchmarks. In
 * production each role runs in its own process and trust domain (see `sealmatch serve`); here
 * they share a process for convenience only, and every request still goes the protocol's way:
 * the terminal signs, the matcher computes, the custodian authenticates and decides.
 */
import { randomBytes } from '../csprng.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { Custodian, type PublicBundle } from '../custodian/custodian.js';
import { DEFAULT_FACE_PRESET_ID, LEGACY_1TO1_PRESET_ID, getPreset, type PresetId } from '../params/presets.js';
import { Matcher } from '../verify/matcher/matcher.js';
import { SqliteStore } from '../store/sqlite.js';
import { Terminal, type ReferenceOptions } from '../verify/terminal/terminal.js';
import { encodeEncryptedTemplate, encodeVerifyRequest, pb, transactionToPb } from '../wire/codec.js';
import type { BlindedResult, EncryptedTemplate, Modality, SignedDecision, SubjectRef, TransactionKind, VerifyRequest } from '../wire/messages.js';
import { encodeSignedRequest, signRequest } from '../wire/signed-request.js';
import { sha256 } from '../wire/digest.js';
import { signApproval } from '../wire/approval.js';
import type { CompositeModality } from '../templates/fusion.js';

export interface LocalDeployment extends Disposable {
  readonly bundle: PublicBundle;
  readonly custodian: Custodian;
  readonly matcher: Matcher;
  readonly terminal: Terminal;
  readonly store: SqliteStore;
  /** The ATM terminal's Ed25519 device key (role terminal: verify only; registered with the custodian). */
  readonly deviceKey: Uint8Array;
  /** The enrollment desk's key (role desk) and the approving officer's key (role officer). */
  readonly deskKey: Uint8Array;
  readonly officerKey: Uint8Array;
  /** The desk's signed EnrollRequest for `template`, with the officer's approval (encoded SignedRequest). */
  signEnroll(template: EncryptedTemplate, replace?: boolean): Uint8Array;
  /** Signs a DeleteRequest for `subjectRef`. */
  signDelete(subjectRef: SubjectRef): Uint8Array;
  /** Signs a VerifyRequest. */
  signVerify(request: VerifyRequest): Uint8Array;
  /** Encrypts, registers with the custodian (authenticated presets) and stores a reference. */
  enroll(subjectRef: SubjectRef, embedding: ArrayLike<number>, modality?: Modality, options?: ReferenceOptions): Promise<EncryptedTemplate>;
  /** Builds, signs and computes a verify request: the matcher's result, ready for the custodian. */
  prepareVerify(subjectRef: SubjectRef, embedding: ArrayLike<number>, modality?: Modality): Promise<{ request: VerifyRequest; result: BlindedResult }>;
  /** Encrypts, registers and stores a fused reference (authenticated presets; src/templates/fusion.ts). */
  enrollFused(subjectRef: SubjectRef, modality: CompositeModality, parts: readonly ArrayLike<number>[], options?: ReferenceOptions): Promise<EncryptedTemplate>;
  /** Builds, signs and computes a fused verify request: the matcher's result, ready for the custodian. */
  prepareVerifyFused(subjectRef: SubjectRef, modality: CompositeModality, parts: readonly ArrayLike<number>[]): Promise<{ request: VerifyRequest; result: BlindedResult }>;
  /** prepareVerify + the custodian's decision. */
  verify(subjectRef: SubjectRef, embedding: ArrayLike<number>, modality?: Modality): Promise<SignedDecision>;
  /** Deletes a subject at the matcher and the custodian. */
  deleteSubject(subjectRef: SubjectRef): Promise<void>;
  close(): Promise<void>;
}

const randomNonce = (): string => Buffer.from(randomBytes(16)).toString('hex');

export async function localDeployment(opts: {
  presetId?: PresetId;
  storePath?: string;
  evaluationMode?: boolean;
  thresholdCosine?: number;
  fingerThresholdCosine?: number;
  terminalId?: string;
  now?: () => number;
}): Promise<LocalDeployment> {
  // Evaluation mode reveals scores, which only the unauthenticated legacy preset can do.
  const presetId = opts.presetId ?? (opts.evaluationMode ? LEGACY_1TO1_PRESET_ID : DEFAULT_FACE_PRESET_ID);
  const authenticated = getPreset(presetId).authenticated === true;
  const { secrets, bundle } = await Custodian.generateSecrets(presetId);
  const custodian = await Custodian.create({ secrets, evaluationMode: opts.evaluationMode, ...(opts.now ? { now: opts.now } : {}) });
  const store = new SqliteStore(opts.storePath ?? ':memory:');
  const matcher = await Matcher.create({
    presetId,
    store,
    evaluationMode: opts.evaluationMode,
    thresholdCosine: opts.thresholdCosine,
    fingerThresholdCosine: opts.fingerThresholdCosine,
    heKeyId: sha256(bundle.hePublicKey),
  });
  const terminalId = opts.terminalId ?? 'terminal-local';
  const terminal = await Terminal.create({ ...bundle, terminalId });
  const deviceKey = ed25519.utils.randomSecretKey();
  const deskKey = ed25519.utils.randomSecretKey();
  const officerKey = ed25519.utils.randomSecretKey();
  const deskId = 'desk-local';
  if (authenticated) {
    await custodian.registerKey({ publicKey: ed25519.getPublicKey(deviceKey), ownerId: terminalId, role: 'terminal' });
    await custodian.registerKey({ publicKey: ed25519.getPublicKey(deskKey), ownerId: deskId, role: 'desk' });
    await custodian.registerKey({ publicKey: ed25519.getPublicKey(officerKey), ownerId: 'officer-local', role: 'officer' });
  }
  const now = opts.now ?? Date.now;
  const tx = (kind?: TransactionKind) => ({ amountMinor: 0n, currency: 'KZT', terminalId: deskId, nonce: randomNonce(), timestampMs: now(), ...(kind ? { kind } : {}) });
  const signEnroll = (template: EncryptedTemplate, replace = false): Uint8Array => {
    const t = tx('enrollment');
    const approval = signApproval({ operation: replace ? 'replace' : 'enroll', subjectRef: template.subjectRef, modality: template.modality ?? 'face', ciphertext: template.ciphertext, deskTerminalId: deskId, nonce: t.nonce }, officerKey);
    const body = pb.EnrollRequest.encode({ template: pb.EncryptedTemplate.decode(encodeEncryptedTemplate(template)), transaction: transactionToPb(t), approval, ...(replace ? { replace: true } : {}) }).finish();
    return encodeSignedRequest(signRequest(body, 'sealmatch.v1.EnrollRequest', deskKey));
  };
  const signDelete = (subjectRef: SubjectRef): Uint8Array => {
    const t = tx('enrollment');
    const approval = signApproval({ operation: 'delete', subjectRef, modality: '', deskTerminalId: deskId, nonce: t.nonce }, officerKey);
    return encodeSignedRequest(signRequest(pb.DeleteRequest.encode({ subjectRef, transaction: transactionToPb(t), approval }).finish(), 'sealmatch.v1.DeleteRequest', deskKey));
  };
  const signVerify = (request: VerifyRequest): Uint8Array => encodeSignedRequest(signRequest(encodeVerifyRequest(request), 'sealmatch.v1.VerifyRequest', deviceKey));
  const thresholdFor = (m: Modality): number | undefined => (m === 'finger' ? opts.fingerThresholdCosine : opts.thresholdCosine);
  const prepareVerify = async (subjectRef: SubjectRef, embedding: ArrayLike<number>, modality: Modality = 'face') => {
    const request = terminal.buildVerifyRequest(subjectRef, embedding, { amountMinor: 0n, currency: 'KZT', timestampMs: now() }, undefined, { modality });
    const result = await matcher.verify(request, authenticated ? signVerify(request) : undefined);
    return { request, result };
  };
  const close = async (): Promise<void> => {
    terminal.delete();
    matcher.delete();
    custodian.delete();
    await store.close();
  };
  return {
    bundle,
    custodian,
    matcher,
    terminal,
    store,
    deviceKey,
    deskKey,
    officerKey,
    signEnroll,
    signDelete,
    signVerify,
    enroll: async (subjectRef, embedding, modality = 'face', options = {}) => {
      const thresholdCosine = options.thresholdCosine ?? thresholdFor(modality);
      const template = terminal.encryptReference(subjectRef, embedding, undefined, modality, thresholdCosine === undefined ? {} : { thresholdCosine });
      if (authenticated) await custodian.registerReference(signEnroll(template));
      await matcher.enroll(subjectRef, template);
      return template;
    },
    prepareVerify,
    enrollFused: async (subjectRef, modality, parts, options = {}) => {
      const template = terminal.encryptFusedReference(subjectRef, modality, parts, options);
      await custodian.registerReference(signEnroll(template));
      await matcher.enroll(subjectRef, template);
      return template;
    },
    prepareVerifyFused: async (subjectRef, modality, parts) => {
      const request = terminal.buildFusedVerifyRequest(subjectRef, modality, parts, { amountMinor: 0n, currency: 'KZT', timestampMs: now() });
      return { request, result: await matcher.verify(request, signVerify(request)) };
    },
    verify: async (subjectRef, embedding, modality = 'face') => custodian.decide((await prepareVerify(subjectRef, embedding, modality)).result),
    deleteSubject: async (subjectRef) => {
      if (authenticated) await custodian.forgetReference(signDelete(subjectRef));
      await matcher.deleteSubject(subjectRef);
    },
    close,
    [Symbol.dispose]: () => void close(),
  };
}
