/**
 * The 1:N gallery as a service (the matcher's /v1/identify routes): decodes the desk's protobuf
 * bodies, authenticates them against the registered keys in the store, runs IdentifyMatcher, calls
 * the custodian (decide, refresh) through the given functions (HTTP in a deployment) and checks the
 * custodian's answer before acting on it.
 *
 * Authentication (docs/IDENTIFY.md, "Wire"):
 * - search: the IdentifyRequest carries the officer's signed authorization for exactly this probe
 *   (IdentifyMatcher checks it); the officer key is looked up in the store (role 'officer', not
 *   revoked) just before the check.
 * - gallery enrollment / deletion: the 1:1 scheme, a SignedRequest over the exact body bytes, by a
 *   registered key of role 'officer'; timestamp within the window, nonce single use (store).
 *
 * Refusals before the HE work change nothing stored: gallery (storedDigest) unchanged, and the audit
 * log gains only what IdentifyMatcher records by design (a 'policy-refusal' leaf for a search refused
 * on its parameter set, dimension or authorization).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { bytesToHex as hex } from '@noble/hashes/utils.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AuditEntryInput } from '../../audit/log.js';
import { SealmatchError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import {
  decodeGalleryDeleteRequest,
  decodeGalleryEnrollRequest,
  decodeGalleryEnrollSubmission,
  decodeIdentifyRequest,
  type IdentifyWireLimits,
} from '../messages/identify-codec.js';
import type { BlindedIdentifyResult, DeletionRefreshRequest, EnrollmentRefreshRequest, IdentifyRequest, IdentifyResponse, RefreshResponse, SignedIdentifyDecision, SlotRegistration } from '../messages/identify-messages.js';
import { verifyIdentifyDecisionSignature } from '../messages/identify-messages.js';
import { equalBytes } from '../../wire/signing.js';
import type { IdentifyMatcher, RegisteredKey } from './identify-matcher.js';
import type { MatcherService } from '../../matcher/service.js';

/** The custodian's 1:N calls (over HTTP in a deployment: src/server/identify-client.ts). */
export interface IdentifyCustodianCalls {
  decide(result: BlindedIdentifyResult): Promise<SignedIdentifyDecision>;
  refreshForEnrollment(req: EnrollmentRefreshRequest): Promise<RefreshResponse>;
  refreshForDeletion(req: DeletionRefreshRequest): Promise<RefreshResponse>;
}

export interface IdentifyServiceOptions {
  readonly matcher: IdentifyMatcher;
  /** The very Map the IdentifyMatcher was created with (`keys`): synced from the store per search. */
  readonly keys: Map<string, RegisteredKey>;
  readonly service: MatcherService;
  readonly store: Store;
  readonly custodian: IdentifyCustodianCalls;
  /** Custodian's decision public key: decisions are checked before they are acted on. */
  readonly custodianPublicKey: Uint8Array;
  readonly limits: IdentifyWireLimits;
}

export interface GalleryReceipt {
  readonly subjectRef: string;
  readonly seq: number;
  readonly requestHash: Uint8Array;
  /** Authenticated sets (enrollment): the custodian's signed registration of this enrollment. */
  readonly registration?: SlotRegistration;
}

interface AuditScope {
  readonly actor: string;
  readonly subjectRef: string;
  readonly requestHash: string;
  seq?: number;
}


export class IdentifyService {
  private readonly opts: IdentifyServiceOptions;
  private static readonly scope = new AsyncLocalStorage<AuditScope>();

  constructor(opts: IdentifyServiceOptions) {
    this.opts = opts;
  }

  /**
   * The audit sink to create the IdentifyMatcher with: entries go to the matcher service's log (in
   * a store transaction); inside an enrollment / deletion request they are completed with the
   * officer, the subject reference and the request hash.
   */
  static auditSink(service: MatcherService): { append(e: AuditEntryInput): Promise<{ seq: number; leafHash: Uint8Array }> } {
    return {
      append: async (e) => {
        const ctx = IdentifyService.scope.getStore();
        const r = await service.appendAudit(ctx ? { ...e, actor: ctx.actor, subjectRef: ctx.subjectRef, requestHash: ctx.requestHash } : e);
        if (ctx) ctx.seq = r.seq;
        return r;
      },
    };
  }

  get matcher(): IdentifyMatcher {
    return this.opts.matcher;
  }

  /** Loads the officer key an authorization names from the store into the matcher's key map. */
  private async syncKey(officerKeyId: Uint8Array | undefined): Promise<void> {
    if (!(officerKeyId instanceof Uint8Array)) return;
    const id = bytesToHex(officerKeyId);
    const rec = await this.opts.store.getKey(id);
    if (rec && !rec.revoked && (rec.role === 'officer' || rec.role === 'terminal')) this.opts.keys.set(id, { publicKey: rec.publicKey, role: rec.role });
    else this.opts.keys.delete(id);
  }

