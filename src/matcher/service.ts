/**
 * The matcher as a service: authenticates terminal requests (registered Ed25519 device keys,
 * signature over the exact body bytes, timestamp window, single-use nonces), applies the
 * withdrawal policy and lockout, runs the 1:1 computation, asks the custodian for a decision,
 * and records everything in the audit log in the same transaction as the state it changes.
 *
 * Rejections before the final transaction (bad protobuf, unsigned, forged, expired, replayed,
 * unknown subject, locked subject, bad ciphertext) change nothing: neither store nor log.
 * Policy refusals are recorded (one audit leaf) and consume the nonce.
 */
import { MODALITIES } from '../store/schema.js';
import { SealmatchError, isSealmatchError } from '../errors.js';
import { bytesToHex as hex } from '@noble/hashes/utils.js';
import { AuditLog } from '../audit/log.js';
import type { AuditEntryInput } from '../audit/log.js';
import type { KeyRecord, Store, StoreOps } from '../store/store.js';
import { approvalFromPb, checkChangeAuthority } from '../wire/change-authority.js';
import { KeyRateLimiter, type RateLimitConfig } from './rate-limit.js';
import { StoreAuditBackend } from '../store/audit-backend.js';
import { decodeEncryptedTemplate, decodeVerifyRequest, decodeWith, pb, transactionFromPb } from '../wire/codec.js';
import type { BlindedResult, SignedDecision, Transaction } from '../wire/messages.js';
import { decodeSignedRequest, requestHashOf, verifyRequestSignature, type BodyType, type SignedRequest } from '../wire/signed-request.js';
import { equalBytes, verifyDecisionSignature } from '../wire/signing.js';
import type { Matcher } from '../verify/matcher/matcher.js';
import type { PolicyVerdict, TransactionPolicy } from '../policy/policy.js';

export interface MatcherServiceOptions {
  readonly matcher: Matcher;
  readonly store: Store;
  /** Sends a blinded result to the custodian and returns its signed decision. */
  readonly decide: (result: BlindedResult) => Promise<SignedDecision>;
  /**
   * Authenticated presets: relays a terminal's signed EnrollRequest / DeleteRequest (exact bytes)
   * to the custodian, which registers or forgets the reference MAC seed itself.
   */
  readonly custodianReferences?: {
    register(signedEnroll: Uint8Array): Promise<void>;
    forget(signedDelete: Uint8Array): Promise<void>;
  };
  /** Custodian's decision public key: decisions are checked before they are acted on. */
  readonly custodianPublicKey: Uint8Array;
  /** The bank's transaction rules (required: the SDK core has no jurisdiction of its own). */
  readonly policy: TransactionPolicy;
  /** Accepted clock skew either way for request timestamps (default 5 minutes). */
  readonly timestampWindowMs?: number;
  readonly logId?: string;
  readonly clock?: () => number;
  /** Per-signing-key and global request budgets (checked after the signature verifies). */
  readonly rateLimit?: RateLimitConfig;
  /** Told how long each verify stage took and how each verify ended (the server's /metrics). */
  readonly observer?: VerifyObserver;
}

/** Verify stages, in order: authenticate (signature, decode, policy), load (containers, reference), reserve (nonce + attempt), compute (HE), custodian (decide + check), commit (audit). */
export type VerifyStage = 'authenticate' | 'load' | 'reserve' | 'compute' | 'custodian' | 'commit';

/** How a verify ended: a decision, a policy refusal, or an error code. */
export type VerifyOutcome = 'match' | 'no-match' | 'refused' | 'failed';

/** Observes verifications without seeing anything about subjects or scores. */
export interface VerifyObserver {
  stage(stage: VerifyStage, seconds: number): void;
  outcome(outcome: VerifyOutcome, code?: string): void;
}

export interface Authenticated {
  readonly request: SignedRequest;
  readonly actor: string;
  readonly key: KeyRecord;
  readonly requestHash: Uint8Array;
  readonly requestHashHex: string;
}


/** Subject references on the wire are hex HMAC-SHA256 outputs (64 lowercase hex digits). */
function checkSubjectRef(ref: string | null | undefined): string {
  if (typeof ref !== 'string' || !/^[0-9a-f]{64}$/.test(ref)) {
    throw new SealmatchError('E_MALFORMED_MESSAGE', 'subject_ref must be 64 lowercase hex digits (HMAC-SHA256)');
  }
  return ref;
}

