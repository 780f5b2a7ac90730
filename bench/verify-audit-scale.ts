/**
 * `npx tsx bench/verify-audit-scale.ts [--entries 1000000] [--verifies 300] [--block 5] [--subjects 4] [--json]`
 *
 * Issue #11, "at 1M audit entries: verify throughput within 10% of an empty log (same run)",
 * measured with real verifications: one custodian (the default authenticated parameter set) and
 * two matchers over two SQLite store files (opened as `sealmatch serve` opens them), both using
 * that custodian. EMPTY is a fresh store; FULL's audit log is first filled with `--entries`
 * synthetic verify entries (bench/harness.ts `fillAuditLog`, the fill of bench/audit-log.ts: 1000
 * appends per store transaction, not timed), then the store is closed and reopened by its matcher
 * (a restart over the full log). Both matchers enroll the same LFW faces through a desk with an
 * officer's approval, then an ATM's TerminalClient sends real signed, encrypted POST /v1/verify
 * requests over loopback HTTP, genuine and impostor probes alternating, at concurrency 1.
 *
 * Interleaving: pairs of blocks of `--block` verifies, EMPTY and FULL in ABBA order (E F, F E,
 * ...), the same probe sequence on both sides, so machine load (a shared 2-core box) hits both
 * alike. A block's requests are built and encrypted before it starts; what is timed is each
 * request's round trip (HTTP, matcher, custodian, the matcher's store transaction with its audit
 * leaf, the client's decision check). Reported: verifies/s of each side (timed verifies / timed
 * seconds), FULL / EMPTY with a 95% bootstrap interval over the pairs, p50/p99 latency, the
 * matcher's own time per verify (its VerifyObserver stages without the custodian call), FULL's
 * audit size before and after, and an auditor's check over HTTP that FULL's log still verifies:
 * a signed tree head, a consistency proof from the pre-filled size (against the root the fill
 * ended with) and the inclusion proof of the last entry (an ATM verify).
 *
 * Bench settings that differ from a production matcher (and are listed in the JSON): the rate
 * limits are raised (default 600/min per key would throttle the bench), the lockout is off (an
 * impostor run would lock a subject and make its later verifies cheap refusals), the custodian
 * deadline is 30 s (a loaded box must not turn slow calls into E_UNAVAILABLE). Each side enrolls
 * the faces under its own subject references (its own bank key): the one custodian keeps one
 * reference MAC seed per (subject, modality), so the same reference on both would overwrite it. */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, platform, arch, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { AuditLog } from '../src/audit/log.js';
