/**
 * Shared by the 1:N tests: an in-process deployment (custodian, matcher, desk-side encryption).
 * 1:N results carry no MAC yet, so the custodian serves 1:N only for a matcher declared trusted
 * (`trustMatcher`, src/identify/custodian/custodian-identify.ts); these tests run the honest path and declare it.
 * The officer (and, as a non-officer, the terminal key) are registered in the custodian's OWN
 * registry too: it verifies each search's authorization itself.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { expect } from 'vitest';
import { AuditLog } from '../src/audit/log.js';
import { Custodian } from '../src/custodian/custodian.js';
import { CustodianIdentify } from '../src/identify/custodian/custodian-identify.js';
import { isSealmatchError, type ErrorCode } from '../src/errors.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { encodeExpandableProbe } from '../src/he/seal/expansion.js';
import { asPresetId, FACE_1TON_PRESET_IDS, type PresetId } from '../src/params/presets.js';
import { IdentifyMatcher, type IdentifyMatcherOptions } from '../src/identify/matcher/identify-matcher.js';
import { signIdentifyAuthorization, verifyIdentifyResponse, type IdentifyRequest } from '../src/identify/messages/identify-messages.js';
import { keyId } from '../src/wire/signing.js';


export const presetId = FACE_1TON_PRESET_IDS[128];
export const ref = (i: number): string => bytesToHex(keyId(new TextEncoder().encode(`subject-${i}`)));

export class Deployment {
  custodian!: Custodian;
  engine!: CustodianIdentify;
  matcher!: IdentifyMatcher;
  he!: HeContext;
  enc!: CoefficientEncryptor;
  audit!: AuditLog;
  decisionPublicKey!: Uint8Array;
  officer = ed25519.utils.randomSecretKey();
  terminalKey = ed25519.utils.randomSecretKey();

  constructor(
    readonly workers = 0,
    readonly presetId: PresetId = FACE_1TON_PRESET_IDS[128],
    readonly store?: IdentifyMatcherOptions['store'],
  ) {}

  /** Another matcher with this deployment's keys (e.g. the same store after a restart). */
  openMatcher(store = this.store, workers = this.workers): Promise<IdentifyMatcher> {
    const reg = (sk: Uint8Array, role: 'officer' | 'terminal'): [string, { publicKey: Uint8Array; role: 'officer' | 'terminal' }] => {
      const publicKey = ed25519.getPublicKey(sk);
      return [bytesToHex(keyId(publicKey)), { publicKey, role }];
    };
    return IdentifyMatcher.create({
      presetId: this.presetId,
      galoisKeys: this.custodian.expansionKeys(),
      keys: new Map([reg(this.officer, 'officer'), reg(this.terminalKey, 'terminal')]),
      audit: this.audit,
      workers,
      store,
    });
  }

  async init(): Promise<void> {
    const presetId = this.presetId;
    const { secrets, bundle } = await Custodian.generateSecrets(asPresetId(presetId));
    this.custodian = await Custodian.create({ secrets, identify: { trustMatcher: true } });
    await this.custodian.registerKey({ publicKey: ed25519.getPublicKey(this.officer), ownerId: 'officer-1', role: 'officer' });
    await this.custodian.registerKey({ publicKey: ed25519.getPublicKey(this.terminalKey), ownerId: 'atm-1', role: 'terminal' });
    // A second engine on the custodian's own state (same registry and nonces): noise budgets.
    this.engine = await CustodianIdentify.create(secrets, Date.now, this.custodian.state, { trustMatcher: true });
    this.decisionPublicKey = bundle.decisionPublicKey;
    this.audit = await AuditLog.open({ logId: 'identify-test' });
    this.matcher = await this.openMatcher();
    this.he = await HeContext.create(presetId);
    this.enc = new CoefficientEncryptor(this.he, bundle.hePublicKey);
  }

  template(values: ArrayLike<number>): Uint8Array {
    const tn = Number(this.he.t);
    return this.enc.encrypt(Array.from(values, (x) => ((x % tn) + tn) % tn));
  }

  request(values: ArrayLike<number>, signer = this.officer): IdentifyRequest {
    const probe = this.enc.encrypt(encodeExpandableProbe(Array.from(values), this.he.preset.expansionDim!, this.he.t));
    const presetId = this.presetId;
    return { presetId, dim: values.length, probe, authorization: signIdentifyAuthorization({ presetId, probe, caseId: 'case-1' }, signer) };
  }

  async search(req: IdentifyRequest): Promise<string[]> {
    const resp = await this.matcher.finishIdentify(await this.custodian.decideIdentify(await this.matcher.identify(req)));
    expect(verifyIdentifyResponse(resp, req, this.decisionPublicKey)).toBe(true);
    return resp.matches.map((m) => m.subjectRef).sort();
  }

  async delete(): Promise<void> {
    this.enc.delete();
    this.he.delete();
    await this.matcher.close();
    this.engine.delete();
    this.custodian.delete();
  }
}

export async function expectCode(p: Promise<unknown>, code: ErrorCode): Promise<void> {
  try {
    await p;
    expect.unreachable(`expected ${code}`);
  } catch (e) {
    expect(isSealmatchError(e, code), String(e)).toBe(true);
  }
}
