/**
 * Typed HTTP client for terminals: builds requests with a `Terminal`, signs them with the
 * device key, posts protobuf to the matcher, and checks every decision it gets back against its
 * own request before returning it. Failures come back as SealmatchError with the server's code.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { randomBytes } from '../../csprng.js';
import { SealmatchError } from '../../errors.js';
import { decodeReceipt, decodeSignedDecision, decodeWith, encodeEncryptedTemplate, encodeVerifyRequest, pb, transactionToPb } from '../../wire/codec.js';
import { postProtobuf } from '../../wire/http-post.js';
import { sha256 } from '../../wire/digest.js';
import type { EncryptedTemplate, Modality, SignedDecision, SubjectRef, Transaction, TransactionKind, VerifyRequest } from '../../wire/messages.js';
import { devicePublicKeyOf, encodeSignedRequest, isDeviceSigner, signRequest, signRequestWith, type BodyType, type DeviceKey } from '../../wire/signed-request.js';
import { equalBytes, verifyDecisionSignature } from '../../wire/signing.js';
import type { Terminal } from './terminal.js';
import type { MinutiaeRecord } from '../../templates/fingerprint/model.js';
import type { RepresentationOptions } from '../../templates/fingerprint/representation.js';
import { signApprovalWith, type ApprovalSubject, type OfficerApproval } from '../../wire/approval.js';
import { compositionOf, type CompositeModality, type PartModality } from '../../templates/fusion.js';

/**
 * What a TerminalClient is made of: its Terminal, its device key, and where the matcher is.
 * `K`: how the device key is held. `Uint8Array` (the default): the 32-byte Ed25519 secret, every
 * method available. `DeviceSigner`: a key store that only signs, asynchronously (a non-extractable
 * WebCrypto key in a browser, src/browser/device-key.ts); the synchronous `sign` and
 * `prepareVerify` are then unavailable (`prepareVerifySigned` instead).
 */
export interface TerminalClientOptions<K extends DeviceKey = Uint8Array> {
  /** The matcher's base URL; omitted, the client only prepares requests (custodian and matcher in process). */
  readonly matcherUrl?: string;
  /** The terminal that encrypts and builds requests (its `terminalId` goes into every transaction). */
  readonly terminal: Terminal;
  /** Ed25519 device key, registered with the matcher. */
  readonly deviceKey: K;
  /** fetch implementation (tests, proxies, mutual TLS); default the global fetch. */
  readonly fetch?: typeof fetch;
}

/** The transaction a request is bound to, as the caller gives it (terminal id, nonce and time are filled in). */
export interface TxInput {
  /** Amount in minor units of `currency` (tiyn for KZT: 25_000_000n is 250,000 KZT). */
  readonly amountMinor: bigint;
  /** ISO 4217 alphabetic code ('KZT'; 'XXX' for enrollments, which move no money). */
  readonly currency: string;
  /** What the transaction is; default 'withdrawal'. */
  readonly kind?: TransactionKind;
  /** Card top-ups: the sender's subject reference (from the sender's verified IIN). */
  readonly senderRef?: SubjectRef;
  /** Hex of >= 16 random bytes, never reused; default 16 fresh random bytes (replays are refused). */
  readonly nonce?: string;
  /** Unix milliseconds at the terminal; default now; the services refuse requests outside their window (default ±5 min). */
  readonly timestampMs?: number;
}


/** An enrollment officer's approval of one desk operation (two-person rule). */
export type Approver = (subject: ApprovalSubject) => OfficerApproval | Promise<OfficerApproval>;

/** Options of a desk enrollment. */
export interface EnrollOptions {
  /** Obtains the officer's signature over this exact operation (two-person rule); called once. */
  readonly approve: Approver;
  /** Modality of the embedding; default 'face'. */
  readonly modality?: Modality;
  /** Replace the subject's existing reference of this modality (its own audited operation). */
  readonly replace?: boolean;
  /** Decision threshold as a cosine, written into the reference (authenticated presets); default the preset's. */
  readonly thresholdCosine?: number;
  /** The enrollment's transaction; default amount 0, currency 'XXX', kind 'enrollment'. */
  readonly tx?: TxInput;
}

/** Options of a fingerprint enrollment from minutiae records (TerminalClient.enrollFinger). */
export interface FingerEnrollOptions extends Omit<EnrollOptions, 'modality'> {
  /** Options of the minutiae -> vector representation (default: view 0, the shipped background). */
  readonly representation?: RepresentationOptions;
}