export class MatcherService {
  readonly policy: TransactionPolicy;
  private readonly opts: MatcherServiceOptions;
  private readonly window: number;
  private readonly clock: () => number;
  private readonly auditBackend: StoreAuditBackend;
  private auditLog: AuditLog;
  private readonly limiter: KeyRateLimiter;
  private lastPruneMs = 0;
  private readonly observers: VerifyObserver[] = [];

  private constructor(opts: MatcherServiceOptions, audit: AuditLog, backend: StoreAuditBackend) {
    this.opts = opts;
    this.policy = opts.policy;
    this.window = opts.timestampWindowMs ?? 5 * 60_000;
    this.clock = opts.clock ?? Date.now;
    this.auditLog = audit;
    this.auditBackend = backend;
    this.limiter = new KeyRateLimiter(opts.rateLimit, this.clock);
    if (opts.observer) this.observers.push(opts.observer);
  }

  static async create(opts: MatcherServiceOptions): Promise<MatcherService> {
    const backend = new StoreAuditBackend(opts.store);
    const log = await AuditLog.open({ logId: opts.logId ?? 'sealmatch-matcher', backend, clock: opts.clock });
    return new MatcherService(opts, log, backend);
  }

  get audit(): AuditLog {
    return this.auditLog;
  }

  /** Envelope, key, signature, timestamp window. Throws E_MALFORMED_MESSAGE/E_SIGNATURE/E_UNKNOWN_KEY. */
  async authenticate(bytes: Uint8Array, bodyType: BodyType, role: KeyRecord['role'] = 'terminal'): Promise<Authenticated> {
    const request = decodeSignedRequest(bytes, bodyType);
    const keyId = hex(request.keyId);
    const key = await this.opts.store.getKey(keyId);
    if (!key || key.revoked) throw new SealmatchError('E_UNKNOWN_KEY', 'signing key is not registered');
    if (key.role !== role) throw new SealmatchError('E_UNAUTHORIZED', `a ${role} key is required, this key's role is ${key.role}`);
    if (!verifyRequestSignature(request, key.publicKey)) throw new SealmatchError('E_SIGNATURE', 'request signature does not verify');
    this.limiter.take(keyId);
    const requestHash = requestHashOf(request);
    return { request, actor: key.ownerId, requestHash, requestHashHex: hex(requestHash), key };
  }

  /**
   * Forgets nonces older than twice the timestamp window (requests that old are refused as
   * expired anyway), at most once a minute, off the request's critical path.
   */
  private pruneNonces(): void {
    const now = this.clock();
    if (now - this.lastPruneMs < 60_000) return;
    this.lastPruneMs = now;
    void this.opts.store.pruneNonces(now - 2 * this.window).catch(() => undefined);
  }

  private checkFreshness(tx: Transaction, terminalOwner: string): void {
    this.pruneNonces();
    const now = this.clock();
    if (Math.abs(now - tx.timestampMs) > this.window) throw new SealmatchError('E_EXPIRED', 'request timestamp outside the accepted window');
    if (tx.nonce.length < 32) throw new SealmatchError('E_MALFORMED_MESSAGE', 'nonce must be at least 16 bytes');
    if (tx.terminalId !== terminalOwner) throw new SealmatchError('E_UNAUTHORIZED', 'transaction names another terminal than the signing key');
  }

  /**
   * Runs fn in one store transaction whose last step appends the audit entry; claims the nonce
   * inside it so replays lose. If the commit fails after the append, the in-memory log is reopened.
   */
  private async commit<T>(auth: Authenticated, tx: Transaction, entry: AuditEntryInput, fn: (ops: StoreOps) => Promise<T>): Promise<{ value: T; seq: number }> {
    const { value, seq } = await this.audited(entry, async (ops) => {
      if (!(await ops.claimNonce(hex(auth.request.keyId), tx.nonce, this.clock()))) {
        throw new SealmatchError('E_REPLAY', 'nonce already used');
      }
      return fn(ops);
    });
    return { value, seq };
  }

