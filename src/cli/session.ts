/**
 * An in-process deployment of the three roles (one custodian, one matcher on an embedded store,
 * one terminal with a registered device key), used by `demo`, `eval`, tests and benchmarks. In
 * production each role runs in its own process and trust domain (see `sealmatch serve`); here
 * they share a process for convenience only, and every request still goes the protocol's way:
 * the terminal signs, the matcher computes, the custodian authenticates and decides.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { Custodian, type PublicBundle } from '../custodian/custodian.js';
import { DEFAULT_FACE_PRESET_ID, LEGACY_1TO1_PRESET_ID, getPreset } from '../he/presets.js';
import { Matcher } from '../matcher/matcher.js';
import { SqliteStore } from '../store/sqlite.js';
import { Terminal, type ReferenceOptions } from '../terminal/terminal.js';
import { encodeEncryptedTemplate, encodeVerifyRequest, pb, transactionToPb } from '../wire/codec.js';
import type { BlindedResult, EncryptedTemplate, Modality, SignedDecision, VerifyRequest } from '../wire/messages.js';
import { encodeSignedRequest, signRequest } from '../wire/signed-request.js';
import { sha256 } from '../wire/digest.js';

export interface LocalDeployment extends Disposable {
  readonly bundle: PublicBundle;
  readonly custodian: Custodian;
  readonly matcher: Matcher;
  readonly terminal: Terminal;
  readonly store: SqliteStore;
  /** The terminal's Ed25519 device key (registered with the custodian). */
  readonly deviceKey: Uint8Array;
  /** Signs an EnrollRequest for `template` with the device key (encoded SignedRequest). */
  signEnroll(template: EncryptedTemplate): Uint8Array;
  /** Signs a DeleteRequest for `subjectRef`. */
  signDelete(subjectRef: string): Uint8Array;
  /** Signs a VerifyRequest. */
  signVerify(request: VerifyRequest): Uint8Array;
  /** Encrypts, registers with the custodian (authenticated presets) and stores a reference. */
  enroll(subjectRef: string, embedding: ArrayLike<number>, modality?: Modality, options?: ReferenceOptions): Promise<EncryptedTemplate>;
  /** Builds, signs and computes a verify request: the matcher's result, ready for the custodian. */
  prepareVerify(subjectRef: string, embedding: ArrayLike<number>, modality?: Modality): Promise<{ request: VerifyRequest; result: BlindedResult }>;
  /** prepareVerify + the custodian's decision. */
  verify(subjectRef: string, embedding: ArrayLike<number>, modality?: Modality): Promise<SignedDecision>;
  /** Deletes a subject at the matcher and the custodian. */
  deleteSubject(subjectRef: string): Promise<void>;
  close(): Promise<void>;
}

const randomNonce = (): string => Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('hex');

export async function localDeployment(opts: {
  presetId?: string;
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
  if (authenticated) await custodian.registerKey({ publicKey: ed25519.getPublicKey(deviceKey), ownerId: terminalId, role: 'terminal' });
  const now = opts.now ?? Date.now;
  const tx = (kind?: string) => transactionToPb({ amountMinor: 0n, currency: 'KZT', terminalId, nonce: randomNonce(), timestampMs: now(), ...(kind ? { kind } : {}) });
  const signEnroll = (template: EncryptedTemplate): Uint8Array =>
    encodeSignedRequest(signRequest(pb.EnrollRequest.encode({ template: pb.EncryptedTemplate.decode(encodeEncryptedTemplate(template)), transaction: tx('enrollment') }).finish(), 'sealmatch.v1.EnrollRequest', deviceKey));
  const signDelete = (subjectRef: string): Uint8Array =>
    encodeSignedRequest(signRequest(pb.DeleteRequest.encode({ subjectRef, transaction: tx('enrollment') }).finish(), 'sealmatch.v1.DeleteRequest', deviceKey));
  const signVerify = (request: VerifyRequest): Uint8Array => encodeSignedRequest(signRequest(encodeVerifyRequest(request), 'sealmatch.v1.VerifyRequest', deviceKey));
  const thresholdFor = (m: Modality): number | undefined => (m === 'finger' ? opts.fingerThresholdCosine : opts.thresholdCosine);
  const prepareVerify = async (subjectRef: string, embedding: ArrayLike<number>, modality: Modality = 'face') => {
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
    verify: async (subjectRef, embedding, modality = 'face') => custodian.decide((await prepareVerify(subjectRef, embedding, modality)).result),
    deleteSubject: async (subjectRef) => {
      if (authenticated) await custodian.forgetReference(signDelete(subjectRef));
      await matcher.deleteSubject(subjectRef);
    },
    close,
    [Symbol.dispose]: () => void close(),
  };
}
