/**
 * The one source of secret randomness (src/csprng.ts): draws stay in range, spans of 1 and 2^32
 * work, bad spans are refused, and the draws are uniform (chi-square against a bound that an
 * exact sampler exceeds with probability < 1e-9, while `word % n` for n = 3 * 2^30 — bias 1/3 —
 * would exceed it at once).
 */
import { describe, expect, it } from 'vitest';
import { randomBytes, uniformBelow, uniformInt, uniformInts, uniformResidues } from '../src/csprng.js';

function chiSquare(counts: number[], expected: number): number {
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

describe('csprng', () => {
  it('draws stay in range, including the edge spans', () => {
    expect([...uniformInts(1000, 5, 6)].every((x) => x === 5)).toBe(true);
    const wide = uniformInts(1000, 0, 2 ** 32);
    expect(wide.some((x) => x >= 2 ** 31)).toBe(true);
    for (let i = 0; i < 200; i++) {
      const v = uniformInt(1, 128);
      expect(v >= 1 && v < 128).toBe(true);
    }
    const spans = Uint8Array.from({ length: 5000 }, (_, i) => 1 + (i % 127));
    const out = uniformBelow(spans);
    expect([...out].every((x, i) => x < spans[i]!)).toBe(true);
    const r = new Uint32Array(70_000); // more than one getRandomValues call
    uniformResidues(r, 1_073_643_521);
    expect(Math.max(...r)).toBeLessThan(1_073_643_521);
    expect(randomBytes(100_000).length).toBe(100_000);
  });

  it('refuses spans outside 1..2^32', () => {
    for (const [lo, hi] of [[0, 0], [3, 2], [0, 2 ** 32 + 1], [0, 1.5], [0, Number.NaN]] as const) {
      expect(() => uniformInts(1, lo, hi)).toThrow(expect.objectContaining({ code: 'E_INTERNAL' }));
    }
  });

  it('is uniform where modulo reduction is visibly not (span 3 * 2^30)', () => {
    // Buckets by the top of the range: an exact sampler puts 1/3 in each third of [0, 3 * 2^30);
    // `word % span` would put 1/2 of its mass in the first third.
    const span = 3 * 2 ** 30;
    const n = 60_000;
    const x = uniformInts(n, 0, span);
    const counts = [0, 0, 0];
    for (const v of x) counts[Math.floor(v / 2 ** 30)]!++;
    // chi-square, 2 degrees of freedom: P(> 41.4) = 1e-9.
    expect(chiSquare(counts, n / 3)).toBeLessThan(41.4);
  });

  it('per-slot spans are each uniform (the 1:N slot offsets)', () => {
    const n = 30_000;
    const out = uniformBelow(new Uint8Array(n).fill(7));
    const counts = Array(7).fill(0) as number[];
    for (const v of out) counts[v]!++;
    // 6 degrees of freedom: P(> 52.4) < 1e-9.
    expect(chiSquare(counts, n / 7)).toBeLessThan(52.4);
  });
});