/**
 * One part of a fused enrollment ({@link TerminalClient.enrollFused}): a template vector (a face
 * embedding, or a finger's representation vector), or 1 to 4 impressions of ONE finger, combined
 * as `enrollFinger` combines them (multi-impression reference, src/templates/fingerprint/enrollment.ts).
 */
export type FusedPartInput =
  | {
      /** The part's template vector, quantized on its own. */
      readonly embedding: ArrayLike<number>;
    }
  | {
      /** Finger parts only: 1-4 minutiae records of one finger (3 recommended). */
      readonly impressions: readonly MinutiaeRecord[];
    };

/** Options of a fused enrollment: those of an enrollment, plus the representation of finger parts given as impressions. */
export interface FusedEnrollOptions extends Omit<EnrollOptions, 'modality'> {
  /** Options of the minutiae -> vector representation of finger parts given as impressions (default: the shipped background). */
  readonly representation?: RepresentationOptions;
}

/** An approver for tests and single-process tools: signs with the officer's key (bytes or signer) directly. */
export function officerApprover(officerKey: DeviceKey): Approver {
  return (subject) => signApprovalWith(subject, officerKey);
}

/** Modality of the probe, and an optional second-modality probe for fused verification. */
export interface VerifyOptions {
  /** Modality of the probe embedding; default 'face'. */
  readonly modality?: Modality;
  /** A second probe of the other modality; the matcher fuses both scores (its `fusion` weights, DEFAULT_FUSION by default). */
  readonly fused?: {
    /** Modality of the second probe. */
    readonly modality: PartModality;
    /** Its template vector (face embedding, or `minutiaeToVector` output), quantized like the first. */
    readonly embedding: ArrayLike<number>;
  };
}

/** An enrollment built, approved and signed but not sent ({@link TerminalClient.prepareEnroll}). */
export interface PreparedEnrollment {
  /** The encrypted reference, for `matcher.enroll(subjectRef, template)`. */
  template: EncryptedTemplate;
  /** SignedRequest{EnrollRequest} bytes, for `custodian.registerReference(signed)` or POST /v1/enroll. */
  signed: Uint8Array;
}

/** Typed HTTP client of a terminal or desk: signs every request with the device key and checks every decision against its own request. */
export class TerminalClient<K extends DeviceKey = Uint8Array> {
  /** Hex SHA-256 of the device public key (64 digits): the key id the services know this device by. */
  readonly deviceKeyId: string;
  private readonly opts: TerminalClientOptions<K>;
  private readonly doFetch: typeof fetch;

  /** Keeps the options and derives the key id; nothing is sent until a method is called. */
  constructor(opts: TerminalClientOptions<K>) {
    this.opts = opts;
    this.doFetch = opts.fetch ?? fetch;
    this.deviceKeyId = bytesToHex(sha256(devicePublicKeyOf(opts.deviceKey)));
  }

  /** The device public key to register with the matcher. */
  get devicePublicKey(): Uint8Array {
    return devicePublicKeyOf(this.opts.deviceKey);
  }

  private transaction(tx: TxInput): Transaction {
    return {
      amountMinor: tx.amountMinor,
      currency: tx.currency,
      terminalId: this.opts.terminal.config.terminalId,
      nonce: tx.nonce ?? bytesToHex(randomBytes(16)),
      timestampMs: tx.timestampMs ?? Date.now(),
      ...(tx.kind ? { kind: tx.kind } : {}),
      ...(tx.senderRef ? { senderRef: tx.senderRef } : {}),
    };
  }

  /** Signs a body and returns the SignedRequest bytes (exposed so tests can tamper with them). */
  sign(this: TerminalClient<Uint8Array>, body: Uint8Array, type: BodyType): Uint8Array {
    // (typed away for signers; a JavaScript caller still gets a typed error, not a curve error)
    if (isDeviceSigner(this.opts.deviceKey)) throw new SealmatchError('E_INVALID_ARGUMENT', 'this device key signs asynchronously: use signAsync / prepareVerifySigned');
    return encodeSignedRequest(signRequest(body, type, this.opts.deviceKey));
  }

  /** `sign` for any kind of device key (a key store signs asynchronously). */
  async signAsync(body: Uint8Array, type: BodyType): Promise<Uint8Array> {
    return encodeSignedRequest(await signRequestWith(body, type, this.opts.deviceKey));
  }