import { loadLfw } from '../src/cli/lfw.js';
import { isSealmatchError } from '../src/errors.js';
import { DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { DEFAULT_POLICY, KazakhstanWithdrawalPolicy } from '../src/policy/kazakhstan.js';
import { loadCustodianFile, loadMatcherFile, writeDeploymentKeys } from '../src/server/config.js';
import { registerKey, startMatcher, startCustodian } from '../src/server/deployment.js';
import { StoreAuditBackend } from '../src/store/audit-backend.js';
import { openStore } from '../src/store/open.js';
import type { VerifyStage } from '../src/matcher/service.js';
import type { Store } from '../src/store/store.js';
import { iinCheckDigit, subjectReference, type SubjectRef } from '../src/subjects/subject-reference.js';
import { TerminalClient, officerApprover } from '../src/verify/terminal/terminal-client.js';
import { Terminal } from '../src/verify/terminal/terminal.js';
import { benchFlags, fillAuditLog, round } from './harness.js';
import { checkMatcherLog } from './matcher-log-check.js';
import { bootstrapRatio, mean, type Pair, percentile, rateRatio } from './paired-rates.js';

const flags = benchFlags();
const entries = flags.num('entries', 1_000_000);
const verifies = flags.num('verifies', 300);
const blockSize = flags.num('block', 5);
const subjectCount = flags.num('subjects', 4);
const started = Date.now();
const log = (s: string): void => void process.stderr.write(`[verify-audit-scale +${Math.round((Date.now() - started) / 1000)}s] ${s}\n`);
const LOG_ID = 'sealmatch-matcher'; // MatcherService's default log id (not stored; bound into tree heads)
const RATE = 1_000_000_000;
const CUSTODIAN_DEADLINE_MS = 30_000;
const AMOUNT = { amountMinor: 250_000_00n, currency: 'KZT' }; // above the step-up amount

const people = loadLfw();
if (subjectCount < 1 || subjectCount > people.length - 1) throw new Error(`--subjects must be 1..${people.length - 1}`);
const enrolled = people.slice(0, subjectCount);
const strangers = people.slice(subjectCount); // never enrolled: impostor probes

/** Valid IINs (check digit per subject-reference.ts), one per enrolled person. */
function iins(n: number): string[] {
  const out: string[] = [];
  for (let k = 0; out.length < n; k++) {
    const first11 = `9001013${String(k).padStart(4, '0')}`;
    const c = iinCheckDigit(first11);
    if (c >= 0) out.push(`${first11}${c}`);
  }
  return out;
}

/** Probe i: subject i mod S; each subject alternates genuine (another image of them) and impostor. */
function probe(i: number): { subject: number; genuine: boolean; embedding: number[] } {
  const subject = i % subjectCount;
  const round_ = Math.floor(i / subjectCount);
  const genuine = round_ % 2 === 0;
  if (genuine) {
    const imgs = enrolled[subject]!.embeddings;
    return { subject, genuine, embedding: imgs[1 + (Math.floor(round_ / 2) % (imgs.length - 1))]! };
  }
  const other = strangers[Math.floor(round_ / 2) % strangers.length]!;
  return { subject, genuine, embedding: other.embeddings[round_ % other.embeddings.length]! };
}

interface Side {
  readonly name: 'empty' | 'full';
  readonly store: Store;
  readonly dbPath: string;
  readonly atm: TerminalClient;
  readonly subjectRefs: readonly SubjectRef[];
  readonly url: string;
  readonly sizeAtStart: number;
  readonly latenciesMs: number[];
  timedMs: number;
  readonly outcomes: { genuineMatch: number; genuineNoMatch: number; impostorMatch: number; impostorNoMatch: number };
  readonly errors: Record<string, number>;
  /** The matcher's own stage durations (MatcherService VerifyObserver), timed verifies only. */
  readonly stagesMs: Record<VerifyStage, number[]>;
  /** Per verify, the matcher's own time: every stage but the custodian call. */
  readonly matcherOwnMs: number[];
  recording: boolean;
  readonly auditSize: () => number;
  close(): Promise<void>;
}

// ---- keys, stores, the fill ----------------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'sealmatch-verify-audit-'));
const bundle = await writeDeploymentKeys(dir, DEFAULT_FACE_PRESET_ID, 'http://127.0.0.1:0');
const custodianSecrets = loadCustodianFile(dir);
const custodianAdmin = custodianSecrets.adminToken!;
const fullPath = join(dir, 'full.db');
const emptyPath = join(dir, 'empty.db');

/**
 * Creates a store file, fills its audit log to `size` entries and closes it. Both sides' stores
 * are made this way (EMPTY's with 0), so they differ only in the log.
 */
async function prepareStore(path: string, size: number): Promise<{ size: number; root: Uint8Array; seconds: number }> {
  const store = await openStore(`sqlite:${path}`);
  try {
    const backend = new StoreAuditBackend(store);
    const audit = await AuditLog.open({ logId: LOG_ID, backend });
    const t0 = performance.now();
    await fillAuditLog({ store, backend, audit }, size, log);
    return { size: audit.size, root: audit.root(), seconds: (performance.now() - t0) / 1000 };
  } finally {
    await store.close();
  }
}
log(`filling FULL's audit log to ${entries} entries (transactions of 1000 appends)`);
const { size: prefilledSize, root: prefilledRoot, seconds: fillSeconds } = await prepareStore(fullPath, entries);
log(`  filled ${prefilledSize} entries in ${round(fillSeconds, 1)} s; root ${bytesToHex(prefilledRoot).slice(0, 16)}...`);
await prepareStore(emptyPath, 0);

const custodian = await startCustodian({ secrets: custodianSecrets, logLevel: 'silent' });
const secrets = { ...loadMatcherFile(dir), custodianUrl: custodian.url };
const auditorToken = secrets.auditorToken!;
// Lockout off: every verify, genuine or impostor, goes all the way through on both sides.
const policy = new KazakhstanWithdrawalPolicy({ ...DEFAULT_POLICY, maxConsecutiveFailures: Number.MAX_SAFE_INTEGER });
const atmKey = ed25519.utils.randomSecretKey();
const deskKey = ed25519.utils.randomSecretKey();
const officerKey = ed25519.utils.randomSecretKey();
for (const [key, owner, role] of [[atmKey, 'atm-bench', 'terminal'], [deskKey, 'desk-bench', 'desk'], [officerKey, 'officer-bench', 'officer']] as const) {
  await registerKey(custodian.url, custodianAdmin, ed25519.getPublicKey(key), owner, role, 'bank-bench');
}
const subjectIins = iins(subjectCount);

async function openSide(name: 'empty' | 'full', dbPath: string, bankKeyByte: number): Promise<Side & { matcherStartMs: number }> {
  const store = await openStore(`sqlite:${dbPath}`);
  const t0 = performance.now();
  const matcher = await startMatcher({
    bundle,
    secrets,
    store,
    logLevel: 'silent',
    policy,
    ratePerMinute: RATE,
    globalRatePerMinute: RATE,
    custodianDeadlineMs: CUSTODIAN_DEADLINE_MS,
  });
  const matcherStartMs = performance.now() - t0;
  for (const [key, owner, role] of [[atmKey, 'atm-bench', 'terminal'], [deskKey, 'desk-bench', 'desk'], [officerKey, 'officer-bench', 'officer']] as const) {
    await registerKey(matcher.url, secrets.adminToken, ed25519.getPublicKey(key), owner, role, 'bank-bench');
  }
  const desk = new TerminalClient({ matcherUrl: matcher.url, terminal: await Terminal.create({ ...bundle, terminalId: 'desk-bench' }), deviceKey: deskKey });
  const atm = new TerminalClient({ matcherUrl: matcher.url, terminal: await Terminal.create({ ...bundle, terminalId: 'atm-bench' }), deviceKey: atmKey });
  const bankKey = new Uint8Array(32).fill(bankKeyByte);
  const subjectRefs = subjectIins.map((iin) => subjectReference(bankKey, iin));
  for (let s = 0; s < subjectCount; s++) await desk.enroll(subjectRefs[s]!, enrolled[s]!.embeddings[0]!, { approve: officerApprover(officerKey) });
  const side: Side & { matcherStartMs: number } = {
    name,
    store,
    dbPath,
    atm,
    subjectRefs,
    url: matcher.url,
    sizeAtStart: matcher.service.audit.size,
    latenciesMs: [],
    timedMs: 0,
    outcomes: { genuineMatch: 0, genuineNoMatch: 0, impostorMatch: 0, impostorNoMatch: 0 },
    errors: {},
    stagesMs: { authenticate: [], load: [], reserve: [], compute: [], custodian: [], commit: [] },
    matcherOwnMs: [],
    recording: false,
    auditSize: () => matcher.service.audit.size,
    matcherStartMs,
    close: async () => {
      await matcher.close();
      await store.close();
    },
  };
  let own = 0;
  matcher.service.observe({
    stage: (s, sec) => {
      if (!side.recording) return;
      side.stagesMs[s].push(sec * 1000);
      if (s !== 'custodian') own += sec * 1000;
      if (s === 'commit') side.matcherOwnMs.push(own);
    },
    outcome: () => void (own = 0),
  });
  return side;
}

log('starting the custodian and two matchers (EMPTY, FULL), registering keys, enrolling');
const empty = await openSide('empty', emptyPath, 0x01);
const full = await openSide('full', fullPath, 0x02);
log(`  matcher start: EMPTY ${round(empty.matcherStartMs, 1)} ms, FULL ${round(full.matcherStartMs, 1)} ms; audit sizes ${empty.sizeAtStart} / ${full.sizeAtStart}`);

// ---- the interleaved run --------------------------------------------------------------------
/** Sends probes [from, from + n) to `side`, each prepared (encrypted, signed) before the block. */
async function runBlock(side: Side, from: number, n: number, timed: boolean): Promise<{ ms: number; ok: number }> {
  const prepared = [];
  for (let i = from; i < from + n; i++) {
    const p = probe(i);
    prepared.push({ p, req: side.atm.prepareVerify(side.subjectRefs[p.subject]!, p.embedding, AMOUNT) });
  }
  let blockMs = 0;
  let ok = 0;
  side.recording = timed;
  for (const { p, req } of prepared) {
    const t0 = performance.now();
    try {
      const d = await side.atm.sendVerify(req);
      const ms = performance.now() - t0;
      if (!timed) continue;
      blockMs += ms;
      ok++;
      side.latenciesMs.push(ms);
      const o = side.outcomes;
      const key = `${p.genuine ? 'genuine' : 'impostor'}${d.match ? 'Match' : 'NoMatch'}` as const;
      o[key]++;
    } catch (e) {
      if (!isSealmatchError(e)) throw e;
      if (timed) side.errors[e.code] = (side.errors[e.code] ?? 0) + 1;
    }
  }
  side.recording = false;
  side.timedMs += blockMs;
  return { ms: blockMs, ok };
}

log(`warm-up: one block of ${blockSize} on each side`);
await runBlock(empty, 0, blockSize, false);
await runBlock(full, 0, blockSize, false);
const pairCount = Math.ceil(verifies / blockSize);
const pairs: Pair[] = []; // A = EMPTY, B = FULL
log(`interleaved run: ${pairCount} pairs of blocks of ${blockSize} verifies (ABBA order), ${pairCount * blockSize} verifies per side`);
for (let b = 0; b < pairCount; b++) {
  const from = blockSize * (b + 1);
  const order = b % 2 === 0 ? [empty, full] : [full, empty];
  const r = new Map<string, { ms: number; ok: number }>();
  for (const side of order) r.set(side.name, await runBlock(side, from, blockSize, true));
  pairs.push({ aMs: r.get('empty')!.ms, aOk: r.get('empty')!.ok, bMs: r.get('full')!.ms, bOk: r.get('full')!.ok });
  if ((b + 1) % 10 === 0) log(`  ${b + 1} / ${pairCount} pairs; running FULL/EMPTY ${round(rateRatio(pairs), 3)}`);
}

// ---- FULL's log, as an auditor checks it over HTTP ------------------------------------------
log('checking FULL\'s log over HTTP: signed head, consistency from the pre-filled size, inclusion of the last entry');
const fullLog = await checkMatcherLog({ matcherUrl: full.url, auditorToken, size: full.auditSize(), oldSize: prefilledSize, oldRoot: prefilledRoot, lastActor: 'atm-bench' });

// ---- report ---------------------------------------------------------------------------------
const summary = (side: Side): Record<string, unknown> => ({
  verifies: side.latenciesMs.length,
  timedSeconds: round(side.timedMs / 1000, 2),
  verifiesPerSecond: round(side.latenciesMs.length / (side.timedMs / 1000), 2),
  p50Ms: round(percentile(side.latenciesMs, 0.5), 1),
  p99Ms: round(percentile(side.latenciesMs, 0.99), 1),
  outcomes: side.outcomes,
  errors: side.errors,
  matcherOwnMs: { p50: round(percentile(side.matcherOwnMs, 0.5), 2), p99: round(percentile(side.matcherOwnMs, 0.99), 2), mean: round(mean(side.matcherOwnMs), 2) },
  matcherStageP50Ms: Object.fromEntries(Object.entries(side.stagesMs).map(([k, v]) => [k, v.length ? round(percentile(v, 0.5), 2) : null])),
  auditSizeAtStart: side.sizeAtStart,
  auditSizeAtEnd: side.auditSize(),
  // WAL mode: recent pages sit in the -wal file until a checkpoint.
  storeFileBytes: [side.dbPath, `${side.dbPath}-wal`].reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0),
});
const emptyRate = empty.latenciesMs.length / empty.timedMs;
const fullRate = full.latenciesMs.length / full.timedMs;
const ratio = rateRatio(pairs);
const [ciLow, ciHigh] = bootstrapRatio(pairs);
const report = {
  bench: 'verify-audit-scale',
  command: `npx tsx bench/verify-audit-scale.ts ${process.argv.slice(2).join(' ')}`.trim(),
  date: new Date().toISOString(),
  node: process.version,
  machine: { platform: platform(), arch: arch(), cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', totalMemGiB: round(totalmem() / 2 ** 30, 1), loadAvg1mAtEnd: round(loadavg()[0]!, 2) },
  presetId: bundle.presetId,
  setup: {
    store: 'SQLite files (WAL) via openStore("sqlite:PATH"), one per matcher; one custodian for both',
    prefilledEntries: prefilledSize,
    fillSeconds: round(fillSeconds, 1),
    matcherStartMs: { empty: round(empty.matcherStartMs, 1), full: round(full.matcherStartMs, 1) },
    subjects: enrolled.map((p) => p.name),
    probes: 'alternating per subject: genuine (another LFW image of the enrolled person) and impostor (a never-enrolled LFW person)',
    interleaving: `pairs of blocks of ${blockSize}, ABBA order, same probe sequence on both sides, one warm-up block each (untimed); concurrency 1; requests encrypted and signed before their block, round trips timed`,
    benchSettings: {
      ratePerMinute: RATE,
      globalRatePerMinute: RATE,
      rateNote: 'raised from the defaults (600/min per key, 20,000/min global) so the limiter does not throttle the bench',
      lockout: 'off (maxConsecutiveFailures = MAX_SAFE_INTEGER): impostors never lock a subject',
      custodianDeadlineMs: CUSTODIAN_DEADLINE_MS,
      subjectReferences: 'per side (own bank key): the custodian keeps one MAC seed per (subject, modality)',
    },
  },
  empty: summary(empty),
  full: summary(full),
  ratioFullOverEmpty: round(ratio, 3),
  ratio95: [round(ciLow, 3), round(ciHigh, 3)],
  p50RatioEmptyOverFull: round(percentile(empty.latenciesMs, 0.5) / percentile(full.latenciesMs, 0.5), 3),
  withinTenPercent: ratio >= 0.9,
  withinTenPercentAt95: ciLow >= 0.9,
  /** Timed ms of each pair's two blocks, in run order ([EMPTY, FULL]): a trend (cold caches, load) shows here. */
  pairMs: pairs.map((p) => [Math.round(p.aMs), Math.round(p.bMs)]),
  fullLog,
  wallSeconds: Math.round((Date.now() - started) / 1000),
};
await empty.close();
await full.close();
await custodian.close();
rmSync(dir, { recursive: true, force: true });
log(`EMPTY ${round(emptyRate * 1000, 2)}/s, FULL ${round(fullRate * 1000, 2)}/s, FULL/EMPTY ${round(ratio, 3)} (95% ${round(ciLow, 3)}-${round(ciHigh, 3)})`);
process.stdout.write(flags.json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
