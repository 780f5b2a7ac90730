/**
 * Plain BigInt references for the residue kernels' tests (test/residue-kernel*.test.ts): residues
 * of a level (uniform, or the worst case q-1 everywhere) from a reproducible generator, and the
 * tensor product and multiply-accumulate computed exactly, reduced once at the end.
 */

/** splitmix32: reproducible residues, so a failure can be replayed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export type Fill = 'random' | 'max';

/** Residues for `polys` polynomials of a level: uniform in [0, q_i), or all q_i - 1. */
export function residues(primes: readonly number[], N: number, polys: number, fill: Fill, next: () => number): Uint32Array {
  const k = primes.length;
  const out = new Uint32Array(polys * k * N);
  for (let p = 0; p < polys; p++) {
    for (let i = 0; i < k; i++) {
      const q = primes[i]!;
      for (let c = 0; c < N; c++) out[(p * k + i) * N + c] = fill === 'max' ? q - 1 : Math.floor((next() / 2 ** 32) * q);
    }
  }
  return out;
}

/** BigInt reference: the size-3 tensor product of two size-2 ciphertexts. */
export function refTensor(primes: readonly number[], N: number, a: Uint32Array, b: Uint32Array, aAt = 0, bAt = 0): bigint[] {
  const k = primes.length;
  const out = new Array<bigint>(3 * k * N);
  for (let i = 0; i < k; i++) {
    const q = BigInt(primes[i]!);
    for (let c = 0; c < N; c++) {
      const a0 = BigInt(a[aAt + i * N + c]!);
      const a1 = BigInt(a[aAt + (k + i) * N + c]!);
      const b0 = BigInt(b[bAt + i * N + c]!);
      const b1 = BigInt(b[bAt + (k + i) * N + c]!);
      out[i * N + c] = (a0 * b0) % q;
      out[(k + i) * N + c] = (a0 * b1 + a1 * b0) % q;
      out[(2 * k + i) * N + c] = (a1 * b1) % q;
    }
  }
  return out;
}

/** BigInt reference: sum_j P_j (x) G_{b,j} mod q_i for gallery block b (layouts as the kernel's). */
export function refMulAccumulate(primes: readonly number[], N: number, P: Uint32Array, G: Uint32Array, d: number, b: number): bigint[] {
  const k = primes.length;
  const ct2 = 2 * k * N;
  const want = new Array<bigint>(3 * k * N).fill(0n);
  for (let j = 0; j < d; j++) {
    const t = refTensor(primes, N, P, G, j * ct2, (b * d + j) * ct2);
    for (let x = 0; x < want.length; x++) want[x] = want[x]! + t[x]!;
  }
  return want.map((v, idx) => v % BigInt(primes[Math.floor(idx / N) % k]!));
}

export function toBig(x: Uint32Array): bigint[] {
  return Array.from(x, (v) => BigInt(v));
}
