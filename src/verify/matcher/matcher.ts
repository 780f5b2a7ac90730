/**
 * The matcher (bank server): stores encrypted references, computes the encrypted inner product
 * with a probe, blinds it, and forwards the blinded result to the custodian. It imports no key
 * loader and holds no key: 1:1 needs no evaluation keys and the matcher never decrypts.
 */
import { SealmatchError } from '../../errors.js';
import { assertEvaluationModeAllowed } from '../../eval-mode.js';
import type { ResidueArith } from '../../he/kernel/residue-arith.js';
import { VerifyComputation, type LoadedCiphertext } from '../../he/kernel/verify-computation.js';
import type { ReferenceStore } from '../../store/reference-store.js';
import { chunkCount, chunkedScoreBound } from '../../templates/chunks.js';
import { scoreThreshold } from '../../templates/face.js';
import type { BlindedResult, EncryptedTemplate, Modality, SubjectRef, VerifyRequest } from '../../wire/messages.js';
import { asSubjectRef } from '../../subjects/subject-reference.js';
import { equalBytes, verifyRequestHash } from '../../wire/signing.js';
import { drawBlinding } from './blinding.js';
import { assertPresetBounds } from '../../params/bounds.js';
import type { PresetId } from '../../params/presets.js';
import { COMPOSITIONS, compositionOf, fusedDim, isComposite, partChunkCounts } from '../../templates/fusion.js';

/** What a 1:1 Matcher is created with: preset, reference store, thresholds, the custodian's HE key id. */
export interface MatcherOptions {
  /** Parameter set of the deployment; templates and probes naming another are refused (E_PARAMS_MISMATCH). */
  readonly presetId: PresetId;
  /** Where encrypted references are kept (SqliteStore, PostgresStore). */
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
  /**
   * SHA-256 of the custodian's HE public key (SMK container): references and probes naming
   * another key are refused before any computation. Required for authenticated presets.
   */
  readonly heKeyId?: Uint8Array;
}

/** Fusion of face and finger scores under encryption: fused = wFace*s_face + wFinger*s_finger. */
export interface FusionConfig {
  /** Integer weight of the face score, 1..8. */
  readonly faceWeight: number;
  /** Integer weight of the finger score, 1..8. */
  readonly fingerWeight: number;
  /** Threshold on (wFace*cos_face + wFinger*cos_finger) / (wFace + wFinger). */
  readonly thresholdCosine: number;
}

/** Defaults chosen on the chimeric development set (docs/ACCURACY-FINGER.md). */
export { DEFAULT_FINGER_THRESHOLD_COSINE } from '../../templates/thresholds.js';
import { DEFAULT_FINGER_THRESHOLD_COSINE } from '../../templates/thresholds.js';
export const DEFAULT_FUSION: FusionConfig = { faceWeight: 6, fingerWeight: 1, thresholdCosine: 0.793 };

/** A probe and the stored reference, chunk by chunk (one chunk up to the preset's maxDim). */
interface ChunkedPair {
  readonly probes: LoadedCiphertext[];
  readonly references: LoadedCiphertext[];
}

/** A verify request whose inputs are loaded and validated, ready for the HE work. */
export interface VerifyJob {
  readonly req: VerifyRequest;
  readonly modality: Modality;
  readonly primary: ChunkedPair;
  readonly secondary?: ChunkedPair;
}

/** The 1:1 matcher: stores encrypted references, multiplies probe by reference, blinds the score. Holds no key. */
export class Matcher implements Disposable {
  /** Parameter set it computes under. */
  readonly presetId: PresetId;
  /** Face threshold on the integer score: ceil(cosine threshold * quantScale^2). */
  readonly threshold: number;
  /** Finger threshold on the integer score: ceil(cosine threshold * quantScale^2). */
  readonly fingerThreshold: number;
  /** Fusion weights and threshold in force (DEFAULT_FUSION unless given). */
  readonly fusion: FusionConfig;
  /** Integer threshold per unit of weight for fused scores: ceil(theta_fused * scale^2). */
  private readonly fusedUnitThreshold: number;
  /** Whether results also carry the unblinded score; never on authenticated presets. */
  readonly evaluationMode: boolean;
  private readonly store: ReferenceStore;
  private readonly computation: VerifyComputation;
  /** SHA-256 of the custodian's HE public key it accepts ciphertexts under; undefined: not checked (legacy presets only). */
  readonly heKeyId: Uint8Array | undefined;