  /**
   * Runs fn in one store transaction whose last step appends the audit entry. If the transaction
   * fails after the append (the in-memory log moved, the store did not), the log is reopened.
   */
  private async audited<T>(entry: AuditEntryInput, fn: (ops: StoreOps) => Promise<T>): Promise<{ value: T; seq: number; leafHash: Uint8Array }> {
    try {
      return await this.opts.store.transaction(async (ops) => {
        const value = await fn(ops);
        this.auditBackend.current = ops;
        try {
          const { seq, leafHash } = await this.auditLog.append(entry);
          return { value, seq, leafHash };
        } finally {
          this.auditBackend.current = undefined;
        }
      });
    } catch (e) {
      if (this.auditLog.size !== (await this.opts.store.auditSize())) {
        this.auditLog = await AuditLog.open({ logId: this.auditLog.logId, backend: this.auditBackend, clock: this.opts.clock });
      }
      throw e;
    }
  }

  /**
   * Appends one audit entry in its own store transaction. For state that lives outside the store
   * (the 1:N gallery, src/identify/matcher/identify-matcher.ts): the entry is written after the in-memory change.
   */
  async appendAudit(entry: AuditEntryInput): Promise<{ seq: number; leafHash: Uint8Array }> {
    const { seq, leafHash } = await this.audited(entry, async () => undefined);
    return { seq, leafHash };
  }

  /** Claims a (key, nonce) pair in its own store transaction; E_REPLAY if it was used before. */
  async claimNonce(keyIdHex: string, nonceHex: string): Promise<void> {
    const fresh = await this.opts.store.transaction((ops) => ops.claimNonce(keyIdHex, nonceHex, this.clock()));
    if (!fresh) throw new SealmatchError('E_REPLAY', 'nonce already used');
  }

  /** Request timestamps are accepted within this many ms either way of the matcher's clock. */
  get timestampWindowMs(): number {
    return this.window;
  }

  /** The matcher's clock (ms since the epoch). */
  now(): number {
    return this.clock();
  }

  private async refuse(auth: Authenticated, tx: Transaction, subjectRef: string, verdict: Extract<PolicyVerdict, { allowed: false }>): Promise<never> {
    await this.commit(auth, tx, { kind: 'policy-refusal', actor: auth.actor, subjectRef, requestHash: auth.requestHashHex, outcome: 'refused', reason: verdict.reason }, async () => undefined);
    throw new SealmatchError('E_POLICY', `refused by policy: ${verdict.reason}`, { reason: verdict.reason });
  }

  /** POST /v1/authorize: what the policy needs for this transaction (no biometrics involved). */
  async authorize(bytes: Uint8Array): Promise<PolicyVerdict> {
    const auth = await this.authenticate(bytes, 'sealmatch.v1.AuthorizeRequest');
    const m = decodeWith(pb.AuthorizeRequest, auth.request.body, 'AuthorizeRequest');
    const tx = transactionFromPb(m.transaction);
    this.checkFreshness(tx, auth.actor);
    return this.policy.evaluate(tx, checkSubjectRef(m.subjectRef));
  }

