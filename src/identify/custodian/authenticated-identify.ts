/**
 * @module identify/custodian/authenticated-identify
 * The custodian's side of the authenticated 1:N search (docs/THREAT-MODEL.md "1:N"): safe against
 * a malicious matcher. What the custodian decrypts is always either
 *
 * - a desk's own enrollment ciphertext Enc(h), h = x + m: the enrollment is a SignedRequest by an
 *   officer key in the custodian's OWN registry, its nonce is claimed once in the custodian's own
 *   store, the slot it goes to is recorded with the slot's MAC scalars beta (opened from the
 *   desk's sealed envelope) before decrypting, and h is uniform to the custodian (the mask is the
 *   matcher's); the answer is fresh encryptions of h at that slot. Deletion re-verifies the same
 *   enrollment bytes and an officer-signed deletion, forgets beta and answers Enc(-h);
 * - or a search result: the officer's authorization (own registry, age, single use, signed
 *   search MAC envelope and HE key id) names the request; every block holding a registered slot
 *   must be present; each registered slot is decided only if all k tags verify
 *   (`checkSlotValues`), otherwise the whole result is refused, an alarm is logged and counted,
 *   and after `alarmThreshold` alarms the matcher credential is suspended.
 *
 * Every decryption writes one leaf to the custodian's own audit log, in the transaction that
 * claims its nonce (so the log's size is the number of decryptions).
 */
import { bytesToHex as hex, hexToBytes } from '@noble/hashes/utils.js';
import { SealmatchError, isSealmatchError, type ErrorCode } from '../../errors.js';
import { decodeCiphertext } from '../../he/codec/ciphertext-codec.js';
import type { HeContext } from '../../he/index.js';
import { productLevelOf, type RefreshCustodian } from '../../he/index.js';
import type { CustodianState, IdentifySlotRecord } from '../../custodian/state.js';
import type { DecisionKey } from '../../custodian/decision-key.js';
import type { MacFills } from '../../params/identify-mac-layout.js';
import { decodeSignedRequest, requestHashOf, verifyRequestSignature, type BodyType } from '../../wire/signed-request.js';
import { equalBytes } from '../../wire/signing.js';
import { sha256 } from '../../wire/digest.js';
import { decodeGalleryDeleteRequest, decodeGalleryEnrollRequest } from '../messages/identify-codec.js';
import { openSearchSeed, openSlotSeed } from '../messages/identify-envelopes.js';
import { asAuthIdentifyPreset, fleetFills, identifyModArith, searchAlphas, slotBetas } from '../messages/identify-mac-keys.js';
import type { BlindedIdentifyResult, BlockDecision, DeletionRefreshRequest, EnrollmentRefreshRequest, GalleryEnrollRequest, RefreshResponse, SignedIdentifyDecision } from '../messages/identify-messages.js';
import { IDENTIFY_PURPOSE, identifyDecisionSigningBytes, identifyRequestHashOf, registrationSigningBytes, verifyAuthorizationSignature } from '../messages/identify-messages.js';
import { checkSlotValues, identifyHonestBound } from './slot-check.js';

/** What the authenticated engine counts (exported on /metrics with the 1:1 counters). */
export interface IdentifyStats {
  decryptions: number;
  alarms: number;
  refusals: Partial<Record<ErrorCode, number>>;
}

export interface AuthenticatedIdentifyOptions {
  readonly he: HeContext;
  readonly refresh: RefreshCustodian;
  readonly state: CustodianState;
  readonly decisionKey: DecisionKey;
  readonly sealSecretKey: Uint8Array;
  readonly fleetSecret: Uint8Array;
  readonly heKeyId: Uint8Array;
  readonly now: () => number;
  /** Alarms after which a matcher credential is suspended (default 3). */
  readonly alarmThreshold?: number;
  /** Officer authorizations older than this are refused (default 10 minutes). */
  readonly authorizationMaxAgeMs?: number;
  /** Accepted clock skew of gallery request timestamps either way (default 5 minutes). */
  readonly timestampWindowMs?: number;
}

