/**
 * The terminal (ATM, teller app, enrollment desk): quantizes a face embedding, encrypts it under
 * the custodian's HE public key, and builds requests bound to the transaction. It holds no secret
 * HE key and cannot decrypt anything it sends.
 */
import { bytesToHex, concatBytes } from '@noble/hashes/utils.js';
import { randomBytes } from '../../csprng.js';
import { HeContext } from '../../he/index.js';
import type { PresetId } from '../../params/presets.js';
import { encodeProbe, encodeReference } from '../../he/codec/coefficient-encoding.js';
import { CoefficientEncryptor } from '../../he/index.js';
import { quantizeChunks } from '../../templates/chunks.js';
import { quantizeEmbedding, type QuantizedTemplate } from '../../templates/face.js';
import type { EncryptedTemplate, Modality, SubjectRef, Transaction, VerifyRequest } from '../../wire/messages.js';
import { verifyDecision } from '../../wire/signing.js';
import type { SignedDecision } from '../../wire/messages.js';
import { sha256 } from '../../wire/digest.js';
import { sealReferenceSeed, sealRequestSeed } from '../messages/mac-envelope.js';
import { macKeysFor } from '../mac-keys.js';
import { scoreThreshold } from '../../templates/face.js';
import { defaultThresholdCosine } from '../../templates/thresholds.js';
import { SealmatchError } from '../../errors.js';
import { asSubjectRef } from '../../subjects/subject-reference.js';
import { drawProbeBlinding, freshSeed, probePlaintexts, referencePlaintexts } from './authenticated-encoding.js';
import { chunkWeights, compositionOf, fusedThreshold, isComposite, quantizeFused, weightedParts, type CompositeModality, type PartModality } from '../../templates/fusion.js';
import { fusedBlindFactor } from '../../params/bounds.js';

/** What a terminal is configured with: all public. */
export interface TerminalConfig {
  /** Parameter set of the deployment (the public bundle's); every request names it. */
  readonly presetId: PresetId;
  /** Custodian's HE public key ("SMK" container). */
  readonly hePublicKey: Uint8Array;
  /** Custodian's Ed25519 decision public key (32 bytes). */
  readonly decisionPublicKey: Uint8Array;
  /** This terminal's id (e.g. 'atm-0042'): the owner id its device key is registered under; goes into every transaction. */
  readonly terminalId: string;
  /** Custodian's X25519 key for HPKE envelopes (authenticated presets; in the public bundle). */
  readonly sealPublicKey?: Uint8Array;
}

/**
 * A decision checked by the terminal ({@link Terminal.acceptDecision}). `match` is what to act on;
 * `verified` says whether the signature and the request binding held.
 */
export type AcceptedDecision =
  | {
      /** The custodian's signature and the binding to this request held. */
      readonly verified: true;
      /** The signed outcome: true for MATCH, false for a signed NO MATCH (refuse). */
      readonly match: boolean;
      /** The checked decision, for the bank's records. */
      readonly decision: SignedDecision;
    }
  | {
      /** The signature, the request binding or the preset id did not check: treat as no decision. */
      readonly verified: false;
      /** Always false: never act on an unverified decision. */
      readonly match: false;
    };

/** Options of an enrollment reference. */
export interface ReferenceOptions {
  /** Decision threshold as a cosine (authenticated presets write it into the reference). */
  readonly thresholdCosine?: number;
}

/** The chunk containers back to back (a one-chunk template is its container, not a copy). */
function chunkContainers(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? parts[0]! : concatBytes(...parts);
}

/** What the caller says of a transaction; the terminal adds its id, and a fresh nonce and the time unless given. */
export interface TransactionInput {
  /** Amount in minor units of `currency`. */
  readonly amountMinor: bigint;
  /** ISO 4217 code. */
  readonly currency: string;
  /** 16+ random bytes, hex; drawn here when absent. */
  readonly nonce?: string;
  /** Milliseconds since the Unix epoch; now when absent. */
  readonly timestampMs?: number;
}