  /**
   * POST /v1/enroll: stores an encrypted reference with its audit leaf, atomically. Only an
   * enrollment desk key, with an officer's approval (two-person rule); `replace` swaps the
   * subject's existing reference (audited as `replace`), and only for the institution that
   * enrolled it. Terminal (ATM) keys are refused.
   */
  async enroll(bytes: Uint8Array): Promise<{ subjectRef: string; seq: number; requestHash: Uint8Array }> {
    const auth = await this.authenticate(bytes, 'sealmatch.v1.EnrollRequest', 'desk');
    const m = decodeWith(pb.EnrollRequest, auth.request.body, 'EnrollRequest');
    if (!m.template) throw new SealmatchError('E_MALFORMED_MESSAGE', 'missing template');
    const template = decodeEncryptedTemplate(pb.EncryptedTemplate.encode(m.template).finish());
    const tx = transactionFromPb(m.transaction);
    this.checkFreshness(tx, auth.actor);
    checkSubjectRef(template.subjectRef);
    const { matcher } = this.opts;
    matcher.validateTemplate(template.subjectRef, template);
    const modality = template.modality ?? 'face';
    const replace = m.replace === true;
    const existing = await this.opts.store.getReference(template.subjectRef, modality);
    if (existing && !replace) throw new SealmatchError('E_ALREADY_ENROLLED', `subject already has a ${modality} reference (replacing it is its own operation)`);
    if (!existing && replace) throw new SealmatchError('E_UNKNOWN_SUBJECT', `no ${modality} reference to replace`);
    // A subject belongs to the institution that enrolled it, whatever the modality: a second
    // modality (face + finger) cannot be added by another institution either.
    let owner = existing;
    for (const other of MODALITIES) if (!owner && other !== modality) owner = await this.opts.store.getReference(template.subjectRef, other);
    await checkChangeAuthority(
      auth.key,
      { operation: replace ? 'replace' : 'enroll', subjectRef: template.subjectRef, modality, ciphertext: template.ciphertext, deskTerminalId: tx.terminalId, nonce: tx.nonce },
      approvalFromPb(m.approval),
      (id) => this.opts.store.getKey(id),
      owner ? (owner.institution ?? '') : undefined,
    );
    // The custodian checks the desk's signature and the officer's approval itself and keeps the
    // reference MAC seed; only then is the reference stored.
    await this.opts.custodianReferences?.register(bytes);
    const { seq } = await this.commit(
      auth,
      tx,
      { kind: replace ? 'replace' : 'enroll', actor: auth.actor, subjectRef: template.subjectRef, requestHash: auth.requestHashHex, outcome: 'accepted' },
      async (ops) => {
        if (replace) await ops.deleteReference(template.subjectRef, modality);
        await ops.insertReference({
          subjectRef: template.subjectRef,
          modality,
          presetId: template.presetId,
          dim: template.dim,
          ciphertext: template.ciphertext,
          enrolledAtMs: this.clock(),
          ...(template.heKeyId ? { heKeyId: template.heKeyId } : {}),
          enrolledBy: auth.key.keyId,
          institution: auth.key.institution ?? '',
          ...(template.partDims ? { partDims: template.partDims } : {}),
        });
      },
    );
    return { subjectRef: template.subjectRef, seq, requestHash: auth.requestHash };
  }

  /**
   * POST /v1/verify: the withdrawal flow; returns the custodian's signed decision.
   *
   * Checks before work: one transaction claims the nonce and reserves the attempt BEFORE any HE
   * work or custodian call. The reservation counts as a failure (a match resets it), so N
   * concurrent attempts on one subject reach the custodian at most maxConsecutiveFailures times
   * before the lockout refuses the rest, and a replayed request never reaches the custodian.
   */
  /** Adds an observer of verify stages and outcomes (the server's /metrics). */
  observe(observer: VerifyObserver): void {
    this.observers.push(observer);
  }

  async verify(bytes: Uint8Array): Promise<SignedDecision> {
    const observers = this.observers;
    const obs: VerifyObserver | undefined = observers.length === 0 ? undefined : {
      stage: (s, sec) => observers.forEach((o) => o.stage(s, sec)),
      outcome: (o, code) => observers.forEach((x) => x.outcome(o, code)),
    };
    let mark = performance.now();
    const stage = (s: VerifyStage): void => {
      const now = performance.now();
      obs?.stage(s, (now - mark) / 1000);
      mark = now;
    };
    try {
      const decision = await this.verifyStages(bytes, stage);
      obs?.outcome(decision.match ? 'match' : 'no-match');
      return decision;
    } catch (e) {
      const code = e instanceof SealmatchError ? e.code : 'E_INTERNAL';
      obs?.outcome(code === 'E_POLICY' ? 'refused' : 'failed', code);
      throw e;
    }
  }

