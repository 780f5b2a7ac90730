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
import { randomBytes } from '../csprng.js';
import { SealmatchError } from '../errors.js';
import type { PresetId } from '../params/presets.js';
import { assertEvaluationModeAllowed } from '../eval-mode.js';
import { centre, scoreIndex } from '../he/codec/coefficient-encoding.js';
import { HeContext } from '../he/index.js';
import { CoefficientDecryptor } from '../he/index.js';
import { generateKeyPair } from '../he/index.js';
import { blindFactorFor, honestBlindedBound, honestScoreBound, MAX_SCORE_SCALE } from '../params/bounds.js';
import type { KeyRecord } from '../store/store.js';
import { sha256 } from '../wire/digest.js';
import { hpkeGenerateKeyPair } from '../wire/hpke.js';
import type { BlindedResult, SignedDecision } from '../wire/messages.js';
import { decisionSigningBytes } from '../wire/signing.js';
import { AuthenticatedDecider, type DeciderStats } from '../verify/custodian/authenticated-decider.js';
import { RequestAuthenticator } from '../verify/custodian/requests.js';
import { DecisionKey } from './decision-key.js';
import { CustodianState } from './state.js';
import { CustodianIdentify, type DeletionRefreshRequest, type EnrollmentRefreshRequest, type IdentifyEngineOptions, type RefreshResponse } from '../identify/custodian/custodian-identify.js';
import type { BlindedIdentifyResult, SignedIdentifyDecision } from '../identify/messages/identify-messages.js';

/** The custodian's secrets. Never serialized into any message. */
export interface CustodianSecrets {
  /** Parameter set the keys were generated for. */
  readonly presetId: PresetId;
  /** The BGV secret key (SMK container, zstd-compressed SEAL bytes): decrypts every template. Keep sealed at rest. */
  readonly heSecretKey: Uint8Array;
  /** Ed25519 secret key (32 bytes). */
  readonly decisionSecretKey: Uint8Array;
  /** The HE public key (SMK container; public, kept for the key id every ciphertext names). */
  readonly hePublicKey?: Uint8Array;
  /** X25519 secret key MAC seeds are sealed to (authenticated presets). */
  readonly sealSecretKey?: Uint8Array;
  /**
   * Authenticated 1:N presets: the 32-byte fleet secret the MAC fills derive from
   * (identify-mac-keys.ts). The custodian and every enrollment desk hold it; the matcher never.
   */
  readonly identifyFleetSecret?: Uint8Array;
}

/** What the custodian publishes: terminals and the matcher are configured with this. */
export interface PublicBundle {
  /** Parameter set of the deployment. */
  readonly presetId: PresetId;
  /** BGV public key (SMK container) terminals encrypt templates under; its SHA-256 is the HE key id. */
  readonly hePublicKey: Uint8Array;
  /** Ed25519 public key (32 bytes) every decision is signed with; pin it in terminals. */
  readonly decisionPublicKey: Uint8Array;
  /** X25519 key terminals seal MAC seeds to (HPKE, RFC 9180); authenticated presets. */
  readonly sealPublicKey?: Uint8Array;
}

/** What a Custodian is created with: its secrets, its own state, and the limits it enforces. */
export interface CustodianOptions {
  /** The keys to decrypt and sign with (`loadCustodianSecrets`, `Custodian.generateSecrets`). */
  readonly secrets: CustodianSecrets;
  /** Reveal unblinded scores of evaluation results. Off by default; refused in production. */
  readonly evaluationMode?: boolean;
  /** Clock (ms since the epoch) for request timestamps; default Date.now. */
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
  /**
   * 1:N presets: how the identify engine runs. 1:N results are not authenticated yet: every 1:N
   * route is refused unless `identify.trustMatcher` is set (docs/THREAT-MODEL.md).
   */
  readonly identify?: IdentifyEngineOptions;
}

/** Who relayed a result: alarms and suspension are counted per matcher credential. */
export interface DecideContext {
  /** Matcher credential id (the HTTP server passes a hash of the bearer token). Default 'matcher'. */
  readonly credential?: string;
}

