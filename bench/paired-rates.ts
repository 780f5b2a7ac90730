/**
 * Statistics of an A/B throughput comparison run in interleaved pairs of blocks (each pair saw
 * one machine state): the rate ratio B/A, its percentile-bootstrap interval over pairs, and
 * nearest-rank percentiles.
 */

/** One pair: timed ms and successful operations of side A's block and side B's. */
export interface Pair {
  readonly aMs: number;
  readonly aOk: number;
  readonly bMs: number;
  readonly bOk: number;
}

/** Rate of B / rate of A over a set of pairs (operations / timed ms on each side). */
export function rateRatio(ps: readonly Pair[]): number {
  const sum = (f: (p: Pair) => number): number => ps.reduce((n, p) => n + f(p), 0);
  return sum((p) => p.bOk) / sum((p) => p.bMs) / (sum((p) => p.aOk) / sum((p) => p.aMs));
}

/** Nearest-rank percentile, q in [0, 1]. */
export function percentile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * 95% interval of {@link rateRatio} by the percentile bootstrap over pairs (Efron & Tibshirani
 * 1993, ch. 13): pairs are resampled whole, since a pair is the unit that saw one machine state.
 * Deterministic (xorshift32 from a fixed seed).
 */
export function bootstrapRatio(ps: readonly Pair[], resamples = 4000): [number, number] {
  let seed = 0x9e3779b9;
  const next = (n: number): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const rs: number[] = [];
  for (let r = 0; r < resamples; r++) rs.push(rateRatio(Array.from(ps, () => ps[next(ps.length)]!)));
  return [percentile(rs, 0.025), percentile(rs, 0.975)];
}
