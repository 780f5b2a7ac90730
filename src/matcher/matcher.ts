/**
 * The matcher (bank server): stores encrypted references, computes the encrypted inner product
 * with a probe, blinds it, and forwards the blinded result to the custodian. It imports no key
 * loader and holds no key: 1:1 needs no evaluation keys and the matcher never decrypts.
 */
import { SealmatchError } from '../errors.js';
import { assertEvaluationModeAllowed } from '../eval-mode.js';
import type { ResidueArith } from '../he/residue-arith.js';
import { VerifyComputation, type LoadedCiphertext } from '../he/verify-computation.js';
import type { ReferenceStore } from '../store/reference-store.js';
import { scoreThreshold } from '../templates/face.js';
import type { BlindedResult, EncryptedTemplate, Modality, VerifyRequest } from '../wire/messages.js';
import { verifyRequestHash } from '../wire/signing.js';
import { assertBlindingFits, drawBlinding } from './blinding.js';

export interface MatcherOptions {
  readonly presetId: string;
  readonly store: ReferenceStore;
  /** Face decision threshold as a cosine; defaults to the preset's documented one. */
  readonly thresholdCosine?: number;
  /** Fingerprint decision threshold as a cosine (docs/ACCURACY-FINGER.md). */
  readonly fingerThresholdCosine?: number;
  /** Score-level fusion: integer weights and the threshold on the weighted mean cosine. */
  readonly fusion?: FusionConfig;
  /** Evaluation mode: also send the unblinded score. Off by default; refused in production. */
  readonly evaluationMode?: boolean;
  /** Residue arithmetic (defaults to the WASM SIMD kernel when available). */
  readonly arith?: ResidueArith;
}

/** Fusion of face and finger scores under encryption: fused = wFace*s_face + wFinger*s_finger. */
export interface FusionConfig {
  readonly faceWeight: number;
  readonly fingerWeight: number;
  /** Threshold on (wFace*cos_face + wFinger*cos_finger) / (wFace + wFinger). */
  readonly thresholdCosine: number;
}

/** Defaults chosen on the chimeric development set (docs/ACCURACY-FINGER.md). */
export const DEFAULT_FINGER_THRESHOLD_COSINE = 0.5;
export const DEFAULT_FUSION: FusionConfig = { faceWeight: 1, fingerWeight: 1, thresholdCosine: 0.7 };

export class Matcher implements Disposable {
  readonly presetId: string;
  readonly threshold: number;
  readonly fingerThreshold: number;
  readonly fusion: FusionConfig;
  private readonly fusedThreshold: number;
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
    this.fingerThreshold = scoreThreshold(opts.fingerThresholdCosine ?? DEFAULT_FINGER_THRESHOLD_COSINE, preset.quantScale);
    this.fusion = opts.fusion ?? DEFAULT_FUSION;
    const w = this.fusion.faceWeight + this.fusion.fingerWeight;
    if (![this.fusion.faceWeight, this.fusion.fingerWeight].every((x) => Number.isInteger(x) && x >= 1 && x <= 8)) {
      throw new SealmatchError('E_INVALID_ARGUMENT', 'fusion weights must be integers in 1..8');
    }
    this.fusedThreshold = w * scoreThreshold(this.fusion.thresholdCosine, preset.quantScale);
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
      modality: template.modality ?? 'face',
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
    const modality = req.modality ?? 'face';
    const primary = await this.loadPair(req.subjectRef, modality, req.dim, req.probe);
    if (!req.fused) return this.blindedResult(requestHash, primary.probe, primary.reference, modality);
    if (req.fused.modality === modality) throw new SealmatchError('E_MALFORMED_MESSAGE', 'fusion needs two different modalities');
    const secondary = await this.loadPair(req.subjectRef, req.fused.modality, req.fused.dim, req.fused.probe);
    const face = modality === 'face' ? primary : secondary;
    const finger = modality === 'face' ? secondary : primary;
    return this.fusedResult(requestHash, face, finger);
  }

  /** Validates a probe and fetches the subject's reference of that modality. */
  private async loadPair(subjectRef: string, modality: Modality, dim: number, probeBytes: Uint8Array): Promise<{ probe: LoadedCiphertext; reference: LoadedCiphertext }> {
    this.checkDim(dim);
    const probe = this.computation.load(probeBytes);
    const stored = await this.store.getReference(subjectRef, modality);
    if (!stored) throw new SealmatchError('E_UNKNOWN_SUBJECT', `no ${modality} reference enrolled for this subject`);
    if (stored.subjectRef !== subjectRef) throw new SealmatchError('E_SUBJECT_MISMATCH', 'stored reference belongs to another subject');
    if ((stored.modality ?? 'face') !== modality) throw new SealmatchError('E_SUBJECT_MISMATCH', 'stored reference is of another modality');
    this.checkPreset(stored.presetId);
    if (stored.dim !== dim) throw new SealmatchError('E_DIMENSION', `probe is ${dim}-D, reference is ${stored.dim}-D`);
    return { probe, reference: this.computation.load(stored.ciphertext) };
  }

  /** Fused face + finger: one blinded value for wFace*s_face + wFinger*s_finger - T_fused. */
  fusedResult(requestHash: Uint8Array, face: { probe: LoadedCiphertext; reference: LoadedCiphertext }, finger: { probe: LoadedCiphertext; reference: LoadedCiphertext }): BlindedResult {
    const preset = this.computation.he.preset;
    const { faceWeight, fingerWeight } = this.fusion;
    const scale = faceWeight + fingerWeight;
    const terms = [
      { probe: face.probe, reference: face.reference, weight: faceWeight },
      { probe: finger.probe, reference: finger.reference, weight: fingerWeight },
    ];
    const ciphertext = this.computation.computeWeighted(terms, drawBlinding(preset, this.fusedThreshold, scale));
    const result: BlindedResult = { presetId: this.presetId, requestHash, ciphertext, scoreScale: scale };
    if (!this.evaluationMode) return result;
    return { ...result, evaluation: this.computation.computeWeighted(terms, { factor: 1, offset: 0 }) };
  }

  /** The computation alone, on already-loaded ciphertexts (benchmarks: "server match"). */
  blindedResult(requestHash: Uint8Array, probe: LoadedCiphertext, reference: LoadedCiphertext, modality: Modality = 'face'): BlindedResult {
    const preset = this.computation.he.preset;
    const threshold = modality === 'face' ? this.threshold : this.fingerThreshold;
    const ciphertext = this.computation.compute(probe, reference, drawBlinding(preset, threshold));
    const result: BlindedResult = { presetId: this.presetId, requestHash, ciphertext };
    if (!this.evaluationMode) return result;
    return { ...result, evaluation: this.computation.compute(probe, reference, { factor: 1, offset: 0 }) };
  }

  /** Loads and validates a ciphertext container (exposed for benchmarks and the server). */
  load(bytes: Uint8Array): LoadedCiphertext {
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