/** The terminal's cryptography: quantize, encrypt under the custodian's HE public key, build requests, check decisions. Holds no secret HE key. */
export class Terminal implements Disposable {
  /** The public configuration it was created with. */
  readonly config: TerminalConfig;
  private readonly he: HeContext;
  private readonly encryptor: CoefficientEncryptor;
  /** SHA-256 of the HE public key: every ciphertext this terminal makes names it. */
  readonly heKeyId: Uint8Array;

  private constructor(config: TerminalConfig, he: HeContext) {
    this.config = config;
    this.he = he;
    this.heKeyId = sha256(config.hePublicKey);
    if (he.preset.authenticated && config.sealPublicKey?.length !== 32) {
      he.delete();
      throw new SealmatchError('E_INVALID_ARGUMENT', `${he.preset.id} needs the custodian's seal public key (public bundle)`);
    }
    try {
      this.encryptor = new CoefficientEncryptor(he, config.hePublicKey);
    } catch (e) {
      he.delete();
      throw e;
    }
  }

  /** Creates a terminal from the public bundle and its terminal id (loads SEAL). */
  static async create(config: TerminalConfig): Promise<Terminal> {
    return new Terminal(config, await HeContext.create(config.presetId));
  }

  /** Validates and quantizes an embedding with this preset (throws E_NON_FINITE, E_DIMENSION...). */
  quantize(embedding: ArrayLike<number>, declaredDim?: number): QuantizedTemplate {
    return quantizeEmbedding(embedding, this.he.preset, declaredDim);
  }

  /** The signed transaction of a request: this terminal's id, a fresh nonce and the time unless given. */
  private transaction(tx: TransactionInput): Transaction {
    return {
      amountMinor: tx.amountMinor,
      currency: tx.currency,
      terminalId: this.config.terminalId,
      nonce: tx.nonce ?? bytesToHex(randomBytes(16)),
      timestampMs: tx.timestampMs ?? Date.now(),
    };
  }

  /**
   * Encrypts an enrollment reference (coefficients reversed) for `subjectRef`. A fingerprint is
   * passed as its fixed-length vector (src/templates/fingerprint/representation.ts).
   */
  encryptReference(subjectRef: SubjectRef, embedding: ArrayLike<number>, declaredDim?: number, modality: Modality = 'face', options: ReferenceOptions = {}): EncryptedTemplate {
    asSubjectRef(subjectRef);
    const { preset, N, t } = this.he;
    if (isComposite(modality)) throw new SealmatchError('E_COMPOSITION', `a ${modality} reference has several parts: use encryptFusedReference`);
    const chunks = quantizeChunks(embedding, preset, declaredDim);
    if (preset.authenticated) {
      const seed = freshSeed();
      const threshold = scoreThreshold(options.thresholdCosine ?? defaultThresholdCosine(preset, modality), preset.quantScale);
      const plain = referencePlaintexts(preset, chunks, threshold, macKeysFor(preset, seed, 'reference', modality, chunks.length));
      const template: EncryptedTemplate = {
        presetId: preset.id,
        subjectRef,
        dim: embedding.length,
        ciphertext: chunkContainers(plain.map((p) => this.encryptor.encrypt(p))),
        ...(modality !== 'face' ? { modality } : {}),
        heKeyId: this.heKeyId,
      };
      return { ...template, macEnvelope: sealReferenceSeed(this.config.sealPublicKey!, template, seed) };
    }
    return {
      presetId: preset.id,
      subjectRef,
      dim: embedding.length,
      ciphertext: chunkContainers(chunks.map((q) => this.encryptor.encrypt(encodeReference(q.values, preset.maxDim, N, t)))),
      ...(modality !== 'face' ? { modality } : {}),
      heKeyId: this.heKeyId,
    };
  }

