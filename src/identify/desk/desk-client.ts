/**
 * Enrollment desk client for 1:N duplicate search (docs/IDENTIFY.md): quantizes and encrypts the
 * applicant's face under the custodian's key, signs the officer's authorization for exactly that
 * probe, posts protobuf to the matcher and accepts an answer only if `verifyIdentifyResponse`
 * holds (custodian's signature, bound to this request, every match proven in the signed table).
 * Also enrolls into / removes from the 1:N gallery (`enroll`, `remove`: SignedRequest by the officer key).
 * Failures come back as SealmatchError with the server's code and `details.status`.
 */
import { asIdentifyPreset, type PresetId } from '../../params/presets.js';
import { randomBytes } from '../../csprng.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { SealmatchError } from '../../errors.js';
import { asSubjectRef, type SubjectRef } from '../../subjects/subject-reference.js';
import { HeContext } from '../../he/index.js';
import { CoefficientEncryptor } from '../../he/index.js';
import { encodeExpandableProbe } from '../../he/index.js';
import { quantizeEmbedding } from '../../templates/face.js';
import { decodeReceipt } from '../../wire/codec.js';
import { postProtobuf } from '../../wire/http-post.js';
import { sha256 } from '../../wire/digest.js';
import {
  decodeIdentifyResponse,
  encodeGalleryDeleteRequest,
  encodeGalleryEnrollRequest,
  encodeGalleryEnrollSubmission,
  encodeIdentifyRequest,
  decodeGalleryEnrollSubmission,
  decodeSlotRegistration,
} from '../messages/identify-codec.js';
import type { MacFills } from '../../params/identify-mac-layout.js';
import { scoreThreshold } from '../../templates/face.js';
import { sealSearchSeed, sealSlotSeed } from '../messages/identify-envelopes.js';
import { enrollmentMask, fleetFills, searchAlphas, slotBetas } from '../messages/identify-mac-keys.js';
import type { GalleryEnrollRequest } from '../messages/identify-messages.js';
import { drawSearchBlinding, drawSlotFactor, maskSlotValues, probeValues, slotValues } from './authenticated-encoding.js';
import { signIdentifyAuthorization, verifyIdentifyResponse, verifySlotRegistration, type IdentifyRequest, type IdentifyResponse } from '../messages/identify-messages.js';
import { decodeSignedRequest, encodeSignedRequest, requestHashOf, signRequest, type BodyType } from '../../wire/signed-request.js';

/** What a DeskClient is made of: the matcher's URL, the 1:N public keys, the officer's key. */
export interface DeskClientOptions {
  /** The matcher's base URL (https:// in production). */
  readonly matcherUrl: string;
  /** A 1:N parameter set id (FACE_1TON_PRESET_IDS). */
  readonly presetId: PresetId;
  /** The custodian's HE public key (SMK) and Ed25519 decision public key (the public bundle). */
  readonly hePublicKey: Uint8Array;
  /** The custodian's Ed25519 decision public key (32 bytes): every search result must verify under it. */
  readonly decisionPublicKey: Uint8Array;
  /** The officer's Ed25519 secret key (32 bytes), registered with the matcher as role 'officer'. */
  readonly officerKey: Uint8Array;
  /** fetch implementation (tests, proxies); default the global fetch. */
  readonly fetch?: typeof fetch;
  /** Clock (ms since the epoch) for authorizations; default Date.now. */
  readonly now?: () => number;
  /**
   * Authenticated sets (sm2-bgv8192-*-1toN-auth): the custodian's X25519 seal public key (from
   * the public bundle) and the 1:N fleet secret (the custodian's keygen; a desk secret).
   */
  readonly sealPublicKey?: Uint8Array;
  /** Authenticated sets: the 32-byte 1:N fleet secret (desk.json; never on the matcher). */
  readonly fleetSecret?: Uint8Array;
  /** Authenticated sets: the threshold (cosine) put into every enrolled slot; default the preset's. */
  readonly thresholdCosine?: number;
}

/** A built, signed search (not yet sent): tests tamper with `bytes`. */
export interface PreparedIdentify {
  /** The request as built: encrypted probe and the officer's authorization. */
  readonly request: IdentifyRequest;
  /** Its protobuf bytes (sealmatch.v1.IdentifyRequest), as POSTed to /v1/identify. */
  readonly bytes: Uint8Array;
}


