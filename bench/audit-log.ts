/**
 * `npx tsx bench/audit-log.ts [--entries 1000000] [--checkpoints 0,100000,500000,1000000] [--json] [--pg]`
 *
 * The audit log as it grows, on SQLite (a file on disk, WAL, as `sealmatch serve` opens it) and,
 * with --pg and SEALMATCH_PG_URL, on PostgreSQL (--pg-entries, default 100000):
 *  - append: median of one append in its own store transaction (what every verify commits), at
 *    each checkpoint; beside it the baseline, the size query every append used to run (SQLite
 *    `SELECT COUNT(*)`; PostgreSQL `MAX(seq) + 1`, already an index lookup);
 *  - restart: median time of opening the store and `AuditLog.open` at the largest size; baseline:
 *    the same open rebuilding the frontier from every leaf hash (a backend without stored nodes);
 *  - proofs: medians of an inclusion proof (against the current size and a random older size)
 *    and of a consistency proof (random old size), each generated and verified; baseline: one
 *    inclusion proof from leaf hashes only;
 *  - verify-like throughput: `--ops` rounds of (append in a transaction + inclusion proof of it
 *    + signed tree head) on an empty log and at the largest size, in alternating blocks (machine
 *    load hits both alike); the ratio full / empty should be near 1.
 * The log is filled between checkpoints in transactions of 1000 appends (filling is not timed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import pg from 'pg';
import type { AuditLogBackend } from '../src/audit/backend.js';
import { AuditLog } from '../src/audit/log.js';
import { verifyConsistencyProof, verifyInclusionProof } from '../src/merkle/merkle-verify.js';
import { StoreAuditBackend } from '../src/store/audit-backend.js';
import { PostgresStore } from '../src/store/postgres.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { appendSyntheticBatch, benchFlags, fillAuditLog, medianMs, round } from './harness.js';

const flags = benchFlags();
const argv = process.argv.slice(2);
const entries = flags.num('entries', 1_000_000);
const checkpointArg = argv.includes('--checkpoints') ? argv[argv.indexOf('--checkpoints') + 1]! : '';
const checkpoints = checkpointArg
  ? checkpointArg.split(',').map(Number)
  : [0, 100_000, 500_000, 1_000_000].filter((c) => c <= entries).concat(entries > 1_000_000 ? [entries] : []);
const ops = flags.num('ops', 2_000);
const started = Date.now();
const log = (s: string): void => void process.stderr.write(`[audit-bench +${Math.round((Date.now() - started) / 1000)}s] ${s}\n`);
const SIGNING_KEY = new Uint8Array(32).fill(0x42);
const PUBLIC_KEY = ed25519.getPublicKey(SIGNING_KEY);

interface Target {
  readonly name: string;
  open(): Promise<Store>;
  /** A second, separate store (the empty log of the throughput comparison). */
  openEmpty(): Promise<Store>;
  cleanup(): Promise<void>;
  /** The size query every append ran before the log kept its state (SQLite COUNT(*), PostgreSQL MAX(seq) + 1). */
  oldSizeQuery(store: Store): Promise<number>;
}

/** A store and its log, appends going into store transactions exactly as MatcherService does. */
class Harness {
  private constructor(
    readonly store: Store,
    readonly backend: StoreAuditBackend,
    readonly audit: AuditLog,
  ) {}

  static async open(store: Store): Promise<Harness> {
    const backend = new StoreAuditBackend(store);
    return new Harness(store, backend, await AuditLog.open({ logId: 'bench/audit', backend }));
  }

  /** `n` appends in one transaction. */
  appendBatch(n: number): Promise<void> {
    return appendSyntheticBatch(this, n);
  }

  fillTo(size: number): Promise<void> {
    return fillAuditLog(this, size, log);
  }
}

let seed = 12345;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

