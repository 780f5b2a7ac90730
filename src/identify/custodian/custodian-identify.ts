/**
 * Custodian side of 1:N duplicate search (docs/IDENTIFY.md): Galois keys for probe expansion,
 * per-slot decisions on blinded blocks, and the refresh steps of enrollment and deletion.
 * Used through the `Custodian` methods (attachIdentify, decideIdentify, refreshForEnrollment,
 * refreshForDeletion, expansionKeys).
 *
 * Security note (docs/THREAT-MODEL.md, "1:N"): 1:N results and refresh inputs carry NO MAC yet,
 * so against a malicious matcher every route here is a decryption oracle (measured: the whole HE
 * key in 3 calls through the refresh). The engine therefore refuses all of them unless the
 * operator declares the matcher trusted for 1:N (`trustMatcher`); it always verifies the
 * officer's authorization of a search against the custodian's own registry, once per search,
 * and writes an audit leaf before every decryption.
 */
import { asIdentifyPreset } from '../../params/presets.js';
import { bytesToHex as hex } from '@noble/hashes/utils.js';
import { SealmatchError } from '../../errors.js';
import { centre } from '../../he/codec/coefficient-encoding.js';
import { HeContext } from '../../he/index.js';
import { RefreshCustodian } from '../../he/index.js';
import { decodeCiphertext } from '../../he/codec/ciphertext-codec.js';
import { productLevelOf } from '../../he/index.js';
import { generateExpansionKeys } from '../../he/index.js';
import type { BlindedIdentifyResult, BlockDecision, DeletionRefreshRequest, EnrollmentRefreshRequest, RefreshResponse, SignedIdentifyDecision } from '../messages/identify-messages.js';
import { identifyDecisionSigningBytes } from '../messages/identify-messages.js';
import { equalBytes } from '../../wire/signing.js';
import { IDENTIFY_PURPOSE, identifyRequestHashOf, verifyAuthorizationSignature } from '../messages/identify-messages.js';
import { DecisionKey } from '../../custodian/decision-key.js';
import type { CustodianSecrets } from '../../custodian/custodian.js';
import type { CustodianState } from '../../custodian/state.js';
import { honestBlindedBound } from '../../params/bounds.js';
import { sha256 } from '../../wire/digest.js';
import { AuthenticatedIdentify } from './authenticated-identify.js';

/** How the identify engine runs (attachIdentify options). */
export interface IdentifyEngineOptions {
  /**
   * Serve 1:N only when the matcher is trusted not to craft ciphertexts: 1:N results are not
   * authenticated yet (docs/THREAT-MODEL.md). Default false: every 1:N route is refused.
   */
  readonly trustMatcher?: boolean;
  /** Officer authorizations older than this are refused (default 10 minutes). */
  readonly authorizationMaxAgeMs?: number;
  /** Authenticated sets: alarms after which a matcher credential is suspended (default 3). */
  readonly alarmThreshold?: number;
}

/**
 * The custodian secrets the 1:N engine uses (authenticated sets also need the HE public key, for
 * its id, the seal secret key and the fleet secret).
 */
export type IdentifySecrets = Pick<CustodianSecrets, 'presetId' | 'heSecretKey' | 'decisionSecretKey' | 'hePublicKey' | 'sealSecretKey' | 'identifyFleetSecret'>;


export type { DeletionRefreshRequest, EnrollmentRefreshRequest, RefreshResponse } from '../messages/identify-messages.js';

export class CustodianIdentify implements Disposable {
  private readonly he: HeContext;
  private readonly refresh: RefreshCustodian;
  private readonly secretKey: Uint8Array;
  private readonly decisionKey: DecisionKey;
  private readonly now: () => number;
  private readonly state: CustodianState | undefined;
  private readonly options: IdentifyEngineOptions;
  /** Authenticated sets: the engine that decides and refreshes only what it can authenticate. */
  readonly authenticated: AuthenticatedIdentify | undefined;