  /** Encrypts a probe (coefficients in order); a template longer than maxDim is K chunks back to back. */
  private encryptProbe(embedding: ArrayLike<number>, declaredDim?: number): { dim: number; probe: Uint8Array } {
    const { preset, N, t } = this.he;
    const chunks = quantizeChunks(embedding, preset, declaredDim);
    return { dim: embedding.length, probe: chunkContainers(chunks.map((q) => this.encryptor.encrypt(encodeProbe(q.values, preset.maxDim, N, t)))) };
  }

  /** Builds a verification request: probe encrypted in order, bound to a fresh transaction. */
  buildVerifyRequest(
    subjectRef: SubjectRef,
    embedding: ArrayLike<number>,
    tx: TransactionInput,
    declaredDim?: number,
    options: { modality?: Modality; fused?: { modality: PartModality; embedding: ArrayLike<number> } } = {},
  ): VerifyRequest {
    asSubjectRef(subjectRef);
    const { preset } = this.he;
    if (isComposite(options.modality)) throw new SealmatchError('E_COMPOSITION', `a ${options.modality} probe has several parts: use buildFusedVerifyRequest`);
    if (preset.authenticated) return this.buildAuthenticatedRequest(subjectRef, embedding, tx, declaredDim, options);
    const primary = this.encryptProbe(embedding, declaredDim);
    const transaction = this.transaction(tx);
    const modality = options.modality ?? 'face';
    return {
      presetId: preset.id,
      subjectRef,
      dim: primary.dim,
      probe: primary.probe,
      transaction,
      ...(modality !== 'face' ? { modality } : {}),
      ...(options.fused ? { fused: { modality: options.fused.modality, ...this.encryptProbe(options.fused.embedding) } } : {}),
      heKeyId: this.heKeyId,
    };
  }