/** A desk enrollment the custodian verified itself. */
interface VerifiedEnrollment {
  readonly body: GalleryEnrollRequest;
  readonly requestHash: string;
  readonly officerKey: string;
  readonly ownerId: string;
}

export class AuthenticatedIdentify {
  readonly stats: IdentifyStats = { decryptions: 0, alarms: 0, refusals: {} };
  private readonly o: AuthenticatedIdentifyOptions;
  private readonly fills: MacFills;
  private readonly bound: number;

  constructor(o: AuthenticatedIdentifyOptions) {
    if (o.sealSecretKey.length !== 32 || o.heKeyId.length !== 32) throw new SealmatchError('E_MALFORMED_KEY', `${o.he.preset.id} needs the custodian's seal secret key and HE public key`);
    this.o = o;
    this.fills = fleetFills(o.fleetSecret, o.he.preset);
    this.bound = identifyHonestBound(o.he.preset);
  }

  private get presetId(): string {
    return this.o.he.preset.id;
  }

  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isSealmatchError(e)) this.stats.refusals[e.code] = (this.stats.refusals[e.code] ?? 0) + 1;
      throw e;
    }
  }

  private async checkNotSuspended(credential: string): Promise<void> {
    if ((await this.o.state.alarmState(credential)).suspended) throw new SealmatchError('E_SUSPENDED', 'this matcher credential is suspended after failed results; an operator must re-enable it');
  }

  private checkSlotIndex(slot: number | undefined): number {
    if (!Number.isInteger(slot) || slot! < 0 || slot! >= this.o.he.N) throw new SealmatchError('E_MALFORMED_MESSAGE', `slot ${slot} outside 0..${this.o.he.N - 1}`);
    return slot!;
  }

  /** Verifies an officer-signed request against the custodian's own registry. */
  private async verifyOfficer(bytes: Uint8Array | undefined, type: BodyType): Promise<{ body: Uint8Array; requestHash: string; officerKey: string; ownerId: string; keyId: Uint8Array }> {
    if (!(bytes instanceof Uint8Array)) throw new SealmatchError('E_UNAUTHORIZED', `the custodian needs the officer-signed ${type}`);
    const req = decodeSignedRequest(bytes, type);
    const officerKey = hex(req.keyId);
    const key = await this.o.state.getKey(officerKey);
    if (!key || key.revoked || key.role !== 'officer') throw new SealmatchError('E_UNAUTHORIZED', `${type} is not signed by an officer key registered with the custodian`);
    if (!verifyRequestSignature(req, key.publicKey)) throw new SealmatchError('E_SIGNATURE', `${type} signature invalid`);
    return { body: req.body, requestHash: hex(requestHashOf(req)), officerKey, ownerId: key.ownerId, keyId: req.keyId };
  }

  private checkFresh(timestampMs: number): void {
    if (Math.abs(this.o.now() - timestampMs) > (this.o.timestampWindowMs ?? 5 * 60_000)) throw new SealmatchError('E_EXPIRED', 'request timestamp outside the accepted window');
  }

  /** The desk enrollment behind a refresh entry, verified (signature, preset, dimension, key, container). */
  private async verifyEnrollment(bytes: Uint8Array | undefined): Promise<VerifiedEnrollment> {
    const v = await this.verifyOfficer(bytes, 'sealmatch.v1.GalleryEnrollRequest');
    const body = decodeGalleryEnrollRequest(v.body);
    const { he } = this.o;
    if (body.presetId !== this.presetId) throw new SealmatchError('E_PARAMS_MISMATCH', `enrollment for "${body.presetId}", custodian holds "${this.presetId}"`);
    if (body.dim !== he.preset.maxDim) throw new SealmatchError('E_DIMENSION', `enrollment of ${body.dim}-D, preset is ${he.preset.maxDim}-D`);
    if (!body.heKeyId || !equalBytes(body.heKeyId, this.o.heKeyId)) throw new SealmatchError('E_KEY_MISMATCH', 'enrollment encrypted under another custodian key');
    decodeCiphertext(he, body.template, { sizes: [2], chainIndex: productLevelOf(he) });
    return { body, requestHash: v.requestHash, officerKey: v.officerKey, ownerId: v.ownerId };
  }

  // ------------------------------------------------------------------ enrollment refresh

  /**
   * Fresh batched column encryptions of each verified desk enrollment h at its slot (all entries
   * of one block share the C ciphertexts). Refused before any decryption: a suspended credential,
   * an entry without a valid officer-signed enrollment in the custodian's registry, a replayed
   * enrollment nonce, an occupied slot, a subject already registered elsewhere, a block holding
   * slots of another HE key (E_KEY_MISMATCH).
   */
  refreshForEnrollment(req: EnrollmentRefreshRequest, credential: string): Promise<RefreshResponse> {
    return this.guard(async () => {
      await this.checkNotSuspended(credential);
      const { he, state } = this.o;
      if (req.entries.length === 0) throw new SealmatchError('E_MALFORMED_MESSAGE', 'no entries');
      if (!Number.isSafeInteger(req.blockId) || req.blockId < 0) throw new SealmatchError('E_MALFORMED_MESSAGE', `bad block id ${req.blockId}`);
      const slots = new Set<number>();
      const verified: { slot: number; e: VerifiedEnrollment; betas: number[] }[] = [];
      for (const entry of req.entries) {
        const slot = this.checkSlotIndex(entry.slot);
        if (slots.has(slot)) throw new SealmatchError('E_MALFORMED_MESSAGE', `slot ${slot} repeated`);
        slots.add(slot);
        const e = await this.verifyEnrollment(entry.enrollment);
        if (!equalBytes(sha256(entry.ciphertext), sha256(e.body.template))) throw new SealmatchError('E_MALFORMED_MESSAGE', 'refresh ciphertext is not the desk-signed template');
        verified.push({ slot, e, betas: slotBetas(openSlotSeed(this.o.sealSecretKey, e.body), he.preset) });
      }
      // Register slots, claim nonces and log one leaf per decryption, before decrypting.
      await state.transaction(async (ops, tx) => {
        // Key binding: a block is refreshed under one key only (slots registered under an older key
        // would share columns with this key's encryptions; see decideIdentify).
        if (tx.identifySlots(this.presetId).some((r) => r.blockId === req.blockId && !equalBytes(r.heKeyId, this.o.heKeyId))) {
          throw new SealmatchError('E_KEY_MISMATCH', `block ${req.blockId} holds slots registered under another custodian key`);
        }
        for (const { slot, e, betas } of verified) {
          const here = tx.getIdentifySlot(this.presetId, req.blockId, slot);
          if (here && here.requestHash === e.requestHash) {
            // The same enrollment into the same slot (a retried refresh): decrypted again, logged again.
          } else {
            if (here) throw new SealmatchError('E_ALREADY_ENROLLED', `slot ${slot} of block ${req.blockId} is registered to another enrollment`);
            if (tx.identifySlotOf(this.presetId, e.body.subjectRef)) throw new SealmatchError('E_ALREADY_ENROLLED', 'subject already registered in the 1:N gallery');
            this.checkFresh(e.body.timestampMs);
            if (!(await ops.claimNonce(e.officerKey, `gallery-enroll:${hex(e.body.nonce)}`, this.o.now()))) throw new SealmatchError('E_REPLAY', 'this enrollment was already used');
            tx.putIdentifySlot({
              presetId: this.presetId, blockId: req.blockId, slot, subjectRef: e.body.subjectRef, betas, requestHash: e.requestHash,
              officerKey: e.officerKey, heKeyId: this.o.heKeyId, registeredAtMs: this.o.now(),
            });
          }
          await tx.audit.append({ kind: 'enroll', actor: e.ownerId, subjectRef: e.body.subjectRef, requestHash: e.requestHash, outcome: 'accepted', reason: 'refresh' });
        }
      });
      const C = he.preset.expansionDim!;
      const columns = Array.from({ length: C }, () => new Uint32Array(he.N));
      for (const { slot, e } of verified) {
        const h = this.o.refresh.decryptCoefficients(e.body.template, C);
        this.stats.decryptions++;
        for (let j = 0; j < C; j++) columns[j]![slot] = h[j]!;
      }
      // Signed registrations, relayed to the desks: an enrollment the matcher never refreshed has none.
      const registrations = verified.map(({ slot, e }) =>
        this.o.decisionKey.sign(
          { presetId: this.presetId, subjectRef: e.body.subjectRef, blockId: req.blockId, slot, requestHash: hexToBytes(e.requestHash), issuedAtMs: this.o.now(), custodianKeyId: this.o.decisionKey.keyId },
          registrationSigningBytes,
        ),
      );
      return { blockId: req.blockId, columns: columns.map((c) => this.o.refresh.encryptSlots(c)), registrations };
    });
  }

  /**
   * Deletion: the officer-signed GalleryDeleteRequest (own registry, fresh, single use) names the
   * subject the custodian registered at this slot from exactly these enrollment bytes. The slot's
   * beta is forgotten, and the answer is fresh encryptions of -h at the slot (the matcher adds
   * them and its mask: the slot returns to 0).
   */
  refreshForDeletion(req: DeletionRefreshRequest, credential: string): Promise<RefreshResponse> {
    return this.guard(async () => {
      await this.checkNotSuspended(credential);
      const { he, state } = this.o;
      const slot = this.checkSlotIndex(req.slot);
      const del = await this.verifyOfficer(req.deletion, 'sealmatch.v1.GalleryDeleteRequest');
      const body = decodeGalleryDeleteRequest(del.body);
      this.checkFresh(body.timestampMs);
      // The enrollment bytes are authenticated by the registry row: the custodian verified them
      // when it registered the slot and keeps their hash. Its signer may since have been revoked
      // (the subject must stay deletable), so the signature is not required to verify again.
      if (!(req.enrollment instanceof Uint8Array)) throw new SealmatchError('E_UNAUTHORIZED', 'the custodian needs the enrollment that filled the slot');
      const enrollment = decodeSignedRequest(req.enrollment, 'sealmatch.v1.GalleryEnrollRequest');
      const enrollmentHash = hex(requestHashOf(enrollment));
      const template = decodeGalleryEnrollRequest(enrollment.body).template;
      decodeCiphertext(he, template, { sizes: [2], chainIndex: productLevelOf(he) });
      const deleter = await state.getKey(del.officerKey);
      await state.transaction(async (ops, tx) => {
        const here = tx.getIdentifySlot(this.presetId, req.blockId, slot);
        if (!here || here.requestHash !== enrollmentHash || here.subjectRef !== body.subjectRef) {
          throw new SealmatchError('E_UNKNOWN_SUBJECT', 'no registered slot holds this enrollment of this subject');
        }
        // A subject belongs to the institution that enrolled it (as for 1:1 references).
        // (inside the transaction: its own ops, never the state's methods, which would wait on it)
        const enroller = await ops.getKey(here.officerKey);
        if ((enroller?.institution ?? '') !== (deleter?.institution ?? '')) throw new SealmatchError('E_UNAUTHORIZED', 'the subject was enrolled by another institution');
        if (!(await ops.claimNonce(del.officerKey, `gallery-delete:${hex(body.nonce)}`, this.o.now()))) throw new SealmatchError('E_REPLAY', 'this deletion was already used');
        tx.deleteIdentifySlot(this.presetId, req.blockId, slot);
        await tx.audit.append({ kind: 'delete', actor: del.ownerId, subjectRef: body.subjectRef, requestHash: del.requestHash, outcome: 'accepted', reason: 'refresh' });
      });
      const C = he.preset.expansionDim!;
      const t = Number(he.t);
      const h = this.o.refresh.decryptCoefficients(template, C);
      this.stats.decryptions++;
      const columns = Array.from({ length: C }, (_, j) => {
        const c = new Uint32Array(he.N);
        c[slot] = (t - h[j]!) % t;
        return this.o.refresh.encryptSlots(c);
      });
      return { blockId: req.blockId, columns };
    });
  }

  // ------------------------------------------------------------------ search decision

  /**
   * Decides an authenticated search result: every registered slot of every block, only if all
   * of its tags verify. Refusals before decryption (typed, no alarm): suspended credential,
   * malformed blocks, an authorization the custodian's registry does not back, a replay, a gallery
   * holding slots registered under another HE key (E_KEY_MISMATCH).
   * After decryption any failing slot refuses the whole result with E_RESULT_UNAUTHENTIC and an
   * alarm (audit leaf outcome 'alarm', counter, suspension at the threshold).
   */
  decideIdentify(result: BlindedIdentifyResult, credential: string): Promise<SignedIdentifyDecision> {
    return this.guard(async () => {
      await this.checkNotSuspended(credential);
      const { he, state } = this.o;
      const k = asAuthIdentifyPreset(he.preset).macInstances;
      if (!(result.requestHash instanceof Uint8Array) || result.requestHash.length !== 32) throw new SealmatchError('E_MALFORMED_MESSAGE', 'request hash must be 32 bytes');
      if (result.dim !== he.preset.maxDim) throw new SealmatchError('E_DIMENSION', `search of ${result.dim}-D, preset is ${he.preset.maxDim}-D`);
      const byId = new Map<number, (typeof result.blocks)[number]>();
      for (const b of result.blocks) {
        if (!Number.isSafeInteger(b.blockId) || b.blockId < 0 || byId.has(b.blockId)) throw new SealmatchError('E_MALFORMED_MESSAGE', `bad or repeated block id ${b.blockId}`);
        if (!(b.tableRoot instanceof Uint8Array) || b.tableRoot.length !== 32) throw new SealmatchError('E_MALFORMED_MESSAGE', 'block table root malformed');
        if (!b.tags || b.tags.length !== k) throw new SealmatchError('E_MALFORMED_MESSAGE', `block ${b.blockId} carries ${b.tags?.length ?? 0} tag results, expected ${k}`);
        for (const c of [b.ciphertext, ...b.tags]) decodeCiphertext(he, c, { sizes: [3], chainIndex: productLevelOf(he) });
        byId.set(b.blockId, b);
      }
      // The officer's authorization, checked against the custodian's own registry.
      const a = result.authorization;
      if (!a) throw new SealmatchError('E_UNAUTHORIZED', 'the result carries no officer authorization of a search');
      const key = await state.getKey(hex(a.officerKeyId));
      if (!key || key.revoked || key.role !== 'officer') throw new SealmatchError('E_UNAUTHORIZED', 'authorization is not signed by an officer key registered with the custodian');
      if (a.presetId !== this.presetId || a.purpose !== IDENTIFY_PURPOSE || !verifyAuthorizationSignature(a, key.publicKey)) {
        throw new SealmatchError('E_UNAUTHORIZED', 'officer authorization does not verify for this preset and purpose');
      }
      if (!a.heKeyId || !equalBytes(a.heKeyId, this.o.heKeyId)) throw new SealmatchError('E_KEY_MISMATCH', 'search probe encrypted under another custodian key');
      const age = this.o.now() - a.issuedAtMs;
      if (age > (this.o.authorizationMaxAgeMs ?? 10 * 60_000) || age < -5 * 60_000) throw new SealmatchError('E_EXPIRED', 'officer authorization too old');
      if (!equalBytes(identifyRequestHashOf(result.presetId, result.dim, a.probeHash, a), result.requestHash)) {
        throw new SealmatchError('E_MALFORMED_MESSAGE', 'result names another request than the authorized search');
      }
      const alphas = searchAlphas(openSearchSeed(this.o.sealSecretKey, { presetId: a.presetId, probeHash: a.probeHash, heKeyId: a.heKeyId, caseId: a.caseId }, a.macEnvelope), he.preset);
      const A = identifyModArith(he.preset);
      let outcome: { alarm: string | undefined; blocks: BlockDecision[]; seq: number } | undefined;
      await state.transaction(async (ops, tx) => {
        if (tx.isSuspended(credential)) throw new SealmatchError('E_SUSPENDED', 'this matcher credential is suspended');
        const registered = new Map<number, IdentifySlotRecord[]>();
        for (const r of tx.identifySlots(this.presetId)) registered.set(r.blockId, [...(registered.get(r.blockId) ?? []), r]);
        // Key binding (issue #10 item 5): each slot records the HE key its refresh encrypted under.
        // After a key rotation over the same state, the authorization names this key but the
        // gallery still holds old-key slots: decrypting them decides nothing and blames the
        // matcher with an alarm (test/attacks/identify-authenticated.test.ts, "rotated"). Refuse
        // the mix as a key mismatch, before the nonce claim and before any decryption.
        for (const slots of registered.values()) {
          if (slots.some((r) => !equalBytes(r.heKeyId, this.o.heKeyId))) throw new SealmatchError('E_KEY_MISMATCH', 'the gallery holds slots registered under another custodian key');
        }
        // A lost or rolled-back custodian state would otherwise decide "no duplicate" for every
        // slot it no longer knows: a slot the matcher marks occupied but the registry lacks is
        // refused (before the claim and any decryption; a lying matcher can only refuse service).
        for (const b of result.blocks) {
          const known = new Set((registered.get(b.blockId) ?? []).map((r) => r.slot));
          for (let s = 0; s < he.N; s++) {
            if (((b.occupied[s >> 3] ?? 0) >> (s & 7)) & 1 && !known.has(s)) {
              throw new SealmatchError('E_STORE', `block ${b.blockId} slot ${s} is occupied at the matcher but not in the custodian's registry (lost or restored custodian state?)`);
            }
          }
        }
        if (!(await ops.claimNonce(hex(a.officerKeyId), `identify:${hex(a.signature)}`, this.o.now()))) throw new SealmatchError('E_REPLAY', 'this search was already decided');
        let alarm: string | undefined;
        const blocks: BlockDecision[] = [];
        for (const [blockId, slots] of registered) {
          const b = byId.get(blockId);
          if (!b) {
            alarm = `block ${blockId} holds registered slots and is missing from the result`;
            break;
          }
          const y = [b.ciphertext, ...b.tags!].map((c) => this.o.refresh.decryptSlots(c, [3]));
          const matchingSlots: number[] = [];
          const matchingSubjects: string[] = [];
          for (const r of slots) {
            const got = checkSlotValues(A, this.bound, alphas, r.betas, this.fills.kappa, y.map((v) => v[r.slot]!));
            if (got === 'alarm') {
              alarm = `slot ${r.slot} of block ${blockId} fails its MAC`;
              break;
            }
            if (got === 'match') {
              matchingSlots.push(r.slot);
              matchingSubjects.push(r.subjectRef);
            }
          }
          if (alarm) break;
          blocks.push({ blockId, tableRoot: Uint8Array.from(b.tableRoot), matchingSlots, matchingSubjects });
        }
        // One decryption operation (one audit leaf), whatever the number of blocks it opened.
        this.stats.decryptions++;
        if (alarm) tx.raiseAlarm(credential, this.o.alarmThreshold ?? 3, this.o.now());
        const matched = blocks.some((b) => b.matchingSlots.length > 0);
        const { seq } = await tx.audit.append({
          kind: 'identify', actor: key.ownerId, requestHash: hex(result.requestHash),
          outcome: alarm ? 'alarm' : matched ? 'match' : 'no-match', ...(alarm ? { reason: 'E_RESULT_UNAUTHENTIC' } : {}),
        });
        outcome = { alarm, blocks, seq };
      });
      if (outcome!.alarm) {
        this.stats.alarms++;
        throw new SealmatchError('E_RESULT_UNAUTHENTIC', `the result is not the honest search of this probe over the registered gallery: ${outcome!.alarm} (alarm raised)`, { auditSeq: outcome!.seq });
      }
      const unsigned = { presetId: this.presetId, requestHash: Uint8Array.from(result.requestHash), blocks: outcome!.blocks, issuedAtMs: this.o.now(), custodianKeyId: this.o.decisionKey.keyId };
      return this.o.decisionKey.sign(unsigned, identifyDecisionSigningBytes);
    });
  }
}
