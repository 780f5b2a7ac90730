/**
 * Scenario 3: the custodian is frozen (SIGSTOP) for ~5 s while 8 verifies are in flight, then
 * thawed (SIGCONT). Each of the 8 gets 503 E_UNAVAILABLE within the matcher's custodian deadline
 * (default 2 s, p99 printed), the matcher commits no decision for any of them (their only audit
 * leaves are 'failed'), and fresh verifies after SIGCONT succeed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CUSTODIAN_DEADLINE_MS } from '../../src/server/deployment.js';
import { officerApprover } from '../../src/verify/terminal/terminal-client.js';
import { encodeVerifyRequest } from '../../src/wire/codec.js';
import { sha256 } from '../../src/wire/digest.js';
import { lfw } from '../helpers.js';
import { Deployment, figure, hexOf, percentile, round, sleep, subject, timed, reliabilitySuite } from './harness.js';

const people = lfw();
const tx = { amountMinor: 250_000_00n, currency: 'KZT' };

describe.runIf(reliabilitySuite)('3. SIGSTOP of the custodian with 8 verifies in flight', () => {
  let d: Deployment | undefined;
  afterAll(async () => {
    d?.custodian?.signal('SIGCONT');
    await d?.destroy();
  });

  it('503 within the deadline, nothing decided, fresh verifies succeed after SIGCONT', async () => {
    d = await Deployment.create('stop-custodian', { terminals: 4, desks: 1 });
    const dep = d;
    const approve = officerApprover(dep.officerKey);
    for (let i = 0; i < 8; i++) await dep.desks[0]!.enroll(subject(3000 + i), people[i % people.length]!.embeddings[0]!, { approve });
    const warm = await timed(() => dep.atms[0]!.verify(subject(3000), people[0]!.embeddings[1]!, tx));
    expect(warm.outcome.ok).toBe(true);

    const prepared = Array.from({ length: 8 }, (_, i) => dep.atms[i % 4]!.prepareVerify(subject(3000 + i), people[i % people.length]!.embeddings[2]!, tx));
    const hashes = prepared.map((p) => hexOf(sha256(encodeVerifyRequest(p.request))));
    const decryptionsBefore = await dep.decryptions();
    const stoppedAt = Date.now();
    dep.custodian!.signal('SIGSTOP');
    const inFlight = Promise.all(prepared.map((p, i) => timed(() => dep.atms[i % 4]!.sendVerify(p))));
    // /healthz of the matcher while the custodian is frozen: answers promptly, custodian down.
    await sleep(300);
    const health = await timed(async () => {
      const res = await fetch(`${dep.matcherUrl}/healthz`, { signal: AbortSignal.timeout(10_000) });
      return { status: res.status, body: (await res.json()) as { dependencies?: Record<string, string> } };
    });
    const results = await inFlight;
    await sleep(Math.max(0, 5000 - (Date.now() - stoppedAt)));
    dep.custodian!.signal('SIGCONT');
    const frozenMs = Date.now() - stoppedAt;
    // The custodian now reads the 8 abandoned requests from its sockets; give it time to act on them.
    await sleep(1500);
    const { leaves } = await dep.readConsistent();
    const forThe8 = leaves.filter((l) => l.kind === 'verify' && hashes.includes(l.requestHash!));
    const decided = forThe8.filter((l) => l.outcome === 'match' || l.outcome === 'no-match').length;
    const lateDecryptions = (await dep.decryptions()) - decryptionsBefore;

    const fresh = [];
    for (let i = 0; i < 8; i++) fresh.push(await timed(() => dep.atms[i % 4]!.verify(subject(3000 + i), people[i % people.length]!.embeddings[3]!, tx)));
    const ms = results.map((r) => r.outcome.ms);

    figure('3-sigstop-custodian', {
      frozenMs,
      deadlineMs: DEFAULT_CUSTODIAN_DEADLINE_MS,
      inFlight: results.length,
      outcomes: results.map((r) => (r.outcome.ok ? 200 : `${r.outcome.status} ${r.outcome.code ?? r.outcome.transport}`)),
      p50Ms: round(percentile(ms, 50)),
      p99Ms: round(percentile(ms, 99)),
      maxMs: round(Math.max(...ms)),
      matcherHealthz: { status: health.value?.status, custodian: health.value?.body.dependencies?.custodian, ms: round(health.outcome.ms) },
      decidedAtMatcherForThe8: decided,
      failedLeavesForThe8: forThe8.filter((l) => l.outcome === 'failed').length,
      custodianDecryptionsAfterThaw: lateDecryptions,
      freshAfterSigcont: `${fresh.filter((r) => r.value?.match).length}/${fresh.length}`,
      freshP99Ms: round(percentile(fresh.map((r) => r.outcome.ms), 99)),
    });
    for (const r of results) expect(r.outcome).toMatchObject({ ok: false, status: 503, code: 'E_UNAVAILABLE' });
    // The deadline runs from the custodian call; the matcher's own work for 8 queued requests comes on top.
    expect(percentile(ms, 99)).toBeLessThan(DEFAULT_CUSTODIAN_DEADLINE_MS + 1000);
    expect(decided).toBe(0);
    expect(forThe8.length).toBe(8);
    expect(health.outcome.ms).toBeLessThan(1000);
    expect(health.value?.body.dependencies?.custodian).not.toBe('ok');
    expect(fresh.every((r) => r.value?.match === true), JSON.stringify(fresh.map((r) => r.outcome))).toBe(true);
  });
});