  private constructor(opts: MatcherOptions, computation: VerifyComputation) {
    this.presetId = opts.presetId;
    this.store = opts.store;
    this.computation = computation;
    const preset = computation.he.preset;
    assertPresetBounds(preset);
    this.threshold = scoreThreshold(opts.thresholdCosine ?? preset.defaultThresholdCosine, preset.quantScale);
    this.fingerThreshold = scoreThreshold(opts.fingerThresholdCosine ?? DEFAULT_FINGER_THRESHOLD_COSINE, preset.quantScale);
    this.fusion = opts.fusion ?? DEFAULT_FUSION;
    if (![this.fusion.faceWeight, this.fusion.fingerWeight].every((x) => Number.isInteger(x) && x >= 1 && x <= 8)) {
      throw new SealmatchError('E_INVALID_ARGUMENT', 'fusion weights must be integers in 1..8');
    }
    this.fusedUnitThreshold = scoreThreshold(this.fusion.thresholdCosine, preset.quantScale);
    this.evaluationMode = opts.evaluationMode ?? false;
    this.heKeyId = opts.heKeyId;
    if (preset.authenticated && opts.heKeyId?.length !== 32) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `${preset.id}: the matcher needs the custodian's HE key id (heKeyId)`);
    }
    if (preset.authenticated && this.evaluationMode) {
      throw new SealmatchError('E_EVAL_MODE_FORBIDDEN', `${preset.id} has no evaluation mode (the matcher cannot unblind authenticated results)`);
    }
  }

  /** E_KEY_MISMATCH unless `id` names this deployment's HE key (when the matcher knows it). */
  private checkKeyId(id: Uint8Array | undefined, what: string): void {
    if (!this.heKeyId) return;
    if (!id || !equalBytes(id, this.heKeyId)) {
      throw new SealmatchError('E_KEY_MISMATCH', `${what} was encrypted under another custodian key than this deployment's`);
    }
  }

  /** Creates a matcher (loads SEAL's parameters; no key). */
  static async create(opts: MatcherOptions): Promise<Matcher> {
    if (opts.evaluationMode) assertEvaluationModeAllowed('matcher');
    const computation = await VerifyComputation.create(opts.presetId, opts.arith);
    return new Matcher(opts, computation);
  }

  /**
   * Stores an encrypted reference after validating it completely (parameter set, container,
   * every residue). Throws before touching the store on any defect.
   */
  async enroll(subjectRef: SubjectRef, template: EncryptedTemplate, nowMs = Date.now()): Promise<void> {
    asSubjectRef(subjectRef);
    this.validateTemplate(subjectRef, template);
    await this.store.insertReference({
      subjectRef,
      modality: template.modality ?? 'face',
      presetId: template.presetId,
      dim: template.dim,
      ciphertext: template.ciphertext,
      enrolledAtMs: nowMs,
      ...(template.heKeyId ? { heKeyId: template.heKeyId } : {}),
      ...(template.partDims ? { partDims: template.partDims } : {}),
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
    this.checkKeyId(template.heKeyId, 'template');
    if (this.computation.he.preset.authenticated && !template.macEnvelope?.length) {
      throw new SealmatchError('E_MALFORMED_MESSAGE', 'authenticated templates carry a MAC envelope for the custodian');
    }
    this.computation.loadChunks(template.ciphertext, this.chunksOf(template.modality ?? 'face', template.dim, template.partDims));
  }

  /**
   * Chunk count of a template or probe of `modality`: one part (checkDim), or for a composite
   * modality the sum over its parts, after checking the parts against the composition
   * (E_COMPOSITION: wrong number of parts, parts not summing to `dim`, part dims on a single
   * modality; E_INVALID_ARGUMENT: a fused reference on a preset without authenticated results).
   */
  private chunksOf(modality: Modality, dim: number, partDims: readonly number[] | undefined): number {
    if (!isComposite(modality)) {
      if (partDims !== undefined) throw new SealmatchError('E_COMPOSITION', `a ${modality} template has no parts`);
      return this.checkDim(dim);
    }
    const preset = this.computation.he.preset;
    if (!preset.authenticated) throw new SealmatchError('E_INVALID_ARGUMENT', `fused references need authenticated results, ${preset.id} has none`);
    const counts = partChunkCounts(compositionOf(modality), partDims, preset);
    if (fusedDim(partDims!) !== dim) throw new SealmatchError('E_COMPOSITION', `parts of ${partDims!.join(' + ')} values do not make ${dim}`);
    return counts.reduce((n, k) => n + k, 0);
  }

  /**
   * Computes the blinded result for a verify request against the subject's stored reference.
   * Authenticated presets need the terminal's signed request (`signRequest` bytes, encoded
   * SignedRequest): the custodian verifies it itself.
   */
  async verify(req: VerifyRequest, signedRequest?: Uint8Array): Promise<BlindedResult> {
    return this.verifyWithHash(req, verifyRequestHash(req), signedRequest);
  }

  /** As `verify`, with the request hash already known (the server hashes the received body). */
  async verifyWithHash(req: VerifyRequest, requestHash: Uint8Array, signedRequest?: Uint8Array): Promise<BlindedResult> {
    return this.computeVerify(await this.loadVerify(req), requestHash, signedRequest);
  }

  /**
   * Every check of a verify request that needs no state change: parameter set, key id, fusion,
   * probe containers, the stored reference (subject, modality, preset, dimension, key id). The
   * service runs it before it claims the nonce and reserves the attempt, so bad input changes
   * nothing. Typed errors: E_PARAMS_MISMATCH, E_KEY_MISMATCH, E_MALFORMED_CIPHERTEXT,
   * E_UNKNOWN_SUBJECT, E_DIMENSION, E_SUBJECT_MISMATCH, E_INVALID_ARGUMENT.
   */
  async loadVerify(req: VerifyRequest): Promise<VerifyJob> {
    this.checkPreset(req.presetId);
    this.checkKeyId(req.heKeyId, 'probe');
    const modality = req.modality ?? 'face';
    if (this.computation.he.preset.authenticated && req.fused) throw new SealmatchError('E_INVALID_ARGUMENT', 'score-level fusion is not available with authenticated results');
    if (isComposite(modality) && req.fused) throw new SealmatchError('E_MALFORMED_MESSAGE', 'a fused reference is verified with its parts, not with a second probe');
    const primary = await this.loadPair(req.subjectRef, modality, req.dim, req.probe, req.partDims);
    if (!req.fused) return { req, modality, primary };
    if (req.fused.modality === modality) throw new SealmatchError('E_MALFORMED_MESSAGE', 'fusion needs two different modalities');
    const secondary = await this.loadPair(req.subjectRef, req.fused.modality, req.fused.dim, req.fused.probe);
    return { req, modality, primary, secondary };
  }

  /** The HE work of a loaded verify request (no store access). */
  computeVerify(job: VerifyJob, requestHash: Uint8Array, signedRequest?: Uint8Array): BlindedResult {
    const { req, modality, primary, secondary } = job;
    if (this.computation.he.preset.authenticated) {
      if (!signedRequest?.length) throw new SealmatchError('E_INVALID_ARGUMENT', 'authenticated results carry the terminal\'s signed request');
      const ciphertext = this.computation.computeAuthenticated(primary.probes.map((probe, c) => ({ probe, reference: primary.references[c]! })));
      return { presetId: this.presetId, requestHash, ciphertext, signedRequest };
    }
    if (!secondary || !req.fused) {
      if (primary.probes.length === 1) return this.blindedResult(requestHash, primary.probes[0]!, primary.references[0]!, modality);
      return this.weightedResult(requestHash, [{ pair: primary, weight: 1, modality, dim: req.dim }]);
    }
    const face = modality === 'face' ? primary : secondary;
    const finger = modality === 'face' ? secondary : primary;
    return this.fusedResult(requestHash, { ...face, dim: modality === 'face' ? req.dim : req.fused.dim }, { ...finger, dim: modality === 'face' ? req.fused.dim : req.dim });
  }

  /** Validates a (possibly chunked) probe and fetches the subject's reference of that modality. */
  private async loadPair(subjectRef: string, modality: Modality, dim: number, probeBytes: Uint8Array, partDims?: readonly number[]): Promise<ChunkedPair> {
    const k = this.chunksOf(modality, dim, partDims);
    const probes = this.computation.loadChunks(probeBytes, k);
    const stored = await this.store.getReference(subjectRef, modality);
    if (!stored) {
      // A fused probe for a subject whose fused reference has another composition.
      if (isComposite(modality)) {
        for (const other of Object.keys(COMPOSITIONS)) {
          if (other !== modality && (await this.store.getReference(subjectRef, other as Modality))) {
            throw new SealmatchError('E_COMPOSITION', `the subject's fused reference is ${other}, the request's parts are ${modality}`);
          }
        }
      }
      throw new SealmatchError('E_UNKNOWN_SUBJECT', `no ${modality} reference enrolled for this subject`);
    }
    if (stored.subjectRef !== subjectRef) throw new SealmatchError('E_SUBJECT_MISMATCH', 'stored reference belongs to another subject');
    if ((stored.modality ?? 'face') !== modality) throw new SealmatchError('E_SUBJECT_MISMATCH', 'stored reference is of another modality');
    this.checkPreset(stored.presetId);
    if (isComposite(modality) && (stored.partDims?.length !== partDims!.length || !stored.partDims.every((d, i) => d === partDims![i]))) {
      throw new SealmatchError('E_COMPOSITION', `probe parts ${partDims!.join(' + ')} do not match the reference's ${stored.partDims?.join(' + ') ?? '(none)'}`);
    }
    if (stored.dim !== dim) throw new SealmatchError('E_DIMENSION', `probe is ${dim}-D, reference is ${stored.dim}-D`);
    if (this.heKeyId && stored.heKeyId) this.checkKeyId(stored.heKeyId, 'stored reference');
    else if (this.computation.he.preset.authenticated) throw new SealmatchError('E_KEY_MISMATCH', 'stored reference records no HE key id');
    return { probes, references: this.computation.loadChunks(stored.ciphertext, k) };
  }

  /**
   * One blinded value for sum over groups of weight * sum over chunks <p_c, g_c>, against the
   * threshold scale * T, where T is the single-chunk integer threshold (per modality, or the
   * fusion threshold) and scale = sum of weight * chunks. Evaluation mode reveals that sum.
   */
  private weightedResult(requestHash: Uint8Array, groups: { pair: ChunkedPair; weight: number; modality: Modality | 'fused'; dim: number }[]): BlindedResult {
    const preset = this.computation.he.preset;
    const terms = groups.flatMap((g) => g.pair.probes.map((probe, c) => ({ probe, reference: g.pair.references[c]!, weight: g.weight })));
    // Every group's chunk sum is its whole inner product (cosine * scale^2 units), so the
    // threshold scales with the weights alone; the honest range also with each group's bound.
    const weightTotal = groups.reduce((n, g) => n + g.weight, 0);
    const rangeScale = groups.reduce((n, g) => n + g.weight * Math.ceil(chunkedScoreBound(g.dim, preset) / preset.scoreBound), 0);
    const kind = groups.length > 1 ? 'fused' : groups[0]!.modality;
    const unit = kind === 'fused' ? this.fusedUnitThreshold : kind === 'face' ? this.threshold : this.fingerThreshold;
    const ciphertext = this.computation.computeWeighted(terms, drawBlinding(preset, weightTotal * unit, rangeScale));
    const result: BlindedResult = { presetId: this.presetId, requestHash, ciphertext, scoreScale: rangeScale };
    if (!this.evaluationMode) return result;
    return { ...result, evaluation: this.computation.computeWeighted(terms, { factor: 1, offset: 0 }) };
  }

  /** Fused face + finger: one blinded value for wFace*s_face + wFinger*s_finger - T_fused. */
  fusedResult(requestHash: Uint8Array, face: ChunkedPair & { dim: number }, finger: ChunkedPair & { dim: number }): BlindedResult {
    return this.weightedResult(requestHash, [
      { pair: face, weight: this.fusion.faceWeight, modality: 'fused', dim: face.dim },
      { pair: finger, weight: this.fusion.fingerWeight, modality: 'fused', dim: finger.dim },
    ]);
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

  /** Loads and validates K concatenated containers of a chunked template (benchmarks). */
  loadChunks(bytes: Uint8Array, dim: number): LoadedCiphertext[] {
    return this.computation.loadChunks(bytes, this.checkDim(dim));
  }

  /** The computation alone for a chunked single-modality pair (benchmarks: "server match"). */
  blindedChunkedResult(requestHash: Uint8Array, probes: LoadedCiphertext[], references: LoadedCiphertext[], modality: Modality, dim: number): BlindedResult {
    return this.weightedResult(requestHash, [{ pair: { probes, references }, weight: 1, modality, dim }]);
  }

  /** Loads and validates a ciphertext container (exposed for benchmarks and the server). */
  load(bytes: Uint8Array): LoadedCiphertext {
    return this.computation.load(bytes);
  }

  /** Deletes every reference of a subject; false if there was none. */
  async deleteSubject(subjectRef: string): Promise<boolean> {
    return this.store.deleteReference(subjectRef);
  }

  private checkPreset(id: string): void {
    if (id !== this.presetId) throw new SealmatchError('E_PARAMS_MISMATCH', `message for "${id}", matcher runs "${this.presetId}"`);
  }

  /** Checks a template dimension; returns its chunk count (1 up to maxDim). */
  private checkDim(dim: number): number {
    return chunkCount(dim, this.computation.he.preset);
  }

  /** Frees the SEAL objects. */
  delete(): void {
    this.computation.delete();
  }

  /** Same as delete(): for `using`. */
  [Symbol.dispose](): void {
    this.delete();
  }
}
