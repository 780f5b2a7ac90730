/**
 * Shared by the authenticated-1:N tests: an in-process deployment on an authenticated preset
 * (custodian with its own state and registry, matcher, enrollment desk). The custodian is NOT told
 * to trust the matcher: everything it decrypts must authenticate. Helpers return the exact
 * messages a malicious matcher would see, so attack tests can tamper with them.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Custodian, type CustodianSecrets, type PublicBundle } from '../src/custodian/custodian.js';
import { DeskClient } from '../src/identify/desk/desk-client.js';
import { IdentifyMatcher, type IdentifyMatcherOptions } from '../src/identify/matcher/identify-matcher.js';
import { decodeGalleryEnrollRequest, decodeGalleryEnrollSubmission } from '../src/identify/messages/identify-codec.js';
import { verifySlotRegistration, type DeletionRefreshRequest, type EnrollmentRefreshRequest, type IdentifyResponse, type RefreshResponse } from '../src/identify/messages/identify-messages.js';
import { AUTH_FACE_1TON_PRESET_IDS, type PresetId } from '../src/params/presets.js';
import { uniformInts } from '../src/csprng.js';
import { sha256 } from '../src/wire/digest.js';
import { decodeSignedRequest, requestHashOf } from '../src/wire/signed-request.js';
import { keyId } from '../src/wire/signing.js';
import { asSubjectRef } from '../src/subjects/subject-reference.js';

export const AUTH_PRESET: PresetId = AUTH_FACE_1TON_PRESET_IDS[128];
export const authRef = (i: number): string => bytesToHex(keyId(new TextEncoder().encode(`auth-subject-${i}`)));

/** A random quantized template (int8, norm ~ s = 64 per value spread), and a noisy copy of it. */
export function randomTemplate(d: number, s = 64): Int32Array {
  const raw = Array.from(uniformInts(d, 0, 2001), (x) => x - 1000);
  const norm = Math.hypot(...raw);
  return Int32Array.from(raw, (x) => Math.max(-127, Math.min(127, Math.round((s * x) / norm))));
}

export function nearCopy(g: Int32Array, flips = 3): Int32Array {
  const out = Int32Array.from(g);
  for (let i = 0; i < flips; i++) out[i] = out[i]! + (i % 2 === 0 ? 1 : -1);
  return out;
}

export class AuthDeployment {
  secrets!: CustodianSecrets;
  bundle!: PublicBundle;
  custodian!: Custodian;
  matcher!: IdentifyMatcher;
  desk!: DeskClient;
  officer = ed25519.utils.randomSecretKey();
  /** Every refresh request the matcher sent, and every answer (what a breached matcher holds). */
  readonly refreshes: { request: EnrollmentRefreshRequest | DeletionRefreshRequest; response: RefreshResponse }[] = [];

  constructor(readonly presetId: PresetId = AUTH_PRESET, readonly opts: { alarmThreshold?: number; workers?: number; store?: IdentifyMatcherOptions['store'] } = {}) {}

  /** A matcher with this deployment's keys (the same store: a restart). */
  openMatcher(workers = this.opts.workers ?? 0): Promise<IdentifyMatcher> {
    const publicKey = ed25519.getPublicKey(this.officer);
    return IdentifyMatcher.create({
      presetId: this.presetId,
      galoisKeys: this.galoisKeys,
      keys: new Map([[bytesToHex(keyId(publicKey)), { publicKey, role: 'officer' as const }]]),
      heKeyId: sha256(this.bundle.hePublicKey),
      workers,
      ...(this.opts.store ? { store: this.opts.store } : {}),
    });
  }

  private galoisKeys!: Uint8Array;

  async init(): Promise<void> {
    const { secrets, bundle } = await Custodian.generateSecrets(this.presetId);
    this.secrets = secrets;
    this.bundle = bundle;
    this.custodian = await Custodian.create({ secrets, ...(this.opts.alarmThreshold ? { alarmThreshold: this.opts.alarmThreshold } : {}) });
    const publicKey = ed25519.getPublicKey(this.officer);
    await this.custodian.registerKey({ publicKey, ownerId: 'officer-1', role: 'officer' });
    this.galoisKeys = this.custodian.expansionKeys();
    this.matcher = await this.openMatcher();
    this.desk = await DeskClient.create({
      matcherUrl: 'http://matcher.invalid',
      presetId: this.presetId,
      hePublicKey: bundle.hePublicKey,
      decisionPublicKey: bundle.decisionPublicKey,
      officerKey: this.officer,
      sealPublicKey: bundle.sealPublicKey!,
      fleetSecret: secrets.identifyFleetSecret!,
    });
  }

  /** What the desk sends to enroll (the signed request, its decoded body, the mask seed). */
  enrollment(i: number, values: ArrayLike<number>): { signedRequest: Uint8Array; maskSeed: Uint8Array; body: ReturnType<typeof decodeGalleryEnrollRequest> } {
    const sub = decodeGalleryEnrollSubmission(this.desk.prepareEnrollQuantized(asSubjectRef(authRef(i)), values, `case-${i}`));
    return { ...sub, body: decodeGalleryEnrollRequest(decodeSignedRequest(sub.signedRequest, 'sealmatch.v1.GalleryEnrollRequest').body) };
  }

  /** Enrolls templates (one matcher call: one refresh per block). */
  async enroll(templates: readonly { i: number; values: ArrayLike<number> }[]): Promise<void> {
    const entries = templates.map(({ i, values }) => {
      const e = this.enrollment(i, values);
      return { subjectRef: e.body.subjectRef, presetId: e.body.presetId, dim: e.body.dim, template: e.body.template, heKeyId: e.body.heKeyId, signedRequest: e.signedRequest, maskSeed: e.maskSeed };
    });
    const registered = await this.matcher.enroll(entries, async (r) => {
      const response = await this.custodian.refreshForEnrollment(r);
      this.refreshes.push({ request: r, response });
      return response;
    });
    // Each enrollment comes back with the custodian's signed registration of exactly it.
    for (const e of entries) {
      const reg = registered.get(e.subjectRef);
      const requestHash = requestHashOf(decodeSignedRequest(e.signedRequest, 'sealmatch.v1.GalleryEnrollRequest'));
      if (!reg || !verifySlotRegistration(reg, { presetId: this.presetId, subjectRef: e.subjectRef, requestHash }, this.bundle.decisionPublicKey)) throw new Error(`no valid registration for ${e.subjectRef}`);
    }
  }

  /** The officer-signed deletion request bytes (SignedRequest) for subject i. */
  deletion(i: number): Uint8Array {
    return this.desk.prepareRemove(asSubjectRef(authRef(i)), `case-del-${i}`);
  }

  async remove(i: number): Promise<void> {
    await this.matcher.deleteSubject(authRef(i), async (r) => {
      const response = await this.custodian.refreshForDeletion(r);
      this.refreshes.push({ request: r, response });
      return response;
    }, this.deletion(i));
  }

  /** An honest search end to end; returns the verified response. */
  async search(values: ArrayLike<number>): Promise<IdentifyResponse> {
    const prepared = this.desk.prepareIdentifyQuantized(values, 'case-search');
    const blinded = await this.matcher.identify(prepared.request);
    const decision = await this.custodian.decideIdentify(blinded);
    return this.matcher.finishIdentify(decision);
  }

  async close(): Promise<void> {
    this.desk.close();
    await this.matcher.close();
    await this.custodian.close();
  }
}
