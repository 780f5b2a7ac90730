/**
 * Memory over many 1:N searches through the whole protocol (authorize, expand, accumulate, blind,
 * custodian decision, references with proofs) on a small real gallery (128-D preset, 64 real
 * enrollments): RSS, SEAL heap and kernel heap before and after. A leak of SEAL objects or
 * kernel regions per search shows as growth.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Custodian } from '../src/custodian/custodian.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { encodeExpandableProbe } from '../src/he/seal/expansion.js';
import { wasmKernelHeapBytes } from '../src/he/kernel/residue-kernel.js';
import { FACE_1TON_PRESET_IDS } from '../src/params/presets.js';
import { wasmHeapBytes } from '../src/he/seal/seal.js';
import { IdentifyMatcher } from '../src/identify/matcher/identify-matcher.js';
import { signIdentifyAuthorization } from '../src/identify/messages/identify-messages.js';
import { keyId } from '../src/wire/signing.js';
import { unitVectors } from './harness.js';

export async function identifyMemoryLoop(searches: number, log: (s: string) => void = () => {}) {
  const presetId = FACE_1TON_PRESET_IDS[128];
  const { secrets, bundle } = await Custodian.generateSecrets(presetId);
  const custodian = await Custodian.create({ secrets, identify: { trustMatcher: true } });
  // 1:N is served only for a matcher declared trusted (no MAC on 1:N results yet); the officer
  // is registered with the custodian too, which checks each search's authorization itself.
  const officer = ed25519.utils.randomSecretKey();
  const pub = ed25519.getPublicKey(officer);
  await custodian.registerKey({ publicKey: pub, ownerId: 'bench-officer', role: 'officer' });
  const matcher = await IdentifyMatcher.create({ presetId, galoisKeys: custodian.expansionKeys(), keys: new Map([[bytesToHex(keyId(pub)), { publicKey: pub, role: 'officer' as const }]]) });
  const he = await HeContext.create(presetId);
  const enc = new CoefficientEncryptor(he, bundle.hePublicKey);
  const tn = Number(he.t);
  try {
    const vs = unitVectors(64, 128, 21).map((v) => Array.from(v, (x) => Math.round(64 * x)));
    await matcher.enroll(vs.map((v, i) => ({ subjectRef: i.toString(16).padStart(64, '0'), presetId, dim: 128, template: enc.encrypt(v.map((x) => ((x % tn) + tn) % tn)) })), (r) => custodian.refreshForEnrollment(r));
    const one = async (i: number): Promise<void> => {
      const probe = enc.encrypt(encodeExpandableProbe(vs[i % 64]!, 128, he.t));
      const req = { presetId, dim: 128, probe, authorization: signIdentifyAuthorization({ presetId, probe, caseId: `c${i}` }, officer) };
      await matcher.finishIdentify(await custodian.decideIdentify(await matcher.identify(req)));
    };
    for (let i = 0; i < 3; i++) await one(i);
    global.gc?.();
    const before = { rssBytes: process.memoryUsage().rss, sealHeapBytes: wasmHeapBytes(), kernelHeapBytes: wasmKernelHeapBytes() };
    const t0 = performance.now();
    for (let i = 0; i < searches; i++) {
      await one(i);
      if (i % 100 === 99) log(`  ${i + 1}/${searches}`);
    }
    const ms = performance.now() - t0;
    global.gc?.();
    const after = { rssBytes: process.memoryUsage().rss, sealHeapBytes: wasmHeapBytes(), kernelHeapBytes: wasmKernelHeapBytes() };
    return { searches, gallery: 64, presetId, before, after, msPerSearchEndToEnd: Math.round(ms / searches) };
  } finally {
    enc.delete();
    he.delete();
    await matcher.close();
    custodian.delete();
  }
}