  private constructor(he: HeContext, secrets: IdentifySecrets, now: () => number, state: CustodianState | undefined, options: IdentifyEngineOptions) {
    this.he = he;
    this.state = state;
    this.options = options;
    this.secretKey = secrets.heSecretKey;
    this.refresh = new RefreshCustodian(he, secrets.heSecretKey);
    this.decisionKey = new DecisionKey(secrets.decisionSecretKey);
    this.now = now;
    if (he.preset.authenticated) {
      if (!state || !secrets.sealSecretKey || !secrets.hePublicKey || !secrets.identifyFleetSecret) {
        this.refresh.delete();
        throw new SealmatchError('E_MALFORMED_KEY', `${he.preset.id} needs the custodian's state, seal secret key, HE public key and 1:N fleet secret`);
      }
      this.authenticated = new AuthenticatedIdentify({
        he, refresh: this.refresh, state, decisionKey: this.decisionKey, now,
        sealSecretKey: secrets.sealSecretKey, fleetSecret: secrets.identifyFleetSecret, heKeyId: sha256(secrets.hePublicKey),
        ...(options.alarmThreshold !== undefined ? { alarmThreshold: options.alarmThreshold } : {}),
        ...(options.authorizationMaxAgeMs !== undefined ? { authorizationMaxAgeMs: options.authorizationMaxAgeMs } : {}),
      });
    }
  }

  static async create(
    secrets: IdentifySecrets,
    now: () => number = Date.now,
    state?: CustodianState,
    options: IdentifyEngineOptions = {},
  ): Promise<CustodianIdentify> {
    const he = await HeContext.create(secrets.presetId);
    try {
      if (he.preset.expansionDim === undefined) throw new SealmatchError('E_PARAMS_MISMATCH', `${he.preset.id} is not a 1:N parameter set`);
      return new CustodianIdentify(he, secrets, now, state, options);
    } catch (e) {
      he.delete();
      throw e;
    }
  }

  get presetId(): string {
    return this.he.preset.id;
  }

  /** Galois keys for the matcher's probe expansion (SMK container, ~1.5-1.9 MB). */
  expansionKeys(): Uint8Array {
    return generateExpansionKeys(this.he, this.secretKey, asIdentifyPreset(this.he.preset).expansionDim);
  }

  private checkPreset(id: string): void {
    if (id !== this.he.preset.id) throw new SealmatchError('E_PARAMS_MISMATCH', `message for "${id}", custodian holds "${this.he.preset.id}"`);
  }

  private checkSlot(slot: number): void {
    if (!Number.isInteger(slot) || slot < 0 || slot >= this.he.N) throw new SealmatchError('E_MALFORMED_MESSAGE', `slot ${slot} outside 0..${this.he.N - 1}`);
  }

  /**
   * Decides every occupied slot of every block: match iff the centred blinded value is >= 0.
   * Values outside the honest range (noise overflow, tampering) -> E_DECRYPTION_RANGE. Signs the
   * request hash, and per block its table root and matching slots.
   */
  private trusted(): CustodianState {
    if (this.authenticated) throw new SealmatchError('E_INTERNAL', 'authenticated sets never take the trusted-matcher path');
    if (!this.options.trustMatcher || !this.state) {
      throw new SealmatchError('E_UNAUTHORIZED', '1:N results are not authenticated against a malicious matcher: this custodian serves 1:N only with a trusted matcher (identify trustMatcher; docs/THREAT-MODEL.md)');
    }
    return this.state;
  }