  private async verifyStages(bytes: Uint8Array, stage: (s: VerifyStage) => void): Promise<SignedDecision> {
    const auth = await this.authenticate(bytes, 'sealmatch.v1.VerifyRequest');
    const req = decodeVerifyRequest(auth.request.body);
    checkSubjectRef(req.subjectRef);
    if (req.transaction.senderRef !== undefined) checkSubjectRef(req.transaction.senderRef);
    this.checkFreshness(req.transaction, auth.actor);
    const verdict = this.policy.evaluate(req.transaction, req.subjectRef);
    if (!verdict.allowed) return this.refuse(auth, req.transaction, req.subjectRef, verdict);
    stage('authenticate');
    // Every stateless check first (containers, stored reference, key id): bad input changes nothing.
    const job = await this.opts.matcher.loadVerify(req);
    stage('load');
    const reserved = this.clock();
    const reservation = await this.opts.store.transaction(async (ops) => {
      const state = await ops.getSubjectState(req.subjectRef);
      if (this.policy.isLocked(state, reserved)) {
        throw new SealmatchError('E_LOCKED', 'subject is locked after repeated failed verifications', { lockedUntilMs: state!.lockedUntilMs });
      }
      if (!(await ops.claimNonce(hex(auth.request.keyId), req.transaction.nonce, reserved))) throw new SealmatchError('E_REPLAY', 'nonce already used');
      const after = this.policy.afterVerification(state, req.subjectRef, false, reserved);
      await ops.putSubjectState(after);
      return { before: state ?? { subjectRef: req.subjectRef, consecutiveFailures: 0, lockedUntilMs: 0, lockouts: 0 }, after };
    });
    stage('reserve');
    let decision: SignedDecision;
    try {
      const blinded = this.opts.matcher.computeVerify(job, auth.requestHash, bytes);
      stage('compute');
      decision = await this.opts.decide(blinded);
      if (!equalBytes(decision.requestHash, auth.requestHash)) throw new SealmatchError('E_SIGNATURE', 'custodian answered another request');
      if (!verifyDecisionSignature(decision, this.opts.custodianPublicKey)) throw new SealmatchError('E_SIGNATURE', 'custodian decision signature invalid');
      stage('custodian');
    } catch (e) {
      // The reserved attempt stays counted as a failure, except when the custodian was
      // unavailable: then no decision reached anyone (a late one is discarded), so the attempt
      // gave nobody information, and an outage must not lock genuine customers out. The
      // reservation is released only if nothing else changed the subject's state meanwhile.
      if (isSealmatchError(e, 'E_UNAVAILABLE')) {
        await this.opts.store
          .transaction(async (ops) => {
            const cur = await ops.getSubjectState(req.subjectRef);
            const same = cur && cur.consecutiveFailures === reservation.after.consecutiveFailures && cur.lockedUntilMs === reservation.after.lockedUntilMs && cur.lockouts === reservation.after.lockouts;
            if (same) await ops.putSubjectState(reservation.before);
          })
          .catch(() => undefined);
      }
      const reason = e instanceof SealmatchError ? e.code : 'E_INTERNAL';
      await this.audited({ kind: 'verify', actor: auth.actor, subjectRef: req.subjectRef, requestHash: auth.requestHashHex, outcome: 'failed', reason }, async () => undefined).catch(() => undefined);
      throw e;
    }
    await this.audited(
      { kind: 'verify', actor: auth.actor, subjectRef: req.subjectRef, requestHash: auth.requestHashHex, outcome: decision.match ? 'match' : 'no-match' },
      async (ops) => {
        // A match clears the reserved failure (and any lock); a no-match is already counted.
        if (decision.match) await ops.putSubjectState(this.policy.afterVerification(await ops.getSubjectState(req.subjectRef), req.subjectRef, true, this.clock()));
      },
    );
    stage('commit');
    return decision;
  }

  /**
   * POST /v1/delete: erasure of a subject's references (renewability), audited. Enrollment desk
   * key of the enrolling institution plus an officer's approval (two-person rule).
   */
  async delete(bytes: Uint8Array): Promise<{ subjectRef: string; seq: number; existed: boolean }> {
    const auth = await this.authenticate(bytes, 'sealmatch.v1.DeleteRequest', 'desk');
    const m = decodeWith(pb.DeleteRequest, auth.request.body, 'DeleteRequest');
    const subjectRef = checkSubjectRef(m.subjectRef);
    const tx = transactionFromPb(m.transaction);
    this.checkFreshness(tx, auth.actor);
    const existing = (await this.opts.store.getReference(subjectRef, 'face')) ?? (await this.opts.store.getReference(subjectRef, 'finger'));
    if (!existing) throw new SealmatchError('E_UNKNOWN_SUBJECT', 'no reference enrolled for this subject');
    await checkChangeAuthority(
      auth.key,
      { operation: 'delete', subjectRef, modality: '', deskTerminalId: tx.terminalId, nonce: tx.nonce },
      approvalFromPb(m.approval),
      (id) => this.opts.store.getKey(id),
      existing.institution ?? '',
    );
    await this.opts.custodianReferences?.forget(bytes);
    const { value, seq } = await this.commit(
      auth,
      tx,
      { kind: 'delete', actor: auth.actor, subjectRef, requestHash: auth.requestHashHex, outcome: 'accepted' },
      (ops) => ops.deleteReference(subjectRef),
    );
    return { subjectRef, seq, existed: value };
  }
}
