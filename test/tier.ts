/**
 * Test tiers (issue #12 item 5): the one switch between the fast default tier (`npm test`) and the
 * exhaustive tier (`npm run test:full`, what CI runs), and the seeded sampling with which the fast
 * tier stands in for the exhaustive sweeps. vitest.config.ts sets both variables for every worker
 * and prints them at the start of a run.
 *
 * - `SEALMATCH_TEST_TIER=full` (or `vitest run --mode full`): every sweep over every pair, every
 *   worst case, the at-scale tests. Anything else: the fast tier.
 * - `SEALMATCH_TEST_SEED`: an integer (decimal or 0x hex) or `random` (vitest.config.ts then draws
 *   one and prints it). Default DEFAULT_SEED, so two fast runs test the same subset. Every sample
 *   and every seeded random input derives from SEED and a label naming its use, so a failure
 *   replays with `SEALMATCH_TEST_SEED=<seed> npx vitest run <file>`; assertion messages carry the
 *   seed (`replay()`).
 *
 * The fast tier keeps, wherever a test has them: genuine and impostor pairs, and the pairs whose
 * plaintext score lies nearest the threshold on either side (where a wrong comparison, an
 * off-by-one in the threshold or a sign error in the blinding shows first).
 */

export const FULL = process.env.SEALMATCH_TEST_TIER === 'full';
export const TIER: 'fast' | 'full' = FULL ? 'full' : 'fast';

/** The seed when SEALMATCH_TEST_SEED is unset. */
export const DEFAULT_SEED = 20261201;

/** An integer seed from SEALMATCH_TEST_SEED's syntax: decimal, 0x hex, `random`, or any other string (hashed). */
export function parseSeed(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_SEED;
  if (text === 'random') return Math.floor(Math.random() * 2 ** 31);
  if (/^(0x[0-9a-f]+|\d+)$/i.test(text)) return Number(text) >>> 0;
  return fnv1a(text);
}

export const SEED = parseSeed(process.env.SEALMATCH_TEST_SEED);

/** `what`, with the tier and the seed that replays it (for assertion messages). */
export const replay = (what: string): string => `${what} [tier ${TIER}, SEALMATCH_TEST_SEED=${SEED}]`;

/** FNV-1a (32-bit) of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The seed of one use (`label`) of the run's seed: independent streams per use, all replayed by SEED. */
export function seedFor(label: string, seed: number = SEED): number {
  return (fnv1a(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}

/** mulberry32: uniform floats in [0, 1), reproducible from a 32-bit seed (the generator audit-log and store-suite use). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The seeded generator of one use. */
export const rngFor = (label: string): (() => number) => rng(seedFor(label));

/** `n` seeded pseudo-random bytes (stand-in for randomBytes where a failure must replay). */
export function seededBytes(n: number, r: () => number): Uint8Array {
  return Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
}

/** `n` distinct items drawn uniformly (seeded by `label` and SEED), in their original order; all of them if n >= length. */
export function sample<T>(items: readonly T[], n: number, label: string, seed: number = SEED): T[] {
  if (n >= items.length) return items.slice();
  const r = rng(seedFor(label, seed));
  const idx = Array.from({ length: items.length }, (_, i) => i);
  // Partial Fisher-Yates: the first n positions are a uniform n-subset.
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(r() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, n).sort((a, b) => a - b).map((i) => items[i]!);
}

/** Every item in the full tier; a seeded sample of `n` in the fast tier. */
export function tiered<T>(items: readonly T[], n: number, label: string): T[] {
  return FULL ? items.slice() : sample(items, n, label);
}

/** The fast tier's count, or `full` in the full tier. */
export const fastOr = (fast: number, full: number): number => (FULL ? full : fast);

/**
 * The `k` items with the smallest score >= T and the `k` with the largest score < T: the cases
 * nearest the decision threshold on each side (decisions there flip on any error in the comparison).
 */
export function nearThreshold<T>(items: readonly T[], score: (item: T) => number, T: number, k: number): T[] {
  const scored = items.map((item) => ({ item, s: score(item) }));
  const above = scored.filter((x) => x.s >= T).sort((a, b) => a.s - b.s).slice(0, k);
  const below = scored.filter((x) => x.s < T).sort((a, b) => b.s - a.s).slice(0, k);
  return [...above, ...below].map((x) => x.item);
}
