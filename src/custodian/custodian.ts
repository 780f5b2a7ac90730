/**
 * @module custodian/custodian
 * The custodian (decision service): holds the HE secret key, the Ed25519 decision key and the
 * X25519 key MAC seeds are sealed to. On authenticated presets (the default, sm2) it decides a
 * result only after authenticating, itself, the terminal request behind it and the result's MAC
 * tags (authenticated-decider.ts); it keeps its own key registry, nonce store, reference MAC
 * seeds, alarm counters and audit log (state.ts). It never receives templates, probes or scores.
 *
 * The wave-1 preset (sm1, t = 2^26, matcher-side blinding) has no result authentication: this
 * custodian decides it only in evaluation mode, which production configuration refuses.
 *
 * Security note: trusts its own state file and its secrets; trusts nothing the matcher sends.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { SealmatchError } from '../errors.js';
import { assertEvaluationModeAllowed } from '../eval-mode.js';
import { centre, scoreIndex } from '../he/codec/coefficient-encoding.js';
import { HeContext } from '../he/index.js';
import { CoefficientDecryptor } from '../he/index.js';
import { generateKeyPair } from '../he/index.js';
import { blindFactorFor } from '../params/bounds.js';
import type { KeyRecord } from '../store/store.js';
import { sha256 } from '../wire/digest.js';
import { hpkeGenerateKeyPair } from '../wire/hpke.js';
import type { BlindedResult, SignedDecision } from '../wire/messages.js';
import { decisionSigningBytes, keyId } from '../wire/signing.js';
import { AuthenticatedDecider, type DeciderStats } from '../verify/custodian/authenticated-decider.js';
import { RequestAuthenticator } from '../verify/custodian/requests.js';
import { CustodianState } from './state.js';

/** The custodian's secrets. Never serialized into any message. */
export interface CustodianSecrets {
  readonly presetId: string;
  readonly heSecretKey: Uint8Array;
  /** Ed25519 secret key (32 bytes). */
  readonly decisionSecretKey: Uint8Array;
  /** The HE public key (SMK container; public, kept for the key id every ciphertext names). */
  readonly hePublicKey?: Uint8Array;
  /** X25519 secret key MAC seeds are sealed to (authenticated presets). */
  readonly sealSecretKey?: Uint8Array;
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
  /**
   * The custodian's own state (key registry, nonces, reference MAC seeds, alarms, audit log).
   * Authenticated presets need it; defaults to an in-memory one (tests, the demo).
   */
  readonly state?: CustodianState;
  /** Alarms (results failing authentication) after which a matcher credential is suspended. Default 3. */
  readonly alarmThreshold?: number;
  /** Accepted clock skew of request timestamps either way (default 5 minutes). */
  readonly timestampWindowMs?: number;
}

/** Who relayed a result: alarms and suspension are counted per matcher credential. */
export interface DecideContext {
  /** Matcher credential id (the HTTP server passes a hash of the bearer token). Default 'matcher'. */
  readonly credential?: string;
}

export class Custodian implements Disposable {
  readonly presetId: string;
  readonly decisionPublicKey: Uint8Array;
  readonly evaluationMode: boolean;
  /** SHA-256 of the HE public key (undefined for legacy secrets without it). */
  readonly heKeyId: Uint8Array | undefined;
  private readonly he: HeContext;
  private readonly decryptor: CoefficientDecryptor;
  private readonly decisionSecretKey: Uint8Array;
  private readonly keyId: Uint8Array;
  private readonly now: () => number;
  private readonly stateRef: CustodianState | undefined;
  private readonly ownsState: boolean;
  private readonly decider: AuthenticatedDecider | undefined;

