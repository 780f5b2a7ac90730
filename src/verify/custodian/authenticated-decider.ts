/**
 * @module custodian/authenticated-decider
 * The custodian's 1:1 decision on authenticated presets, safe against a malicious matcher
 * (docs/THREAT-MODEL.md). In this order, and nothing is decrypted unless every step before
 * decryption passed:
 *   1. the matcher credential is not suspended (fail closed after `alarmThreshold` alarms);
 *   2. the terminal's SignedRequest verifies against the custodian's own key registry, within
 *      the custodian's timestamp window, and the result names exactly that request;
 *   3. the request names this custodian's HE key; the subject's reference MAC seed is registered
 *      for the same key and dimension; the request's sealed MAC seed opens;
 *   4. the result container parses (size 3, valid residues);
 *   5. one transaction: claim the nonce (one decryption per request), decrypt once, check the
 *      five tag equations and the honest range, append the audit leaf (and on failure an alarm).
 * Only then is a decision signed: match iff v = rho (score - T) + rho' >= 0.
 *
 * Security note: the forgery bound (<= 4/t = 2^-24 per attempt proven, ~2^-48 with both pairs)
 * holds in the algebraic model of shared/AUTHENTICATED-RESULTS.md §3; key-dependent (non-
 * algebraic) ciphertexts are assumed independent of the MAC secrets. Each refusal after
 * decryption releases one pass/fail bit, which is why alarms suspend the matcher credential.
 */
import { SealmatchError, isSealmatchError, type ErrorCode } from '../../errors.js';
import { bytesToHex as hex } from '@noble/hashes/utils.js';
import { CHECK_COEFFICIENTS, checkResult } from '../../params/authenticated-layout.js';
import { decodeCiphertext } from '../../he/codec/ciphertext-codec.js';
import type { HeContext } from '../../he/index.js';
import type { CoefficientDecryptor } from '../../he/index.js';
import { macKeysFor } from '../mac-keys.js';
import { chunkedScoreBound, fusedBlindFactor, fusedBlindedBound, honestBlindedBound } from '../../params/bounds.js';
import { chunkCount } from '../../templates/chunks.js';
import { compositionOf, fusedDim, isComposite, partChunkCounts, weightedParts } from '../../templates/fusion.js';
import type { Preset } from '../../params/presets.js';
import type { Modality } from '../../wire/messages.js';
import { openReferenceSeed, openRequestSeed } from '../messages/mac-envelope.js';
import type { BlindedResult } from '../../wire/messages.js';
import { equalBytes } from '../../wire/signing.js';
import type { RequestAuthenticator } from './requests.js';
import type { CustodianState } from '../../custodian/state.js';
import { checkChangeAuthority } from '../../wire/change-authority.js';


/**
 * Chunk count and honest range of a template or probe of `modality`: for a composite modality
 * the parts are checked against the composition (E_COMPOSITION), the chunks are those of every
 * part, and the range is that of the weighted parts at the terminal's fused blinding factor.
 */
function shapeOf(preset: Preset, modality: Modality, dim: number, partDims: readonly number[] | undefined): { chunks: number; bound: number } {
  if (!isComposite(modality)) {
    if (partDims !== undefined) throw new SealmatchError('E_COMPOSITION', `a ${modality} template has no parts`);
    return { chunks: chunkCount(dim, preset), bound: honestBlindedBound(preset, preset.blindFactorMax, 1, chunkedScoreBound(dim, preset)) };
  }
  const composition = compositionOf(modality);
  const counts = partChunkCounts(composition, partDims, preset);
  if (fusedDim(partDims!) !== dim) throw new SealmatchError('E_COMPOSITION', `parts of ${partDims!.join(' + ')} values do not make ${dim}`);
  const parts = weightedParts(composition, partDims!);
  return { chunks: counts.reduce((n, k) => n + k, 0), bound: fusedBlindedBound(preset, fusedBlindFactor(preset, parts), parts) };
}

const sameDims = (a: readonly number[] | undefined, b: readonly number[] | undefined): boolean =>
  (a === undefined && b === undefined) || (a !== undefined && b !== undefined && a.length === b.length && a.every((d, i) => d === b[i]));

/** What the custodian counts (exported on /metrics). */
export interface DeciderStats {
  decryptions: number;
  alarms: number;
  refusals: Partial<Record<ErrorCode, number>>;
}

export interface AuthenticatedDeciderOptions {
  readonly he: HeContext;
  readonly decryptor: CoefficientDecryptor;
  readonly state: CustodianState;
  readonly auth: RequestAuthenticator;
  /** X25519 secret key the MAC seeds are sealed to. */
  readonly sealSecretKey: Uint8Array;
  /** SHA-256 of the custodian's HE public key. */
  readonly heKeyId: Uint8Array;
  /** Alarms after which a matcher credential is suspended (default 3). */
  readonly alarmThreshold: number;
  readonly clock: () => number;
}

