/**
 * The custodian (decision service): holds the HE secret key and the Ed25519 decision key.
 * It decrypts only blinded results, reads only the score coefficient, and returns a signed
 * match / no-match. It never receives templates, probes, or (outside evaluation mode) scores.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { SealmatchError } from '../errors.js';
import { assertEvaluationModeAllowed } from '../eval-mode.js';
import { centre, scoreIndex } from '../he/coefficient-encoding.js';
import { HeContext } from '../he/context.js';
import { CoefficientDecryptor } from '../he/decryptor.js';
import { generateKeyPair } from '../he/keys.js';
import { blindFactorFor } from '../he/blinding-range.js';
import type { BlindedResult, SignedDecision } from '../wire/messages.js';
import { decisionSigningBytes, keyId } from '../wire/signing.js';

/** The custodian's secrets. Never serialized into any message. */
export interface CustodianSecrets {
  readonly presetId: string;
  readonly heSecretKey: Uint8Array;
  /** Ed25519 secret key (32 bytes). */
  readonly decisionSecretKey: Uint8Array;
}

/** What the custodian publishes: terminals and the matcher are configured with this. */
export interface PublicBundle {
  readonly presetId: string;
  readonly hePublicKey: Uint8Array;
  readonly decisionPublicKey: Uint8Array;
  /** X25519 key terminals seal MAC seeds to (HPKE, RFC 9180); authenticated presets. */
  readonly sealPublicKey?: Uint8Array;
}

export interface CustodianOptions {
  readonly secrets: CustodianSecrets;
  /** Reveal unblinded scores of evaluation results. Off by default; refused in production. */
  readonly evaluationMode?: boolean;
  readonly now?: () => number;
}

export class Custodian implements Disposable {
  readonly presetId: string;
  readonly decisionPublicKey: Uint8Array;
  readonly evaluationMode: boolean;
  private readonly he: HeContext;
  private readonly decryptor: CoefficientDecryptor;
  private readonly decisionSecretKey: Uint8Array;
  private readonly keyId: Uint8Array;
  private readonly now: () => number;

  private constructor(he: HeContext, opts: CustodianOptions) {
    this.he = he;
    this.presetId = he.preset.id;
    this.decryptor = new CoefficientDecryptor(he, opts.secrets.heSecretKey);
    this.decisionSecretKey = opts.secrets.decisionSecretKey;
    this.decisionPublicKey = ed25519.getPublicKey(this.decisionSecretKey);
    this.keyId = keyId(this.decisionPublicKey);
    this.evaluationMode = opts.evaluationMode ?? false;
    this.now = opts.now ?? Date.now;
  }

  /** Generates fresh HE and decision keys for a preset. */
  static async generateSecrets(presetId: string): Promise<{ secrets: CustodianSecrets; bundle: PublicBundle }> {
    const he = await HeContext.create(presetId);
    try {
      const { publicKey, secretKey } = generateKeyPair(he);
      const decisionSecretKey = ed25519.utils.randomSecretKey();
      return {
        secrets: { presetId, heSecretKey: secretKey, decisionSecretKey },
        bundle: { presetId, hePublicKey: publicKey, decisionPublicKey: ed25519.getPublicKey(decisionSecretKey) },
      };
    } finally {
      he.delete();
    }
  }

  static async create(opts: CustodianOptions): Promise<Custodian> {
    if (opts.evaluationMode) assertEvaluationModeAllowed('custodian');
    const he = await HeContext.create(opts.secrets.presetId);
    try {
      return new Custodian(he, opts);
    } catch (e) {
      he.delete();
      throw e;
    }
  }

  /**
   * Decrypts the blinded value r*(score-T)+r' (centred). Range-checked against what an honest
   * matcher produces for scores of weight total `scale` (1, or the fusion weights' sum).
   */
  private blindedValue(ciphertext: Uint8Array, scale = 1): number {
    const { preset, t } = this.he;
    if (!Number.isInteger(scale) || scale < 1 || scale > 16) throw new SealmatchError('E_MALFORMED_MESSAGE', 'score scale outside 1..16');
    const v = centre(this.decryptor.decryptCoefficient(ciphertext, scoreIndex(preset.maxDim), [3]), t);
    const r = blindFactorFor(preset, scale);
    const bound = r * scale * (preset.scoreBound + preset.quantScale ** 2) + r;
    if (Math.abs(v) > bound) {
      // Honest matchers never produce this: noise overflow, other keys, or a forged result.
      throw new SealmatchError('E_DECRYPTION_RANGE', 'blinded value outside the range an honest matcher produces');
    }
    return v;
  }