  private constructor(he: HeContext, opts: CustodianOptions, state: CustodianState | undefined, ownsState: boolean) {
    this.he = he;
    this.presetId = he.preset.id;
    this.decryptor = new CoefficientDecryptor(he, opts.secrets.heSecretKey);
    this.decisionSecretKey = opts.secrets.decisionSecretKey;
    this.decisionPublicKey = ed25519.getPublicKey(this.decisionSecretKey);
    this.keyId = keyId(this.decisionPublicKey);
    this.evaluationMode = opts.evaluationMode ?? false;
    this.now = opts.now ?? Date.now;
    this.heKeyId = opts.secrets.hePublicKey ? sha256(opts.secrets.hePublicKey) : undefined;
    this.stateRef = state;
    this.ownsState = ownsState;
    if (he.preset.authenticated) {
      const { sealSecretKey } = opts.secrets;
      if (sealSecretKey?.length !== 32 || !this.heKeyId) {
        this.decryptor.delete();
        throw new SealmatchError('E_MALFORMED_KEY', `${he.preset.id} needs the custodian's seal secret key and HE public key in its secrets`);
      }
      this.decider = new AuthenticatedDecider({
        he,
        decryptor: this.decryptor,
        state: state!,
        auth: new RequestAuthenticator(state!, this.now, opts.timestampWindowMs ?? 5 * 60_000),
        sealSecretKey,
        heKeyId: this.heKeyId,
        alarmThreshold: opts.alarmThreshold ?? 3,
        clock: this.now,
      });
    }
  }

  /** Generates fresh HE, decision and seal keys for a preset. */
  static async generateSecrets(presetId: string): Promise<{ secrets: CustodianSecrets; bundle: PublicBundle }> {
    const he = await HeContext.create(presetId);
    try {
      const { publicKey, secretKey } = generateKeyPair(he);
      const decisionSecretKey = ed25519.utils.randomSecretKey();
      const seal = hpkeGenerateKeyPair();
      return {
        secrets: { presetId, heSecretKey: secretKey, decisionSecretKey, hePublicKey: publicKey, sealSecretKey: seal.secretKey },
        bundle: { presetId, hePublicKey: publicKey, decisionPublicKey: ed25519.getPublicKey(decisionSecretKey), sealPublicKey: seal.publicKey },
      };
    } finally {
      he.delete();
    }
  }

  static async create(opts: CustodianOptions): Promise<Custodian> {
    if (opts.evaluationMode) assertEvaluationModeAllowed('custodian');
    const he = await HeContext.create(opts.secrets.presetId);
    let state = opts.state;
    // Authenticated 1:1 presets and 1:N presets keep custodian state (registry, nonces, audit log).
    const owns = (he.preset.authenticated === true || he.preset.expansionDim !== undefined) && !state;
    try {
      if (owns) state = await CustodianState.open(':memory:', { clock: opts.now });
      return new Custodian(he, opts, state, owns);
    } catch (e) {
      if (owns) await state?.close();
      he.delete();
      throw e;
    }
  }

  /** The custodian's own state (authenticated presets). */
  get state(): CustodianState {
    if (!this.stateRef) throw new SealmatchError('E_INVALID_ARGUMENT', `${this.presetId} keeps no custodian state`);
    return this.stateRef;
  }

  /** The custodian's clock (ms since the epoch), shared with the 1:N engine. */
  get clock(): () => number {
    return this.now;
  }

  /** The custodian's own state, if this preset keeps one. */
  get optionalState(): CustodianState | undefined {
    return this.stateRef;
  }

  /** Counters for /metrics (authenticated presets). */
  get stats(): DeciderStats {
    return this.decider?.stats ?? { decryptions: 0, alarms: 0, refusals: {} };
  }

  private authenticated(): AuthenticatedDecider {
    if (!this.decider) throw new SealmatchError('E_INVALID_ARGUMENT', `${this.presetId} has no authenticated results`);
    return this.decider;
  }

  /**
   * Admin operation: registers a terminal or officer public key in the custodian's own registry.
   * A registered key keeps its role: re-registering with another role is refused.
   */
  async registerKey(k: { publicKey: Uint8Array; ownerId: string; role: KeyRecord['role']; institution?: string }): Promise<string> {
    if (!(k.publicKey instanceof Uint8Array) || k.publicKey.length !== 32) throw new SealmatchError('E_MALFORMED_KEY', 'Ed25519 public key must be 32 bytes');
    if (!['terminal', 'desk', 'officer'].includes(k.role)) throw new SealmatchError('E_INVALID_ARGUMENT', 'role must be terminal, desk or officer');
    const id = Buffer.from(sha256(k.publicKey)).toString('hex');
    const existing = await this.state.getKey(id);
    if (existing && (existing.role !== k.role || existing.ownerId !== k.ownerId || (existing.institution ?? '') !== (k.institution ?? ''))) {
      throw new SealmatchError('E_INVALID_ARGUMENT', 'this key is registered with another role, owner or institution; a key never changes role');
    }
    await this.state.putKey({
      keyId: id,
      publicKey: new Uint8Array(k.publicKey),
      ownerId: k.ownerId,
      role: k.role,
      institution: k.institution ?? '',
      registeredAtMs: this.now(),
      revoked: existing?.revoked ?? false,
    });
    return id;
  }