/** Enrollment desk client for 1:N: officer-authorized duplicate searches and gallery enrollments over HTTP, each response checked against the custodian's key. */
export class DeskClient implements Disposable {
  /** Hex SHA-256 of the officer's public key (64 digits): the key id the services know the officer by. */
  readonly officerKeyId: string;
  private readonly opts: DeskClientOptions;
  private readonly he: HeContext;
  private readonly enc: CoefficientEncryptor;
  private readonly doFetch: typeof fetch;
  private readonly now: () => number;
  /** Authenticated sets: the fleet fills (from the fleet secret). */
  private readonly fills: MacFills | undefined;
  private readonly heKeyId: Uint8Array;

  private constructor(opts: DeskClientOptions, he: HeContext, enc: CoefficientEncryptor) {
    this.opts = opts;
    this.he = he;
    this.enc = enc;
    this.doFetch = opts.fetch ?? fetch;
    this.now = opts.now ?? Date.now;
    this.officerKeyId = bytesToHex(sha256(ed25519.getPublicKey(opts.officerKey)));
    this.heKeyId = sha256(opts.hePublicKey);
    if (he.preset.authenticated) {
      if (opts.sealPublicKey?.length !== 32 || opts.fleetSecret?.length !== 32) throw new SealmatchError('E_MALFORMED_KEY', `${he.preset.id} needs the custodian's seal public key and the 1:N fleet secret`);
      this.fills = fleetFills(opts.fleetSecret, he.preset);
    }
  }

  /** True on the authenticated 1:N sets (per-slot MAC). */
  get authenticated(): boolean {
    return this.fills !== undefined;
  }

  /** Creates a desk client (loads SEAL for the 1:N preset). */
  static async create(opts: DeskClientOptions): Promise<DeskClient> {
    const he = await HeContext.create(opts.presetId);
    try {
      if (he.preset.expansionDim === undefined) throw new SealmatchError('E_PARAMS_MISMATCH', `${opts.presetId} is not a 1:N parameter set`);
      const enc = new CoefficientEncryptor(he, opts.hePublicKey);
    try {
      return new DeskClient(opts, he, enc);
    } catch (e) {
      enc.delete();
      throw e;
    }
    } catch (e) {
      he.delete();
      throw e;
    }
  }

  /** The officer public key to register with the matcher (role 'officer'). */
  get officerPublicKey(): Uint8Array {
    return ed25519.getPublicKey(this.opts.officerKey);
  }

  /** Template dimension of the gallery (the preset's). */
  get dim(): number {
    return asIdentifyPreset(this.he.preset).maxDim;
  }

  /** Validated, L2-normalized, quantized template (s = the preset's quantization scale). */
  quantize(embedding: ArrayLike<number>): Int32Array {
    return quantizeEmbedding(embedding, this.he.preset, embedding.length).values;
  }

  /** Builds and signs a search for an embedding (not sent). */
  prepareIdentify(embedding: ArrayLike<number>, caseId: string, issuedAtMs = this.now()): PreparedIdentify {
    return this.prepareIdentifyQuantized(this.quantize(embedding), caseId, issuedAtMs);
  }

  /** As prepareIdentify, from an already quantized template (values in [-127, 127]). */
  prepareIdentifyQuantized(values: ArrayLike<number>, caseId: string, issuedAtMs = this.now()): PreparedIdentify {
    const { preset, t } = this.he;
    const C = asIdentifyPreset(preset).expansionDim;
    if (this.fills) {
      // Authenticated: (a, A_1..A_k) with fresh alpha (sealed to the custodian), rho and rho'.
      const seed = randomBytes(32);
      const { rho, rho2 } = drawSearchBlinding(preset);
      const coeffs = probeValues(preset, this.fills, values, rho, rho2, searchAlphas(seed, preset));
      const tn = Number(t);
      const probe = this.enc.encrypt(encodeExpandableProbe(Array.from(coeffs, (v) => (v > (tn - 1) / 2 ? v - tn : v)), C, t));
      const macEnvelope = sealSearchSeed(this.opts.sealPublicKey!, { presetId: preset.id, probeHash: sha256(probe), heKeyId: this.heKeyId, caseId }, seed);
      const authorization = signIdentifyAuthorization({ presetId: preset.id, probe, caseId, issuedAtMs, macEnvelope, heKeyId: this.heKeyId }, this.opts.officerKey);
      const request: IdentifyRequest = { presetId: preset.id, dim: values.length, probe, authorization };
      return { request, bytes: encodeIdentifyRequest(request) };
    }
    const probe = this.enc.encrypt(encodeExpandableProbe(Array.from(values), C, t));
    const authorization = signIdentifyAuthorization({ presetId: preset.id, probe, caseId, issuedAtMs }, this.opts.officerKey);
    const request: IdentifyRequest = { presetId: preset.id, dim: values.length, probe, authorization };
    return { request, bytes: encodeIdentifyRequest(request) };
  }