/** The decided value of one authenticated result. */
export interface AuthenticatedOutcome {
  readonly requestHash: Uint8Array;
  readonly match: boolean;
  readonly auditSeq: number;
}

export class AuthenticatedDecider {
  readonly stats: DeciderStats = { decryptions: 0, alarms: 0, refusals: {} };

  private lastPruneMs = 0;

  constructor(private readonly o: AuthenticatedDeciderOptions) {}

  /** Forgets nonces past twice the timestamp window, at most once a minute. */
  private pruneNonces(): void {
    const now = this.o.clock();
    if (now - this.lastPruneMs < 60_000) return;
    this.lastPruneMs = now;
    void this.o.state.store.pruneNonces(now - 2 * 5 * 60_000).catch(() => undefined);
  }

  private refuse(e: unknown): never {
    if (isSealmatchError(e)) this.stats.refusals[e.code] = (this.stats.refusals[e.code] ?? 0) + 1;
    throw e;
  }

  /** Steps 1-5 above; throws a typed error (E_RESULT_UNAUTHENTIC after an alarm). */
  async decide(result: BlindedResult, credential: string): Promise<AuthenticatedOutcome> {
    try {
      return await this.decideChecked(result, credential);
    } catch (e) {
      return this.refuse(e);
    }
  }

  private async decideChecked(result: BlindedResult, credential: string): Promise<AuthenticatedOutcome> {
    const { he, state, auth } = this.o;
    this.pruneNonces();
    const preset = he.preset;
    if ((await state.alarmState(credential)).suspended) {
      throw new SealmatchError('E_SUSPENDED', 'this matcher credential is suspended after repeated unauthentic results; an operator must re-enable it');
    }
    if (result.presetId !== preset.id) throw new SealmatchError('E_PARAMS_MISMATCH', `result for "${result.presetId}", custodian holds "${preset.id}"`);
    const req = await auth.verifyRequest(result.signedRequest ?? new Uint8Array(0));
    if (!(result.requestHash instanceof Uint8Array) || !equalBytes(result.requestHash, req.requestHash)) {
      throw new SealmatchError('E_MALFORMED_MESSAGE', 'result names another request than the signed one it carries');
    }
    const body = req.body;
    if (body.presetId !== preset.id) throw new SealmatchError('E_PARAMS_MISMATCH', `request for "${body.presetId}"`);
    if (!body.heKeyId || !equalBytes(body.heKeyId, this.o.heKeyId)) throw new SealmatchError('E_KEY_MISMATCH', 'probe was encrypted under another custodian key');
    if (body.fused) throw new SealmatchError('E_INVALID_ARGUMENT', 'score-level fusion is not available with authenticated results');
    const modality = body.modality ?? 'face';
    const { chunks, bound } = shapeOf(preset, modality, body.dim, body.partDims);
    const ref = await state.getReferenceKey(body.subjectRef, modality);
    if (!ref) throw new SealmatchError('E_UNKNOWN_SUBJECT', `the custodian holds no ${modality} reference key for this subject`);
    if (!equalBytes(ref.heKeyId, this.o.heKeyId)) throw new SealmatchError('E_KEY_MISMATCH', 'the reference was enrolled under another custodian key');
    // The composition the desk signed at enrollment, not the matcher's word for it.
    if (!sameDims(ref.partDims, body.partDims)) throw new SealmatchError('E_COMPOSITION', 'the request\'s parts do not match the registered reference\'s');
    if (ref.dim !== body.dim) throw new SealmatchError('E_DIMENSION', `probe is ${body.dim}-D, reference is ${ref.dim}-D`);
    const alpha = macKeysFor(preset, openRequestSeed(this.o.sealSecretKey, body), 'request', modality, chunks);
    const beta = macKeysFor(preset, ref.seed, 'reference', modality, chunks);
    // Honest results are the product of two fresh ciphertexts: size 3, at the first data level,
    // correction factor 1. Anything else is refused before decryption (a matcher-chosen
    // correction factor would scale the plaintext by any unit at no noise cost).
    const container = decodeCiphertext(he, result.ciphertext, { sizes: [3], chainIndex: he.firstLevel });
    if (container.correctionFactor !== 1n) throw new SealmatchError('E_MALFORMED_CIPHERTEXT', 'result correction factor must be 1');
    const t = Number(preset.plainModulus);

    const outcome = await state.transaction(async (ops, tx) => {
      // Checked again inside the (serialized) transaction: concurrent results must not all pass
      // the early check before the first alarm is written (at most alarmThreshold decryptions).
      if (tx.isSuspended(credential)) {
        throw new SealmatchError('E_SUSPENDED', 'this matcher credential is suspended after repeated unauthentic results; an operator must re-enable it');
      }
      if (!(await ops.claimNonce(req.keyIdHex, body.transaction.nonce, this.o.clock()))) {
        throw new SealmatchError('E_REPLAY', 'this request was already decided (nonce used)');
      }
      const y = this.o.decryptor.decryptCoefficients(container, CHECK_COEFFICIENTS, [3]); // parsed once, above
      const v = checkResult(y, alpha, beta, chunks, t, bound);
      const alarm = v === undefined;
      if (alarm) tx.raiseAlarm(credential, this.o.alarmThreshold, this.o.clock());
      const { seq } = await tx.audit.append({
        kind: 'decrypt',
        actor: req.key.ownerId,
        subjectRef: body.subjectRef,
        requestHash: req.requestHashHex,
        outcome: alarm ? 'alarm' : v >= 0 ? 'match' : 'no-match',
        ...(alarm ? { reason: 'E_RESULT_UNAUTHENTIC' } : {}),
      });
      return { alarm, match: !alarm && v >= 0, seq };
    });
    this.stats.decryptions++;
    if (outcome.alarm) {
      this.stats.alarms++;
      throw new SealmatchError('E_RESULT_UNAUTHENTIC', 'the result is not the honest evaluation of this request on the subject\'s reference (alarm raised)', { auditSeq: outcome.seq });
    }
    return { requestHash: req.requestHash, match: outcome.match, auditSeq: outcome.seq };
  }