  /** Registers the reference MAC seed of a terminal's signed EnrollRequest (matcher relays it). */
  registerReference(signedEnroll: Uint8Array): Promise<{ subjectRef: string; requestHash: Uint8Array }> {
    return this.authenticated().registerReference(signedEnroll);
  }

  /** Forgets the subject's reference MAC seeds on a terminal's signed DeleteRequest. */
  forgetReference(signedDelete: Uint8Array): Promise<{ subjectRef: string; removed: number }> {
    return this.authenticated().forgetReference(signedDelete);
  }

  /** Operator action: lets a suspended matcher credential be served again. */
  reenable(credential = 'matcher'): Promise<void> {
    return this.state.reenable(credential, this.now());
  }

  private sign(requestHash: Uint8Array, match: boolean): SignedDecision {
    const unsigned = { presetId: this.presetId, requestHash, match, issuedAtMs: this.now(), custodianKeyId: this.keyId };
    return { ...unsigned, signature: ed25519.sign(decisionSigningBytes(unsigned), this.decisionSecretKey) };
  }

  /**
   * Decides a result. Authenticated presets: only the honest evaluation of a fresh, signed terminal
   * request on the subject's enrolled reference is signed (match iff rho (score - T) + rho' >= 0);
   * anything else is a typed refusal, and after decryption an alarm. The legacy preset: evaluation
   * mode only.
   */
  async decide(result: BlindedResult, ctx: DecideContext = {}): Promise<SignedDecision> {
    if (this.decider) {
      const out = await this.decider.decide(result, ctx.credential ?? 'matcher');
      return this.sign(out.requestHash, out.match);
    }
    if (!this.evaluationMode) {
      throw new SealmatchError('E_UNAUTHORIZED', `${this.presetId} has no result authentication: decided in evaluation mode only (docs/THREAT-MODEL.md)`);
    }
    if (result.presetId !== this.presetId) {
      throw new SealmatchError('E_PARAMS_MISMATCH', `result for "${result.presetId}", custodian holds "${this.presetId}"`);
    }
    if (!(result.requestHash instanceof Uint8Array) || result.requestHash.length !== 32) {
      throw new SealmatchError('E_MALFORMED_MESSAGE', 'request hash must be 32 bytes');
    }
    return this.sign(result.requestHash, this.blindedValue(result.ciphertext, result.scoreScale ?? 1) >= 0);
  }

  /**
   * Legacy preset: decrypts the blinded value r*(score-T)+r' (centred), range-checked against
   * what an honest matcher produces for scores of weight total `scale`.
   */
  private blindedValue(ciphertext: Uint8Array, scale = 1): number {
    const { preset, t } = this.he;
    if (!Number.isInteger(scale) || scale < 1 || scale > 16) throw new SealmatchError('E_MALFORMED_MESSAGE', 'score scale outside 1..16');
    const v = centre(this.decryptor.decryptCoefficient(ciphertext, scoreIndex(preset.maxDim), [3]), t);
    const r = blindFactorFor(preset, scale);
    const bound = r * scale * (preset.scoreBound + preset.quantScale ** 2) + r;
    if (Math.abs(v) > bound) {
      throw new SealmatchError('E_DECRYPTION_RANGE', 'blinded value outside the range an honest matcher produces');
    }
    return v;
  }

  /** Evaluation mode only (legacy preset): the unblinded integer score of an evaluation result. */
  revealScore(result: BlindedResult): number {
    if (!this.evaluationMode) throw new SealmatchError('E_EVAL_MODE_OFF', 'custodian is not in evaluation mode');
    if (this.decider) throw new SealmatchError('E_EVAL_MODE_OFF', `${this.presetId} has no evaluation mode`);
    if (!result.evaluation) throw new SealmatchError('E_MALFORMED_MESSAGE', 'result carries no evaluation ciphertext');
    const { preset, t } = this.he;
    const v = centre(this.decryptor.decryptCoefficient(result.evaluation, scoreIndex(preset.maxDim), [3]), t);
    if (Math.abs(v) > (result.scoreScale ?? 1) * preset.scoreBound) throw new SealmatchError('E_DECRYPTION_RANGE', 'score outside the preset bound');
    return v;
  }

