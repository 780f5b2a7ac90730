/**
 * Scenario 2: kill -9 of the custodian while 4 ATMs verify, restarted on the same state file.
 *
 * During the outage every verify answers 503 E_UNAVAILABLE (typed, never 500, never a hang);
 * after the restart verifies work again. The custodian's own log (GET /v1/audit/export with its
 * admin token) holds exactly one 'decrypt' leaf per decryption (its /metrics counter restarts at
 * 0, so it is compared with the leaves appended since the restart), every decision an ATM
 * received is among them, and the matcher committed no decision that no ATM received.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { officerApprover } from '../../src/verify/terminal/terminal-client.js';
import { encodeVerifyRequest } from '../../src/wire/codec.js';
import { sha256 } from '../../src/wire/digest.js';
import { lfw } from '../helpers.js';
import { Deployment, figure, hexOf, percentile, round, sleep, subject, tally, timed, type Outcome, reliabilitySuite } from './harness.js';

const people = lfw();
const SUBJECTS = 32;
const tx = { amountMinor: 250_000_00n, currency: 'KZT' };

describe.runIf(reliabilitySuite)('2. kill -9 of the custodian during verifies', () => {
  let d: Deployment | undefined;
  afterAll(async () => d?.destroy());

  it('503 during the outage, verifies after the restart, one decrypt leaf per decryption, no decision the client did not receive', async () => {
    d = await Deployment.create('kill-custodian', { terminals: 4, desks: 1 });
    const dep = d;
    const approve = officerApprover(dep.officerKey);
    for (let i = 0; i < SUBJECTS; i++) await dep.desks[0]!.enroll(subject(2000 + i), people[i % people.length]!.embeddings[0]!, { approve });

    type Sent = { start: number; end: number; outcome: Outcome; hash: string; match?: boolean };
    const sent: Sent[] = [];
    let stop = false;
    const client = async (k: number): Promise<void> => {
      for (let n = 0; !stop; n++) {
        const i = k + 4 * (n % (SUBJECTS / 4));
        const p = dep.atms[k]!.prepareVerify(subject(2000 + i), people[i % people.length]!.embeddings[1 + (n % 5)]!, tx);
        const start = Date.now();
        const r = await timed(() => dep.atms[k]!.sendVerify(p));
        sent.push({ start, end: Date.now(), outcome: r.outcome, hash: hexOf(sha256(encodeVerifyRequest(p.request))), ...(r.value ? { match: r.value.match } : {}) });
        if (!r.outcome.ok) await sleep(400); // a terminal backs off on 503
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(client));
    await sleep(1500);
    // The outage starts when the process has exited and its port is closed (kill waits for both):
    // requests started before that may still be answered, and count as in flight.
    await dep.kill('custodian', 'SIGKILL');
    const killedAt = Date.now();
    const atKill = dep.stateSnapshot(); // custodian down: its state file is at rest
    await sleep(2500);
    // A request may reach the new process while startCustodian is still waiting for it to be
    // ready: the outage, for the assertions, ends when the restart begins.
    const restartAt = Date.now();
    await dep.startCustodian();
    const upAt = Date.now();
    await sleep(2500);
    stop = true;
    await load;

    const during = sent.filter((s) => s.start >= killedAt && s.end <= restartAt);
    const inFlight = sent.filter((s) => s.start < killedAt && s.end > killedAt);
    const after = sent.filter((s) => s.start >= upAt);
    const outageOutcomes: Record<string, number> = {};
    for (const s of [...inFlight, ...during]) tally(outageOutcomes, s.outcome);
    const afterOutcomes: Record<string, number> = {};
    for (const s of after) tally(afterOutcomes, s.outcome);

    const decryptionsSinceRestart = await dep.decryptions();
    const clog = await dep.custodianAudit();
    const decrypts = clog.entries.filter((e) => e.kind === 'decrypt');
    const leavesSinceRestart = clog.entries.length - Number(atKill.auditSize);
    const decryptHashes = new Map(decrypts.map((e) => [e.requestHash!, e.outcome]));
    const received = sent.filter((s) => s.outcome.ok);
    const receivedHashes = new Set(received.map((s) => s.hash));
    const receivedWithoutDecrypt = received.filter((s) => decryptHashes.get(s.hash) !== (s.match ? 'match' : 'no-match')).length;
    const { leaves } = await dep.readConsistent();
    const committed = leaves.filter((l) => l.kind === 'verify' && (l.outcome === 'match' || l.outcome === 'no-match'));
    const committedNotReceived = committed.filter((l) => !receivedHashes.has(l.requestHash!)).length;
    const failedAtMatcher = new Set(leaves.filter((l) => l.kind === 'verify' && l.outcome === 'failed').map((l) => l.requestHash!));
    const decryptedButFailed = [...decryptHashes.keys()].filter((h) => failedAtMatcher.has(h)).length;
    const outageMs = [...inFlight, ...during].map((s) => s.outcome.ms);

    figure('2-kill-custodian', {
      verifiesSent: sent.length,
      outageMs: upAt - killedAt,
      duringOutage: during.length,
      inFlightAtKill: inFlight.length,
      outageOutcomes,
      outageP99Ms: round(percentile(outageMs, 99)),
      outageMaxMs: round(Math.max(...outageMs)),
      afterRestart: after.length,
      afterOutcomes,
      decisionsReceived: received.length,
      custodianDecryptLeaves: decrypts.length,
      custodianLeavesSinceRestart: leavesSinceRestart,
      custodianDecryptionsMetricSinceRestart: decryptionsSinceRestart,
      custodianLogVerified: clog.ok,
      receivedWithoutDecryptLeaf: receivedWithoutDecrypt,
      committedAtMatcherNotReceived: committedNotReceived,
      decryptedButFailedAtMatcher: decryptedButFailed,
    });
    expect(during.length).toBeGreaterThan(0);
    for (const s of [...inFlight, ...during]) {
      if (s.outcome.ok) continue; // answered before the custodian died
      expect(s.outcome, 'a verify during the custodian outage').toMatchObject({ status: 503, code: 'E_UNAVAILABLE' });
      expect(s.outcome.ms).toBeLessThan(5000);
    }
    for (const s of during) expect(s.outcome.ok).toBe(false);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((s) => s.outcome.ok).length, JSON.stringify(afterOutcomes)).toBe(after.length);
    expect(clog.ok).toBe(true);
    expect(decrypts.length).toBe(clog.entries.length);
    expect(leavesSinceRestart).toBe(decryptionsSinceRestart);
    expect(receivedWithoutDecrypt).toBe(0);
    expect(committedNotReceived).toBe(0);
  });
});