  /** Authenticated presets: probe with rho, rho' and MAC blocks; the seed sealed to the custodian. */
  private buildAuthenticatedRequest(
    subjectRef: SubjectRef,
    embedding: ArrayLike<number>,
    tx: TransactionInput,
    declaredDim: number | undefined,
    options: { modality?: Modality; fused?: unknown },
  ): VerifyRequest {
    const { preset } = this.he;
    if (options.fused) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `score-level fusion is not available with authenticated results (${preset.id}); docs/THREAT-MODEL.md`);
    }
    const modality = options.modality ?? 'face';
    const chunks = quantizeChunks(embedding, preset, declaredDim);
    const seed = freshSeed();
    const plain = probePlaintexts(preset, chunks, drawProbeBlinding(preset), macKeysFor(preset, seed, 'request', modality, chunks.length));
    const request: VerifyRequest = {
      presetId: preset.id,
      subjectRef,
      dim: embedding.length,
      probe: chunkContainers(plain.map((p) => this.encryptor.encrypt(p))),
      transaction: this.transaction(tx),
      ...(modality !== 'face' ? { modality } : {}),
      heKeyId: this.heKeyId,
    };
    // The envelope's AAD binds subject, probe, key id, terminal and nonce (not amount or kind,
    // which TerminalClient may still set: the terminal's signature covers those).
    return { ...request, macEnvelope: sealRequestSeed(this.config.sealPublicKey!, request, seed) };
  }

  /**
   * Encrypts a fused reference (authenticated presets): ONE reference of the composite modality
   * `modality` whose template is its parts back to back, each quantized on its own as its
   * single-modality reference would be (a finger part is its `fingerEnrollmentVector`, a face part
   * its embedding), with one MAC seed and the fused threshold T = W ceil(theta scale^2) inside
   * chunk 0 (`thresholdCosine` on the weighted mean cosine; default the composition's).
   * Throws E_COMPOSITION (wrong number of parts, a missing part), E_NON_FINITE, E_ZERO_VECTOR,
   * E_DIMENSION, and E_INVALID_ARGUMENT on a preset without authenticated results.
   * @example terminal.encryptFusedReference(ref, 'finger+finger', [indexVector, middleVector])
   */
  encryptFusedReference(subjectRef: SubjectRef, modality: CompositeModality, parts: readonly ArrayLike<number>[], options: ReferenceOptions = {}): EncryptedTemplate {
    asSubjectRef(subjectRef);
    const { preset } = this.he;
    const composition = compositionOf(modality);
    if (!preset.authenticated) throw new SealmatchError('E_INVALID_ARGUMENT', `fused references need authenticated results; ${preset.id} has score-level fusion (buildVerifyRequest's fused option)`);
    const fused = quantizeFused(composition, parts, preset);
    const threshold = fusedThreshold(composition, options.thresholdCosine ?? defaultThresholdCosine(preset, modality), preset.quantScale);
    const seed = freshSeed();
    const plain = referencePlaintexts(preset, fused.chunks, threshold, macKeysFor(preset, seed, 'reference', modality, fused.chunks.length));
    const template: EncryptedTemplate = {
      presetId: preset.id,
      subjectRef,
      dim: fused.partDims.reduce((n, d) => n + d, 0),
      ciphertext: chunkContainers(plain.map((p) => this.encryptor.encrypt(p))),
      modality,
      heKeyId: this.heKeyId,
      partDims: fused.partDims,
    };
    return { ...template, macEnvelope: sealReferenceSeed(this.config.sealPublicKey!, template, seed) };
  }

  /**
   * Builds a fused verification request (authenticated presets): the probe parts of `modality`,
   * each quantized on its own, multiplied by its part's weight and blinded by one rho in
   * [1, fusedBlindFactor] (the honest fused range must fit t/2), encrypted as one chunked probe
   * with one MAC seed. The matcher refuses it unless the parts match the stored reference's
   * composition (E_COMPOSITION). Same errors as encryptFusedReference.
   */
  buildFusedVerifyRequest(
    subjectRef: SubjectRef,
    modality: CompositeModality,
    parts: readonly ArrayLike<number>[],
    tx: TransactionInput,
  ): VerifyRequest {
    asSubjectRef(subjectRef);
    const { preset } = this.he;
    const composition = compositionOf(modality);
    if (!preset.authenticated) throw new SealmatchError('E_INVALID_ARGUMENT', `fused references need authenticated results; ${preset.id} has score-level fusion (buildVerifyRequest's fused option)`);
    const fused = quantizeFused(composition, parts, preset);
    const seed = freshSeed();
    const blinding = drawProbeBlinding(preset, fusedBlindFactor(preset, weightedParts(composition, fused.partDims)));
    const plain = probePlaintexts(preset, fused.chunks, blinding, macKeysFor(preset, seed, 'request', modality, fused.chunks.length), chunkWeights(composition, fused));
    const request: VerifyRequest = {
      presetId: preset.id,
      subjectRef,
      dim: fused.partDims.reduce((n, d) => n + d, 0),
      probe: chunkContainers(plain.map((p) => this.encryptor.encrypt(p))),
      transaction: this.transaction(tx),
      modality,
      heKeyId: this.heKeyId,
      partDims: fused.partDims,
    };
    return { ...request, macEnvelope: sealRequestSeed(this.config.sealPublicKey!, request, seed) };
  }

  /**
   * The decision to act on: `match` is true only when the decision is the custodian's signature
   * over the hash of exactly `request` AND it says MATCH. A valid signature over NO MATCH gives
   * `{ verified: true, match: false }`; a forged or misbound one `{ verified: false, match: false }`.
   * Approve the transaction on `match`, never on `verified` (nor on the object, which is truthy).
   * @example if (terminal.acceptDecision(decision, request).match) dispense();
   */
  acceptDecision(decision: SignedDecision, request: VerifyRequest): AcceptedDecision {
    if (!verifyDecision(decision, request, this.config.decisionPublicKey)) return { verified: false, match: false };
    return { verified: true, match: decision.match, decision };
  }

  /** Frees the SEAL objects. */
  delete(): void {
    this.encryptor.delete();
    this.he.delete();
  }

  /** Same as delete(): for `using`. */
  [Symbol.dispose](): void {
    this.delete();
  }
}