  /**
   * The custodian's own check of the search behind a result: the officer key is in its registry
   * with role officer, the signature covers this probe hash, preset and purpose, the
   * authorization is fresh and unused (claimed here), and the request hash is recomputed.
   * Returns the officer id; the audit leaf is written in the same transaction (before decrypting).
   */
  private async authorizeSearch(result: BlindedIdentifyResult): Promise<void> {
    const state = this.trusted();
    const a = result.authorization;
    if (!a || !result.dim) throw new SealmatchError('E_UNAUTHORIZED', 'the result carries no officer authorization of a search');
    const key = await state.getKey(hex(a.officerKeyId));
    if (!key || key.revoked || key.role !== 'officer') throw new SealmatchError('E_UNAUTHORIZED', 'authorization is not signed by an officer key registered with the custodian');
    if (a.presetId !== this.presetId || a.purpose !== IDENTIFY_PURPOSE || !verifyAuthorizationSignature(a, key.publicKey)) {
      throw new SealmatchError('E_UNAUTHORIZED', 'officer authorization does not verify for this preset and purpose');
    }
    const age = this.now() - a.issuedAtMs;
    if (age > (this.options.authorizationMaxAgeMs ?? 10 * 60_000) || age < -5 * 60_000) throw new SealmatchError('E_EXPIRED', 'officer authorization too old');
    if (!equalBytes(identifyRequestHashOf(result.presetId, result.dim, a.probeHash, a), result.requestHash)) {
      throw new SealmatchError('E_MALFORMED_MESSAGE', 'result names another request than the authorized search');
    }
    await state.transaction(async (ops, tx) => {
      if (!(await ops.claimNonce(hex(a.officerKeyId), `identify:${hex(a.signature)}`, this.now()))) throw new SealmatchError('E_REPLAY', 'this search was already decided');
      await tx.audit.append({ kind: 'identify', actor: key.ownerId, requestHash: hex(result.requestHash), outcome: 'accepted' });
    });
  }

  /** Write-ahead audit leaf of a refresh (one decryption batch). */
  private async auditRefresh(kind: 'enroll' | 'delete'): Promise<void> {
    const state = this.trusted();
    await state.transaction(async (_ops, tx) => {
      await tx.audit.append({ kind, actor: 'matcher', outcome: 'accepted', reason: 'refresh' });
    });
  }

  async decideIdentify(result: BlindedIdentifyResult, credential = 'matcher'): Promise<SignedIdentifyDecision> {
    this.checkPreset(result.presetId);
    if (this.authenticated) return this.authenticated.decideIdentify(result, credential);
    if (!(result.requestHash instanceof Uint8Array) || result.requestHash.length !== 32) throw new SealmatchError('E_MALFORMED_MESSAGE', 'request hash must be 32 bytes');
    const { preset, t, N } = this.he;
    if (result.dim !== undefined && result.dim !== preset.expansionDim) throw new SealmatchError('E_DIMENSION', `search of ${result.dim}-D, preset is ${preset.expansionDim}-D`);
    // Every block is checked before the authorization is claimed and anything is decrypted.
    const seen = new Set<number>();
    for (const b of result.blocks) {
      if (!Number.isSafeInteger(b.blockId) || b.blockId < 0 || seen.has(b.blockId)) throw new SealmatchError('E_MALFORMED_MESSAGE', `bad or repeated block id ${b.blockId}`);
      seen.add(b.blockId);
      if (b.tableRoot.length !== 32 || b.occupied.length !== N / 8) throw new SealmatchError('E_MALFORMED_MESSAGE', 'block table root or occupancy malformed');
      decodeCiphertext(this.he, b.ciphertext, { sizes: [3], chainIndex: productLevelOf(this.he) });
    }
    await this.authorizeSearch(result);
    const bound = honestBlindedBound(preset, preset.blindFactorMax);
    const blocks: BlockDecision[] = result.blocks.map((b) => {
      const slots = this.refresh.decryptSlots(b.ciphertext, [3]);
      const matchingSlots: number[] = [];
      for (let s = 0; s < N; s++) {
        if (((b.occupied[s >> 3]! >> (s & 7)) & 1) === 0) continue;
        const v = centre(slots[s]!, t);
        if (Math.abs(v) > bound) throw new SealmatchError('E_DECRYPTION_RANGE', 'blinded value outside the range an honest matcher produces', { blockId: b.blockId });
        if (v >= 0) matchingSlots.push(s);
      }
      return { blockId: b.blockId, tableRoot: Uint8Array.from(b.tableRoot), matchingSlots };
    });
    const unsigned = { presetId: this.presetId, requestHash: Uint8Array.from(result.requestHash), blocks, issuedAtMs: this.now(), custodianKeyId: this.decisionKey.keyId };
    return this.decisionKey.sign(unsigned, identifyDecisionSigningBytes);
  }