async function proofs(h: Harness): Promise<Record<string, number>> {
  const n = h.audit.size;
  const root = h.audit.root();
  const inclusionCurrent = await medianMs('inclusion (current size)', async () => {
    const seq = rand(n);
    const p = await h.audit.inclusionProof(seq);
    verifyInclusionProof(seq, n, p.leafHash, p.path, root);
  });
  // Against an older size the right-edge nodes are not in memory: the worst case for lookups.
  const inclusionOlder = await medianMs('inclusion (older size)', async () => {
    const size = 1 + rand(n);
    await h.audit.inclusionProof(rand(size), size);
  });
  const consistency = await medianMs('consistency', async () => {
    const old = 1 + rand(n - 1);
    const p = await h.audit.consistencyProof(old);
    if (p.path.length === 0) throw new Error('empty consistency proof');
  });
  return { inclusionMs: round(inclusionCurrent, 4), inclusionOlderSizeMs: round(inclusionOlder, 4), consistencyMs: round(consistency, 4) };
}

/** The backend seen as an old-style store: leaf hashes only, no stored nodes. */
function leafOnly(b: StoreAuditBackend): AuditLogBackend {
  return { getLeafCount: () => b.getLeafCount(), appendLeaf: (i, e, l) => b.appendLeaf(i, e, l), getLeafHash: (i) => b.getLeafHash(i), getEntryBytes: (i) => b.getEntryBytes(i) };
}

/** `rounds` of what one verify does to the log: append (own transaction), prove it, sign a head. Per second. */
async function verifyLikeRate(h: Harness, rounds: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) {
    await h.appendBatch(1);
    const seq = h.audit.size - 1;
    const p = await h.audit.inclusionProof(seq);
    verifyInclusionProof(seq, p.treeSize, p.leafHash, p.path, h.audit.root());
    h.audit.treeHead(SIGNING_KEY);
  }
  return rounds / ((performance.now() - t0) / 1000);
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Verify-like rate on `empty` and on `full`, in alternating blocks so that a change in machine
 * load hits both alike; medians of the blocks.
 */
async function interleavedRates(empty: Harness, full: Harness): Promise<{ empty: number; full: number }> {
  const blocks = 5;
  const e: number[] = [];
  const f: number[] = [];
  await verifyLikeRate(empty, Math.ceil(ops / blocks)); // warm-up (JIT, signing tables)
  for (let b = 0; b < blocks; b++) {
    e.push(await verifyLikeRate(empty, Math.ceil(ops / blocks)));
    f.push(await verifyLikeRate(full, Math.ceil(ops / blocks)));
  }
  return { empty: median(e), full: median(f) };
}

async function runTarget(t: Target, sizes: readonly number[]): Promise<Record<string, unknown>> {
  // The empty log lives in its own store beside the growing one, for the throughput comparison.
  const empty = await Harness.open(await t.openEmpty());
  const h0 = await Harness.open(await t.open());
  let h = h0;
  const append: { entries: number; appendMs: number; baselineSizeQueryMs: number }[] = [];
  for (const size of sizes) {
    log(`${t.name}: filling to ${size}`);
    await h.fillTo(size);
    const at = h.audit.size;
    // A short budget: the log must stay near the checkpoint while it is measured.
    const appendMs = await medianMs(`append at ${size}`, () => h.appendBatch(1), 100, { iterations: 500 });
    // The old append's size query, measured at the same size (on SQLite, the cost that grew with n).
    const baselineSizeQueryMs = await medianMs(`old size query at ${size}`, () => t.oldSizeQuery(h.store), 500, { iterations: 20 });
    append.push({ entries: at, appendMs: round(appendMs, 4), baselineSizeQueryMs: round(baselineSizeQueryMs, 4) });
    log(`  append ${round(appendMs, 4)} ms at ${at} (baseline: the old size query alone ${round(baselineSizeQueryMs, 4)} ms)`);
  }
  const size = h.audit.size;
  log(`${t.name}: restart at ${size}`);
  await h.store.close();
  const restartMs = await medianMs('restart', async () => {
    const s = await t.open();
    await AuditLog.open({ logId: 'bench/audit', backend: new StoreAuditBackend(s) });
    await s.close();
  }, 1000, { iterations: 10 });
  h = await Harness.open(await t.open());
  const t1 = performance.now();
  await AuditLog.open({ logId: 'bench/audit', backend: leafOnly(h.backend) });
  const baselineRestartMs = performance.now() - t1;
  log(`  restart ${round(restartMs, 3)} ms (baseline from leaves ${round(baselineRestartMs, 1)} ms)`);

  log(`${t.name}: proofs at ${size}`);
  const proof = await proofs(h);
  const slow = await AuditLog.open({ logId: 'bench/audit', backend: leafOnly(h.backend) });
  const t3 = performance.now();
  await slow.inclusionProof(0);
  const baselineInclusionMs = performance.now() - t3;
  log(`  ${JSON.stringify(proof)} (baseline inclusion from leaves ${round(baselineInclusionMs, 1)} ms)`);

  const consistencyOk = await checkConsistency(h);
  log(`${t.name}: verify-like throughput, empty log vs ${h.audit.size} entries, ${ops} rounds each`);
  const rates = await interleavedRates(empty, h);
  await h.store.close();
  await empty.store.close();
  await t.cleanup();
  return {
    store: t.name,
    append,
    restart: { entries: size, restartMs: round(restartMs, 3), baselineFromLeavesMs: round(baselineRestartMs, 1) },
    proofs: { entries: size, ...proof, baselineInclusionFromLeavesMs: round(baselineInclusionMs, 1), consistencyVerified: consistencyOk },
    verifyLike: {
      rounds: ops,
      emptyPerSecond: round(rates.empty, 1),
      fullPerSecond: round(rates.full, 1),
      entries: size,
      ratio: round(rates.full / rates.empty, 3),
    },
  };
}

