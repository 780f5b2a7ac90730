/**
 * The matcher (bank server): stores encrypted references, computes the encrypted inner product
 * with a probe, blinds it, and forwards the blinded result to the custodian. It imports no key
 * loader and holds no key: 1:1 needs no evaluation keys and the matcher never decrypts.
 */
import { SealmatchError } from '../errors.js';
import { assertEvaluationModeAllowed } from '../eval-mode.js';
import type { ResidueArith } from '../he/residue-arith.js';
import { VerifyComputation } from '../he/verify-computation.js';
import type { ReferenceStore } from '../store/reference-store.js';
import { scoreThreshold } from '../templates/face.js';
import type { BlindedResult, EncryptedTemplate, VerifyRequest } from '../wire/messages.js';
import { verifyRequestHash } from '../wire/signing.js';
import { assertBlindingFits, drawBlinding } from './blinding.js';

export interface MatcherOptions {
  readonly presetId: string;
  readonly store: ReferenceStore;
  /** Decision threshold as a cosine; defaults to the preset's documented one. */
  readonly thresholdCosine?: number;
  /** Evaluation mode: also send the unblinded score. Off by default; refused in production. */
  readonly evaluationMode?: boolean;
  /** Residue arithmetic (defaults to the WASM SIMD kernel when available). */
  readonly arith?: ResidueArith;
}

export class Matcher implements Disposable {
  readonly presetId: string;
  readonly threshold: number;
  readonly evaluationMode: boolean;
  private readonly store: ReferenceStore;
  private readonly computation: VerifyComputation;

  private constructor(opts: MatcherOptions, computation: VerifyComputation) {
    this.presetId = opts.presetId;
    this.store = opts.store;
    this.computation = computation;
    const preset = computation.he.preset;
    assertBlindingFits(preset);
    this.threshold = scoreThreshold(opts.thresholdCosine ?? preset.defaultThresholdCosine, preset.quantScale);
    this.evaluationMode = opts.evaluationMode ?? false;
  }

  static async create(opts: MatcherOptions): Promise<Matcher> {
    if (opts.evaluationMode) assertEvaluationModeAllowed('matcher');
    const computation = await VerifyComputation.create(opts.presetId, opts.arith);
    return new Matcher(opts, computation);
  }

  /**
   * Stores an encrypted reference after validating it completely (parameter set, container,
   * every residue). Throws before touching the store on any defect.
   */
  async enroll(subjectRef: string, template: EncryptedTemplate, nowMs = Date.now()): Promise<void> {
    this.validateTemplate(subjectRef, template);
    await this.store.insertReference({
      subjectRef,
      presetId: template.presetId,
      dim: template.dim,
      ciphertext: template.ciphertext,
      enrolledAtMs: nowMs,
    });
  }

  /**
   * Validates an enrollment template completely (parameter set, subject binding, dimension,
   * container, every residue) without storing it. Throws the typed error of the first defect.
   */
  validateTemplate(subjectRef: string, template: EncryptedTemplate): void {
    this.checkPreset(template.presetId);
    if (template.subjectRef !== subjectRef) {
      throw new SealmatchError('E_SUBJECT_MISMATCH', 'template is bound to another subject');
    }
    this.checkDim(template.dim);
    this.computation.load(template.ciphertext);
  }

  /** Computes the blinded result for a verify request against the subject's stored reference. */
  async verify(req: VerifyRequest): Promise<BlindedResult> {
    return this.verifyWithHash(req, verifyRequestHash(req));
  }

  /** As `verify`, with the request hash already known (the server hashes the received body). */
  async verifyWithHash(req: VerifyRequest, requestHash: Uint8Array): Promise<BlindedResult> {
    this.checkPreset(req.presetId);
    this.checkDim(req.dim);
    const probe = this.computation.load(req.probe);
    const stored = await this.store.getReference(req.subjectRef);
    if (!stored) throw new SealmatchError('E_UNKNOWN_SUBJECT', 'no reference enrolled for this subject');
    if (stored.subjectRef !== req.subjectRef) throw new SealmatchError('E_SUBJECT_MISMATCH', 'stored reference belongs to another subject');
    this.checkPreset(stored.presetId);
    if (stored.dim !== req.dim) throw new SealmatchError('E_DIMENSION', `probe is ${req.dim}-D, reference is ${stored.dim}-D`);
    const reference = this.computation.load(stored.ciphertext);
    return this.blindedResult(requestHash, probe, reference);
  }

  /** The computation alone, on already-loaded ciphertexts (benchmarks: "server match"). */
  blindedResult(
    requestHash: Uint8Array,
    probe: ReturnType<VerifyComputation['load']>,
    reference: ReturnType<VerifyComputation['load']>,
  ): BlindedResult {
    const preset = this.computation.he.preset;
    const ciphertext = this.computation.compute(probe, reference, drawBlinding(preset, this.threshold));
    const result: BlindedResult = { presetId: this.presetId, requestHash, ciphertext };
    if (!this.evaluationMode) return result;
    return { ...result, evaluation: this.computation.compute(probe, reference, { factor: 1, offset: 0 }) };
  }

  /** Loads and validates a ciphertext container (exposed for benchmarks and the server). */
  load(bytes: Uint8Array): ReturnType<VerifyComputation['load']> {
    return this.computation.load(bytes);
  }

  async deleteSubject(subjectRef: string): Promise<boolean> {
    return this.store.deleteReference(subjectRef);
  }

  private checkPreset(id: string): void {
    if (id !== this.presetId) throw new SealmatchError('E_PARAMS_MISMATCH', `message for "${id}", matcher runs "${this.presetId}"`);
  }

  private checkDim(dim: number): void {
    const p = this.computation.he.preset;
    if (!Number.isInteger(dim) || dim < p.minDim || dim > p.maxDim) throw new SealmatchError('E_DIMENSION', `dimension ${dim} outside ${p.minDim}..${p.maxDim}`);
  }

  delete(): void {
    this.computation.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}
