/**
 * Plaintext baseline of the 1:N benchmarks: float32 brute force (dot product + threshold) in a JS
 * loop over `count` unit vectors, the same work a bank would do on an unencrypted gallery.
 */
import { unitVectors } from '../harness.js';

/** Plaintext float32 brute force in a JS loop over `count` unit vectors; `run()` returns its ms. */
export function plaintextBruteForce(dim: number, count: number): { run: () => number } {
  const gallery = new Float32Array(count * dim);
  const vs = unitVectors(64, dim, 3);
  for (let i = 0; i < count; i++) gallery.set(vs[i % 64]!, i * dim);
  const probe = unitVectors(1, dim, 9)[0]!;
  let hits = 0;
  const loop = (): void => {
    for (let i = 0; i < count; i++) {
      let s = 0;
      const o = i * dim;
      for (let j = 0; j < dim; j++) s += probe[j]! * gallery[o + j]!;
      if (s >= 0.9) hits++;
    }
  };
  loop(); // warm (JIT)
  return {
    run: () => {
      const t0 = performance.now();
      loop();
      void hits;
      return performance.now() - t0;
    },
  };
}