/** One consistency proof from a third of the log to all of it, verified against both roots. */
async function checkConsistency(h: Harness): Promise<boolean> {
  const n = h.audit.size;
  const m = Math.floor(n / 3) || 1;
  const old = await AuditLog.open({ logId: 'bench/audit', backend: sizeView(h.backend, m) });
  const p = await h.audit.consistencyProof(m);
  verifyConsistencyProof(m, n, old.root(), h.audit.root(), p.path);
  return true;
}

/** The first `m` leaves of a store-backed log, as a read-only backend with stored nodes. */
function sizeView(b: StoreAuditBackend, m: number): AuditLogBackend {
  return {
    getLeafCount: () => m,
    appendLeaf: () => undefined,
    getLeafHash: (i) => b.getLeafHash(i),
    getEntryBytes: (i) => b.getEntryBytes(i),
    getNodeHashes: (refs) => b.getNodeHashes(refs),
  };
}

function sqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'sealmatch-audit-bench-'));
  return {
    name: 'sqlite (file, WAL)',
    open: async () => new SqliteStore(join(dir, 'audit.db')),
    openEmpty: async () => new SqliteStore(join(dir, 'empty.db')),
    oldSizeQuery: async (store) => Number(((store as SqliteStore).db.prepare('SELECT COUNT(*) AS n FROM audit_leaf').get() as { n: number }).n),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresTarget(url: string): Target {
  const schema = (which = 'log'): string => `sealmatch_bench_${process.pid}_${which}`;
  const withSchema = (which = 'log'): string => {
    const u = new URL(url);
    u.searchParams.set('schema', schema(which));
    return u.toString();
  };
  let side: pg.Client | undefined;
  return {
    name: 'postgres',
    open: () => PostgresStore.open(withSchema()),
    openEmpty: () => PostgresStore.open(withSchema('empty')),
    cleanup: async () => {
      await side?.end();
      side = undefined;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema()}" CASCADE; DROP SCHEMA IF EXISTS "${schema('empty')}" CASCADE`);
      await admin.end();
    },
    oldSizeQuery: async () => {
      if (!side) {
        side = new pg.Client({ connectionString: url });
        await side.connect();
      }
      return Number((await side.query(`SELECT COALESCE(MAX(seq) + 1, 0) AS n FROM "${schema()}".audit_leaf`)).rows[0].n);
    },
  };
}

const results: Record<string, unknown>[] = [];
results.push(await runTarget(sqliteTarget(), checkpoints));
const pgUrl = process.env.SEALMATCH_PG_URL;
if (argv.includes('--pg')) {
  if (!pgUrl) throw new Error('--pg needs SEALMATCH_PG_URL');
  const pgEntries = flags.num('pg-entries', 100_000);
  results.push(await runTarget(postgresTarget(pgUrl), [0, Math.floor(pgEntries / 2), pgEntries]));
}
const report = { bench: 'audit-log', node: process.version, date: new Date().toISOString(), logPublicKey: bytesToHex(PUBLIC_KEY), results, wallSeconds: Math.round((Date.now() - started) / 1000) };
process.stdout.write(flags.json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
