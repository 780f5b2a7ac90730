/**
 * Benchmark plumbing shared by bench/*.ts: tinybench runs reduced to medians, synthetic data
 * (vectors, audit-log entries and the fast fill of a store's audit log), and the JSON line every
 * benchmark ends with.
 */
import { Bench } from 'tinybench';
import type { AuditEntryInput, AuditLog } from '../src/audit/log.js';
import type { StoreAuditBackend } from '../src/store/audit-backend.js';
import type { Store } from '../src/store/store.js';

export interface MedianOptions {
  /**
   * Runs before every call (warmup calls included), outside the timed sample and outside the
   * time budget: builds that call's fresh input (e.g. a signed request a nonce store accepts once).
   */
  readonly beforeEach?: () => unknown | Promise<unknown>;
  /** Minimum number of timed calls (tinybench's default is 64; warmup then ceil(iterations / 4), at most 16). */
  readonly iterations?: number;
}

/** Median latency (ms) of `fn`, measured by tinybench for about `timeMs`. */
export async function medianMs(name: string, fn: () => unknown | Promise<unknown>, timeMs = 1500, opts: MedianOptions = {}): Promise<number> {
  const limits = opts.iterations ? { iterations: opts.iterations, warmupIterations: Math.min(16, Math.ceil(opts.iterations / 4)) } : {};
  const bench = new Bench({ name, time: timeMs, warmupTime: 200, ...limits });
  const before = opts.beforeEach;
  bench.add(name, fn, before ? { beforeEach: async () => void (await before()) } : {});
  await bench.run();
  const task = bench.tasks[0]!;
  const result = task.result as unknown as { latency?: { p50?: number }; state?: string; error?: unknown };
  if (!result.latency?.p50) throw new Error(`benchmark ${name} failed: ${String(result.error ?? result.state)}`);
  return result.latency.p50;
}

/** Deterministic pseudo-random unit vectors (xorshift + Box-Muller) for reproducible runs. */
export function unitVectors(count: number, dim: number, seed = 1): Float32Array[] {
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) + 0.5) / 4294967296;
  };
  const out: Float32Array[] = [];
  for (let n = 0; n < count; n++) {
    const v = new Float32Array(dim);
    let sq = 0;
    for (let i = 0; i < dim; i++) {
      const g = Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
      v[i] = g;
      sq += g * g;
    }
    const inv = 1 / Math.sqrt(sq);
    for (let i = 0; i < dim; i++) v[i]! *= inv;
    out.push(v);
  }
  return out;
}

/**
 * Timing galleries: fills a kernel view (ciphertexts of k primes back to back, N residues per
 * prime) with uniformly random residues, indistinguishable from encryptions (xorshift, seeded).
 */
export function fillRandomResidues(view: Uint32Array, primes: readonly number[], N: number, seed: number): void {
  let s = seed >>> 0 || 1;
  const k = primes.length;
  for (let off = 0; off < view.length; off += N) {
    const q = primes[(off / N) % k]!;
    for (let c = 0; c < N; c++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      view[off + c] = (s >>> 0) % q;
    }
  }
}

let auditEntryCounter = 0;

/**
 * Deterministic verify entries, as the matcher writes them (subject, request hash, outcome): one
 * counter for the whole process, so every call is a new entry.
 */
export function syntheticVerifyEntry(): AuditEntryInput {
  const n = ++auditEntryCounter;
  const hex = (salt: number): string => (n * 2654435761 + salt).toString(16).padStart(16, '0').repeat(4).slice(0, 64);
  return { kind: 'verify', actor: `atm-${n % 5000}`, subjectRef: hex(1), requestHash: hex(7), outcome: n % 7 === 0 ? 'no-match' : 'match', time: 1_760_000_000_000 + n };
}

/** A store, its audit backend and the log over them: what {@link appendSyntheticBatch} writes to. */
export interface AuditTarget {
  readonly store: Store;
  readonly backend: StoreAuditBackend;
  readonly audit: AuditLog;
}

/** `n` synthetic appends in one store transaction, through the backend exactly as MatcherService does. */
export async function appendSyntheticBatch(t: AuditTarget, n: number): Promise<void> {
  await t.store.transaction(async (tx) => {
    t.backend.current = tx;
    try {
      for (let i = 0; i < n; i++) await t.audit.append(syntheticVerifyEntry());
    } finally {
      t.backend.current = undefined;
    }
  });
}

/** Fills the log to `size` entries in transactions of 1000 appends; `progress` every 10 s. */
export async function fillAuditLog(t: AuditTarget, size: number, progress: (s: string) => void): Promise<void> {
  let last = Date.now();
  while (t.audit.size < size) {
    await appendSyntheticBatch(t, Math.min(1_000, size - t.audit.size));
    if (Date.now() - last > 10_000) {
      last = Date.now();
      progress(`  filled ${t.audit.size} / ${size}`);
    }
  }
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Flag parsing shared by benchmarks: --json, --quick, and numeric --NAME VALUE options. */
export function benchFlags(argv = process.argv.slice(2)): { json: boolean; quick: boolean; num(name: string, dflt: number): number } {
  return {
    json: argv.includes('--json'),
    quick: argv.includes('--quick'),
    num(name, dflt) {
      const i = argv.indexOf(`--${name}`);
      if (i < 0) return dflt;
      const v = Number(argv[i + 1]);
      if (!Number.isFinite(v)) throw new Error(`--${name} needs a number`);
      return v;
    },
  };
}
