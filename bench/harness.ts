/**
 * Benchmark plumbing shared by bench/*.ts: tinybench runs reduced to medians, synthetic data,
 * and the JSON line every benchmark ends with.
 */
import { Bench } from 'tinybench';

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