  /**
   * Enrollment: decrypts each masked template h = r_s g + m (uniform mod t: reveals nothing) and
   * returns, per feature j, ONE fresh encryption of the batched vector with h_{i,j} at slot s_i
   * for every entry i and 0 elsewhere (several enrollments into one block share the d ciphertexts).
   */
  async refreshForEnrollment(req: EnrollmentRefreshRequest, credential = 'matcher'): Promise<RefreshResponse> {
    this.checkPreset(req.presetId);
    if (this.authenticated) return this.authenticated.refreshForEnrollment(req, credential);
    this.trusted();
    const { N } = this.he;
    const d = asIdentifyPreset(this.he.preset).expansionDim;
    if (req.entries.length === 0) throw new SealmatchError('E_MALFORMED_MESSAGE', 'no entries');
    const used = new Set<number>();
    for (const e of req.entries) {
      this.checkSlot(e.slot);
      if (used.has(e.slot)) throw new SealmatchError('E_MALFORMED_MESSAGE', `slot ${e.slot} repeated`);
      used.add(e.slot);
      decodeCiphertext(this.he, e.ciphertext, { sizes: [2], chainIndex: productLevelOf(this.he) });
    }
    // Logged once the request is well formed, before anything is decrypted.
    await this.auditRefresh('enroll');
    const columns = Array.from({ length: d }, () => new Uint32Array(N));
    for (const e of req.entries) {
      const h = this.refresh.decryptCoefficients(e.ciphertext, d);
      for (let j = 0; j < d; j++) columns[j]![e.slot] = h[j]!;
    }
    return { blockId: req.blockId, columns: columns.map((c) => this.refresh.encryptSlots(c)) };
  }

  /**
   * Deletion: decrypts each masked column (uniform), sets the given slots to the given (uniform)
   * values and returns a fresh encryption of the result.
   */
  async refreshForDeletion(req: DeletionRefreshRequest, credential = 'matcher'): Promise<RefreshResponse> {
    this.checkPreset(req.presetId);
    if (this.authenticated) return this.authenticated.refreshForDeletion(req, credential);
    this.trusted();
    const d = asIdentifyPreset(this.he.preset).expansionDim;
    if (req.columns.length !== d) throw new SealmatchError('E_MALFORMED_MESSAGE', `expected ${d} columns`);
    const tn = Number(this.he.t);
    for (const c of req.columns) {
      decodeCiphertext(this.he, c.ciphertext, { sizes: [2], chainIndex: productLevelOf(this.he) });
      for (const { slot, value } of c.set) {
        this.checkSlot(slot);
        if (!Number.isInteger(value) || value < 0 || value >= tn) throw new SealmatchError('E_MALFORMED_MESSAGE', 'slot value outside [0, t)');
      }
    }
    await this.auditRefresh('delete');
    const columns = req.columns.map((c) => {
      const slots = this.refresh.decryptSlots(c.ciphertext, [2]);
      for (const { slot, value } of c.set) slots[slot] = value;
      return this.refresh.encryptSlots(slots);
    });
    return { blockId: req.blockId, columns };
  }

  /** Test and docs support: noise budget of a container (bits). */
  noiseBudget(bytes: Uint8Array, sizes: readonly number[]): number {
    return this.refresh.noiseBudget(bytes, sizes);
  }

  delete(): void {
    this.refresh.delete();
    this.he.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}