  delete(): void {
    this.decryptor.delete();
    this.he.delete();
    if (this.ownsState) void this.stateRef?.close();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}

// ------------------------------------------------------------------ 1:N identify (docs/IDENTIFY.md)
// Added beside the 1:1 class without changing it: the identify engine is attached per instance.
import { CustodianIdentify, type DeletionRefreshRequest, type EnrollmentRefreshRequest, type IdentifyEngineOptions, type RefreshResponse } from '../identify/custodian/custodian-identify.js';
import type { BlindedIdentifyResult, SignedIdentifyDecision } from '../identify/messages/identify-messages.js';

const identifyEngines = new WeakMap<Custodian, CustodianIdentify>();

function identifyEngine(c: Custodian): CustodianIdentify {
  const e = identifyEngines.get(c);
  if (!e) throw new SealmatchError('E_INVALID_ARGUMENT', 'identify not enabled on this custodian: call attachIdentify(secrets) first');
  return e;
}

// Declaration merging with the class above: the identify methods, assigned to its prototype below.
export interface Custodian {
    /**
     * Enables 1:N identify with the same secrets the custodian was created with. 1:N results are
     * not authenticated yet: every 1:N route is refused unless `options.trustMatcher` is set.
     */
    attachIdentify(secrets: CustodianSecrets, options?: IdentifyEngineOptions): Promise<void>;
    /** Galois keys (SMK container) the matcher needs for probe expansion. */
    expansionKeys(): Uint8Array;
    /** Per-slot signed decisions on a blinded 1:N result. */
    decideIdentify(result: BlindedIdentifyResult): Promise<SignedIdentifyDecision>;
    /** Enrollment refresh: fresh batched columns for masked templates. */
    refreshForEnrollment(req: EnrollmentRefreshRequest): Promise<RefreshResponse>;
    /** Deletion refresh: fresh columns with given slots replaced. */
    refreshForDeletion(req: DeletionRefreshRequest): Promise<RefreshResponse>;
    /** Frees the identify engine's SEAL objects (call before or after delete()). */
    closeIdentify(): void;
}

Custodian.prototype.attachIdentify = async function attachIdentify(this: Custodian, secrets: CustodianSecrets, options: IdentifyEngineOptions = {}): Promise<void> {
  if (secrets.presetId !== this.presetId) throw new SealmatchError('E_PARAMS_MISMATCH', 'secrets for another parameter set');
  const pub = ed25519.getPublicKey(secrets.decisionSecretKey);
  if (pub.length !== this.decisionPublicKey.length || pub.some((b, i) => b !== this.decisionPublicKey[i])) {
    throw new SealmatchError('E_INVALID_ARGUMENT', 'decision key differs from this custodian\'s');
  }
  identifyEngines.get(this)?.delete();
  identifyEngines.set(this, await CustodianIdentify.create(secrets, this.clock, this.optionalState, options));
};
Custodian.prototype.expansionKeys = function expansionKeys(this: Custodian): Uint8Array {
  return identifyEngine(this).expansionKeys();
};
Custodian.prototype.decideIdentify = function decideIdentify(this: Custodian, result: BlindedIdentifyResult): Promise<SignedIdentifyDecision> {
  return identifyEngine(this).decideIdentify(result);
};
Custodian.prototype.refreshForEnrollment = function refreshForEnrollment(this: Custodian, req: EnrollmentRefreshRequest): Promise<RefreshResponse> {
  return identifyEngine(this).refreshForEnrollment(req);
};
Custodian.prototype.refreshForDeletion = function refreshForDeletion(this: Custodian, req: DeletionRefreshRequest): Promise<RefreshResponse> {
  return identifyEngine(this).refreshForDeletion(req);
};
Custodian.prototype.closeIdentify = function closeIdentify(this: Custodian): void {
  identifyEngines.get(this)?.delete();
  identifyEngines.delete(this);
};