  /** Registers the reference MAC seed of a signed enrollment (replacing an older one). */
  async registerReference(signedEnroll: Uint8Array): Promise<{ subjectRef: string; requestHash: Uint8Array }> {
    try {
      const { he, state, auth } = this.o;
      const req = await auth.enrollRequest(signedEnroll);
      const template = req.body;
      if (template.presetId !== he.preset.id) throw new SealmatchError('E_PARAMS_MISMATCH', `template for "${template.presetId}"`);
      if (!template.heKeyId || !equalBytes(template.heKeyId, this.o.heKeyId)) throw new SealmatchError('E_KEY_MISMATCH', 'template was encrypted under another custodian key');
      const modality = template.modality ?? 'face';
      shapeOf(he.preset, modality, template.dim, template.partDims);
      const seed = openReferenceSeed(this.o.sealSecretKey, template);
      // A plain enrollment over an existing key is accepted (same institution, desk + officer, as
      // always): the matcher refuses real duplicates (it knows what is stored), and a key whose
      // enrollment never committed at the matcher (crash, full disk) must not block the subject.
      // The old key is overwritten, so a reference stored under it can no longer pass a check.
      // The subject's institution over every modality (a second modality is no way in either).
      const owner = await state.transaction(async (_ops, tx) => tx.subjectInstitution(template.subjectRef));
      await checkChangeAuthority(
        req.key,
        { operation: req.replace ? 'replace' : 'enroll', subjectRef: template.subjectRef, modality, ciphertext: template.ciphertext, deskTerminalId: req.transaction.terminalId, nonce: req.transaction.nonce },
        req.approval,
        (id) => state.getKey(id),
        owner,
      );
      await state.transaction(async (ops, tx) => {
        if (!(await ops.claimNonce(req.keyIdHex, req.transaction.nonce, this.o.clock()))) throw new SealmatchError('E_REPLAY', 'enrollment already registered (nonce used)');
        tx.putReferenceKey({
          institution: req.key.institution ?? '',
          subjectRef: template.subjectRef,
          modality: template.modality ?? 'face',
          seed,
          heKeyId: this.o.heKeyId,
          requestHash: req.requestHashHex,
          dim: template.dim,
          registeredAtMs: this.o.clock(),
          ...(template.partDims ? { partDims: template.partDims } : {}),
        });
      });
      return { subjectRef: template.subjectRef, requestHash: req.requestHash };
    } catch (e) {
      return this.refuse(e);
    }
  }

  /** Forgets the subject's reference MAC seeds on a signed deletion: stored ciphertexts become useless. */
  async forgetReference(signedDelete: Uint8Array): Promise<{ subjectRef: string; removed: number }> {
    try {
      const req = await this.o.auth.deleteRequest(signedDelete);
      const state = this.o.state;
      const institution = await state.transaction(async (_ops, tx) => tx.subjectInstitution(req.body));
      await checkChangeAuthority(
        req.key,
        { operation: 'delete', subjectRef: req.body, modality: '', deskTerminalId: req.transaction.terminalId, nonce: req.transaction.nonce },
        req.approval,
        (id) => state.getKey(id),
        institution,
      );
      const removed = await this.o.state.transaction(async (ops, tx) => {
        if (!(await ops.claimNonce(req.keyIdHex, req.transaction.nonce, this.o.clock()))) throw new SealmatchError('E_REPLAY', 'deletion already applied (nonce used)');
        return tx.deleteReferenceKey(req.body);
      });
      return { subjectRef: req.body, removed };
    } catch (e) {
      return this.refuse(e);
    }
  }
}

export { hex as toHex };
