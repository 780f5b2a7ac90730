/**
 * The custodian's slot registry as the authority of the authenticated 1:N gallery
 * (src/identify/custodian/authenticated-identify.ts): a subject enrolled by an officer who is later
 * revoked stays deletable by another officer of the same institution; an officer of another
 * institution cannot delete it; and a custodian whose state was lost (or restored from an older
 * backup) refuses to decide a gallery holding slots it does not know, instead of answering
 * "no duplicate" for them.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from '../src/csprng.js';
import { Custodian } from '../src/custodian/custodian.js';
import { isSealmatchError } from '../src/errors.js';
import { CustodianIdentify } from '../src/identify/custodian/custodian-identify.js';
import { encodeGalleryDeleteRequest } from '../src/identify/messages/identify-codec.js';
import type { DeletionRefreshRequest, EnrollmentRefreshRequest } from '../src/identify/messages/identify-messages.js';
import { encodeSignedRequest, signRequest } from '../src/wire/signed-request.js';
import { sha256 } from '../src/wire/digest.js';
import { AuthDeployment, authRef, nearCopy, randomTemplate } from './identify-auth-deployment.js';
import { FULL } from './tier.js';

const D = 128;

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return isSealmatchError(e) ? e.code : String(e);
  }
}

describe('authenticated 1:N: the custodian registry', () => {
  const dep = new AuthDeployment();
  const gallery = Array.from({ length: 2 }, () => randomTemplate(D));
  const otherBank = ed25519.utils.randomSecretKey();
  const colleague = ed25519.utils.randomSecretKey();

  const deletion = (officer: Uint8Array, i: number): Uint8Array =>
    encodeSignedRequest(signRequest(encodeGalleryDeleteRequest({ subjectRef: authRef(i), caseId: `case-del-${i}`, nonce: randomBytes(16), timestampMs: Date.now() }), 'sealmatch.v1.GalleryDeleteRequest', officer));

  /** The enrollment bytes the matcher keeps for subject i (from the refresh it sent, and the registration it got back). */
  const kept = (i: number): { blockId: number; slot: number; enrollment: Uint8Array } => {
    for (const { request, response } of dep.refreshes) {
      const entries = (request as EnrollmentRefreshRequest).entries ?? [];
      const at = (response.registrations ?? []).findIndex((g) => g.subjectRef === authRef(i));
      if (at >= 0) return { blockId: request.blockId, slot: entries[at]!.slot, enrollment: entries[at]!.enrollment! };
    }
    throw new Error(`no enrollment of ${i}`);
  };

  beforeAll(async () => {
    await dep.init();
    await dep.enroll(gallery.map((values, i) => ({ i, values })));
    await dep.custodian.registerKey({ publicKey: ed25519.getPublicKey(otherBank), ownerId: 'officer-b', role: 'officer', institution: 'bank-b' });
    await dep.custodian.registerKey({ publicKey: ed25519.getPublicKey(colleague), ownerId: 'officer-2', role: 'officer' });
  }, 240_000);
  afterAll(() => dep.close());

  it('an officer of another institution cannot delete the subject; nothing is decrypted or forgotten', async () => {
    const k = kept(0);
    const before = dep.custodian.stats.decryptions;
    const req: DeletionRefreshRequest = { presetId: dep.presetId, blockId: k.blockId, columns: [], slot: k.slot, enrollment: k.enrollment, deletion: deletion(otherBank, 0) };
    expect(await code(dep.custodian.refreshForDeletion(req))).toBe('E_UNAUTHORIZED');
    expect(dep.custodian.stats.decryptions).toBe(before);
    expect(await dep.custodian.state.transaction(async (_o, tx) => tx.identifySlotOf(dep.presetId, authRef(0)))).toBeDefined();
  });

  it('after the enrolling officer is revoked, a colleague of the same institution can still delete the subject', async () => {
    const keyId = Buffer.from(sha256(ed25519.getPublicKey(dep.officer))).toString('hex');
    const rec = (await dep.custodian.state.getKey(keyId))!;
    await dep.custodian.state.putKey({ ...rec, revoked: true });
    // The revoked officer itself can no longer delete ...
    const k = kept(0);
    expect(await code(dep.custodian.refreshForDeletion({ presetId: dep.presetId, blockId: k.blockId, columns: [], slot: k.slot, enrollment: k.enrollment, deletion: deletion(dep.officer, 0) }))).toBe('E_UNAUTHORIZED');
    // ... its colleague can (the enrollment bytes are authenticated by the registry row).
    await dep.matcher.deleteSubject(authRef(0), (r) => dep.custodian.refreshForDeletion(r), deletion(colleague, 0));
    expect(await dep.custodian.state.transaction(async (_o, tx) => tx.identifySlotOf(dep.presetId, authRef(0)))).toBeUndefined();
    await dep.custodian.state.putKey({ ...rec, revoked: false });
    expect((await dep.search(nearCopy(gallery[0]!))).matches).toEqual([]);
    expect((await dep.search(nearCopy(gallery[1]!))).matches.map((m) => m.subjectRef)).toEqual([authRef(1)]);
  }, 120_000);

  // Full tier only: three more enrollments, a compaction and five searches (~25 s).
  it.runIf(FULL)('compaction rebuilds a block from fresh encryptions: same answers, no more noise than one refresh', async () => {
    // Three more subjects, one refresh each (as over HTTP): the block's columns now hold 1 + 3 + 1 (deletion) fresh encryptions.
    const more = Array.from({ length: 3 }, () => randomTemplate(D));
    for (const [k, values] of more.entries()) await dep.enroll([{ i: 10 + k, values }]);
    const engine = await CustodianIdentify.create(dep.secrets, Date.now, dep.custodian.state, {});
    try {
      const budget = async (): Promise<number> => {
        const b = await dep.matcher.identify(dep.desk.prepareIdentifyQuantized(nearCopy(more[0]!), `case-budget-${Math.random()}`).request);
        return Math.min(...[b.blocks[0]!.ciphertext, ...b.blocks[0]!.tags!].map((c) => engine.noiseBudget(c, [3])));
      };
      const before = await budget();
      const digest = await dep.matcher.storedDigest();
      const calls = await dep.matcher.compactBlock(0, (r) => dep.custodian.refreshForEnrollment(r));
      expect(calls).toBe(1);
      expect(await dep.matcher.storedDigest()).not.toEqual(digest);
      expect(await budget()).toBeGreaterThanOrEqual(before);
      for (const [k, values] of more.entries()) expect((await dep.search(nearCopy(values))).matches.map((m) => m.subjectRef)).toEqual([authRef(10 + k)]);
      expect((await dep.search(nearCopy(gallery[1]!))).matches.map((m) => m.subjectRef)).toEqual([authRef(1)]);
    } finally {
      engine.delete();
    }
  }, 240_000);

  it('a custodian that lost its state refuses the gallery (E_STORE) before any decryption', async () => {
    const amnesiac = await Custodian.create({ secrets: dep.secrets });
    try {
      await amnesiac.registerKey({ publicKey: ed25519.getPublicKey(dep.officer), ownerId: 'officer-1', role: 'officer' });
      const blinded = await dep.matcher.identify(dep.desk.prepareIdentifyQuantized(nearCopy(gallery[1]!), 'case-amnesia').request);
      expect(await code(amnesiac.decideIdentify(blinded))).toBe('E_STORE');
      expect(amnesiac.stats.decryptions).toBe(0);
    } finally {
      await amnesiac.close();
    }
  }, 120_000);
});