  /** Sends a prepared search; returns the response once it verifies against this very request. */
  async sendIdentify(prepared: PreparedIdentify): Promise<IdentifyResponse> {
    const response = decodeIdentifyResponse(await this.post('/v1/identify', prepared.bytes));
    // Authenticated sets: the custodian names the subject of every matching slot itself.
    const unnamed = this.fills !== undefined && response.decision.blocks.some((b) => b.matchingSlots.length > 0 && b.matchingSubjects?.length !== b.matchingSlots.length);
    if (unnamed || !verifyIdentifyResponse(response, prepared.request, this.opts.decisionPublicKey)) {
      throw new SealmatchError('E_SIGNATURE', "identify response does not answer this request, is not the custodian's, or a match is unproven");
    }
    return response;
  }

  /** Duplicate search: the subject references (sorted) whose templates match the embedding. */
  async identify(embedding: ArrayLike<number>, caseId: string): Promise<string[]> {
    const r = await this.sendIdentify(this.prepareIdentify(embedding, caseId));
    return r.matches.map((m) => m.subjectRef).sort();
  }

  /** Encrypts a quantized template in the gallery's (in-order) coefficient encoding. */
  encryptTemplate(values: ArrayLike<number>): Uint8Array {
    const tn = Number(this.he.t);
    return this.enc.encrypt(Array.from(values, (x) => ((x % tn) + tn) % tn));
  }

  /**
   * Signed GalleryEnrollRequest bytes for a quantized template (not sent). Authenticated sets: a
   * GalleryEnrollSubmission (the signed request and the mask seed for the matcher).
   */
  prepareEnrollQuantized(subjectRef: SubjectRef, values: ArrayLike<number>, caseId: string, fields: { nonce?: Uint8Array; timestampMs?: number; template?: Uint8Array; presetId?: string; dim?: number } = {}): Uint8Array {
    if (this.fills) return this.prepareAuthenticatedEnroll(subjectRef, values, caseId, fields);
    const body = encodeGalleryEnrollRequest({
      presetId: fields.presetId ?? this.he.preset.id,
      subjectRef,
      dim: fields.dim ?? values.length,
      template: fields.template ?? this.encryptTemplate(values),
      caseId,
      nonce: fields.nonce ?? randomBytes(16),
      timestampMs: fields.timestampMs ?? this.now(),
    });
    return this.sign(body, 'sealmatch.v1.GalleryEnrollRequest');
  }

  /**
   * Authenticated sets: the slot values x (fresh r_s and beta, the threshold, the fleet fills)
   * masked with m, encrypted, the slot seed sealed to the custodian, signed by the officer.
   */
  private prepareAuthenticatedEnroll(subjectRef: SubjectRef, values: ArrayLike<number>, caseId: string, fields: { nonce?: Uint8Array; timestampMs?: number; template?: Uint8Array; presetId?: string; dim?: number }): Uint8Array {
    const { preset } = this.he;
    const slotSeed = randomBytes(32);
    const maskSeed = randomBytes(32);
    const threshold = scoreThreshold(this.opts.thresholdCosine ?? preset.defaultThresholdCosine, preset.quantScale);
    const x = slotValues(preset, this.fills!, values, threshold, drawSlotFactor(preset), slotBetas(slotSeed, preset));
    const h = maskSlotValues(preset, x, enrollmentMask(maskSeed, preset));
    const unsealed: GalleryEnrollRequest = {
      presetId: fields.presetId ?? preset.id,
      subjectRef,
      dim: fields.dim ?? values.length,
      template: fields.template ?? this.enc.encrypt(h),
      caseId,
      nonce: fields.nonce ?? randomBytes(16),
      timestampMs: fields.timestampMs ?? this.now(),
      heKeyId: this.heKeyId,
    };
    const body = encodeGalleryEnrollRequest({ ...unsealed, macEnvelope: sealSlotSeed(this.opts.sealPublicKey!, unsealed, slotSeed) });
    return encodeGalleryEnrollSubmission({ signedRequest: this.sign(body, 'sealmatch.v1.GalleryEnrollRequest'), maskSeed });
  }