  /** POSTs protobuf bytes; returns the response body or throws the server's typed error. */
  async post(path: string, body: Uint8Array): Promise<Uint8Array> {
    if (this.opts.matcherUrl === undefined) throw new SealmatchError('E_INVALID_ARGUMENT', 'this TerminalClient has no matcherUrl: it only prepares requests (in-process use)');
    return postProtobuf(new URL(path, this.opts.matcherUrl), body, { fetch: this.doFetch, headers: { 'x-sealmatch-terminal': this.deviceKeyId }, peer: 'matcher' });
  }

  /**
   * Enrolls (or, with `replace`, replaces) the reference of `subjectRef`. Desk keys only, with an
   * enrollment officer's approval of this exact operation (two-person rule): `approve` is called
   * with what the officer approves and returns the officer's signature (e.g. from the officer's
   * own device: `signApproval(subject, officerKey)`). Returns the audit sequence number.
   */
  async enroll(subjectRef: SubjectRef, embedding: ArrayLike<number>, options: EnrollOptions): Promise<number> {
    return decodeReceipt(await this.post('/v1/enroll', (await this.prepareEnroll(subjectRef, embedding, options)).signed)).auditSeq;
  }

  /**
   * Enrolls a fingerprint reference from 1 to 4 impressions of ONE finger: the default
   * fingerprint enrollment path (capture 2-4 impressions at the desk; 3 recommended). The
   * impressions' representation vectors are L2-normalized and summed into one reference before
   * quantization (src/templates/fingerprint/enrollment.ts), so the encrypted reference and every
   * later verification cost exactly what a single-impression reference costs, at roughly half its
   * EER (docs/ACCURACY-FINGER.md, multi-impression enrollment). A single record is accepted: the
   * weaker path. `representation` passes options to `minutiaeToVector` (default: the shipped
   * background); probes must use the same. Returns the audit sequence number.
   */
  async enrollFinger(subjectRef: SubjectRef, impressions: readonly MinutiaeRecord[], options: FingerEnrollOptions): Promise<number> {
    return decodeReceipt(await this.post('/v1/enroll', (await this.prepareEnrollFinger(subjectRef, impressions, options)).signed)).auditSeq;
  }

  /** `enrollFinger` without sending: the encrypted reference and the signed EnrollRequest bytes. */
  async prepareEnrollFinger(subjectRef: SubjectRef, impressions: readonly MinutiaeRecord[], options: FingerEnrollOptions): Promise<PreparedEnrollment> {
    // Loaded on use: the representation's shipped background is ~1.7 MB of source a face-only
    // terminal never needs.
    const { fingerEnrollmentVector } = await import('../../templates/fingerprint/enrollment.js');
    const { representation, ...rest } = options;
    return this.prepareEnroll(subjectRef, fingerEnrollmentVector(impressions, representation), { ...rest, modality: 'finger' });
  }

  /**
   * Enrolls a fused reference (authenticated presets): ONE reference of the composite modality
   * `modality` ('finger+finger': two fingers; 'face+finger': face then finger), its parts in the
   * composition's order, each quantized on its own; verified by `verifyFused` in one request and
   * one decision. Returns the audit sequence number.
   */
  async enrollFused(subjectRef: SubjectRef, modality: CompositeModality, parts: readonly FusedPartInput[], options: FusedEnrollOptions): Promise<number> {
    return decodeReceipt(await this.post('/v1/enroll', (await this.prepareEnrollFused(subjectRef, modality, parts, options)).signed)).auditSeq;
  }

  /** `enrollFused` without sending: the encrypted fused reference and the signed EnrollRequest bytes. */
  async prepareEnrollFused(subjectRef: SubjectRef, modality: CompositeModality, parts: readonly FusedPartInput[], options: FusedEnrollOptions): Promise<PreparedEnrollment> {
    const composition = compositionOf(modality);
    if (!Array.isArray(parts) || parts.length !== composition.parts.length) {
      throw new SealmatchError('E_COMPOSITION', `${modality} needs ${composition.parts.length} parts, got ${Array.isArray(parts) ? parts.length : 'none'}`);
    }
    const { representation, thresholdCosine, ...rest } = options;
    const vectors: ArrayLike<number>[] = [];
    for (const [i, part] of parts.entries()) {
      if (part && 'impressions' in part) {
        if (composition.parts[i]!.modality !== 'finger') throw new SealmatchError('E_COMPOSITION', `${modality}: part ${i} is a ${composition.parts[i]!.modality}, not a finger`);
        const { fingerEnrollmentVector } = await import('../../templates/fingerprint/enrollment.js');
        vectors.push(fingerEnrollmentVector(part.impressions, representation));
      } else if (part && 'embedding' in part) {
        vectors.push(part.embedding);
      } else {
        throw new SealmatchError('E_COMPOSITION', `${modality}: part ${i} is missing`);
      }
    }
    const template = this.opts.terminal.encryptFusedReference(subjectRef, modality, vectors, thresholdCosine === undefined ? {} : { thresholdCosine });
    return this.signEnrollment(template, rest);
  }

