/**
 * Scenarios 6 and 7 on one deployment.
 *
 * 6. Replays: the same signed verify bytes twice in a row (the second is 409 E_REPLAY), then 50
 *    concurrent copies of one signed verify: exactly one decision, and the custodian decrypted
 *    exactly once (delta of sealmatch_custodian_decryptions_total on its /metrics).
 * 7. 20 concurrent impostor verifies on one subject: at most 5 (the lockout threshold) reach the
 *    custodian; the rest are refused 423 E_LOCKED before any HE work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officerApprover } from '../../src/verify/terminal/terminal-client.js';
import { encodeVerifyRequest } from '../../src/wire/codec.js';
import { sha256 } from '../../src/wire/digest.js';
import { lfw } from '../helpers.js';
import { Deployment, figure, hexOf, rawPost, subject, tally, timed, untypedError, reliabilitySuite } from './harness.js';

const people = lfw();
const tx = { amountMinor: 250_000_00n, currency: 'KZT' };
const PROTOBUF = { 'content-type': 'application/x-protobuf', accept: 'application/x-protobuf' };

describe.runIf(reliabilitySuite)('6-7. replays and concurrent impostors', () => {
  let d: Deployment;
  beforeAll(async () => {
    d = await Deployment.create('replay', { terminals: 4, desks: 1 });
    const approve = officerApprover(d.officerKey);
    for (let i = 0; i < 3; i++) await d.desks[0]!.enroll(subject(6000 + i), people[i]!.embeddings[0]!, { approve });
  });
  afterAll(async () => d?.destroy());

  it('6. a replay is 409; 50 concurrent copies give exactly 1 decision and 1 decryption', async () => {
    const atm = d.atms[0]!;
    const dec0 = await d.decryptions();
    const p = atm.prepareVerify(subject(6000), people[0]!.embeddings[1]!, tx);
    const first = await timed(() => atm.sendVerify(p));
    const second = await timed(() => atm.sendVerify(p));
    const dec1 = await d.decryptions();
    // The enrollment's signed bytes again: refused too.
    const enrollReplay = await rawPost(`${d.matcherUrl}/v1/enroll`, d.recorder.last.get('/v1/enroll')!, PROTOBUF);

    const q = atm.prepareVerify(subject(6001), people[1]!.embeddings[1]!, tx);
    const hash = hexOf(sha256(encodeVerifyRequest(q.request)));
    const copies = await Promise.all(Array.from({ length: 50 }, () => rawPost(`${d.matcherUrl}/v1/verify`, q.signed, PROTOBUF)));
    const dec2 = await d.decryptions();
    const statuses: Record<string, number> = {};
    for (const c of copies) statuses[c.status] = (statuses[c.status] ?? 0) + 1;
    const untyped = copies.filter((c) => c.status !== 200).map((c) => untypedError(c.status, c.contentType, c.body)).filter(Boolean);
    const { leaves } = await d.readConsistent();
    const decidedLeaves = leaves.filter((l) => l.kind === 'verify' && l.requestHash === hash && (l.outcome === 'match' || l.outcome === 'no-match')).length;
    const custodianLeaves = (await d.custodianAudit()).entries.filter((e) => e.requestHash === hash).length;

    figure('6-replays', {
      sequential: { first: first.outcome.ok ? 200 : first.outcome.status, second: `${second.outcome.status} ${second.outcome.code}`, decryptions: dec1 - dec0 },
      enrollReplay: enrollReplay.status,
      concurrentCopies: copies.length,
      statuses,
      decisions: copies.filter((c) => c.status === 200).length,
      custodianDecryptions: dec2 - dec1,
      matcherDecisionLeaves: decidedLeaves,
      custodianDecryptLeaves: custodianLeaves,
      untypedErrors: untyped.length,
    });
    expect(first.value?.match).toBe(true);
    expect(second.outcome).toMatchObject({ status: 409, code: 'E_REPLAY' });
    expect(dec1 - dec0).toBe(1);
    expect(enrollReplay.status).toBe(409);
    expect(copies.filter((c) => c.status === 200).length).toBe(1);
    expect(statuses['409']).toBe(49);
    expect(untyped).toEqual([]);
    expect(dec2 - dec1).toBe(1);
    expect(decidedLeaves).toBe(1);
    expect(custodianLeaves).toBe(1);
  });

  it('7. 20 concurrent impostors on one subject: at most 5 reach the custodian', async () => {
    const target = subject(6002); // enrolled with person 2; the impostors are persons 3..7
    const prepared = Array.from({ length: 20 }, (_, i) => ({ k: i % 4, p: d.atms[i % 4]!.prepareVerify(target, people[3 + (i % 5)]!.embeddings[i % 10]!, tx) }));
    const dec0 = await d.decryptions();
    const results = await Promise.all(prepared.map(({ k, p }) => timed(() => d.atms[k]!.sendVerify(p))));
    const dec1 = await d.decryptions();
    const outcomes: Record<string, number> = {};
    for (const r of results) tally(outcomes, r.outcome);
    const decisions = results.filter((r) => r.outcome.ok);
    const state = d.readStore((db) => db.prepare('SELECT failures, locked_until, lockouts FROM subject_state WHERE subject_ref = ?').get(target)) as { failures: number; locked_until: number; lockouts: number };
    figure('7-impostors', {
      concurrent: results.length,
      outcomes,
      decisions: decisions.length,
      matches: decisions.filter((r) => r.value!.match).length,
      custodianDecryptions: dec1 - dec0,
      subjectState: { failures: state.failures, locked: state.locked_until > Date.now(), lockouts: state.lockouts },
    });
    expect(dec1 - dec0).toBeLessThanOrEqual(5);
    expect(decisions.length).toBeLessThanOrEqual(5);
    expect(decisions.every((r) => r.value!.match === false)).toBe(true);
    for (const r of results) if (!r.outcome.ok) expect(r.outcome).toMatchObject({ status: 423, code: 'E_LOCKED' });
    expect(state.locked_until).toBeGreaterThan(Date.now());
  });
});