  /**
   * Enrolls an embedding into the 1:N gallery. Returns the audit sequence number. Authenticated
   * sets: the receipt must carry the custodian's signed registration of exactly this enrollment
   * (E_SIGNATURE otherwise: the matcher did not get it registered).
   */
  async enroll(subjectRef: SubjectRef, embedding: ArrayLike<number>, caseId: string): Promise<number> {
    const ref = asSubjectRef(subjectRef);
    const bytes = this.prepareEnrollQuantized(ref, this.quantize(embedding), caseId);
    if (!this.fills) return this.sendGallery('/v1/identify/enroll', bytes);
    return this.sendAuthenticatedEnroll(ref, bytes);
  }

  /** Authenticated sets: posts a GalleryEnrollSubmission and checks the custodian's registration in the receipt. */
  async sendAuthenticatedEnroll(subjectRef: SubjectRef, submission: Uint8Array): Promise<number> {
    const signed = decodeSignedRequest(decodeGalleryEnrollSubmission(submission).signedRequest, 'sealmatch.v1.GalleryEnrollRequest');
    const receipt = decodeReceipt(await this.post('/v1/identify/enroll', submission));
    const reg = receipt.custodianRegistration ? decodeSlotRegistration(receipt.custodianRegistration) : undefined;
    if (!reg || !verifySlotRegistration(reg, { presetId: this.he.preset.id, subjectRef, requestHash: requestHashOf(signed) }, this.opts.decisionPublicKey)) {
      throw new SealmatchError('E_SIGNATURE', "enrollment receipt carries no custodian registration of this enrollment");
    }
    return receipt.auditSeq;
  }

  /** Signed GalleryDeleteRequest bytes (not sent). */
  prepareRemove(subjectRef: SubjectRef, caseId: string, fields: { nonce?: Uint8Array; timestampMs?: number } = {}): Uint8Array {
    const body = encodeGalleryDeleteRequest({
      subjectRef,
      caseId,
      nonce: fields.nonce ?? randomBytes(16),
      timestampMs: fields.timestampMs ?? this.now(),
    });
    return this.sign(body, 'sealmatch.v1.GalleryDeleteRequest');
  }

  /** Removes a subject from the 1:N gallery. Returns the audit sequence number. */
  async remove(subjectRef: SubjectRef, caseId: string): Promise<number> {
    return this.sendGallery('/v1/identify/delete', this.prepareRemove(asSubjectRef(subjectRef), caseId));
  }

  /** Sends signed gallery bytes to a gallery route; returns the receipt's audit sequence number. */
  async sendGallery(path: '/v1/identify/enroll' | '/v1/identify/delete', signed: Uint8Array): Promise<number> {
    return decodeReceipt(await this.post(path, signed)).auditSeq;
  }

  private sign(body: Uint8Array, type: BodyType): Uint8Array {
    return encodeSignedRequest(signRequest(body, type, this.opts.officerKey));
  }

  /** POSTs protobuf bytes; returns the response body or throws the server's typed error. */
  async post(path: string, body: Uint8Array): Promise<Uint8Array> {
    return postProtobuf(new URL(path, this.opts.matcherUrl), body, { fetch: this.doFetch, headers: { 'x-sealmatch-terminal': this.officerKeyId }, peer: 'matcher' });
  }

  /** Frees the SEAL objects. */
  close(): void {
    this.enc.delete();
    this.he.delete();
  }

  /** Same as close(): for `using`. */
  [Symbol.dispose](): void {
    this.close();
  }
}