  /** Has an encrypted reference approved by the officer and signs the EnrollRequest. */
  private async signEnrollment(template: EncryptedTemplate, options: Omit<EnrollOptions, 'modality' | 'thresholdCosine'>): Promise<PreparedEnrollment> {
    const tx = this.transaction(options.tx ?? { amountMinor: 0n, currency: 'XXX', kind: 'enrollment' });
    const approval = await options.approve({
      operation: options.replace ? 'replace' : 'enroll',
      subjectRef: template.subjectRef,
      modality: template.modality ?? 'face',
      ciphertext: template.ciphertext,
      deskTerminalId: tx.terminalId,
      nonce: tx.nonce,
    });
    const body = pb.EnrollRequest.encode({
      template: pb.EncryptedTemplate.decode(encodeEncryptedTemplate(template)),
      transaction: transactionToPb(tx),
      approval: { officerKeyId: approval.officerKeyId, signature: approval.signature },
      ...(options.replace ? { replace: true } : {}),
    }).finish();
    return { template, signed: await this.signAsync(body, 'sealmatch.v1.EnrollRequest') };
  }

  /**
   * Builds, has approved and signs an enrollment (not sent): the encrypted reference and the
   * SignedRequest{EnrollRequest} bytes, for a custodian and matcher in the same process
   * (`custodian.registerReference(signed)`, `matcher.enroll(subjectRef, template)`) or for tests.
   */
  async prepareEnroll(subjectRef: SubjectRef, embedding: ArrayLike<number>, options: EnrollOptions): Promise<PreparedEnrollment> {
    const modality = options.modality ?? 'face';
    const template = this.opts.terminal.encryptReference(subjectRef, embedding, undefined, modality, options.thresholdCosine === undefined ? {} : { thresholdCosine: options.thresholdCosine });
    // Enrollment moves no money: ISO 4217 'XXX' (no currency); policies skip the currency of enrollments.
    return this.signEnrollment(template, options);
  }

  /** The verify request with the full transaction (kind, sender), encrypted, not yet signed. */
  private buildVerify(subjectRef: SubjectRef, embedding: ArrayLike<number>, tx: TxInput, options: VerifyOptions): VerifyRequest {
    const request = this.opts.terminal.buildVerifyRequest(subjectRef, embedding, { amountMinor: tx.amountMinor, currency: tx.currency, nonce: tx.nonce, timestampMs: tx.timestampMs }, undefined, options);
    return { ...request, transaction: this.transaction({ ...tx, nonce: request.transaction.nonce, timestampMs: request.transaction.timestampMs }) };
  }

  /** Builds and signs a verify request (not sent): for replay tests and load generators. */
  prepareVerify(
    this: TerminalClient<Uint8Array>,
    subjectRef: SubjectRef,
    embedding: ArrayLike<number>,
    tx: TxInput,
    options: VerifyOptions = {},
  ): {
    /** The request as built, for `Terminal.acceptDecision(decision, request)`. */
    request: VerifyRequest;
    /** SignedRequest{VerifyRequest} bytes, for `matcher.verify(request, signed)` or POST /v1/verify. */
    signed: Uint8Array;
  } {
    const full = this.buildVerify(subjectRef, embedding, tx, options);
    return { request: full, signed: this.sign(encodeVerifyRequest(full), 'sealmatch.v1.VerifyRequest') };
  }

  /** `prepareVerify` for any kind of device key. */
  async prepareVerifySigned(
    subjectRef: SubjectRef,
    embedding: ArrayLike<number>,
    tx: TxInput,
    options: VerifyOptions = {},
  ): Promise<{
    /** The request as built, for `Terminal.acceptDecision(decision, request)`. */
    request: VerifyRequest;
    /** SignedRequest{VerifyRequest} bytes, for `matcher.verify(request, signed)` or POST /v1/verify. */
    signed: Uint8Array;
  }> {
    const full = this.buildVerify(subjectRef, embedding, tx, options);
    return { request: full, signed: await this.signAsync(encodeVerifyRequest(full), 'sealmatch.v1.VerifyRequest') };
  }

