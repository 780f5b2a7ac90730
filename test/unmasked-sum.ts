/**
 * Shared by the authenticated noise tests (noise-margin-authenticated, fusion-bounds): the sum over
 * chunks of P_c (x) G_c that the matcher computes before its mask, as a size-3 container, built
 * with the plain-JS residue arithmetic so the tests can decrypt every coefficient of it.
 */
import { decodeCiphertext, encodeCiphertext } from '../src/he/codec/ciphertext-codec.js';
import type { HeContext } from '../src/he/seal/context.js';
import { jsResidueArith } from '../src/he/kernel/residue-arith.js';

/** Unmasked sum_c P_c (x) G_c of probe and reference chunk containers (same order), size 3. */
export function unmaskedSum(he: HeContext, probes: Uint8Array[], refs: Uint8Array[]): Uint8Array {
  const level = he.level(he.firstLevel);
  const k = level.primes.length;
  const N = he.N;
  const out = new Uint32Array(3 * k * N);
  const tmp = new Uint32Array(3 * k * N);
  let first: ReturnType<typeof decodeCiphertext> | undefined;
  probes.forEach((pb, c) => {
    const a = decodeCiphertext(he, pb, { sizes: [2], chainIndex: he.firstLevel });
    const b = decodeCiphertext(he, refs[c]!, { sizes: [2], chainIndex: he.firstLevel });
    first ??= a;
    jsResidueArith.tensor(a.raw.residues, b.raw.residues, level.primes, N, c === 0 ? out : tmp);
    if (c === 0) return;
    for (let p = 0; p < 3; p++) {
      for (let i = 0; i < k; i++) {
        const q = level.primes[i]!;
        for (let j = (p * k + i) * N; j < (p * k + i + 1) * N; j++) {
          const s = out[j]! + tmp[j]!;
          out[j] = s >= q ? s - q : s;
        }
      }
    }
  });
  return encodeCiphertext(he, { ...first!.raw, size: 3, residues: out }, 1n);
}
