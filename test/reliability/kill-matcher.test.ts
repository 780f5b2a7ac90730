/**
 * Scenario 1: kill -9 of the matcher under load (4 desks enrolling, 4 ATMs verifying, 150
 * enrollments), 3 kills at random moments, each time restarted on the same SQLite store.
 *
 * After every restart: every enrollment that got a receipt before the kill is still stored and
 * decodes; the stored references and the 'enroll' audit leaves are in bijection (no row without
 * its leaf, no leaf without its row); the audit log verifies, over GET /v1/audit/export (auditor
 * token) and offline from the store file, and extends the log seen before the kill.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { officerApprover } from '../../src/verify/terminal/terminal-client.js';
import { sha256 } from '../../src/wire/digest.js';
import { encodeVerifyRequest } from '../../src/wire/codec.js';
import { lfw } from '../helpers.js';
import { Deployment, figure, hexOf, percentile, rng, round, seedFromEnv, sleep, subject, tally, timed, reliabilitySuite } from './harness.js';
import type { SubjectRef } from '../../src/subjects/subject-reference.js';

const people = lfw();
const N = 150;
const KILLS = 3;
const tx = { amountMinor: 250_000_00n, currency: 'KZT' };

describe.runIf(reliabilitySuite)('1. kill -9 of the matcher under load', () => {
  let d: Deployment | undefined;
  afterAll(async () => d?.destroy());

  it('loses no receipt, writes nothing by halves, keeps a verifiable log across restarts', async () => {
    const seed = seedFromEnv();
    const random = rng(seed);
    d = await Deployment.create('kill-matcher', { terminals: 4, desks: 4 });
    const dep = d;
    const approve = officerApprover(dep.officerKey);

    const receipts = new Map<string, number>(); // subject -> audit seq of its receipt
    const alreadyEnrolled = new Map<string, string>(); // a retry answered 409 E_ALREADY_ENROLLED (message)
    const decisions = new Map<string, boolean>(); // request hash -> match, as received by the ATM
    const outcomes: Record<string, number> = {};
    const latencies: number[] = [];
    let next = 0;

    const client = async (k: number): Promise<void> => {
      for (let i = next++; i < N; i = next++) {
        const ref = subject(1000 + i);
        const person = people[i % people.length]!;
        for (let attempt = 0; ; attempt++) {
          const r = await timed(() => dep.desks[k]!.enroll(ref, person.embeddings[0]!, { approve }));
          tally(outcomes, r.outcome);
          if (r.outcome.ok) {
            receipts.set(ref, r.value!);
            latencies.push(r.outcome.ms);
            break;
          }
          if (r.outcome.code === 'E_ALREADY_ENROLLED') {
            alreadyEnrolled.set(ref, r.outcome.message ?? '');
            break;
          }
          if (attempt > 100) throw new Error(`enrollment of subject ${i} keeps failing: ${JSON.stringify(r.outcome)}`);
          await sleep(150);
        }
        const prepared = dep.atms[k]!.prepareVerify(ref, person.embeddings[1]!, tx);
        const v = await timed(() => dep.atms[k]!.sendVerify(prepared));
        tally(outcomes, v.outcome);
        if (v.outcome.ok) decisions.set(hexOf(sha256(encodeVerifyRequest(prepared.request))), v.value!.match);
      }
    };

    type Check = { kill: number; receiptsBefore: number; lost: number; halfWritten: number; enrollLeaves: number; storedRefs: number; httpExport: number; httpVerified: boolean; storeVerified: boolean; problems: unknown[] };
    const checks: Check[] = [];
    let lastHead: unknown; // tree head of the last HTTP export, and of the last offline one
    let lastStoreHead: unknown;
    const check = async (kill: number, receiptsBefore: Map<string, number>): Promise<Check> => {
      const { refs, leaves, leafCount, stateSize } = await dep.readConsistent();
      const enrollLeaves = leaves.filter((l) => l.kind === 'enroll');
      const leafSubjects = new Set(enrollLeaves.map((l) => l.subjectRef!));
      const lost = [...receiptsBefore].filter(([ref, seq]) => !refs.has(ref) || leaves[seq]?.kind !== 'enroll' || leaves[seq]?.subjectRef !== ref).length;
      const halfWritten =
        [...refs.values()].filter((r) => !r.decodes).length +
        [...refs.keys()].filter((ref) => !leafSubjects.has(ref)).length +
        [...leafSubjects].filter((ref) => !refs.has(ref)).length +
        (enrollLeaves.length - leafSubjects.size) +
        Math.abs(leafCount - stateSize);
      const http = await dep.matcherAudit(lastHead);
      // Each export must also extend the one before the kill (its head is a prefix of this log).
      const offline = await dep.storeAudit(lastStoreHead);
      if (http.ok) lastHead = http.head;
      if (offline.ok) lastStoreHead = offline.head;
      const c = { kill, receiptsBefore: receiptsBefore.size, lost, halfWritten, enrollLeaves: enrollLeaves.length, storedRefs: refs.size, httpExport: http.status, httpVerified: http.ok, storeVerified: offline.ok, problems: [...http.problems, ...offline.problems].slice(0, 3) };
      checks.push(c);
      return c;
    };

    const t0 = Date.now();
    let loadDone = false;
    const load = Promise.all([0, 1, 2, 3].map(client)).finally(() => (loadDone = true));
    const downtimes: number[] = [];
    for (let kill = 1; kill <= KILLS; kill++) {
      // Kill at a random point inside the k-th slice of the load (by progress, not by time: a
      // fast machine once finished the load before the second timed kill).
      const target = Math.floor((N * (kill - 1 + random())) / KILLS);
      while (!loadDone && receipts.size < target) await sleep(25);
      if (loadDone) break;
      const before = new Map(receipts);
      await dep.kill('matcher', 'SIGKILL');
      const down = Date.now();
      await sleep(200 + random() * 500);
      await dep.startMatcher();
      downtimes.push(Date.now() - down);
      await check(kill, before);
    }
    await load;
    const final = await check(0, receipts);

    // Afterwards: a sample of the receipted enrollments verifies (genuine probes match).
    const sample = [...receipts.keys()].filter((_, i) => i % 15 === 0);
    let sampleMatches = 0;
    for (const ref of sample) {
      const i = Number([...Array(N).keys()].find((j) => subject(1000 + j) === ref));
      const prepared = dep.atms[0]!.prepareVerify(ref as SubjectRef, people[i % people.length]!.embeddings[2]!, tx);
      const r = await timed(() => dep.atms[0]!.sendVerify(prepared));
      if (r.value) decisions.set(hexOf(sha256(encodeVerifyRequest(prepared.request))), r.value.match);
      if (r.value?.match) sampleMatches++;
    }
    // Decisions the ATMs received are all committed in the log (a decision committed but not
    // received is possible only for a request in flight at a kill).
    const { leaves, refs } = await dep.readConsistent();
    const committed = new Map(leaves.filter((l) => l.kind === 'verify' && (l.outcome === 'match' || l.outcome === 'no-match')).map((l) => [l.requestHash!, l.outcome]));
    const receivedNotCommitted = [...decisions.keys()].filter((h) => !committed.has(h)).length;
    const committedNotReceived = [...committed.keys()].filter((h) => !decisions.has(h)).length;
    const custodian = dep.stateSnapshot();
    const stuck = [...alreadyEnrolled].filter(([ref]) => !refs.has(ref));

    figure('1-kill-matcher', {
      seed,
      kills: downtimes.length,
      downtimeMs: downtimes,
      enrollments: N,
      receipts: receipts.size,
      enrolledWithoutReceipt: alreadyEnrolled.size,
      lostReceipts: Math.max(...checks.map((c) => c.lost)),
      halfWrittenRows: Math.max(...checks.map((c) => c.halfWritten)),
      storedReferences: final.storedRefs,
      enrollAuditLeaves: final.enrollLeaves,
      custodianReferenceKeys: custodian.referenceKeys,
      subjectsStuckAt409: stuck.length,
      ...(stuck.length ? { stuck409Message: stuck[0]![1] } : {}),
      decisionsIssued: decisions.size,
      receivedNotCommitted,
      committedNotReceived,
      auditVerifiedAfterRestart: checks.map((c) => ({ kill: c.kill, http: c.httpExport === 200 ? c.httpVerified : `HTTP ${c.httpExport}`, store: c.storeVerified })),
      sampleVerifies: `${sampleMatches}/${sample.length}`,
      enrollP99Ms: round(percentile(latencies, 99)),
      outcomes,
      wallMs: Date.now() - t0,
    });
    for (const c of checks) {
      expect(c.lost, `receipts lost at kill ${c.kill}`).toBe(0);
      expect(c.halfWritten, `half-written rows at kill ${c.kill}`).toBe(0);
      expect(c.storeVerified, `stored audit log verifies after kill ${c.kill}: ${JSON.stringify(c.problems)}`).toBe(true);
    }
    expect(downtimes.length).toBeGreaterThanOrEqual(2);
    expect(final.enrollLeaves).toBe(final.storedRefs);
    expect(receivedNotCommitted).toBe(0);
    expect(sampleMatches).toBe(sample.length);
    // The auditor's route works with the auditor token of matcher.json (bug: 401, see report).
    for (const c of checks) expect.soft(c.httpExport === 200 && c.httpVerified, `GET /v1/audit/export (auditor token) verifies after kill ${c.kill}: HTTP ${c.httpExport}`).toBe(true);
    // Every subject can be enrolled after a crash: an enrollment the custodian registered but the
    // matcher never stored must not be refused 409 forever (bug: orphaned custodian seeds).
    expect.soft(stuck.length, `subjects refused 409 E_ALREADY_ENROLLED by the custodian although the matcher holds no reference: ${stuck[0]?.[1]}`).toBe(0);
    expect.soft(custodian.referenceKeys, 'custodian reference keys = matcher references').toBe(final.storedRefs);
    expect.soft(final.storedRefs, 'every subject ends up enrolled').toBe(N);
  });
});