/** The decision service: holds the HE secret key, authenticates every result it is asked to decrypt, and signs decisions (Ed25519). */
export class Custodian implements Disposable {
  /** Parameter set of its keys; results of any other are refused (E_PARAMS_MISMATCH). */
  readonly presetId: PresetId;
  /** Ed25519 public key (32 bytes) its decisions verify under. */
  readonly decisionPublicKey: Uint8Array;
  /** Whether it reveals unblinded scores (`revealScore`, legacy preset only); false unless set, refused in production. */
  readonly evaluationMode: boolean;
  /** SHA-256 of the HE public key (undefined for legacy secrets without it). */
  readonly heKeyId: Uint8Array | undefined;
  private readonly he: HeContext;
  private readonly decryptor: CoefficientDecryptor;
  private readonly decisionKey: DecisionKey;
  private readonly now: () => number;
  private readonly stateRef: CustodianState | undefined;
  private readonly ownsState: boolean;
  private readonly decider: AuthenticatedDecider | undefined;
  /** The 1:N engine (1:N presets only); created with the custodian, freed by delete(). */
  private readonly identifyEngine: CustodianIdentify | undefined;

  private constructor(he: HeContext, opts: CustodianOptions, state: CustodianState | undefined, ownsState: boolean, identify: CustodianIdentify | undefined) {
    this.he = he;
    this.identifyEngine = identify;
    this.presetId = he.preset.id;
    this.decryptor = new CoefficientDecryptor(he, opts.secrets.heSecretKey);
    this.decisionKey = new DecisionKey(opts.secrets.decisionSecretKey);
    this.decisionPublicKey = this.decisionKey.publicKey;
    this.evaluationMode = opts.evaluationMode ?? false;
    this.now = opts.now ?? Date.now;
    this.heKeyId = opts.secrets.hePublicKey ? sha256(opts.secrets.hePublicKey) : undefined;
    this.stateRef = state;
    this.ownsState = ownsState;
    if (he.preset.kind === '1:1' && he.preset.authenticated) {
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
  static async generateSecrets(presetId: PresetId): Promise<{
    /** The secret keys, for this custodian only (`saveCustodianSecrets` seals them). */
    secrets: CustodianSecrets;
    /** Their public halves, for terminals and the matcher. */
    bundle: PublicBundle;
  }> {
    const he = await HeContext.create(presetId);
    try {
      const { publicKey, secretKey } = generateKeyPair(he);
      const decisionSecretKey = ed25519.utils.randomSecretKey();
      const seal = hpkeGenerateKeyPair();
      return {
        secrets: {
          presetId, heSecretKey: secretKey, decisionSecretKey, hePublicKey: publicKey, sealSecretKey: seal.secretKey,
          ...(he.preset.kind === '1:N' && he.preset.authenticated ? { identifyFleetSecret: randomBytes(32) } : {}),
        },
        bundle: { presetId, hePublicKey: publicKey, decisionPublicKey: ed25519.getPublicKey(decisionSecretKey), sealPublicKey: seal.publicKey },
      };
    } finally {
      he.delete();
    }
  }

  /** Creates a custodian from its secrets (loads SEAL; authenticated presets open an in-memory state unless one is given). */
  static async create(opts: CustodianOptions): Promise<Custodian> {
    if (opts.evaluationMode) assertEvaluationModeAllowed('custodian');
    const he = await HeContext.create(opts.secrets.presetId);
    let state = opts.state;
    // Authenticated 1:1 presets and 1:N presets keep custodian state (registry, nonces, audit log).
    const oneToN = he.preset.expansionDim !== undefined;
    const owns = (he.preset.authenticated === true || oneToN) && !state;
    let identify: CustodianIdentify | undefined;
    try {
      if (owns) state = await CustodianState.open(':memory:', { clock: opts.now });
      if (oneToN) identify = await CustodianIdentify.create(opts.secrets, opts.now ?? Date.now, state, { ...(opts.alarmThreshold !== undefined ? { alarmThreshold: opts.alarmThreshold } : {}), ...opts.identify });
      return new Custodian(he, opts, state, owns, identify);
    } catch (e) {
      identify?.delete();
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
    return this.decider?.stats ?? this.identifyEngine?.authenticated?.stats ?? { decryptions: 0, alarms: 0, refusals: {} };
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
  registerReference(signedEnroll: Uint8Array): Promise<{
    /** Subject reference (64 hex digits) the seed was registered for. */
    subjectRef: string;
    /** SHA-256 of the EnrollRequest body (the request hash the audit log records). */
    requestHash: Uint8Array;
  }> {
    return this.authenticated().registerReference(signedEnroll);
  }

  /** Forgets the subject's reference MAC seeds on a terminal's signed DeleteRequest. */
  forgetReference(signedDelete: Uint8Array): Promise<{
    /** Subject reference (64 hex digits) whose seeds were forgotten. */
    subjectRef: string;
    /** How many reference MAC seeds were removed (one per enrolled modality; 0 if none). */
    removed: number;
  }> {
    return this.authenticated().forgetReference(signedDelete);
  }

  /** Operator action: lets a suspended matcher credential be served again. */
  reenable(credential = 'matcher'): Promise<void> {
    return this.state.reenable(credential, this.now());
  }

  private sign(requestHash: Uint8Array, match: boolean): SignedDecision {
    return this.decisionKey.sign({ presetId: this.presetId, requestHash, match, issuedAtMs: this.now(), custodianKeyId: this.decisionKey.keyId }, decisionSigningBytes);
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
    if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCORE_SCALE) throw new SealmatchError('E_MALFORMED_MESSAGE', `score scale outside 1..${MAX_SCORE_SCALE}`);
    const v = centre(this.decryptor.decryptCoefficient(ciphertext, scoreIndex(preset.maxDim), [3]), t);
    const r = blindFactorFor(preset, scale);
    if (Math.abs(v) > honestBlindedBound(preset, r, scale)) {
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
    if (Math.abs(v) > honestScoreBound(preset, result.scoreScale ?? 1)) throw new SealmatchError('E_DECRYPTION_RANGE', 'score outside the preset bound');
    return v;
  }

  private identify(): CustodianIdentify {
    if (!this.identifyEngine) throw new SealmatchError('E_PARAMS_MISMATCH', `${this.presetId} is not a 1:N parameter set`);
    return this.identifyEngine;
  }

  /** 1:N: Galois keys (SMK container) the matcher needs for probe expansion. */
  expansionKeys(): Uint8Array {
    return this.identify().expansionKeys();
  }

  /** 1:N: per-slot signed decisions on a blinded result (refused unless identify.trustMatcher). */
  decideIdentify(result: BlindedIdentifyResult, ctx: DecideContext = {}): Promise<SignedIdentifyDecision> {
    return this.identify().decideIdentify(result, ctx.credential ?? 'matcher');
  }

  /**
   * 1:N enrollment refresh: fresh batched columns. Authenticated sets: only desk-signed
   * enrollments verified against this custodian's registry; sm1 sets: refused unless identify.trustMatcher.
   */
  refreshForEnrollment(req: EnrollmentRefreshRequest, ctx: DecideContext = {}): Promise<RefreshResponse> {
    return this.identify().refreshForEnrollment(req, ctx.credential ?? 'matcher');
  }

  /** 1:N deletion refresh (authenticated sets: officer-signed deletion of a registered slot; sm1 sets: trustMatcher only). */
  refreshForDeletion(req: DeletionRefreshRequest, ctx: DecideContext = {}): Promise<RefreshResponse> {
    return this.identify().refreshForDeletion(req, ctx.credential ?? 'matcher');
  }

  /**
   * Frees every SEAL object and closes the state the custodian opened itself (an in-memory one).
   * Prefer `close()`, which waits for the state to close and reports its failure.
   */
  delete(): void {
    this.freeSeal();
    if (this.ownsState) this.stateRef?.close().catch((e: unknown) => process.emitWarning(`custodian state did not close: ${String(e)}`));
  }

  /** Frees every SEAL object and closes the state the custodian opened itself. */
  async close(): Promise<void> {
    this.freeSeal();
    if (this.ownsState) await this.stateRef?.close();
  }

  private freeSeal(): void {
    this.identifyEngine?.delete();
    this.decryptor.delete();
    this.he.delete();
  }

  /** Same as delete(): for `using`. */
  [Symbol.dispose](): void {
    this.delete();
  }
}