  /** POST /v1/identify: search, custodian decision (checked), matches with proofs. */
  async identify(bytes: Uint8Array): Promise<{ request: IdentifyRequest; response: IdentifyResponse }> {
    const request = decodeIdentifyRequest(bytes, this.opts.limits.identifyRequest);
    await this.syncKey(request.authorization?.officerKeyId);
    const { matcher } = this.opts;
    // The custodian refuses results of more blocks than its limit: refuse before any HE work.
    const live = matcher.gallery.blocks.filter((b) => b.factors.some((f) => f !== 0)).length;
    if (live > this.opts.limits.maxBlocks) throw new SealmatchError('E_TOO_LARGE', `gallery has ${live} blocks, the deployment's limit is ${this.opts.limits.maxBlocks}`);
    const blinded = await matcher.identify(request);
    const decision = await this.opts.custodian.decide(blinded);
    if (decision.presetId !== matcher.presetId || !equalBytes(decision.requestHash, blinded.requestHash)) {
      throw new SealmatchError('E_SIGNATURE', 'custodian answered another request');
    }
    if (!verifyIdentifyDecisionSignature(decision, this.opts.custodianPublicKey)) throw new SealmatchError('E_SIGNATURE', 'custodian decision signature invalid');
    return { request, response: await matcher.finishIdentify(decision) };
  }

  /** POST /v1/identify/enroll: one template into the gallery (custodian refresh). */
  async enroll(body: Uint8Array): Promise<GalleryReceipt> {
    const { service, matcher } = this.opts;
    // Authenticated sets: a GalleryEnrollSubmission (signed request + the mask seed, for us only).
    const submission = matcher.authenticated ? decodeGalleryEnrollSubmission(body, this.opts.limits.galleryEnroll + 1024) : undefined;
    const bytes = submission ? submission.signedRequest : body;
    const auth = await service.authenticate(bytes, 'sealmatch.v1.GalleryEnrollRequest', 'officer');
    const req = decodeGalleryEnrollRequest(auth.request.body, this.opts.limits.galleryEnroll);
    this.checkFreshness(req.timestampMs);
    // Cheap checks before the nonce is claimed (IdentifyMatcher.enroll repeats them).
    if (req.presetId !== matcher.presetId) throw new SealmatchError('E_PARAMS_MISMATCH', `template for "${req.presetId}", matcher runs "${matcher.presetId}"`);
    if (req.dim !== matcher.templateDim) throw new SealmatchError('E_DIMENSION', `dimension ${req.dim}, gallery holds ${matcher.templateDim}-D templates`);
    if (req.template.length !== this.opts.limits.column) {
      throw new SealmatchError('E_MALFORMED_CIPHERTEXT', req.template.length < this.opts.limits.column ? 'ciphertext truncated' : 'ciphertext has trailing bytes');
    }
    if (matcher.gallery.has(req.subjectRef)) throw new SealmatchError('E_ALREADY_ENROLLED', 'subject already in the gallery');
    await service.claimNonce(hex(auth.request.keyId), hex(req.nonce));
    const scope: AuditScope = { actor: auth.actor, subjectRef: req.subjectRef, requestHash: auth.requestHashHex };
    const registered = await IdentifyService.scope.run(scope, () =>
      matcher.enroll(
        [{ subjectRef: req.subjectRef, presetId: req.presetId, dim: req.dim, template: req.template, ...(req.heKeyId ? { heKeyId: req.heKeyId } : {}), ...(submission ? { signedRequest: bytes, maskSeed: submission.maskSeed } : {}) }],
        (r) => this.opts.custodian.refreshForEnrollment(r),
      ),
    );
    const registration = registered.get(req.subjectRef);
    return { subjectRef: req.subjectRef, seq: scope.seq ?? -1, requestHash: auth.requestHash, ...(registration ? { registration } : {}) };
  }

  /** POST /v1/identify/delete: zero the subject's slot and re-randomize its block (custodian refresh). */
  async delete(bytes: Uint8Array): Promise<GalleryReceipt> {
    const { service, matcher } = this.opts;
    const auth = await service.authenticate(bytes, 'sealmatch.v1.GalleryDeleteRequest', 'officer');
    const req = decodeGalleryDeleteRequest(auth.request.body);
    this.checkFreshness(req.timestampMs);
    if (!matcher.gallery.has(req.subjectRef)) throw new SealmatchError('E_UNKNOWN_SUBJECT', 'subject not in the gallery');
    await service.claimNonce(hex(auth.request.keyId), hex(req.nonce));
    const scope: AuditScope = { actor: auth.actor, subjectRef: req.subjectRef, requestHash: auth.requestHashHex };
    await IdentifyService.scope.run(scope, () => matcher.deleteSubject(req.subjectRef, (r) => this.opts.custodian.refreshForDeletion(r), matcher.authenticated ? bytes : undefined));
    return { subjectRef: req.subjectRef, seq: scope.seq ?? -1, requestHash: auth.requestHash };
  }

  private checkFreshness(timestampMs: number): void {
    const { service } = this.opts;
    if (Math.abs(service.now() - timestampMs) > service.timestampWindowMs) throw new SealmatchError('E_EXPIRED', 'request timestamp outside the accepted window');
  }
}
