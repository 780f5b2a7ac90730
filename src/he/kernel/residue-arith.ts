/**
 * Pointwise RNS residue arithmetic on NTT-form ciphertexts, the interface the matcher computes
 * with. Two implementations: `jsResidueArith` below (portable reference, exact in float64) and
 * `KernelResidueArith` (kernel-arith.ts, the WebAssembly SIMD kernel of native-bindings/). Both
 * agree bit for bit with SEAL's BGV `multiply` (test/residue-kernel.test.ts, masked-product tests).
 *
 * Layout: a ciphertext of `size` polys at a level with primes q_0..q_{k-1} is
 * residues[(poly*k + i)*N + c], each < q_i < 2^31. One polynomial is k*N residues.
 */

export interface ResidueArith {
  /** out (size 3) = a (size 2) (x) b (size 2): out0=a0b0, out1=a0b1+a1b0, out2=a1b1 mod q_i. */
  tensor(a: Uint32Array, b: Uint32Array, primes: readonly number[], N: number, out: Uint32Array): void;
  /** x *= factor mod q_i, for every poly of x (factor < 2^31). */
  scale(x: Uint32Array, factor: number, primes: readonly number[], N: number): void;
  /** Per prime i: sum_c u[i*N+c] * w[i*N+c] mod q_i, for one polynomial u (k*N residues). */
  dot(u: Uint32Array, w: Uint32Array, primes: readonly number[], N: number): number[];
  /** Per prime i: x[i*N+c] = (x[i*N+c] + alpha[i]*e[i*N+c]) mod q_i (alpha[i] < q_i). */
  axpy(x: Uint32Array, alpha: readonly number[], e: Uint32Array, primes: readonly number[], N: number): void;
}

/** a*b mod q, exact for a, b < q < 2^31 (all partial products stay below 2^53). */
export function mulmod(a: number, b: number, q: number): number {
  const hi = b >>> 16;
  const lo = b & 0xffff;
  return (((a * hi) % q) * 65536 + a * lo) % q;
}

/** Portable reference implementation (slow, simple, exact). */
export const jsResidueArith: ResidueArith = {
  tensor(a, b, primes, N, out) {
    const k = primes.length;
    for (let i = 0; i < k; i++) {
      const q = primes[i]!;
      const a0 = i * N;
      const a1 = (k + i) * N;
      for (let c = 0; c < N; c++) {
        const x0 = a[a0 + c]!;
        const x1 = a[a1 + c]!;
        const y0 = b[a0 + c]!;
        const y1 = b[a1 + c]!;
        out[a0 + c] = mulmod(x0, y0, q);
        out[a1 + c] = (mulmod(x0, y1, q) + mulmod(x1, y0, q)) % q;
        out[(2 * k + i) * N + c] = mulmod(x1, y1, q);
      }
    }
  },
  scale(x, factor, primes, N) {
    const k = primes.length;
    const size = x.length / (k * N);
    for (let p = 0; p < size; p++) {
      for (let i = 0; i < k; i++) {
        const q = primes[i]!;
        const f = factor % q;
        const base = (p * k + i) * N;
        for (let c = 0; c < N; c++) x[base + c] = mulmod(x[base + c]!, f, q);
      }
    }
  },
  dot(u, w, primes, N) {
    return primes.map((q, i) => {
      let acc = 0;
      for (let c = i * N; c < (i + 1) * N; c++) acc = (acc + mulmod(u[c]!, w[c]!, q)) % q;
      return acc;
    });
  },
  axpy(x, alpha, e, primes, N) {
    primes.forEach((q, i) => {
      const a = alpha[i]!;
      for (let c = i * N; c < (i + 1) * N; c++) x[c] = (x[c]! + mulmod(a, e[c]!, q)) % q;
    });
  },
};