  /**
   * Builds and signs a fused verify request (not sent): the probe parts of `modality`, in the
   * composition's order (finger parts as `minutiaeToVector` vectors), one request, one decision.
   */
  async prepareVerifyFused(
    subjectRef: SubjectRef,
    modality: CompositeModality,
    parts: readonly ArrayLike<number>[],
    tx: TxInput,
  ): Promise<{
    /** The request as built, for `Terminal.acceptDecision(decision, request)`. */
    request: VerifyRequest;
    /** SignedRequest{VerifyRequest} bytes, for `matcher.verify(request, signed)` or POST /v1/verify. */
    signed: Uint8Array;
  }> {
    const request = this.opts.terminal.buildFusedVerifyRequest(subjectRef, modality, parts, { amountMinor: tx.amountMinor, currency: tx.currency, nonce: tx.nonce, timestampMs: tx.timestampMs });
    const full = { ...request, transaction: this.transaction({ ...tx, nonce: request.transaction.nonce, timestampMs: request.transaction.timestampMs }) };
    return { request: full, signed: await this.signAsync(encodeVerifyRequest(full), 'sealmatch.v1.VerifyRequest') };
  }

  /** Fused biometric verification (two fingers, or face + finger) bound to a withdrawal: one request, one decision. */
  async verifyFused(subjectRef: SubjectRef, modality: CompositeModality, parts: readonly ArrayLike<number>[], tx: TxInput): Promise<SignedDecision> {
    return this.sendVerify(await this.prepareVerifyFused(subjectRef, modality, parts, tx));
  }

  /** Sends a prepared verify request; returns the decision after checking it answers this request. */
  async sendVerify(prepared: { request: VerifyRequest; signed: Uint8Array }): Promise<SignedDecision> {
    const decision = decodeSignedDecision(await this.post('/v1/verify', prepared.signed));
    const hash = sha256(encodeVerifyRequest(prepared.request));
    if (!equalBytes(decision.requestHash, hash) || !verifyDecisionSignature(decision, this.opts.terminal.config.decisionPublicKey)) {
      throw new SealmatchError('E_SIGNATURE', 'decision does not answer this request or is not the custodian\'s');
    }
    return decision;
  }

  /** Biometric verification bound to a withdrawal. */
  async verify(subjectRef: SubjectRef, embedding: ArrayLike<number>, tx: TxInput, options: VerifyOptions = {}): Promise<SignedDecision> {
    return this.sendVerify(await this.prepareVerifySigned(subjectRef, embedding, tx, options));
  }

  /** Asks the policy what a transaction needs. */
  async authorize(
    subjectRef: SubjectRef,
    tx: TxInput,
  ): Promise<{
    /** Whether the policy allows the transaction at all. */
    allowed: boolean;
    /** Whether it needs a biometric verification (step-up) first. */
    biometricRequired: boolean;
    /** The policy's refusal code when not allowed (e.g. 'CURRENCY_NOT_SUPPORTED'); '' otherwise. */
    reason: string;
  }> {
    const body = pb.AuthorizeRequest.encode({ subjectRef, transaction: transactionToPb(this.transaction(tx)) }).finish();
    const r = decodeWith(pb.AuthorizeResponse, await this.post('/v1/authorize', await this.signAsync(body, 'sealmatch.v1.AuthorizeRequest')), 'AuthorizeResponse');
    return { allowed: Boolean(r.allowed), biometricRequired: Boolean(r.biometricRequired), reason: r.reason ?? '' };
  }

  /** Erases a subject's references: desk key plus an officer's approval (two-person rule). */
  async delete(subjectRef: SubjectRef, approve: Approver): Promise<number> {
    const tx = this.transaction({ amountMinor: 0n, currency: 'XXX', kind: 'enrollment' });
    const approval = await approve({ operation: 'delete', subjectRef, modality: '', deskTerminalId: tx.terminalId, nonce: tx.nonce });
    const body = pb.DeleteRequest.encode({ subjectRef, transaction: transactionToPb(tx), approval: { officerKeyId: approval.officerKeyId, signature: approval.signature } }).finish();
    return decodeReceipt(await this.post('/v1/delete', await this.signAsync(body, 'sealmatch.v1.DeleteRequest'))).auditSeq;
  }
}
