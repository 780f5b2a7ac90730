/**
 * Authenticated 1:N (docs/THREAT-MODEL.md "1:N"): the honest path end to end on the 128-D
 * authenticated preset, in process: desk-encrypted enrollment refreshed by a custodian that
 * verifies the desk's signature itself, a search whose every registered slot is decided only if
 * its MAC verifies, decisions equal to the plaintext ones, deletion, and the custodian's audit
 * log (one leaf per decryption, offline-verifiable).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIdentifyResponse } from '../src/identify/messages/identify-messages.js';
import { scoreThreshold } from '../src/templates/face.js';
import { CustodianIdentify } from '../src/identify/custodian/custodian-identify.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { FULL } from './tier.js';
import { AuthDeployment, authRef, nearCopy, randomTemplate } from './identify-auth-deployment.js';

const D = 128;
const dot = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j]! * b[j]!;
  return s;
};

describe('authenticated 1:N, honest path', () => {
  const dep = new AuthDeployment();
  const gallery = Array.from({ length: 4 }, () => randomTemplate(D));

  beforeAll(async () => {
    await dep.init();
    await dep.enroll(gallery.map((values, i) => ({ i, values })));
  }, 240_000);
  afterAll(() => dep.close());

  it('finds exactly the enrolled subjects whose plaintext score reaches the threshold', async () => {
    const T = scoreThreshold(0.9, 64);
    const probe = nearCopy(gallery[2]!);
    const prepared = dep.desk.prepareIdentifyQuantized(probe, 'case-1');
    const resp = await dep.matcher.finishIdentify(await dep.custodian.decideIdentify(await dep.matcher.identify(prepared.request)));
    expect(verifyIdentifyResponse(resp, prepared.request, dep.bundle.decisionPublicKey)).toBe(true);
    const expected = gallery.map((g, i) => (dot(probe, g) >= T ? authRef(i) : undefined)).filter(Boolean).sort();
    expect(expected).toEqual([authRef(2)]);
    expect(resp.matches.map((m) => m.subjectRef).sort()).toEqual(expected);
    expect(resp.decision.blocks[0]!.matchingSubjects).toEqual([authRef(2)]);
  }, 120_000);

  // Full tier only: the parameter study (full tier too) measures the worst cases.
  it.runIf(FULL)('noise: every result container keeps >= 8 bits of budget (measured 13 bits at one refresh per column in the parameter study)', async () => {
    const engine = await CustodianIdentify.create(dep.secrets, Date.now, dep.custodian.state, {});
    try {
      const blinded = await dep.matcher.identify(dep.desk.prepareIdentifyQuantized(nearCopy(gallery[0]!), 'case-noise').request);
      const budgets = [blinded.blocks[0]!.ciphertext, ...blinded.blocks[0]!.tags!].map((c) => engine.noiseBudget(c, [3]));
      expect(Math.min(...budgets), budgets.join(',')).toBeGreaterThanOrEqual(8);
    } finally {
      engine.delete();
    }
  }, 120_000);

  it('an unrelated probe matches nobody; deletion removes the subject', async () => {
    expect((await dep.search(randomTemplate(D))).matches).toEqual([]);
    await dep.remove(2);
    expect((await dep.search(nearCopy(gallery[2]!))).matches).toEqual([]);
    const again = await dep.search(nearCopy(gallery[1]!));
    expect(again.matches.map((m) => m.subjectRef)).toEqual([authRef(1)]);
  }, 240_000);
});

// Full tier only (npm run test:full): a restart over a store plus a sharded reopen; the store
// column itself is in the store suite (fast tier).
describe.runIf(FULL)('authenticated 1:N, persisted gallery', () => {
  const store = new SqliteStore(':memory:');
  const dep = new AuthDeployment(undefined, { store });
  const gallery = Array.from({ length: 3 }, () => randomTemplate(D));

  beforeAll(async () => {
    await dep.init();
    await dep.enroll(gallery.map((values, i) => ({ i, values })));
  }, 240_000);
  afterAll(async () => {
    await dep.close();
    await store.close();
  });

  it('a restarted matcher serves the same gallery and can still delete (the desk enrollments persist with the slots)', async () => {
    const digest = await dep.matcher.storedDigest();
    await dep.matcher.close();
    dep.matcher = await dep.openMatcher();
    expect(await dep.matcher.storedDigest()).toEqual(digest);
    expect((await dep.search(nearCopy(gallery[0]!))).matches.map((m) => m.subjectRef)).toEqual([authRef(0)]);
    await dep.remove(0);
    await dep.matcher.close();
    // Reopened with shard workers this time (residues in worker threads): same answers.
    dep.matcher = await dep.openMatcher(2);
    expect((await dep.search(nearCopy(gallery[0]!))).matches).toEqual([]);
    expect((await dep.search(nearCopy(gallery[1]!))).matches.map((m) => m.subjectRef)).toEqual([authRef(1)]);
    // The deletion's desk enrollment is gone from the store; the others are kept.
    const rec = await store.getGalleryBlock(dep.presetId, 0);
    expect(rec!.slots.map((x) => x.subjectRef).sort()).toEqual([authRef(1), authRef(2)].sort());
    expect(rec!.slots.every((x) => x.enrollment && x.enrollment.length > 0)).toBe(true);
  }, 240_000);
});
