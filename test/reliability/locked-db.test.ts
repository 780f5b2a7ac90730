/**
 * Scenario 5: another connection holds `BEGIN IMMEDIATE` on the matcher's SQLite file for ~3 s
 * (a backup tool, an operator's sqlite3 shell). Requests that need to write answer 503
 * E_UNAVAILABLE within ~2-3 s (the store's busy budget is 2 s), none hangs, and /healthz stays
 * responsive the whole time (well under 1 s). After the lock is released everything works.
 */
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { officerApprover } from '../../src/verify/terminal/terminal-client.js';
import { lfw } from '../helpers.js';
import { Deployment, figure, percentile, round, sleep, subject, tally, timed, type Outcome, reliabilitySuite } from './harness.js';

const people = lfw();
const tx = { amountMinor: 250_000_00n, currency: 'KZT' };
const LOCK_MS = 3000;

describe.runIf(reliabilitySuite)('5. the matcher database locked by another connection', () => {
  let d: Deployment | undefined;
  afterAll(async () => d?.destroy());

  it('503 E_UNAVAILABLE within ~2-3 s, /healthz responsive, works after the lock', async () => {
    d = await Deployment.create('locked-db', { terminals: 4, desks: 2 });
    const dep = d;
    const approve = officerApprover(dep.officerKey);
    for (let i = 0; i < 4; i++) await dep.desks[0]!.enroll(subject(5000 + i), people[i]!.embeddings[0]!, { approve });
    const healthz = async (): Promise<{ ms: number; status: number }> => {
      const t0 = performance.now();
      const res = await fetch(`${dep.matcherUrl}/healthz`, { signal: AbortSignal.timeout(15_000) });
      await res.arrayBuffer();
      return { ms: performance.now() - t0, status: res.status };
    };
    const baseline: number[] = [];
    for (let i = 0; i < 10; i++) baseline.push((await healthz()).ms);

    const lock = new DatabaseSync(dep.dbPath);
    lock.exec('BEGIN IMMEDIATE');
    const lockedAt = performance.now();
    let locked = true;
    const release = sleep(LOCK_MS).then(() => {
      lock.exec('COMMIT');
      lock.close();
      locked = false;
    });
    const during: { ms: number; status: number }[] = [];
    const poller = (async () => {
      while (locked) {
        during.push(await healthz());
        await sleep(100);
      }
    })();
    await sleep(200);
    // 4 verifies and 2 enrollments arrive together while the lock is held.
    const requests: Promise<{ op: string; sentAt: number; outcome: Outcome }>[] = [];
    for (let k = 0; k < 4; k++) {
      const p = dep.atms[k]!.prepareVerify(subject(5000 + k), people[k]!.embeddings[1]!, tx);
      const sentAt = performance.now() - lockedAt;
      requests.push(timed(() => dep.atms[k]!.sendVerify(p)).then((r) => ({ op: 'verify', sentAt, outcome: r.outcome })));
    }
    for (let k = 0; k < 2; k++) {
      const sentAt = performance.now() - lockedAt;
      requests.push(timed(() => dep.desks[k]!.enroll(subject(5010 + k), people[4 + k]!.embeddings[0]!, { approve })).then((r) => ({ op: 'enroll', sentAt, outcome: r.outcome })));
    }
    const answered = await Promise.all(requests);
    await release;
    await poller;
    const afterLock = await timed(() => dep.atms[0]!.verify(subject(5000), people[0]!.embeddings[2]!, tx));
    const enrollAfter = await timed(() => dep.desks[0]!.enroll(subject(5020), people[6]!.embeddings[0]!, { approve }));

    // Phase 2, a longer lock (5 s): three verifies arriving 100 ms apart must each be answered
    // within the busy budget of their own, not one after another.
    const lock2 = new DatabaseSync(dep.dbPath);
    lock2.exec('BEGIN IMMEDIATE');
    const locked2At = performance.now();
    const release2 = sleep(5000).then(() => {
      lock2.exec('COMMIT');
      lock2.close();
    });
    const second: Promise<{ sentAt: number; outcome: Outcome }>[] = [];
    for (let k = 1; k < 4; k++) {
      await sleep(100);
      const p = dep.atms[k]!.prepareVerify(subject(5000 + k), people[k]!.embeddings[2]!, tx);
      const sentAt = performance.now() - locked2At;
      second.push(timed(() => dep.atms[k]!.sendVerify(p)).then((r) => ({ sentAt, outcome: r.outcome })));
    }
    const answered2 = await Promise.all(second);
    await release2;

    const { refs, leaves } = await dep.readConsistent();
    const audit = await dep.storeAudit();

    const outcomes: Record<string, number> = {};
    for (const a of answered) tally(outcomes, a.outcome);
    const duringMs = during.map((h) => h.ms);
    figure('5-locked-db', {
      lockMs: LOCK_MS,
      requests: answered.map((a) => ({ op: a.op, sentAtMs: round(a.sentAt), answeredAtMs: round(a.sentAt + a.outcome.ms), result: a.outcome.ok ? 200 : `${a.outcome.status} ${a.outcome.code ?? a.outcome.transport}` })),
      outcomes,
      requestMaxMs: round(Math.max(...answered.map((a) => a.outcome.ms))),
      healthzBaselineP99Ms: round(percentile(baseline, 99)),
      healthzDuringLock: { samples: during.length, p50Ms: round(percentile(duringMs, 50)), p99Ms: round(percentile(duringMs, 99)), maxMs: round(Math.max(...duringMs)), statuses: [...new Set(during.map((h) => h.status))] },
      longLock: { lockMs: 5000, requests: answered2.map((a) => ({ sentAtMs: round(a.sentAt), answeredAfterMs: round(a.outcome.ms), result: a.outcome.ok ? 200 : `${a.outcome.status} ${a.outcome.code ?? a.outcome.transport}` })) },
      afterLockVerify: afterLock.value?.match ?? afterLock.outcome.code,
      afterLockEnroll: enrollAfter.outcome.ok ? 200 : enrollAfter.outcome.code,
      storedReferences: refs.size,
      enrollLeaves: leaves.filter((l) => l.kind === 'enroll').length,
      auditVerified: audit.ok,
    });
    for (const a of answered) {
      // Either refused for the lock, or (a request that got the store after the release) served.
      if (a.outcome.ok) expect(a.sentAt + a.outcome.ms, `${a.op} served only after the lock was released`).toBeGreaterThan(LOCK_MS - 50);
      else expect(a.outcome, a.op).toMatchObject({ status: 503, code: 'E_UNAVAILABLE' });
    }
    expect(answered.some((a) => !a.outcome.ok)).toBe(true);
    expect(afterLock.value?.match).toBe(true);
    expect(enrollAfter.outcome.ok).toBe(true);
    expect(leaves.filter((l) => l.kind === 'enroll').length).toBe(refs.size);
    expect(audit.ok).toBe(true);
    expect(Math.max(...answered.map((a) => a.outcome.ms)), 'slowest answer during the 3 s lock (ms)').toBeLessThan(4000);
    // Bugs (see report): the store's busy retry holds its mutex, so /healthz's store read and every
    // other request queue behind it.
    expect.soft(Math.max(...duringMs), '/healthz latency during the lock (ms)').toBeLessThan(1000);
    for (const a of answered2) {
      if (!a.outcome.ok) expect(a.outcome, 'a verify during a 5 s lock').toMatchObject({ status: 503, code: 'E_UNAVAILABLE' });
      expect.soft(a.outcome.ms, 'a verify during a 5 s lock answers within the busy budget (2 s) + 1 s').toBeLessThan(3000);
    }
  });
});