  /** Decides a blinded result: match iff the decrypted blinded value is >= 0. Signed. */
  decide(result: BlindedResult): SignedDecision {
    if (result.presetId !== this.presetId) {
      throw new SealmatchError('E_PARAMS_MISMATCH', `result for "${result.presetId}", custodian holds "${this.presetId}"`);
    }
    if (!(result.requestHash instanceof Uint8Array) || result.requestHash.length !== 32) {
      throw new SealmatchError('E_MALFORMED_MESSAGE', 'request hash must be 32 bytes');
    }
    const match = this.blindedValue(result.ciphertext, result.scoreScale ?? 1) >= 0;
    const unsigned = {
      presetId: this.presetId,
      requestHash: result.requestHash,
      match,
      issuedAtMs: this.now(),
      custodianKeyId: this.keyId,
    };
    return { ...unsigned, signature: ed25519.sign(decisionSigningBytes(unsigned), this.decisionSecretKey) };
  }

  /** Evaluation mode only: the unblinded integer score of an evaluation result. */
  revealScore(result: BlindedResult): number {
    if (!this.evaluationMode) throw new SealmatchError('E_EVAL_MODE_OFF', 'custodian is not in evaluation mode');
    if (!result.evaluation) throw new SealmatchError('E_MALFORMED_MESSAGE', 'result carries no evaluation ciphertext');
    const { preset, t } = this.he;
    const v = centre(this.decryptor.decryptCoefficient(result.evaluation, scoreIndex(preset.maxDim), [3]), t);
    if (Math.abs(v) > (result.scoreScale ?? 1) * preset.scoreBound) throw new SealmatchError('E_DECRYPTION_RANGE', 'score outside the preset bound');
    return v;
  }

  delete(): void {
    this.decryptor.delete();
    this.he.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}

// ------------------------------------------------------------------ 1:N identify (docs/IDENTIFY.md)
// Added beside the 1:1 class without changing it: the identify engine is attached per instance.
import { CustodianIdentify, type DeletionRefreshRequest, type EnrollmentRefreshRequest, type RefreshResponse } from './identify.js';
import type { BlindedIdentifyResult, SignedIdentifyDecision } from '../wire/identify-messages.js';

const identifyEngines = new WeakMap<Custodian, CustodianIdentify>();

function identifyEngine(c: Custodian): CustodianIdentify {
  const e = identifyEngines.get(c);
  if (!e) throw new SealmatchError('E_INVALID_ARGUMENT', 'identify not enabled on this custodian: call attachIdentify(secrets) first');
  return e;
}

// Declaration merging with the class above: the identify methods, assigned to its prototype below.
export interface Custodian {
    /** Enables 1:N identify with the same secrets the custodian was created with. */
    attachIdentify(secrets: CustodianSecrets): Promise<void>;
    /** Galois keys (SMK container) the matcher needs for probe expansion. */
    expansionKeys(): Uint8Array;
    /** Per-slot signed decisions on a blinded 1:N result. */
    decideIdentify(result: BlindedIdentifyResult): SignedIdentifyDecision;
    /** Enrollment refresh: fresh batched columns for masked templates. */
    refreshForEnrollment(req: EnrollmentRefreshRequest): RefreshResponse;
    /** Deletion refresh: fresh columns with given slots replaced. */
    refreshForDeletion(req: DeletionRefreshRequest): RefreshResponse;
    /** Frees the identify engine's SEAL objects (call before or after delete()). */
    closeIdentify(): void;
}

Custodian.prototype.attachIdentify = async function attachIdentify(this: Custodian, secrets: CustodianSecrets): Promise<void> {
  if (secrets.presetId !== this.presetId) throw new SealmatchError('E_PARAMS_MISMATCH', 'secrets for another parameter set');
  const pub = ed25519.getPublicKey(secrets.decisionSecretKey);
  if (pub.length !== this.decisionPublicKey.length || pub.some((b, i) => b !== this.decisionPublicKey[i])) {
    throw new SealmatchError('E_INVALID_ARGUMENT', 'decision key differs from this custodian\'s');
  }
  identifyEngines.get(this)?.delete();
  identifyEngines.set(this, await CustodianIdentify.create(secrets));
};
Custodian.prototype.expansionKeys = function expansionKeys(this: Custodian): Uint8Array {
  return identifyEngine(this).expansionKeys();
};
Custodian.prototype.decideIdentify = function decideIdentify(this: Custodian, result: BlindedIdentifyResult): SignedIdentifyDecision {
  return identifyEngine(this).decideIdentify(result);
};
Custodian.prototype.refreshForEnrollment = function refreshForEnrollment(this: Custodian, req: EnrollmentRefreshRequest): RefreshResponse {
  return identifyEngine(this).refreshForEnrollment(req);
};
Custodian.prototype.refreshForDeletion = function refreshForDeletion(this: Custodian, req: DeletionRefreshRequest): RefreshResponse {
  return identifyEngine(this).refreshForDeletion(req);
};
Custodian.prototype.closeIdentify = function closeIdentify(this: Custodian): void {
  identifyEngines.get(this)?.delete();
  identifyEngines.delete(this);
};
