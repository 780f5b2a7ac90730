/**
 * The terminal (ATM, teller app, enrollment desk): quantizes a face embedding, encrypts it under
 * the custodian's HE public key, and builds requests bound to the transaction. It holds no secret
 * HE key and cannot decrypt anything it sends.
 */
import { HeContext } from '../he/context.js';
import { encodeProbe, encodeReference } from '../he/coefficient-encoding.js';
import { CoefficientEncryptor } from '../he/encryptor.js';
import { quantizeChunks } from '../templates/chunks.js';
import { quantizeEmbedding, type QuantizedTemplate } from '../templates/face.js';
import type { EncryptedTemplate, Modality, SubjectRef, Transaction, VerifyRequest } from '../wire/messages.js';
import { verifyDecision } from '../wire/signing.js';
import type { SignedDecision } from '../wire/messages.js';

/** What a terminal is configured with: all public. */
export interface TerminalConfig {
  readonly presetId: string;
  /** Custodian's HE public key ("SMK" container). */
  readonly hePublicKey: Uint8Array;
  /** Custodian's Ed25519 decision public key (32 bytes). */
  readonly decisionPublicKey: Uint8Array;
  readonly terminalId: string;
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export class Terminal implements Disposable {
  readonly config: TerminalConfig;
  private readonly he: HeContext;
  private readonly encryptor: CoefficientEncryptor;

  private constructor(config: TerminalConfig, he: HeContext) {
    this.config = config;
    this.he = he;
    try {
      this.encryptor = new CoefficientEncryptor(he, config.hePublicKey);
    } catch (e) {
      he.delete();
      throw e;
    }
  }

  static async create(config: TerminalConfig): Promise<Terminal> {
    return new Terminal(config, await HeContext.create(config.presetId));
  }

  /** Validates and quantizes an embedding with this preset (throws E_NON_FINITE, E_DIMENSION...). */
  quantize(embedding: ArrayLike<number>, declaredDim?: number): QuantizedTemplate {
    return quantizeEmbedding(embedding, this.he.preset, declaredDim);
  }

  /**
   * Encrypts an enrollment reference (coefficients reversed) for `subjectRef`. A fingerprint is
   * passed as its fixed-length vector (src/templates/fingerprint/representation.ts).
   */
  encryptReference(subjectRef: SubjectRef, embedding: ArrayLike<number>, declaredDim?: number, modality: Modality = 'face'): EncryptedTemplate {
    const { preset, N, t } = this.he;
    const chunks = quantizeChunks(embedding, preset, declaredDim);
    return {
      presetId: preset.id,
      subjectRef,
      dim: embedding.length,
      ciphertext: concatBytes(chunks.map((q) => this.encryptor.encrypt(encodeReference(q.values, preset.maxDim, N, t)))),
      ...(modality !== 'face' ? { modality } : {}),
    };
  }

  /** Encrypts a probe (coefficients in order); a template longer than maxDim is K chunks back to back. */
  private encryptProbe(embedding: ArrayLike<number>, declaredDim?: number): { dim: number; probe: Uint8Array } {
    const { preset, N, t } = this.he;
    const chunks = quantizeChunks(embedding, preset, declaredDim);
    return { dim: embedding.length, probe: concatBytes(chunks.map((q) => this.encryptor.encrypt(encodeProbe(q.values, preset.maxDim, N, t)))) };
  }

  /** Builds a verification request: probe encrypted in order, bound to a fresh transaction. */
  buildVerifyRequest(
    subjectRef: SubjectRef,
    embedding: ArrayLike<number>,
    tx: { amountMinor: bigint; currency: string; nonce?: string; timestampMs?: number },
    declaredDim?: number,
    options: { modality?: Modality; fused?: { modality: Modality; embedding: ArrayLike<number> } } = {},
  ): VerifyRequest {
    const primary = this.encryptProbe(embedding, declaredDim);
    const { preset } = this.he;
    const transaction: Transaction = {
      amountMinor: tx.amountMinor,
      currency: tx.currency,
      terminalId: this.config.terminalId,
      nonce: tx.nonce ?? Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('hex'),
      timestampMs: tx.timestampMs ?? Date.now(),
    };
    const modality = options.modality ?? 'face';
    return {
      presetId: preset.id,
      subjectRef,
      dim: primary.dim,
      probe: primary.probe,
      transaction,
      ...(modality !== 'face' ? { modality } : {}),
      ...(options.fused ? { fused: { modality: options.fused.modality, ...this.encryptProbe(options.fused.embedding) } } : {}),
    };
  }

  /** True iff the decision is the custodian's and answers exactly `request`. */
  acceptDecision(decision: SignedDecision, request: VerifyRequest): boolean {
    return verifyDecision(decision, request, this.config.decisionPublicKey);
  }

  delete(): void {
    this.encryptor.delete();
    this.he.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}
